import { createStore } from 'zustand/vanilla';
import type { ComposeView } from '../background/registry';
import type { SiteId } from '../compose/messages';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import type { TrackedPromise } from '../promises/types';
import type { SettingsSection } from '../options/sections';

export type PanelView = 'coach' | 'promises';

/**
 * loading: finding out what the tab is; ready: a mail page with the coach
 * running (maybe no compose open yet); reload: a mail page opened before the
 * extension was installed; unsupported: any other page.
 */
export type PanelStatus = 'loading' | 'ready' | 'reload' | 'unsupported';

export interface Notice {
  text: string;
  tone: 'info' | 'error';
  /** A link after the text to the options page's section that undoes or explains it ("Turn it back on in Settings"). */
  settings?: { section: SettingsSection; label: string };
  /** Gone once the shown draft is edited after it (ms since epoch: when it was said): "Applied. Press Ctrl+Z…" says nothing after the undo. */
  untilEditAfter?: number;
}

/** An edit this soon after a notice is the change it reports (the fix's own re-score), not a new one. */
const SETTLE_MS = 1500;

export interface PanelState {
  status: PanelStatus;
  tabId?: number;
  site?: SiteId;
  composes: ComposeView[];
  selectedId?: string;
  /** The user picked the shown compose (switcher or badge); otherwise the panel follows the one being typed in. */
  pinned: boolean;
  notice?: Notice;
  settings: Settings;
  /** Which of the panel's two views shows: the coach for the email, or the promises tracker. */
  view: PanelView;
  promises: TrackedPromise[];
  showView(view: PanelView): void;
  setPromises(promises: TrackedPromise[]): void;
  setTab(tabId: number | undefined, status: PanelStatus, site?: SiteId): void;
  setComposes(composes: ComposeView[]): void;
  select(composeId: string): void;
  setNotice(notice: Notice | undefined): void;
  setSettings(settings: Settings): void;
}

/** The side panel's one store: which tab, its composes, which one is shown, and the settings. */
export function createPanelStore() {
  return createStore<PanelState>()((set, get) => ({
    status: 'loading',
    composes: [],
    pinned: false,
    settings: DEFAULT_SETTINGS,
    view: 'coach',
    promises: [],
    showView(view) {
      // A notice belongs to what the user just did in the view they leave.
      set({ view, notice: undefined });
    },
    setPromises(promises) {
      set({ promises });
    },
    setTab(tabId, status, site) {
      const changed = tabId !== get().tabId;
      set({ tabId, status, site, ...(changed ? { composes: [], selectedId: undefined, pinned: false, notice: undefined } : {}) });
    },
    setComposes(composes) {
      const { selectedId, pinned, composes: before } = get();
      const known = new Set(before.map((c) => c.composeId));
      // A newly opened compose takes over; a pick holds while its compose is open; otherwise follow the typing.
      const opened = before.length > 0 && composes.some((c) => !known.has(c.composeId));
      const keep = pinned && !opened && composes.some((c) => c.composeId === selectedId);
      const latest = [...composes].sort((a, b) => b.updated - a.updated)[0];
      const next = keep ? selectedId : latest?.composeId;
      const { notice } = get();
      const edited = notice?.untilEditAfter !== undefined && (composes.find((c) => c.composeId === next)?.updated ?? 0) > notice.untilEditAfter + SETTLE_MS;
      set({ composes, selectedId: next, pinned: keep, ...(next !== selectedId || edited ? { notice: undefined } : {}) });
    },
    select(composeId) {
      set({ selectedId: composeId, pinned: true, notice: undefined, view: 'coach' });
    },
    setNotice(notice) {
      set({ notice });
    },
    setSettings(settings) {
      set({ settings });
    },
  }));
}

export type PanelStore = ReturnType<typeof createPanelStore>;

export function selectedView(s: PanelState): ComposeView | undefined {
  return s.composes.find((c) => c.composeId === s.selectedId);
}
