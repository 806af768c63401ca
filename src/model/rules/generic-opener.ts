import { GENERIC_OPENERS } from '../lexicon/phrases';
import { phraseRule, q } from '../phrase-rule';
import { contentStems } from '../text';

const CALENDAR = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day|^(?:january|february|march|april|may|june|july|august|september|october|november|december|christmas|easter|new|year)$/;

/** A follow-up or a check-in, and what it is on: "I wanted to follow up on…", "Checking in on…". */
const FOLLOW_UP = /\b(?:follow(?:ing)? up|check(?:ing)? in|touch(?:ing)? base|circling back)\b/i;
/** A message of ours: "my last email", "our previous note", "the proposal". */
const MESSAGE = String.raw`(?:(?:last|previous|earlier|recent|prior|first|original) )?(?:e-?mail|note|message|voicemail|letter|mails?)\b`;
/** What a follow-up is on, when it is not our own message or "this". */
const ON_WHAT = new RegExp(String.raw`^\s*(?:on|about|regarding|re|with you (?:on|about))\s(?!(?:this|that|it)\b|(?:my|our|the|this) (?:${MESSAGE}|proposal\b))`, 'i');
const OUR_LAST = new RegExp(String.raw`\b(?:my|our) ${MESSAGE}`, 'i');
/** What we sent them, as what a check-in is on: "…on the quote I sent over on the 6th", "…about the proposal we emailed". */
const WE_SENT = /^\s*(?:on|about|regarding|re)\s+the (?:quote|quotation|estimate|proposal|offer|price list|brochure|deck|pricing) (?:i|we)(?:['’]ve| have)? (?:sent|emailed|shared|put together|passed on)\b/i;
/** Words that say only that we wrote before and want a reply ("the note I sent over last week", "in case it slipped through the cracks"). */
const STOCK = new Set(['voicemail', 'left', 'morn', 'note', 'sent', 'send', 'coupl', 'week', 'ago', 'earlier', 'email', 'mail', 'case', 'slip', 'through', 'crack', 'previou', 'prior', 'recent', 'see', 'thought', 'propos', 'last', 'thing', 'stand', 'whether', 'chanc', 'look', 'go', 'end', 'convers', 'messag', 'inbox', 'heard', 'hear', 'back', 'respons', 'repli', 'review', 'call', 'chat', 'quick', 'dai', 'yesterdai', 'todai', 'mondai', 'tuesdai', 'wednesdai', 'thursdai', 'fridai', 'question', 'correspond', 'exchang', 'again', 'onc', 'touch', 'base', 'bump', 'top']);

export default phraseRule({
  id: 'generic-opener',
  kind: 'generic-opener',
  title: 'Generic opener',
  flags: 'Boilerplate that could go to anyone: "I hope this email finds you well", "just checking in", "I wanted to reach out".',
  why: 'Lines that could be sent to anyone read as automated ("Just don\'t automate the response", seed 000; seed 003). The first line is where you show this email is for them.',
  severity: 'warn',
  phrases: GENERIC_OPENERS,
  penalty: 20,
  // A hope that names something of theirs (a place, a product, a figure: "I hope the Lisbon payroll rollout is going
  // well") could not be sent to anyone, whatever the learned layer reads in its words.
  // Not a day or a month: "Hope your Monday is off to a great start" could go to anyone.
  // A follow-up on something of theirs, said in words of its own ("I wanted to follow up on the failed top-ups parents
  // reported in November", "Checking in on the boiler we fitted on Monday: is the pressure holding at 1.5 bar?") could go to
  // nobody else; one on our last note ("Following up on my note from last Tuesday about appointment reminders") could go to anyone.
  accept: (m, s) => {
    if (!FOLLOW_UP.test(m.text) || OUR_LAST.test(m.text)) return true;
    const rest = s.text.slice(m.end);
    // A check-in on what we sent them is about our note, however much it names (round 33 blind emails).
    if (WE_SENT.test(rest)) return true;
    return !ON_WHAT.test(rest) || contentStems(rest).filter((w) => !STOCK.has(w)).length < 3;
  },
  learnedIf: (s) => !s.words.some((w, i) => i > 0 && (/^\p{Lu}/u.test(w.text) || /\d/.test(w.text)) && !/^I(?:['’]\w+)?$/.test(w.text) && !CALENDAR.test(w.lower)),
  message: (m) => `${q(m.text)} could be sent to anyone.`,
  suggestion: 'Open with something about them: their last message, their project, a result they care about.',
  examples: {
    flag: [
      // A company "come across", and the wish to reach out (round 8).
      'Hi Dana,\n\nI came across Marlow Foods and wanted to reach out. How do you schedule preventive work today?',
      "Dear Mr Lowe,\n\nThank you for your correspondence, the contents of which have been noted. How long does a hire take you today?",
      // Openers in other words (prospecting emails written blind).
      "Hi Jess,\n\nHope you had an awesome weekend! How are you running payroll across your two states today?",
      "Hi Rosa,\n\nI came across your website and noticed a few issues. How do new clients find you today?",
      "Hi Dan,\n\nIn today's rapidly evolving talent landscape, hiring is hard. How long does a hire take you today?",
      "Hi Dan,\n\nCircling back one last time. How long does a hire take you today?",
      "Hi Dan,\n\nReaching out because we help companies like yours streamline their operations. How long does a hire take you today?",
      "Hi Dan,\n\nI came across your profile on LinkedIn and was impressed by your background. How long does a hire take you today?",
      "Hi Dan,\n\nI noticed Tarrow is in the manufacturing space, so I thought you might be interested in what we do. How long does a hire take you today?",
      "Hi Melissa,\n\nTrusting this note lands at a good moment in what I'm sure is a packed semester for you. Could we talk on Tuesday?",
      // Stock openers in other registers.
      'Dear Mr Shah,\n\nWishing you and your esteemed office a productive quarter ahead. Could we talk on Tuesday?',
      'Hello Olivia,\n\nI am writing you only to present myself. Could we talk on Tuesday?',
      'Hi Dana,\n\nI hope this email finds you well. Could we talk about your Q3 hiring plan on Tuesday?',
      'Hi Dana,\n\nJust checking in on the proposal. Could we talk on Tuesday?',
      "Hi Dana,\n\nI'm writing to follow up on our previous correspondence. Could we talk on Tuesday?",
      'Hi Dana,\n\nFollowing up on my email from last week. Could we talk on Tuesday?',
      'Hi Dana,\n\nI trust this note finds you in good health. Could we talk on Tuesday?',
      'Hi Dana,\n\nWe hope you are all keeping well. Could we talk on Tuesday?',
      'Hi Dana,\n\nHope your week is going great! Could we talk on Tuesday?',
      'Hi Dana,\n\nHope your Monday is off to a great start. Could we talk on Tuesday?',
      'Hi Dana,\n\nHope Q3 is treating you kindly! Could we talk on Tuesday?',
      // Stock openers in other words.
      'Hi Ola,\n\nHope things are humming along over there. What matters most to your team this quarter?',
      'Hi Ola,\n\nHappy Monday! Hope the weekend recharged the batteries. What matters most to your team this quarter?',
      'Hi Ola,\n\nApologies for the cold email, I know your inbox is full. What matters most to your team this quarter?',
      'Hi Ola,\n\nFurther to my previous mails, just following up once again. What matters most to your team this quarter?',
      'Hi Ola,\n\nJust circling back on my last email. What matters most to your team this quarter?',
      // A follow-up on our own last note stays stock, whatever topic it names, and so does one "on this".
      'Hi Ola,\n\nJust following up on my email from last Thursday about shift swaps for your four depots. What matters most to your team this quarter?',
      'Hi Ola,\n\nI just wanted to follow up on this, I suspect it got lost in your inbox. What matters most to your team this quarter?',
      // A check-in on what we sent them, however much it names (round 33 blind emails).
      "Hi Ola,\n\nJust checking in on the quote I sent over on the 6th for the three combi swaps at Clarendon Road. What matters most to your team this quarter?",
      { body: 'Dear Ms Rao,\n\nGreetings from Sampada Bank! Your March statement is attached.', role: 'account' },
      { body: 'Dear Ms Rao,\n\nI hope this mail meets you well. Your March statement is attached.', role: 'account' },
      // Said in fresh words (a thirty-fifth round of blind emails).
      // A day's greeting, and the wish that this meets them well (read on train after the forty-ninth round).
      { body: 'Hi Lou,\n\nHappy Monday! Your renewal quote is attached, and I will call you at 3pm on Thursday.', role: 'account' },
      { body: 'Dear Lou,\n\nTrust this meets you well. Your renewal quote is attached, and I will call you at 3pm on Thursday.', role: 'account' },
      { body: 'Dear Lou,\n\nGood afternoon and compliments of the day. Your renewal quote is attached, and I will call you at 3pm on Thursday.', role: 'account' },
    ],
    pass: [
      // What was read there is about them.
      'Hi Dana,\n\nI came across your post on cold-chain audits at Marlow and wanted to reach out. How do you run them today?',
      "Hi Dan,\n\nReaching out because Sam Lee suggested I ask you about the Leeds rota. How long does a hire take you there today?",
      "Hi Dan,\n\nI came across your post about the Leeds opening. How long does a hire take you there today?",
      // Their own news after "I came across your website", and the market named as a fact mid-email, are no stock opener.
      "Hi Dan,\n\nI came across your website and noticed your new Austin office. In today's environment of high rates, how are you funding the fit-out?",
      'Hi Dana,\n\nCongratulations on opening the Austin office. Could we talk about staffing it on Tuesday?',
      // A driver circling back is no stock line.
      { body: 'Hi Dana,\n\nThe driver is circling back to collect the second pallet at 3 pm today. Could you have it at the dock by then?', role: 'account' },
      // Hopes about something specific are not boilerplate.
      'Hi Dana,\n\nI hope the Austin opening went well. Could we talk about staffing it on Tuesday?',
      'Hi Dana,\n\nI hope your Monday meeting with the board went well. Could we talk on Tuesday?',
      'Hi Dana,\n\nI hope the Lisbon payroll rollout is going well. Could we talk on Tuesday?',
      'Hi Dana,\n\nI trust the figures in this note are what you need. Could we talk on Tuesday?',
      // A wish about someone in particular is no stock line.
      'Hi Ola,\n\nHope everything is going well with the new clinic in Leeds. What matters most to your team this quarter?',
      // A follow-up on something of theirs, in words of its own.
      { body: 'Hi Ola,\n\nI wanted to follow up on the failed card payments your members reported over the weekend. Could we talk on Tuesday?', role: 'account' },
      { body: 'Hi Ola,\n\nChecking in on the chiller we serviced on Monday: is it holding 3 degrees overnight?', role: 'account' },
      // The bank's name said later, as where the writer works, opens nothing.
      { body: 'Dear Ms Rao,\n\nYour March statement is attached, with greetings from all of us in the Pune branch.', role: 'account' },
      { body: 'Dear Ms Rao,\n\nI hope the new office meets your team well: the March statement for it is attached.', role: 'account' },
      // Look-alikes that are not (a thirty-fifth round of blind emails).
      { body: "Hi Ana,\n\nThank you for contacting me about the Leeds order: the pallets left at 9am today.", role: 'support' },
      // Monday named as a day, not as a greeting.
      { body: 'Hi Lou,\n\nHappy to move the call to Monday at 3pm if that suits you better.', role: 'account' },
    ],
  },
});
