import { BOASTS } from '../lexicon/phrases';
import { phraseRule, q, withReading } from '../phrase-rule';
import { isTheirs, theirNames, weYou } from '../pitch';
import type { Doc, Rule } from '../rule';
import { boastsAboutUs } from '../self-description';

// Whose thing is praised: the last owner word before the claim. "Congratulations on your award-winning app" praises them.
const OWNER = /(?<![\w'’])(?:we|we['’](?:re|ve|ll)|our|us|i|i['’]m|my|you|you['’](?:re|ve)|your|they|they['’]re|their|he|his|she|her)(?![\w'’])/gi;
const THEIRS = /^(?:you|your|they|their|he|his|she|her)/i;

/** Is the claim about them (the customer, a third party) rather than us? */
// "you" as the one told or promised ("What I can tell you is PayFlow is…", "I can assure you our…") is no subject.
const TOLD = /\b(?:tell|told|show|assure|promise|remind|let|ask|thank|give|send|help|guarantee)\s+$/i;
// Nor "you" of "As you know, Learnlytics is the industry-leading…": a turn of phrase before a claim about us.
const AS_YOU_KNOW = /^\s+(?:may |might |probably |already |will |['’]ll )?(?:know|knew|remember|recall|(?:have )?(?:seen|heard|read))\b/i;
function aboutThem(before: string): boolean {
  let last: string | undefined;
  for (const m of before.matchAll(OWNER)) if (!(/^you$/i.test(m[0]) && (TOLD.test(before.slice(Math.max(0, m.index - 12), m.index)) || AS_YOU_KNOW.test(before.slice(m.index + m[0].length))))) last = m[0];
  return !!last && THEIRS.test(last);
}

const BOAST_FIX = 'Replace the claim with a fact they can check: "Northwind cut onboarding from 6 weeks to 2 with us."';

const listed = phraseRule({
  id: 'boasting',
  kind: 'boasting',
  title: 'Boasting and overclaims',
  flags: 'Superlatives about ourselves ("industry-leading", "the best in the world", "#1 provider", or any superlative or scale in a line that describes us: "our rates are the lowest around") and overclaims ("this will never happen again", "100% guaranteed").',
  why: 'Smugness reads as not listening (seed 002), and an overclaim is a promise that will be broken; a missed precise promise costs more trust than a modest one (rubric, concreteness).',
  severity: 'warn',
  phrases: BOASTS,
  penalty: 25,
  // Praise of their own product or news is no boast ("your award-winning app", "their phenomenal quarter").
  // "You won't find faster runs anywhere" praises us, "you" notwithstanding.
  // A guarantee is ours whatever of theirs comes before it ("a 40% cut in your bill or your money back").
  accept: (m, s) => /^(?:our|we)\b/i.test(m.text) || /\bfind\b.*\banywhere$/i.test(m.text) || /money back|no questions asked|guarantee/i.test(m.text) || !aboutThem(s.text.slice(0, m.start)),
  // The learned layer's boasts stand only in a sentence that speaks of us: "the country's leading engineers" is news.
  learnedIf: (s) => weYou(s.words).we > 0,
  message: (m) => `${q(m.text)} is a claim the customer has to take on faith.`,
  suggestion: BOAST_FIX,
  examples: {
    flag: [
      // Ranked among the leading firms, with a crowd of satisfied clients counted (round 33 blind emails).
      "Hi Ada,\n\nOkonkwo & Partners is one of the leading accounting firms in Lagos, with over 300 satisfied SME clients. How do you close your books today?",
      // Rated first, awarded most (a twentieth round of blind emails).
      'Hi Rae,\n\nShiftHarbor is the #1 rated scheduling app for restaurants. How do you fill last-minute gaps today?',
      { body: "Hi Paul,\n\nAs the most awarded caterer in Metro Manila, we're confident your guests will love it. I will call you at 4pm today.", role: 'account' },
      // "As you know" is no claim of theirs; the world's most powerful; our service award-winning; our clients' phenomenal results.
      { body: "Hi Kevin,\n\nAs you know, Learnlytics is the industry-leading analytics platform for education. Your renewal is due on 30 June.", role: 'account' },
      { body: "Hi Marcus,\n\nTillwise X is the world's most powerful all-in-one POS platform. How do you run stock counts today?", role: 'prospecting' },
      { body: "Hi Dana,\n\nOur member-alert service is award-winning. Would Tuesday at 10 suit for a call?", role: 'prospecting' },
      { body: "Hi Dana,\n\nOur clients are seeing phenomenal results. Would Tuesday at 10 suit for a call?", role: 'account' },
      // A claim in apposition to us, in any ranking words.
      { body: "Hi Paul,\n\nAs Canada's largest fleet insurer, we see this often. I will call you at 4pm today.", role: 'account' },
      { body: "Hi Paul,\n\nQuantaview remains the most comprehensive analytics platform on the market. I will call you at 4pm today.", role: 'account' },
      { body: "Hi Paul,\n\nAs one of the largest independent brokers in the South West, we can help. I will call you at 4pm today.", role: 'account' },
      { body: "Hi Paul,\n\nAssuring you of our best services always. I will call you at 4pm today.", role: 'account' },
      // Top of the market; never beaten.
      { body: 'Dear Laura,\n\nThe quality of our reports is the highest on the market. I will call you at 3pm today.', role: 'account' },
      'Dear Mr Lambton,\n\nIn eighteen years I have yet to lose that comparison to anyone. Might I call on Thursday at 11?',
      // Ahead of everyone, matched by no one, a record year.
      'Hi Rae,\n\nWe have put more carriers on automated dispatch than anyone else in the Midwest. How do you plan loads today?',
      // Scale said as who uses us, beating everyone, records in our history (prospecting emails written blind, round 6).
      'Hi Rae,\n\nGrainGuard watches your bins around the clock. It is used by over 1,500 elevators across the Midwest. How do you check moisture today?',
      'Hi Rae,\n\nThousands of companies around the world already rely on us. How do you plan loads today?',
      "Hi Rae,\n\nOur rate for a 40-foot container beats anything you'll find elsewhere. How do you plan loads today?",
      "Hi Rae,\n\nVersion 5 is the most powerful release in our company's history. How do you plan loads today?",
      'Hi Rae,\n\nJoin 2,000+ industry leaders in Chicago this May. How do you plan loads today?',
      'Hi Rae,\n\nHonestly, nobody else in the region can match what we can do now. How do you plan loads today?',
      { body: "Hi Mei,\n\nWe've onboarded a record number of logos this year. Which report does your team export most?", role: 'account' },
      // A guarantee after their bill is still ours; a rank given with a possessive; a network built "quietly".
      'Hi Rae,\n\nWe guarantee a 40% cut in your energy bill or your money back. What does power cost you today?',
      "Hi Rae,\n\nPayWave is Ohio's most popular payroll service. What does payroll cost you today?",
      // A superlative stretched to the planet, after telling them something.
      'Hi Rae,\n\nWhat I can tell you is PayWave is simply the easiest payroll on the planet. What does payroll cost you today?',
      'Hi Rae,\n\nAs you may know, Tessaly Group has quietly built one of the largest refrigerated carrier networks in the Southeast. What does freight cost you today?',
      // Hype in other words: a ceiling sold as a result, a trade remade by us, delight promised.
      'Hi Rae,\n\nWe have helped over 500 nonprofits like yours increase donations by up to 300%. How do you follow up with new donors today?',
      "Hi Rae,\n\nOur platform is reinventing the entire logistics industry. How do you plan routes today?",
      "Hi Rae,\n\nI promise it'll be worth your time! How do you plan routes today?",
      // Scale claimed as a record ("we ship 20,000 orders a week without a hitch").
      { body: 'Hi Ola,\n\nWe ship 20,000 orders a week without a hitch. I will call you at 4pm today.', role: 'account' },
      // A product announced in superlatives.
      { body: "Hi Mei,\n\nWe've launched our new dashboard! It's packed with amazing features that will revolutionize the way you work. Which report does your team export most?", role: 'account' },
      'Hi Rae,\n\nWe are the industry-leading platform for payroll. What does payroll cost you today?',
      { body: 'Hi Rae,\n\nI fixed the export and this will never happen again. I will call you at 4pm today.', role: 'support' },
      'Hi Rae,\n\nOur leading cloud platform will 10x your payroll ROI. What does payroll cost you today?',
      'Hi Rae,\n\nWe are the leading all-in-one finance automation platform, and it will transform your business. What does payroll cost you today?',
      // Praise of ourselves in other words than "leading".
      'Hi Rae,\n\nOur phenomenal support team answers in minutes. What does payroll cost you today?',
      'Hi Rae,\n\nWe are the nation\'s premier payroll bureau. What does payroll cost you today?',
      'Hi Rae,\n\nOur scheduler is truly unique and powerful. What does payroll cost you today?',
      'Hi Rae,\n\nWe run an award-winning payroll service trusted by thousands of satisfied customers. What does payroll cost you today?',
      'Hi Rae,\n\nOur onboarding is second to none and our uptime is unrivalled. What does payroll cost you today?',
      // A market, a rival or a prize as the measure: "the lowest in the market", "nobody comes close", "won the award".
      'Hi Rae,\n\nOur pricing is already the lowest in the market. What does payroll cost you today?',
      'Hi Rae,\n\nNo other payroll provider comes close to our uptime. What does payroll cost you today?',
      'Hi Rae,\n\nWe recently won the Payroll Innovation Award for our engine. What does payroll cost you today?',
      'Hi Rae,\n\nOur clients see incredible results in their first month. What does payroll cost you today?',
      // No listed phrase: a line about us claiming a superlative or a scale.
      'Hi Rae,\n\nOur rates are the lowest around and our bureau runs pay for you overnight. What does payroll cost you today?',
      'Hi Rae,\n\nWe have helped thousands of dealerships run payroll in a day. What does payroll cost you today?',
      // The only one of its kind, the premier event, the right choice: said of us in other words (real mail).
      'Hi Rae,\n\nPayWave is the only payroll provider that runs every state overnight. What does payroll cost you today?',
      'Hi Rae,\n\nMake plans now to attend the premier payroll event of 2027. What does payroll cost you today?',
      'Hi Rae,\n\nLow fees and next-day runs make PayWave the right choice for all your payroll needs. What does payroll cost you today?',
      // A product called revolutionary (corpus offers, fifteenth blind round).
      'Hi Rae,\n\nWith our revolutionary system you can run payroll from your phone. What does payroll cost you today?',
      // Praise in other words: the envy of the sector, nowhere better, the go-to bureau, the finest.
      'Hi Rae,\n\nOur retention figures are the envy of the sector. What does payroll cost you today?',
      "Hi Rae,\n\nYou won't find faster payroll runs anywhere in Ohio. What does payroll cost you today?",
      'Hi Rae,\n\nWe are the go-to payroll bureau for dental groups. What does payroll cost you today?',
      { body: 'Hi Rae,\n\nI fixed the export, and you will never see a payroll error again. I will call you at 4pm today.', role: 'support' },
      // Rankings, records and guarantees in other words (batch misses): named a leader, proudly serving since, hundreds
      // of projects on time, the only carrier that…, never again, money back.
      'Hi Ola,\n\nNorthbeam was named a Leader in the analyst report for the third year running. What matters most to your team this quarter?',
      "Hi Ola,\n\nWe've delivered over 300 fit-outs on time across the region. What matters most to your team this quarter?",
      "Hi Ola,\n\nWe've been proudly serving the valley since 1960. What matters most to your team this quarter?",
      "Hi Ola,\n\nOur agency is one of the most respected in the region. What matters most to your team this quarter?",
      "Hi Ola,\n\nWe're the only carrier in the state that offers same-day freight. What matters most to your team this quarter?",
      { body: "Hi Ola,\n\nGive me ten minutes and I promise it'll never drop again. I will call you at 4pm today.", role: 'support' },
      "Hi Ola,\n\nWe guarantee lower bills or your money back. What matters most to your team this quarter?",
      // A name that ranks itself in its place, whatever its noun (seventeenth blind round).
      "Hi Rae,\n\nVoltSupply is Australia's fastest growing electrical wholesaler. How do you buy cable today?",
      "Hi Rae,\n\nLedgerLite is the UK's most trusted accounts package for tradespeople. How do you do your books today?",
      "Hi Ada,\n\nWe've just launched LearnPath 5.0, our most powerful release ever. How are your teachers finding the reports?",
      // Our clients as the claim, "market-leading", and a name that ranks itself as its city's premier place (round 31 blind emails).
      "Hi Ada,\n\nWillow Creek Lodge has hosted retreats for some of the biggest names in tech. What would your team want from three days away?",
      // Nobody near matches us (round 32 blind emails).
      "Hi Ada,\n\nWe've been doing this 27 years and there's nobody round here who'll fit a kitchen to our standard. What does yours need?",
      { body: 'Hi Ada,\n\nAt PetGuard, we are committed to delivering market-leading cover. Your renewal is due on 30 June.', role: 'account' },
      { body: "Hi Ada,\n\nHarbourside Works is the city's premier innovation hub, and our suites are designed to scale with you. I will call you at 4pm today.", role: 'account' },
      // Said in fresh words (a thirty-fifth round of blind emails).
      "Hi Rae,\n\nWe're a next-generation customer experience powerhouse with 4,200 seats. How do you staff weekends today?",
      "Hi Rae,\n\nWe don't just build websites, we build patient-acquisition machines. How do new patients find you today?",
      "Hi Rae,\n\nOur properties consistently rank among the very finest in the country. Where do your teams stay today?",
      "Hi Rae,\n\nOur customers tell us they cannot imagine working with another agency. Who translates your contracts today?",
      "Hi Rae,\n\nWe have never met a document we could not translate. Who translates your contracts today?",
      "Hi Rae,\n\nThe big 3PLs ring us when every other agency has come back empty-handed. How do you hire supervisors today?",
      { body: "Hi Rae,\n\nYour comments were passed on, as we hold ourselves to the highest standards. I will call you at 4pm today.", role: 'support' },
      "Hi Rae,\n\nWe've helped over 300 dental practices double their new-patient bookings. How do new patients find you today?",
      "Hi Rae,\n\nOur proven growth framework fills the diary. How do new patients find you today?",
      { body: "Hi Rae,\n\nIt's been another landmark quarter here at Nexora. I will call you at 4pm today.", role: 'account' },
      // Said in fresh words (a thirty-sixth round of blind emails).
      "Hi Rae,\n\nOur engineers have outdone themselves, and nothing else out there even comes close. How do you track your fleet today?",
      "Hi Rae,\n\nI'm Kyle from PeopleStack, the HR platform trusted by over 2,000 scale-ups. How do you run onboarding today?",
      "Hi Rae,\n\nVenues that switch see no-shows drop by 60% overnight, guaranteed. How do you confirm bookings today?",
      // A list we were named to, after other news of ours; the choice of a counted many (round 38).
      "Hi Rae,\n\nIt's been a busy few weeks: we've just closed our Series B and been named one of Europe's fastest-growing SaaS companies. How is the new warehouse going?",
      { body: 'Hi Rae,\n\nPaynest continues to be the trusted choice of over 1,200 enterprises. I will call you on Tuesday at 10 am about the renewal.', role: 'account' },
      // A name ranked in the world or its trade, called "a leading" one or "the only" one of its kind (round 41's corpus).
      "Hi Rae,\n\nQuantix is the largest firm in the world specializing in the purchase of court judgments. How do you collect on yours today?",
      "Hi Rae,\n\nLinguaCore is a leading globalization services firm for Fortune 500 companies. How do you translate your site today?",
      // Our own series praised by us (round 44's corpus).
      "EEO Europe is the third in our successful energy trading series, and the first we have run in Europe. Could we send you the programme on Tuesday?",
      // Praise we report of ourselves (a forty-sixth round of blind emails).
      "In our twenty years of operation, our hotel has been consistently praised by guests for its tranquil atmosphere. Could we talk on Tuesday?",
    ],
    pass: [
      // Others ranked are no claim of ours.
      'Hi Rae,\n\nSeveral of the leading firms in Lagos still keep manual ledgers. How do you close your books today?',
      // Nobody near who can help in time is no claim of ours.
      "Hi Rae,\n\nNobody round here can fit it before Monday, so I've booked our own fitter for Tuesday. Does 9am suit?",
      // Their stockists are no claim of ours.
      'Hi Rae,\n\nYour new line is stocked by the biggest names in retail. How are you planning the launch?',
      // "As you know" before praise of their own team still praises them.
      { body: 'Hi Paul,\n\nAs you know, your team is the industry-leading crew in Ohio, and I will call you at 4pm.', role: 'account' },
      // A ranking of a thing, not of us.
      { body: 'Hi Paul,\n\nAs the top priority, we will fix the export today, and as the best way forward I will call you at 4pm.', role: 'account' },
      // Their rating, not ours.
      'Hi Rae,\n\nCongratulations on being named the top-rated clinic in Leeds! How are you handling the extra bookings?',
      // A third party ranked in a line that turns to them is news.
      "Hi Rae,\n\nDynegy is Houston's largest employer, and your new depot is right next to theirs. How do you plan deliveries there?",
      "Hi Rae,\n\nThe return pickup will be completed by 7 pm on Friday, and I'll text you when it's done.",
      'Hi Rae,\n\nYour app is used by over 40,000 students now, so the spring rollout matters. How do you plan it?',
      { body: "Hi Paul,\n\nYour most comprehensive report is the one for March. I will call you at 4pm today.", role: 'account' },
      // Praise of them, stretched to the planet, is theirs.
      'Hi Rae,\n\nYour team is the fastest on the planet at month-end close. What does payroll cost you today?',
      // Praise of someone else, more than anyone.
      "Hi Rae,\n\nYour planner has more patience for detail than anyone I've worked with. How do you plan loads today?",
      // Their own company's rank, by its name, and other companies' rank in a line about us.
      { body: "Hi Cal,\n\nNorthwind is Ohio's largest distributor, and we saw your new Dayton site. How do you plan deliveries there?", recipients: [{ name: 'Cal Ortiz', email: 'cal@northwind.com' }], role: 'prospecting' },
      "Hi Rae,\n\nWe already work with three of the UK's five largest bus operators. How do you plan charging for the new buses?",
      // A result with its numbers and its customer, a market others are changing, a story.
      'Hi Rae,\n\nFairway cut produce waste 18% in six months after switching. How do you track waste today?',
      'Hi Rae,\n\nAT&T and others are transforming how carriers bill. How do you plan routes today?',
      'Hi Rae,\n\nI ran for the river and never looked back. How do you plan routes today?',
      'Hi Rae,\n\nNorthwind cut payroll errors by half in their first quarter with us. What does payroll cost you today?',
      'Hi Rae,\n\nYour team runs payroll for 10 sites across 3 states. What does payroll cost you today?',
      'Hi Rae,\n\nAnna is leading the platform migration for your team. What does payroll cost you today?',
      // Praise of their product, or a plain verb: not about us.
      'Hi Rae,\n\nCongratulations on your award-winning mobile app. What does payroll cost you today?',
      // Features named for what they do, not praised.
      { body: "Hi Mei,\n\nThe new dashboard is packed with the features your team asked for: scheduled exports and Slack alerts. Which report does your team export most?", role: 'account' },
      // A fact about the world, not about us.
      'Hi Rae,\n\nThe slowdown has hit the world\'s largest metals market hard. How are your volumes holding up?',
      'Hi Rae,\n\nYour team had a phenomenal quarter. What does payroll cost you today?',
      'Hi Rae,\n\nWe lead the migration with your team next week. What does payroll cost you today?',
      'Hi Rae,\n\nYour setup is truly unique, so I read the docs twice. What does payroll cost you today?',
      // A superlative in a line that is not about us, and a line about us with no claim.
      'Hi Rae,\n\nThe lowest rates in your region come with a six-month lock-in. What does payroll cost you today?',
      'Hi Rae,\n\nWe have two payroll specialists in Ohio who know your state forms. What does payroll cost you today?',
      // Superlatives about third parties are news, not boasts.
      'Hi Rae,\n\nThe summit brings the country\'s leading grid engineers to Austin, and the award-winning reporter Ana Ruiz hosts it. What does payroll cost you today?',
      // Facts about the market and honest limits are no boast.
      'Hi Rae,\n\nPayroll fees are the lowest in the market in March, when bureaus discount. What does payroll cost you today?',
      { body: "Hi Rae,\n\nI can't promise it will never happen again, but this check makes it far less likely. I will call you at 4pm today.", role: 'support' },
      "Hi Rae,\n\nI'm not 100% sure the export covers every case, so I tested yours. What does payroll cost you today?",
      // Their record, and an honest word on the market, are no boast.
      'Hi Rae,\n\nYour pilot numbers speak for themselves, so I kept this short. What does payroll cost you today?',
      'Hi Rae,\n\nNo bureau files every state on the same day, us included. What does payroll cost you today?',
      // Their ranking, the bookkeeping sense of "unmatched", a smooth event that is no claim.
      'Hi Ola,\n\nYour clinic was named a top employer this year, congratulations. What matters most to your team this quarter?',
      { body: 'Hi Ola,\n\nUnmatched invoices sit in your AP queue until someone clears them. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Ola,\n\nThe data move went through without a hitch on Sunday. I will call you at 4pm today.', role: 'support' },
      "Hi Ada,\n\nLearnPath 5.0 adds the attendance report your teachers asked for. How are they finding the reports?",
      // Look-alikes that are not (a thirty-fifth round of blind emails).
      { body: "Hi Rae,\n\nCongratulations on another landmark year for Northwind! I will call you at 4pm today.", role: 'account' },
      "Hi Rae,\n\nYour night shift is a real powerhouse, from what Dev told me. How do you plan it today?",
      // Their company named to a list is their news, not our boast.
      'Hi Rae,\n\nYour company was named one of Portland\'s fastest-growing employers this year. How are you hiring for the new site?',
      // A third party called a leading one in a line that turns to them is news.
      "Hi Rae,\n\nDynegy is a leading buyer of gas in your region, and your new pipeline runs right past them. How do you plan deliveries there?",
      // Their success, or ours in a pilot with them, is no boast of ours.
      "Congratulations on your successful product launch in Leeds. After our successful pilot with your team, could we talk on Tuesday?",
      // Their praise of someone, reported as theirs.
      "Your new head chef has been widely praised in the Cancún press. Could we talk on Tuesday about the autumn menu?",
    ],
  },
});

// Also a superlative or a scale claimed in a line that describes us, in words no list has ("Our rates are the lowest
// around", "We have helped thousands of dealerships").
const rule = withReading(listed, {
  find: boastsAboutUs,
  penalty: 25,
  message: (words) => `${q(words)} is a claim the customer has to take on faith.`,
  suggestion: BOAST_FIX,
});

export default {
  ...rule,
  // Praise of the reader's own company, led by its name, is no boast of ours ("Northwind is Ohio's largest
  // distributor"): read with the recipients and the account, which a sentence alone does not see.
  document(doc: Doc) {
    const found = doc.found(rule.id);
    if (found.length === 0) return found;
    const theirs = theirNames(doc);
    if (theirs.size === 0) return found;
    return found.filter((f) => !isTheirs(doc.sentences.find((x) => x.start <= f.start && f.start < x.end)?.view.words[0]?.lower, theirs));
  },
} satisfies Rule;
