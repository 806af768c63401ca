/**
 * A cold start as a new user has it (issue 17 §1): a fresh profile with the extension just installed, Gmail's
 * compose opened at once and typed into. Returns the milliseconds from the first keystroke to the badge's first
 * score, or null when the badge shows none within `timeoutMs` (a silent "…", the failure this guards against).
 */
import type { Page } from 'playwright-core';
import { launch } from './harness';

const BADGE = 'trust-coach-badge[data-compose-id="gmail:c2"]';
const EDITOR = '.AD:has(input[name="composeid"][value="c2"]) [g_editable="true"]';

export async function coldStartToScore(port: number, timeoutMs = 10_000): Promise<{ ms: number | null; badgeText: string }> {
  const b = await launch(port);
  try {
    const page: Page = await b.context.newPage();
    await page.goto('https://mail.google.com/e2e-two-composes.html');
    await page.waitForSelector(BADGE, { timeout: timeoutMs });
    await page.locator(EDITOR).focus();
    // Timed by the page's own clock: the first keydown, and the moment the badge gets its score (a MutationObserver).
    // Playwright's wait polls every 500 ms after its first tries, which would round the time up by as much as that.
    await page.evaluate((sel) => {
      const w = window as unknown as { __tcKeyAt?: number; __tcScoreAt?: number };
      const badge = document.querySelector(sel);
      document.addEventListener('keydown', () => { w.__tcKeyAt ??= performance.now(); }, { capture: true, once: true });
      if (badge) new MutationObserver(() => { if (badge.hasAttribute('data-trust-score')) w.__tcScoreAt ??= performance.now(); }).observe(badge, { attributes: true });
    }, BADGE);
    const t0 = Date.now();
    await page.keyboard.type('Hi', { delay: 30 });
    const scored = await page.waitForSelector(`${BADGE}[data-trust-score]`, { timeout: timeoutMs }).then(() => true, () => false);
    const polled = Date.now() - t0;
    const clock = await page.evaluate(() => {
      const w = window as unknown as { __tcKeyAt?: number; __tcScoreAt?: number };
      return w.__tcKeyAt !== undefined && w.__tcScoreAt !== undefined ? w.__tcScoreAt - w.__tcKeyAt : undefined;
    });
    const ms = scored ? Math.round(clock ?? polled) : null;
    const badgeText = await page.locator(BADGE).evaluate((el) => el.shadowRoot?.textContent ?? '').catch(() => '');
    return { ms, badgeText };
  } finally {
    await b.close();
  }
}
