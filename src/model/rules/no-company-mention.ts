import { perSentence, type Doc, type Rule } from '../rule';
import { q } from '../phrase-rule';
import { usedFacts } from '../account';
import { recallsContact } from '../pitch';

// Addresses at these belong to a person, not a company: nothing to mention by name.
const FREE_MAIL = /^(?:gmail|googlemail|outlook|hotmail|live|msn|yahoo|ymail|icloud|me|mac|aol|proton|protonmail|pm|gmx|web|mail|yandex|zoho|fastmail|hey|t-online|orange|free|libero|qq|163)$/;
const SECOND_LEVEL = /^(?:co|com|org|net|ac|gov|edu|ltd|plc|or|ne|go)$/;

/** The name a company's email domain gives it: "acmelogistics" for priya@acmelogistics.com, "acme" for a@mail.acme.co.uk. */
export function companyLabel(email: string | undefined): string | undefined {
  const domain = email?.split('@')[1]?.toLowerCase().trim();
  if (!domain) return undefined;
  const labels = domain.split('.').slice(0, -1);
  if (labels.length > 1 && SECOND_LEVEL.test(labels[labels.length - 1]!)) labels.pop();
  const label = labels[labels.length - 1];
  return label && label.length >= 3 && !FREE_MAIL.test(label) ? label : undefined;
}

// Capitalised words that start many domains but name no company ("Best regards" and bestbuy.com).
const COMMON = new Set(['best', 'thanks', 'thank', 'hello', 'dear', 'regards', 'cheers', 'great', 'good', 'your', 'with', 'this', 'that', 'what', 'when', 'have', 'just', 'many', 'most', 'some', 'more', 'every', 'could', 'would']);
const ABOUT_THEM = /\b[Yy]our (?:\p{Lu}[\p{L}'’-]+|(?:recent |latest |last |new )?(?:post|article|interview|talk|podcast|webinar|announcement|tweet|blog|newsletter|keynote|presentation|launch|funding|expansion|acquisition|press release|job posting|opening))\b/u;
// Something of theirs the writer saw, read or tried: "I saw that your listing came off the market", "I ordered from
// Trattoria Sole through your site", "I drove past your new Elm Street office".
const SEEN_THEIRS = /\b(?:I|we)(?:['’]ve| have)? (?:just |recently |also )?(?:saw|seen|noticed|read|heard|watched|drove past|walked past|visited|ordered from|tried|came across|looked at|checked out|spotted|followed|listened to)\b[^.?!\n]{0,80}?\byour\b/i;
// The template that says it saw their site and nothing in it: "I came across your website and noticed a few issues",
// "I came across your profile and wanted to reach out".
const SEEN_ANY = /\b(?:i|we) (?:just )?(?:came across|stumbled (?:up)?on|was looking at|was browsing|had a look at|took a look at) your (?:website|web site|site|company|business|profile|linkedin(?: profile)?|page)(?: online)?(?: and (?:noticed|saw|spotted|found) (?:a few|some|several|a couple of|a number of) (?:issues|things|problems|gaps|areas|opportunities)\b| and (?:i |we )?(?:wanted|thought|decided|felt|had) to (?:reach out|connect|get in touch|introduce|drop you a (?:line|note)|say hello)\b|\s*(?:[,.!]|$))/i;
// Their own things, said of them: "Your Instagram says…", "Your support page now asks…", "Your expansion permit lists…".
// A clause may lead ("One more thought: your site says…"), and the thing may be named at length ("Your expansion
// permit with the City of Boulder lists…").
const THEIRS_SAYS = /(?:^|[:;—–] ?|\b(?:and|also|so|but|now)[, ]+)your (?:[\p{L}-]+ ){0,6}?(?:says|shows|lists|asks|mentions|suggests|notes|states|looks|opened|launched|posted|announced|moved|grew|added|switched|closed)\b/iu;
// What they told the writer: "When we spoke you said the contract runs…", "the backlog you raised at the meetup",
// "she mentioned your firm is moving to tablets".
const THEY_SAID = /\byou (?:said|mentioned|raised|told (?:me|us)|explained|flagged|brought up|described|shared)\b|\bmentioned (?:that )?your\b/i;
// A meeting or their news, named: "Congratulations on the new electric routes", "Thanks for walking me through the bid".
const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** What the rule reads of a sentence, cached with it (document rules read only precomputed data). */
const read = perSentence((s) => ({
  squashed: squash(s.text),
  // "Harborline's check-in line": the possessive is no part of the name.
  capitalised: (s.text.match(/\b\p{Lu}[\p{L}&'’-]{3,}/gu) ?? []).map((w) => w.replace(/['’]s$/, '')).filter((w) => !COMMON.has(w.toLowerCase())).map(squash),
  aboutThem: ABOUT_THEM.test(s.text) || (SEEN_THEIRS.test(s.text) && !SEEN_ANY.test(s.text)) || THEIRS_SAYS.test(s.text) || THEY_SAID.test(s.text) || recallsContact(s.text),
}));

/**
 * The company a prospecting email could have gone to instead of any other (named as the account card or the address
 * names it), when nothing in it names that company or speaks of them; undefined when it does, or there is no company.
 * With notes on the account, the rule speaks only when no note is used either (no-account-reference then says so in
 * research; this rule says the email could go to anyone, and points at a note to use).
 */
const MASS_MARKS = ['boasting', 'jargon', 'pressure', 'merge-field'];

function couldGoToAnyone(doc: Doc): string | undefined {
  // A reply answers what they wrote, which is about them.
  if (doc.contentWords < 25 || doc.draft.quoted?.trim()) return undefined;
  const companies = (doc.draft.recipients ?? []).flatMap((r) => {
    const label = companyLabel(r.email);
    return label ? [{ label, domain: r.email!.split('@')[1]!.trim().toLowerCase() }] : [];
  });
  // With no company known (no address of theirs, no account card), only a mass mailing's marks say it could go to anyone:
  // a boast, a buzzword, pressure or a placeholder left in (a forty-ninth round: train 14 more found, 3 more wrong; a
  // note with none of these, an invitation or a bid, is left alone: with them too, 36 more wrong for 12 found).
  if (companies.length === 0 && (doc.account || !MASS_MARKS.some((id) => doc.found(id).length > 0))) return undefined;
  const seen = doc.sentences.map((x) => read(x.view));
  // "Northwind Traders" counts as "Northwind Traders" or just "Northwind".
  const account = doc.account?.name ? [squash(doc.account.name), squash(doc.account.name.split(/\s+/)[0] ?? '')] : [];
  const names = [...companies.map((c) => c.label), ...account].filter((n) => n.length >= 3);
  if (seen.some((x) => names.some((n) => x.squashed.includes(n)))) return undefined;
  // "Acme" for acmelogistics.com: a capitalised word the domain starts with.
  if (seen.some((x) => x.capitalised.some((w) => companies.some((c) => c.label.startsWith(w))))) return undefined;
  // Plainly about them, by a name of their own or their own words: "your Columbus warehouse", "your LinkedIn post".
  if (seen.some((x) => x.aboutThem)) return undefined;
  // Named as the account card names it: the account's name, else the domain ("acmelogistics.com"), else nothing.
  return doc.account?.name ?? companies[0]?.domain ?? '';
}

const rule: Rule = {
  id: 'no-company-mention',
  kind: 'no-company-mention',
  dimension: 'personalization',
  roles: ['prospecting'],
  title: 'Nothing about their company',
  flags: 'A prospecting email to someone at a company that never names the company or uses anything you know about it: it could go to anyone.',
  why: 'An email that could be sent to any company reads as a mass mailing, "all about themselves" (rubric, personalization; seed 002); naming their company, its situation or its news shows it was written for them.',
  severity: 'warn',
  document(doc) {
    // With notes on the account, a note used is something of theirs (no-account-reference reads which).
    if ((doc.account?.facts.length ?? 0) > 0 && usedFacts(doc).length > 0) return [];
    const found = couldGoToAnyone(doc);
    if (found === undefined) return [];
    // A domain is no name to say to a salesperson ("about northwind.com"): their company, with the domain that tells which.
    const shown = doc.account?.name ? found : found ? `their company (${found})` : 'them or their company';
    const note = doc.account?.facts[0]?.text;
    return [{
      start: 0, end: 0, penalty: 30,
      message: `Nothing in this email is about ${shown}: it could go to ${found === '' ? 'anyone' : 'any company'}.`,
      suggestion: note
        ? `Name ${doc.account?.name ?? 'their company'} and one thing you know about them, e.g. ${q(note, 80)}.`
        : doc.account?.name
        ? `Name ${shown} and one thing you know about them: their news, a project, what someone there said.`
        : 'Name their company and one thing you know about it: their news, a project, what someone there said.',
    }];
  },
  examples: {
    flag: [{
      body: 'Hi Priya,\n\nMany logistics teams lose hours every week to manual dock scheduling. Our tool books slots automatically and sends reminders to carriers. Could we find 20 minutes next week to show you how it works?',
      recipients: [{ name: 'Priya Shah', email: 'priya@acmelogistics.com' }],
    }, {
      // Notes on the account, none of them used, and nothing else of theirs: the email could go to anyone.
      body: 'Hi Priya,\n\nMany logistics teams lose hours every week to manual dock scheduling. Our tool books slots automatically and sends reminders to carriers. Could we find 20 minutes next week to show you how it works?',
      recipients: [{ name: 'Priya Shah', email: 'priya@acmelogistics.com' }],
      account: { name: 'Acme Logistics', facts: [{ text: 'Opened two cross-dock sites in Oct' }, { text: 'Uses McLeod TMS' }] },
      role: 'prospecting',
    }, {
      // Saying you saw their site, and nothing in it, says nothing about them.
      body: "Hi Rosa,\n\nI came across your website and noticed a few issues that are holding it back on Google. We're a search agency that gets firms like yours onto page one within 90 days. Can I send you a free audit?",
      recipients: [{ name: 'Rosa Delgado', email: 'rosa@delgadolaw.com' }],
    }, {
      // Nor does saying you saw their profile and wanted to reach out (a thirteenth round of blind emails).
      body: "Hi Priya,\n\nI came across your profile and wanted to reach out. We're TalentBridge, a healthcare staffing firm, and we could help with your hiring plans this year at a lower cost than you pay today. Would you be free for a 20-minute call next week?",
      recipients: [{ name: 'Priya Raman', email: 'priya.raman@lumenaudiology.in' }],
    }, {
      // A template's "great to meet you at (SPECIFIC EVENT)" recalls no meeting (round 43).
      body: "Hi Rosa,\n\nIt was great to meet you at (SPECIFIC EVENT). We're a search agency that gets firms like yours onto page one within 90 days, and our clients love the results. Can I send you a free audit?",
      recipients: [{ name: 'Rosa Delgado', email: 'rosa@delgadolaw.com' }],
    },
      // No company known, and the marks of a mass mailing: boasts and buzzwords, nothing of theirs (a forty-ninth round).
      { body: 'Hi Jonathan,\n\nBrightPath Recruiting has placed over 2,000 engineers since 2015. Our recruiters are second to none, and our best-in-class process fills roles faster than any other agency. Would you have 15 minutes next week?', role: 'prospecting' },
    ],
    pass: [{
      // With notes on the account, a note used in other words is something of theirs.
      body: 'Hi Priya,\n\nWith two cross-dock sites opened in October, how are you booking carrier slots today? I could show you in 20 minutes how others do it, and what it saves.',
      recipients: [{ name: 'Priya Shah', email: 'priya@acmelogistics.com' }],
      account: { name: 'Acme Logistics', facts: [{ text: 'Opened two cross-dock sites in Oct' }] },
    }, {
      // Their post, at the start of a sentence ("Your", capitalised).
      body: "Hi Jonas,\n\nYour post about losing two site managers in a month stuck with me, since handovers on a live build are brutal. When someone leaves mid-project, how do you get the next person up to speed on the snag lists?",
      recipients: [{ name: 'Jonas Meyer', email: 'jonas@meyerbau.de' }],
    }, {
      body: 'Hi Priya,\n\nI saw Acme Logistics opened two cross-dock sites this autumn, and scheduling usually gets harder with each new site. How are you booking carrier slots there today? I could show you in 20 minutes how others do it.',
      recipients: [{ name: 'Priya Shah', email: 'priya@acmelogistics.com' }],
    }, {
      // Written after a talk with this reader: about them, though it names nothing of theirs (real mail).
      body: 'Hi Priya,\n\nAs Colin and I discussed, we are looking to place some trucking capacity on the Reno lanes this spring. I have attached a proposal with two routes and their rates. Would either work for the volumes you expect?',
      recipients: [{ name: 'Priya Shah', email: 'priya@acmelogistics.com' }],
    }, {
      body: 'Hi Priya,\n\nThank you for your time on Wednesday. On the attached diagram, the boxes in black show my understanding of the capacity you sold for 2027 and where the fuel price still moves against you. Shall we go through it on Friday at 10?',
      recipients: [{ name: 'Priya Shah', email: 'priya@acmelogistics.com' }],
    }, {
      // A person at a free-mail address has no company to name.
      body: 'Hi Jordan,\n\nMany logistics teams lose hours every week to manual dock scheduling. Our tool books slots automatically and sends reminders to carriers. Could we find 20 minutes next week to show you how it works?',
      recipients: [{ name: 'Jordan Lee', email: 'jordan.lee@gmail.com' }],
    },
      // Their company's name with a possessive, something of theirs the writer saw, their own page quoted.
      {
        body: "Hi Priya,\n\nThanks for walking me through Acme's dock schedule on Tuesday; the 7 am queue of carriers sounds painful. Is it the wait itself that worries you most, or the drivers who give up? I could show you in 20 minutes how others book slots.",
        recipients: [{ name: 'Priya Shah', email: 'priya@acmelogistics.com' }],
      },
      {
        body: 'Hi Priya,\n\nI noticed that your careers page lists four new dock supervisors, and scheduling usually gets harder as a team grows. How are you booking carrier slots today? I could show you in 20 minutes how others do it.',
        recipients: [{ name: 'Priya Shah', email: 'priya@acmelogistics.com' }],
      },
      {
        body: 'Hi Priya,\n\nYour support page now asks carriers to email for every slot change, and a few drivers mention waiting days for an answer. How are you booking carrier slots today? I could show you in 20 minutes how others do it.',
        recipients: [{ name: 'Priya Shah', email: 'priya@acmelogistics.com' }],
      }, {
      // Their company by its short name.
      body: 'Hi Priya,\n\nI hear the team at Acme is rolling out a new warehouse system this winter, and scheduling usually gets harder during a move like that. How are you booking carrier slots today? I could show you in 20 minutes how others do it.',
      recipients: [{ name: 'Priya Shah', email: 'priya@acmelogistics.com' }],
    }, {
      // Plainly about them, without the company's name.
      body: 'Hi Priya,\n\nI read your LinkedIn post last week about the night shift at your Columbus warehouse, and the point about late carriers stuck with me. How are you booking carrier slots there today? I could show you how others do it.',
      recipients: [{ name: 'Priya Shah', email: 'priya@acmelogistics.com' }],
    }, {
      // What they told the writer, and their own page quoted after a lead-in.
      body: "Hi Priya,\n\nWhen we spoke in March you said the carrier contract runs to the end of peak season. One more thought: your careers page with the Columbus openings lists four dock supervisors. Is slot booking on the list for after peak? I could show you in 20 minutes how others do it.",
      recipients: [{ name: 'Priya Shah', email: 'priya@acmelogistics.com' }],
    }, {
      // A reply answers what they wrote.
      body: 'Hi Priya,\n\nThe price is $40 a dock a month with no setup fee, and yes, carriers can book slots from their phones without an account. I can send a two-week trial link today if you want to try it with one dock first.',
      recipients: [{ name: 'Priya Shah', email: 'priya@acmelogistics.com' }],
      quoted: 'What does it cost per dock, and can carriers book from a phone? Priya',
    }, {
      // An account with notes is no-account-reference's to flag.
      body: 'Hi Priya,\n\nCongratulations on the new cross-dock sites in Ohio: scheduling usually gets harder with each new site. How are you booking carrier slots there today? I could show you in 20 minutes how others do it.',
      recipients: [{ name: 'Priya Shah', email: 'priya@acmelogistics.com' }],
      account: { facts: [{ text: 'Opened two cross-dock sites in Ohio (Sept)' }] },
    }, {
      // A follow-up to a call they had is about them, whatever company it names (round 43's corpus).
      body: "Jim, thanks for the call this morning. As promised, I've attached the executive summary of the idea we discussed, with the questions I'm still working through about the municipal market. I'll look forward to our Monday meeting.",
      recipients: [{ name: 'Jim Steffes', email: 'jim.steffes@northgrid.com' }],
    }, {
      // A reply to their voicemail, a note after a phone call: about them (round 43's corpus).
      body: "Hi Vince,\n\nFurther to our telephone conversation, please find attached the up-to-date programme for the pricing conference in Houston. I look forward to hearing from you next week.",
      recipients: [{ name: 'Vince Kaminski', email: 'vince@northgrid.com' }],
    },
      // No company known and no mark of a mass mailing: an invitation says who it is for, and that is enough here.
      { body: 'Hi Jonathan,\n\nWe are holding a campus recruiting day at Rice on 3 March from 10 to 4, with short talks from our trading desk. Could you join us for the afternoon session?', role: 'prospecting' },
    ],
  },
};
export default rule;
