/**
 * When a promise is due, when to remind the writer, and where it stands.
 * Pure functions of the promise, the settings and "now" (never the clock),
 * so the reminders can be rebuilt from storage at any time with the same
 * result. Date-only promises are read in the writer's own zone (p.timeZone),
 * with DST handled by the model's Intl-based helpers.
 */
import { isoDate, localParts, zonedInstant } from '../model/time';
import { isInstant, parseDateOnly, type CalendarDate } from './due';
import type { PromiseSettings, PromiseStatus, TrackedPromise } from './types';

type Timed = Pick<TrackedPromise, 'due' | 'timeZone'>;

const MINUTE = 60_000;

/** The calendar day after `d` (month and year roll over). */
function nextDay(d: CalendarDate): CalendarDate {
  const n = new Date(Date.UTC(d.year, d.month - 1, d.day + 1));
  return { year: n.getUTCFullYear(), month: n.getUTCMonth() + 1, day: n.getUTCDate() };
}

/** 'HH:MM' as hours and minutes; 09:00 when malformed. */
function clockTime(hhmm: string): { hour: number; minute: number } {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  return m ? { hour: Number(m[1]), minute: Number(m[2]) } : { hour: 9, minute: 0 };
}

/**
 * The moment a promise falls due, i.e. becomes overdue: its time for a timed
 * promise; for a date-only one, the end of that day (midnight after it) in
 * the writer's zone, since "by Friday" is kept as long as it is still Friday.
 */
export function dueInstant(p: Timed): Date | undefined {
  if (!p.due) return undefined;
  const day = parseDateOnly(p.due);
  if (day) return zonedInstant({ ...nextDay(day), hour: 0, minute: 0, second: 0 }, p.timeZone);
  return isInstant(p.due) ? new Date(p.due) : undefined;
}

/** The start of the working day on a date-only promise's day, in the writer's zone. */
export function workdayStartOn(due: string, workdayStart: string, timeZone: string): Date | undefined {
  const day = parseDateOnly(due);
  return day ? zonedInstant({ ...day, ...clockTime(workdayStart), second: 0 }, timeZone) : undefined;
}

/**
 * When to remind the writer of an open promise, or undefined for none:
 * - an explicit p.remindAt (snooze) wins; missed while the browser was
 *   closed, it comes one minute from now;
 * - a timed promise: `leadMinutes` before it is due; a date-only one: at the
 *   start of the working day on its date, in p.timeZone;
 * - computed time already past but the promise not yet due: one minute from now;
 * - already due (overdue) or kept: none; the badge and the Promises view show it;
 * - a reminder already shown (p.notifiedAt at or after its time) is not shown again.
 */
export function reminderTime(p: TrackedPromise, settings: Pick<PromiseSettings, 'leadMinutes' | 'workdayStart'>, now: Date): Date | undefined {
  if (p.status === 'kept') return undefined;
  const notified = p.notifiedAt ? Date.parse(p.notifiedAt) : Number.NaN;
  const shown = (t: number) => !Number.isNaN(notified) && notified >= t;
  const soon = new Date(now.getTime() + MINUTE);
  const explicit = p.remindAt ? Date.parse(p.remindAt) : Number.NaN;
  if (!Number.isNaN(explicit) && !shown(explicit)) return explicit > now.getTime() ? new Date(explicit) : soon;
  const due = dueInstant(p);
  if (!due || due.getTime() <= now.getTime()) return undefined;
  const target = p.dateOnly
    ? workdayStartOn(p.due ?? '', settings.workdayStart, p.timeZone)?.getTime()
    : due.getTime() - Math.max(0, settings.leadMinutes) * MINUTE;
  if (target === undefined || shown(target)) return undefined;
  // A snooze that was shown leaves the regular reminder in place when that one comes later.
  if (!Number.isNaN(explicit) && target <= explicit) return undefined;
  return target > now.getTime() ? new Date(target) : soon;
}

/** Where a promise stands: kept, undated (no time given), overdue (its due moment has come) or upcoming. */
export function statusOf(p: TrackedPromise, now: Date): PromiseStatus {
  if (p.status === 'kept') return 'kept';
  const due = dueInstant(p);
  if (!due) return 'undated';
  return now.getTime() >= due.getTime() ? 'overdue' : 'upcoming';
}

export interface PromiseGroups {
  /** Oldest first: the one the customer has waited longest for. */
  overdue: TrackedPromise[];
  /** Soonest first. */
  upcoming: TrackedPromise[];
  /** Most recently sent first. */
  undated: TrackedPromise[];
  /** Most recently kept first. */
  kept: TrackedPromise[];
}

const ms = (iso: string | undefined) => (iso ? Date.parse(iso) || 0 : 0);
const byDue = (a: TrackedPromise, b: TrackedPromise) =>
  (dueInstant(a)?.getTime() ?? 0) - (dueInstant(b)?.getTime() ?? 0) || ms(a.sentAt) - ms(b.sentAt) || a.id.localeCompare(b.id);

export function groupPromises(list: readonly TrackedPromise[], now: Date): PromiseGroups {
  const groups: PromiseGroups = { overdue: [], upcoming: [], undated: [], kept: [] };
  for (const p of list) groups[statusOf(p, now)].push(p);
  groups.overdue.sort(byDue);
  groups.upcoming.sort(byDue);
  groups.undated.sort((a, b) => ms(b.sentAt) - ms(a.sentAt) || a.id.localeCompare(b.id));
  groups.kept.sort((a, b) => ms(b.keptAt) - ms(a.keptAt) || ms(b.sentAt) - ms(a.sentAt) || a.id.localeCompare(b.id));
  return groups;
}

export function overdueCount(list: readonly TrackedPromise[], now: Date): number {
  return list.filter((p) => statusOf(p, now) === 'overdue').length;
}

/** The next moment an open promise becomes overdue (to refresh the badge then), if any. */
export function nextOverdueAt(list: readonly TrackedPromise[], now: Date): Date | undefined {
  let next: number | undefined;
  for (const p of list) {
    if (p.status !== 'open') continue;
    const t = dueInstant(p)?.getTime();
    if (t !== undefined && t > now.getTime() && (next === undefined || t < next)) next = t;
  }
  return next === undefined ? undefined : new Date(next);
}

/** Today's date in a zone as 'YYYY-MM-DD' (for "due today" wording). */
export function localDate(instant: Date, timeZone: string): string {
  return isoDate(localParts(instant, timeZone));
}

export interface SnoozeChoice {
  /** What the button says: "The day before", "The morning of", "An hour before", "In 1 hour", "Tomorrow morning". */
  label: string;
  at: Date;
}

/** Calendar day `days` after `d`. */
function addDays(d: CalendarDate, days: number): CalendarDate {
  const n = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: n.getUTCFullYear(), month: n.getUTCMonth() + 1, day: n.getUTCDate() };
}

/**
 * The reminder choices for an open promise, following its due date: the
 * day before (at the start of the working day), the morning of, and, for a
 * timed promise, an hour before; only those still ahead and before it is due,
 * a quarter of an hour apart at least. Overdue, or too close for any of them:
 * in an hour and tomorrow morning. None for a kept or undated promise.
 * A date-only promise's day is read in its own zone (p.timeZone); a timed
 * one's in `timeZone`, the reader's (it defaults to the promise's).
 */
export function snoozeChoices(p: TrackedPromise, settings: Pick<PromiseSettings, 'workdayStart'>, now: Date, timeZone: string = p.timeZone): SnoozeChoice[] {
  if (p.status === 'kept') return [];
  const due = dueInstant(p);
  if (!due) return [];
  const start = clockTime(settings.workdayStart);
  const zone = p.dateOnly ? p.timeZone : timeZone;
  const day = p.dateOnly ? parseDateOnly(p.due ?? '') : localParts(due, zone);
  if (!day) return [];
  const morning = (d: CalendarDate) => zonedInstant({ ...d, ...start, second: 0 }, zone);
  const candidates: SnoozeChoice[] = [
    { label: 'The day before', at: morning(addDays(day, -1)) },
    { label: 'The morning of', at: morning(day) },
  ];
  if (!p.dateOnly) candidates.push({ label: 'An hour before', at: new Date(due.getTime() - 60 * MINUTE) });
  const ahead = (list: readonly SnoozeChoice[]) => {
    const out: SnoozeChoice[] = [];
    for (const c of list) {
      const t = c.at.getTime();
      if (t <= now.getTime() + MINUTE || t >= due.getTime()) continue;
      if (out.some((o) => Math.abs(o.at.getTime() - t) < 15 * MINUTE)) continue;
      out.push(c);
    }
    return out;
  };
  const inAnHour = { label: 'In 1 hour', at: new Date(now.getTime() + 60 * MINUTE) };
  if (due.getTime() <= now.getTime()) {
    return [inAnHour, { label: 'Tomorrow morning', at: zonedInstant({ ...addDays(localParts(now, timeZone), 1), ...start, second: 0 }, timeZone) }];
  }
  const chosen = ahead(candidates);
  // Too close for any of them (due this afternoon, or within the hour): what is still before it.
  return chosen.length > 0 ? chosen : ahead([inAnHour, { label: '15 minutes before', at: new Date(due.getTime() - 15 * MINUTE) }]);
}
