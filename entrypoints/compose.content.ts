import { ComposeWatcher } from '../src/compose/watcher';
import { isTabMessage, type AnalyzeResponse, type BackgroundMessage, type PanelOpened, type PingResponse } from '../src/compose/messages';
import { adapterFor } from '../src/sites/index';
import { sentEmailLink } from '../src/promises/link';

// Thin entry: pick the site's adapter, start the watcher for this page's lifetime, answer the panel.
export default defineContentScript({
  matches: ['https://mail.google.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'],
  allFrames: false,
  runAt: 'document_idle',
  main(ctx) {
    const adapter = adapterFor(location);
    if (!adapter) return;
    const send = (m: BackgroundMessage) => browser.runtime.sendMessage(m);
    const watcher = new ComposeWatcher({
      adapter,
      doc: document,
      signal: ctx.signal,
      analyze: (req) => send(req) as Promise<AnalyzeResponse>,
      closed: (composeId) => void send({ type: 'trust-coach/closed', composeId }).catch(() => undefined),
      openPanel: (composeId) =>
        (send({ type: 'trust-coach/open-panel', composeId }) as Promise<PanelOpened>).catch(
          (): PanelOpened => ({ opened: false, message: 'Trust Coach was updated or restarted: reload this page, then click again.' }),
        ),
      sent: (message) => void send(message).catch(() => undefined),
      link: (compose, subject) => sentEmailLink({ href: location.href, inThread: compose.variant.endsWith('inline-reply'), subject }),
    });
    watcher.start();
    const onMessage = (m: unknown) => {
      if (!isTabMessage(m) || ctx.isInvalid) return undefined;
      switch (m.type) {
        case 'trust-coach/apply':
          return Promise.resolve(watcher.apply(m.composeId, m.start, m.end, m.expected, m.replacement));
        case 'trust-coach/focus':
          return Promise.resolve(watcher.focus(m.composeId, m.start, m.end, m.expected));
        case 'trust-coach/refresh':
          watcher.refresh(m.composeId);
          return Promise.resolve({ ok: true });
        case 'trust-coach/ping':
          return Promise.resolve<PingResponse>({ site: watcher.site, composes: watcher.composeIds });
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    ctx.addEventListener(window, 'wxt:locationchange', () => watcher.locationChanged());
  },
});
