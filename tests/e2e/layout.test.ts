// Small beside the mail site's own controls (issue 17 §2): in every compose of the Gmail and Outlook fixtures, at
// 1280 and 1024 px, Trust Coach takes at most 120 px of the send row, nudge or not; at rest it covers no control of
// the fixture (a button, role=button, a tooltip'd or menu element), and the nudge opens, on hover, in the badge's popover outside the row. (The fixtures
// are the sites' DOM without their style sheets, so their controls sit where the unstyled page puts them, not
// where the real sites do.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { browserMissing, launch, serveFixtures, SHOTS, type Browser, type FixtureServer } from './harness';

const missing = browserMissing();
const MAX_ROW_WIDTH = 120;
const PAGES = [
  'https://mail.google.com/e2e-two-composes.html',
  'https://mail.google.com/inline-reply-quote-collapsed.html',
  'https://mail.google.com/popout.html',
  'https://outlook.office.com/e2e-inline-reply.html',
  'https://outlook.office.com/popout.html',
];

interface Layout {
  badges: number;
  /** Each badge's width in the send row (its own box: popovers float outside it). */
  widths: number[];
  /** Each shown nudge's place against its badge's row band: 'above', 'below' or 'in the row'. */
  nudges: string[];
  /** The site's controls (buttons, role=button, tooltip'd elements) that a badge or a shown nudge covers. */
  covered: string[];
}

/** Measures every badge in a frame, and where its nudge sits. */
function measure(frame: Frame): Promise<Layout> {
  return frame.evaluate(`(() => {
    const out = { badges: 0, widths: [], nudges: [], covered: [] };
    const controls = [...document.querySelectorAll('button, [role="button"], [data-tooltip], [aria-haspopup]')]
      .filter((c) => !c.closest('trust-coach-badge'))
      .map((c) => ({ c, r: c.getBoundingClientRect() }))
      .filter(({ c, r }) => r.width > 0 && r.height > 0 && getComputedStyle(c).visibility !== 'hidden');
    const name = (c) => c.getAttribute('aria-label') || c.getAttribute('data-tooltip') || c.textContent.trim().slice(0, 30) || c.tagName;
    const cover = (box, what) => {
      for (const { c, r } of controls) {
        const w = Math.min(box.right, r.right) - Math.max(box.left, r.left);
        const h = Math.min(box.bottom, r.bottom) - Math.max(box.top, r.top);
        if (w > 1 && h > 1) out.covered.push(what + ' covers ' + name(c));
      }
    };
    for (const host of document.querySelectorAll('trust-coach-badge')) {
      out.badges++;
      const box = host.getBoundingClientRect();
      out.widths.push(Math.round(box.width));
      cover(box, 'the badge');
      const nudge = host.shadowRoot && host.shadowRoot.querySelector('.nudge');
      if (!nudge || getComputedStyle(nudge).display === 'none') continue;
      const n = nudge.getBoundingClientRect();
      out.nudges.push(n.bottom <= box.top ? 'above' : n.top >= box.bottom ? 'below' : 'in the row');
      cover(n, 'the nudge');
    }
    return out;
  })()`) as Promise<Layout>;
}

/** Every frame of the page that holds a badge, once each has a score. */
async function badgeFrames(page: Page): Promise<Frame[]> {
    const deadline = Date.now() + 10_000;
  for (;;) {
    const frames: Frame[] = [];
    for (const f of page.frames()) {
      const scored = await f.evaluate(`(() => {
        const hosts = [...document.querySelectorAll('trust-coach-badge')];
        return hosts.length > 0 && hosts.every((h) => h.hasAttribute('data-trust-score'));
      })()`).catch(() => false);
      if (scored) frames.push(f);
    }
    if (frames.length > 0 || Date.now() > deadline) return frames;
    await page.waitForTimeout(100);
  }
}

describe.skipIf(!!missing)('the badge beside the site controls', () => {
  let server: FixtureServer;
  let b: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await serveFixtures();
    b = await launch(server.port);
    page = await b.context.newPage();
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  for (const width of [1280, 1024]) {
    it(`takes at most ${MAX_ROW_WIDTH} px of the send row in every compose, at ${width} px`, async () => {
      await page.setViewportSize({ width, height: 900 });
      for (const url of PAGES) {
        await page.goto(url);
        const frames = await badgeFrames(page);
        expect(frames.length, url).toBeGreaterThan(0);
        for (const f of frames) {
          const l = await measure(f);
          expect(l.badges, url).toBeGreaterThan(0);
          for (const w of l.widths) expect(w, url).toBeLessThanOrEqual(MAX_ROW_WIDTH);
          expect(l.covered, url).toEqual([]);
        }
      }
    });

    it(`keeps the vague-promise nudge out of the send row, at ${width} px`, async () => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('https://mail.google.com/e2e-two-composes.html');
      const badge = 'trust-coach-badge[data-compose-id="gmail:c1"]';
      await page.waitForSelector(`${badge}[data-trust-score]`);
      await page.locator('.AD:has(input[name="composeid"][value="c1"]) [g_editable="true"]').evaluate((el) => {
        el.focus();
        el.ownerDocument.getSelection()!.selectAllChildren(el.querySelector(':scope > div[dir="ltr"]')!);
        el.ownerDocument.execCommand('insertText', false, "Hi Dana,\n\nThanks for the call. I'll follow up soon with the deck.");
      });
      await page.waitForSelector(`${badge}[data-nudge]`);
      // At rest the check before Send is only the badge's ring and "!": nothing floats over the site.
      let l = await measure(page.mainFrame());
      expect(l.nudges).toEqual([]);
      expect(l.covered).toEqual([]);
      for (const w of l.widths) expect(w).toBeLessThanOrEqual(MAX_ROW_WIDTH);
      expect(await page.locator(badge).locator('.flag').isVisible()).toBe(true);
      // Hovering the badge opens the nudge in its popover, outside the row, and its button is reachable.
      // (The pointer is moved by coordinates: Playwright's hover() waits on animation frames, a second each here.)
      const centre = async (loc: ReturnType<Page['locator']>) => {
        const box = (await loc.boundingBox())!;
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      };
      await centre(page.locator(badge).locator('.main'));
      l = await measure(page.mainFrame());
      expect(l.nudges.length).toBe(1);
      expect(l.nudges).not.toContain('in the row');
      for (const w of l.widths) expect(w).toBeLessThanOrEqual(MAX_ROW_WIDTH);
      const button = page.locator(badge).locator('.nudge button');
      await centre(button);
      expect(await button.isVisible()).toBe(true);
      await page.screenshot({ path: `${SHOTS}badge-nudge-${width}.png` }).catch(() => undefined);
    });
  }
});
