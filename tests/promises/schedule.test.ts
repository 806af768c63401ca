import { describe, expect, it } from 'vitest';
import { localParts } from '../../src/model/time';
import { analyze } from '../../src/model/index';
import { dueInstant, groupPromises, nextOverdueAt, overdueCount, reminderTime, snoozeChoices, statusOf } from '../../src/promises/schedule';
import { makePromise } from './helpers';

const settings = { leadMinutes: 60, workdayStart: '09:00' };
const at = (iso: string) => new Date(iso);
const wallClock = (d: Date | undefined, zone: string) => {
  const l = localParts(d!, zone);
  return `${l.year}-${String(l.month).padStart(2, '0')}-${String(l.day).padStart(2, '0')} ${String(l.hour).padStart(2, '0')}:${String(l.minute).padStart(2, '0')}`;
};

describe('reminderTime across DST changes', () => {
  it('Berlin: a promise due the day after clocks go forward reminds exactly the lead time before the local due time', () => {
    // The model resolves "by Monday at 3pm", written on Friday in winter time, to summer time (+02:00).
    const report = analyze(
      { body: "Hi Anna,\n\nI'll send the revised pricing by Monday at 3pm.\n\nBest,\nTom" },
      { role: 'account', now: '2026-03-27T10:00:00+01:00', timeZone: 'Europe/Berlin' },
    );
    const due = report.commitments.find((c) => c.owner === 'me')?.due;
    expect(due).toBe('2026-03-30T15:00:00+02:00');
    const p = makePromise({ due, timeZone: 'Europe/Berlin' });
    const now = at('2026-03-27T09:00:00Z');
    const r = reminderTime(p, settings, now);
    expect(r?.toISOString()).toBe('2026-03-30T12:00:00.000Z');
    expect(wallClock(r, 'Europe/Berlin')).toBe('2026-03-30 14:00');
    expect(reminderTime(p, { ...settings, leadMinutes: 15 }, now)?.toISOString()).toBe('2026-03-30T12:45:00.000Z');
  });

  it('Berlin: on the day of the change itself', () => {
    const p = makePromise({ due: '2026-03-29T15:00:00+02:00' });
    const r = reminderTime(p, settings, at('2026-03-27T09:00:00Z'));
    expect(wallClock(r, 'Europe/Berlin')).toBe('2026-03-29 14:00');
  });

  it('New York: a promise due the day after clocks go back reminds exactly the lead time before the local due time', () => {
    const report = analyze(
      { body: "Hi Sam,\n\nI'll send the revised pricing by Monday at 3pm.\n\nBest,\nTom" },
      { role: 'account', now: '2026-10-30T10:00:00-04:00', timeZone: 'America/New_York' },
    );
    const due = report.commitments.find((c) => c.owner === 'me')?.due;
    expect(due).toBe('2026-11-02T15:00:00-05:00');
    const p = makePromise({ due, timeZone: 'America/New_York' });
    const r = reminderTime(p, settings, at('2026-10-30T14:00:00Z'));
    expect(r?.toISOString()).toBe('2026-11-02T19:00:00.000Z');
    expect(wallClock(r, 'America/New_York')).toBe('2026-11-02 14:00');
    const sameDay = makePromise({ due: '2026-11-01T15:00:00-05:00', timeZone: 'America/New_York' });
    expect(wallClock(reminderTime(sameDay, settings, at('2026-10-30T14:00:00Z')), 'America/New_York')).toBe('2026-11-01 14:00');
  });

  it('date-only promises remind at 09:00 local on their day, in summer and winter time', () => {
    const cases: [string, string, string][] = [
      ['Europe/Berlin', '2026-03-27', '2026-03-27T08:00:00.000Z'],
      ['Europe/Berlin', '2026-03-29', '2026-03-29T07:00:00.000Z'],
      ['Europe/Berlin', '2026-03-30', '2026-03-30T07:00:00.000Z'],
      ['America/New_York', '2026-10-31', '2026-10-31T13:00:00.000Z'],
      ['America/New_York', '2026-11-01', '2026-11-01T14:00:00.000Z'],
      ['America/New_York', '2026-11-02', '2026-11-02T14:00:00.000Z'],
    ];
    for (const [timeZone, due, expected] of cases) {
      const p = makePromise({ due, dateOnly: true, timeZone });
      const r = reminderTime(p, settings, at('2026-03-20T00:00:00Z'));
      expect(r?.toISOString(), `${due} in ${timeZone}`).toBe(expected);
      expect(wallClock(r, timeZone)).toBe(`${due} 09:00`);
    }
  });

  it('uses the working-day start from the settings for date-only promises, ignoring the lead time', () => {
    const p = makePromise({ due: '2026-11-27', dateOnly: true });
    expect(wallClock(reminderTime(p, { leadMinutes: 240, workdayStart: '08:30' }, at('2026-11-23T09:00:00Z')), 'Europe/Berlin')).toBe('2026-11-27 08:30');
  });
});

describe('reminderTime edge cases', () => {
  const p = makePromise(); // due 2026-11-26 15:00 Berlin = 14:00Z

  it('no reminder once the due time has passed: the promise is overdue', () => {
    const now = at('2026-11-26T14:00:01Z');
    expect(reminderTime(p, settings, now)).toBeUndefined();
    expect(statusOf(p, now)).toBe('overdue');
  });

  it('reminder time already past but the due time still ahead: one minute from now', () => {
    const now = at('2026-11-26T13:30:00Z'); // 14:30 Berlin, due at 15:00
    expect(reminderTime(p, settings, now)?.toISOString()).toBe('2026-11-26T13:31:00.000Z');
    expect(statusOf(p, now)).toBe('upcoming');
  });

  it('an explicit snooze wins, even before or after the computed time, and even once overdue', () => {
    const now = at('2026-11-24T09:00:00Z');
    expect(reminderTime(makePromise({ remindAt: '2026-11-25T08:00:00.000Z' }), settings, now)?.toISOString()).toBe('2026-11-25T08:00:00.000Z');
    expect(reminderTime(makePromise({ remindAt: '2026-11-26T13:50:00.000Z' }), settings, now)?.toISOString()).toBe('2026-11-26T13:50:00.000Z');
    const later = at('2026-11-26T16:00:00Z');
    expect(reminderTime(makePromise({ remindAt: '2026-11-27T08:00:00.000Z' }), settings, later)?.toISOString()).toBe('2026-11-27T08:00:00.000Z');
  });

  it('a snooze missed while the browser was closed comes one minute from now, once', () => {
    const now = at('2026-11-25T10:00:00Z');
    const missed = makePromise({ remindAt: '2026-11-25T08:00:00.000Z' });
    expect(reminderTime(missed, settings, now)?.toISOString()).toBe('2026-11-25T10:01:00.000Z');
    // Once shown, it is not shown again; the regular reminder (an hour before the due time) still comes.
    expect(reminderTime({ ...missed, notifiedAt: '2026-11-25T10:01:00.000Z' }, settings, now)?.toISOString()).toBe('2026-11-26T13:00:00.000Z');
  });

  it('a snooze shown before the regular reminder leaves it in place; one set past it replaces it', () => {
    const now = at('2026-11-24T09:10:00Z');
    // "Remind me in 1 hour" on Tuesday, shown: Thursday's reminder an hour before 15:00 still comes.
    const early = makePromise({ remindAt: '2026-11-24T09:07:00.000Z', notifiedAt: '2026-11-24T09:07:00.000Z' });
    expect(reminderTime(early, settings, now)?.toISOString()).toBe('2026-11-26T13:00:00.000Z');
    // Snoozed to 13:30 on Thursday (past 13:00) and shown: no second reminder before the due time.
    const late = makePromise({ remindAt: '2026-11-26T13:30:00.000Z', notifiedAt: '2026-11-26T13:30:00.000Z' });
    expect(reminderTime(late, settings, at('2026-11-26T13:31:00Z'))).toBeUndefined();
  });

  it('a reminder already shown is not shown again', () => {
    const shown = makePromise({ notifiedAt: '2026-11-26T13:00:05.000Z' });
    expect(reminderTime(shown, settings, at('2026-11-26T13:01:00Z'))).toBeUndefined();
    // ... but a reminder from before a new, later due date does not count.
    const moved = makePromise({ notifiedAt: '2026-11-26T13:00:05.000Z', due: '2026-11-30T15:00:00+01:00' });
    expect(reminderTime(moved, settings, at('2026-11-26T13:01:00Z'))?.toISOString()).toBe('2026-11-30T13:00:00.000Z');
  });

  it('kept and undated promises get no reminder', () => {
    const now = at('2026-11-24T09:00:00Z');
    const kept = makePromise({ status: 'kept', keptAt: '2026-11-24T08:00:00.000Z', remindAt: '2026-11-25T08:00:00.000Z' });
    expect(reminderTime(kept, settings, now)).toBeUndefined();
    expect(statusOf(kept, now)).toBe('kept');
    const undated = makePromise({ due: undefined, dueText: undefined });
    expect(reminderTime(undated, settings, now)).toBeUndefined();
    expect(statusOf(undated, now)).toBe('undated');
  });

  it('a lead time of zero reminds at the due time', () => {
    expect(reminderTime(p, { ...settings, leadMinutes: 0 }, at('2026-11-24T09:00:00Z'))?.toISOString()).toBe('2026-11-26T14:00:00.000Z');
  });
});

describe('statusOf and dueInstant', () => {
  it('a date-only promise is overdue only after the end of its day in the writer’s zone', () => {
    const berlin = makePromise({ due: '2026-11-27', dateOnly: true, timeZone: 'Europe/Berlin' });
    expect(dueInstant(berlin)?.toISOString()).toBe('2026-11-27T23:00:00.000Z');
    expect(statusOf(berlin, at('2026-11-27T22:59:59Z'))).toBe('upcoming');
    expect(statusOf(berlin, at('2026-11-27T23:00:00Z'))).toBe('overdue');
    const ny = makePromise({ due: '2026-11-01', dateOnly: true, timeZone: 'America/New_York' });
    expect(dueInstant(ny)?.toISOString()).toBe('2026-11-02T05:00:00.000Z');
    expect(statusOf(ny, at('2026-11-02T04:59:00Z'))).toBe('upcoming');
    expect(statusOf(ny, at('2026-11-02T05:00:00Z'))).toBe('overdue');
  });

  it('a date-only promise on its day, after the working day started, still gets a reminder', () => {
    const p = makePromise({ due: '2026-11-27', dateOnly: true });
    expect(reminderTime(p, settings, at('2026-11-27T12:00:00Z'))?.toISOString()).toBe('2026-11-27T12:01:00.000Z');
  });

  it('a timed promise falls due at its instant', () => {
    expect(dueInstant(makePromise())?.toISOString()).toBe('2026-11-26T14:00:00.000Z');
    expect(dueInstant(makePromise({ due: undefined }))).toBeUndefined();
  });
});

describe('groupPromises', () => {
  it('sorts overdue oldest first, upcoming soonest first, undated newest first and kept most recently kept first', () => {
    const now = at('2026-11-25T12:00:00Z');
    const list = [
      makePromise({ id: 'up-late', due: '2026-12-01T10:00:00+01:00' }),
      makePromise({ id: 'over-recent', due: '2026-11-25T10:00:00+01:00' }),
      makePromise({ id: 'kept-old', status: 'kept', keptAt: '2026-11-20T10:00:00.000Z' }),
      makePromise({ id: 'undated-old', due: undefined, sentAt: '2026-11-20T10:00:00.000Z' }),
      makePromise({ id: 'up-soon-dateonly', due: '2026-11-26', dateOnly: true }),
      makePromise({ id: 'up-soon-timed', due: '2026-11-26T10:00:00+01:00' }),
      makePromise({ id: 'over-old', due: '2026-11-22', dateOnly: true }),
      makePromise({ id: 'kept-new', status: 'kept', keptAt: '2026-11-24T10:00:00.000Z' }),
      makePromise({ id: 'undated-new', due: undefined, sentAt: '2026-11-24T10:00:00.000Z' }),
    ];
    const g = groupPromises(list, now);
    expect(g.overdue.map((p) => p.id)).toEqual(['over-old', 'over-recent']);
    expect(g.upcoming.map((p) => p.id)).toEqual(['up-soon-timed', 'up-soon-dateonly', 'up-late']);
    expect(g.undated.map((p) => p.id)).toEqual(['undated-new', 'undated-old']);
    expect(g.kept.map((p) => p.id)).toEqual(['kept-new', 'kept-old']);
    expect(overdueCount(list, now)).toBe(2);
    expect(nextOverdueAt(list, now)?.toISOString()).toBe('2026-11-26T09:00:00.000Z');
  });

  it('has no next overdue moment when nothing open is ahead', () => {
    expect(nextOverdueAt([makePromise({ status: 'kept', keptAt: '2026-11-24T10:00:00.000Z' })], at('2026-11-24T11:00:00Z'))).toBeUndefined();
  });
});

describe('snooze choices follow the due date', () => {
  // makePromise: due Thu 26 Nov 2026 at 15:00 Berlin.
  const berlinTimes = (choices: { label: string; at: Date }[]) => choices.map((c) => [c.label, wallClock(c.at, 'Europe/Berlin')]);

  it('two days ahead: the day before, the morning of and an hour before, never "in 1 hour"', () => {
    const choices = snoozeChoices(makePromise(), settings, at('2026-11-24T09:00:00Z'), 'Europe/Berlin'); // Tue 10:00
    expect(berlinTimes(choices)).toEqual([
      ['The day before', '2026-11-25 09:00'],
      ['The morning of', '2026-11-26 09:00'],
      ['An hour before', '2026-11-26 14:00'],
    ]);
  });

  it('only what is still ahead: on the day, the morning has gone', () => {
    expect(berlinTimes(snoozeChoices(makePromise(), settings, at('2026-11-26T10:00:00Z'), 'Europe/Berlin'))).toEqual([['An hour before', '2026-11-26 14:00']]);
  });

  it('the working day starts when the writer says', () => {
    const choices = snoozeChoices(makePromise(), { workdayStart: '08:30' }, at('2026-11-24T09:00:00Z'), 'Europe/Berlin');
    expect(berlinTimes(choices).slice(0, 2)).toEqual([['The day before', '2026-11-25 08:30'], ['The morning of', '2026-11-26 08:30']]);
  });

  it('a date-only promise: the day before and the morning of, on its own day in its own zone', () => {
    const p = makePromise({ due: '2026-11-27', dateOnly: true });
    expect(berlinTimes(snoozeChoices(p, settings, at('2026-11-24T09:00:00Z'), 'Europe/Berlin'))).toEqual([
      ['The day before', '2026-11-26 09:00'],
      ['The morning of', '2026-11-27 09:00'],
    ]);
  });

  it('within the hour: what is still before it', () => {
    expect(berlinTimes(snoozeChoices(makePromise(), settings, at('2026-11-26T13:20:00Z'), 'Europe/Berlin'))).toEqual([['15 minutes before', '2026-11-26 14:45']]);
    expect(snoozeChoices(makePromise(), settings, at('2026-11-26T13:50:00Z'), 'Europe/Berlin')).toEqual([]);
  });

  it('overdue: in an hour or tomorrow morning; kept or undated: none', () => {
    expect(berlinTimes(snoozeChoices(makePromise(), settings, at('2026-11-26T15:00:00Z'), 'Europe/Berlin'))).toEqual([
      ['In 1 hour', '2026-11-26 17:00'],
      ['Tomorrow morning', '2026-11-27 09:00'],
    ]);
    expect(snoozeChoices(makePromise({ status: 'kept' }), settings, at('2026-11-24T09:00:00Z'))).toEqual([]);
    expect(snoozeChoices(makePromise({ due: undefined }), settings, at('2026-11-24T09:00:00Z'))).toEqual([]);
  });

  it('a chosen reminder is the one that comes', () => {
    const now = at('2026-11-24T09:00:00Z');
    const dayBefore = snoozeChoices(makePromise(), settings, now, 'Europe/Berlin')[0]!.at;
    expect(reminderTime(makePromise({ remindAt: dayBefore.toISOString() }), settings, now)?.toISOString()).toBe(dayBefore.toISOString());
  });
});
