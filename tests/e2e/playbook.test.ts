// A manager's playbook, imported in the options page, coaching a Gmail compose in real Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserMissing, launch, serveFixtures, type Browser, type FixtureServer, SHOTS } from './harness';

const missing = browserMissing();

const PLAYBOOK = {
  format: 'trust-coach-playbook',
  schemaVersion: 1,
  name: 'Northwind sales (e2e)',
  version: '1',
  phrases: [{ id: 'touch-base', type: 'avoid', pattern: 'touch base', message: '“Touch base” says nothing: name the topic and a time.', suggestion: 'e.g. “Could we spend 15 minutes on your rollout on Tuesday at 10?”', replacement: 'talk', dimension: 'personalization' }],
  coachNotes: [{ kind: 'jargon', note: 'Plain words win deals: say what it does for them.', author: 'Priya' }],
};

describe.skipIf(!!missing)('team playbook in Chromium', () => {
  let server: FixtureServer;
  let b: Browser;
  beforeAll(async () => {
    server = await serveFixtures();
    b = await launch(server.port);
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it('a bad file is refused with the path of each error; a good one, picked, coaches the next draft with the team\'s phrase and the coach\'s note', async () => {
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html#playbooks`);
    const input = options.locator('#pb-import');
    await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...PLAYBOOK, rules: { 'no-such-rule': { enabled: false } } })) });
    const alert = options.getByRole('alert').filter({ hasText: 'rules' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('no-such-rule');
    await input.setInputFiles({ name: 'team.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(PLAYBOOK)) });
    await options.getByText(/Imported “Northwind sales \(e2e\)”/).waitFor();
    const pick = options.getByRole('radio', { name: 'Northwind sales (e2e)' });
    await pick.click();
    await options.waitForFunction(() => (document.querySelector('input[type=radio][name="pb-active"]:checked') as HTMLInputElement | null)?.labels?.[0]?.textContent === 'Northwind sales (e2e)');

    const gmail = await b.context.newPage();
    await gmail.goto('https://mail.google.com/e2e-two-composes.html');
    const badge = 'trust-coach-badge[data-compose-id="gmail:c1"]';
    await gmail.waitForSelector(`${badge}[data-trust-score]`);
    await gmail.locator('.AD:has(input[name="composeid"][value="c1"]) [g_editable="true"]').evaluate((el) => {
      el.focus();
      el.ownerDocument.getSelection()!.selectAllChildren(el.querySelector(':scope > div[dir="ltr"]')!);
      el.ownerDocument.execCommand('insertText', false, 'Hi Dana,\n\nCould we touch base this week? We can leverage our reports for your team.');
    });
    await gmail.waitForFunction((sel) => (document.querySelector(sel)?.getAttribute('data-trust-kinds') ?? '').includes('team-phrase'), badge);

    const tabId = await b.worker.evaluate(async () => ((await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome.tabs.query({ url: 'https://mail.google.com/*' }))[0]!.id!));
    const panel = await b.context.newPage();
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html?tab=${tabId}`);
    await panel.getByText('Coaching with your team’s playbook:').waitFor();
    const team = panel.getByRole('listitem').filter({ hasText: '“Touch base” says nothing' });
    await team.waitFor();
    expect(await team.textContent()).toContain('From your team playbook');
    const note = panel.locator('.coach-note').filter({ hasText: 'Plain words win deals' });
    await note.waitFor();
    expect(await note.textContent()).toContain('— Priya, your coach');
    await panel.screenshot({ path: `${SHOTS}panel-playbook.png`, fullPage: true });

    // Back to no playbook: the team's phrase stops counting at once, no reload.
    await options.bringToFront();
    await options.getByRole('radio', { name: 'No playbook' }).click();
    await gmail.waitForFunction((sel) => !(document.querySelector(sel)?.getAttribute('data-trust-kinds') ?? '').includes('team-phrase'), badge);
  });
});
