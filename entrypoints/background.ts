import { Coach } from '../src/background/coach';
import { isBackgroundMessage, type TabMessage } from '../src/compose/messages';
import { loadSettings, watchSettings, type Settings } from '../src/settings/settings';
import { openSidePanel, setUpToolbarButton } from '../src/background/side-panel';
import { recordSent } from '../src/background/follow-through';
import { listAccounts, watchAccounts } from '../src/accounts/store';
import type { AccountRecord } from '../src/accounts/types';
import { loadPlaybookStateSoon, watchPlaybooks, type PlaybookState } from '../src/playbook/store';

/** How long a draft waits for the administrator's policy before it is coached without it (then again with it). */
const MANAGED_WAIT_MS = 300;
import type { TeamPlaybook } from '../src/background/coach';

/** The playbook in use (the administrator's wins) and the rules locked on, as the coach takes them. */
function teamOf(state: PlaybookState): TeamPlaybook | undefined {
  const active = state.active?.playbook;
  if (!active && state.locked.length === 0) return undefined;
  return { playbook: active, name: active?.name ?? '', locked: state.locked, ...(active?.defaultRole ? { defaultRole: active.defaultRole } : {}) };
}
import { Reminders, type RemindersBrowser } from '../src/promises/reminders';

// Thin entry: the model runs here, off the mail tab's main thread (see README, "Where the model runs").
export default defineBackground(() => {
  // Reminders first and synchronously, so an alarm that woke the background is not missed.
  const api = browser as unknown as RemindersBrowser & { browserAction?: RemindersBrowser['action'] };
  const reminders = new Reminders({
    browser: { alarms: api.alarms, notifications: api.notifications, tabs: api.tabs, action: api.action ?? api.browserAction! },
    iconUrl: browser.runtime.getURL('/icon/128.png'),
  });
  browser.alarms.onAlarm.addListener((alarm) => void reminders.onAlarm(alarm));
  browser.notifications.onClicked.addListener((id) => void reminders.onNotificationClicked(id));
  browser.runtime.onStartup.addListener(() => void reminders.onStartup());
  reminders.watch();

  let settings: Promise<Settings> = loadSettings();
  let accounts: Promise<readonly AccountRecord[]> = listAccounts();
  // The administrator's policy can take seconds to read after a cold start: the first drafts are coached without
  // waiting for it, and again as soon as it is read.
  let teamChanged = false;
  let team: Promise<TeamPlaybook | undefined> = loadPlaybookStateSoon(MANAGED_WAIT_MS, (state) => {
    if (teamChanged) return;
    team = Promise.resolve(teamOf(state));
    void coach.refreshAll();
  }).then(teamOf, () => undefined);
  const coach = new Coach({
    settings: () => settings,
    accounts: () => accounts,
    playbook: () => team,
    sendToTab: (tabId, message: TabMessage) => browser.tabs.sendMessage(tabId, message),
    openPanel: openSidePanel,
    onSent: recordSent,
  });
  // A change in settings or research notes shows at once in every open compose.
  watchSettings((s) => {
    settings = Promise.resolve(s);
    void coach.refreshAll();
  });
  watchAccounts((list) => {
    accounts = Promise.resolve(list);
    void coach.refreshAll();
  });
  watchPlaybooks((state) => {
    teamChanged = true;
    team = Promise.resolve(teamOf(state));
    void coach.refreshAll();
  });
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isBackgroundMessage(message)) return undefined;
    return coach.handle(message, sender.tab?.id ?? -1, sender.tab?.windowId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void coach.tabClosed(tabId));
  setUpToolbarButton();
  browser.runtime.onInstalled.addListener(({ reason }) => {
    // Installed or updated: alarms may be gone, rebuild them from the stored promises.
    void reminders.onInstalled();
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
});
