/**
 * The numbers behind the coaching charts and the printed summary. Pure: every
 * function takes the records, the clock and the time zone as arguments, so the
 * same history always gives the same charts, in tests and in the browser.
 * Averages are whole points, as the score itself is: coaching needs the
 * direction, and decimals would only suggest more precision than a score has.
 */
import { DIMENSIONS, KINDS, KINDS_BY_DIMENSION, TEAM_KINDS, type Dimension, type Kind, type TeamKind } from '../model/types';
import { addDays, daysBetween, isDateOnly, localDay, systemTimeZone, weekStart, type Day } from './dates';
import { kindLabel, kindTip } from './tips';
import type { PromiseItem, StatsRange, SentRecord } from './types';

export { toCsv } from './csv';

/** Ranges longer than this are charted by week, so a 90-day line stays readable. */
export const WEEKLY_AFTER_DAYS = 60;

/** The first and last calendar day of a range (both included). */
export interface Period {
  start: Day;
  end: Day;
}

const mean = (values: readonly number[]): number | null =>
  values.length ? Math.round(values.reduce((a, b) => a + b, 0) / values.length) : null;

/** The range's days: `days` calendar days ending today in the writer's zone. */
export function periodOf(range: StatsRange): Period {
  const end = localDay(range.now, range.timeZone);
  return { start: addDays(end, -(Math.max(1, range.days) - 1)), end };
}

/** The period of the same length just before, for "compared with the previous 30 days". */
export function previousPeriod(period: Period): Period {
  const length = daysBetween(period.start, period.end) + 1;
  return { start: addDays(period.start, -length), end: addDays(period.start, -1) };
}

export function recordsIn(records: readonly SentRecord[], period: Period, timeZone: string): SentRecord[] {
  return records.filter((r) => {
    const day = localDay(r.sentAt, timeZone);
    return day >= period.start && day <= period.end;
  });
}

export interface TrendPoint {
  /** First and last day of the bucket (the same day for daily buckets), clipped to the range. */
  start: Day;
  end: Day;
  /** Average score of the emails sent in the bucket; null when none were sent (a gap in the line). */
  average: number | null;
  count: number;
}

export interface Trend {
  unit: 'day' | 'week';
  points: TrendPoint[];
}

/**
 * The score over the range, one point per day, or per week (Monday to Sunday)
 * when the range is longer than WEEKLY_AFTER_DAYS. Every bucket is listed,
 * empty ones too, so the x-axis is true to time.
 */
export function scoreTrend(records: readonly SentRecord[], range: StatsRange): Trend {
  const period = periodOf(range);
  const unit = range.days > WEEKLY_AFTER_DAYS ? 'week' : 'day';
  const buckets: { start: Day; end: Day; scores: number[] }[] = [];
  for (let day = period.start; day <= period.end; ) {
    let end = day;
    if (unit === 'week') {
      const weekEnd = addDays(weekStart(day), 6);
      end = weekEnd < period.end ? weekEnd : period.end;
    }
    buckets.push({ start: day, end, scores: [] });
    day = addDays(end, 1);
  }
  for (const r of records) {
    const day = localDay(r.sentAt, range.timeZone);
    const bucket = buckets.find((b) => day >= b.start && day <= b.end);
    bucket?.scores.push(r.score);
  }
  return { unit, points: buckets.map((b) => ({ start: b.start, end: b.end, average: mean(b.scores), count: b.scores.length })) };
}

export interface DimensionAverage {
  dimension: Dimension;
  /** Null when there are no emails. */
  average: number | null;
}

/** Each dimension's average score, in DIMENSIONS order. */
export function dimensionAverages(records: readonly SentRecord[]): DimensionAverage[] {
  return DIMENSIONS.map((dimension) => ({ dimension, average: mean(records.map((r) => r.dimensions[dimension])) }));
}

export interface KindCount {
  kind: Kind;
  /** The built-in rules' dimension; none for team playbook kinds, whose dimension each playbook phrase sets. */
  dimension?: Dimension;
  /** Hints of this kind, over all emails. */
  count: number;
  /** Emails with at least one. */
  emails: number;
  /** emails / all emails, 0..1: "in 3 of every 10 emails". */
  share: number;
  /** For the team playbook kinds, its most frequent phrases by name (records from before v2 name none). */
  phrases?: PhraseCount[];
}

export interface PhraseCount {
  label: string;
  count: number;
  emails: number;
}

const DIMENSION_OF = new Map<Kind, Dimension>(DIMENSIONS.flatMap((d) => KINDS_BY_DIMENSION[d].map((k) => [k, d] as [Kind, Dimension])));
/** How many of a team kind's phrases the coaching view names. */
export const TOP_PHRASES = 3;
/** Catalogue order, for stable ties: the rules' kinds, then the team playbook's. */
const KIND_ORDER: readonly Kind[] = [...KINDS, ...TEAM_KINDS];

/** A team kind's n most frequent phrases by name: by hint count, then emails, then name. */
export function topPhrases(records: readonly SentRecord[], kind: TeamKind, n: number): PhraseCount[] {
  const counts = new Map<string, PhraseCount>();
  for (const r of records) {
    const labels = (r.teamHints ?? []).filter((h) => h.kind === kind).map((h) => h.label);
    for (const label of labels) {
      const c = counts.get(label) ?? { label, count: 0, emails: 0 };
      c.count += 1;
      counts.set(label, c);
    }
    for (const label of new Set(labels)) counts.get(label)!.emails += 1;
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || b.emails - a.emails || a.label.localeCompare(b.label)).slice(0, Math.max(0, n));
}

const isTeamKind = (kind: Kind): kind is TeamKind => (TEAM_KINDS as readonly Kind[]).includes(kind);

/** The n most frequent hint kinds: by hint count, then by emails, then catalogue order (stable ties). */
export function topKinds(records: readonly SentRecord[], n: number): KindCount[] {
  const counts = new Map<Kind, { count: number; emails: number }>();
  for (const r of records) {
    for (const kind of r.kinds) {
      const c = counts.get(kind) ?? { count: 0, emails: 0 };
      c.count += 1;
      counts.set(kind, c);
    }
    for (const kind of new Set(r.kinds)) counts.get(kind)!.emails += 1;
  }
  return [...counts]
    .map(([kind, c]) => {
      const dimension = DIMENSION_OF.get(kind);
      const phrases = isTeamKind(kind) ? topPhrases(records, kind, TOP_PHRASES) : [];
      return { kind, ...(dimension ? { dimension } : {}), count: c.count, emails: c.emails, share: c.emails / records.length, ...(phrases.length ? { phrases } : {}) };
    })
    .sort((a, b) => b.count - a.count || b.emails - a.emails || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))
    .slice(0, Math.max(0, n));
}

export type PromiseOutcome = 'onTime' | 'late' | 'open' | 'overdue';

export interface PromiseOutcomes {
  /** Kept by the due time (or kept with no due time). */
  onTime: number;
  /** Kept, but after the due time. */
  late: number;
  /** Not kept yet, and not due yet (or no due time). */
  open: number;
  /** Not kept, and the due time has passed. */
  overdue: number;
}

const validDue = (due: string | undefined): string | undefined =>
  due && (isDateOnly(due) || !Number.isNaN(Date.parse(due))) ? due : undefined;

/** Whether an instant is at or before a due: a date-only due lasts to the end of that day in the writer's zone. */
function byDue(instant: Date, due: string, timeZone: string): boolean {
  return isDateOnly(due) ? localDay(instant, timeZone) <= due : instant.getTime() <= Date.parse(due);
}

/**
 * One promise's outcome at `now`. A kept promise whose keptAt is missing or
 * unreadable counts as on time: the writer marked it kept, and we cannot tell it was late.
 */
export function promiseOutcome(p: PromiseItem, now: Date, timeZone: string = systemTimeZone()): PromiseOutcome {
  const due = validDue(p.due);
  if (p.status === 'kept') {
    const keptAt = p.keptAt ? new Date(p.keptAt) : undefined;
    if (!due || !keptAt || Number.isNaN(keptAt.getTime())) return 'onTime';
    return byDue(keptAt, due, timeZone) ? 'onTime' : 'late';
  }
  return due && !byDue(now, due, timeZone) ? 'overdue' : 'open';
}

export function promiseOutcomes(promises: readonly PromiseItem[], now: Date, timeZone: string = systemTimeZone()): PromiseOutcomes {
  const out: PromiseOutcomes = { onTime: 0, late: 0, open: 0, overdue: 0 };
  for (const p of promises) out[promiseOutcome(p, now, timeZone)] += 1;
  return out;
}

/**
 * The promises that belong to a period's review: every open one (an overdue
 * promise matters whenever it was made), and the kept ones whose keptAt, or
 * else due, falls in the period.
 */
export function promisesIn(promises: readonly PromiseItem[], period: Period, timeZone: string): PromiseItem[] {
  return promises.filter((p) => {
    if (p.status === 'open') return true;
    const due = validDue(p.due);
    const day =
      p.keptAt && !Number.isNaN(Date.parse(p.keptAt)) ? localDay(p.keptAt, timeZone) : due && (isDateOnly(due) ? due : localDay(due, timeZone));
    return !day || (day >= period.start && day <= period.end);
  });
}

export interface KindSummary extends KindCount {
  label: string;
  tip: string;
}

export interface CoachingSummary {
  days: number;
  timeZone: string;
  period: Period;
  /** Emails sent in the period. */
  emails: number;
  /** Average score in the period; null with no emails. */
  averageScore: number | null;
  previous: { period: Period; emails: number; averageScore: number | null };
  /** averageScore minus the previous period's; null when either has no emails. */
  change: number | null;
  dimensions: DimensionAverage[];
  /** The highest and lowest dimension averages; null with no emails, and both null when all are equal. */
  best: { dimension: Dimension; average: number } | null;
  weakest: { dimension: Dimension; average: number } | null;
  /** The average every area shares when all are equal ("All areas even"); null otherwise. */
  evenAverage: number | null;
  topKinds: KindSummary[];
  promises: PromiseOutcomes;
  trend: Trend;
}

/** The headline numbers for a range: what the coaching view and the printed summary lead with. */
export function summary(records: readonly SentRecord[], promises: readonly PromiseItem[], range: StatsRange): CoachingSummary {
  const period = periodOf(range);
  const prevPeriod = previousPeriod(period);
  const current = recordsIn(records, period, range.timeZone);
  const before = recordsIn(records, prevPeriod, range.timeZone);
  const averageScore = mean(current.map((r) => r.score));
  const previousAverage = mean(before.map((r) => r.score));
  const dimensions = dimensionAverages(current);
  const scored = dimensions.filter((d): d is { dimension: Dimension; average: number } => d.average !== null);
  // Ties go to the first dimension in DIMENSIONS order: stable from one view to the next.
  const best = scored.reduce<(typeof scored)[number] | null>((a, d) => (!a || d.average > a.average ? d : a), null);
  const lowest = scored.reduce<(typeof scored)[number] | null>((a, d) => (!a || d.average < a.average ? d : a), null);
  // With every area at the same average there is no strongest or weakest one to name.
  const even = best !== null && lowest !== null && lowest.average === best.average;
  return {
    days: range.days,
    timeZone: range.timeZone,
    period,
    emails: current.length,
    averageScore,
    previous: { period: prevPeriod, emails: before.length, averageScore: previousAverage },
    change: averageScore !== null && previousAverage !== null ? averageScore - previousAverage : null,
    dimensions,
    ...(even ? { best: null, weakest: null, evenAverage: best.average } : { best, weakest: lowest, evenAverage: null }),
    topKinds: topKinds(current, 3).map((k) => ({ ...k, label: kindLabel(k.kind), tip: kindTip(k.kind) })),
    promises: promiseOutcomes(promisesIn(promises, period, range.timeZone), range.now, range.timeZone),
    trend: scoreTrend(current, range),
  };
}
