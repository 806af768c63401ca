import { BOASTS } from '../lexicon/phrases';
import { phraseRule, q } from '../phrase-rule';

export default phraseRule({
  id: 'boasting',
  kind: 'boasting',
  title: 'Boasting and overclaims',
  flags: 'Superlatives about ourselves ("industry-leading", "the best in the world", "#1 provider") and overclaims ("this will never happen again", "100% guaranteed").',
  why: 'Smugness reads as not listening (seed 002), and an overclaim is a promise that will be broken; a missed precise promise costs more trust than a modest one (rubric, concreteness).',
  severity: 'warn',
  phrases: BOASTS,
  penalty: 25,
  message: (m) => `${q(m.text)} is a claim the customer has to take on faith.`,
  suggestion: 'Replace the claim with a fact they can check: "Northwind cut onboarding from 6 weeks to 2 with us."',
  examples: {
    flag: [
      'Hi Rae,\n\nWe are the industry-leading platform for payroll. What does payroll cost you today?',
      { body: 'Hi Rae,\n\nI fixed the export and this will never happen again. I will call you at 4pm today.', role: 'support' },
      'Hi Rae,\n\nOur leading cloud platform will 10x your payroll ROI. What does payroll cost you today?',
      'Hi Rae,\n\nWe are the leading all-in-one finance automation platform, and it will transform your business. What does payroll cost you today?',
    ],
    pass: [
      'Hi Rae,\n\nNorthwind cut payroll errors by half in their first quarter with us. What does payroll cost you today?',
      'Hi Rae,\n\nYour team runs payroll for 10 sites across 3 states. What does payroll cost you today?',
      'Hi Rae,\n\nAnna is leading the platform migration for your team. What does payroll cost you today?',
    ],
  },
});
