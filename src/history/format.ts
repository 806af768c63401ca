/** Words for the coaching numbers, shared by the options section and the printed summary. */
import { DIMENSION_LABELS } from '../model/labels';
import { formatDay, formatPeriod } from './dates';
import type { CoachingSummary, DimensionAverage, PromiseOutcome, PromiseOutcomes, Trend, TrendPoint } from './stats';

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** In the order the promise charts draw them: the good news first. */
export const OUTCOMES: readonly PromiseOutcome[] = ['onTime', 'late', 'overdue', 'open'];
export const OUTCOME_LABELS: Record<PromiseOutcome, string> = {
  onTime: 'Kept on time',
  late: 'Kept late',
  overdue: 'Overdue',
  open: 'Open, not due yet',
};

export const promiseTotal = (p: PromiseOutcomes): number => p.onTime + p.late + p.overdue + p.open;

/** "Up 4 points on the previous 30 days", in words, so a screen reader never reads a bare minus sign. */
export function describeChange(s: Pick<CoachingSummary, 'change' | 'days' | 'previous'>): string {
  if (s.change === null) return s.previous.emails === 0 ? `No emails in the previous ${s.days} days to compare with` : 'No change';
  if (s.change === 0) return `Same as the previous ${s.days} days`;
  return `${s.change > 0 ? 'Up' : 'Down'} ${plural(Math.abs(s.change), 'point')} on the previous ${s.days} days`;
}

export const periodTitle = (s: Pick<CoachingSummary, 'period'>, locale?: string): string => formatPeriod(s.period.start, s.period.end, locale);

/** A bucket's short name for the chart's axis: "Mon 17 Nov", "17 Nov", or the week's first day. */
export function pointLabel(point: TrendPoint, trend: Trend, days: number, locale?: string): string {
  return formatDay(point.start, { weekday: trend.unit === 'day' && days <= 7, locale });
}

/** A bucket's full name for tables: "Mon 17 Nov", or "26 Aug – 30 Aug" for a week. */
export function pointName(point: TrendPoint, trend: Trend, locale?: string): string {
  if (trend.unit === 'day') return formatDay(point.start, { weekday: true, locale });
  return point.start === point.end ? formatDay(point.start, { locale }) : `${formatDay(point.start, { locale })} – ${formatDay(point.end, { locale })}`;
}

/** The trend's points that have emails; a line needs two of them, one alone is a lone dot. */
export const pointsWithEmails = (trend: Trend): TrendPoint[] => trend.points.filter((p) => p.average !== null);
export const trendHasLine = (trend: Trend): boolean => pointsWithEmails(trend).length >= 2;

/**
 * The trend before there is a line to draw (emails on one day, or in one
 * week): the number and when, then when the line will start.
 */
export function describeFirstPoint(trend: Trend, locale?: string): { when: string; next: string } | undefined {
  const p = pointsWithEmails(trend)[0];
  if (!p) return undefined;
  const day = trend.unit === 'day';
  const when = day ? `on ${formatDay(p.start, { weekday: true, locale })}` : `in the week of ${formatDay(p.start, { locale })}`;
  return {
    when: `average score ${when}, from ${plural(p.count, 'email')}.`,
    next: day ? 'Your line over time starts once you send emails on a second day.' : 'Your line over time starts once you send emails in a second week.',
  };
}

/** What the trend chart shows, for its accessible name. */
export function describeTrend(trend: Trend, days: number, locale?: string): string {
  const withEmails = trend.points.filter((p) => p.average !== null);
  const unit = trend.unit === 'day' ? 'day' : 'week';
  const head = `Line chart of your average score by ${unit} over the last ${days} days.`;
  const first = withEmails[0];
  const last = withEmails.at(-1);
  if (!first || !last) return `${head} No emails yet.`;
  if (first === last) return `${head} One ${unit} with emails: ${first.average} on ${pointName(first, trend, locale)}.`;
  return `${head} From ${first.average} (${pointName(first, trend, locale)}) to ${last.average} (${pointName(last, trend, locale)}), ${plural(withEmails.length, unit)} with emails. The numbers are in the table below.`;
}

export function describeDimensions(dimensions: readonly DimensionAverage[]): string {
  const parts = dimensions.filter((d) => d.average !== null).map((d) => `${DIMENSION_LABELS[d.dimension]} ${d.average}`);
  return `Bar chart of your average score by area, out of 100: ${parts.join(', ')}.`;
}

export function describePromises(p: PromiseOutcomes): string {
  return `Doughnut chart of your promises: ${OUTCOMES.map((o) => `${p[o]} ${OUTCOME_LABELS[o].toLowerCase()}`).join(', ')}.`;
}
