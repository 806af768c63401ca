// Listening, account research and the promises tracker in real Chromium, over the Outlook and Gmail fixtures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserMissing, launch, serveFixtures, type Browser, type FixtureServer, SHOTS } from './harness';

const missing = browserMissing();

type Chrome = { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> }; alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]> } };

async function tabIdOf(b: Browser, url: string): Promise<number> {
  return b.worker.evaluate(async (u) => {
    const api = (globalThis as unknown as { chrome: Chrome }).chrome;
    return (await api.tabs.query({ url: u }))[0]!.id!;
  }, url);
}

/** Types at the end of the paragraph that contains `after` (the writer's own words, not the history below). */
async function insertAfter(page: Page, editor: string, after: string, text: string): Promise<void> {
  await page.locator(editor).evaluate((el, [a, t]) => {
    el.focus();
    const own = [...el.querySelectorAll('div')].filter((d) => d.children.length === 0 && d.textContent?.includes(a!)).at(0) ?? el;
    const sel = el.ownerDocument.getSelection()!;
    sel.selectAllChildren(own);
    sel.collapseToEnd();
    el.ownerDocument.execCommand('insertText', false, t!);
  }, [after, text]);
}

describe.skipIf(!!missing)('listening, account research and promises in Chromium', () => {
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

  it('a reply that answers one of two questions shows the other as unaddressed; a saved note the draft uses shows as matched', async () => {
    const outlook = await b.context.newPage();
    await outlook.goto('https://outlook.office.com/e2e-inline-reply.html');
    await outlook.waitForSelector('trust-coach-badge[data-trust-score]');
    const tabId = await tabIdOf(b, 'https://outlook.office.com/*');
    const panel = await b.context.newPage();
    await panel.setViewportSize({ width: 400, height: 1000 });
    await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html?tab=${tabId}`);
    const research = panel.getByRole('region', { name: /^Account research/ });
    await research.waitFor();
    const unanswered = research.getByRole('listitem').filter({ hasText: /asked/ });
    expect(await unanswered.count()).toBe(1);
    expect(await unanswered.first().textContent()).toContain('Dana asked: “And when will the sync bug in the mobile app be fixed?”');

    // Research notes for northwind.com, written in the panel's account card.
    await panel.getByRole('button', { name: 'Add your notes' }).click();
    await panel.getByLabel('Company name').fill('Northwind Traders');
    await panel.getByLabel('What they’re doing').fill('Rolling out payroll to the Lisbon office in Q1');
    await panel.getByRole('button', { name: /^Save/ }).click();
    await panel.getByRole('button', { name: 'Edit notes' }).waitFor();
    expect(await panel.getByText(/used in this email/).count()).toBe(0);

    await outlook.bringToFront();
    await insertAfter(outlook, '[aria-label="Message body"]', 'refunded the second charge', ' I hope the Lisbon payroll rollout is going well.');
    await panel.getByText(/used in this email/).waitFor();
    expect(await panel.getByText(/This email uses 1 of your 1 note/).count()).toBe(1);
    expect(await research.textContent()).toContain('Rolling out payroll to the Lisbon office in Q1');
    // Back to the top first: captured where the clicks left it scrolled, the full page drew the sticky header mid-page.
    await panel.evaluate(() => window.scrollTo(0, 0));
    await panel.screenshot({ path: `${SHOTS}panel-account-research.png`, fullPage: true });
    await panel.close();
    await outlook.close();
  });

  it('a promise typed and sent is in the Promises view with its due time, and its reminder is set an hour before', async () => {
    const gmail = await b.context.newPage();
    await gmail.goto('https://mail.google.com/e2e-two-composes.html');
    await gmail.waitForSelector('trust-coach-badge[data-compose-id="gmail:c2"][data-trust-score]');
    const editor = '.AD:has(input[name="composeid"][value="c2"]) [g_editable="true"]';
    await gmail.locator(editor).evaluate((el) => {
      el.focus();
      el.ownerDocument.getSelection()!.selectAllChildren(el.querySelector(':scope > div[dir="ltr"]')!);
      el.ownerDocument.execCommand('insertText', false, "Hi Dana,\n\nThanks for the call. I'll send the revised pricing tomorrow at 3pm.");
    });
    await gmail.waitForFunction(() => (document.querySelector('trust-coach-badge[data-compose-id="gmail:c2"]')?.getAttribute('data-trust-kinds') ?? '').includes('specific-commitment'));
    const send = gmail.locator('.AD:has(input[name="composeid"][value="c2"]) .IZ .Up [role="button"]:not([aria-haspopup="true"])').first();
    const sentAt = Date.now();
    await send.click();

    const tabId = await tabIdOf(b, 'https://mail.google.com/*');
    const panel = await b.context.newPage();
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html?tab=${tabId}`);
    await panel.getByRole('tab', { name: /Promises/ }).click();
    const item = panel.getByRole('region', { name: /Upcoming/ }).getByRole('listitem').first();
    await item.waitFor();
    const text = (await item.textContent())!;
    // The title is the commitment in the writer's words, the time in the browser's locale ("tomorrow 15:00").
    expect(text).toContain('Send the revised pricing');
    expect(text).toMatch(/Due tomorrow (15:00|3:00\s?PM)/);
    const subject = await gmail.locator('.AD:has(input[name="composeid"][value="c2"]) input[name="subjectbox"]').inputValue();
    expect(text).toContain(`“${subject}”`);
    // A new message in a dialog: the way back is a search of Sent for its subject, not the page under the dialog.
    const back = await item.getByRole('link', { name: 'Find it in Sent' }).getAttribute('href');
    expect(decodeURIComponent(new URL(back!).hash)).toBe(`#search/in:sent subject:"${subject}"`);

    // The reminder: an alarm one hour before tomorrow 15:00, in the browser's own zone.
    const due = new Date(sentAt);
    due.setDate(due.getDate() + 1);
    due.setHours(15, 0, 0, 0);
    const alarms = await b.worker.evaluate(async () => (await (globalThis as unknown as { chrome: Chrome }).chrome.alarms.getAll()).map((a) => ({ name: a.name, when: a.scheduledTime })));
    const reminder = alarms.find((a) => a.name.startsWith('promise:'));
    expect(reminder, JSON.stringify(alarms)).toBeTruthy();
    expect(Math.abs(reminder!.when - (due.getTime() - 3_600_000))).toBeLessThan(1000);
    await panel.screenshot({ path: `${SHOTS}panel-promises.png`, fullPage: true });
    await panel.close();
    await gmail.close();

    // The sent email is in the coaching history, and the one-page summary opens from it.
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html#coaching`);
    const coaching = options.getByRole('region', { name: 'Coaching' });
    await coaching.getByText(/1 email/).first().waitFor();
    await options.screenshot({ path: `${SHOTS}options-coaching.png`, fullPage: true });
    const summary = await b.context.newPage();
    await summary.goto(`chrome-extension://${b.extensionId}/coaching.html?days=30`);
    await summary.getByRole('heading', { level: 1 }).waitFor();
    expect(await summary.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Coaching summary/);
    await summary.getByRole('heading', { name: 'Talking points' }).waitFor();
    await summary.screenshot({ path: `${SHOTS}coaching-summary.png`, fullPage: true });
    await summary.close();
    await options.close();
  });

  it('the badge speaks up about a vague promise before Send, and one click makes it concrete', async () => {
    const gmail = await b.context.newPage();
    await gmail.goto('https://mail.google.com/e2e-two-composes.html');
    const badge = 'trust-coach-badge[data-compose-id="gmail:c1"]';
    await gmail.waitForSelector(`${badge}[data-trust-score]`);
    const editor = '.AD:has(input[name="composeid"][value="c1"]) [g_editable="true"]';
    await gmail.locator(editor).evaluate((el) => {
      el.focus();
      el.ownerDocument.getSelection()!.selectAllChildren(el.querySelector(':scope > div[dir="ltr"]')!);
      el.ownerDocument.execCommand('insertText', false, "Hi Dana,\n\nThanks for the call. I'll follow up soon with the deck.");
    });
    await gmail.waitForSelector(`${badge}[data-nudge="vague-timing"]`);
    const nudge = gmail.locator(badge).locator('.nudge');
    expect(await nudge.textContent()).toContain('You promised “soon” — add a day?');
    // The nudge opens in the badge's popover when the pointer comes to the badge.
    await gmail.locator(badge).hover();
    await gmail.locator(badge).screenshot({ path: `${SHOTS}badge-nudge.png` }).catch(() => undefined);
    await nudge.getByRole('button', { name: 'Add a day' }).click();
    await gmail.locator(badge).locator('.picker .choice').nth(1).click();
    await gmail.waitForFunction((sel) => !document.querySelector(sel)?.hasAttribute('data-nudge'), badge);
    const own = await gmail.locator(`${editor} > div[dir="ltr"]`).first().innerText();
    expect(own).toMatch(/I'll follow up by (tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday) at \d+(:\d\d)? [ap]m with the deck\./);
    await gmail.keyboard.press('Control+z');
    expect(await gmail.locator(`${editor} > div[dir="ltr"]`).first().innerText()).toContain('follow up soon');
    await gmail.close();
  });

  it('made no network request outside the mail pages', () => {
    expect(b.outside).toEqual([]);
  });
});
