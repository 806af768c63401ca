import type { Rule } from '../rule';

const rule: Rule = {
  id: 'no-next-step',
  kind: 'no-next-step',
  dimension: 'commitments',
  roles: ['support', 'account'],
  title: 'No next step',
  flags: 'A support reply or account update that commits to nothing: no promise by you and no question back.',
  why: 'A reply that names a problem but gives no next step and no time leaves the customer wondering "will they or won\'t they?" (seed 004 #2).',
  severity: 'warn',
  document(doc) {
    if (doc.contentWords < 8) return [];
    const owned = doc.commitments.some((c) => c.owner === 'me' || c.owner === 'we' || c.owner === 'other' || c.owner === 'you');
    if (owned || doc.stats.questions > 0) return [];
    return [{
      start: 0, end: 0, penalty: 40,
      message: 'This email gives no next step: nobody promises to do anything by a time.',
      suggestion: 'Close with what you will do and when: "I will call you Thursday at 10 am with the fix."',
    }];
  },
  examples: {
    flag: [
      { body: 'Hi Omar,\n\nThanks for reporting the export problem. Our engineers have seen similar reports from other customers this month and are aware of the issue with large files.', role: 'support' },
    ],
    pass: [
      { body: 'Hi Omar,\n\nThanks for reporting the export problem with large files. I reproduced it this morning and I will send you a fixed build by Thursday at noon.', role: 'support' },
      { body: 'Thanks Omar, got it.', role: 'support' },
    ],
  },
};
export default rule;
