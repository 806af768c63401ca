import { ComposeWatcher } from '../src/compose/watcher';
import type { AnalyzeResponse, ApplyFixRequest, ContentMessage } from '../src/compose/messages';
import { adapterFor } from '../src/sites/index';

// Thin entry: pick the site's adapter, start the watcher for this page's lifetime.
export default defineContentScript({
  matches: ['https://mail.google.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'],
  allFrames: false,
  runAt: 'document_idle',
  main(ctx) {
    const adapter = adapterFor(location);
    if (!adapter) return;
    const send = (m: ContentMessage) => browser.runtime.sendMessage(m);
    const watcher = new ComposeWatcher({
      adapter,
      doc: document,
      signal: ctx.signal,
      analyze: (req) => send(req) as Promise<AnalyzeResponse>,
      closed: (composeId) => void send({ type: 'trust-coach/closed', composeId }).catch(() => undefined),
      openPanel: (composeId) => void send({ type: 'trust-coach/open-panel', composeId }).catch(() => undefined),
    });
    watcher.start();
    browser.runtime.onMessage.addListener((m: unknown) => {
      const req = m as Partial<ApplyFixRequest> | undefined;
      if (req?.type !== 'trust-coach/apply' || typeof req.composeId !== 'string') return undefined;
      return Promise.resolve(watcher.apply(req.composeId, req.start ?? 0, req.end ?? 0, req.expected ?? '', req.replacement ?? ''));
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => watcher.locationChanged());
  },
});
