// Every compose variant in real Chromium: the badge appears, and neither the quote nor the signature is scored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserMissing, launch, serveFixtures, type Browser, type FixtureServer, SHOTS } from './harness';

const missing = browserMissing();

// [url, compose id, kinds that must appear, kinds that must not (they live only in the quote or the signature)]
const VARIANTS: [string, string, string[], string[]][] = [
  ['https://mail.google.com/popout.html', 'gmail:po1', ['specific-commitment'], ['boasting', 'pressure']],
  ['https://mail.google.com/fullscreen.html', 'gmail:fs1', ['specific-commitment'], ['boasting', 'pressure']],
  ['https://mail.google.com/forward.html', 'gmail:fw1', [], ['policy-speak', 'non-apology', 'boasting']],
  ['https://mail.google.com/inline-reply-quote-collapsed.html', 'gmail:r1', ['unaddressed-point', 'specific-commitment'], ['boasting']],
  ['https://mail.google.com/inline-reply-quote-expanded.html', 'gmail:r1', ['unaddressed-point', 'specific-commitment'], ['fake-empathy', 'policy-speak', 'boasting']],
  ['https://outlook.office.com/new-message.html', 'outlook:MSG_74cda7ce35c', [], ['pressure']],
  ['https://outlook.office365.com/e2e-inline-reply.html', 'outlook:MSG_15127c3b5a0', ['unaddressed-point'], ['fake-empathy', 'policy-speak', 'boasting', 'pressure']],
  ['https://outlook.live.com/new-message.html', 'outlook:MSG_74cda7ce35c', [], ['pressure']],
];

describe.skipIf(!!missing)('every compose variant', () => {
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

  it.each(VARIANTS)('%s', async (url, id, present, absent) => {
    const page = await b.context.newPage();
    await page.goto(url);
    const host = page.locator(`trust-coach-badge[data-compose-id="${id}"]`);
    await expect.poll(() => host.getAttribute('data-trust-score'), { timeout: 10_000 }).toMatch(/^\d+$/);
    const kinds = ((await host.getAttribute('data-trust-kinds')) ?? '').split(' ');
    for (const k of present) expect(kinds).toContain(k);
    for (const k of absent) expect(kinds).not.toContain(k);
    const name = new URL(url).hostname.split('.')[0] + '-' + new URL(url).pathname.replace(/\W+/g, '-').replace(/^-|-html$/g, '');
    await page.screenshot({ path: `${SHOTS}variant-${name}.png` });
    await page.close();
  });

  it('made no network request outside the mail sites', () => {
    expect(b.outside, b.outside.join('\n')).toEqual([]);
  });
});
