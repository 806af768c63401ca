import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { capPromises, normalizePromises, normalizePromiseSettings } from '../../src/promises/normalize';
import {
  addPromises, deletePromise, listPromises, loadPromiseSettings, markKept, markNotified, reopen, reschedule, savePromiseSettings, snooze,
  watchPromises,
} from '../../src/promises/store';
import { DEFAULT_PROMISE_SETTINGS, MAX_PROMISES, MAX_PROMISES_WITH_EMAIL_TEXT, type TrackedPromise } from '../../src/promises/types';
import { makePromise } from './helpers';
import { promiseAction } from '../../src/promises/notify';

describe('promise store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts empty, adds promises and ignores ones already stored', async () => {
    expect(await listPromises()).toEqual([]);
    const a = makePromise({ id: 'a' });
    const b = makePromise({ id: 'b', text: "We'll call you on Friday" });
    expect(await addPromises([a, b])).toEqual([a, b]);
    expect(await addPromises([makePromise({ id: 'a', text: 'changed' }), makePromise({ id: 'c' }), makePromise({ id: 'c' })])).toEqual([
      makePromise({ id: 'c' }),
    ]);
    expect((await listPromises()).map((p) => [p.id, p.text])).toEqual([
      ['a', a.text],
      ['b', b.text],
      ['c', a.text],
    ]);
  });

  it('marks a promise kept and opens it again', async () => {
    await addPromises([makePromise({ id: 'a' })]);
    const kept = await markKept('a', new Date('2026-11-25T10:00:00Z'));
    expect(kept).toMatchObject({ status: 'kept', keptAt: '2026-11-25T10:00:00.000Z' });
    expect((await listPromises())[0]?.status).toBe('kept');
    const open = await reopen('a');
    expect(open?.status).toBe('open');
    expect(open?.keptAt).toBeUndefined();
    expect(await markKept('missing', new Date())).toBeUndefined();
  });

  it('snoozes: sets the reminder and forgets that one was shown', async () => {
    await addPromises([makePromise({ id: 'a' })]);
    await markNotified('a', new Date('2026-11-26T13:00:00Z'));
    expect((await listPromises())[0]?.notifiedAt).toBe('2026-11-26T13:00:00.000Z');
    const p = await snooze('a', new Date('2026-11-26T13:30:00Z'));
    expect(p).toMatchObject({ remindAt: '2026-11-26T13:30:00.000Z' });
    expect(p?.notifiedAt).toBeUndefined();
    await expect(snooze('a', new Date('nope'))).rejects.toThrow(RangeError);
  });

  it('reschedules to a date, a date-time or a local time in the promise’s zone, dropping the snooze; the title still leaves out the old wording', async () => {
    await addPromises([makePromise({ id: 'a', remindAt: '2026-11-26T12:00:00.000Z', notifiedAt: '2026-11-26T12:00:00.000Z' })]);
    const dated = await reschedule('a', '2026-12-04');
    expect(dated).toMatchObject({ due: '2026-12-04', dateOnly: true, timeZone: 'Europe/Berlin' });
    // The old words stay only so the title ("send the revised pricing") never shows a stale time.
    expect(promiseAction(dated!.text, dated!.dueText)).toBe('send the revised pricing');
    expect(dated?.remindAt).toBeUndefined();
    expect(dated?.notifiedAt).toBeUndefined();
    expect(await reschedule('a', '2026-12-04T11:00:00Z')).toMatchObject({ due: '2026-12-04T11:00:00Z', dateOnly: false });
    // A datetime-local value, read in Berlin: summer time in July.
    expect((await reschedule('a', '2026-07-01T16:30'))?.due).toBe('2026-07-01T16:30:00+02:00');
    // ... or in the zone the writer is in now, which becomes the promise's zone.
    expect(await reschedule('a', '2026-07-01T16:30', 'America/New_York')).toMatchObject({ due: '2026-07-01T16:30:00-04:00', timeZone: 'America/New_York' });
    await expect(reschedule('a', 'next Tuesday')).rejects.toThrow(RangeError);
    await expect(reschedule('a', '2026-02-30')).rejects.toThrow(RangeError);
    await expect(reschedule('a', '2026-12-04', 'Mars/Olympus')).rejects.toThrow(RangeError);
    expect((await listPromises())[0]?.due).toBe('2026-07-01T16:30:00-04:00');
    expect(await reschedule('missing', '2026-12-04')).toBeUndefined();
  });

  it('deletes a promise', async () => {
    await addPromises([makePromise({ id: 'a' }), makePromise({ id: 'b' })]);
    expect(await deletePromise('a')).toBe(true);
    expect(await deletePromise('a')).toBe(false);
    expect((await listPromises()).map((p) => p.id)).toEqual(['b']);
  });

  it('serializes writes: quick actions started together all land', async () => {
    await addPromises([makePromise({ id: 'a' }), makePromise({ id: 'b' }), makePromise({ id: 'c' })]);
    await Promise.all([
      markKept('a', new Date('2026-11-25T10:00:00Z')),
      deletePromise('b'),
      snooze('c', new Date('2026-11-26T08:00:00Z')),
      addPromises([makePromise({ id: 'd' })]),
      addPromises([makePromise({ id: 'e' })]),
    ]);
    const list = await listPromises();
    expect(list.map((p) => p.id)).toEqual(['a', 'c', 'd', 'e']);
    expect(list[0]?.status).toBe('kept');
    expect(list[1]?.remindAt).toBe('2026-11-26T08:00:00.000Z');
  });

  it('a failed write does not block the ones after it', async () => {
    await addPromises([makePromise({ id: 'a' })]);
    const results = await Promise.allSettled([reschedule('a', 'garbage'), markKept('a', new Date('2026-11-25T10:00:00Z'))]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled']);
    expect((await listPromises())[0]?.status).toBe('kept');
  });

  it('keeps what is valid in a damaged stored value and drops the rest', async () => {
    const good = makePromise({ id: 'good' });
    await fakeBrowser.storage.local.set({
      promises: [
        good,
        'junk',
        null,
        { ...good, id: 'no text', text: '   ' },
        { ...good, id: 'bad site', site: 'yahoo' },
        { ...good, id: 'no-date', sentAt: 'yesterday' },
        { ...good, id: 'good' },
        {
          ...good,
          id: 'fixable',
          due: 'Thursday',
          dateOnly: true,
          owner: 'you',
          to: ['Anna', 42, '', 'anna'],
          link: 'javascript:alert(1)',
          timeZone: 'Nowhere/Else',
          status: 'kept',
          keptAt: 'soon',
          remindAt: 7,
        },
      ],
    });
    const list = await listPromises();
    expect(list.map((p) => p.id)).toEqual(['good', 'fixable']);
    expect(list[0]).toEqual(good);
    expect(list[1]).toMatchObject({ dateOnly: false, owner: 'me', to: ['Anna'], timeZone: 'UTC', status: 'kept', keptAt: good.sentAt });
    for (const key of ['due', 'link', 'remindAt'] as const) expect(list[1]?.[key]).toBeUndefined();
    await fakeBrowser.storage.local.set({ promises: { not: 'a list' } });
    expect(await listPromises()).toEqual([]);
    expect(normalizePromises(undefined)).toEqual([]);
  });

  it('caps the list, dropping the oldest kept promises first, then the oldest open ones', () => {
    const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString();
    const list: TrackedPromise[] = [];
    for (let i = 0; i < MAX_PROMISES - 2; i++) list.push(makePromise({ id: `open${i}`, sentAt: day(i % 300) }));
    list.push(makePromise({ id: 'kept-new', status: 'kept', keptAt: day(200), sentAt: day(1) }));
    list.push(makePromise({ id: 'kept-old', status: 'kept', keptAt: day(100), sentAt: day(2) }));
    list.push(makePromise({ id: 'extra1', sentAt: day(400) }));
    list.push(makePromise({ id: 'extra2', sentAt: day(401) }));
    const capped = capPromises(list);
    expect(capped).toHaveLength(MAX_PROMISES);
    const ids = new Set(capped.map((p) => p.id));
    expect(ids.has('kept-old')).toBe(false);
    expect(ids.has('kept-new')).toBe(false);
    expect(ids.has('extra1') && ids.has('extra2')).toBe(true);
    const three = capPromises([...list, makePromise({ id: 'extra3', sentAt: day(402) })]);
    expect(three.some((p) => p.id === 'open0')).toBe(false); // oldest open (day 0) goes next
  });

  it('keeps email text only on the most recently sent promises', () => {
    const list = Array.from({ length: MAX_PROMISES_WITH_EMAIL_TEXT + 2 }, (_, i) =>
      makePromise({ id: `p${i}`, emailText: 'Hi Anna', sentAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString() }),
    );
    const capped = capPromises(list);
    expect(capped.filter((p) => p.emailText).length).toBe(MAX_PROMISES_WITH_EMAIL_TEXT);
    expect(capped[0]?.emailText).toBeUndefined();
    expect(capped[1]?.emailText).toBeUndefined();
    expect(capped.at(-1)?.emailText).toBe('Hi Anna');
  });

  it('tells watchers about changes', async () => {
    const seen: TrackedPromise[][] = [];
    const stop = watchPromises((list) => seen.push(list));
    await addPromises([makePromise({ id: 'a' })]);
    stop();
    expect(seen.at(-1)?.map((p) => p.id)).toEqual(['a']);
  });
});

describe('promise settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults to a one-hour lead, a 09:00 working day and no email text kept', async () => {
    expect(await loadPromiseSettings()).toEqual({ leadMinutes: 60, workdayStart: '09:00', keepEmailText: false });
    expect(DEFAULT_PROMISE_SETTINGS.keepEmailText).toBe(false);
  });

  it('saves a change and keeps the rest', async () => {
    expect(await savePromiseSettings({ leadMinutes: 30 })).toEqual({ leadMinutes: 30, workdayStart: '09:00', keepEmailText: false });
    expect(await savePromiseSettings({ keepEmailText: true })).toEqual({ leadMinutes: 30, workdayStart: '09:00', keepEmailText: true });
    expect(await loadPromiseSettings()).toEqual({ leadMinutes: 30, workdayStart: '09:00', keepEmailText: true });
  });

  it('normalizes damaged settings', async () => {
    await fakeBrowser.storage.local.set({ promiseSettings: { leadMinutes: -5, workdayStart: '9am', keepEmailText: 'yes' } });
    expect(await loadPromiseSettings()).toEqual({ leadMinutes: 0, workdayStart: '09:00', keepEmailText: false });
    expect(normalizePromiseSettings({ leadMinutes: 1e9, workdayStart: '24:00' })).toEqual({ leadMinutes: 7 * 24 * 60, workdayStart: '09:00', keepEmailText: false });
    expect(normalizePromiseSettings({ leadMinutes: Number.NaN, workdayStart: '07:45' })).toEqual({ leadMinutes: 60, workdayStart: '07:45', keepEmailText: false });
    expect(normalizePromiseSettings('junk')).toEqual(DEFAULT_PROMISE_SETTINGS);
  });
});
