// Trust Coach in real Firefox, on the Gmail and Outlook fixture pages served at the mail sites' own host names.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { browserMissing, launch, serveFixtures, SHOTS, type Firefox, type FixtureServer } from './harness';

const missing = browserMissing();
const badge = (id: string) => `trust-coach-badge[data-compose-id="gmail:${id}"]`;
const editor = (id: string) => `.AD:has(input[name="composeid"][value="${id}"]) [g_editable="true"]`;
const OUTLOOK_BADGE = 'trust-coach-badge[data-compose-id="outlook:MSG_15127c3b5a0"]';

const kinds = (page: Page | Frame, sel: string) => page.$eval(sel, (el) => (el.getAttribute('data-trust-kinds') ?? '').split(' '));
const score = (page: Page, sel: string) => page.$eval(sel, (el) => Number(el.getAttribute('data-trust-score')));
const kindsInclude = (page: Page | Frame, sel: string, kind: string, yes = true) =>
  page.waitForFunction((s, k, y) => (document.querySelector(s)?.getAttribute('data-trust-kinds') ?? '').split(' ').includes(k) === y, { polling: 25, timeout: 10_000 }, sel, kind, yes);

describe.skipIf(!!missing)('Gmail and Outlook composes in Firefox', () => {
  let server: FixtureServer;
  let ff: Firefox;
  let gmail: Page;

  beforeAll(async () => {
    server = await serveFixtures();
    ff = await launch(server.port);
    gmail = await ff.browser.newPage();
    gmail.on('pageerror', (e) => ff.errors.push(`gmail: ${String(e)}`));
    await gmail.goto(ff.url('mail.google.com', '/e2e-two-composes.html'));
  });
  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it('shows a scored badge on each Gmail compose, with an accessible name', async () => {
    await gmail.waitForSelector(`${badge('c1')}[data-trust-score]`, { timeout: 15_000 });
    await gmail.waitForSelector(`${badge('c2')}[data-trust-score]`, { timeout: 15_000 });
    expect(await score(gmail, badge('c1'))).toBeGreaterThan(await score(gmail, badge('c2')));
    expect(await kinds(gmail, badge('c2'))).toEqual(expect.arrayContaining(['fake-empathy', 'policy-speak', 'unowned-promise']));
    const label = await gmail.$eval(badge('c1'), (el) => el.shadowRoot!.querySelector('button')!.getAttribute('aria-label'));
    expect(label).toMatch(/^Trust score \d+, (low|fair|good|great)$/);
    await gmail.screenshot({ path: `${SHOTS}firefox-gmail-two-composes.png` });
  });

  it('underlines flagged phrases with CSS highlights, without touching the editor DOM', async () => {
    const before = await gmail.$eval(editor('c2'), (el) => el.innerHTML);
    const marked = await gmail.evaluate(() => {
      const h = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('trust-coach-risk');
      return h ? [...h].map((r) => r.toString()) : [];
    });
    expect(marked).toContain('I understand your frustration');
    expect(await gmail.$eval(editor('c2'), (el) => el.innerHTML)).toBe(before);
  });

  it('follows typing: real keystrokes move the score', async () => {
    const before = await score(gmail, badge('c2'));
    await gmail.$eval(editor('c2'), (el) => {
      (el as HTMLElement).focus();
      const own = el.querySelector(':scope > div[dir="ltr"]') ?? el;
      const walker = el.ownerDocument.createTreeWalker(own, NodeFilter.SHOW_TEXT);
      let last: Text | null = null;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) last = n as Text;
      if (last) el.ownerDocument.getSelection()!.collapse(last, last.data.length);
    });
    await gmail.keyboard.type(' Act now, this is a limited time offer.');
    await kindsInclude(gmail, badge('c2'), 'pressure');
    expect(await score(gmail, badge('c2'))).toBeLessThan(before);
  });

  it('coaches the Outlook inline reply: hears the open question, not the quoted history or signature', async () => {
    const outlook = await ff.browser.newPage();
    outlook.on('pageerror', (e) => ff.errors.push(`outlook: ${String(e)}`));
    await outlook.goto(ff.url('outlook.office.com', '/e2e-inline-reply.html'));
    await outlook.waitForSelector(`#docking_InitVisiblePart_0 ${OUTLOOK_BADGE}[data-trust-score]`, { timeout: 15_000 });
    const found = await kinds(outlook, OUTLOOK_BADGE);
    expect(found).toContain('unaddressed-point');
    for (const k of ['fake-empathy', 'policy-speak', 'boasting', 'pressure']) expect(found).not.toContain(k); // quoted history and signature
    // Answering the open question, in the editor as typing does, clears the flag.
    await outlook.$$eval('[role=textbox][aria-multiline=true] .elementToProof', (els) => {
      const el = els[2]!;
      (el.closest('[contenteditable=true]') as HTMLElement).focus();
      el.ownerDocument.getSelection()!.collapse(el.lastChild!, (el.lastChild as Text).data.length);
      el.ownerDocument.execCommand('insertText', false, ' The sync bug in the mobile app is fixed in the 4.2 release, which ships on Monday.');
    });
    await kindsInclude(outlook, OUTLOOK_BADGE, 'unaddressed-point', false);
    await outlook.close();
  });

  it('coaches the Outlook pop-out compose inside its script-built frame', async () => {
    const pop = await ff.browser.newPage();
    await pop.goto(ff.url('outlook.office.com', '/popout.html'));
    const frame = (await (await pop.waitForSelector('#popout'))!.contentFrame())!;
    const sel = 'trust-coach-badge[data-compose-id="outlook:MSG_9a8b7c6d5e4"]';
    await frame.waitForSelector(`${sel}[data-trust-score]`, { timeout: 15_000 });
    expect(await frame.$eval(sel, (el) => el.getAttribute('data-trust-score'))).toMatch(/^\d+$/);
    expect(await kinds(frame, sel)).not.toContain('pressure'); // the signature's "Act now!"
    await pop.close();
  });

  it('coaches a Gmail pop-out compose', async () => {
    const pop = await ff.browser.newPage();
    await pop.goto(ff.url('mail.google.com', '/popout.html'));
    await pop.waitForSelector('trust-coach-badge[data-trust-score]', { timeout: 15_000 });
    expect(await pop.$eval('trust-coach-badge', (el) => el.getAttribute('data-trust-score'))).toMatch(/^\d+$/);
    await pop.close();
  });

  it('made no request outside the mail hosts, and no page threw', () => {
    expect(ff.outside, ff.outside.join('\n')).toEqual([]);
    expect(ff.errors, ff.errors.join('\n')).toEqual([]);
  });
});

if (missing) console.warn(missing);
