import { describe, expect, it } from 'vitest';
import { addDays, localDay, weekStart } from '../../src/history/dates';
import {
  dimensionAverages,
  periodOf,
  previousPeriod,
  promiseOutcome,
  promiseOutcomes,
  promisesIn,
  scoreTrend,
  summary,
  topKinds,
  topPhrases,
} from '../../src/history/stats';
import { talkingPoints } from '../../src/history/talking-points';
import { KIND_COACHING } from '../../src/history/tips';
import { RULES } from '../../src/model/index';
import { KINDS, TEAM_KINDS } from '../../src/model/types';
import { rec } from './helpers';

// A Monday, at noon UTC (13:00 in Berlin, 07:00 in New York).
const NOW = new Date('2026-11-23T12:00:00Z');
const BERLIN = 'Europe/Berlin';

describe('calendar days', () => {
  it('puts an instant on the writer’s own date', () => {
    expect(localDay('2026-11-22T23:30:00Z', 'UTC')).toBe('2026-11-22');
    expect(localDay('2026-11-22T23:30:00Z', BERLIN)).toBe('2026-11-23');
    expect(localDay('2026-11-23T03:00:00Z', 'America/New_York')).toBe('2026-11-22');
  });

  it('counts days across a daylight-saving change without skipping one', () => {
    expect(addDays('2026-10-24', 1)).toBe('2026-10-25');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(weekStart('2026-11-29')).toBe('2026-11-23');
    expect(weekStart('2026-11-23')).toBe('2026-11-23');
  });

  it('ranges end today and the previous period has the same length', () => {
    const p = periodOf({ days: 7, now: NOW, timeZone: BERLIN });
    expect(p).toEqual({ start: '2026-11-17', end: '2026-11-23' });
    expect(previousPeriod(p)).toEqual({ start: '2026-11-10', end: '2026-11-16' });
    // 23:30 UTC on the 23rd is already the 24th in Berlin.
    expect(periodOf({ days: 1, now: new Date('2026-11-23T23:30:00Z'), timeZone: BERLIN })).toEqual({ start: '2026-11-24', end: '2026-11-24' });
  });
});

describe('scoreTrend', () => {
  it('has one point per day for short ranges, gaps as null', () => {
    const records = [
      rec('2026-11-23T09:00:00Z', { score: 60 }),
      rec('2026-11-23T10:00:00Z', { score: 71 }),
      rec('2026-11-20T10:00:00Z', { score: 90 }),
      rec('2026-11-10T10:00:00Z', { score: 10 }), // before the range
    ];
    const trend = scoreTrend(records, { days: 7, now: NOW, timeZone: 'UTC' });
    expect(trend.unit).toBe('day');
    expect(trend.points.map((p) => p.start)).toEqual(['2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23']);
    expect(trend.points.every((p) => p.start === p.end)).toBe(true);
    expect(trend.points.map((p) => p.average)).toEqual([null, null, null, 90, null, null, 66]);
    expect(trend.points.map((p) => p.count)).toEqual([0, 0, 0, 1, 0, 0, 2]);
  });

  it('buckets by the writer’s day, not by UTC', () => {
    const late = rec('2026-11-22T23:30:00Z', { score: 50 });
    const utc = scoreTrend([late], { days: 7, now: NOW, timeZone: 'UTC' });
    const berlin = scoreTrend([late], { days: 7, now: NOW, timeZone: BERLIN });
    expect(utc.points.find((p) => p.count)?.start).toBe('2026-11-22');
    expect(berlin.points.find((p) => p.count)?.start).toBe('2026-11-23');
  });

  it('has one point per Monday-to-Sunday week for ranges over 60 days, clipped to the range', () => {
    const records = [
      rec('2026-08-26T10:00:00Z', { score: 40 }), // first day of the range, a Wednesday
      rec('2026-08-30T10:00:00Z', { score: 60 }), // its Sunday
      rec('2026-08-31T10:00:00Z', { score: 90 }), // next Monday
      rec('2026-08-25T10:00:00Z', { score: 0 }), // the day before the range
    ];
    const trend = scoreTrend(records, { days: 90, now: NOW, timeZone: 'UTC' });
    expect(trend.unit).toBe('week');
    expect(trend.points).toHaveLength(14);
    expect(trend.points[0]).toEqual({ start: '2026-08-26', end: '2026-08-30', average: 50, count: 2 });
    expect(trend.points[1]).toEqual({ start: '2026-08-31', end: '2026-09-06', average: 90, count: 1 });
    expect(trend.points.at(-1)).toEqual({ start: '2026-11-23', end: '2026-11-23', average: null, count: 0 });
    // Buckets tile the range: each starts the day after the previous one ends.
    for (let i = 1; i < trend.points.length; i++) expect(trend.points[i]!.start).toBe(addDays(trend.points[i - 1]!.end, 1));
    expect(scoreTrend([], { days: 30, now: NOW, timeZone: 'UTC' }).unit).toBe('day');
  });

  it('puts a Sunday-night email in the right week in the writer’s zone', () => {
    // Sunday 22 Nov 23:30 UTC is Monday 23 Nov in Berlin: a new week there.
    const r = rec('2026-11-22T23:30:00Z', { score: 70 });
    const utc = scoreTrend([r], { days: 90, now: NOW, timeZone: 'UTC' });
    const berlin = scoreTrend([r], { days: 90, now: NOW, timeZone: BERLIN });
    expect(utc.points.find((p) => p.count)?.start).toBe('2026-11-16');
    expect(berlin.points.find((p) => p.count)?.start).toBe('2026-11-23');
  });
});

describe('dimensionAverages and topKinds', () => {
  it('averages each dimension in whole points', () => {
    const records = [rec('2026-11-20T10:00:00Z', { dimensions: { ownership: 50, clarity: 100 } }), rec('2026-11-21T10:00:00Z', { dimensions: { ownership: 75, clarity: 91 } })];
    const avg = dimensionAverages(records);
    expect(avg.map((d) => d.dimension)).toEqual(['personalization', 'commitments', 'research', 'ownership', 'humility', 'clarity']);
    expect(avg.find((d) => d.dimension === 'ownership')?.average).toBe(63);
    expect(avg.find((d) => d.dimension === 'clarity')?.average).toBe(96);
    expect(avg.find((d) => d.dimension === 'humility')?.average).toBe(80);
    expect(dimensionAverages([]).every((d) => d.average === null)).toBe(true);
  });

  it('counts hints and the share of emails with each kind, most frequent first', () => {
    const records = [
      rec('2026-11-20T10:00:00Z', { kinds: ['jargon', 'jargon', 'jargon', 'vague-timing'] }),
      rec('2026-11-21T10:00:00Z', { kinds: ['vague-timing', 'hedging'] }),
      rec('2026-11-22T10:00:00Z', { kinds: ['vague-timing', 'hedging'] }),
      rec('2026-11-22T11:00:00Z', { kinds: [] }),
    ];
    const top = topKinds(records, 3);
    // A tie on hints goes to the kind in more emails.
    expect(top.map((k) => [k.kind, k.count, k.emails, k.share])).toEqual([
      ['vague-timing', 3, 3, 0.75],
      ['jargon', 3, 1, 0.25],
      ['hedging', 2, 2, 0.5],
    ]);
    expect(top[0]).toMatchObject({ kind: 'vague-timing', dimension: 'commitments' });
    expect(topKinds(records, 1)).toHaveLength(1);
    // Team playbook kinds have no fixed dimension.
    expect(topKinds([rec('2026-11-20T10:00:00Z', { kinds: ['team-phrase'] })], 1)).toEqual([{ kind: 'team-phrase', count: 1, emails: 1, share: 1 }]);
    expect(topKinds([], 3)).toEqual([]);
  });
});

describe('promise outcomes', () => {
  const at = (iso: string) => new Date(iso);

  it('tells on time from late for a due time with an offset', () => {
    const due = '2026-11-20T15:00:00+01:00';
    expect(promiseOutcome({ status: 'kept', due, keptAt: '2026-11-20T13:59:00Z' }, NOW, BERLIN)).toBe('onTime');
    expect(promiseOutcome({ status: 'kept', due, keptAt: '2026-11-20T14:01:00Z' }, NOW, BERLIN)).toBe('late');
    expect(promiseOutcome({ status: 'open', due }, NOW, BERLIN)).toBe('overdue');
    expect(promiseOutcome({ status: 'open', due }, at('2026-11-20T13:00:00Z'), BERLIN)).toBe('open');
  });

  it('gives a date-only due until the end of that day in the writer’s zone', () => {
    const due = '2026-11-20';
    // 23:30 on the 20th in Berlin (22:30 UTC): on time.
    expect(promiseOutcome({ status: 'kept', due, keptAt: '2026-11-20T22:30:00Z' }, NOW, BERLIN)).toBe('onTime');
    // 00:30 on the 21st in Berlin (23:30 UTC on the 20th): late there, on time in UTC.
    expect(promiseOutcome({ status: 'kept', due, keptAt: '2026-11-20T23:30:00Z' }, NOW, BERLIN)).toBe('late');
    expect(promiseOutcome({ status: 'kept', due, keptAt: '2026-11-20T23:30:00Z' }, NOW, 'UTC')).toBe('onTime');
    // Open on the due day itself: not overdue yet; overdue the next day.
    expect(promiseOutcome({ status: 'open', due }, at('2026-11-20T22:59:00Z'), BERLIN)).toBe('open');
    expect(promiseOutcome({ status: 'open', due }, at('2026-11-20T23:01:00Z'), BERLIN)).toBe('overdue');
  });

  it('counts promises with no due time, or no keptAt, as open or on time', () => {
    expect(
      promiseOutcomes(
        [
          { status: 'open' },
          { status: 'kept' },
          { status: 'kept', due: '2026-11-01' },
          { status: 'open', due: 'not a date' },
          { status: 'kept', due: '2026-11-01', keptAt: '2026-11-03T10:00:00Z' },
          { status: 'open', due: '2026-11-01' },
        ],
        NOW,
        BERLIN,
      ),
    ).toEqual({ onTime: 2, late: 1, open: 2, overdue: 1 });
  });

  it('reviews every open promise and the kept ones from the period', () => {
    const period = { start: '2026-11-17', end: '2026-11-23' };
    const inside = { status: 'kept' as const, due: '2026-11-18', keptAt: '2026-11-18T10:00:00Z' };
    const before = { status: 'kept' as const, due: '2026-10-01', keptAt: '2026-10-02T10:00:00Z' };
    const keptLateInside = { status: 'kept' as const, due: '2026-11-10', keptAt: '2026-11-19T10:00:00Z' };
    const openOld = { status: 'open' as const, due: '2026-09-01' };
    const keptNoDate = { status: 'kept' as const };
    expect(promisesIn([inside, before, keptLateInside, openOld, keptNoDate], period, BERLIN)).toEqual([inside, keptLateInside, openOld, keptNoDate]);
  });
});

describe('summary', () => {
  const range = { days: 7, now: NOW, timeZone: BERLIN };
  const records = [
    // This week (17–23 Nov).
    rec('2026-11-23T08:00:00Z', { score: 80, dimensions: { ownership: 40, clarity: 95 }, kinds: ['policy-speak', 'vague-timing'] }),
    rec('2026-11-20T08:00:00Z', { score: 70, dimensions: { ownership: 60, clarity: 95 }, kinds: ['policy-speak'] }),
    rec('2026-11-17T08:00:00Z', { score: 90, dimensions: { ownership: 50, clarity: 95 }, kinds: ['policy-speak', 'jargon', 'hedging'] }),
    // The week before (10–16 Nov): the 16th at 23:30 UTC is the 17th in Berlin, so it counts this week.
    rec('2026-11-12T08:00:00Z', { score: 60 }),
    rec('2026-11-16T23:30:00Z', { score: 80, dimensions: { ownership: 50, clarity: 95 } }),
  ];

  it('leads with emails sent, the average, its change and the best and weakest areas', () => {
    const s = summary(records, [], range);
    expect(s.period).toEqual({ start: '2026-11-17', end: '2026-11-23' });
    expect(s.emails).toBe(4);
    expect(s.averageScore).toBe(80);
    expect(s.previous).toEqual({ period: { start: '2026-11-10', end: '2026-11-16' }, emails: 1, averageScore: 60 });
    expect(s.change).toBe(20);
    expect(s.best).toEqual({ dimension: 'clarity', average: 95 });
    expect(s.weakest).toEqual({ dimension: 'ownership', average: 50 });
    // vague-timing, hedging and jargon tie (one hint, one email each): catalogue order decides.
    expect(s.topKinds.map((k) => k.kind)).toEqual(['policy-speak', 'vague-timing', 'hedging']);
    expect(s.topKinds[0]).toMatchObject({ count: 3, emails: 3, share: 0.75, label: 'Hiding behind policy', tip: KIND_COACHING['policy-speak'].tip });
    expect(s.trend.points).toHaveLength(7);
  });

  it('has no change without a previous period, and no strongest or weakest area when all are equal', () => {
    const s = summary([rec('2026-11-20T08:00:00Z', { score: 75 })], [], range);
    expect(s.change).toBeNull();
    expect(s.best).toBeNull();
    expect(s.weakest).toBeNull();
    expect(s.evenAverage).toBe(75);
    // Nor does a talking point call one area the strongest.
    expect(talkingPoints(s).join(' ')).not.toMatch(/strongest/);
    expect(summary(records, [], range).evenAverage).toBeNull();
    const empty = summary([], [], range);
    expect(empty).toMatchObject({ emails: 0, averageScore: null, change: null, best: null, weakest: null, evenAverage: null, topKinds: [] });
  });

  it('counts the period’s promises', () => {
    const s = summary(records, [
      { status: 'kept', due: '2026-11-18', keptAt: '2026-11-18T10:00:00Z' },
      { status: 'kept', due: '2026-11-18', keptAt: '2026-11-19T10:00:00Z' },
      { status: 'open', due: '2026-11-19' },
      { status: 'open', due: '2026-11-30' },
      { status: 'kept', due: '2026-10-01', keptAt: '2026-10-01T10:00:00Z' },
    ], range);
    expect(s.promises).toEqual({ onTime: 1, late: 1, open: 1, overdue: 1 });
  });

  it('gives three talking points from the data', () => {
    const s = summary(records, [{ status: 'open', due: '2026-11-19' }], range);
    const points = talkingPoints(s);
    expect(points).toHaveLength(3);
    expect(points[0]).toMatch(/^Ownership was the lowest area \(average 50\)\./);
    expect(points[1]).toMatch(/^“Hiding behind policy” came up in 3 of 4 emails\./);
    expect(points[2]).toMatch(/^1 promise was late or is overdue\./);
    const noPromises = talkingPoints(summary(records, [], range));
    expect(noPromises[2]).toMatch(/^The average score rose 20 points on the previous 7 days\./);
    expect(talkingPoints(summary([], [], range))).toHaveLength(1);
  });
});

describe('team phrases by name', () => {
  const range = { days: 7, now: NOW, timeZone: BERLIN };
  const touch = { kind: 'team-phrase' as const, label: 'Say “follow up”, not “touch base”.' };
  const circle = { kind: 'team-phrase' as const, label: 'Say when, not “circle back”.' };
  const caseNo = { kind: 'team-required' as const, label: 'Mention the case number.' };
  const records = [
    rec('2026-11-23T08:00:00Z', { kinds: ['team-phrase', 'team-phrase', 'team-required'], teamHints: [touch, touch, caseNo] }),
    rec('2026-11-22T08:00:00Z', { kinds: ['team-phrase', 'team-phrase'], teamHints: [circle, touch] }),
    rec('2026-11-21T08:00:00Z', { kinds: ['team-phrase'], teamHints: [circle] }),
    // Sent before phrases were kept by name (history v1): counted in the kind, named nowhere.
    rec('2026-11-20T08:00:00Z', { kinds: ['team-phrase'] }),
  ];

  it('ranks a team kind’s phrases by hints, then emails', () => {
    expect(topPhrases(records, 'team-phrase', 3)).toEqual([
      { label: touch.label, count: 3, emails: 2 },
      { label: circle.label, count: 2, emails: 2 },
    ]);
    expect(topPhrases(records, 'team-required', 3)).toEqual([{ label: caseNo.label, count: 1, emails: 1 }]);
    expect(topPhrases(records, 'team-phrase', 1)).toHaveLength(1);
  });

  it('names the phrases under their team kind in the summary and its talking points', () => {
    const s = summary(records, [], range);
    const team = s.topKinds.find((k) => k.kind === 'team-phrase')!;
    expect(team).toMatchObject({ label: 'Phrase your team avoids', count: 6, emails: 4 });
    expect(team.phrases!.map((p) => p.label)).toEqual([touch.label, circle.label]);
    expect(s.topKinds.find((k) => k.kind === 'team-required')!.phrases).toEqual([{ label: caseNo.label, count: 1, emails: 1 }]);
    expect(talkingPoints(s).join('\n')).toContain(`“Phrase your team avoids” (most often: ${touch.label}) came up in 4 of 4 emails.`);
    // Built-in kinds have no phrases.
    expect(topKinds([rec('2026-11-23T08:00:00Z', { kinds: ['jargon'] })], 3)[0]).not.toHaveProperty('phrases');
  });
});

describe('coaching tips', () => {
  it('has a name matching the rule’s title and a tip for every hint kind', () => {
    for (const kind of KINDS) {
      expect(KIND_COACHING[kind].tip.length, kind).toBeGreaterThan(10);
      const rule = RULES.find((r) => r.kind === kind);
      expect(KIND_COACHING[kind].label, kind).toBe(rule?.title);
    }
    for (const kind of TEAM_KINDS) expect(KIND_COACHING[kind].tip, kind).toMatch(/playbook/);
  });
});
