/**
 * The two shapes a due time comes in, and checks for both. The model gives
 * either an ISO date-time with an offset ("2026-11-26T15:00:00+01:00") or a
 * date-only "2026-11-27"; anything else read from storage is dropped, never
 * guessed at, so a damaged value cannot set off a reminder at a random time.
 */
import { isValidTimeZone, isoLocal, type LocalParts } from '../model/time';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

function realDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** The calendar date of a 'YYYY-MM-DD' due, or undefined when it is not one (or not a real date). */
export function parseDateOnly(due: string): CalendarDate | undefined {
  const m = DATE_ONLY.exec(due);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return realDate(year, month, day) ? { year, month, day } : undefined;
}

export function isDateOnly(due: string): boolean {
  return parseDateOnly(due) !== undefined;
}

/** An ISO date-time string with an explicit offset (or Z) that names a real instant. */
export function isInstant(value: string): boolean {
  return WITH_OFFSET.test(value) && !Number.isNaN(Date.parse(value));
}

/** A due the tracker can schedule: date-only or a date-time with an offset. */
export function isValidDue(due: unknown): due is string {
  return typeof due === 'string' && (isDateOnly(due) || isInstant(due));
}

/**
 * Reads a due the writer typed (e.g. from a date or datetime-local input):
 * date-only and offset date-times are kept as they are; a local
 * 'YYYY-MM-DDTHH:MM' is read as wall-clock time in `timeZone` and gets that
 * zone's offset (DST-aware). Undefined when it is none of these.
 */
export function parseDueInput(input: string, timeZone: string): string | undefined {
  const value = input.trim();
  if (isValidDue(value)) return value;
  const m = LOCAL.exec(value);
  if (!m || !isValidTimeZone(timeZone)) return undefined;
  const parts: LocalParts = {
    year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), hour: Number(m[4]), minute: Number(m[5]), second: Number(m[6] ?? 0),
  };
  if (!realDate(parts.year, parts.month, parts.day) || parts.hour > 23 || parts.minute > 59 || parts.second > 59) return undefined;
  return isoLocal(parts, timeZone);
}

/** A valid ISO instant string from storage, else undefined. */
export function validIso(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 40) return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) || !/^\d{4}-\d{2}-\d{2}T/.test(value) ? undefined : value;
}
