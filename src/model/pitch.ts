/**
 * Lines that pitch us, and how often a text says "we" and "you": what self-focused weighs across an email,
 * what about-us-first reads in its first line, and what the analysis checks before it offers a rewrite that
 * changes either (analyze.ts). Kept apart from the rules so neither imports the other.
 */
import { perSentence, type Doc, type SentenceView } from './rule';
import { compile } from './match';
import { PLACEHOLDER_SOURCE } from './text';
import { ABOUT_US_OPENERS, SELF_PITCH } from './lexicon/phrases';

const pitch = compile(SELF_PITCH);
const opener = compile(ABOUT_US_OPENERS);

/** Words of the reader's company (their email's domain, the account's name): "Northwind is the leading…" praises them. */
export function theirNames(doc: Doc): Set<string> {
  const names = new Set<string>();
  for (const r of doc.draft.recipients ?? []) {
    const domain = r.email?.split('@')[1]?.split('.')[0];
    if (domain) names.add(domain.toLowerCase());
  }
  for (const w of doc.account?.name?.split(/\s+/) ?? []) names.add(w.toLowerCase());
  return names;
}

/** The first word of each listed pitch in a sentence, as written. */
const pitchLeads = perSentence((s) => pitch.find(s.text).map((m) => m.text.split(/[\s,]+/)[0]!));

/**
 * How a sentence pitches us, read once per sentence (an edit reads only the sentences it changed): `true` for a
 * listed opener at its start or the learned layer's reading, else the first word of each listed pitch (to set
 * aside those led by the reader's own company name).
 */
export const pitchOf = perSentence((s): true | string[] => {
  if (s.learned.includes('about-us-first')) return true;
  // A line that opens about us ("We are a payroll company", "At Payflow, we…").
  const o = opener.find(s.text)[0];
  if (o && o.start <= 3) return true;
  return pitchLeads(s).map((w) => w.toLowerCase());
});

/** Does the sentence pitch us (a listed pitch not led by the reader's own company name, a listed opener, or the learned layer's reading)? */
export function pitchesUs(s: Doc['sentences'][number], theirs: ReadonlySet<string>): boolean {
  const p = pitchOf(s.view);
  if (p === true) return true;
  return p.some((first) => !isTheirs(first, theirs));
}

/** Is a word (lower case) a name of the reader's company: "northwind", or "northwinds" for northwind.com? */
export function isTheirs(word: string | undefined, theirs: ReadonlySet<string>): boolean {
  return !!word && (theirs.has(word) || [...theirs].some((t) => t.length >= 4 && word.startsWith(t)));
}

/**
 * The names our own pitches lead with ("Datek offers customers…", "ReviewRocket is the #1…", "At MedLedger, we…"):
 * the writer's company or product, which a self-pitch names where another writer says "we". Names of the reader's
 * company (`theirs`) are theirs, not ours.
 */
export function ourNames(views: readonly SentenceView[], theirs: ReadonlySet<string> = new Set()): Set<string> {
  const names = new Set<string>();
  for (const v of views) for (const name of namesLed(v)) if (!theirs.has(name)) names.add(name);
  return names;
}

/** "At Payflow, we…", "Here at Payflow we…": the name a self-introduction leads with. */
const AT_NAME = /^(?:[Aa]t|[Hh]ere at) (\p{Lu}[\p{L}\d&-]*)[ ,]/u;
/** The names one sentence's pitches lead with (capitalised, not a pronoun), lower-cased; read once per sentence. */
const namesLed = perSentence((s): string[] => {
  const names = pitchLeads(s).filter((w) => /^\p{Lu}/u.test(w) && !/^(?:we|our|i|my)\b/i.test(w)).map((w) => w.toLowerCase());
  const at = AT_NAME.exec(s.text);
  return at ? [...names, at[1]!.toLowerCase()] : names;
});

/** How often the sentence names one of `names`. */
export function namesIn(words: readonly { lower: string }[], names: ReadonlySet<string>): number {
  if (names.size === 0) return 0;
  let n = 0;
  for (const w of words) if (names.has(w.lower.replace(/['’]s$/, ''))) n++;
  return n;
}

const WE = /^(?:we|we're|we've|we'll|we'd|us|our|ours)$/;
const YOU = /^(?:you|your|yours|you're|you've|you'll|you'd)$/;
/** How often words say "we / our" and "you / your" (either apostrophe). */
export function weYou(words: readonly { lower: string }[]): { we: number; you: number } {
  let we = 0;
  let you = 0;
  for (const w of words) {
    const l = w.lower.replace(/’/g, "'");
    if (WE.test(l)) we++;
    else if (YOU.test(l)) you++;
  }
  return { we, you };
}

/**
 * Questions that ask nothing about them: an offer, a meeting, a permission, a rhetorical "How?" ("Would you like to
 * host…?", "Could we meet Tuesday?", "Can I send you a deck?", "Any thoughts on FieldPro?"). A question about their
 * goals or their situation is what the rule asks for; on the labelled train and dev emails, reading these as no
 * question found 8 more of the emails a reader flagged and none that a reader passed.
 */
const OFFER = /\b(?:would you (?:like|be (?:open|interested|up for|free|available))|are you (?:interested|open|free|available)|(?:can|could|may|shall) (?:i|we) (?:send|show|call|set up|book|schedule|share|grab|get|have|put)|(?:do|would|could) you have (?:\d+|a few|ten|fifteen|twenty|thirty|some|any) (?:minutes?|mins?|time)|any thoughts|interested\?|(?:does|would|could|will) (?:\w+ ){0,2}(?:work|suit) (?:for )?you|^(?:(?:and|so|or)[, ]+)?(?:does|would|could|will) (?=[^?]{0,40}\b(?:(?:mon|tues|wednes|thurs|fri)day|tomorrow|next week|this week|\d))(?:[\w:.-]+ ){1,5}(?:work|suit)\??$|(?:^|\b(?:are you|you) )open to (?:a|an) (?:quick |short |brief )?(?:call|chat|sync|conversation|demo|meeting|intro)|worth a (?:quick |short |brief )(?:chat|call|conversation|look|sync)|would it help if (?:i|we)\b|what (?:do|have) you (?:got )?(?:have )?to lose|when (?:are|would|could) you (?:be )?(?:free|available)|how (?:does|about) (?:\w+ ){0,3}(?:sound|work)|(?:ready|want) to (?:take|see|try|get|grab|book|start)|how\?|why\?|what are you waiting for|(?:could|can|shall) we (?:meet|talk|chat|speak)|worth a (?:chat|call|conversation|look)|(?:did|have) you (?:get|had|have) a chance|did you (?:see|get|receive|read) my|any (?:update|news|word|thoughts)\b|should i (?:close|stop|give up|take you off|reach out to someone else))/i;
/** A question about their goals or their situation, not an offer, a meeting or a permission. */
/** A question asked without a question mark: "I wondered whether approvals have got slower", "curious how you handle…". */
const ASKED_INDIRECTLY = /\b(?:i (?:was )?wonder(?:ed|ing)? (?:whether|if|how|what|why|when|who|which)|(?:and (?:was|am)|we (?:were|are)) wondering (?:whether|if|how|what|why|when|who|which)|(?:i(?:['’]m| am) )?curious (?:whether|if|how|what|why|who|which|to (?:hear|know|learn))|i(?:['’]d| would) (?:love|like) to (?:know|hear|understand|learn) (?:whether|if|how|what|why|who|which))\b/i;
export const asksAboutThem = perSentence((s) => (s.isQuestion || ASKED_INDIRECTLY.test(s.text)) && !OFFER.test(s.text));

const MET = /\b(?:congratulations|congrats) on\b|\bthanks? (?:you )?for (?:walking me through|showing me|the tour|having me|meeting)\b|\bfollowing up on (?:our|your|yesterday|tuesday|monday|wednesday|thursday|friday|last)\b/i;
// Written to this one reader after a contact of theirs: a talk had, or an enquiry they made ("As Colin and I
// discussed…", "to follow up our conversation Friday", "Thank you for your time on Wednesday", "the recruiter you spoke
// to today", "Thank you for your enquiry about…"). Such an email is about them, not a mass mailing (real mail).
// "It was great to meet you" counts only in a line with no placeholder left in: templates open with it too ("It was great
// meeting you at (EVENT NAME)!"), and readers flag those. "Thank you for your interest in…" was tried and left out.
const PRIOR_CONTACT = /\bas (?:we|you and I|\p{Lu}\p{L}+ and I) (?:discussed|agreed|spoke|talked|mentioned)\b|\b(?:follow(?:ing)?|to follow) up (?:on )?(?:our|your|my) (?:conversation|call|meeting|discussion|chat|talk|request)\b|\bthanks? (?:you )?for (?:your time (?:on|yesterday|today|last|this|earlier|at)|your (?:inquiry|enquiry|request) (?:about|for|regarding|on)\b)|\byou spoke (?:to|with) (?:me )?(?:today|yesterday|on|last|earlier|this)\b|\bthanks? (?:you )?for (?:the|your|our) (?:call|visit|meeting|chat|lunch|dinner|conversation|tour)\b(?! (?:center|centre|line|desk)\b)|\b(?:enjoyed|loved|appreciated) (?:visiting|meeting|talking|speaking|chatting|seeing|catching up) (?:with )?you\b|\b(?:it was|it['’]s been|great|good|nice|lovely) (?:a pleasure |great |good |nice |lovely )?(?:to (?:meet|see|talk|speak|catch up)|meeting|talking|speaking|seeing|catching up) (?:with )?you\b|^\s*(?:\p{Lu}\p{L}+\s*[-–—,:]\s*)?as (?:a )?follow[- ]?up\b|\bas promised\b|\bfurther to (?:our|your|my) (?:telephone |phone )?(?:conversation|call|meeting|discussion|e-?mail|letter)\b|\bin (?:response|reply) to your (?:voice ?mail|message|e-?mail|letter|call|note|question|request)\b/iu;
// The placeholders text.ts knows ({{first_name}}, %NAME%, [Company]…), and a capitalised one in brackets: "(SPECIFIC EVENT)".
const PLACEHOLDER = new RegExp(`${PLACEHOLDER_SOURCE}|\\([A-Z][A-Z'’]*(?: [A-Z][A-Z'’]*){0,4}\\)`);
/** Does a line recall a contact with this reader (a call, a meeting, a talk, their enquiry), outside a template's placeholder? */
export function recallsContact(text: string): boolean {
  return !PLACEHOLDER.test(text) && (MET.test(text) || PRIOR_CONTACT.test(text));
}
