import { POLICY_SPEAK } from '../lexicon/phrases';
import { phraseRule, q } from '../phrase-rule';

export default phraseRule({
  id: 'policy-speak',
  kind: 'policy-speak',
  title: 'Hiding behind policy',
  flags: 'Policy as the answer: "that\'s our policy", "per company policy", "we cannot make exceptions".',
  why: 'Policy-speak tells the customer the rules matter more than they do; it turns a fixable problem into a lost customer (seeds 000, 001) ("If you can\'t do it, change the policy!", seed 004).',
  severity: 'risk',
  phrases: POLICY_SPEAK,
  penalty: 45,
  message: (m) => `${q(m.text)} puts policy between you and the customer.`,
  suggestion: 'Say what you can do for them, and why the limit exists if it matters: "I can\'t refund the annual plan, but I can move you to monthly billing today."',
  examples: {
    flag: [
      { body: "Hi Ana,\n\nI'm afraid that's our policy. I will call you tomorrow at 9am.", role: 'support' },
      { body: 'Hi Ana,\n\nPer our policy, refunds take 30 days. I will call you tomorrow at 9am.', role: 'support' },
    ],
    pass: [
      { body: 'Hi Ana,\n\nYour insurance policy renews on 3 March; I will send the new terms by Friday.', role: 'support' },
    ],
  },
});
