import { HEDGES } from '../lexicon/phrases';
import { compile } from '../match';
import type { Finding, Rule } from '../rule';
import { ALL_ROLES } from '../rule';
import { q } from '../phrase-rule';

const matcher = compile(HEDGES);
/** Hedging is flagged only when it is heavy: this many hedges in one email. */
const MIN_COUNT = 3;

const rule: Rule = {
  id: 'hedging',
  kind: 'hedging',
  dimension: 'ownership',
  roles: ALL_ROLES,
  title: 'Heavy hedging',
  flags: 'Many hedges in one email: "just", "maybe", "I think", "hopefully", "sort of" (only when heavy: three or more in one email).',
  why: 'Heavy hedging reads as not leading with a strong view (seed 003); one "maybe" is fine, a string of them makes every promise sound optional.',
  severity: 'info',
  sentence(s) {
    return matcher.find(s.text).map((m): Finding => {
      // Delete the hedge with the space after it; at a sentence start, capitalise the next word.
      const next = /^,?\s+(\S)/.exec(s.text.slice(m.end));
      const atStart = m.start === 0;
      const end = next ? m.end + next[0].length - (atStart ? 0 : 1) : m.end;
      const replacement = next && atStart ? (next[1] ?? '').toUpperCase() : '';
      return { start: m.start, end, message: `${q(m.text)} hedges.`, suggestion: 'Drop the hedge and say it plainly.', replacement, penalty: 6 };
    });
  },
  document(doc) {
    const found = doc.found('hedging');
    if (found.length < MIN_COUNT) return [];
    return found.map((f) => ({ ...f, message: `${f.message.replace(/ hedges\.$/, '')} is one of ${found.length} hedges in this email.` }));
  },
  examples: {
    flag: [
      'Hi Jon,\n\nI just wanted to say that maybe we could hopefully meet. Could we talk on Tuesday?',
      'Hi Jon,\n\nI think we could perhaps help. Possibly Tuesday works? Could we talk then?',
    ],
    pass: ['Hi Jon,\n\nMaybe Tuesday works better for your team. Could we talk then?'],
  },
};
export default rule;
