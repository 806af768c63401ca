import { storage } from 'wxt/utils/storage';
import type { PanelFocus } from '../background/registry';
import { FOCUS_KEY, readComposeViews } from '../background/registry';
import type { ActionResult, BackgroundMessage, PingResponse, TabMessage } from '../compose/messages';
import { hintKey } from '../model/hint-key';
import type { Role } from '../model/types';
import { loadSettings, setRoleFor, setRuleEnabled, watchSettings } from '../settings/settings';
import type { CoachActions } from './CoachView';
import { selectedView, type PanelStore } from './store';
import { deletePromise, listPromises, markKept, reopen, reschedule, snooze, watchPromises } from '../promises/store';
import type { PromiseActions } from './PromisesView';

/** What the panel needs from the browser, injected so tests can stand in for it. */
export interface PanelEnv {
  /** `sidepanel.html?tab=<id>` pins the panel to one tab (tests, links); else it follows the active tab. */
  pinnedTab?: number;
  activeTab(): Promise<{ id?: number; url?: string } | undefined>;
  onActiveTabChange(cb: () => void): () => void;
  tabUrl(tabId: number): Promise<string | undefined>;
  sendToTab(tabId: number, message: TabMessage): Promise<unknown>;
  sendToBackground(message: BackgroundMessage): Promise<unknown>;
  reloadTab(tabId: number): Promise<void>;
}

const MAIL_URL = /^https:\/\/(?:mail\.google\.com|outlook\.office\.com|outlook\.office365\.com|outlook\.live\.com)\//;

const composesKey = (tabId: number) => `session:composes:${tabId}` as const;

/**
 * Connects the panel's store to the browser: which tab it shows, that tab's
 * composes (from session storage, so the panel survives the background
 * restarting and the tab reloading), the settings, and badge clicks.
 */
export function startPanel(store: PanelStore, env: PanelEnv): () => void {
  const stops: (() => void)[] = [];
  let stopTab: (() => void) | undefined;
  let generation = 0;

  const showTab = async () => {
    const gen = ++generation;
    stopTab?.();
    let tabId = env.pinnedTab;
    let url: string | undefined;
    if (tabId === undefined) {
      const tab = await env.activeTab();
      tabId = tab?.id;
      url = tab?.url;
    } else url = await env.tabUrl(tabId).catch(() => undefined);
    if (gen !== generation) return;
    if (tabId === undefined) return store.getState().setTab(undefined, 'unsupported');
    const id = tabId;
    const isMail = !!url && MAIL_URL.test(url);
    let ping: PingResponse | undefined;
    // A mail tab that is still loading answers a moment later: ask a few times before saying "reload".
    for (let attempt = 0; attempt < (isMail ? 5 : 1) && !ping; attempt++) {
      if (attempt) await new Promise((r) => setTimeout(r, 400));
      if (gen !== generation) return;
      ping = (await env.sendToTab(id, { type: 'trust-coach/ping' }).catch(() => undefined)) as PingResponse | undefined;
    }
    if (gen !== generation) return;
    if (ping) store.getState().setTab(id, 'ready', ping.site);
    else store.getState().setTab(id, isMail ? 'reload' : 'unsupported');
    const apply = (stored: unknown) => {
      // What the background stored, checked: a damaged value shows as no composes rather than breaking the panel.
      const views = readComposeViews(stored);
      if (gen === generation) store.getState().setComposes(views);
      // Composes appearing means the content script is there (the tab was reloaded).
      if (views.length && store.getState().status !== 'ready') store.getState().setTab(id, 'ready', views[0]!.site);
    };
    apply(await storage.getItem<unknown>(composesKey(id)));
    const unwatch = storage.watch<unknown>(composesKey(id), apply);
    stopTab = unwatch;
  };

  void loadSettings().then((s) => store.getState().setSettings(s));
  void listPromises().then((list) => store.getState().setPromises(list));
  stops.push(watchPromises((list) => store.getState().setPromises(list)));
  stops.push(watchSettings((s) => store.getState().setSettings(s)));
  stops.push(
    storage.watch<PanelFocus>(FOCUS_KEY, (focus) => {
      if (!focus) return;
      const s = store.getState();
      if (focus.tabId === s.tabId) s.select(focus.composeId);
    }),
  );
  if (env.pinnedTab === undefined) stops.push(env.onActiveTabChange(() => void showTab()));
  void showTab().then(async () => {
    // Opened by a badge click: show the compose that asked.
    const focus = await storage.getItem<PanelFocus>(FOCUS_KEY);
    const s = store.getState();
    if (focus && focus.tabId === s.tabId && Date.now() - focus.at < 10_000) s.select(focus.composeId);
  });
  return () => {
    generation++;
    stopTab?.();
    for (const stop of stops) stop();
  };
}

/** The panel's actions on the compose it shows. */
export function panelActions(store: PanelStore, env: PanelEnv): CoachActions & { reload(): void } {
  const current = () => {
    const s = store.getState();
    const view = selectedView(s);
    return view && s.tabId !== undefined ? { view, tabId: s.tabId } : undefined;
  };
  const report = (result: unknown, success?: string) => {
    const r = result as ActionResult | undefined;
    if (r && !r.ok) store.getState().setNotice({ text: r.reason, tone: 'error' });
    else if (!r) store.getState().setNotice({ text: 'The mail tab did not answer. Reload it and try again.', tone: 'error' });
    // A fix's "press Ctrl+Z to undo" holds until the draft is edited again (the undo, or more typing).
    else store.getState().setNotice(success ? { text: success, tone: 'info', untilEditAfter: Date.now() } : undefined);
  };
  const fail = () => store.getState().setNotice({ text: 'The mail tab did not answer. Reload it and try again.', tone: 'error' });
  const focusSpan = (start: number, end: number, expected: string) => {
    const c = current();
    if (!c) return;
    env.sendToTab(c.tabId, { type: 'trust-coach/focus', composeId: c.view.composeId, start, end, expected }).then((r) => report(r), fail);
  };
  return {
    focus(index) {
      const c = current();
      const h = c?.view.report.hints[index];
      if (!c || !h) return;
      focusSpan(h.start, h.end, c.view.excerpts[index] ?? '');
    },
    focusSpan,
    apply(index) {
      const c = current();
      const h = c?.view.report.hints[index];
      if (!c || !h || h.replacement === undefined) return;
      env
        .sendToTab(c.tabId, { type: 'trust-coach/apply', composeId: c.view.composeId, start: h.start, end: h.end, expected: c.view.excerpts[index] ?? '', replacement: h.replacement })
        .then((r) => report(r, 'Applied. Press Ctrl+Z (⌘Z on a Mac) in the email to undo.'), fail);
    },
    dismiss(index) {
      const c = current();
      const h = c?.view.report.hints[index];
      if (!c || !h) return;
      void env.sendToBackground({ type: 'trust-coach/dismiss', tabId: c.tabId, composeId: c.view.composeId, key: c.view.keys[index] ?? hintKey(h.rule, c.view.excerpts[index] ?? '') }).catch(fail);
    },
    restore() {
      const c = current();
      if (c) void env.sendToBackground({ type: 'trust-coach/restore', tabId: c.tabId, composeId: c.view.composeId }).catch(fail);
    },
    turnOff(rule) {
      void setRuleEnabled(rule, false).then(() =>
        store.getState().setNotice({ text: 'Rule turned off.', tone: 'info', settings: { section: 'rules', label: 'Turn it back on in Settings' } }),
      );
    },
    setRole(role: Role | undefined) {
      store.getState().setNotice(undefined);
      const c = current();
      const site = c?.view.site ?? store.getState().site;
      if (site) void setRoleFor(site, c?.view.account?.key, role);
    },
    reload() {
      const tabId = store.getState().tabId;
      if (tabId !== undefined) void env.reloadTab(tabId);
    },
  };
}

/** The promises view's actions: straight to the promises store (the background re-plans reminders on change). */
export function promiseActions(store: PanelStore, timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone): PromiseActions {
  const fail = () => store.getState().setNotice({ text: 'That change could not be saved. Please try again.', tone: 'error' });
  return {
    markKept: (id) => void markKept(id, new Date()).catch(fail),
    reopen: (id) => void reopen(id).catch(fail),
    snooze: (id, until) => void snooze(id, until).catch(fail),
    reschedule: (id, due) => void reschedule(id, due, timeZone).catch(fail),
    remove: (id) => void deletePromise(id).catch(fail),
  };
}
