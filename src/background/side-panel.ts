/**
 * Opening the coach beside the page: Chrome's side panel, Firefox's sidebar.
 * Neither API is in webextension-polyfill's types, so they are reached here,
 * behind two functions, and nowhere else.
 */
interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}
interface FirefoxSidebar {
  open(): Promise<void>;
  toggle(): Promise<void>;
}
interface ActionApi {
  onClicked: { addListener(cb: () => void): void };
}

const g = globalThis as unknown as {
  chrome?: { sidePanel?: ChromeSidePanel };
  browser?: { sidebarAction?: FirefoxSidebar; browserAction?: ActionApi; action?: ActionApi };
};

/** Opens the panel for a tab. Call synchronously from the user's click (or its message). */
export function openSidePanel(tabId: number): void {
  const sidePanel = g.chrome?.sidePanel;
  if (sidePanel && tabId >= 0) {
    sidePanel.open({ tabId }).catch(() => undefined);
    return;
  }
  g.browser?.sidebarAction?.open().catch(() => undefined);
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
