import type { Rule } from '../rule';

const rule: Rule = {
  id: 'no-question',
  kind: 'no-question',
  dimension: 'research',
  roles: ['prospecting'],
  title: 'No question for them',
  flags: 'A prospecting email that asks the prospect nothing.',
  why: 'Pitching before asking about their goals is a top trust-killer in sales (seed 003 habits 1 and 5); one to three questions make a reply about 50% more likely (Boomerang).',
  severity: 'warn',
  document(doc) {
    if (doc.stats.questions > 0 || doc.contentWords < 15) return [];
    return [{
      start: 0, end: 0, penalty: 35,
      message: 'This email asks them nothing.',
      suggestion: 'Ask one question about their goals: "What would a faster close free your team to do?"',
    }];
  },
  examples: {
    flag: ['Hi Ada,\n\nOur analytics suite gives finance teams a live view of cash. I have attached a brochure with the details and pricing.'],
    pass: ['Hi Ada,\n\nHow does your team see cash positions today? I have an idea that might save you the Monday spreadsheet.'],
  },
};
export default rule;
