import { JARGON } from '../lexicon/phrases';
import { phraseRule, q } from '../phrase-rule';

/**
 * A buzzword that is part of a name ("Next Generation Networks", "Paradigm
 * Capital") is the name of something, not the writer's pitch: every word
 * capitalized, and either inside the sentence or followed by another
 * capitalized word.
 */
function partOfName(text: string, sentence: string, start: number, end: number): boolean {
  if (!text.split(/[\s-]+/).every((w) => /^[A-Z]/.test(w))) return false;
  const before = sentence.slice(0, start);
  const sentenceStart = /^[\s"'“‘([]*$/.test(before);
  return !sentenceStart || /^\s+[A-Z]/.test(sentence.slice(end));
}

export default phraseRule({
  id: 'jargon',
  kind: 'jargon',
  title: 'Jargon and buzzwords',
  flags: 'Buzzwords such as synergy, leverage, best-in-class, cutting-edge, game-changer.',
  why: 'Buzzwords wrapped around specs ("Digital this and Digital that", seed 002) sound like a brochure, not a person who understands the customer.',
  severity: 'warn',
  phrases: JARGON,
  accept: (m, s) => !partOfName(m.text, s.text, m.start, m.end),
  penalty: 12,
  message: (m) => `${q(m.text)} is a buzzword.`,
  suggestion: 'Say what it does for them in plain words: "cuts your month-end close from 5 days to 2".',
  examples: {
    flag: [
      // Startup buzzwords.
      'Hi Dana,\n\nFlowstack is an agentic orchestration fabric that turns every workflow into a self-healing pipeline. How do you run payroll today?',
      // The same register in other words.
      'Hi Rae,\n\nOur software is a natural enabler for your approach, positively impacting the bottom line. What does payroll cost you today?',
      'Hi Max,\n\nWe can leverage our synergy to transform your workflow. Could we talk on Tuesday?',
      'Hi Max,\n\nOur cutting-edge tool closes your books faster. Could we talk on Tuesday?',
      'Hi Max,\n\nNext Generation tooling is here. Could we talk on Tuesday?',
    ],
    pass: [
      'Hi Max,\n\nWe can cut your month-end close from five days to two. Could we talk on Tuesday?',
      'Hi Max,\n\nI saw Next Generation Networks picked you for the rollout. Could we talk on Tuesday?',
      // Their own words, quoted back to them, are theirs.
      'Hi Max,\n\nIn your interview you said you “want to leverage the data we already have”. How far along is that today?',
    ],
  },
});
