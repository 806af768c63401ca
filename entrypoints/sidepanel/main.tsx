import { createRoot } from 'react-dom/client';
import { Panel } from '../../src/panel/Panel';
import { createPanelStore } from '../../src/panel/store';
import { panelActions, promiseActions, startPanel } from '../../src/panel/controller';
import { browserPanelEnv } from '../../src/panel/browser-env';
import { openSettingsAt } from '../../src/options/open';
import '../../src/panel/panel.css';

// Thin entry: one store, wired to the browser, rendered.
const store = createPanelStore();
const env = browserPanelEnv(new URLSearchParams(location.search).get('tab'));
startPanel(store, env);
createRoot(document.getElementById('root')!).render(
  <Panel
    store={store}
    actions={panelActions(store, env)}
    promiseActions={promiseActions(store)}
    openPractice={() => void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html#practice' as '/welcome.html') })}
    openSettings={(section) => void openSettingsAt(section)}
  />,
);
