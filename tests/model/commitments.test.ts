import { describe, expect, it } from 'vitest';
import { findCommitments } from '../../src/model/commitments';
import { analyze } from '../../src/model/index';
import { ctx } from './helpers';

const berlinMonday = { now: new Date('2026-11-23T09:00:00Z'), timeZone: 'Europe/Berlin' }; // Mon 10:00 in Berlin

function one(sentence: string, clock = berlinMonday) {
  const found = findCommitments(sentence, clock);
  expect(found, sentence).toHaveLength(1);
  return found[0]!;
}

describe('commitments', () => {
  it('resolves a weekday and hour in the writer\'s zone', () => {
    const c = one("I'll send the revised pricing by Thursday at 3pm.");
    expect(c).toMatchObject({ owner: 'me', specific: true, due: '2026-11-26T15:00:00+01:00', dueText: 'Thursday at 3pm' });
    expect(c.text).toBe("I'll send the revised pricing by Thursday at 3pm");
  });

  it('gives date-only promises a date without a time', () => {
    expect(one('We will ship the replacement by Friday.')).toMatchObject({ owner: 'we', specific: true, due: '2026-11-27' });
    expect(one('I will call you tomorrow.')).toMatchObject({ due: '2026-11-24', specific: true });
  });

  it('resolves the same words differently in another zone', () => {
    const c = one("I'll call you tomorrow at 9am.", { now: new Date('2026-11-23T09:00:00Z'), timeZone: 'America/Los_Angeles' });
    expect(c.due).toBe('2026-11-24T09:00:00-08:00');
  });

  it('uses the offset in force on the due date across a daylight-saving change', () => {
    // Friday 27 March 2026 in Berlin (CET, +01:00); the promise falls after the switch to CEST on Sunday 29 March.
    const c = one("I'll call you on Monday at 10am.", { now: new Date('2026-03-27T10:00:00Z'), timeZone: 'Europe/Berlin' });
    expect(c.due).toBe('2026-03-30T10:00:00+02:00');
  });

  it('resolves "end of day" to 17:00 today', () => {
    expect(one("I'll have the quote to you by end of day.").due).toBe('2026-11-23T17:00:00+01:00');
  });

  it('reads an hour without am or pm from 1 to 7 as the afternoon, a working hour', () => {
    expect(one("I'll send the signed copy by 3:00 today.")).toMatchObject({ due: '2026-11-23T15:00:00+01:00', specific: true });
    expect(one("I'll call you at 9 tomorrow.").due).toBe('2026-11-24T09:00:00+01:00');
    expect(one("I'll call you at 3am tomorrow.").due).toBe('2026-11-24T03:00:00+01:00');
  });

  it('takes no time from the past, from a month that names a thing, or from a clause of its own before the promise', () => {
    expect(findCommitments('Invoices dated from 1 April will show the VAT on a separate line.', berlinMonday)).toEqual([]);
    const since = findCommitments("Our cost on the panels hasn't moved since January, and if that changes you'll hear it from me first.", berlinMonday);
    expect(since.map((c) => c.dueText)).toEqual(since.map(() => undefined));
    const bill = findCommitments("I'll post you a paper copy of your February bill.", berlinMonday);
    expect(bill.map((c) => c.dueText)).toEqual(bill.map(() => undefined));
    // A leading time in the promise's own clause still counts.
    expect(one("By Friday, I'll send the revised contract.")).toMatchObject({ specific: true, due: '2026-11-27' });
  });

  it('takes no time from something past said inside the promise, unless a deadline word makes it the promise\'s', () => {
    for (const text of ["I'll bring the three things your team asked us to change in September, with where each stands.", "I'll send the figures we discussed on Monday."]) {
      expect(findCommitments(text, berlinMonday).map((c) => c.dueText), text).toEqual(findCommitments(text, berlinMonday).map(() => undefined));
    }
    expect(one("I'll send the report you asked for by Friday.")).toMatchObject({ dueText: 'Friday', specific: true });
    expect(one("I'll call you on Monday.")).toMatchObject({ specific: true });
  });

  it('never resolves a weekday to the past', () => {
    // On Thursday, "Monday" is next Monday.
    const c = one("I'll call you Monday at 9.", { now: new Date('2026-11-26T09:00:00Z'), timeZone: 'Europe/Berlin' });
    expect(c.due).toBe('2026-11-30T09:00:00+01:00');
  });

  it.each([
    ["You'll have the forms later today or tomorrow.", 'you'],
    ["I'll get back to you soon.", 'me'],
    ['We will fix it ASAP.', 'we'],
    ["I'll send it over next week.", 'me'],
  ])('marks vague times as not specific: %s', (s, owner) => {
    expect(one(s)).toMatchObject({ owner, specific: false });
  });

  it.each([
    ['You will be contacted by a representative.'],
    ['Someone will get back to you.'],
    ['The seller will contact you.'],
    ['It will be taken care of.'],
    ['Our team will look into it.'],
    ['Someone from our team will be in touch.'],
    ['A member of the support team will call you.'],
  ])('finds no owner in: %s', (s) => {
    expect(one(s).owner).toBe('none');
  });

  it('reads "talk to my manager and get back to you" as a promise, with no time', () => {
    expect(one('Let me talk to my manager and get back to you.')).toMatchObject({ owner: 'me', specific: false });
    expect(one("I'll speak with our finance team and get back to you.")).toMatchObject({ owner: 'me', specific: false });
    expect(one("I'll talk to my manager on Friday at 3pm.")).toMatchObject({ owner: 'me', specific: true });
  });

  it('names a third party as the owner', () => {
    expect(one('Priya will send the contract on Tuesday at 11am.')).toMatchObject({ owner: 'other', specific: true });
  });

  it.each([
    ['You will love the new dashboard.'],
    ['I will be out of the office.'],
    ['It will take about two days.'],
    ['You will need to restart the app.'],
    ['Hope to hear from you soon.'],
    ['What will you do?'],
    ['We will not charge you for March.'],
  ])('is not a promise: %s', (s) => {
    expect(findCommitments(s, berlinMonday)).toEqual([]);
  });

  it('reports commitments with offsets into the body', () => {
    const body = "Hi Dana,\n\nThanks for the call. I'll send the pricing by Thursday at 3pm.";
    const r = analyze({ body }, ctx('account'));
    expect(r.commitments).toHaveLength(1);
    const c = r.commitments[0]!;
    expect(body.slice(c.start, c.end)).toBe(c.text);
  });
});

describe('several promises in one sentence', () => {
  it('gives each promise the time said in its own clause', () => {
    const r = analyze({ body: "Hi Dana,\n\nI'll send the corrected invoice by Thursday at 3pm, and we will look into the sync bug soon." }, ctx('support'));
    expect(r.commitments.map((c) => [c.owner, c.due, c.specific])).toEqual([['me', '2026-11-26T15:00:00+01:00', true], ['we', undefined, false]]);
    const vague = r.hints.filter((h) => h.kind === 'vague-timing');
    expect(vague).toHaveLength(1);
    expect(r.commitments[1]!.dueText).toBe('soon');
  });
  it('does not borrow a time from another clause', () => {
    const r = analyze({ body: 'Your order ships on Monday; I will send the tracking link by Monday at 6pm.' }, ctx('support'));
    expect(r.commitments).toHaveLength(1);
    expect(r.commitments[0]).toMatchObject({ dueText: 'Monday at 6pm', due: '2026-11-23T18:00:00+01:00' });
  });
  it('gives a leading time to the first promise', () => {
    const r = analyze({ body: "By Friday, I'll send the draft." }, ctx('account'));
    expect(r.commitments[0]).toMatchObject({ dueText: 'Friday', due: '2026-11-27', specific: true });
  });
});

describe('a time that points back to an earlier date', () => {
  // Written on Wednesday 25 November 2026, 10:00 in Berlin: "Monday" is 30 November.
  const wednesday = { now: new Date('2026-11-25T09:00:00Z'), timeZone: 'Europe/Berlin' };
  it('"by 5 pm that day" is 5 pm on the day said before it, not today', () => {
    const found = findCommitments("We'll ship on Monday, and I'll email the tracking number by 5 pm that day.", wednesday);
    expect(found.map((c) => [c.owner, c.due, c.specific])).toEqual([
      ['we', '2026-11-30', true],
      ['me', '2026-11-30T17:00:00+01:00', true],
    ]);
    expect(found[1]!.dueText).toBe('5 pm that day');
  });
  it('"that afternoon" without an hour is due on the earlier date', () => {
    const found = findCommitments("The engineer visits on Friday 4 December, and I'll call you that afternoon.", wednesday);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ owner: 'me', due: '2026-12-04', specific: true });
  });
  it('with no earlier date, "that day" borrows nothing', () => {
    const found = findCommitments("I'll call you at 3pm that day.", wednesday);
    expect(found[0]?.due).toBe('2026-11-25T15:00:00+01:00');
  });
});

describe('named owners', () => {
  it('credits a named person from a team, not the team', () => {
    const r = analyze({ body: "I'll send the plan by Thursday at 3pm, and Priya from our onboarding team will call you Monday at 10am." }, ctx('account'));
    expect(r.commitments.map((c) => [c.text, c.owner, c.specific])).toEqual([
      ["I'll send the plan by Thursday at 3pm", 'me', true],
      ['Priya from our onboarding team will call you Monday at 10am', 'other', true],
    ]);
    expect(r.hints.map((h) => h.kind)).not.toContain('unowned-promise');
  });
});

describe('promises that wait on an event or a condition', () => {
  it('"as soon as the fix is live" waits on the fix: no vague "soon"', () => {
    const live = one("I'll email you as soon as the fix is live.");
    expect(live).toMatchObject({ owner: 'me', specific: false, event: 'as soon as the fix is live' });
    expect(live.due).toBeUndefined();
    expect(live.dueText).toBeUndefined();
    // "as soon as I can" is still a vague time.
    expect(one("I'll send it as soon as I can.")).toMatchObject({ dueText: 'as soon as I can', specific: false });
    expect(one("I'll get back to you soon.")).toMatchObject({ dueText: 'soon', specific: false });
  });
  it('a promise for when something happens needs no date', () => {
    expect(findCommitments("If you see anything odd in the next export, I'll handle it personally.", berlinMonday)).toEqual([]);
    // A condition does not hide a promise that has a time of its own.
    expect(one("If it helps, I'll call you Thursday at 3pm.")).toMatchObject({ owner: 'me', specific: true });
  });
  it('a promise for after the reader acts, or after the shipment, needs no date', () => {
    expect(findCommitments("Send the receipts to this address and I'll process the claim.", berlinMonday)).toEqual([]);
    expect(findCommitments("If you'd like to rebook later in the year, email me directly and I'll hold the same rate.", berlinMonday)).toEqual([]);
    expect(findCommitments('Upon shipment, we will send you an email with the tracking number.', berlinMonday)).toEqual([]);
    // Without the reader's step first, the promise still needs its time.
    expect(one("I'll process the claim.")).toMatchObject({ owner: 'me', specific: false });
    expect(findCommitments("I'll check the address and I'll send the receipts.", berlinMonday).map((c) => c.owner)).toEqual(['me', 'me']);
  });
  it.each([
    ['I will send you the deck as soon as it is live.', 'me', 'as soon as it is live'],
    ['I will follow up once the contract is signed.', 'me', 'once the contract is signed'],
    ["We'll send the release notes when the fix ships.", 'we', 'when the fix ships'],
    ["I'll call you once we hear back from the carrier.", 'me', 'once we hear back from the carrier'],
    ["I'll send you the login details when it's live.", 'me', "when it's live"],
  ])('a promise bound to an event is tracked with the event and no date: %s', (s, owner, event) => {
    const c = one(s);
    expect(c).toMatchObject({ owner, event, specific: false });
    expect(c.due).toBeUndefined();
    expect(c.dueText).toBeUndefined();
  });
  it('a leading event belongs to the first promise; a leading condition still needs no promise tracked', () => {
    expect(one("Once the contract is signed, I'll send the onboarding plan.")).toMatchObject({ owner: 'me', event: 'Once the contract is signed' });
    expect(findCommitments("If you see anything odd in the next export, I'll handle it personally.", berlinMonday)).toEqual([]);
  });
  it('never takes a date said of the event as the promise\'s own', () => {
    const c = one('I will send the invoice once the contract is signed on Friday.');
    expect(c).toMatchObject({ event: 'once the contract is signed on Friday' });
    expect(c.due).toBeUndefined();
    // A time of the promise's own, before the event, is kept.
    expect(one("I'll call you on Thursday at 3pm once the contract is signed.")).toMatchObject({ due: '2026-11-26T15:00:00+01:00', specific: true, event: 'once the contract is signed' });
  });
  it('the event ends where the clause turns to something else', () => {
    expect(one("I'll send the report when it's in; the replay takes ten minutes.").event).toBe("when it's in");
  });
  it('is no event: a vague time, a frequency, a time of day', () => {
    expect(one("I'll send it as soon as I can.").event).toBeUndefined();
    expect(one("I'll call you after the weekend.").event).toBeUndefined();
  });
  it('what happens to someone else is no promise', () => {
    expect(findCommitments("They'll get an invite link that's valid for 7 days.", berlinMonday)).toEqual([]);
  });
});

describe('a weekday or a month name', () => {
  it('a month without a day is no date ("in November" is not "Mon 1 Nov")', () => {
    const c = one("I'll send you the deck in November.", { now: new Date('2026-11-23T09:00:00Z'), timeZone: 'Europe/Berlin' });
    expect(c.due).toBeUndefined();
    expect(c.specific).toBe(false);
  });
  it('a weekday that does not match the date invents neither: no date, so the writer is asked', () => {
    // 1 December 2026 is a Tuesday; chrono alone reads "Monday 1 Dec" as Tuesday 1 December.
    const c = one("I'll call you on Monday 1 Dec.");
    expect(c.due).toBeUndefined();
    // A time was named (no vague one), but which day is the writer's to say.
    expect(c).toMatchObject({ dueText: 'on Monday 1 Dec' });
    // "Sunday 22 Nov", the day before: chrono alone takes Monday 22 November 2027.
    expect(one("I'll call you on Sunday 22 Nov.").due).toBeUndefined();
    // A weekday that matches is read as written.
    expect(one("I'll call you on Tuesday 1 Dec.").due).toBe('2026-12-01');
  });
  it('never resolves a weekday or a month name to more than a year ahead', () => {
    for (const s of ["I'll send it by November 22.", "I'll call you on Monday.", "I'll send it by 1 March.", "I'll call you Friday 3pm."]) {
      const due = one(s).due;
      expect(due, s).toBeDefined();
      expect(Date.parse(due!.slice(0, 10)) - Date.parse('2026-11-23'), s).toBeLessThanOrEqual(365 * 86_400_000);
    }
  });
});

describe('a day of the month', () => {
  it('"before the 28th" is the next 28th, this month or the next', () => {
    expect(one("I will run a test export with you before the 28th.")).toMatchObject({ owner: 'me', specific: true, due: '2026-11-28', dueText: 'the 28th' });
    // On Monday 23 November the 5th has gone: it is December's.
    expect(one("I'll send the contract by the 5th.")).toMatchObject({ due: '2026-12-05' });
    // With a month, chrono reads it.
    expect(one("I'll send the contract by the 5th of December.").due).toBe('2026-12-05');
  });
});

describe('promise clauses on hostile text', () => {
  it('trims a run of commas and spaces after a promise in linear time (it once backtracked exponentially)', async () => {
    const { findCommitments } = await import('../../src/model/commitments');
    const clock = { now: new Date('2026-06-03T09:00:00Z'), timeZone: 'UTC' };
    // 40 pairs took longer than the age of the universe with the old regular expression.
    const found = findCommitments(`I will send it by Friday${' ,'.repeat(40)} x`, clock);
    expect(found[0]?.text.startsWith('I will send it by Friday')).toBe(true);
    expect(findCommitments('I will send it by Friday, and', clock)[0]?.text).toBe('I will send it by Friday');
  });
});

describe('the due words (issue 18: trimmed by a scan, not /[\\s,;:.]+$/)', () => {
  it('keep their words and lose the marks after them', () => {
    expect(one("I'll send it by Friday, ok?").dueText).toBe('Friday');
    expect(one("I'll call you tomorrow at 9am.").dueText).toBe('tomorrow at 9am');
  });

  it('a long run of spaces and commas after the time', () => {
    expect(one(`I will send it tomorrow${' ,'.repeat(50_000)} x`).dueText).toBe('tomorrow');
  });
});

describe('a promise taken back as it is made', () => {
  it('"we\'ll try our best… but no promises", "fingers crossed" is dated but not clear; a plain "I will try to" stays clear', () => {
    const [hedged] = findCommitments("We'll try our best to get it to you by Friday, but no promises.", berlinMonday);
    expect(hedged).toMatchObject({ specific: false, hedged: true, dueText: 'Friday' });
    const [crossed] = findCommitments("I'll have it sorted by Friday, fingers crossed.", berlinMonday);
    expect(crossed?.specific).toBe(false);
    const [plain] = findCommitments('I will send it by Friday.', berlinMonday);
    expect(plain).toMatchObject({ specific: true });
    expect(plain?.hedged).toBeUndefined();
  });
});

describe('nobody in particular, from a department', () => {
  it('"Someone from accounts will send…" is a promise nobody owns', () => {
    expect(one('Someone from accounts will send over the revised invoice by end of week.')).toMatchObject({ owner: 'none', dueText: 'by end of week' });
    expect(one('Priya from accounts will send over the revised invoice by Friday.')).toMatchObject({ owner: 'other' });
  });
});

describe('a second verb of one subject', () => {
  it('"… and will reach out by Friday" is a promise of the subject before it', () => {
    const [c] = findCommitments('A technician will be assigned to your case and will reach out by Friday.', berlinMonday);
    expect(c).toMatchObject({ text: 'will reach out by Friday', owner: 'none', dueText: 'Friday' });
    const both = findCommitments('I will check the logs and will call you by 4pm.', berlinMonday);
    expect(both.map((x) => x.owner)).toEqual(['me', 'me']);
    expect(both[1]).toMatchObject({ specific: true, dueText: '4pm' });
  });
  it('the writer at the head of a clause is the subject of "and will" after a verb of another tense', () => {
    expect(findCommitments("I'm pulling together the usage numbers and will send them over by Friday.", berlinMonday)).toEqual([
      expect.objectContaining({ text: 'will send them over by Friday', owner: 'me', specific: true }),
    ]);
    expect(findCommitments("We've fixed the export and will send the new file tomorrow.", berlinMonday)).toEqual([expect.objectContaining({ owner: 'we', specific: true })]);
    // Said vaguely, it is still a promise: one the vague-timing hint can ask a day of.
    expect(findCommitments('So I checked the logs and will get back to you soon.', berlinMonday)).toEqual([expect.objectContaining({ owner: 'me', specific: false })]);
    // Not a promise: a wish, and a clause whose subject is someone else.
    expect(findCommitments('I hope the launch went well and will be glad to hear more.', berlinMonday)).toEqual([]);
    expect(findCommitments('Your order shipped and will arrive on Friday.', berlinMonday)).toEqual([]);
  });
});
