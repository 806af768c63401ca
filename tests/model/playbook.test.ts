import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, DIMENSIONS, hintKey, WEIGHTS } from '../../src/model/index';
import { weightsFor, readPlaybook } from '../../src/model/playbook';
import { ctx } from './helpers';

const SALES = {
  format: 'trust-coach-playbook',
  schemaVersion: 1,
  name: 'Northwind sales',
  version: '2026.11',
  weights: { prospecting: { research: 0.4 } },
  rules: { jargon: { severity: 'risk' }, 'policy-speak': { enabled: false } },
  phrases: [
    { type: 'avoid', pattern: 'touch base', message: '“touch base” says nothing: name the next step.', suggestion: 'Say what the call is for.', replacement: 'talk', dimension: 'clarity' },
    { type: 'avoid', pattern: 'just checking in', message: '“just checking in” reads as chasing.', dimension: 'humility', roles: ['prospecting'] },
    { type: 'require', anyOf: ['case #', 'case number'], message: 'Mention the case number.', suggestion: 'Add “case #1234”.', dimension: 'clarity', roles: ['support'] },
  ],
  coachNotes: [{ kind: 'no-next-step', note: 'Remember: always offer a time for the next call.', author: 'Priya' }],
};

const body = "Hi Dana,\n\nI'd love to touch base about your rollout. We can leverage our reports for your team.\n\nSam";

describe('team playbooks (context.playbook)', () => {
  it('flags the team\'s phrases with the coach\'s message, rewrite and dimension', () => {
    const r = analyze({ body, recipients: [{ name: 'Dana Reyes' }] }, ctx('account', { playbook: SALES }));
    const team = r.hints.find((h) => h.kind === 'team-phrase')!;
    expect(body.slice(team.start, team.end)).toBe('touch base');
    expect(team).toMatchObject({ rule: 'playbook:avoid-1', dimension: 'clarity', message: '“touch base” says nothing: name the next step.', replacement: 'talk', severity: 'warn' });
    expect(team.why).toBe('Your team\'s playbook, “Northwind sales”, asks you not to write this.');
    expect(team.impact).toBeGreaterThan(0);
    // Only in the roles it names.
    const checking = "Hi Dana,\n\nJust checking in on the pilot. Could we talk Tuesday at 10am?";
    expect(analyze({ body: checking }, ctx('prospecting', { playbook: SALES })).hints.map((h) => h.rule)).toContain('playbook:avoid-2');
    expect(analyze({ body: checking }, ctx('account', { playbook: SALES })).hints.map((h) => h.rule)).not.toContain('playbook:avoid-2');
  });

  it('asks for what the team requires, for the roles it names', () => {
    const reply = 'Hi Dana,\n\nI refunded the second charge today.';
    const missing = analyze({ body: reply }, ctx('support', { playbook: SALES }));
    expect(missing.hints.find((h) => h.kind === 'team-required')).toMatchObject({ start: 0, end: 0, message: 'Mention the case number.', why: 'Your team\'s playbook, “Northwind sales”, asks for this.' });
    const present = analyze({ body: reply + ' Your case number is 4471.' }, ctx('support', { playbook: SALES }));
    expect(present.hints.map((h) => h.kind)).not.toContain('team-required');
    expect(analyze({ body: reply }, ctx('account', { playbook: SALES })).hints.map((h) => h.kind)).not.toContain('team-required');
  });

  it('turns rules off and re-weighs their severity', () => {
    const plain = analyze({ body }, ctx('account'));
    const team = analyze({ body }, ctx('account', { playbook: SALES }));
    const j1 = plain.hints.find((h) => h.rule === 'jargon')!;
    const j2 = team.hints.find((h) => h.rule === 'jargon')!;
    expect(j1.severity).toBe('warn');
    expect(j2.severity).toBe('risk');
    expect(team.dimensions.humility.score).toBeLessThan(plain.dimensions.humility.score);
    const policy = 'Hi Dana,\n\nPer our policy, refunds take 30 days. I will call you Friday at 10am.';
    expect(analyze({ body: policy }, ctx('support')).hints.map((h) => h.rule)).toContain('policy-speak');
    expect(analyze({ body: policy }, ctx('support', { playbook: SALES })).hints.map((h) => h.rule)).not.toContain('policy-speak');
  });

  it('weighs dimensions as the team says, renormalized to whole percents', () => {
    const w = weightsFor('prospecting', readPlaybook(SALES));
    expect(DIMENSIONS.reduce((a, d) => a + w[d], 0)).toBeCloseTo(1, 10);
    expect(w.research).toBeGreaterThan(WEIGHTS.prospecting.research);
    for (const d of DIMENSIONS) expect(Math.round(w[d] * 100)).toBeCloseTo(w[d] * 100, 10);
    const r = analyze({ body: 'Hi Dana,\n\nOur platform is the best. Buy it.' }, ctx('prospecting', { playbook: SALES }));
    expect(r.dimensions.research.weight).toBe(w.research);
    expect(weightsFor('support', readPlaybook(SALES))).toBe(WEIGHTS.support);
  });

  it('shows the manager\'s coach note with hints of its kind', () => {
    const noStep = 'Hi Dana,\n\nThe refund went through and the invoice is corrected.';
    const r = analyze({ body: noStep, quoted: 'I was charged twice.' }, ctx('support', { playbook: SALES }));
    const hint = r.hints.find((h) => h.kind === 'no-next-step')!;
    expect(hint.coachNote).toEqual({ note: 'Remember: always offer a time for the next call.', author: 'Priya' });
    expect(r.hints.filter((h) => h.kind !== 'no-next-step').every((h) => !h.coachNote)).toBe(true);
  });

  it('lets a team hint be dismissed like any other', () => {
    const key = hintKey('playbook:avoid-1', 'touch base');
    const r = analyze({ body }, ctx('account', { playbook: SALES, dismissed: [key] }));
    expect(r.hints.map((h) => h.kind)).not.toContain('team-phrase');
  });

  it('skips what is not playbook-shaped instead of failing', () => {
    for (const bad of [null, 42, 'x', [], { phrases: [{ type: 'avoid' }, { type: 'avoid', pattern: 'x', message: 'm', dimension: 'nope' }], rules: { jargon: 'off' }, weights: { prospecting: { research: 7 } } }]) {
      expect(() => analyze({ body }, ctx('prospecting', { playbook: bad }))).not.toThrow();
    }
    expect(analyze({ body }, ctx('prospecting', { playbook: { weights: { prospecting: { research: 7 } } } })).dimensions.research.weight).toBe(WEIGHTS.prospecting.research);
  });

  it('reads team phrases as plain words: * for one word or any ending, case # finds a number', () => {
    const pb = { name: 'x', phrases: [
      { type: 'avoid', pattern: 'per * policy', message: 'm1', dimension: 'clarity' },
      { type: 'avoid', pattern: 'apolog*', message: 'm2', dimension: 'ownership' },
      { type: 'require', pattern: 'case #', message: 'need case', dimension: 'clarity' },
      { type: 'avoid', pattern: 'a(b', message: 'refused pattern: skipped', dimension: 'clarity' },
    ] };
    const body = 'Hi Dana,\n\nPer company policy we apologise. Your case #4821 is closed.';
    const r = analyze({ body }, ctx('support', { playbook: pb }));
    const team = r.hints.filter((h) => h.kind === 'team-phrase').map((h) => body.slice(h.start, h.end));
    expect(team.sort()).toEqual(['Per company policy', 'apologise']);
    expect(r.hints.map((h) => h.kind)).not.toContain('team-required');
    expect(analyze({ body: 'Hi Dana, it is closed.' }, ctx('support', { playbook: pb })).hints.map((h) => h.message)).toContain('need case');
  });

  describe('a team phrase on words a built-in rule also flags', () => {
    const DESK = {
      name: 'Contoso Support Desk',
      phrases: [
        { type: 'avoid', pattern: 'per our policy', message: 'Don’t hide behind policy – tell the customer what YOU can do for them.', replacement: 'what I can do is this:', dimension: 'ownership' },
        { type: 'avoid', pattern: 'circle back', message: 'Say when you will get back to them.', replacement: 'call you', dimension: 'personalization' },
      ],
    };
    const reply = 'Hi Dana,\n\nPer our policy, refunds take 30 days. I will circle back with you on Friday at 10am.';

    it('shows the team’s hint, not the built-in one, whatever the dimensions', () => {
      const plain = analyze({ body: reply }, ctx('support'));
      expect(plain.hints.map((h) => h.rule)).toEqual(expect.arrayContaining(['policy-speak', 'jargon']));
      const r = analyze({ body: reply }, ctx('support', { playbook: DESK }));
      const on = (words: string) => r.hints.filter((h) => h.impact > 0 && h.start < reply.indexOf(words) + words.length && h.end > reply.indexOf(words));
      // Same dimension (ownership, like policy-speak): the team's 12 points beat the built-in's 45.
      expect(on('Per our policy')).toEqual([expect.objectContaining({ kind: 'team-phrase', message: DESK.phrases[0]!.message, replacement: DESK.phrases[0]!.replacement, why: 'Your team\'s playbook, “Contoso Support Desk”, asks you not to write this.' })]);
      // Another dimension (jargon counts in humility): still only the team's.
      expect(on('circle back')).toEqual([expect.objectContaining({ kind: 'team-phrase', dimension: 'personalization', message: 'Say when you will get back to them.', replacement: 'call you' })]);
      expect(r.hints.map((h) => h.rule)).not.toContain('policy-speak');
      expect(r.hints.map((h) => h.rule)).not.toContain('jargon');
      // What the writer did right stays.
      expect(r.hints.map((h) => h.rule)).toContain('specific-commitment');
      expect(r.hints.reduce((a, h) => a + h.impact, 0)).toBe(100 - r.score);
      // Dismissed, the team's hint is gone; the built-in one isn't hidden by a phrase the writer dismissed.
      const dismissed = analyze({ body: reply }, ctx('support', { playbook: DESK, dismissed: [hintKey('playbook:avoid-1', 'Per our policy')] }));
      expect(dismissed.hints.map((h) => h.rule)).toContain('policy-speak');
    });

    it('keeps both when the team’s words are only a small part of a built-in finding', () => {
      const long = 'Hi Dana,\n\nFollowing the comprehensive reassessment of organisational requirements undertaken by the implementation committee, notwithstanding the considerable administrative complexity associated with the consolidation of departmental procurement arrangements, we will circle back. Could we meet Tuesday?';
      const r = analyze({ body: long }, ctx('prospecting', { playbook: { name: 'x', phrases: [{ type: 'avoid', pattern: 'circle back', message: 'm', dimension: 'clarity' }] } }));
      expect(r.hints.map((h) => h.rule)).toEqual(expect.arrayContaining(['hard-to-read', 'playbook:avoid-1']));
      expect(r.hints.map((h) => h.rule)).not.toContain('jargon');
    });

    it('drops a team replacement that would bring the built-in finding back at a lower score', () => {
      const pb = { name: 'x', phrases: [{ type: 'avoid', pattern: 'per our policy refunds', message: 'm', replacement: 'per our policy money', dimension: 'clarity' }] };
      const body = 'Hi Dana,\n\nPer our policy refunds take 30 days. I will call you on Friday at 10am.';
      const r = analyze({ body }, ctx('support', { playbook: pb }));
      const team = r.hints.find((h) => h.kind === 'team-phrase')!;
      expect(r.hints.map((h) => h.rule)).not.toContain('policy-speak');
      expect(team.replacement).toBeUndefined();
    });

    it('applying a team phrase’s replacement never lowers the score', () => {
      const phrases = ['per our policy', 'circle back', 'touch base', 'just checking in', 'leverage', 'our policy', 'policy'];
      const replacements = ['', 'talk', 'per our policy', 'leverage our synergy', 'we are the best', 'circle back'];
      const pieces = ['Hi Dana,', 'Per our policy, refunds take 30 days.', 'I will circle back on Friday.', "Let's touch base.", 'Just checking in.', 'We leverage our platform.', "That's our policy.", '\n\n'];
      fc.assert(fc.property(
        fc.array(fc.record({ pattern: fc.constantFrom(...phrases), replacement: fc.constantFrom(...replacements), dimension: fc.constantFrom(...DIMENSIONS) }), { minLength: 1, maxLength: 3 }),
        fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 8 }).map((a) => a.join(' ')),
        fc.constantFrom('prospecting' as const, 'support' as const, 'account' as const),
        (list, body, role) => {
          const pb = { name: 'x', phrases: list.map((p) => ({ type: 'avoid', message: 'm', ...p })) };
          const before = analyze({ body }, ctx(role, { playbook: pb }));
          for (const h of before.hints.filter((x) => x.replacement !== undefined)) {
            const fixed = body.slice(0, h.start) + h.replacement + body.slice(h.end);
            expect(analyze({ body: fixed }, ctx(role, { playbook: pb })).score, `${h.rule}: ${JSON.stringify(body)}`).toBeGreaterThanOrEqual(before.score);
          }
        },
      ), { numRuns: 150 });
    });
  });
});
