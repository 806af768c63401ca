// The coach's one-click rewrites (a hint's `replacement` for body[start, end)) must leave tidy text:
// no doubled punctuation the rewrite brought in, and a sentence that started with a capital still does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, RULES, type Draft, type Role } from '../../src/model/index';

const NOW = '2026-11-23T10:00:00+01:00';
const TZ = 'Europe/Berlin';

/** Our own business sentences (not corpus text): plain ones, and ones that draw hints with rewrites. */
const SENTENCES = [
  'Thanks for the call on Tuesday.',
  'I think we could maybe look at the renewal next month.',
  'I just wanted to check in on the proposal.',
  'We will get back to you soon.',
  'I will send the signed order form by Friday at noon.',
  'Our team will leverage its synergies to move the needle.',
  'Perhaps it might be worth a quick chat.',
  'I hope this email finds you well.',
  'Sorry for any inconvenience this may have caused.',
  'Unfortunately, that is our policy.',
  'The invoice was sent to the wrong address, and I have corrected it.',
  'Could we meet on Thursday at 10:00 to go through the numbers?',
  'I believe the new plan suits your team better.',
  'Just a quick note to say the shipment left the warehouse.',
  'We are the leading provider of billing software in Europe.',
  'Your order should arrive sometime next week, hopefully.',
  'I will look into it ASAP.',
  'Let me circle back with the details.',
  'Honestly, I think this is a great fit.',
  'Kind of a big change, but we can probably handle it.',
  'The refund will be processed in a few days.',
  'You will need to contact the billing department.',
  'I guess we could try a pilot with two teams first.',
  'Going forward, we will touch base every Monday.',
  'I understand your frustration.',
  'Mistakes were made on our side.',
  'Act now, because this offer ends on Friday.',
  'How does your team plan the quarter today?',
  'I noticed your expansion into Canada.',
  'Sorry, but the system was down.',
  'I would say the migration is basically done.',
  'At the end of the day, we want you to succeed.',
  'We will send you the report in due course.',
  'I am reaching out to introduce our platform.',
  'Let me know if you have any questions.',
  'I will call you tomorrow at 9 am, as agreed.',
  'Quick question: who owns the budget for this?',
  'We have fixed the login error, and I have added a check so it does not happen again.',
  'Thank you for your business.',
  'Maybe, just maybe, we could sort of try again.',
  'Hi {{first_name}}, hope you are well.',
];
const GREETINGS = ['Hi Dana,', 'Hello Lee,', 'Hi,', 'Dear Ms Park,', 'Hello,', ''];
const SIGN_OFFS = ['Best,\nSam', 'Thanks,\nAlex', '', 'Regards,\nJo'];

/** Every rule's own examples, too: they are written to draw its hints. */
const EXAMPLES: Draft[] = RULES.flatMap((r) =>
  [...r.examples.flag, ...r.examples.pass].map((ex) => {
    const e = typeof ex === 'string' ? { body: ex } : ex;
    return { body: e.body, ...(e.subject !== undefined ? { subject: e.subject } : {}), ...(e.recipients ? { recipients: e.recipients } : {}), ...(e.quoted !== undefined ? { quoted: e.quoted } : {}) };
  }),
);

const composed: fc.Arbitrary<Draft> = fc
  .record({
    greeting: fc.constantFrom(...GREETINGS),
    sentences: fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 5 }),
    joiner: fc.constantFrom(' ', ' ', '\n\n', '\n- '),
    signOff: fc.constantFrom(...SIGN_OFFS),
    recipient: fc.constantFrom('Dana Reyes', 'Lee Park', undefined),
  })
  .map(({ greeting, sentences, joiner, signOff, recipient }) => ({
    body: [greeting, sentences.join(joiner), signOff].filter(Boolean).join('\n\n'),
    ...(recipient ? { recipients: [{ name: recipient }] } : {}),
  }));
const drafts = fc.oneof(composed, fc.constantFrom(...EXAMPLES));
const roles = fc.constantFrom<Role>('prospecting', 'support', 'account');

/** Punctuation that reads doubled or stranded: ". .", "..", ",,", ", .", ".,", and a mark cut off from its word ("week ."). An ellipsis ("...", "…") is fine. */
const DOUBLED = /(?<!\.)\.\s+\.(?!\.)|(?<!\.)\.\.(?!\.)|,\s*[,.;:!?]|[.;:!?]\s*,|;\s*[;.]|[^\s.]\s+[,.;:!?](?=\s|$)/g;
const doubled = (text: string) => text.match(DOUBLED) ?? [];

/** Whether offset i starts a sentence: the body's start, a new line (or a list item's), or after . ! ? and a space. */
const sentenceStart = (text: string, i: number) => /(?:^|[.!?]["”’)]?\s+|\n\s*(?:[-*•]\s+|\d+[.)]\s+)?)$/.test(text.slice(0, i));

interface RewriteProblem {
  rule: string;
  body: string;
  excerpt: string;
  replacement: string;
  result: string;
  problem: string;
}

/**
 * Rules whose rewrites are known to leave untidy text, left out until the
 * model is fixed (src/model is not this test's to change). Remove a rule from
 * here once it is fixed: the test then checks it too.
 *
 * (none today: hedging left stray punctuation, fixed in dropHedge)
 */
const KNOWN_UNTIDY = new Set<string>();

let checked = 0;

/** What is wrong with applying each of the draft's rewrites, one at a time. */
function rewriteProblems(draft: Draft, role: Role): RewriteProblem[] {
  const report = analyze(draft, { role, now: NOW, timeZone: TZ });
  const out: RewriteProblem[] = [];
  const body = draft.body;
  for (const h of report.hints) {
    if (h.replacement === undefined || KNOWN_UNTIDY.has(h.rule)) continue;
    checked++;
    const result = body.slice(0, h.start) + h.replacement + body.slice(h.end);
    // Look only near the edit: the rest of the draft is the writer's own.
    const lo = Math.max(0, h.start - 3);
    const before = doubled(body.slice(lo, h.end + 3)).length;
    const after = doubled(result.slice(lo, h.start + h.replacement.length + 3)).length;
    const base = { rule: h.rule, body, excerpt: body.slice(h.start, h.end), replacement: h.replacement, result };
    if (after > before) out.push({ ...base, problem: `doubled punctuation: ${JSON.stringify(doubled(result.slice(lo, h.start + h.replacement.length + 3)))}` });
    // A sentence that began with a capital still does.
    const firstLetter = (text: string, from: number) => {
      const m = /\p{L}/u.exec(text.slice(from));
      return m ? { ch: m[0], at: from + m.index } : undefined;
    };
    if (sentenceStart(body, h.start)) {
      const was = firstLetter(body, h.start);
      const now = firstLetter(result, h.start);
      if (was && now && was.ch !== was.ch.toLowerCase() && sentenceStart(result, now.at) && now.ch === now.ch.toLowerCase()) {
        out.push({ ...base, problem: `lost capital: “${result.slice(now.at, now.at + 20)}”` });
      }
    }
  }
  return out;
}

describe('the coach’s rewrites read tidily', () => {
  it('in every rule’s own examples, for every role', () => {
    checked = 0;
    const problems = EXAMPLES.flatMap((draft) => (['prospecting', 'support', 'account'] as const).flatMap((role) => rewriteProblems(draft, role)));
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(10);
  });

  it('in drafts made of everyday business sentences', () => {
    checked = 0;
    fc.assert(
      fc.property(drafts, roles, (draft, role) => {
        expect(rewriteProblems(draft, role)).toEqual([]);
      }),
      { numRuns: 400 },
    );
    expect(checked).toBeGreaterThan(50);
  });

  it('finds the untidy text it looks for (the checks themselves)', () => {
    expect(doubled('next week, . Our')).toEqual([', .']);
    expect(doubled('next week . Our')).toEqual(['k .']);
    expect(doubled('Done.. Next')).toEqual(['..']);
    expect(doubled('Wait... then, well… fine. Yes, it is.')).toEqual([]);
    expect(sentenceStart('Hi,\n\n- ', 7)).toBe(true);
    expect(sentenceStart('It is done. ', 12)).toBe(true);
    expect(sentenceStart('It is, ', 7)).toBe(false);
  });
});
