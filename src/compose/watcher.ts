import type { Report, Role } from '../model/types';
import type { ComposeHandle, SiteAdapter } from '../sites/types';
import type { AnalyzeRequest, AnalyzeResponse } from './messages';
import { Badge } from './badge';
import { Highlighter } from './highlights';
import { applyFix, type ApplyResult } from './apply-fix';
import { nudgeFor, rewrite } from './nudge';
import type { DraftSent, PanelOpened, SiteId } from './messages';

export interface WatcherOptions {
  adapter: SiteAdapter;
  doc: Document;
  /** The content script's lifetime: everything stops when it aborts. */
  signal: AbortSignal;
  analyze: (req: AnalyzeRequest) => Promise<AnalyzeResponse>;
  closed: (composeId: string) => void;
  /** The badge was clicked: open the panel on this compose; a refusal is shown on the badge. */
  openPanel: (composeId: string) => Promise<PanelOpened> | void;
  /** The user pressed Send: the draft as sent (its promises get tracked). Never delays the send. */
  sent?: (message: DraftSent) => void;
  /** The page's address, sent with a sent draft as the way back to the conversation. */
  /** Where the sent email can be found again (see sentEmailLink). */
  link?: (compose: ComposeHandle, subject?: string) => string | undefined;
  role?: () => Role | undefined;
  /** Pause after the last keystroke before analyzing. */
  debounceMs?: number;
  /** Minimum gap between two scans of the page for compose windows. */
  scanMs?: number;
}


/** This page load: the background forgets composes of pages the tab has left (reloaded or navigated away). */
const PAGE = globalThis.crypto.randomUUID();

interface ComposeState {
  handle: ComposeHandle;
  badge: Badge;
  highlighter: Highlighter;
  /** Aborts the listeners bound to the current editor element. */
  bound: AbortController;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** Increases with each request; older answers are dropped. */
  seq: number;
  lastBody: string | undefined;
  report: Report | undefined;
  /** When Send was last reported. */
  sentAt?: number;
}

/**
 * Watches a mail page for compose windows: notices them appearing,
 * re-rendering (full screen and back) and closing, keyed by the site's draft
 * id; re-analyzes after a pause in typing. The only per-keystroke work on the
 * page's main thread is resetting one timer.
 */
export class ComposeWatcher {
  private readonly states = new Map<string, ComposeState>();
  private scanTimer: ReturnType<typeof setTimeout> | undefined;
  private lastScan = 0;
  private readonly debounceMs: number;
  private readonly scanMs: number;

  constructor(private readonly o: WatcherOptions) {
    this.debounceMs = o.debounceMs ?? 150;
    this.scanMs = o.scanMs ?? 200;
  }

  start(): void {
    const observer = new MutationObserver(() => this.scheduleScan());
    observer.observe(this.o.doc.documentElement, { childList: true, subtree: true });
    this.o.signal.addEventListener('abort', () => {
      observer.disconnect();
      clearTimeout(this.scanTimer);
      for (const id of [...this.states.keys()]) this.drop(id, false);
    });
    this.scan();
  }

  /** In-app navigation (Gmail and Outlook are single-page apps): look again now. */
  locationChanged(): void {
    this.scan();
  }

  /** Current report of a compose (for the panel). */
  report(composeId: string): Report | undefined {
    return this.states.get(composeId)?.report;
  }

  /**
   * Shows the user a span the panel pointed at: scrolls it into view and marks
   * it, without touching the selection or the text. The mark goes with the next edit.
   */
  focus(composeId: string, start: number, end: number, expected: string): ApplyResult {
    const state = this.states.get(composeId);
    if (!state) return { ok: false, reason: 'That compose window is closed.' };
    const map = this.o.adapter.bodyMap(state.handle);
    // A long excerpt reaches the panel cut short with an ellipsis: match its start.
    const probe = expected.endsWith('…') ? expected.slice(0, -1) : expected;
    let at = start;
    if (!map.body.startsWith(probe, start) || (probe === expected && end - start !== expected.length)) {
      // The writer kept typing: find the same words nearest to where they were.
      const after = map.body.indexOf(probe, start);
      const before = map.body.lastIndexOf(probe, start);
      at = after === -1 ? before : before === -1 ? after : after - start <= start - before ? after : before;
      if (at === -1 || !probe) return { ok: false, reason: 'That text is no longer in the draft.' };
    }
    const range = map.range(at, at + (end - start));
    if (!range) return { ok: false, reason: 'That text is no longer in the editor.' };
    const target = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
    target?.scrollIntoView({ block: 'center', inline: 'nearest' });
    state.highlighter.focus(range);
    return { ok: true };
  }

  /** Analyzes again (settings or dismissals changed), even though the draft did not change. */
  refresh(composeId?: string): void {
    for (const [id, state] of this.states) {
      if (composeId && id !== composeId) continue;
      state.lastBody = undefined;
      this.analyzeNow(state);
    }
  }

  get site(): SiteId {
    return this.o.adapter.site;
  }

  /** Applies a fix the user clicked, through the editor; the next analysis follows from the input event. */
  apply(composeId: string, start: number, end: number, expected: string, replacement: string): ApplyResult {
    const state = this.states.get(composeId);
    if (!state) return { ok: false, reason: 'That compose window is closed.' };
    return applyFix(state.handle.editor, this.o.adapter.bodyMap(state.handle), start, end, expected, replacement);
  }

  get composeIds(): string[] {
    return [...this.states.keys()];
  }

  private scheduleScan(): void {
    if (this.scanTimer !== undefined || this.o.signal.aborted) return;
    const wait = Math.max(0, this.scanMs - (Date.now() - this.lastScan));
    this.scanTimer = setTimeout(() => {
      this.scanTimer = undefined;
      this.scan();
    }, wait);
  }

  private scan(): void {
    this.lastScan = Date.now();
    const seen = new Set<string>();
    for (const handle of this.o.adapter.findComposes(this.o.doc)) {
      seen.add(handle.id);
      const state = this.states.get(handle.id);
      if (!state) this.add(handle);
      else if (state.handle.editor !== handle.editor || state.handle.root !== handle.root) this.rebind(state, handle);
      else this.placeBadge(state);
    }
    for (const id of [...this.states.keys()]) if (!seen.has(id)) this.drop(id, true);
  }

  private add(handle: ComposeHandle): void {
    const doc = handle.editor.ownerDocument;
    const state: ComposeState = {
      handle,
      badge: new Badge(doc, handle.id, () => this.o.openPanel(handle.id)),
      highlighter: new Highlighter(doc, handle.editor, this.o.signal),
      bound: new AbortController(),
      timer: undefined,
      seq: 0,
      lastBody: undefined,
      report: undefined,
    };
    this.states.set(handle.id, state);
    this.bind(state);
    this.placeBadge(state);
    this.analyzeNow(state);
  }

  /** The site replaced the compose's elements but kept its draft: move our listeners and badge over. */
  private rebind(state: ComposeState, handle: ComposeHandle): void {
    state.bound.abort();
    state.bound = new AbortController();
    state.highlighter.clear();
    state.handle = handle;
    state.highlighter = new Highlighter(handle.editor.ownerDocument, handle.editor, this.o.signal);
    this.bind(state);
    this.placeBadge(state);
    state.lastBody = undefined;
    this.analyzeNow(state);
  }

  private bind(state: ComposeState): void {
    const opts = { signal: state.bound.signal, passive: true } as const;
    const onEdit = () => {
      state.highlighter.clearFocus();
      this.debounce(state);
    };
    state.handle.editor.addEventListener('input', onEdit, opts);
    // Recipients and subject live outside the editor.
    state.handle.root.addEventListener('change', onEdit, opts);
    state.handle.root.addEventListener('focusout', onEdit, opts);
    // Send: watched in the capture phase and passively, so the site's own handler runs as if we were not here.
    const capture = { ...opts, capture: true } as const;
    state.handle.root.addEventListener('click', (e) => {
      if (e.target instanceof Element && this.o.adapter.isSend(state.handle, e.target)) this.sending(state);
    }, capture);
    state.handle.root.addEventListener('keydown', (e) => {
      const k = e as KeyboardEvent;
      if (k.key === 'Enter' && (k.ctrlKey || k.metaKey) && !k.altKey && !k.shiftKey) this.sending(state);
    }, capture);
  }

  /** Reads the draft at the moment of sending (the site clears it right after) and reports it. */
  private sending(state: ComposeState): void {
    const now = Date.now();
    // A double click, or Send then Ctrl+Enter, is one send; a send the site refused (say, no recipient) can be retried.
    if (!this.o.sent || now - (state.sentAt ?? 0) < 3000) return;
    let draft: ReturnType<SiteAdapter['readDraft']>;
    try {
      draft = this.o.adapter.readDraft(state.handle);
    } catch {
      return;
    }
    if (!draft.body.trim()) return;
    state.sentAt = now;
    const { site, composeId, ...rest } = draft;
    const link = this.o.link?.(state.handle, rest.subject);
    try {
      this.o.sent({ type: 'trust-coach/sent', composeId, site, draft: rest, ...(link ? { link } : {}) });
    } catch {
      // Reporting must never get in the way of sending.
    }
  }

  private placeBadge(state: ComposeState): void {
    const anchor = this.o.adapter.badgeAnchor(state.handle);
    if (anchor) state.badge.attach(anchor);
  }

  private debounce(state: ComposeState): void {
    clearTimeout(state.timer);
    state.timer = setTimeout(() => this.analyzeNow(state), this.debounceMs);
  }

  private analyzeNow(state: ComposeState): void {
    clearTimeout(state.timer);
    state.timer = undefined;
    if (this.o.signal.aborted || !this.states.has(state.handle.id)) return;
    let draft: ReturnType<SiteAdapter['readDraft']>;
    try {
      draft = this.o.adapter.readDraft(state.handle);
    } catch {
      return; // the compose is mid-re-render; the next mutation scan picks it up
    }
    const key = `${draft.body}\u0000${draft.subject ?? ''}\u0000${JSON.stringify(draft.recipients ?? [])}\u0000${draft.quoted ?? ''}`;
    if (key === state.lastBody) return;
    state.lastBody = key;
    const seq = ++state.seq;
    const { site, composeId, ...rest } = draft;
    const role = this.o.role?.();
    this.o
      .analyze({ type: 'trust-coach/analyze', composeId, site, draft: rest, page: PAGE, ...(role ? { role } : {}) })
      .then((res) => {
        if (seq !== state.seq || !this.states.has(state.handle.id)) return;
        state.report = res.report;
        state.badge.update(res.report);
        const map = this.o.adapter.bodyMap(state.handle);
        state.highlighter.show(map, res.report.hints);
        const nudge = map.body === draft.body ? nudgeFor(res.report, map.body) : undefined;
        state.badge.setNudge(nudge, (when) => {
          if (!nudge) return;
          this.apply(state.handle.id, nudge.hint.start, nudge.hint.end, nudge.excerpt, rewrite(nudge, when, new Date()));
        });
      })
      .catch(() => {
        // The extension was reloaded or the background is restarting: try again on the next edit.
        state.lastBody = undefined;
      });
  }

  private drop(id: string, notify: boolean): void {
    const state = this.states.get(id);
    if (!state) return;
    clearTimeout(state.timer);
    state.bound.abort();
    state.badge.remove();
    state.highlighter.clear();
    this.states.delete(id);
    if (notify) this.o.closed(id);
  }
}
