// Properties of the whole model on random and adversarial text (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, createSession, MAX_ANALYZED_CHARS, ROLES, type Draft, type Report } from '../../src/model/index';
import { ctx } from './helpers';

// Pieces of email-ish text, good and bad, so random drafts hit the rules.
const PIECES = [
  'Hi Dana,', 'Hello,', 'Dear Customer,', 'Hi {{first_name}},', 'I hope this email finds you well.', 'Just checking in.',
  "I'll send the pricing by Thursday at 3pm.", "You'll have the forms later today or tomorrow.", 'Someone will get back to you.',
  'I understand your frustration.', 'Sorry for any inconvenience this may have caused.', "That's our policy.",
  "You'll need to contact our billing department.", 'Mistakes were made.', 'I think maybe we could just try.',
  'We leverage best-in-class synergy.', 'We are the industry-leading platform.', 'Thank you for your business.',
  'Act now, this is a limited time offer.', 'Challenge me to defend it.', 'How does your team close the books today?',
  "I'm sorry we charged you twice.", 'Our platform helps finance teams.', 'We are a leading provider of payroll software.',
  'Could we meet on Tuesday?', 'Your Brazil expansion looks exciting.', '\n\n', '\n', '—', '😀', 'é', '\u0000', '   ', '?', '...',
];
const draftArb = fc.record({
  body: fc.oneof(
    fc.string({ maxLength: 400 }),
    fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((a) => a.join(' ')),
    fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 20 })), { maxLength: 25 }).map((a) => a.join('')),
  ),
  subject: fc.option(fc.string({ maxLength: 120 }), { nil: undefined }),
  recipients: fc.option(fc.array(fc.record({ name: fc.option(fc.constantFrom('Dana Reyes', 'Jeff Skilling', 'Reyes, Dana', '', 'x'), { nil: undefined }), email: fc.option(fc.constantFrom('dana@northwind.com', 'a@b', 'sales@x.io'), { nil: undefined }) }), { maxLength: 3 }), { nil: undefined }),
  quoted: fc.option(fc.array(fc.constantFrom(...PIECES, 'When could onboarding start?', 'Can you send the invoice?'), { maxLength: 8 }).map((a) => a.join(' ')), { nil: undefined }),
}) as fc.Arbitrary<Draft>;
const roleArb = fc.constantFrom(...ROLES);

function clean<T extends object>(d: T): T {
  return Object.fromEntries(Object.entries(d).filter(([, v]) => v !== undefined)) as T;
}

function checkReport(r: Report, body: string): void {
  expect(r.score).toBeGreaterThanOrEqual(0);
  expect(r.score).toBeLessThanOrEqual(100);
  expect(Number.isInteger(r.score)).toBe(true);
  for (const h of r.hints) {
    expect(h.start).toBeGreaterThanOrEqual(0);
    expect(h.end).toBeGreaterThanOrEqual(h.start);
    expect(h.end).toBeLessThanOrEqual(body.length);
    expect(h.impact).toBeGreaterThanOrEqual(0);
  }
  for (const c of r.commitments) expect(c.end).toBeLessThanOrEqual(body.length);
  // Explainable: the hints' impacts are exactly what separates the score from 100.
  expect(r.hints.reduce((a, h) => a + h.impact, 0)).toBe(100 - r.score);
}

describe('model properties', () => {
  it('never throws; score in 0..100; spans inside the body; impacts explain the score', () => {
    fc.assert(fc.property(draftArb, roleArb, (d, role) => {
      const draft = clean(d);
      checkReport(analyze(draft, ctx(role)), draft.body);
    }), { numRuns: 300 });
  });

  it('is deterministic, and a session gives the same report as a fresh analysis', () => {
    fc.assert(fc.property(fc.array(draftArb, { minLength: 1, maxLength: 4 }), roleArb, (ds, role) => {
      const session = createSession();
      for (const d of ds.map(clean)) {
        const fresh = analyze(d, ctx(role));
        expect(analyze(d, ctx(role))).toEqual(fresh);
        expect(session.analyze(d, ctx(role))).toEqual(fresh);
      }
    }), { numRuns: 100 });
  });

  it('a session typed into, edit by edit, gives the report a fresh analysis gives (the split reuses the lines an edit left alone)', () => {
    const edit = fc.record({ at: fc.nat(), cut: fc.nat({ max: 30 }), put: fc.constantFrom('x', '\n', '. ', 'Hi Dana,\n', 'Sorry for any inconvenience. ', "I'll call you Friday at 3pm.", '') });
    fc.assert(fc.property(draftArb, fc.array(edit, { minLength: 1, maxLength: 8 }), roleArb, (d0, edits, role) => {
      const session = createSession();
      let d = clean(d0);
      session.analyze(d, ctx(role));
      for (const e of edits) {
        const at = d.body.length ? e.at % (d.body.length + 1) : 0;
        d = { ...d, body: d.body.slice(0, at) + e.put + d.body.slice(at + e.cut) };
        expect(session.analyze(d, ctx(role))).toEqual(analyze(d, ctx(role)));
      }
    }), { numRuns: 150 });
  });

  it('applying a hint\'s replacement never lowers the score', () => {
    fc.assert(fc.property(draftArb, roleArb, (d, role) => {
      const draft = clean(d);
      const before = analyze(draft, ctx(role));
      for (const h of before.hints.filter((x) => x.replacement !== undefined)) {
        const body = draft.body.slice(0, h.start) + h.replacement + draft.body.slice(h.end);
        const after = analyze({ ...draft, body }, ctx(role));
        expect(after.score, `${h.kind}: "${draft.body.slice(h.start, h.end)}" -> "${h.replacement}" in ${JSON.stringify(draft.body)}`).toBeGreaterThanOrEqual(before.score);
      }
    }), { numRuns: 300 });
  });

  it('cutting a hedge never lowers the score, even where it leaves a sentence of two words', () => {
    // Found by the property above (seed -1168694698): "Just checking in." counted as something said, "checking in." not,
    // so the cut turned the reply into one that "says nothing" to the ask.
    for (const role of ROLES) {
      const draft = { body: 'We leverage best-in-class synergy.Just checking in.I think maybe we could just try.', quoted: 'When could onboarding start?' };
      const before = analyze(draft, ctx(role));
      for (const h of before.hints.filter((x) => x.kind === 'hedging' && x.replacement !== undefined)) {
        const body = draft.body.slice(0, h.start) + h.replacement + draft.body.slice(h.end);
        expect(analyze({ ...draft, body }, ctx(role)).score, `${role}: ${JSON.stringify(body)}`).toBeGreaterThanOrEqual(before.score);
      }
    }
  });
  it('filling a placeholder with their name never lowers the score, even where it makes a greeting mid-line', () => {
    // Found by the property above (seed -563363948): "Hi x," read as the greeting hid the next step before it.
    for (const role of ROLES) {
      const draft = { body: "You'll need to contact our billing department. Hi {{first_name}}, Thank you for your business. Hi Dana,", recipients: [{ name: 'x' }] };
      const before = analyze(draft, ctx(role));
      for (const h of before.hints.filter((x) => x.replacement !== undefined)) {
        const body = draft.body.slice(0, h.start) + h.replacement + draft.body.slice(h.end);
        expect(analyze({ ...draft, body }, ctx(role)).score, `${role} ${h.kind}`).toBeGreaterThanOrEqual(before.score);
      }
    }
  });

  it('giving a greeting their name never lowers the score, though a named reply owes a next step a notice does not', () => {
    // Found by the property above: "Dear Customer," -> "Dear x," made the email one that owes a next step (91 -> 72).
    const draft = { body: 'Dear Customer, I think maybe we could just try.', recipients: [{ name: 'x' }], quoted: 'Could we meet on Tuesday?' };
    for (const role of ROLES) {
      const before = analyze(draft, ctx(role));
      for (const h of before.hints.filter((x) => x.replacement !== undefined)) {
        const body = draft.body.slice(0, h.start) + h.replacement + draft.body.slice(h.end);
        expect(analyze({ ...draft, body }, ctx(role)).score, `${role} ${h.kind}`).toBeGreaterThanOrEqual(before.score);
      }
    }
  });

  it('adding a merge-field placeholder never raises the score', () => {
    fc.assert(fc.property(draftArb, roleArb, fc.constantFrom('{{first_name}}', '[Company]', '<NAME>', '%FIRSTNAME%'), fc.nat(), (d, role, field, at) => {
      const draft = clean(d);
      // Added as a line of its own, at a line break, so it does not cut another phrase in two.
      const breaks = [0, draft.body.length, ...[...draft.body.matchAll(/\n/g)].map((m) => m.index)];
      const pos = breaks[at % breaks.length]!;
      const body = `${draft.body.slice(0, pos)}\n${field}\n${draft.body.slice(pos)}`;
      expect(analyze({ ...draft, body }, ctx(role)).score).toBeLessThanOrEqual(analyze(draft, ctx(role)).score);
    }), { numRuns: 200 });
  });

  it('a placeholder above the greeting never raises the score (a counterexample the property found)', () => {
    // With the greeting unread, the first sentence kept "Hi Dana," and the learned layer missed the policy-speak after it.
    const body = "Hi Dana,We are the industry-leading platform.0That's our policy.0That's our policy.";
    expect(analyze({ body: `\n{{first_name}}\n${body}` }, ctx('support')).score).toBeLessThanOrEqual(analyze({ body }, ctx('support')).score);
  });

  it('a placeholder line never makes a short reply look long enough to answer (a counterexample the property found)', () => {
    // A reply of a few empty words is sure to answer nothing; the placeholder's "word" once tipped it over the count.
    const draft = { body: 'Hi Dana, !\n\nSomeone will get back to you. ! !', recipients: [{ name: 'Jeff Skilling' }], quoted: 'How does your team close the books today?' };
    expect(analyze({ ...draft, body: `\n{{first_name}}\n${draft.body}` }, ctx('prospecting')).score).toBeLessThanOrEqual(analyze(draft, ctx('prospecting')).score);
  });

  it('a 1 MB draft finishes, with a truncation notice', () => {
    const para = "Hi Dana, I'll send the pricing by Thursday at 3pm. We leverage synergy. Could we meet on Tuesday?\n";
    const body = para.repeat(Math.ceil(1_000_000 / para.length));
    const r = analyze({ body }, ctx('prospecting'));
    expect(r.truncated?.totalChars).toBe(body.length);
    expect(r.truncated?.analyzedChars).toBeLessThanOrEqual(MAX_ANALYZED_CHARS);
    expect(r.truncated?.message).toMatch(/only the first/);
    checkReport(r, body);
  });

  it('handles adversarial text: one huge line, no spaces, deep punctuation, control characters', () => {
    for (const body of ['a'.repeat(300_000), '?'.repeat(50_000), '{{'.repeat(20_000), '.\n'.repeat(40_000), 'Hi '.repeat(30_000), '\u0000\u0001\u200b'.repeat(10_000), 'I will '.repeat(20_000)]) {
      const r = analyze({ body }, ctx('support'));
      checkReport(r, body);
    }
  });

  it('rejects a malformed context with a clear TypeError', () => {
    expect(() => analyze({ body: 'x' }, { ...ctx(), timeZone: 'Mars/Olympus' })).toThrow(/time zone/);
    expect(() => analyze({ body: 'x' }, { ...ctx(), now: 'yesterday' })).toThrow(/ISO/);
    expect(() => analyze({ body: 'x' }, { ...ctx(), role: 'boss' as never })).toThrow(/role/);
  });
});
