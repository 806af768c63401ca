// The side panel and the welcome page in real Chromium, over the Gmail fixture served at https://mail.google.com.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserMissing, launch, serveFixtures, type Browser, type FixtureServer, SHOTS } from './harness';

const missing = browserMissing();
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const badge = (id: string) => `trust-coach-badge[data-compose-id="gmail:${id}"]`;
const editor = (id: string) => `.AD:has(input[name="composeid"][value="${id}"]) [g_editable="true"]`;
const own = (page: Page, id: string) => page.locator(`${editor(id)} > div[dir="ltr"]`).first().innerText();

/** axe-core in the real page (colour contrast included); evaluate() runs it past the extension page's CSP. */
async function axe(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  });
}

async function setDraft(page: Page, id: string, text: string): Promise<void> {
  await page.locator(editor(id)).evaluate((el, t) => {
    el.focus();
    const sel = el.ownerDocument.getSelection()!;
    sel.selectAllChildren(el.querySelector(':scope > div[dir="ltr"]')!);
    el.ownerDocument.execCommand('insertText', false, t);
  }, text);
}

const score = async (p: Page) => Number(await p.getByRole('meter', { name: 'Trust score' }).getAttribute('aria-valuenow'));

describe.skipIf(!!missing)('side panel and welcome page in Chromium', () => {
  let server: FixtureServer;
  let b: Browser;
  let gmail: Page;
  let panel: Page;
  let tabId: number;

  beforeAll(async () => {
    server = await serveFixtures();
    b = await launch(server.port);
    gmail = await b.context.newPage();
    await gmail.goto('https://mail.google.com/e2e-two-composes.html');
    await gmail.waitForSelector(`${badge('c2')}[data-trust-score]`);
    tabId = await b.worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome;
      return (await api.tabs.query({ url: 'https://mail.google.com/*' }))[0]!.id!;
    });
    panel = await b.context.newPage();
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html?tab=${tabId}`);
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it('opens the welcome page with a live practice compose on install', async () => {
    const welcome = b.context.pages().find((p) => p.url().endsWith('/welcome.html'));
    expect(welcome, 'welcome page opened on install').toBeTruthy();
    await welcome!.setViewportSize({ width: 1280, height: 900 });
    await welcome!.getByRole('meter', { name: 'Trust score' }).waitFor();
    const before = await score(welcome!);
    await welcome!.getByRole('button', { name: /^Apply/ }).first().click();
    await welcome!.waitForFunction((n) => Number(document.querySelector('[aria-label="Trust score"]')?.getAttribute('aria-valuenow')) > n, before);
    await welcome!.keyboard.press('Control+z');
    await welcome!.waitForFunction((n) => Number(document.querySelector('[aria-label="Trust score"]')?.getAttribute('aria-valuenow')) === n, before);
    await welcome!.screenshot({ path: `${SHOTS}welcome.png`, fullPage: true });
    expect(await axe(welcome!)).toEqual([]);
    await welcome!.emulateMedia({ colorScheme: 'dark' });
    expect(await axe(welcome!)).toEqual([]);
    await welcome!.screenshot({ path: `${SHOTS}welcome-dark.png` });
  });

  it('shows the compose being written: the same score as its badge, hints grouped, promises with their time', async () => {
    await setDraft(gmail, 'c2', "Hello,\n\nI understand your frustration. Per our policy, refunds take 30 days. We will leverage our records to fix it, and someone will get back to you soon.\n\nI'll call you Thursday at 3pm.");
    // The panel follows the compose being typed in.
    await panel.getByRole('button', { name: /^Show in draft: I'll call you Thursday at 3pm/ }).first().waitFor();
    await panel.getByRole('button', { name: 'Show in draft: I understand your frustration' }).waitFor();
    expect(await panel.getByLabel('Email', { exact: true }).inputValue()).toBe('gmail:c2');
    expect(await score(panel)).toBe(Number(await gmail.getAttribute(badge('c2'), 'data-trust-score')));
    const headings = await panel.getByRole('heading', { level: 2 }).allTextContents();
    const groups = ['Personalization', 'Follow-up commitments', 'Account research', 'Trust risks', 'Clarity', 'Promises in this draft'];
    // The five hint groups in order, then the promises (the recipients' account card sits between them).
    // (A heading ends with its points, "✓ Looks good", or a state such as "No notes yet".)
    expect(headings.map((h) => h.replace(/(?:[+✓\d]|No (?:notes?|research)\b).*$/, '').trim()).filter((h) => groups.includes(h))).toEqual(groups);
    const promise = panel.getByRole('region', { name: /Promises in this draft/ }).getByRole('listitem').filter({ hasText: 'call you Thursday' });
    expect(await promise.textContent()).toMatch(/Specific.*Thu \d+ \w+, (15:00|3:00\s?PM)/);
  });

  it('clicking a hint scrolls to its words and highlights them in the compose', async () => {
    await panel.getByRole('button', { name: 'Show in draft: I understand your frustration' }).click();
    const marked = await gmail.waitForFunction(() => {
      const h = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('trust-coach-focus');
      return h ? [...h].map((r) => r.toString()).join('|') : '';
    });
    expect(await marked.jsonValue()).toBe('I understand your frustration');
  });

  it('Apply changes the draft through the editor, and Ctrl+Z in the compose undoes it', async () => {
    const card = panel.getByRole('listitem').filter({ has: panel.getByRole('button', { name: /^Apply/ }) }).first();
    const apply = card.getByRole('button', { name: /^Apply/ });
    const replacement = /^Apply: (.*)$/.exec((await apply.textContent())!)?.[1]?.replace(/^“|”$/g, '') ?? '';
    const before = await own(gmail, 'c2');
    await apply.click();
    await panel.getByText(/Applied\. Press Ctrl\+Z/).waitFor();
    const after = await own(gmail, 'c2');
    expect(after).not.toBe(before);
    expect(replacement).not.toBe('');
    expect(after).toContain(replacement);
    await gmail.bringToFront();
    await gmail.keyboard.press('Control+z');
    expect(await own(gmail, 'c2')).toBe(before);
  });

  it('Dismiss hides a hint for this draft; Turn off rule hides the rule everywhere until turned back on', async () => {
    await panel.bringToFront();
    const before = await score(panel);
    await panel.getByRole('button', { name: /^Dismiss: .*scripted/ }).click();
    await panel.getByRole('button', { name: 'Show in draft: I understand your frustration' }).waitFor({ state: 'detached' });
    await panel.waitForFunction((n) => Number(document.querySelector('[aria-label="Trust score"]')?.getAttribute('aria-valuenow')) > n, before);
    await gmail.waitForFunction((sel) => !(document.querySelector(sel)?.getAttribute('data-trust-kinds') ?? '').includes('fake-empathy'), badge('c2'));
    await panel.getByRole('button', { name: /^Turn off rule: .*[Pp]olicy/ }).click();
    await gmail.waitForFunction((sel) => !(document.querySelector(sel)?.getAttribute('data-trust-kinds') ?? '').includes('policy-speak'), badge('c2'));
    await panel.getByText(/Turn it back on in Settings/).waitFor();
    // Undo from storage, as the options page does.
    await panel.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { disabledRules: string[] }>>; set(v: object): Promise<void> } } } }).chrome;
      const { settings } = await api.storage.local.get('settings');
      await api.storage.local.set({ settings: { ...settings, disabledRules: [] } });
    });
    await gmail.waitForFunction((sel) => (document.querySelector(sel)?.getAttribute('data-trust-kinds') ?? '').includes('policy-speak'), badge('c2'));
    await panel.getByRole('button', { name: 'Show again' }).click();
    await panel.getByRole('button', { name: 'Show in draft: I understand your frustration' }).waitFor();
  });

  it('the role switcher re-scores every compose on the site at once', async () => {
    await panel.getByLabel('Writing as').selectOption('prospecting');
    await gmail.waitForFunction((sel) => (document.querySelector(sel)?.getAttribute('data-trust-kinds') ?? '').includes('no-question'), badge('c2'));
    expect(await panel.getByLabel('Writing as').inputValue()).toBe('prospecting');
    await panel.getByLabel('Writing as').selectOption('auto');
    await gmail.waitForFunction((sel) => !(document.querySelector(sel)?.getAttribute('data-trust-kinds') ?? '').includes('no-question'), badge('c2'));
  });

  it('a badge click brings its compose into the panel', async () => {
    await gmail.bringToFront();
    await gmail.locator(badge('c1')).locator('button').first().click();
    await panel.waitForFunction(() => (document.getElementById('compose-select') as HTMLSelectElement | null)?.value === 'gmail:c1');
    await gmail.keyboard.press('Escape');
    await gmail.locator(badge('c2')).locator('button').first().click();
    await panel.waitForFunction(() => (document.getElementById('compose-select') as HTMLSelectElement | null)?.value === 'gmail:c2');
    await gmail.keyboard.press('Escape');
  });

  it('passes axe (contrast included) in light and dark, and stays usable at 320 px; screenshots saved', async () => {
    await panel.bringToFront();
    // Earlier tests scrolled to a hint; a full-page shot of a scrolled page draws the sticky header over the gauge.
    await panel.evaluate(() => window.scrollTo(0, 0));
    await panel.emulateMedia({ colorScheme: 'light' });
    expect(await axe(panel)).toEqual([]);
    await panel.screenshot({ path: `${SHOTS}panel-light.png`, fullPage: true });
    await panel.emulateMedia({ colorScheme: 'dark' });
    expect(await axe(panel)).toEqual([]);
    await panel.screenshot({ path: `${SHOTS}panel-dark.png`, fullPage: true });
    await panel.emulateMedia({ colorScheme: 'light' });
    await panel.setViewportSize({ width: 320, height: 900 });
    const overflow = await panel.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await panel.screenshot({ path: `${SHOTS}panel-narrow.png` });
    // 200% zoom of a 640-px panel is the same CSS width: nothing cut off.
    await panel.setViewportSize({ width: 400, height: 900 });
  });

  it('the settings, welcome and coaching pages reflow at 320 px (200% zoom of 640) without sideways scrolling', async () => {
    const page = await b.context.newPage();
    await page.setViewportSize({ width: 320, height: 800 });
    for (const path of ['options.html', 'welcome.html', 'coaching.html']) {
      await page.goto(`chrome-extension://${b.extensionId}/${path}`);
      await page.locator('h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.close();
  });

  it('says what to do on a page it does not support, and when no compose is open', async () => {
    const other = await b.context.newPage();
    await other.goto(`chrome-extension://${b.extensionId}/sidepanel.html?tab=999999`);
    await other.getByRole('heading', { name: 'This page isn’t supported' }).waitFor();
    await gmail.evaluate(() => document.querySelectorAll('.AD').forEach((el) => el.remove()));
    await panel.getByRole('heading', { name: 'Open a compose window in Gmail to get coaching' }).waitFor();
    await panel.screenshot({ path: `${SHOTS}panel-empty.png` });
    await other.close();
  });

  it('made no network request outside the mail page', () => {
    expect(b.outside).toEqual([]);
  });
});
