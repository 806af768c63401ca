import { storage } from 'wxt/utils/storage';
import type { Recipient, Report, Role } from '../model/types';
import type { AccountRecord } from '../accounts/types';
import type { SiteId } from '../compose/messages';

/** What the side panel shows for one compose window. */
export interface ComposeView {
  tabId: number;
  composeId: string;
  site: SiteId;
  /** The subject, or who it is to, or "New message". */
  title: string;
  role: Role;
  /** True when the role was guessed from the draft, not picked by the user. */
  roleGuessed: boolean;
  /** Why the role was guessed ("a reply to a complaint"), when it was. */
  roleReason?: string;
  /** Set when the guess is not sure enough to state (model/role.ts ROLE_SURE): the panel asks the writer to check it. */
  roleUnsure?: true;
  report: Report;
  /** The draft's words each hint points at (parallel to report.hints; '' for "missing" hints). */
  excerpts: string[];
  /** hintKey() of each hint (parallel to report.hints), what Dismiss sends back. */
  keys: string[];
  /** Title of each rule that has a hint here, for "Turn off rule". */
  ruleTitles: Record<string, string>;
  /** The recipients' account (by domain, or address for free mail), its notes, and which of them the draft uses. */
  account?: { key: string; record?: AccountRecord; usedFacts: string[]; recipients: Recipient[] };
  /** The team playbook in use, and the rules it locks on. */
  playbookName?: string;
  lockedRules?: string[];
  /** hintKey()s the user dismissed for this draft. */
  dismissed: string[];
  /** When the writer last changed the draft (ms since epoch); re-analyses after a settings change keep it. */
  updated: number;
  /** Hash of the draft's text, subject and recipients, to tell an edit from a re-analysis. */
  draftHash: string;
  /** The page load it was reported from (see AnalyzeRequest.page). */
  page?: string;
}

/** Hints kept per compose for the panel; a pasted novel can flag thousands. */
export const MAX_PANEL_HINTS = 150;
const MAX_EXCERPT = 280;

export function excerptOf(body: string, start: number, end: number): string {
  const text = body.slice(start, end);
  return text.length > MAX_EXCERPT ? `${text.slice(0, MAX_EXCERPT - 1)}…` : text;
}

const tabKey = (tabId: number) => `session:composes:${tabId}` as const;
export const FOCUS_KEY = 'session:focus' as const;

/** The compose the user last asked the panel for (badge click). */
export interface PanelFocus {
  tabId: number;
  composeId: string;
  at: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** Whether a stored value has every field the background and the panel rely on. */
export function isComposeView(v: unknown): v is ComposeView {
  if (!isObject(v)) return false;
  const report = v.report;
  return (
    typeof v.tabId === 'number' &&
    typeof v.composeId === 'string' &&
    v.composeId !== '' &&
    typeof v.site === 'string' &&
    typeof v.title === 'string' &&
    typeof v.role === 'string' &&
    typeof v.roleGuessed === 'boolean' &&
    (v.roleReason === undefined || typeof v.roleReason === 'string') &&
    (v.roleUnsure === undefined || v.roleUnsure === true) &&
    isObject(report) &&
    Array.isArray(report.hints) &&
    report.hints.every(isObject) &&
    typeof report.score === 'number' &&
    isObject(report.dimensions) &&
    isStringList(v.excerpts) &&
    isStringList(v.keys) &&
    isObject(v.ruleTitles) &&
    isStringList(v.dismissed) &&
    typeof v.updated === 'number' &&
    Number.isFinite(v.updated) &&
    typeof v.draftHash === 'string' &&
    (v.page === undefined || typeof v.page === 'string') &&
    (v.account === undefined || isObject(v.account)) &&
    (v.lockedRules === undefined || isStringList(v.lockedRules)) &&
    (v.playbookName === undefined || typeof v.playbookName === 'string')
  );
}

/**
 * A tab's stored composes, checked: a value that is not a list counts as no
 * composes, and a view missing what the coach relies on is left out (its
 * compose reports again on its next change). Session storage holds only what
 * the background wrote, but an older version's shape, or a damaged value,
 * must not make every analysis for the tab fail.
 */
export function readComposeViews(value: unknown): ComposeView[] {
  return Array.isArray(value) ? value.filter(isComposeView) : [];
}

/**
 * The open composes per tab and their latest reports, in `storage.session`:
 * in memory only (never on disk), shared with the side panel, and kept when
 * the background service worker restarts. Writes per tab are serialized.
 */
export class ComposeRegistry {
  private cache = new Map<number, ComposeView[]>();
  private chains = new Map<number, Promise<unknown>>();
  private loading = new Map<number, Promise<ComposeView[]>>();

  async list(tabId: number): Promise<ComposeView[]> {
    const cached = this.cache.get(tabId);
    if (cached) return cached;
    // One read per tab, however many composes ask at once: a second read could land after a write and undo it.
    let loading = this.loading.get(tabId);
    if (!loading) {
      // A value that can't be read starts the tab over, and so does a failed read: never an error for every analysis after it.
      loading = storage
        .getItem<unknown>(tabKey(tabId))
        .catch(() => null)
        .then((stored) => {
          this.loading.delete(tabId);
          const views = this.cache.get(tabId) ?? readComposeViews(stored);
          this.cache.set(tabId, views);
          return views;
        });
      this.loading.set(tabId, loading);
    }
    await loading;
    return this.cache.get(tabId) ?? [];
  }

  async get(tabId: number, composeId: string): Promise<ComposeView | undefined> {
    return (await this.list(tabId)).find((v) => v.composeId === composeId);
  }

  /** Changes one tab's list atomically (against other changes made here). */
  update(tabId: number, change: (views: ComposeView[]) => ComposeView[]): Promise<ComposeView[]> {
    const prev = this.chains.get(tabId) ?? Promise.resolve();
    const next = prev.then(async () => {
      const views = change(await this.list(tabId));
      this.cache.set(tabId, views);
      if (views.length) await storage.setItem(tabKey(tabId), views);
      else await storage.removeItem(tabKey(tabId));
      return views;
    });
    this.chains.set(tabId, next.catch(() => undefined));
    return next;
  }

  /** Adds or replaces a compose's view; a view from a new page drops the composes of the page the tab left. */
  put(view: ComposeView): Promise<ComposeView[]> {
    return this.update(view.tabId, (all) => {
      const views = view.page ? all.filter((v) => v.page === view.page) : all;
      const i = views.findIndex((v) => v.composeId === view.composeId);
      return i === -1 ? [...views, view] : views.map((v, k) => (k === i ? view : v));
    });
  }

  remove(tabId: number, composeId: string): Promise<ComposeView[]> {
    return this.update(tabId, (views) => views.filter((v) => v.composeId !== composeId));
  }

  async removeTab(tabId: number): Promise<void> {
    await this.update(tabId, () => []);
    this.cache.delete(tabId);
    this.chains.delete(tabId);
  }

  /** Tabs with open composes. */
  async tabs(): Promise<number[]> {
    const all = await storage.snapshot('session');
    const ids = new Set<number>(this.cache.keys());
    for (const key of Object.keys(all)) {
      const m = /^composes:(\d+)$/.exec(key);
      if (m) ids.add(Number(m[1]));
    }
    return [...ids].filter((id) => (this.cache.get(id)?.length ?? 1) > 0);
  }
}
