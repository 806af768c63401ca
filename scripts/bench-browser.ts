/**
 * Browser benchmark (npm run bench:browser, after `npm run build`): what a
 * user feels in real Chromium, over the Gmail fixture at mail.google.com.
 * - the badge after a cold start (fresh profile each time, 20 starts): the
 *   first keystroke to the first score;
 * - the side panel: cold open to its first score, and an edit in the compose
 *   to the panel's new score (the 150 ms pause included), over 20 edits;
 * - the options page, with 200 accounts and 500 sent emails of coaching
 *   history stored: navigation to its first section, and to every section
 *   with its data, by the page's own clock; and its longest task meanwhile;
 * - the printable coaching summary over the same history;
 * - the page while typing: an edit to the badge's new score, main-thread time
 *   per keystroke on a 2,000-word draft (and long tasks), and how long the
 *   page takes to answer while 1 MB is pasted (targets: 300 ms, 2 ms, no
 *   long task, 250 ms), and an options page opened just after that paste,
 *   the side panel still open on the draft (then both close, before the
 *   options page rows).
 * Prints a table; `--json` adds the raw figures, `--write` writes the table
 * into the README's bench-browser block. `--only=options` measures the options
 * page and the summary alone (quicker, for work on them; never written to the
 * README). Not a test: numbers vary with the machine, so nothing here passes
 * or fails.
 */
import type { Page } from 'playwright-core';
import { browserMissing, launch, serveFixtures, type Browser } from '../tests/e2e/harness';
import { coldStartToScore } from '../tests/e2e/cold-start';
import { traceMainThread } from '../tests/e2e/measure';
import { writeReadmeBlock } from './readme-block';
import { cpus, loadavg } from 'node:os';

const missing = browserMissing();
if (missing) {
  console.error(`bench-browser: ${missing}`);
  process.exit(2);
}

/** `--only=options`: just the options page and the coaching summary. */
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
if (only !== undefined && only !== 'options') {
  console.error(`bench-browser: --only takes "options", not "${only}"`);
  process.exit(2);
}
if (only && process.argv.includes('--write')) {
  console.error('bench-browser: --write needs the whole bench (no --only)');
  process.exit(2);
}

/**
 * The options page's own clock, from navigation start (set before its scripts run;
 * only on options.html): `firstSection` when the first section's controls are in
 * the page, `open` when the accounts list and the coaching history (the sections
 * the stored data fills) are, each read at the next frame, as it is painted; and
 * the page's long tasks (over 50 ms). Playwright's waits poll at 0, 20, 70, 170
 * and 270 ms, then every 500 ms, so timing the open by when they return would
 * round it up by as much as half a second.
 */
interface OptionsClock { firstSection?: number; open?: number; longTasks: [number, number][] }
const OPTIONS_CLOCK = `(() => {
  if (location.pathname !== '/options.html') return;
  const clock = (window.__tcOptions = { longTasks: [] });
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) clock.longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const ready = {
    firstSection: () => document.querySelector('#roles select'),
    open: () => document.querySelector('#accounts .acct-list li') && document.querySelector('#coaching .hist-range'),
  };
  const seen = new Set();
  const observer = new MutationObserver(() => {
    for (const [name, isReady] of Object.entries(ready)) {
      if (seen.has(name) || !isReady()) continue;
      seen.add(name);
      requestAnimationFrame(() => { clock[name] = performance.now(); });
    }
    if (seen.size === Object.keys(ready).length) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
})()`;

/** The page's OptionsClock once it holds the marks named (each is set at the frame after its elements appear). */
const readClock = async (page: Page, marks: ('firstSection' | 'open')[]): Promise<OptionsClock> => {
  await page.waitForFunction((names) => names.every((n) => (window as unknown as { __tcOptions?: Record<string, unknown> }).__tcOptions?.[n] !== undefined), marks);
  return page.evaluate(() => (window as unknown as { __tcOptions: OptionsClock }).__tcOptions);
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] ?? Number.NaN;
const editor = (id: string) => `.AD:has(input[name="composeid"][value="${id}"]) [g_editable="true"]`;

async function setDraft(page: Page, text: string): Promise<void> {
  await page.locator(editor('c2')).evaluate((el, t) => {
    el.focus();
    const sel = el.ownerDocument.getSelection()!;
    sel.selectAllChildren(el.querySelector(':scope > div[dir="ltr"]')!);
    el.ownerDocument.execCommand('insertText', false, t);
  }, text);
}

/** Milliseconds from now until the panel's score meter shows something other than `before`. */
const scoreChange = (panel: Page, before: string | null) =>
  panel.evaluate(async (prev) => {
    const t0 = performance.now();
    for (;;) {
      const now = document.querySelector('[aria-label="Trust score"]')?.getAttribute('aria-valuenow') ?? null;
      if (now !== null && now !== prev) return performance.now() - t0;
      if (performance.now() - t0 > 10_000) return Number.NaN;
      await new Promise((r) => setTimeout(r, 4));
    }
  }, before);

/** The badge, the side panel and the page while typing, over the Gmail fixture. */
async function mailAndPanel(b: Browser) {
  const gmail = await b.context.newPage();
  await gmail.goto('https://mail.google.com/e2e-two-composes.html');
  await gmail.waitForSelector('trust-coach-badge[data-compose-id="gmail:c2"][data-trust-score]');
  const tabId = await b.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome;
    return (await api.tabs.query({ url: 'https://mail.google.com/*' }))[0]!.id!;
  });

  // Cold open: navigation start to the first score on screen.
  const panel = await b.context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  const cold: number[] = [];
  for (let i = 0; i < 5; i++) {
    await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html?tab=${tabId}`);
    await panel.getByRole('meter', { name: 'Trust score' }).waitFor();
    cold.push(await panel.evaluate(() => performance.now()));
  }

  // Edit to panel: two drafts of different scores, alternated; the clock starts when the text is in.
  const drafts = [
    "Hello,\n\nI understand your frustration. Per our policy, refunds take 30 days. Someone will get back to you soon.",
    "Hi Dana,\n\nYou were charged twice for March, and that's on us. I refunded the second charge today; I'll call you Thursday at 3pm to confirm it arrived.",
  ];
  const edits: number[] = [];
  for (let i = 0; i < 21; i++) {
    const before = await panel.getByRole('meter', { name: 'Trust score' }).getAttribute('aria-valuenow');
    const waiting = scoreChange(panel, before);
    await setDraft(gmail, drafts[i % 2]!);
    const ms = await waiting;
    if (i > 0) edits.push(ms); // the first may race the panel's follow-the-typing switch
  }

  // The page while typing (the e2e suite checks what happens; how fast is measured here).
  const caretAtEnd = (id: string) => gmail.locator(editor(id)).evaluate((el) => {
    el.focus();
    const own = el.querySelector(':scope > div[dir="ltr"]') ?? el;
    const walker = el.ownerDocument.createTreeWalker(own, NodeFilter.SHOW_TEXT);
    let last: Text | null = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) last = n as Text;
    if (last) el.ownerDocument.getSelection()!.collapse(last, last.data.length);
  });
  const badgeOf = (id: string) => `trust-coach-badge[data-compose-id="gmail:${id}"]`;
  const editToBadge: number[] = [];
  for (let i = 0; i < 5; i++) {
    await setDraft(gmail, 'Hi Dana,\n\nThanks for the call.');
    await gmail.waitForFunction((sel) => !(document.querySelector(sel)?.getAttribute('data-trust-kinds') ?? '').includes('pressure'), badgeOf('c2'));
    await caretAtEnd('c2');
    await gmail.keyboard.type(' Act now, this is a limited time offer.', { delay: 20 });
    const typed = Date.now();
    await gmail.waitForFunction((sel) => (document.querySelector(sel)?.getAttribute('data-trust-kinds') ?? '').includes('pressure'), badgeOf('c2'), { timeout: 5000, polling: 10 });
    editToBadge.push(Date.now() - typed);
  }
  await caretAtEnd('c1');
  await gmail.locator(editor('c1')).evaluate((el, text) => el.ownerDocument.execCommand('insertText', false, text), 'Thanks for the call about the Lisbon rollout and the payroll pilot for your finance team. '.repeat(134));
  await gmail.waitForFunction((sel) => (document.querySelector(sel)?.getAttribute('data-trust-kinds') ?? '').includes('too-long'), badgeOf('c1'));
  const keystroke = await traceMainThread(gmail, b.extensionId, async () => {
    await gmail.keyboard.type('I will call you Friday at 10am to confirm the plan.', { delay: 60 });
    await gmail.waitForTimeout(600);
  });
  await caretAtEnd('c1');
  await gmail.locator(editor('c1')).evaluate((el) => el.ownerDocument.execCommand('insertText', false, 'We will follow up soon with more details. '.repeat(25_000)));
  const pings: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t = Date.now();
    await gmail.evaluate(() => 1);
    pings.push(Date.now() - t);
    await gmail.waitForTimeout(50);
  }
  // An extension page opened straight after the paste, with the side panel still open on that draft (they share the
  // extension's renderer process): in a reproduction its scripts started only 8.6 s later with the panel open, 0.3 s with
  // it closed. Then the mail tab and the panel close, so the options rows below time the options page, not this.
  const after = await b.context.newPage();
  await after.addInitScript(OPTIONS_CLOCK);
  await after.goto(`chrome-extension://${b.extensionId}/options.html`);
  await after.locator('#roles select').first().waitFor({ timeout: 60_000 });
  const afterPaste = (await readClock(after, ['firstSection'])).firstSection ?? Number.NaN;
  await after.close();
  await panel.close();
  await gmail.close();
  return { cold, edits, editToBadge, keystroke, pings, afterPaste: [afterPaste] };
}

// What else the machine was doing: every figure here is wall-clock time.
const loadAtStart = loadavg()[0]!;
const server = await serveFixtures();
// Cold starts (issue 17 §1): a fresh profile each time, compose opened at once, first keystroke to the badge's score.
const coldStarts: number[] = [];
let unscored = 0;
for (let i = 0; !only && i < 20; i++) {
  const r = await coldStartToScore(server.port);
  if (r.ms === null) unscored++;
  else coldStarts.push(r.ms);
}
const b = await launch(server.port);
try {
  const mail = only ? undefined : await mailAndPanel(b);

  // A realistic store for the options page and the summary: 200 accounts, 500 sent emails over 90 days.
  await b.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void>; get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    const now = Date.now();
    const kinds = ['vague-timing', 'no-greeting-name', 'jargon', 'fake-empathy', 'policy-speak', 'no-next-step', 'unaddressed-point'];
    const history = Array.from({ length: 500 }, (_, i) => ({
      id: `bench-${i}`, sentAt: new Date(now - (i / 500) * 90 * 86_400_000).toISOString(), site: 'gmail', role: (['prospecting', 'support', 'account'] as const)[i % 3],
      score: 50 + ((i * 37) % 50), band: 'good', words: 120 + (i % 80), promises: i % 3,
      dimensions: { personalization: 60 + (i % 40), commitments: 50 + (i % 50), research: 70 + (i % 30), ownership: 80 + (i % 20), humility: 90, clarity: 85 },
      kinds: kinds.filter((_, k) => (i + k) % 3 === 0),
    }));
    const accounts = Array.from({ length: 200 }, (_, i) => ({
      key: `account-${i}.example`, name: `Account ${i}`, strategy: `Expanding into region ${i % 12} in Q${1 + (i % 4)}`, news: `Opened office ${i}`,
      people: [{ name: `Person ${i}`, role: 'VP Operations', said: `We want to cut onboarding time by ${i % 9} weeks` }], lastInteraction: `Call on day ${i}`,
      checklist: { site: i % 2 === 0, news: false, profiles: i % 3 === 0, posts: false }, updatedAt: new Date(now - i * 3_600_000).toISOString(),
    }));
    // Under the stores' own keys; each store normalizes what it reads, as it does for any stored value.
    await api.storage.local.set({ history, accounts });
  });

  // The options page times itself (see OPTIONS_CLOCK); Playwright's waits only say when to read the clock.
  const optionsFirst: number[] = [];
  const optionsOpen: number[] = [];
  const optionsLongest: number[] = [];
  const options = await b.context.newPage();
  await options.setViewportSize({ width: 1280, height: 900 });
  await options.addInitScript(OPTIONS_CLOCK);
  for (let i = 0; i < 5; i++) {
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    await options.locator('#roles select').first().waitFor();
    await options.locator('#accounts .acct-list li').first().waitFor();
    await options.locator('#coaching .hist-range').waitFor();
    const clock = await readClock(options, ['firstSection', 'open']);
    optionsFirst.push(clock.firstSection ?? Number.NaN);
    optionsOpen.push(clock.open ?? Number.NaN);
    optionsLongest.push(Math.max(0, ...clock.longTasks.filter(([start]) => start < (clock.open ?? Infinity)).map(([, ms]) => ms)));
  }

  const summaryOpen: number[] = [];
  for (let i = 0; i < 3; i++) {
    await options.goto(`chrome-extension://${b.extensionId}/coaching.html?days=90`);
    await options.getByText(/Coaching summary/).first().waitFor();
    await options.getByText(/Talking points/).waitFor();
    summaryOpen.push(await options.evaluate(() => performance.now()));
  }

  const none = { cold: [], edits: [], editToBadge: [], keystroke: { keystrokes: 0, medianMs: Number.NaN, longTasksMs: [] }, pings: [], afterPaste: [] };
  const { cold, edits, editToBadge, keystroke, pings, afterPaste } = mail ?? none;
  const rows = ([
    [`badge: cold start, first keystroke to first score (${unscored} of 20 never scored; target: median <= 1,500 ms, none unscored)`, coldStarts],
    ['side panel: cold open to first score', cold],
    ['side panel: edit in the compose to its new score', edits],
    ['options page, 200 accounts and 500 emails stored: first section shown (Role per site)', optionsFirst],
    ['options page: open, every section with its data (the accounts list, the coaching history)', optionsOpen],
    ['options page: longest main-thread task over 50 ms while it opens (0: none; a click waits at most this)', optionsLongest],
    ['coaching summary: open over 500 emails (90 days)', summaryOpen],
    ['badge: typed edit to its new score (target: median <= 300 ms, plus the pause)', editToBadge],
    [`page: main-thread time per keystroke, 2,000-word draft (${keystroke.keystrokes} keystrokes, ${keystroke.longTasksMs.length} long tasks; target: median <= 2 ms, none)`, [keystroke.medianMs]],
    ['page: answering while 1 MB is pasted (target: every answer <= 250 ms)', pings],
    ['options page opened just after that paste, the side panel open on the draft: first section (nothing stored yet)', afterPaste],
  ] as [string, number[]][]).filter(([, xs]) => !only || [optionsFirst, optionsOpen, optionsLongest, summaryOpen].includes(xs));
  const ms = (x: number) => `${x < 10 ? x.toFixed(1) : x.toFixed(0)} ms`;
  const table = ['| what | runs | median | p95 |', '| --- | ---: | ---: | ---: |', ...rows.map(([what, xs]) => `| ${what} | ${xs.length} | ${ms(median(xs))} | ${ms(p95(xs))} |`)].join('\n');
  console.log(table);
  const load = `load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end`;
  console.log(`(outside requests during the run: ${b.outside.length}; ${load})`);
  // `--write`: the README's browser block, written from this run (never by hand).
  if (process.argv.includes('--write')) {
    writeReadmeBlock('<!-- bench-browser:start (written by npm run bench:browser -- --write) -->', '<!-- bench-browser:end -->',
      `${table}\n\nMeasured in Debian's Chromium ${b.context.browser()?.version() ?? ''} on a ${cpus().length}-core machine (${load}); outside requests during the run: ${b.outside.length}.`);
  }
  if (process.argv.includes('--json')) console.log(JSON.stringify(Object.fromEntries(rows)));
} catch (err) {
  console.error('bench-browser:', err);
  process.exitCode = 1;
} finally {
  await b.close().catch(() => undefined);
  await server.close();
}
