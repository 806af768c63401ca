import { CHALLENGES } from '../lexicon/phrases';
import { phraseRule, q } from '../phrase-rule';

export default phraseRule({
  id: 'challenge-customer',
  kind: 'challenge-customer',
  title: 'Challenging the customer',
  flags: 'Dares and put-downs: "challenge me to defend it", "what do you have to lose", "if you\'re serious about…".',
  why: 'Challenging the customer puts them on the defensive (seed 002: "challenge me to defend it"); trust grows when they feel understood, not tested.',
  severity: 'risk',
  phrases: CHALLENGES,
  penalty: 45,
  message: (m) => `${q(m.text)} challenges the customer.`,
  suggestion: 'Invite them instead: "If any of this misses what you need, tell me and I\'ll rework it."',
  examples: {
    flag: [
      'Hi Ola,\n\nRead our proposal and challenge me to defend it. What matters most to your team?',
      "Hi Ola,\n\nIf you're serious about growth, you'll take this call. What matters most to your team?",
    ],
    pass: ["Hi Ola,\n\nIf any of the proposal misses what you need, tell me and I'll rework it. What matters most to your team?"],
  },
});
