import { createSession, type Draft, type Report, type Role, type Session } from '../model/index';

/** Sessions idle this long are dropped (a compose left open over lunch is re-analyzed from scratch). */
const IDLE_MS = 30 * 60 * 1000;
const MAX_SESSIONS = 50;

export interface AnalyzeOptions {
  role: Role;
  disabledRules?: readonly string[];
  dismissed?: readonly string[];
  playbook?: unknown;
  /** The recipient's account notes (AccountNotes). */
  account?: unknown;
}

interface Entry {
  session: Session;
  used: number;
}

/**
 * Runs the model off the mail tab's main thread: one incremental session per
 * compose window, keyed by tab and compose id. The host, not the model, reads
 * the clock and the time zone.
 */
export class ModelHost {
  private sessions = new Map<string, Entry>();
  constructor(private readonly clock: () => Date = () => new Date(), private readonly timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC') {}

  analyze(tabId: number, composeId: string, draft: Draft, options: AnalyzeOptions): { report: Report; modelMs: number } {
    const key = `${tabId}:${composeId}`;
    const now = this.clock();
    let entry = this.sessions.get(key);
    if (!entry) {
      entry = { session: createSession(), used: now.getTime() };
      this.sessions.set(key, entry);
      this.evict(now.getTime());
    }
    entry.used = now.getTime();
    const started = performance.now();
    const report = entry.session.analyze(draft, { ...options, now: now.toISOString(), timeZone: this.timeZone() });
    return { report, modelMs: performance.now() - started };
  }

  /** The writer's time zone, as the model sees it. */
  zone(): string {
    return this.timeZone();
  }

  close(tabId: number, composeId: string): void {
    this.sessions.delete(`${tabId}:${composeId}`);
  }

  closeTab(tabId: number): void {
    for (const key of this.sessions.keys()) if (key.startsWith(`${tabId}:`)) this.sessions.delete(key);
  }

  get size(): number {
    return this.sessions.size;
  }

  private evict(now: number): void {
    for (const [key, e] of this.sessions) if (now - e.used > IDLE_MS) this.sessions.delete(key);
    while (this.sessions.size > MAX_SESSIONS) {
      const oldest = [...this.sessions].sort((a, b) => a[1].used - b[1].used)[0];
      if (!oldest) break;
      this.sessions.delete(oldest[0]);
    }
  }
}
