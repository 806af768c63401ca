import type { PanelEnv } from './controller';

/** The panel's PanelEnv over the real extension APIs. */
export function browserPanelEnv(tabParam: string | null): PanelEnv {
  const pinned = tabParam && /^\d+$/.test(tabParam) ? Number(tabParam) : undefined;
  return {
    pinnedTab: pinned,
    async activeTab() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab ? { id: tab.id, url: tab.url } : undefined;
    },
    onActiveTabChange(cb) {
      const onActivated = () => cb();
      const onUpdated = (_id: number, info: { status?: string; url?: string }) => {
        if (info.status === 'complete' || info.url) cb();
      };
      browser.tabs.onActivated.addListener(onActivated);
      browser.tabs.onUpdated.addListener(onUpdated);
      return () => {
        browser.tabs.onActivated.removeListener(onActivated);
        browser.tabs.onUpdated.removeListener(onUpdated);
      };
    },
    async tabUrl(tabId) {
      return (await browser.tabs.get(tabId)).url;
    },
    sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message),
    sendToBackground: (message) => browser.runtime.sendMessage(message),
    reloadTab: (tabId) => browser.tabs.reload(tabId),
  };
}
