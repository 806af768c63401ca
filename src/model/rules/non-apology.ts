import { NON_APOLOGIES } from '../lexicon/phrases';
import { phraseRule, q } from '../phrase-rule';

export default phraseRule({
  id: 'non-apology',
  kind: 'non-apology',
  title: 'Non-apology',
  flags: 'Apologies for nothing in particular: "sorry for any inconvenience this may have caused", "sorry you feel that way".',
  why: 'A generic apology says you did not look at what went wrong; an apology conditional on their feelings blames them (seed 000). Owning the specific issue is what repairs trust.',
  severity: 'risk',
  phrases: NON_APOLOGIES,
  penalty: 45,
  message: (m) => `${q(m.text)} apologises without naming what went wrong.`,
  suggestion: 'Apologise for the specific thing: "I\'m sorry your order arrived a week late."',
  examples: {
    flag: [
      { body: 'Hi Lee,\n\nWe apologize for any inconvenience this may have caused. I will call you tomorrow at 10am.', role: 'support' },
      { body: "Hi Lee,\n\nI'm sorry you feel that way. I will call you tomorrow at 10am.", role: 'support' },
    ],
    pass: [
      { body: "Hi Lee,\n\nI'm sorry your order arrived a week late. I will call you tomorrow at 10am.", role: 'support' },
    ],
  },
});
