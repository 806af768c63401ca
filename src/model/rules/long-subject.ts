import type { Rule } from '../rule';
import { ALL_ROLES } from '../rule';

const MAX_WORDS = 9;
const MAX_CHARS = 60;

const rule: Rule = {
  id: 'long-subject',
  kind: 'long-subject',
  dimension: 'clarity',
  roles: ALL_ROLES,
  title: 'Long subject',
  flags: 'A subject line over 9 words or 60 characters.',
  why: 'Long subjects are cut off in the inbox; Boomerang found 3–4-word subjects did best. A soft signal, not trust by itself.',
  severity: 'info',
  document(doc) {
    const subject = (doc.draft.subject ?? '').replace(/^(?:(?:re|fw|fwd|aw|sv|tr)\s*:\s*)+/i, '').trim();
    const n = subject.split(/\s+/).filter(Boolean).length;
    if (n <= MAX_WORDS && subject.length <= MAX_CHARS) return [];
    return [{
      start: 0, end: 0, penalty: 25,
      message: `The subject runs ${n} words; the inbox will cut it off.`,
      suggestion: 'Keep it to 3–5 words that say what is in it for them: "Your Q3 pricing".',
    }];
  },
  examples: {
    flag: [{ body: 'Hi Uma,\n\nCould we meet Tuesday about the plan?', subject: 'Following up on our conversation about the pricing and the plan for next quarter' }],
    pass: [
      { body: 'Hi Uma,\n\nCould we meet Tuesday about the plan?', subject: 'Your Q3 pricing' },
      { body: 'Hi Uma,\n\nCould we meet Tuesday about the plan?', subject: 'Re: Re: Your Q3 pricing and the plan' },
    ],
  },
};
export default rule;
