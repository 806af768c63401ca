import { JARGON } from '../lexicon/phrases';
import { phraseRule, q } from '../phrase-rule';

export default phraseRule({
  id: 'jargon',
  kind: 'jargon',
  title: 'Jargon and buzzwords',
  flags: 'Buzzwords such as synergy, leverage, best-in-class, cutting-edge, game-changer.',
  why: 'Buzzwords wrapped around specs ("Digital this and Digital that", seed 002) sound like a brochure, not a person who understands the customer.',
  severity: 'warn',
  phrases: JARGON,
  penalty: 12,
  message: (m) => `${q(m.text)} is a buzzword.`,
  suggestion: 'Say what it does for them in plain words: "cuts your month-end close from 5 days to 2".',
  examples: {
    flag: [
      'Hi Max,\n\nWe can leverage our synergy to transform your workflow. Could we talk on Tuesday?',
      'Hi Max,\n\nOur cutting-edge tool closes your books faster. Could we talk on Tuesday?',
    ],
    pass: ['Hi Max,\n\nWe can cut your month-end close from five days to two. Could we talk on Tuesday?'],
  },
});
