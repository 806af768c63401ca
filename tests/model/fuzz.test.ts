/**
 * Fuzz (issue 18): 10,000 generated drafts mixing ordinary business sentences
 * (written for this test) with the adversarial pieces of `npm run bench`
 * (runs of punctuation and white space, zero-width and no-break spaces,
 * emoji, addresses, URLs, long words), in the body, the quoted message and
 * the subject. For every draft: no throw, every hint's span inside the body,
 * the impacts adding up to 100 - score, and a session's report equal to a
 * fresh analysis. Drafts are small, so the whole run stays in seconds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, createSession, ROLES, type Draft, type Report, type Role } from '../../src/model/index';
import { ADVERSARIES } from '../../scripts/bench-adversarial';
import { ctx } from './helpers';

// Our own sentences: sales, support and account mail, good and bad.
const SENTENCES = [
  'Hi Dana,', 'Hello Priya,', 'Dear Mr. Okafor,', 'Thanks for the call on Tuesday about the Lisbon rollout.',
  'I looked at the churn figures your team shared last week.', "I'll send the revised quote by Friday at 3pm.",
  'We will set up a short call next week to walk your finance team through it.', 'Could you tell me who else should join?',
  'Our platform is the industry-leading solution for payroll teams.', 'We leverage best-in-class synergy to move the needle.',
  'Sorry for any inconvenience this may have caused.', 'Someone will get back to you soon.', 'I understand your frustration.',
  'Your order left the Denver warehouse four days late because of a labelling error.', 'I have refunded the $12.50 shipping fee today.',
  "We've added a check to the address form so it doesn't happen again.", 'What would a faster month-end close free your team to do?',
  'I think maybe we could just try a small pilot.', 'The invoice for order 4471 is attached, with the credit applied.',
  'Per our policy, refunds take 10 business days to process.', "You'll need to contact our billing department for that.",
  'Ana from onboarding will call you on Monday at 10am.', 'How many people run payroll on your side today?',
  'Let me check with the warehouse and confirm by noon tomorrow.', 'Thank you for your business.',
  'Act now, this offer expires Friday.', 'Is the 1 December start date still right for you?', 'Mistakes were made.',
  "I'll call you at 4pm today with the root cause.", 'SSO ships in release 3.2 on 9 December.', "If the dates don't suit you, tell me and I'll rework the plan.",
  'e.g. the export, the import, etc. are both affected.', 'Approx. three seats are still free.', 'J. Smith signed the order form.',
  'Why did the sync fail again?!', 'Wait... what happened to the backup?', 'The patch (v4.2) fixes it.', '"Done," she said.',
  'Best regards,', 'Sam', 'Cheers,', 'Kind regards, Tom',
];
const QUOTES = [
  'On Mon, 23 Nov 2026, Dana Reyes <dana@northwind.com> wrote:', 'From: Tom Becker <tom@harbor-labs.com>', 'Sent: Monday, November 23, 2026 9:14 AM',
  'When will the export be fixed?', 'Can you send the W-9 by Friday?', 'How do I add a second admin?', 'Why was I charged twice?',
  'I was charged twice for the November invoice.', '> older message', '--', '________________',
];
const SEPARATORS = [' ', ' ', ' ', '\n', '\n\n', '', '\t', '\u00a0'];

// Runs of any length: a run of " ," once froze the promise finder (commitments.ts trimClauseEnd is now a scanner).
const SHORT_RUN = 9;
const adversarial = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...ADVERSARIES), fc.integer({ min: 1, max: SHORT_RUN - 1 })).map(([a, n]) => a.make(n)) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...ADVERSARIES), fc.integer({ min: SHORT_RUN, max: 1500 })).map(([a, n]) => a.make(n)) },
);
const piece = (extra: readonly string[]) => fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...SENTENCES, ...extra) }, { weight: 2, arbitrary: adversarial }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) });
const text = (extra: readonly string[], max: number) =>
  fc.array(fc.tuple(piece(extra), fc.constantFrom(...SEPARATORS)), { maxLength: max }).map((parts) => parts.map(([p, s]) => p + s).join(''));

const draftArb: fc.Arbitrary<Draft> = fc.record({
  body: text([], 12),
  subject: fc.option(fc.oneof(fc.constantFrom('Re: pricing', 'Your order', ''), adversarial), { nil: undefined }),
  quoted: fc.option(text(QUOTES, 8), { nil: undefined }),
}).map((d) => Object.fromEntries(Object.entries(d).filter(([, v]) => v !== undefined)) as unknown as Draft);

function check(r: Report, body: string): void {
  for (const h of r.hints) {
    expect(h.start).toBeGreaterThanOrEqual(0);
    expect(h.end).toBeGreaterThanOrEqual(h.start);
    expect(h.end).toBeLessThanOrEqual(body.length);
  }
  expect(r.hints.reduce((a, h) => a + h.impact, 0)).toBe(100 - r.score);
}

describe('fuzz: ordinary sentences mixed with adversarial pieces', () => {
  it('10,000 drafts: no throw, spans inside the body, impacts explain the score, a session equals a fresh analysis', () => {
    // One long-lived session across all drafts (as in a tab where the writer keeps editing),
    // and a fresh one per draft fed a prefix first (an edit that extends the text).
    const longLived = createSession();
    fc.assert(
      fc.property(draftArb, fc.constantFrom<Role>(...ROLES), (draft, role) => {
        const context = ctx(role);
        const fresh = analyze(draft, context);
        check(fresh, draft.body);
        expect(longLived.analyze(draft, context)).toEqual(fresh);
        const session = createSession();
        session.analyze({ ...draft, body: draft.body.slice(0, Math.floor(draft.body.length / 2)) }, context);
        expect(session.analyze(draft, context)).toEqual(fresh);
      }),
      { numRuns: 10_000 },
    );
  }, 180_000);
});
