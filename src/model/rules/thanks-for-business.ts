import { THANKS_FOR_BUSINESS } from '../lexicon/phrases';
import { phraseRule, q } from '../phrase-rule';

export default phraseRule({
  id: 'thanks-for-business',
  kind: 'thanks-for-business',
  roles: ['account', 'support'],
  title: '"Thank you for your business"',
  flags: '"Thank you for your business" and its variants after an order or a fix.',
  why: 'It thanks them for the money, and reads as a transaction closed; replace it with a commitment to the success of their project (seed 003).',
  severity: 'warn',
  phrases: THANKS_FOR_BUSINESS,
  penalty: 30,
  message: (m) => `${q(m.text)} thanks them for the money, not for the work ahead.`,
  suggestion: 'Look forward instead: commit to the success of their project ("Here\'s to your team\'s success: I\'ll check in after your first payroll run on the 30th.").',
  examples: {
    flag: [
      { body: "Hi Ana,\n\nThanks for shopping with us again this season. Your order ships Monday and I will email the tracking number by noon.", role: 'account' },
      { body: 'Hi Noor,\n\nYour order shipped today and I will call you Friday at 11am to check the install. Thank you for your business.', role: 'account' }],
    pass: [
      { body: "Hi Ana,\n\nThanks for getting the signed order back so fast. I've booked the kickoff for Tuesday at 10.", role: 'account' },
      { body: 'Hi Noor,\n\nYour order shipped today and I will call you Friday at 11am to check the install.', role: 'account' }],
  },
});
