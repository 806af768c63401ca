import { Coach } from '../src/background/coach';
import { isBackgroundMessage, type TabMessage } from '../src/compose/messages';
import { loadSettings, watchSettings, type Settings } from '../src/settings/settings';
import { openSidePanel, setUpToolbarButton } from '../src/background/side-panel';

// Thin entry: the model runs here, off the mail tab's main thread (see README, "Where the model runs").
export default defineBackground(() => {
  let settings: Promise<Settings> = loadSettings();
  const coach = new Coach({
    settings: () => settings,
    sendToTab: (tabId, message: TabMessage) => browser.tabs.sendMessage(tabId, message),
    openPanel: openSidePanel,
  });
  watchSettings((s) => {
    settings = Promise.resolve(s);
    void coach.refreshAll();
  });
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isBackgroundMessage(message)) return undefined;
    return coach.handle(message, sender.tab?.id ?? -1);
  });
  browser.tabs.onRemoved.addListener((tabId) => void coach.tabClosed(tabId));
  setUpToolbarButton();
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html' as never) });
  });
});
