import { ABOUT_US_OPENERS } from '../lexicon/phrases';
import { compile } from '../match';
import { perSentence, type Rule } from '../rule';
import { q } from '../phrase-rule';
import { isTheirs, pitchesUs, theirNames } from '../pitch';
import { describesUs, ranksItself } from '../self-description';

const matcher = compile(ABOUT_US_OPENERS);
// The first line's reading, kept with the sentence: this rule runs on every analysis, the first line rarely changes.
const opener = perSentence((s) => matcher.find(s.text)[0]);
const describes = perSentence((s) => describesUs(s.text) || ranksItself(s.text));

const rule: Rule = {
  id: 'about-us-first',
  kind: 'about-us-first',
  dimension: 'personalization',
  roles: ['prospecting'],
  title: 'Opens with us',
  flags: 'A first sentence about ourselves: "My name is… and I work at…", "We are a leading…", "At Acme, we…" (listed openers, a line whose subject and verb describe us, or a line the learned layer reads as about us).',
  why: '"Opening your pitch by talking about your company" is a named trust-killer (seed 003): the first line decides whether they read on, and it should be about them.',
  severity: 'warn',
  document(doc) {
    const theirs = theirNames(doc);
    // A listed opener at the start, or a line that pitches us: a listed pitch ("Acme is the leading…") or the
    // learned layer's reading ("Since 1998, Acme has…").
    // Or a line whose subject and verb describe us, in any words ("We have trucks available for your lanes").
    const aboutUs = (x: (typeof doc.sentences)[number]) => {
      const m = opener(x.view);
      // (Not a line led by the reader's own company's name: "Northwind is the leading distributor in Ohio" is about them.)
      return (!!m && m.start <= 3) || pitchesUs(x, theirs) || (describes(x.view) && !isTheirs(x.view.words[0]?.lower, theirs));
    };
    // The first line that says anything (firstContent passes over a stock opener), or the stock opener itself when it
    // introduces us ("I wanted to reach out to introduce myself: I'm Marco, and I handle partnerships at PetPath").
    const after = doc.greeting?.end ?? 0;
    const first = doc.sentences.slice(0, doc.firstContent + 1).find((x, i) => x.start >= after && (i === doc.firstContent || x.view.words.length >= 3) && aboutUs(x));
    if (!first) return [];
    return [{
      start: first.start, end: first.end, penalty: 25,
      message: `The first line, ${q(first.text)}, is about you, not them.`,
      suggestion: 'Lead with their world: their goal, their news, what they said. Introduce yourself in the signature.',
    }];
  },
  examples: {
    flag: [
      // Said in other words: the purpose of the message is us; "as you know", our company is one of the best.
      'Hi Rae,\n\nThe purpose of this email is to introduce my firm, Payflow. What does payroll cost you today?',
      'Hi Rae,\n\nAs you know, Payflow is one of the most trusted payroll providers in Ohio. What does payroll cost you today?',
      'Hi Eva,\n\nMy name is Tom and I work at Payflow, the payroll platform. Could we talk about your pay runs?',
      'Hi Eva,\n\nWe are a leading provider of payroll software. Could we talk about your pay runs?',
      'Hi Eva,\n\nI run partnerships at CloudStack. Could we talk about your pay runs?',
      'Hi Eva,\n\nWe build scheduling software for warehouses. Could we talk about your pay runs?',
      'Hi Eva,\n\nAt Payflow, we care about payroll. Could we talk about your pay runs?',
      "Hi Eva,\n\nAt Payflow, we've spent ten years on payroll. Could we talk about your pay runs?",
      // The greeting typed on the same line as the first sentence.
      'Hi Eva, we are a leading provider of payroll software. Could we talk about your pay runs?',
      // No listed opener: the subject and verb describe us.
      'Hi Ahmed,\n\nWe have trucks available right now for your lanes. Could you send me the routes you need covered?',
      'Hi Ahmed,\n\nOur rates are the lowest in the region and our drivers know your lanes. Could you send me the routes you need covered?',
      'Hi Jeff,\n\nI am a consultant working with Conoco on its European business. Could we talk about a speaking slot?',
      // The stock opener itself introduces us, or the title comes first (real mail).
      "Hi Eva,\n\nI wanted to reach out to introduce myself: I'm Marco, and I look after partnerships at PetPath. Could we talk about your pay runs?",
      'Dear Mr Lay,\n\nAs the editor of The Ledger, I would like to interview you in Davos. Would Tuesday suit you?',
      'Hi Jeff,\n\nHaulRight is a freight brokerage for mid-size shippers. Could you send me the routes you need covered?',
      // A line that ranks us, whatever it calls us, after a stock opener (seventeenth blind round).
      "Hi Eva,\n\nJust touching base as I haven't heard back. LedgerLite is the UK's most trusted accounts package for tradespeople. Could we talk about your books?",
      // Said in fresh words (a thirty-fifth round of blind emails).
      "Hi Eva,\n\nI'm reaching out from Brightline Analytics because we work with logistics teams on route costs. How do you plan routes today?",
      "Hi Eva,\n\nMy company, Kestrel, specialises in payroll for hospitality groups. How do you run pay today?",
      "Hi Eva,\n\nOur clients include three of the five largest grocers in Ohio. How do you run pay today?",
      "Hi Eva,\n\nWe recently helped a dairy cooperative like yours cut spoilage by 30%. How do you chill milk today?",
      "Hi Eva,\n\nWe've just released version 4 of our inventory platform. How do you count stock today?",
      "Hi Eva,\n\nI wanted to share some exciting news about our new platform. How do you count stock today?",
      "Hi Eva,\n\nI've been working with several veterinary practices in your area on their booking systems. How do you book visits today?",
      // More ways a pitch opens on us (probes written for the thirty-sixth round).
      "Hi Eva,\n\nTom here from Acme Logistics. How do you run pay across the new sites?",
      "Hi Eva,\n\nIt's Tom from Acme again. How do you run pay across the new sites?",
      "Hi Eva,\n\nI'm part of the partnerships team at Acme. How do you run pay across the new sites?",
      "Hi Eva,\n\nWe at Acme believe every clinic deserves better software. How do you run pay across the new sites?",
      "Hi Eva,\n\nOver the last year, our team has onboarded 200 new clinics. How do you run pay across the new sites?",
      "Hi Eva,\n\nI recently joined Acme as head of sales for the UK. How do you run pay across the new sites?",
      "Hi Eva,\n\nI'm writing to tell you about our new cold-chain service. How do you run pay across the new sites?",
      "Hi Eva,\n\nLet me introduce Acme, the leading provider of clinic software. How do you run pay across the new sites?",
      "Hi Eva,\n\nQuick question, but first a little about us: we build scheduling tools. How do you run pay across the new sites?",
      // Our news, told by our name or by us (a forty-fifth round of blind emails).
      "Hi Eva,\n\nPropertyPulse has some exciting news to share! How do you value listings today?",
      "Hi Eva,\n\nWe've got big news this spring. How do you value listings today?",
      // Fresh openers about the writer or the sender (a forty-ninth round, read on train).
      'Hi Eva,\n\nMy name is Pamela Yoo with the California Energy Commission in Sacramento. Could we talk about your winter supply plans?',
      "Hi Eva,\n\nI'am the President of Bilco Commercial Finance, a direct lender to listed companies. Could we talk about your funding plans?",
      'Hi Eva,\n\nI am writing in regards to a training seminar I am developing on enterprise risk. Would your team be interested?',
      'Dear Subscriber,\n\nFactiva is proud to announce the expanded availability of the Financial Times. Would you like a trial?',
    ],
    pass: [
      // Their own company, praised by its name.
      { body: 'Hi Cal,\n\nNorthwind is the leading distributor in Ohio, and we saw your new Dayton site. How do you plan deliveries there?', recipients: [{ name: 'Cal Ortiz', email: 'cal@northwind.com' }], role: 'prospecting' },
      'Hi Eva,\n\nYour post about closing payroll in two days caught my eye. Could we talk about how you did it?',
      'Hi Eva,\n\nYou run payroll for 10 sites across 3 states. Could we talk about how you close it?',
      // About the writer's day, not their company: no pitch.
      'Hi Eva,\n\nI am reviewing comments from our Tuesday meeting. Could we talk about the pay runs?',
      "Hi Eva,\n\nI'm home with a cold today. Could we talk about the pay runs tomorrow?",
      // Their title, not ours; a stock opener, then a line about them.
      'Hi Eva,\n\nAs the owner of Northwind, you know how long a pay run can take. Could we talk about yours?',
      'Hi Eva,\n\nI hope this email finds you well. Your post about closing payroll in two days caught my eye. Could we talk about how you did it?',
      'Hi Eva, your post about closing payroll in two days caught my eye. Could we talk about how you did it?',
      'Hi Eva,\n\nAs we build the schedule for March, could you tell me how many pay runs you need?',
      'Hi Eva,\n\nAt this point we know the March run is late. Could we talk about the pay runs?',
      // We as subject, but about their message, not a description of us.
      'Hi Eva,\n\nWe are sorry to hear the March run slipped. Could we talk about what held it up?',
      'Hi Eva,\n\nWe have looked at the pay-run figures you shared. Could we talk about the March run?',
      "Hi Eva,\n\nWe'll have the draft plan to you by Friday. Could we talk about the pay runs then?",
      'Hi Eva,\n\nMonday is a holiday here, so the pay run moves. Could we talk about the new date?',
      // Look-alikes that are not (a thirty-fifth round of blind emails).
      "Hi Eva,\n\nWe helped your team move the March run last year, and it went well. Could we talk about April?",
      "Hi Eva,\n\nI'm reaching out because your post about two-day payroll caught my eye. Could we talk about how you did it?",
      "Hi Eva,\n\nI've been working through the notes you sent after Tuesday. Could we talk about the April run?",
      // Their team's year, their group: not us.
      "Hi Eva,\n\nOver the last year, your team has doubled its sites. How do you run pay across the new sites?",
      "Hi Eva,\n\nI recently joined your payroll group on LinkedIn, and your post stood out. How do you run pay across the new sites?",
      // Their news, by their name (not ours): about them.
      { body: 'Hi Cal,\n\nNorthwind has some exciting news, I hear: a new Dayton site. How do you plan deliveries there?', recipients: [{ name: 'Cal Ortiz', email: 'cal@northwind.com' }], role: 'prospecting' },
      // Their news first, then who we are; writing about their matter is no opener about us.
      'Hi Eva,\n\nI am writing about the invoice you queried on Monday. My name is Tom, and I look after your account at Payflow.',
    ],
  },
};
export default rule;
