import { ModelHost } from '../src/background/model-host';
import { isContentMessage } from '../src/compose/messages';

// The trust model runs here, off the mail tab's main thread (see README, "Where the model runs").
export default defineBackground(() => {
  const host = new ModelHost();
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isContentMessage(message)) return undefined;
    const tabId = sender.tab?.id ?? -1;
    switch (message.type) {
      case 'trust-coach/analyze':
        return Promise.resolve(host.analyze(tabId, message));
      case 'trust-coach/closed':
        host.close(tabId, message.composeId);
        return undefined;
      case 'trust-coach/open-panel':
        // The side panel arrives with its own issue; until then the badge's tooltip carries the top hint.
        return undefined;
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => host.closeTab(tabId));
});
