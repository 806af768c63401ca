import { PITCH } from '../lexicon/phrases';
import { compile } from '../match';
import { perSentence, type Rule } from '../rule';
import { q } from '../phrase-rule';

const matcher = compile(PITCH);
const isPitch = perSentence((s) => matcher.test(s.text));

const rule: Rule = {
  id: 'pitch-before-question',
  kind: 'pitch-before-question',
  dimension: 'research',
  roles: ['prospecting'],
  title: 'Pitch before question',
  flags: 'Product talk ("our platform helps…", "we help companies…") before the first question to the prospect.',
  why: '"Pitching too soon" (seed 003 habit 1): a pitch before you ask about their goals says you already decided what they need.',
  severity: 'warn',
  document(doc) {
    const firstQuestion = doc.sentences.findIndex((s) => s.view.isQuestion);
    if (firstQuestion === -1) return [];
    for (const s of doc.sentences.slice(0, firstQuestion)) {
      if (isPitch(s.view)) {
        return [{
          start: s.start, end: s.end, penalty: 25,
          message: `${q(s.text)} pitches before you have asked them anything.`,
          suggestion: 'Move your question up: ask about their goal first, then show how you fit.',
        }];
      }
    }
    return [];
  },
  examples: {
    flag: ['Hi Ada,\n\nOur platform helps finance teams close the books in two days. How long does your close take today?'],
    pass: ['Hi Ada,\n\nHow long does your close take today? Teams like yours have cut it to two days with our platform.'],
  },
};
export default rule;
