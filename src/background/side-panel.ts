/**
 * Opening the coach beside the page: Chrome's side panel, Firefox's sidebar.
 * Neither API is in webextension-polyfill's types, so they are reached here,
 * behind two functions, and nowhere else.
 */
import type { PanelOpened } from '../compose/messages';

interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}
interface FirefoxSidebar {
  open(): Promise<void>;
  toggle(): Promise<void>;
  isOpen(details: { windowId?: number }): Promise<boolean>;
}
interface ActionApi {
  onClicked: { addListener(cb: () => void): void };
}

const g = globalThis as unknown as {
  chrome?: { sidePanel?: ChromeSidePanel };
  browser?: { sidebarAction?: FirefoxSidebar; browserAction?: ActionApi; action?: ActionApi };
};

/**
 * Firefox opens an add-on's sidebar only from the add-on's own button (or a menu or shortcut): a click in the
 * page reaches the add-on through a message, and Firefox no longer counts it as the user's. Nor can the page hold
 * a piece of the add-on that could (an add-on frame in a web page gets no sidebar API in Firefox).
 */
export const PANEL_REFUSED = 'Click the Trust Coach toolbar button to open the coach.';

/**
 * Opens the panel for a tab. Call synchronously from the user's click (or its message): the browser is asked
 * before this returns. In Firefox, when the sidebar is already open the click still counts (the panel shows
 * the clicked compose); when it is not, the answer says what to do instead.
 */
export function openSidePanel(tabId: number, windowId?: number): Promise<PanelOpened> {
  const sidePanel = g.chrome?.sidePanel;
  if (sidePanel && tabId >= 0) return settle(() => sidePanel.open({ tabId }), async () => false);
  const sidebar = g.browser?.sidebarAction;
  if (!sidebar) return Promise.resolve({ opened: false, message: PANEL_REFUSED });
  return settle(() => sidebar.open(), () => sidebar.isOpen(windowId === undefined ? {} : { windowId }));
}

/** Runs `open` now; when it is refused, asks `alreadyOpen` before saying so. */
async function settle(open: () => Promise<void>, alreadyOpen: () => Promise<boolean>): Promise<PanelOpened> {
  let opening: Promise<void>;
  try {
    opening = open();
  } catch (error) {
    opening = Promise.reject(error);
  }
  try {
    await opening;
    return { opened: true };
  } catch (refused) {
    if (await alreadyOpen().catch(() => false)) return { opened: true };
    console.warn('Trust Coach: the browser did not open the panel:', refused);
    return { opened: false, message: PANEL_REFUSED };
  }
}

/** The toolbar icon opens the panel. */
export function setUpToolbarButton(): void {
  const sidePanel = g.chrome?.sidePanel;
  if (sidePanel) {
    sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
    return;
  }
  const sidebar = g.browser?.sidebarAction;
  const action = g.browser?.browserAction ?? g.browser?.action;
  if (sidebar && action) action.onClicked.addListener(() => void sidebar.toggle());
}
