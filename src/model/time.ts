/** Time-zone arithmetic with Intl only: the model never reads the clock. */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

export interface LocalParts {
  year: number; month: number; day: number; hour: number; minute: number; second: number;
}

/** Wall-clock parts of an instant in a zone. */
export function localParts(instant: Date, timeZone: string): LocalParts {
  // The same few instants (now, today's midnight) are read for every promise of every sentence: formatToParts is
  // slow, so the answer is kept per zone and instant.
  const key = `${timeZone}\u0000${instant.getTime()}`;
  const hit = partsMemo.get(key);
  if (hit) return { ...hit };
  const p: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  const parts = { year: p.year!, month: p.month!, day: p.day!, hour: p.hour! % 24, minute: p.minute!, second: p.second! };
  if (partsMemo.size >= 2000) partsMemo.clear();
  partsMemo.set(key, parts);
  return { ...parts };
}
const partsMemo = new Map<string, LocalParts>();

/** The zone's UTC offset in minutes at an instant (e.g. +60 for Berlin in winter). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const l = localParts(instant, timeZone);
  const asUtc = Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

/** The instant at which the zone's wall clock shows the given parts (DST-aware). */
export function zonedInstant(parts: LocalParts, timeZone: string): Date {
  const guess = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  let t = guess - offsetMinutes(new Date(guess), timeZone) * 60000;
  // A second pass settles times next to a DST change.
  t = guess - offsetMinutes(new Date(t), timeZone) * 60000;
  return new Date(t);
}

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

export function isoDate(p: Pick<LocalParts, 'year' | 'month' | 'day'>): string {
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** ISO 8601 local date-time with the zone's offset at that moment: 2026-11-26T15:00:00+01:00. */
export function isoLocal(parts: LocalParts, timeZone: string): string {
  const off = offsetMinutes(zonedInstant(parts, timeZone), timeZone);
  const sign = off < 0 ? '-' : '+';
  return `${isoDate(parts)}T${pad(parts.hour)}:${pad(parts.minute)}:${pad(parts.second)}${sign}${pad(Math.floor(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;
}

export interface WhenOptions {
  /** "Now", for "today"/"tomorrow" and for showing the year of a far date; without it the date is written out. */
  now?: Date;
  /** BCP 47 locale; the browser's when undefined. */
  locale?: string;
  /** IANA zone the reader is in; the runtime's when undefined. */
  timeZone?: string;
}

/** A date more than this many days from now is shown with its year. */
export const SHOW_YEAR_AFTER_DAYS = 60;

const DAY_MS = 86_400_000;

/**
 * One way to write a due date everywhere, from Intl in the reader's locale:
 * "tomorrow 17:00", "today 9:00 AM", "Thu 26 Nov, 15:00", "Thu 26 Nov";
 * with the year when it is more than 60 days from now ("Mon 1 Nov 2027").
 * A date-only due ("2026-11-26") is that calendar day wherever the reader is.
 * Relative words need `now`; the caller passes it (this module never reads the clock).
 * Anything that is not a date comes back as it is.
 */
export function formatWhen(due: string, opts: WhenOptions = {}): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(due);
  const instant = new Date(dateOnly ? `${due}T12:00:00Z` : due);
  if (Number.isNaN(instant.getTime())) return due;
  const readerZone = opts.timeZone ?? new Intl.DateTimeFormat().resolvedOptions().timeZone;
  const zone = dateOnly ? 'UTC' : readerZone;
  let relative: string | undefined;
  let withYear = false;
  if (opts.now && !Number.isNaN(opts.now.getTime())) {
    const day = localParts(instant, zone);
    const today = localParts(opts.now, readerZone);
    const days = Math.round((Date.UTC(day.year, day.month - 1, day.day) - Date.UTC(today.year, today.month - 1, today.day)) / DAY_MS);
    if (Math.abs(days) <= 1) relative = new Intl.RelativeTimeFormat(opts.locale, { numeric: 'auto' }).format(days, 'day');
    withYear = Math.abs(days) > SHOW_YEAR_AFTER_DAYS;
  }
  const time = dateOnly ? '' : new Intl.DateTimeFormat(opts.locale, { hour: 'numeric', minute: '2-digit', timeZone: zone }).format(instant);
  if (relative) return time ? `${relative} ${time}` : relative;
  const p = Object.fromEntries(
    new Intl.DateTimeFormat(opts.locale, { weekday: 'short', day: 'numeric', month: 'short', ...(withYear ? { year: 'numeric' } : {}), timeZone: zone })
      .formatToParts(instant)
      .map((x) => [x.type, x.value]),
  );
  const date = `${p.weekday} ${p.day} ${p.month}${withYear ? ` ${p.year}` : ''}`;
  return time ? `${date}, ${time}` : date;
}
