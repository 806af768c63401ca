/**
 * The promises and their settings, kept on this device only
 * (`storage.local`, keys `promises` and `promiseSettings`). Versioned like
 * the coach's settings: a later shape adds a migration and bumps the
 * version, and whatever is read is normalized, so a damaged value never
 * breaks the Promises view or the reminders.
 *
 * Every write is a read-modify-write run one at a time, so two quick actions
 * (mark kept, then delete) never lose one another. Within one page or the
 * background that is a queue; across them (panel and background both write)
 * the Web Locks API serializes too, where the browser has it
 * (src/storage/serialize.ts). A stored entry this version cannot read is set
 * aside on the next write, never deleted (src/storage/unreadable.ts).
 */
import { defineLazyItem } from '../storage/lazy-item';
import { serialized } from '../storage/serialize';
import { writeSettingAside } from '../storage/unreadable';
import { isValidTimeZone } from '../model/time';
import { parseDueInput, isDateOnly } from './due';
import { capPromises, normalizePromise, normalizePromiseSettings, normalizePromises } from './normalize';
import { DEFAULT_PROMISE_SETTINGS, type PromiseSettings, type TrackedPromise } from './types';

export const PROMISES_VERSION = 1;
export const PROMISE_SETTINGS_VERSION = 1;

export const promisesItem = defineLazyItem<TrackedPromise[]>('local:promises', {
  fallback: [],
  version: PROMISES_VERSION,
  migrations: {},
});

export const promiseSettingsItem = defineLazyItem<PromiseSettings>('local:promiseSettings', {
  fallback: DEFAULT_PROMISE_SETTINGS,
  version: PROMISE_SETTINGS_VERSION,
  migrations: {},
});

/** The stored entries this version cannot read: a value that is not a list, or items normalizePromise refuses. Pure. */
export function unreadablePromises(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return [value];
  return value.filter((item) => normalizePromise(item) === undefined);
}

/** The stored entries this version cannot read, for the options page. */
export async function pendingUnreadablePromises(): Promise<unknown[]> {
  return unreadablePromises(await promisesItem.getValue());
}

export async function listPromises(): Promise<TrackedPromise[]> {
  return normalizePromises(await promisesItem.getValue());
}

/**
 * Read-modify-write of the list, one at a time; `change` returns the new
 * list and a result for the caller. Nothing is written when the list is
 * returned unchanged (same array).
 */
function updatePromises<R>(change: (list: TrackedPromise[]) => { list: TrackedPromise[]; result: R }): Promise<R> {
  return serialized('promises', async () => {
    const raw = await promisesItem.getValue();
    const current = normalizePromises(raw);
    const { list, result } = change(current);
    if (list !== current) await writeSettingAside(promisesItem, normalizePromises(list), 'promises', unreadablePromises(raw));
    return result;
  });
}

/** Changes one promise by id; resolves to the updated promise, or undefined when there is none. */
function updateOne(id: string, change: (p: TrackedPromise) => TrackedPromise): Promise<TrackedPromise | undefined> {
  return updatePromises((list) => {
    const i = list.findIndex((p) => p.id === id);
    const old = list[i];
    if (!old) return { list, result: undefined };
    const next = normalizePromise(change(old)) ?? old;
    return { list: list.map((p, j) => (j === i ? next : p)), result: next };
  });
}

/** Adds promises not stored yet (by id); resolves to the ones newly added. */
export function addPromises(incoming: readonly TrackedPromise[]): Promise<TrackedPromise[]> {
  return updatePromises((list) => {
    const ids = new Set(list.map((p) => p.id));
    const added: TrackedPromise[] = [];
    for (const item of incoming) {
      const p = normalizePromise(item);
      if (p && !ids.has(p.id)) {
        ids.add(p.id);
        added.push(p);
      }
    }
    if (!added.length) return { list, result: [] };
    const next = capPromises([...list, ...added]);
    const survived = new Set(next.map((p) => p.id));
    return { list: next, result: added.filter((p) => survived.has(p.id)) };
  });
}

export const markKept = (id: string, at: Date) =>
  updateOne(id, (p) => ({ ...p, status: 'kept', keptAt: at.toISOString() }));

/** Back to open (e.g. "mark kept" was a slip); its reminder comes back if it is still ahead. */
export const reopen = (id: string) =>
  updateOne(id, ({ keptAt: _keptAt, ...p }) => ({ ...p, status: 'open' }));

/** Remind again at `until` (wins over the computed reminder). */
export const snooze = (id: string, until: Date) => {
  if (Number.isNaN(until.getTime())) return Promise.reject(new RangeError('snooze: invalid date'));
  return updateOne(id, ({ notifiedAt: _shown, ...p }) => ({ ...p, remindAt: until.toISOString() }));
};

/**
 * A new due date or time: 'YYYY-MM-DD', an ISO date-time with offset, or a
 * local 'YYYY-MM-DDTHH:MM' (a datetime-local input), read in `timeZone`
 * (default: the promise's own zone). If `timeZone` is given it becomes the
 * promise's zone. Any snooze no longer applies and is dropped, so the
 * reminder follows the new date; the old wording ("by Thursday") is kept
 * only so the promise's title can leave it out. Rejects with
 * a RangeError when `due` is none of these or `timeZone` is unknown; resolves
 * to undefined when there is no such promise.
 */
export function reschedule(id: string, due: string, timeZone?: string): Promise<TrackedPromise | undefined> {
  if (timeZone !== undefined && !isValidTimeZone(timeZone)) return Promise.reject(new RangeError(`reschedule: unknown time zone: ${timeZone}`));
  return updateOne(id, ({ remindAt: _snooze, notifiedAt: _shown, ...p }) => {
    const zone = timeZone ?? p.timeZone;
    const value = parseDueInput(due, zone);
    if (value === undefined) throw new RangeError(`reschedule: not a date or date-time: ${due}`);
    return { ...p, due: value, dateOnly: isDateOnly(value), timeZone: zone };
  });
}

/** Records that a reminder was shown, so a re-sync does not show it again. */
export const markNotified = (id: string, at: Date) => updateOne(id, (p) => ({ ...p, notifiedAt: at.toISOString() }));

/** Resolves to true when a promise was deleted. */
export function deletePromise(id: string): Promise<boolean> {
  return updatePromises((list) => {
    const next = list.filter((p) => p.id !== id);
    return next.length === list.length ? { list, result: false } : { list: next, result: true };
  });
}

export function watchPromises(cb: (list: TrackedPromise[]) => void): () => void {
  return promisesItem.watch((v) => cb(normalizePromises(v)));
}

export async function loadPromiseSettings(): Promise<PromiseSettings> {
  return normalizePromiseSettings(await promiseSettingsItem.getValue());
}

/** Changes some settings; resolves to the new settings. */
export function savePromiseSettings(patch: Partial<PromiseSettings>): Promise<PromiseSettings> {
  return serialized('promises', async () => {
    const next = normalizePromiseSettings({ ...(await loadPromiseSettings()), ...patch });
    await promiseSettingsItem.setValue(next);
    return next;
  });
}

export function watchPromiseSettings(cb: (s: PromiseSettings) => void): () => void {
  return promiseSettingsItem.watch((v) => cb(normalizePromiseSettings(v)));
}
