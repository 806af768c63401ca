import type { Rule } from '../rule';
import { ALL_ROLES } from '../rule';
import { q } from '../phrase-rule';

const rule: Rule = {
  id: 'specific-commitment',
  kind: 'specific-commitment',
  dimension: 'commitments',
  roles: ALL_ROLES,
  title: 'Specific commitment',
  flags: 'A positive finding: a promise with an owner, an action and a concrete time ("I\'ll call you Monday at 9").',
  why: 'Follow-through is the first rule of trust (seed 004 #1): a promise with a time is one the customer can count on, and one you will be reminded to keep.',
  severity: 'info',
  sentence(s) {
    return s.commitments
      .filter((c) => c.specific)
      .map((c) => ({ start: c.start, end: c.end, penalty: 0, message: `A clear promise: ${q(c.text)}.`, suggestion: 'Keep it: Trust Coach will remind you before it is due.' }));
  },
  examples: {
    flag: [
      { body: "Hi Mia,\n\nI'll call you Monday at 9 to walk through the numbers.", role: 'account' },
      { body: 'Hi Mia,\n\nWe will ship the replacement by Friday.', role: 'support' },
    ],
    pass: [{ body: "Hi Mia,\n\nI'll call you soon to walk through the numbers.", role: 'account' }],
  },
};
export default rule;
