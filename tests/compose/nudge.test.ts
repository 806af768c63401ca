import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/model/index';
import { byPhrase, nudgeFor, rewrite, timeChoices } from '../../src/compose/nudge';
import type { Hint } from '../../src/model/types';
import { ctx } from '../model/helpers';

// Local times: the nudge works in the writer's own clock (the test machine's zone does not matter).
const monday = new Date(2026, 10, 23, 10, 0); // Mon 23 Nov 2026, 10:00
const friday = new Date(2026, 10, 27, 16, 30); // Fri 27 Nov 2026, 16:30

describe('the gentle check before Send', () => {
  it('speaks up for a vague promise, with the words the writer used', () => {
    const body = "Hi Dana,\n\nThanks for the call. I'll follow up soon with a deck.\n\nSam";
    const n = nudgeFor(analyze({ body, recipients: [{ name: 'Dana Reyes' }] }, ctx('account')), body)!;
    expect(n.text).toBe('You promised “soon” — add a day?');
    expect(n.action).toBe('Add a day');
  });
  it('speaks up for an unowned promise, and stays quiet for a specific one', () => {
    const body = 'Hi Dana,\n\nSomeone will get back to you shortly.';
    const n = nudgeFor(analyze({ body }, ctx('support')), body)!;
    expect(n.hint.kind).toBe('unowned-promise');
    expect(n.text).toMatch(/^No one owns “[Ss]omeone will get back to you/);
    const good = "Hi Dana,\n\nI'll call you Thursday at 3pm.";
    expect(nudgeFor(analyze({ body: good }, ctx('support')), good)).toBeUndefined();
  });
  it('stays quiet for a promise that waits on an event: it needs no date', () => {
    for (const body of ['Hi Dana,\n\nI will send you the deck as soon as it is live.', 'Hi Dana,\n\nI will follow up once the contract is signed.']) {
      const report = analyze({ body }, ctx('account'));
      expect(report.commitments.map((c) => c.event), body).toHaveLength(1);
      expect(nudgeFor(report, body), body).toBeUndefined();
    }
  });
  it('quotes a long promise cut between words', () => {
    const body = 'Hi Dana,\n\nSomeone from our billing department will get back to you shortly.';
    const n = nudgeFor(analyze({ body }, ctx('support')), body)!;
    const quoted = /“(.*)…”/.exec(n.text)![1]!;
    expect(body).toContain(`${quoted} `);
    expect(quoted).not.toMatch(/[\s,.]$/);
  });
  it('offers later today only with time to spare, and skips weekends', () => {
    expect(timeChoices(monday).map((c) => c.label)).toEqual(['Today, 5 pm', 'Tomorrow, 10 am', 'Wednesday, 3 pm']);
    const fri = timeChoices(friday);
    expect(fri.map((c) => c.label)).toEqual(['Monday, 10 am', 'Tuesday, 3 pm']);
    expect(fri[0]!.date.getDay()).toBe(1);
  });
  it('writes the time the way people do', () => {
    expect(byPhrase(new Date(2026, 10, 23, 17, 0), monday)).toBe('by 5 pm today');
    expect(byPhrase(new Date(2026, 10, 24, 10, 0), monday)).toBe('by tomorrow at 10 am');
    expect(byPhrase(new Date(2026, 10, 26, 15, 30), monday)).toBe('by Thursday at 3:30 pm');
    expect(byPhrase(new Date(2026, 11, 7, 15, 0), monday)).toBe('by Mon 7 Dec at 3 pm');
  });
  it('makes the promise concrete and the writer\'s own, and the model agrees', () => {
    const thursday = new Date(2026, 10, 26, 15, 0);
    const body = 'Hi Dana,\n\nSomeone will get back to you shortly.';
    const n = nudgeFor(analyze({ body }, ctx('support')), body)!;
    const fixed = body.slice(0, n.hint.start) + rewrite(n, thursday, monday) + body.slice(n.hint.end);
    expect(fixed).toContain('I will get back to you by Thursday at 3 pm');
    const after = analyze({ body: fixed }, ctx('support'));
    expect(after.hints.map((h) => h.kind)).not.toContain('unowned-promise');
    expect(after.commitments.some((c) => c.specific && c.owner === 'me')).toBe(true);
    const vague = "Hi Dana,\n\nI'll follow up soon with a deck.";
    const v = nudgeFor(analyze({ body: vague }, ctx('account')), vague)!;
    const fixedVague = vague.slice(0, v.hint.start) + rewrite(v, thursday, monday) + vague.slice(v.hint.end);
    expect(fixedVague).toBe("Hi Dana,\n\nI'll follow up by Thursday at 3 pm with a deck.");
    expect(analyze({ body: fixedVague }, ctx('account')).hints.map((h) => h.kind)).not.toContain('vague-timing');
  });
});

describe('rewrite: the promise’s end mark goes before the time (issue 18: a scan, not /[\\s.!]+$/)', () => {
  const unowned = (excerpt: string) => ({ hint: { kind: 'unowned-promise' } as Hint, excerpt });
  const thursday = new Date(2026, 10, 26, 15, 0);
  it('ordinary promises', () => {
    expect(rewrite(unowned('Someone will send the deck.'), thursday, monday)).toBe(`I will send the deck ${byPhrase(thursday, monday)}`);
    expect(rewrite(unowned('We will send the deck'), thursday, monday)).toBe(`I will send the deck ${byPhrase(thursday, monday)}`);
  });

  it('a long run of marks and spaces, inside and at the end', () => {
    const run = ' .'.repeat(50_000);
    expect(rewrite(unowned(`We will send it${run}`), thursday, monday)).toBe(`I will send it ${byPhrase(thursday, monday)}`);
    expect(rewrite(unowned(`We will send it${run}x`), thursday, monday)).toBe(`I will send it${run}x ${byPhrase(thursday, monday)}`);
  });
});
