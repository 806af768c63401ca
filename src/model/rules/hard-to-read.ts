import type { Rule } from '../rule';
import { ALL_ROLES } from '../rule';
import { syllables } from '../text';

/** A sentence this long, or this dense, is hard to read in an email. */
const MAX_WORDS = 35;
const MAX_GRADE = 18;

const rule: Rule = {
  id: 'hard-to-read',
  kind: 'hard-to-read',
  dimension: 'clarity',
  roles: ALL_ROLES,
  title: 'Hard to read',
  flags: 'A sentence over 35 words, or one written at a graduate reading level.',
  why: 'Plain sentences get answered: Boomerang found emails at a 3rd-grade reading level got 53% replies against 39% at college level. A soft signal, not trust by itself.',
  severity: 'info',
  sentence(s) {
    const n = s.words.length;
    if (n < 12) return [];
    const syl = s.words.reduce((a, w) => a + syllables(w.text), 0);
    const grade = 0.39 * n + 11.8 * (syl / n) - 15.59;
    if (n <= MAX_WORDS && grade <= MAX_GRADE) return [];
    return [{
      start: 0, end: s.text.length, penalty: 12,
      message: n > MAX_WORDS ? `This sentence runs ${n} words.` : 'This sentence is dense: long words, many clauses.',
      suggestion: 'Split it in two, and use the shorter word where there is one.',
    }];
  },
  examples: {
    flag: ['Hi Pat,\n\nFollowing the comprehensive reassessment of organisational requirements undertaken by the implementation committee, notwithstanding the considerable administrative complexity associated with the consolidation of departmental procurement arrangements, we recommend proceeding. Could we meet Tuesday?'],
    pass: ['Hi Pat,\n\nThe committee reviewed what each team needs. We recommend going ahead with one shared supplier. Could we meet Tuesday?'],
  },
};
export default rule;
