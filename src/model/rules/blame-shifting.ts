import { BLAME_SHIFTING } from '../lexicon/phrases';
import { phraseRule, q } from '../phrase-rule';

export default phraseRule({
  id: 'blame-shifting',
  kind: 'blame-shifting',
  title: 'Shifting blame',
  flags: 'Passive cover-ups and blaming the customer: "mistakes were made", "due to a system error", "as I already told you".',
  why: 'Personal ownership ("I will make sure…") rebuilds trust; passive voice and blaming the system or the customer tell them nobody owns the problem (rubric, ownership; seed 001).',
  severity: 'risk',
  phrases: BLAME_SHIFTING,
  penalty: 45,
  message: (m) => `${q(m.text)} moves the blame away from you.`,
  suggestion: 'Own it in the first person: "I entered the wrong address, and I have corrected it."',
  examples: {
    flag: [
      { body: 'Hi Kim,\n\nMistakes were made in processing your order. I will call you at 2pm today.', role: 'support' },
      { body: 'Hi Kim,\n\nAs I already told you, the form is on page two. I will call you at 2pm today.', role: 'support' },
    ],
    pass: [
      { body: 'Hi Kim,\n\nI made a mistake processing your order. I will call you at 2pm today.', role: 'support' },
    ],
  },
});
