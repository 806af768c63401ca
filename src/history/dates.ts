/**
 * Calendar days for the coaching charts. A "day" is the writer's day, in their
 * time zone: an email sent at 23:30 in Berlin belongs to that Berlin date, not
 * to the next UTC date. Days are 'YYYY-MM-DD' strings, and arithmetic on them
 * runs in UTC, where every day has 24 hours, so daylight-saving changes never
 * skip or double a day.
 */

export type Day = string;

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The writer's time zone as the browser knows it. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The calendar day an instant falls on in a time zone. */
export function localDay(instant: Date | string, timeZone: string): Day {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(typeof instant === 'string' ? new Date(instant) : instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

const timeFormatters = new Map<string, Intl.DateTimeFormat>();

/** "2026-11-02 09:08": an instant's date and time (24-hour) in a time zone, the same whatever the locale. */
export function localDateTime(instant: Date | string, timeZone: string): string {
  let f = timeFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit' });
    timeFormatters.set(timeZone, f);
  }
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const parts = Object.fromEntries(f.formatToParts(date).map((p) => [p.type, p.value]));
  return `${localDay(date, timeZone)} ${parts.hour}:${parts.minute}`;
}

const toUtc = (day: Day) => Date.parse(`${day}T00:00:00Z`);
const fromUtc = (ms: number): Day => new Date(ms).toISOString().slice(0, 10);

export function addDays(day: Day, n: number): Day {
  return fromUtc(toUtc(day) + n * DAY_MS);
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY_MS);
}

/** The Monday of the ISO week a day is in. */
export function weekStart(day: Day): Day {
  const weekday = new Date(toUtc(day)).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

export const isDateOnly = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** "3 Nov" in the reader's locale; with the weekday "Mon 3 Nov"; with the year "3 Nov 2026". */
export function formatDay(day: Day, options: { weekday?: boolean; year?: boolean; locale?: string } = {}): string {
  // Made once per kind: a chart's labels format every day of the range.
  const key = `${options.locale ?? ''}|${options.weekday ? 'w' : ''}|${options.year ? 'y' : ''}`;
  let f = dayFormatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(options.locale, {
      timeZone: 'UTC',
      day: 'numeric',
      month: 'short',
      ...(options.weekday ? { weekday: 'short' } : {}),
      ...(options.year ? { year: 'numeric' } : {}),
    });
    dayFormatters.set(key, f);
  }
  return f.format(new Date(toUtc(day)));
}

/** "3 – 9 Nov 2026", "28 Oct – 26 Nov 2026": a period for headings. */
export function formatPeriod(start: Day, end: Day, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' }).formatRange(
    new Date(toUtc(start)),
    new Date(toUtc(end)),
  );
}
