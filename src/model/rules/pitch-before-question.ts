import { PITCH } from '../lexicon/phrases';
import { compile } from '../match';
import { perSentence, type Rule } from '../rule';
import { q } from '../phrase-rule';
import { asksAboutThem, isTheirs, theirNames } from '../pitch';
import { pitchesProduct, pitchesWhatWeAre, praisesUs } from '../self-description';

const matcher = compile(PITCH);
// A listed pitch, a line that says what we are or do in any words ("My team at Ledgerly has spent six years
// building…", "We specialise in cold-chain audits"), or one that boasts of us ("ShiftHarbor is the #1 rated
// scheduling app", "PayNest is the leading payment platform in West Africa", as the learned layer reads a boast too).
const isPitch = perSentence((s) => matcher.test(s.text) || pitchesWhatWeAre(s.text) || pitchesProduct(s.text)
  || s.learned.includes('boasting') || praisesUs(s.text));

const rule: Rule = {
  id: 'pitch-before-question',
  kind: 'pitch-before-question',
  dimension: 'research',
  roles: ['prospecting'],
  title: 'Pitch before question',
  flags: 'Product talk ("our platform helps…", "we help companies…", any line that pitches us) before the first question about the prospect (an offer or a meeting is no such question).',
  why: '"Pitching too soon" (seed 003 habit 1): a pitch before you ask about their goals says you already decided what they need.',
  severity: 'warn',
  document(doc) {
    // The first question about them; with none, no-question says so, and this rule has no order to judge.
    const firstQuestion = doc.sentences.findIndex((s) => asksAboutThem(s.view));
    if (firstQuestion === -1) return [];
    const theirs = theirNames(doc);
    for (const s of doc.sentences.slice(0, firstQuestion)) {
      // A line led by the reader's own company ("Crumb & Co is Leeds's best bakery") praises them, not us.
      if (isPitch(s.view) && !isTheirs(s.view.words[0]?.lower, theirs)) {
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
    flag: [
      // Our product named between "our" and what it is ("Our OrthoNav platform delivers…").
      'Dear Dr. Okafor,\n\nOur OrthoNav platform delivers sub-millimetre precision in knee surgery. How are your surgeons handling implant alignment today?',
      'Hi Ada,\n\nOur platform helps finance teams close the books in two days. How long does your close take today?',
      // No listed phrase: our record and our reach, in other words, before the question about them.
      'Hi Ada,\n\nMy team at Ledgerly has spent six years building the most complete spend suite on the market. We work with over 900 finance teams. How do you approve card spend today?',
      // A meeting ask first is no question about them: the pitch still comes before the one that is.
      'Hi Ada,\n\nCould we meet on Tuesday? We specialise in month-end close for retailers. How long does your close take today?',
      // A product named and pitched by its maker, and "our … tool might help", "how we help … like you".
      'Hi Ada,\n\nScrapless is a quality analytics platform that helps manufacturers cut scrap by up to 30%. How do you catch process drift today?',
      'Hi Ada,\n\nClosewise plugs into Sage Intacct and automates reconciliations, and finance teams on it close 4 days faster. How long does your close take today?',
      "Hi Ada,\n\nSignalgrid's AI-powered platform leverages intent data at scale. Who owns pipeline generation on your side?",
      'Hi Ada,\n\nI think our pricing tool might sort of help with setting rates. What do you charge for a new property today?',
      'Hi Ada,\n\nI wanted to share how we help HVAC contractors like you win more service agreements. How do you remind customers about maintenance today?',
      // A boast is product talk too: a name that ranks itself, or a claim in other words.
      "Hi Ada,\n\nRosterly is the UK's most trusted rota app for independent cafés. How do you plan shifts across your three sites today?",
      'Hi Ada,\n\nWe have thousands of happy customers across Yorkshire. How do you get stock to your three sites today?',
    ],
    pass: [
      // Our mutual clients are no pitch of ours.
      'Dear Dr. Okafor,\n\nOur mutual contacts at St Mary\'s speak highly of your team. How are your surgeons handling implant alignment today?',
      'Hi Ada,\n\nHow long does your close take today? Teams like yours have cut it to two days with our platform.',
      // Their news first, then the question; our line comes after it.
      'Hi Ada,\n\nCongrats on the Leeds opening. How will you close the books across two sites? We specialise in month-end close for retailers.',
      // Only a meeting ask: no-question speaks to that, not this rule.
      'Hi Ada,\n\nWe specialise in month-end close for retailers. Could we meet on Tuesday?',
      // A third party's name and news is no pitch of ours.
      'Hi Ada,\n\nDynegy is a great company to have as a neighbour. How is the new Dayton site coming along?',
      'Hi Ada,\n\nAcme moved its HQ to Dayton last year, and Northwind lets its staff work from home. How is the new site coming along?',
      // The reader's own company ranked: praise of them, not a pitch of ours.
      { body: "Hi Cal,\n\nNorthwind is Leeds's best-loved bakery, and Saturday's queue showed it. How do you plan shifts across your three sites today?", recipients: [{ name: 'Cal Ortiz', email: 'cal@northwind.com' }] },
    ],
  },
};
export default rule;
