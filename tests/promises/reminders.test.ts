import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BADGE_COLOR, Reminders, TICK_ALARM } from '../../src/promises/reminders';
import { addPromises, listPromises, markKept, savePromiseSettings, snooze } from '../../src/promises/store';
import { makePromise } from './helpers';

const ICON = fakeBrowser.runtime.getURL('/icon/128.png');
const MONDAY = new Date('2026-11-23T09:00:00Z'); // 10:00 in Berlin

function reminders(now: Date = MONDAY): Reminders {
  return new Reminders({ browser: fakeBrowser, iconUrl: ICON, clock: () => now, locale: 'en-GB', timeZone: 'Europe/Berlin' });
}

async function alarms(): Promise<Record<string, string>> {
  const all = await fakeBrowser.alarms.getAll();
  return Object.fromEntries(all.map((a) => [a.name, new Date(a.scheduledTime).toISOString()]));
}

const timed = makePromise({ id: 'timed' }); // due Thu 26 Nov 15:00 Berlin (14:00Z)
const dateOnly = makePromise({ id: 'dated', text: 'We will review the contract by Friday', dueText: 'Friday', due: '2026-11-27', dateOnly: true, owner: 'we', link: undefined });
const undated = makePromise({ id: 'undated', text: "I'll look into it", due: undefined, dueText: undefined });
const kept = makePromise({ id: 'kept', status: 'kept', keptAt: '2026-11-22T10:00:00.000Z' });
const overdue = makePromise({ id: 'late', text: "I'll send the deck by Friday", dueText: 'Friday', due: '2026-11-20', dateOnly: true });

describe('Reminders.sync', () => {
  beforeEach(() => fakeBrowser.reset());

  it('creates one alarm per open promise with a reminder ahead, and a tick when the next one falls due', async () => {
    await addPromises([timed, dateOnly, undated, kept, overdue]);
    const result = await reminders().sync(MONDAY);
    expect(await alarms()).toEqual({
      'promise:timed': '2026-11-26T13:00:00.000Z',
      'promise:dated': '2026-11-27T08:00:00.000Z',
      [TICK_ALARM]: '2026-11-26T14:00:00.000Z',
    });
    expect(result.overdue).toBe(1);
  });

  it('shows the overdue count on a red badge, and nothing when none is overdue', async () => {
    await addPromises([timed, overdue, makePromise({ id: 'late2', due: '2026-11-22T12:00:00+01:00' })]);
    await reminders().sync(MONDAY);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([0xb3, 0x26, 0x1e, 255]);
    await markKept('late', MONDAY);
    await markKept('late2', MONDAY);
    await reminders().sync(MONDAY);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(BADGE_COLOR).toBe('#B3261E');
  });

  it('removes alarms of promises that are gone or kept, and leaves other alarms alone', async () => {
    await addPromises([timed, dateOnly]);
    await reminders().sync(MONDAY);
    fakeBrowser.alarms.create('promise:deleted-long-ago', { when: Date.parse('2026-11-30T10:00:00Z') });
    fakeBrowser.alarms.create('someone-else', { when: Date.parse('2026-11-30T10:00:00Z') });
    await markKept('timed', MONDAY);
    await reminders().sync(MONDAY);
    expect(await alarms()).toEqual({
      'promise:dated': '2026-11-27T08:00:00.000Z',
      [TICK_ALARM]: '2026-11-27T23:00:00.000Z',
      'someone-else': '2026-11-30T10:00:00.000Z',
    });
  });

  it('moves an alarm when the promise is snoozed', async () => {
    await addPromises([timed]);
    await reminders().sync(MONDAY);
    await snooze('timed', new Date('2026-11-24T07:30:00Z'));
    await reminders().sync(MONDAY);
    expect((await alarms())['promise:timed']).toBe('2026-11-24T07:30:00.000Z');
  });

  it('rebuilds the same alarms from storage after a browser restart', async () => {
    await addPromises([timed, dateOnly, undated]);
    await reminders().sync(MONDAY);
    const before = await alarms();
    // Restart: the browser drops every alarm; the background starts afresh.
    await fakeBrowser.alarms.clearAll();
    expect(await alarms()).toEqual({});
    await reminders(new Date('2026-11-24T07:00:00Z')).onStartup();
    expect(await alarms()).toEqual(before);
    await fakeBrowser.alarms.clearAll();
    await reminders().onInstalled();
    expect(await alarms()).toEqual(before);
  });

  it('follows changes to promises and settings once watching', async () => {
    const r = reminders();
    const stop = r.watch();
    await addPromises([timed]);
    await vi.waitFor(async () => expect((await alarms())['promise:timed']).toBe('2026-11-26T13:00:00.000Z'));
    await savePromiseSettings({ leadMinutes: 15 });
    await vi.waitFor(async () => expect((await alarms())['promise:timed']).toBe('2026-11-26T13:45:00.000Z'));
    stop();
    await savePromiseSettings({ leadMinutes: 120 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await alarms())['promise:timed']).toBe('2026-11-26T13:45:00.000Z');
  });
});

describe('Reminders.onAlarm', () => {
  beforeEach(() => fakeBrowser.reset());

  it('shows the reminder, remembers it was shown and does not set it again', async () => {
    await addPromises([timed]);
    const r = reminders();
    await r.sync(MONDAY);
    const fireAt = new Date('2026-11-26T13:00:00Z');
    expect(await r.onAlarm({ name: 'promise:timed' }, fireAt)).toBe(true);
    expect(await fakeBrowser.notifications.getAll()).toEqual({
      'promise:timed': {
        type: 'basic',
        iconUrl: ICON,
        title: 'Due today 15:00: send the revised pricing',
        message: 'You promised this to Anna Meyer in “Pricing”. Click to open the conversation.',
      },
    });
    expect((await listPromises())[0]?.notifiedAt).toBe('2026-11-26T13:00:00.000Z');
    expect(await alarms()).toEqual({ [TICK_ALARM]: '2026-11-26T14:00:00.000Z' });
    // The same alarm again (e.g. fired twice) shows nothing more.
    await fakeBrowser.notifications.clear('promise:timed');
    expect(await r.onAlarm({ name: 'promise:timed' }, new Date('2026-11-26T13:00:30Z'))).toBe(false);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('says "Due today" for a date-only promise', async () => {
    await addPromises([dateOnly]);
    expect(await reminders().onAlarm({ name: 'promise:dated' }, new Date('2026-11-27T08:00:00Z'))).toBe(true);
    const shown = (await fakeBrowser.notifications.getAll()) as Record<string, { title: string; message: string }>;
    expect(shown['promise:dated']).toMatchObject({ title: 'Due today: review the contract', message: 'You promised this to Anna Meyer in “Pricing”.' });
  });

  it('shows nothing for a promise kept, deleted or snoozed to later since the alarm was set', async () => {
    await addPromises([timed, dateOnly]);
    const r = reminders();
    await markKept('timed', MONDAY);
    expect(await r.onAlarm({ name: 'promise:timed' }, new Date('2026-11-26T13:00:00Z'))).toBe(false);
    await snooze('dated', new Date('2026-11-27T12:00:00Z'));
    expect(await r.onAlarm({ name: 'promise:dated' }, new Date('2026-11-27T08:00:00Z'))).toBe(false);
    expect(await r.onAlarm({ name: 'promise:nope' }, MONDAY)).toBe(false);
    expect(await r.onAlarm({ name: 'not-ours' }, MONDAY)).toBe(false);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('an alarm the browser fires after the due time (it was asleep) says it was due, once', async () => {
    await addPromises([timed]);
    const r = reminders();
    const wake = new Date('2026-11-26T16:00:00Z');
    expect(await r.onAlarm({ name: 'promise:timed' }, wake)).toBe(true);
    const shown = (await fakeBrowser.notifications.getAll()) as Record<string, { title: string }>;
    expect(shown['promise:timed']?.title).toBe('Was due today 15:00: send the revised pricing');
    await fakeBrowser.notifications.clear('promise:timed');
    expect(await r.onAlarm({ name: 'promise:timed' }, wake)).toBe(false);
  });

  it('the tick refreshes the badge when a promise falls due', async () => {
    await addPromises([timed]);
    const r = reminders();
    await r.sync(MONDAY);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    await r.onAlarm({ name: TICK_ALARM }, new Date('2026-11-26T14:00:00Z'));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await alarms()).toEqual({});
  });
});

describe('Reminders.onNotificationClicked', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('opens the conversation in a new tab', async () => {
    await addPromises([timed]);
    const r = reminders();
    await r.onAlarm({ name: 'promise:timed' }, new Date('2026-11-26T13:00:00Z'));
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await r.onNotificationClicked('promise:timed')).toBe(true);
    expect(create).toHaveBeenCalledWith({ url: timed.link });
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('does nothing without a safe link, for unknown promises and for other notifications', async () => {
    await addPromises([dateOnly]);
    await fakeBrowser.storage.local.set({
      promises: [...((await fakeBrowser.storage.local.get('promises')).promises as unknown[]), { ...timed, id: 'evil', link: 'javascript:alert(1)' }],
    });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const r = reminders();
    expect(await r.onNotificationClicked('promise:dated')).toBe(false);
    expect(await r.onNotificationClicked('promise:evil')).toBe(false);
    expect(await r.onNotificationClicked('promise:missing')).toBe(false);
    expect(await r.onNotificationClicked('timed')).toBe(false);
    expect(create).not.toHaveBeenCalled();
  });
});
