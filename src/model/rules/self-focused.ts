import { perSentence, type Doc, type Rule, type SentenceView } from '../rule';
import { q } from '../phrase-rule';
import { asksAboutThem, isTheirs, namesIn, ourNames, pitchesUs, pitchOf, theirNames, weYou } from '../pitch';
import { boastsAboutUs, pitchesWhatWeAre } from '../self-description';

/**
 * An email is about us when it talks of "we / our" at least MIN times, at least half as often as of "you /
 * your", and at least one of its lines is a pitch about us. The company name a pitch leads with counts as a "we"
 * ("Datek offers customers… Datek is the…": promotions name themselves where a person says "we"), so does
 * "At MedLedger, we…"; the reader's own company never does (the learned layer's reading: "We are the leading…",
 * "Our platform offers…"). Chosen on the labelled train split and checked on dev (scripts/eval): the older
 * test, "we" at least twice as often as "you", flagged internal memos and missed short self-pitches.
 */
const MIN = 3;
const SHARE = 0.5;
/** The learned reading needs at least this many "we"s (or our company's name) in the email. */
const LEARNED_MIN_WE = 2;

/** Does the email's first question about them come before its first line about us? */
function asksFirst(content: readonly Doc['sentences'][number][], aboutUs: readonly Doc['sentences'][number][]): boolean {
  const firstQ = content.findIndex((x) => asksAboutThem(x.view));
  return firstQ !== -1 && firstQ < content.findIndex((x) => aboutUs.includes(x));
}

/**
 * Where the learned email layer may read an email as about us: it speaks as us ("we", "our", the company a pitch
 * leads with) at least twice, and some line of it pitches or praises us (a pitch, a boast, a line that says what we
 * are). A note about the writer's own week ("I'll be home by 8. Love,") or a condolence shares words with a pitch and
 * is none. On 2,012 unlabelled corpus emails read as account work the layer then adds 4 flags (10 with the count alone,
 * most of them personal notes); on the 866 labelled emails it never learns from it finds 9 more (13 with the count alone),
 * none of them wrong either way.
 */
function speaksAsUs(doc: Doc): boolean {
  const theirs = theirNames(doc);
  const names = ourNames(doc.sentences.map((s) => s.view), theirs);
  let we = 0;
  for (const s of doc.sentences) we += counts(s.view).we + namesIn(s.view.words, names);
  if (we < LEARNED_MIN_WE) return false;
  // Praise of the reader's own company ("Northwind is the leading distributor…") is about them.
  const ours = (s: Doc['sentences'][number]) => !isTheirs(s.view.words[0]?.lower, theirs);
  const boasts = doc.found('boasting');
  return doc.sentences.some((s) => pitchesUs(s, theirs) || (ours(s) && (describes(s.view) || s.view.learned.includes('boasting') || boasts.some((f) => f.start < s.end && f.end > s.start))));
}

/** A line that starts with us: "We…", "Our…", "At Payflow, we…" (after a connective or a time). */
const US_LED = /^(?:(?:and|also|so|but|plus|now|today|recently|this (?:year|month|week))[, ]+)?(?:we|we['’](?:re|ve|ll|d)|our|at \S+,? we)\b/i;
const usLed = perSentence((s) => US_LED.test(s.text));
const counts = perSentence((s) => weYou(s.words));
/**
 * A line of the writer's own record, a résumé said in prose: "I have received a Ph.D. in Finance", "I worked as a
 * consultant in the Law Department…", "In this role, I was responsible for…", "My experience covers…". "I will…" is a
 * promise, not a record.
 */
const RECORD = /^(?:(?:also|additionally|recently|previously|currently|in (?:this|that|my|each) (?:role|position|job)),?\s+)?(?:i(?:['’]ve| have| had)?\s+(?:also\s+)?(?:worked|served|managed|led|graduated|spent (?:\w+ )?(?:years|months|decades)|been (?:working|employed|responsible|involved)|gained|studied|held|taught)\b|i(?:['’]ve| have)?\s+(?:also\s+)?(?:received|earned|completed|obtained|hold) (?:a|an|my|two|three|both)\s(?:[\w.-]+\s){0,2}?(?:ph\.?d|degree|doctorate|master['’]?s|mba|bachelor['’]?s|diploma|certificat\w*|qualification|licen[cs]e)|i (?:was|am) (?:responsible|in charge|employed|currently (?:working|employed|a|an))\b|my (?:experience|background|expertise|skills|qualifications|resume|cv|degree|studies|training|work)\b)/i;
const record = perSentence((s) => RECORD.test(s.text));
/** A prospecting email that tells the writer's record in two lines or more and asks nothing about them: a résumé in prose. */
const RECORD_MIN = 2;
const describes = perSentence((s) => pitchesWhatWeAre(s.text) || !!boastsAboutUs(s.text));

/** What self-focused weighs across a draft: its "we"s and "you"s, and whether any line pitches us. */
export interface PersonTotals { we: number; you: number; pitched: boolean }

/**
 * The draft's totals, for the analysis to ask, before it offers a rewrite that changes how often the draft says
 * "we" or "you", whether that rewrite could make this rule flag (a fix must never lower the score). Conservative:
 * any pitch counts, whoever's company leads it.
 */
export function personTotals(views: readonly SentenceView[]): PersonTotals {
  let we = 0;
  let you = 0;
  let pitched = false;
  // Every name a pitch leads with counts as "we" (the reader's own company included: the more, the safer this gate).
  const names = ourNames(views);
  for (const v of views) {
    const c = counts(v);
    we += c.we + namesIn(v.words, names);
    you += c.you;
    if (!pitched) {
      const p = pitchOf(v);
      pitched = p === true || p.length > 0;
    }
  }
  return { we, you, pitched };
}

/** Would a draft with these totals, changed by `delta`, meet the rule's count (given a pitch)? */
export function selfFocusedCouldFire(t: PersonTotals, delta: { we: number; you: number }): boolean {
  const we = t.we + delta.we;
  const you = t.you + delta.you;
  // Either test of the rule: the count, or a short pitch mostly about us (which needs "we" at least as often as "you").
  return t.pitched && ((we >= MIN && we >= SHARE * you) || we >= you);
}

const rule: Rule = {
  id: 'self-focused',
  kind: 'self-focused',
  dimension: 'personalization',
  roles: ['prospecting', 'account'],
  title: 'About us, not them',
  flags: 'An email mostly about "we / our company / our product" rather than the customer (the personal "I will…" does not count against it).',
  why: 'Emails "all about themselves" (seed 002) and pitches that open with the company (seed 003) tell the customer you did not think about them. It is not a count of "we" and "I": "I will fix it today" is ownership, and it counts in your favour.',
  severity: 'warn',
  document(doc) {
    const theirs = theirNames(doc);
    // Our company's name, where a pitch puts it ("Datek offers customers…"), says "we" in other words.
    const names = ourNames(doc.sentences.map((s) => s.view), theirs);
    let we = 0;
    let you = 0;
    for (const s of doc.sentences) {
      const c = counts(s.view);
      you += c.you;
      we += c.we + namesIn(s.view.words, names);
    }
    const content = doc.sentences.slice(doc.firstContent);
    // A line that says what we are or do, in any words ("We offer several packages", "eAssist provides…"), unless
    // it is the reader's own company it describes.
    const aboutUs = content.filter((s) => pitchesUs(s, theirs) || (describes(s.view) && !isTheirs(s.view.words[0]?.lower, theirs)));
    const led = content.filter((s) => usLed(s.view) || names.has(s.view.words[0]?.lower ?? '')).length;
    // A short pitch says "we" fewer than MIN times yet is all about us: half its lines or more start with us, one of
    // them pitches, and it says "you" no more than "we" ("We are the leading payroll platform. Our support answers in
    // a minute. Want a demo?"). Train 0.67 -> 0.69 and dev 0.73 -> 0.82 recall, precision held.
    const mostlyUs = aboutUs.length > 0 && content.length >= 2 && led * 2 >= content.length && we >= you;
    if (!mostlyUs && (aboutUs.length === 0 || we < MIN || we < SHARE * you)) {
      // "I" for "we": a letter that lists the writer's degrees and past roles (labelled so in each of the 4 train emails
      // that do it twice or more, and in none it misses otherwise; round 47) is about the writer, however few "we"s.
      if (doc.role !== 'prospecting') return [];
      const records = content.filter((s) => record(s.view));
      if (records.length < RECORD_MIN || content.some((x) => asksAboutThem(x.view))) return [];
      const shown = records.find((s) => s !== content[0]) ?? records[0]!;
      return [{
        start: shown.start, end: shown.end, penalty: 30,
        message: `Most of this email is about you, the writer: ${records.length} of its ${content.length} sentences tell your own record, such as ${q(doc.body.slice(shown.start, shown.end))}, and none asks about them.`,
        suggestion: 'Lead with what they need and ask about it; keep your record to one line: "I ran document review for three FTC mergers — is that the kind of work the role covers?"',
      }];
    }
    // An email that asks about them before it says a word about us ("How are you handling recalls across the three
    // offices today? … For context, I'm Dev at Chairside, and we build scheduling software…") puts them first, as the
    // rubric asks: however often it then says "we", it is not about us. Train 29 -> 23 wrong, the held-out emails 25 ->
    // 20, no finding lost on either or on dev.
    if (asksFirst(content, aboutUs)) return [];
    const worst = aboutUs.reduce((a, b) => (counts(b.view).we > counts(a.view).we ? b : a));
    // The first line is "Opens with us" (about-us-first): this finding points at another pitch, or at the whole email.
    const shown = aboutUs.filter((s) => s !== content[0]);
    const at = shown.reduce<typeof worst | undefined>((a, b) => (!a || counts(b.view).we > counts(a.view).we ? b : a), undefined);
    return [{
      start: at?.start ?? 0, end: at?.end ?? 0, penalty: 30,
      message: aboutUs.length >= 2
        ? `Most of this email is about us: ${aboutUs.length} of its ${content.length} sentences pitch us, such as ${q(doc.body.slice(worst.start, worst.end))}.`
        : `This email talks about us ${we} times and about them ${you}, and ${q(doc.body.slice(worst.start, worst.end))} pitches us.`,
      suggestion: 'Turn lines around to their side: "your team gets…" instead of "our platform offers…".',
    }];
  },
  // The learned email layer reads an email about us in words no count of "we" catches ("proud", "nationwide",
  // "unmatched" across a pitch): on the 866 labelled emails it never learns from, 61 -> 70 found (21 wrong either way)
  // where speaksAsUs lets it read; dev unchanged (eval/README.md).
  learnedEmail: {
    penalty: 30,
    message: (drivers, excerpt) => `This email reads as being about us, not them: words like ${drivers.map((w) => `“${w}”`).join(', ')} weigh most, as in ${q(excerpt)}.`,
    suggestion: 'Turn lines around to their side: "your team gets…" instead of "our platform offers…".',
    applies: speaksAsUs,
  },
  examples: {
    flag: [
      'Hi Cal,\n\nWe are a payroll company. Our platform is fast and our team is proud of our support. We have offices in four countries and we ship updates weekly. Could we meet?',
      // Short, and few "we"s more than "you"s, but its lines pitch us: our reach, our award.
      'Hi Cal,\n\nI hope you are well. Payflow now powers over 3,000 payroll teams, and we recently won the HR Tech Award for our engine. Our customers love us. Would you have 15 minutes?',
      // No "we" at all: the company's name says it, three times.
      'Hi Cal,\n\nPayflow is the leading payroll platform in Ohio. Payflow runs pay for 3,000 teams, and Payflow\'s support answers within a minute. Could we meet?',
      // Short, two "we"s, but every line but the ask starts with us.
      'Hi Cal,\n\nWe are the leading payroll platform in Ohio. Our support answers within a minute. Want a demo?',
      // A line that ranks us, whatever it calls us, is a pitch (seventeenth blind round).
      { body: "Hi Rae,\n\nLedgerLite is the UK's most trusted accounts package for tradespeople. We have over 40,000 five-star reviews, and we add new features every month. We would love to show you what we have built.\n\nThanks,\nHannah", role: 'account' },
      // Ranked first, trusted by thousands, and our clients' results: nothing of theirs (round 25 blind emails).
      { body: "Hi Dana,\n\nLeaseLoop is the #1 rated tenant platform for property managers, and I'm reaching out because your portfolio looks like a great fit. Thousands of property managers trust us to automate rent reminders and renewals. Our clients see a 40% drop in late payments. I'd love to grab 15 minutes on your calendar this week to show you how it works. Hope you have a great week!", role: 'prospecting' },
      // What we do and when we began, in words no list of pitches has.
      'Hi Cal,\n\nThanks for the note about Dayton. We specialise in cold-chain audits and we partner with three of the big carriers. We were founded in 1998 in Toledo. Happy to talk if useful.',
      // A renewal note all about our year, in words no count of "we" weighs (the learned email layer reads it).
      { body: "Hi Priya,\n\nYour Ledgerly plan renews on 30 June. As the industry's most trusted bookkeeping platform, we keep innovating, and this year we've rolled out over 40 new features, from bank feeds to receipt matching. Teams nationwide love the new dashboard.\n\nWould Thursday at 2 pm suit for a walk-through of what's new?\n\nBest,\nTom", role: 'account' },
      // No "we" at all: a résumé in prose, the writer's degrees and past roles, and nothing asked about them (round 47, real mail).
      { body: "Dear Ms Okafor,\n\nI am a final-year student at Leeds. I have earned a master's degree in data science, and I worked for two years as an analyst at a bank. My experience covers pricing models and SQL. My CV is attached.\n\nBest wishes,\nTom", role: 'prospecting' },
    ],
    pass: [
      // Lines that start with us but report on them, with no pitch.
      // The writer's record in a line or two, then a question about their team: it serves the reader.
      { body: "Dear Ms Okafor,\n\nI have earned a master's degree in data science, and I worked for two years as an analyst at a bank. Which models does your pricing team most need help with this summer?\n\nBest wishes,\nTom", role: 'prospecting' },
      { body: "Hi Ana,\n\nI have worked on your account for three years, and I was responsible for the move to the new depot. I'll send the March figures by Friday at noon.\n\nBest,\nTom", role: 'account' },
      'Hi Cal,\n\nWe saw your Dayton site opening. Our team mapped your delivery routes there. How do you plan deliveries?',
      'Hi Cal,\n\nYour team runs payroll for 400 people across four countries. What does a pay run cost you today? We could cut it in half. Could we meet?',
      "Hi Cal,\n\nI will send the contract by Friday, and I'll call you Monday at 10 to walk through your questions.",
      // What we are doing about their matter is news for them, not a pitch.
      'Hi Cal,\n\nI saw your Dayton opening. We are meeting with the city about parking next week, and we have the permit approved. We are still working on the signage. Could we meet?',
      // Praise of the reader's own company is about them.
      { body: 'Hi Cal,\n\nNorthwind is the leading distributor in Ohio, and we saw your new Dayton site. Our team would like to hear how you plan deliveries there. We could share what we learned with other distributors. Would you have 15 minutes?', recipients: [{ name: 'Cal Ortiz', email: 'cal@northwind.com' }], role: 'prospecting' },
      // Their situation asked about first; who we are comes after, however many "we"s it takes.
      'Hi Cal,\n\nSaw that Dayton opens in July. How are you planning deliveries there, your own vans or a carrier? We are a cold-chain firm of twelve in Toledo, we run two routes through Dayton already, and we could show you our delivery logs from them. Would Tuesday at 10 work?',
      // Words a pitch uses ("world class", "loved", "home") in a note that never speaks as us.
      { body: "Hi Priya,\n\nI'll be home by 8 tonight, so dinner at the new place sounds great. The class was world class and the kids loved it.\n\nLove,\nTom", role: 'account' },
      // The same lines about the reader's own company are about them.
      { body: 'Hi Cal,\n\nPayflow is the leading payroll platform in Ohio. Payflow runs pay for 3,000 teams, and Payflow\'s support answers within a minute. Could we meet?', recipients: [{ name: 'Cal Ortiz', email: 'cal@payflow.com' }], role: 'prospecting' },
    ],
  },
};
export default rule;
