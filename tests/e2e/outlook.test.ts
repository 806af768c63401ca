// Trust Coach in real Chromium, on an Outlook fixture page served at https://outlook.office.com.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserMissing, launch, serveFixtures, type Browser, type FixtureServer } from './harness';

const missing = browserMissing();
const BADGE = 'trust-coach-badge[data-compose-id="outlook:MSG_15127c3b5a0"]';

describe.skipIf(!!missing)('Outlook inline reply in Chromium', () => {
  let server: FixtureServer;
  let b: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await serveFixtures();
    b = await launch(server.port);
    page = await b.context.newPage();
    await page.goto('https://outlook.office.com/e2e-inline-reply.html');
    await page.waitForSelector(`${BADGE}[data-trust-score]`, { timeout: 10_000 });
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it('puts the badge in the reply form, by the Send button', async () => {
    expect(await page.locator(`#docking_InitVisiblePart_0 ${BADGE}`).count()).toBe(1);
  });

  it('hears the customer: the unanswered question is flagged, the answered one is not', async () => {
    const kinds = (await page.getAttribute(BADGE, 'data-trust-kinds'))!.split(' ');
    expect(kinds).toContain('unaddressed-point');
    expect(kinds).toContain('specific-commitment');
  });

  it('scores neither the quoted history nor the signature as the writer\'s words', async () => {
    const kinds = (await page.getAttribute(BADGE, 'data-trust-kinds'))!.split(' ');
    for (const k of ['fake-empathy', 'policy-speak', 'boasting', 'pressure']) expect(kinds).not.toContain(k);
  });

  it('answers the second question and sees the point addressed', async () => {
    await page.locator('[role=textbox][aria-multiline=true] .elementToProof').nth(2).evaluate((el) => {
      const doc = el.ownerDocument;
      (el.closest('[contenteditable=true]') as HTMLElement).focus();
      doc.getSelection()!.collapse(el.lastChild!, (el.lastChild as Text).data.length);
      doc.execCommand('insertText', false, ' The sync bug in the mobile app is fixed in the 4.2 release, which ships on Monday.');
    });
    await page.waitForFunction((sel) => !(document.querySelector(sel)?.getAttribute('data-trust-kinds') ?? 'unaddressed-point').includes('unaddressed-point'), BADGE, { timeout: 15_000 });
  });

  it('coaches the pop-out compose inside its script-built frame', async () => {
    const pop = await b.context.newPage();
    await pop.goto('https://outlook.office.com/popout.html');
    const frame = pop.frameLocator('#popout');
    const host = frame.locator('trust-coach-badge[data-compose-id="outlook:MSG_9a8b7c6d5e4"]');
    await host.waitFor({ timeout: 10_000 });
    await expect.poll(() => host.getAttribute('data-trust-score'), { timeout: 10_000 }).toMatch(/^\d+$/);
    expect((await host.getAttribute('data-trust-kinds')) ?? '').not.toContain('pressure'); // the signature's "Act now!"
    await pop.close();
  });

  it('made no network request outside the mail site', () => {
    expect(b.outside, b.outside.join('\n')).toEqual([]);
  });
});
