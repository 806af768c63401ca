/**
 * Reminders for open promises, through the browser's `alarms` and
 * `notifications`, and the toolbar badge counting overdue promises.
 *
 * Alarms are derived state: `sync` rebuilds them from storage every time
 * (on browser start, on install/update, when promises or their settings
 * change, after each alarm), so no reminder is lost when the browser drops
 * its alarms on restart or update. The browser API is injected so tests can
 * pass WXT's fake browser; nothing here touches the network or the page.
 */
import { listPromises, loadPromiseSettings, markNotified, watchPromiseSettings, watchPromises } from './store';
import { safeConversationLink } from './link';
import { notificationFor } from './notify';
import { nextOverdueAt, overdueCount, reminderTime, statusOf } from './schedule';

/** The parts of the extension API the reminders use (satisfied by `browser` and by WXT's fakeBrowser). */
export interface RemindersBrowser {
  alarms: {
    create(name: string, info: { when: number }): void | Promise<void>;
    clear(name: string): Promise<boolean>;
    getAll(): Promise<readonly { name: string; scheduledTime: number }[]>;
  };
  notifications: {
    create(id: string, options: { type: 'basic'; iconUrl: string; title: string; message: string }): Promise<string>;
    clear(id: string): Promise<boolean>;
  };
  action: {
    setBadgeText(details: { text: string }): void | Promise<void>;
    setBadgeBackgroundColor(details: { color: string }): void | Promise<void>;
  };
  tabs: {
    create(props: { url: string }): Promise<unknown>;
  };
}

export interface RemindersOptions {
  browser: RemindersBrowser;
  /** The notification icon: `browser.runtime.getURL('/icon/128.png')`. */
  iconUrl: string;
  /** Defaults to the real clock; tests pass a fixed one. */
  clock?: () => Date;
  /** The user's locale for times in notifications; the browser's when undefined. */
  locale?: string;
  /** The user's current zone; the runtime's when undefined. */
  timeZone?: string;
}

export const ALARM_PREFIX = 'promise:';
export const TICK_ALARM = 'promise-tick';
/** Material red, readable with the badge's white text (contrast 5.6:1). */
export const BADGE_COLOR = '#B3261E';

/** A promise's alarm and notification id. */
export const alarmName = (id: string) => `${ALARM_PREFIX}${id}`;

const ours = (name: string) => name.startsWith(ALARM_PREFIX) || name === TICK_ALARM;

/** How late an alarm may fire and still count as "the reminder is now" (the browser delays alarms up to a minute). */
const ON_TIME_SLACK_MS = 90_000;

export interface SyncResult {
  /** The alarms that are now set, by name, with their time (ms since epoch). */
  alarms: Record<string, number>;
  overdue: number;
}

export class Reminders {
  private readonly api: RemindersBrowser;
  private readonly clock: () => Date;
  private readonly zone: string;
  private running: Promise<unknown> = Promise.resolve();

  constructor(private readonly opts: RemindersOptions) {
    this.api = opts.browser;
    this.clock = opts.clock ?? (() => new Date());
    this.zone = opts.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  }

  /** One sync or alarm at a time, so two overlapping syncs cannot leave a stale alarm behind. */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const next = this.running.then(task, task);
    this.running = next.catch(() => undefined);
    return next;
  }

  /**
   * Makes the alarms match storage: one `promise:<id>` per open promise with
   * a reminder ahead, one `promise-tick` at the next moment a promise becomes
   * overdue (to refresh the badge then), none else of ours; then sets the
   * badge to the overdue count ('' when none) on red.
   */
  sync(now: Date = this.clock()): Promise<SyncResult> {
    return this.exclusive(() => this.syncNow(now));
  }

  private async syncNow(now: Date): Promise<SyncResult> {
    const [list, settings] = await Promise.all([listPromises(), loadPromiseSettings()]);
    const wanted = new Map<string, number>();
    for (const p of list) {
      const at = reminderTime(p, settings, now);
      if (at && at.getTime() > now.getTime()) wanted.set(alarmName(p.id), at.getTime());
    }
    const tick = nextOverdueAt(list, now);
    if (tick) wanted.set(TICK_ALARM, tick.getTime());

    // A copy: some implementations return their live list.
    const existing = [...(await this.api.alarms.getAll())].filter((a) => ours(a.name));
    for (const a of existing) {
      if (wanted.get(a.name) !== a.scheduledTime) await this.api.alarms.clear(a.name);
    }
    for (const [name, when] of wanted) {
      if (!existing.some((a) => a.name === name && a.scheduledTime === when)) await this.api.alarms.create(name, { when });
    }

    const overdue = overdueCount(list, now);
    await this.api.action.setBadgeText({ text: overdue === 0 ? '' : overdue > 99 ? '99+' : String(overdue) });
    await this.api.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
    return { alarms: Object.fromEntries(wanted), overdue };
  }

  /**
   * Handles one of our alarms (others are ignored, resolving to false): for
   * `promise:<id>` shows the reminder if it is still wanted (not kept, not
   * moved by a snooze or a new date; an alarm the browser fires late, after
   * the promise fell due, says "Was due …"), records it as shown, then
   * re-syncs; for `promise-tick` re-syncs. Resolves to true when a
   * notification was shown.
   */
  async onAlarm(alarm: { name: string }, now: Date = this.clock()): Promise<boolean> {
    if (!ours(alarm.name)) return false;
    let shown = false;
    if (alarm.name.startsWith(ALARM_PREFIX)) {
      shown = await this.exclusive(() => this.remind(alarm.name.slice(ALARM_PREFIX.length), now));
    }
    await this.sync(now);
    return shown;
  }

  private async remind(id: string, now: Date): Promise<boolean> {
    const [list, settings] = await Promise.all([listPromises(), loadPromiseSettings()]);
    const p = list.find((x) => x.id === id);
    if (!p || p.status !== 'open') return false;
    const at = reminderTime(p, settings, now);
    const onTime = at !== undefined && at.getTime() - now.getTime() <= ON_TIME_SLACK_MS;
    const lateAndMissed = at === undefined && statusOf(p, now) === 'overdue' && !p.notifiedAt && !p.remindAt;
    if (!onTime && !lateAndMissed) return false;
    const { title, message } = notificationFor(p, now, { locale: this.opts.locale, timeZone: this.zone });
    await this.api.notifications.create(alarmName(p.id), { type: 'basic', iconUrl: this.opts.iconUrl, title, message });
    await markNotified(p.id, now);
    return true;
  }

  /**
   * A click on one of our notifications: opens the promise's conversation in
   * a new tab when it has a link (https Gmail/Outlook only; anything else is
   * ignored) and resolves to true; otherwise does nothing and resolves to false.
   */
  async onNotificationClicked(notificationId: string): Promise<boolean> {
    if (!notificationId.startsWith(ALARM_PREFIX)) return false;
    const id = notificationId.slice(ALARM_PREFIX.length);
    const p = (await listPromises()).find((x) => x.id === id);
    const url = safeConversationLink(p?.link);
    if (!url) return false;
    await this.api.tabs.create({ url });
    await this.api.notifications.clear(notificationId);
    return true;
  }

  /** The browser started: its alarms may be gone, so rebuild them. */
  onStartup(): Promise<SyncResult> {
    return this.sync();
  }

  /** Installed or updated (updates clear alarms): rebuild them. */
  onInstalled(): Promise<SyncResult> {
    return this.sync();
  }

  /** Re-syncs whenever promises or their settings change; returns the unsubscribe. */
  watch(): () => void {
    const resync = () => void this.sync().catch(() => undefined);
    const stops = [watchPromises(resync), watchPromiseSettings(resync)];
    return () => stops.forEach((stop) => stop());
  }
}
