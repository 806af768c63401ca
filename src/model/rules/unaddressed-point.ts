import type { Rule } from '../rule';
import { ALL_ROLES } from '../rule';
import { isAddressed } from '../listening';
import { q } from '../phrase-rule';

const rule: Rule = {
  id: 'unaddressed-point',
  kind: 'unaddressed-point',
  dimension: 'research',
  roles: ALL_ROLES,
  title: 'Unanswered question',
  flags: 'A question or request in the message being answered that the reply does not address.',
  why: 'Failing to listen is a top trust-killer (seed 003 habit 3); answering each point they raised shows you read their message.',
  severity: 'risk',
  document(doc) {
    if (doc.quotedPoints.length === 0) return [];
    const bodyStems = new Set(doc.sentences.flatMap((s) => s.view.stems));
    return doc.quotedPoints
      .filter((p) => !isAddressed(p, bodyStems, doc.body))
      .map((p) => ({
        start: 0, end: 0, penalty: 30,
        message: `${p.author ?? 'They'} ${p.kind === 'question' ? 'asked' : 'asked for'}: ${q(p.text, 140)}, and the reply does not answer it.`,
        suggestion: 'Answer it directly, or say when you will.',
      }));
  },
  examples: {
    flag: [{
      body: 'Hi Dana,\n\nThanks for signing up. Pricing is $40 per seat per month, billed annually.',
      quoted: 'On Mon, 3 Mar 2025, Dana Reyes <dana@northwind.com> wrote:\nWhat does it cost per seat? And when could onboarding start?',
      role: 'account',
    }],
    pass: [{
      body: 'Hi Dana,\n\nPricing is $40 per seat per month. Onboarding can start Monday 10 March; I will send the kickoff invite by Friday.',
      quoted: 'On Mon, 3 Mar 2025, Dana Reyes <dana@northwind.com> wrote:\nWhat does it cost per seat? And when could onboarding start?',
      role: 'account',
    }],
  },
};
export default rule;
