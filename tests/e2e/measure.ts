/**
 * The extension's cost on a mail tab's main thread, from a Chrome trace:
 * time spent in the content script's frames (trace events whose script URL is
 * the extension's), summed per keystroke window (from one keydown dispatch to
 * the next, the last window running to the end of the trace, so the analysis
 * after the pause counts too), and every long task (>50 ms) on the page's
 * renderer main thread.
 */
import type { Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; type?: string } };
}

export interface MainThreadCost {
  keystrokes: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  totalMs: number;
  longTasksMs: number[];
}

export async function traceMainThread(page: Page, extensionId: string, act: () => Promise<void>): Promise<MainThreadCost> {
  const cdp = await page.context().newCDPSession(page);
  // Playwright's typings list only a few CDP events; these two are standard.
  const on = cdp.on.bind(cdp) as unknown as (event: string, listener: (payload: { value: TraceEvent[] }) => void) => void;
  const once = cdp.once.bind(cdp) as unknown as (event: string, listener: () => void) => void;
  const events: TraceEvent[] = [];
  on('Tracing.dataCollected', (e) => void events.push(...e.value));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  await act();
  const complete = new Promise<void>((resolve) => once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  return costOf(events, `chrome-extension://${extensionId}/`);
}

export function costOf(events: TraceEvent[], prefix: string): MainThreadCost {
  const mainThreads = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const onMain = (e: TraceEvent) => mainThreads.has(`${e.pid}:${e.tid}`);
  const keydowns = events.filter((e) => onMain(e) && e.name === 'EventDispatch' && e.args?.data?.type === 'keydown').map((e) => e.ts).sort((a, b) => a - b);
  // Top-level extension work: complete events attributed to the extension's script, not nested in another one.
  const ext = events
    .filter((e) => onMain(e) && e.ph === 'X' && (e.dur ?? 0) > 0 && (e.args?.data?.url ?? '').startsWith(prefix))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const top: TraceEvent[] = [];
  for (const e of ext) {
    const last = top[top.length - 1];
    if (last && e.ts < last.ts + (last.dur ?? 0)) continue;
    top.push(e);
  }
  const per = new Array<number>(keydowns.length).fill(0);
  for (const e of top) {
    let i = -1;
    for (let lo = 0, hi = keydowns.length - 1; lo <= hi; ) {
      const mid = (lo + hi) >> 1;
      if (keydowns[mid]! <= e.ts) {
        i = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (i >= 0) per[i]! += (e.dur ?? 0) / 1000;
  }
  const sorted = [...per].sort((a, b) => a - b);
  const longTasksMs = events.filter((e) => onMain(e) && e.ph === 'X' && e.name === 'RunTask' && (e.dur ?? 0) > 50_000).map((e) => (e.dur ?? 0) / 1000);
  return {
    keystrokes: keydowns.length,
    medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0,
    p95Ms: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0,
    maxMs: sorted[sorted.length - 1] ?? 0,
    totalMs: top.reduce((a, e) => a + (e.dur ?? 0) / 1000, 0),
    longTasksMs,
  };
}
