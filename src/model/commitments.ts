import * as chrono from 'chrono-node';
import nlp from 'compromise';
import type { Commitment, Owner } from './types';
import { isoDate, isoLocal, localParts, offsetMinutes } from './time';
import { wordRegex } from './match';
import { spaceOr, trimEndWhile } from './chars';

/** Where and when "now" is, for resolving "by Thursday at 3pm". */
export interface Clock {
  now: Date;
  timeZone: string;
}

// subject + future modal. The subject decides the owner.
const PROMISE =
  /(?<![\w'’])((?!(?:and|but|or|so|then|also|plus|while|because|if|when|the|a|an|our|your|my)\s)[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:from|at|in|on|with) (?:(?:our|the) (?:\w+ )?(?:team|department|group|desk|office)|(?:accounts|billing|finance|sales|support|customer service|customer care|dispatch|logistics|HR|IT|legal|payroll)\b)|(?:someone|somebody|some ?one|a member|one|a colleague|an? (?:agent|specialist|representative|rep|engineer|technician))(?: (?:from|of|in|on|at) (?:(?:our|the) (?:\w+ )?(?:team|department|group|desk|office|staff|side|management)|(?:accounts|billing|finance|sales|support|customer service|customer care|dispatch|logistics|HR|IT|legal|payroll)\b))|I|we|you|it|this|that|they|he|she|someone|somebody|some ?one|(?:a|an|the|one of (?:our|the)) (?:\w+ )?(?:team(?: of (?:people|experts|specialists|staff|agents))?|representative|rep|agent|specialist|seller|vendor|department|technician|engineer|manager|member(?: of (?:our|the) team)?|colleague|person|support(?: team)?)|(?:his|her|their) (?:designee|delegate|deputy)|our (?:\w+ )?(?:team|department|staff|support|people|partner|partners|courier|carrier|supplier)|your (?:\w+ )?\w+|[A-Z][a-z]+)(?:['’]ll|\s+will|\s+shall|['’]m going to|\s+am going to|['’]re going to|\s+are going to|\s+is going to)(?!\s+not\b)\s+/gi;
const MAX_PROMISES_PER_SENTENCE = 4;
/** "… and will reach out", ", and then will…": a second promise of the subject before it. */
const AND_WILL = /(?:,\s*|\s)(?:and|then|and then)\s+(?:also\s+)?(will|['’]ll)(?=\s)/gi;
/** The writer as the subject a clause opens with ("I'm pulling together…", "We've fixed…", "So I checked…"). */
const WRITER_OPENS = /^\s*(?:(?:so|and|but|also|ok(?:ay)?|right|great)[,\s]+)?(i|we)(?=['’](?:m|ve|d|re)\b|\s+(?!will\b|shall\b|['’]ll\b)[a-z]+(?:ed|ve|ing)?\b)/i;
/** A date resolved from a weekday or a month name is at most this far ahead. */
const MAX_AHEAD_DAYS = 365;
const PRONOUN = /^(?:i|we|you|it|this|that|they|he|she|someone|somebody|some ?one)$/i;
/**
 * Words that take a promise back as it is made, in it or after it: "we'll try our best", "but no promises", "fingers
 * crossed". (A plain "I will try to" or "hopefully" softens many a kept promise: on the labelled train split they flagged
 * colleagues' honest notes.)
 */
const HEDGED = /\b(?:try (?:our|my) (?:very )?(?:best|hardest) to|no promises|fingers crossed|with any luck|all being well|if all goes well|touch wood|knock on wood)\b/i;
const NOT_A_NAME = /^(?:There|Which|What|Who|That|Everything|Nothing|Things|Time|Today|Tomorrow|Please|Hopefully|Then|So|And|But|Also|Everyone|Anyone|Nobody|Here|Where|When|Why|How|Both|All|Each|Payment|Delivery|Shipping|Installation|Access|Support|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const LET_ME = /(?<![\w'’])let me\s+(?=(?:check|look|find|get|follow|see|send|confirm|ask|dig|circle|review|find out|take|talk|speak|chat|discuss|run (?:it|this|that) (?:by|past))\b)/gi;

const UNOWNED_SUBJECT = /^(?:someone|somebody|some ?one|a |an |the |one of |one from |our |(?:his|her|their) (?:designee|delegate|deputy))/i;
// Verbs that are no promise to act ("you'll love", "I will be out", "we will see").
const NOT_ACTION = /^(?:(?:probably|definitely|certainly|also|still|surely|likely)\s+)?(?:be (?!(?:in touch|back|sending|working|calling|reaching|there|following|looking|available|in contact|answering|contacting|handling|reviewing|processing|posting|replying|responding)\b)|see\b|like|love|need|want|hope|think|feel|know|find|notice|enjoy|appreciate|agree|remember|understand|wonder|miss|recall|realize|note|have to|be able|probably not|never|not|no longer|get a chance)/i;

/** Service actions a customer waits for; a passive promise of one of these has no owner ("it will be fixed"). */
const SERVICE = /^(?:be|get)\s+(?:\w+ly\s+)?(?:sent|contacted|fixed|resolved|handled|processed|taken care of|looked (?:in)?to|reviewed|refunded|shipped|delivered|credited|updated|notified|called|addressed|scheduled|investigated|escalated|replaced|corrected|repaired|sorted(?: out)?|dealt with|followed up|emailed|informed|issued|reversed|completed|done|returned|answered|restored)\b/i;
/** Promises to deliver something: without any time, these are the ones worth a nudge. */
const DELIVERY = /^(?:(?:personally|also|then|definitely|certainly|quickly|gladly)\s+)?(?:send|call|ring|phone|get back|follow up|email|e-mail|reply|respond|update|confirm|deliver|ship|schedule|set up|arrange|fix|resolve|look into|check|review|share|forward|provide|prepare|finish|complete|investigate|contact|reach out|refund|process|write|draft|put together|have (?:it|this|that|them|the \w+) (?:to|over|ready|for)|get (?:it|this|that|them|you|the \w+)(?: \w+)? (?:to|over|back)|be in touch|be back|circle back|let you know|make sure|take care|handle|book|issue|credit|escalate|dig into|sort out|send over|talk to|speak (?:to|with)|chat (?:to|with)|discuss (?:it|this|that)|run (?:it|this|that) (?:by|past)|raise (?:it|this|that) with)\b/i;
// "when it is fixed", "once we hear back": the time is an event, not a vague date.
const DAY_OF_MONTH = /\bthe (\d{1,2})(?:st|nd|rd|th)\b(?! (?:of|century|floor|time|anniversary|percentile))/gi;
const CONDITION = /^\s*(?:(?:and|but|so|also)\s+)?(?:if|should (?:you|it|this|that|anything)|in case|whenever|when|once|unless|as soon as)\b/i;
const EVENT_TIME = /\b(?:when|once|after|as soon as|if|until|whenever|before)\s+(?:it|this|that|they|we|i|you|he|she|the)\b/i;
/**
 * An event a promise waits on: a connective, a subject and a verb ("as soon as it is live", "once the
 * contract is signed", "when the fix ships", "once we hear back"). "After the weekend" has no verb: a time.
 */
const EVENT =
  /\b(?:as soon as|once|when|whenever|after|the moment|the minute)\s+(?:it|this|that|they|we|i|you|he|she|(?:the|your|our|my|their|its) [\w-]+(?: [\w-]+){0,3}?)(?:['’](?:s|re|ve|m)\b|\s+(?:is|are|am|was|were|be|been|has|have|had|gets?|got|goes|go|comes?|came|does|do|did|can|could|hear|see|sign|ship|land|arrive|receive|finish|approve|get|[a-z]+(?:s|ed))\b)/i;
// "Upon shipment, …", "On receipt of your form, …": a promise for when that happens.
const UPON = /^\s*(?:upon|on) (?:receipt|shipment|delivery|approval|signature|arrival|completion|confirmation)\b/i;
// "Send them to this address and I'll…", "email me directly and I'll…", "let me know & I will…": the reader acts first.
const CUSTOMER_ACTS = /^\s*(?:(?:so|and|just|please|if you(?:['’]d| would) like[^,]{0,60},)\s*)*(?:send|email|e-mail|call|ring|text|reply|forward|let (?:me|us) know|tell (?:me|us)|give (?:me|us)|drop (?:me|us)|book|pick)\b/i;
const ENDS_WITH_AND = /(?:\band|&)\s*$/i;
function customerFirst(lead: string): boolean {
  return lead.length < 300 && ENDS_WITH_AND.test(lead) && CUSTOMER_ACTS.test(lead);
}

/** A leading event ("Once the contract is signed, I'll…") as against a condition ("If anything looks off, I'll…"). */
const EVENT_LEAD = /^\s*(?:(?:and|but|so|also)\s+)?(?=(?:as soon as|once|when|whenever|after|the moment|the minute)\b)/i;

/** The event in a clause, if any, with its offset; vague words ("as soon as I can", "when I get a chance") are none. */
function findEvent(clause: string): { text: string; index: number } | undefined {
  const m = EVENT.exec(clause);
  if (!m) return undefined;
  // The event ends where the clause turns to something else ("…when it's in; the replay takes ten minutes").
  const rest = clause.slice(m.index);
  const stop = /[;:()]|,\s+(?:and|but|so|then|or)\s|\s[-–—]\s/.exec(rest);
  const text = trimClauseEnd(stop ? rest.slice(0, stop.index) : rest).trim();
  VAGUE.lastIndex = 0;
  const vague = VAGUE.exec(text);
  if (vague && vague.index === 0) return undefined;
  return { text, index: m.index };
}
const PASSIVE = /^(?:(?:also|then|soon|shortly|\w+ly)\s+)?(?:be|get)\s+(?:\w+ly\s+)?(?:[a-z]+ed|[a-z]+en|sent|done|made|given|told|paid|put|set|brought|shipped|sorted|dealt|taken care|built|held|kept|left|run|sold|won|bought|met)\b(?! (?:to|in touch))/i;
/** Vague times ("soon", "in due course", "as soon as possible"): a global regex, so callers copy it before use. */
export const VAGUE = wordRegex(
  "(?<!as )soon|shortly|asap|whenever (?:his|her|their|our|my|the) (?:[\\w-]+ )?(?:tour|schedule|trip|travels?|calendar|diary|workload) (?:brings|allows|permits|frees up)|subject to (?:availability|capacity)|sometime later (?:this|next) (?:week|month|year)|(?:turn up|turns up|sort (?:itself|themselves) out|work out|works out) in the end|(?:the )?(?:standard|usual|normal) (?:processing|response|turnaround|handling) (?:period|time|window|timescales?)|within the (?:standard|stipulated|usual|normal|agreed|prescribed) (?:time ?frame|TAT|turnaround(?: time)?|period|timelines?)|upon (?:(?:mr|mrs|ms|dr)\\.? )?[\\w-]+['’]s return\\b|upon (?:his|her|their) return\\b|a\\.s\\.a\\.p\\.?|as soon as (?:possible|i can|we can|i'm able|we're able)|as (?:quickly|fast|promptly) as (?:possible|i can|we can)|(?:postponed|delayed|suspended|deferred|on hold) until further notice|as (?:it|this|that|things|the situation|the (?:[\\w-]+ )?possibilities|events|matters) (?:develops?|evolves?|progress(?:es)?|unfolds?)|as (?:more |further |additional |new )?(?:information|info|news|details|updates) (?:becomes?|is|are) available|as (?:they|it) become available|as (?:i|we) (?:receive|get|hear|learn) (?:more|further|additional|new|any) (?:information|info|news|details|updates)|as soon as (?:i|we) hear back|over the (?:next|coming) (?:week|month) or two|when (?:it|they|this) (?:is|are) available again|later this (?:morning|afternoon|evening)|in the (?:near|coming|next few) (?:future|days|weeks)|in the coming days|at some point|when(?:ever)? (?:i|we) (?:get|have|find) (?:a |the )?(?:chance|moment|minute|time)|(?:later )?today or tomorrow|(?:by )?(?:eod|cob|end of (?:the )?day|tonight) or tomorrow|over the (?:coming|next few|next couple of) (?:weeks|months|quarters)|(?:later|sometime|some time) (?:today|tonight|this week|next week|on|in)|later on|at a later (?:date|time|stage)|in due course|one of these days|in a (?:bit|while|few days|couple of days)|eventually|sometime|before long|down the road|on (?:our|the) (?:product |development )?roadmap(?! (?:for|in|by) (?:q[1-4]|\\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|the (?:first|second|third|fourth|next) (?:quarter|half)))|(?:this|next) (?:week|month) or (?:early |the start of |the beginning of )?(?:next|the following) (?:week|month)|(?:at the )?soonest(?=\\s*[.!,;]|\\s*$)|when available(?=\\s*[.!,;]|\\s*$)|in a timely (?:manner|fashion)|(?:over|in|within) the next (?:few|couple of) (?:days|weeks)|in (?:an upcoming|a future|a coming|a later|one of (?:the|our) (?:next|upcoming|future|coming)) (?:update|release|version|build|sprint|patch)e?s?(?! (?:on|by|in|at|due|this|next)\\b)|(?<!(?:day|week|month|tomorrow|morning|noon|[ap]m|\\d) )at the earliest(?! (?:on|by|in)\\b)|(?:a|one) day or two|right away|in a jiffy|(?:should|will|'ll|could) (?:[\\w'-]+ ){0,5}?any day now|when possible|as time permits|before too long|in the not[- ]too[- ]distant future|within a reasonable (?:timeframe|time ?frame|time|period)|presently(?=\\s*[.!]?\\s*$)|as and when (?!you\\b)[\\w-]+|when (?:bandwidth|capacity|time) frees up|(?:when|once) things (?:quieten|quiet|settle|calm) down|down the line|in the coming period|soonish|once (?:everything|it|this|that|all) (?:is|has been|'s been) (?:approved|signed off|finali[sz]ed) (?:internally|on our side)|post (?:our|the) internal review|(?:end of (?:the )?(?:week|day|month)|eod|eow|(?:mon|tues|wednes|thurs|fri)day)-?ish|as soon as (?:we|i)(?:'ve| have)? (?:have|hear|get|receive|heard|got|received) (?:any |some |more |further )?(?:news|word|an update|updates|information|info|confirmation|an answer|feedback)|(?:when|once) (?:one|a slot|a date|an appointment|a space|a place|a technician|an engineer|a fitter|a driver|the parts?|the stock|the item|stock) (?:becomes|become|is|are|comes|come) (?:available|free|up|in)|in the next (?:few )?(?:weeks|months|days)(?! (?:of|from)\b)|(?:very|really|super) (?:fast|quickly|quick|promptly)|in a (?:little|short) (?:bit|while)",
  'gi',
);
const WEEK_LEVEL = /^(?:(?:by |within |during |over )?(?:the )?(?:this|next|coming|following) (?:week|month|quarter|year)|(?:later|early|end of) (?:this|next) (?:week|month))$/i;
const END_OF_DAY = wordRegex('(?:by )?(?:the )?(?:end of (?:the )?(?:day|business day)|eod|cob|close of business)(?: today)?', 'gi');
const END_OF_WEEK = wordRegex('(?:by )?(?:the )?(?:end of (?:the |this )?week|eow)', 'gi');

interface TimeFound {
  text: string;
  index: number;
  vague: boolean;
  due?: string;
  /** A span the promise lasts through, or a time counted from an event: no deadline. */
  bound?: true;
}

function resolveTime(sentence: string, clock: Clock): TimeFound | undefined {
  VAGUE.lastIndex = 0;
  const vague = VAGUE.exec(sentence);
  if (vague) return { text: vague[0], index: vague.index, vague: true };
  const local = localParts(clock.now, clock.timeZone);
  END_OF_DAY.lastIndex = 0;
  const eod = END_OF_DAY.exec(sentence);
  if (eod) return { text: eod[0], index: eod.index, vague: false, due: isoLocal({ ...local, hour: 17, minute: 0, second: 0 }, clock.timeZone) };
  END_OF_WEEK.lastIndex = 0;
  const eow = END_OF_WEEK.exec(sentence);
  if (eow) {
    const d = new Date(Date.UTC(local.year, local.month - 1, local.day));
    d.setUTCDate(d.getUTCDate() + ((5 - d.getUTCDay() + 7) % 7));
    return { text: eow[0], index: eow.index, vague: false, due: isoLocal({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: 17, minute: 0, second: 0 }, clock.timeZone) };
  }
  if (!/\d|day|tomorrow|tonight|week|month|morning|afternoon|evening|noon|midnight|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|hour|minute|within|mon|tue|wed|thu|fri|sat|sun/i.test(sentence)) return undefined;
  // "by the 28th": the next such day of the month (chrono wants a month with it).
  DAY_OF_MONTH.lastIndex = 0;
  const dom = DAY_OF_MONTH.exec(sentence);
  if (dom && !/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i.test(sentence)) {
    const day = Number(dom[1]);
    if (day >= 1 && day <= 31) {
      let year = local.year;
      let month = local.month + (day < local.day ? 1 : 0);
      if (month > 12) { month = 1; year++; }
      const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
      if (day <= last) return { text: dom[0].trim(), index: dom.index, vague: false, due: isoDate({ year, month, day }) };
    }
  }
  // English only: chrono.parse tries every locale's parsers and costs ten times more per call (measured).
  const results = chrono.en.casual.parse(sentence, { instant: clock.now, timezone: offsetMinutes(clock.now, clock.timeZone) }, { forwardDate: true })
    // "may" the modal, bare small numbers and the like are not dates; nor is a time said as the past ("since
    // January") or a month that names a thing ("your February bill", "the March release").
    .filter((r) => !/^(?:may|sat|sun|mar|march|wed|\d{1,2}|now)$/i.test(r.text.trim()) && !PAST_BEFORE.test(sentence.slice(Math.max(0, r.index - 12), r.index))
      && !(r.start.isCertain('month') && !r.start.isCertain('day') && NAMING_BEFORE.test(sentence.slice(Math.max(0, r.index - 8), r.index))));
  // A time the promise lasts through ("I'll stay on copy for all of May", "hold the price through your June renewal")
  // is no deadline: a deadline said after it ("…and tell you by Wednesday") is the promise's time; without one, the
  // promise is bounded, not vague, and no due date is made up. So is a time counted from an event ("he'll call
  // you 20 minutes before he arrives"): it is the event's, neither vague nor past.
  const bounds = results.map((r) => isSpan(sentence, r) || fromEvent(sentence, r));
  const bound = results.find((_, i) => bounds[i]);
  const deadlines = bound ? results.filter((_, i) => !bounds[i]) : results;
  if (bound && deadlines.length === 0) return { text: bound.text, index: bound.index, vague: false, bound: true };
  const first = deadlines[0];
  if (!first) return undefined;
  // "today or tomorrow", "Monday or Tuesday": a choice of days is no commitment to one.
  const second = results[1];
  if (second && /^\s*or\s*$/i.test(sentence.slice(first.index + first.text.length, second.index))) {
    return { text: sentence.slice(first.index, second.index + second.text.length), index: first.index, vague: true };
  }
  const text = first.text;
  if (WEEK_LEVEL.test(text.trim())) return { text, index: first.index, vague: true };
  const s = first.start;
  // "in November" names a month, not a day: no "Mon 1 Nov" invented for it.
  if (s.isCertain('month') && !s.isCertain('day')) return { text, index: first.index, vague: true };
  const parts = { year: s.get('year')!, month: s.get('month')!, day: s.get('day')!, hour: workingHour(s), minute: s.get('minute') ?? 0, second: 0 };
  const dayMs = Date.UTC(parts.year, parts.month - 1, parts.day);
  // "Monday 1 Dec" when the 1st is a Tuesday: which of the two was meant is the writer's to say, not
  // ours. A time was named, so it is no vague one; but no date is made up for it.
  const weekday = s.get('weekday');
  if (s.isCertain('weekday') && s.isCertain('day') && weekday !== null && new Date(dayMs).getUTCDay() !== weekday) {
    return { text, index: first.index, vague: false };
  }
  // A weekday or a month name never means more than a year ahead (a year said outright may).
  if (!s.isCertain('year') && dayMs - Date.UTC(local.year, local.month - 1, local.day) > MAX_AHEAD_DAYS * 86_400_000) {
    return { text, index: first.index, vague: false };
  }
  const timed = s.isCertain('hour') || /\b(?:morning|afternoon|evening|noon|tonight|midnight|hours?|minutes?)\b/i.test(text);
  return { text, index: first.index, vague: false, due: timed ? isoLocal(parts, clock.timeZone) : isoDate(parts) };
}

const PAST_BEFORE = /\b(?:since|ago|back in)\s+$/i;
const NAMING_BEFORE = /\b(?:your|our|their|my|his|her|the|this|that|last)\s+$/i;
/**
 * An hour said without am or pm is a working hour: "by 3:00 today", "at 3 tomorrow" mean the afternoon (chrono
 * reads them as the small hours, which would make every such promise "already passed").
 */
function workingHour(s: chrono.ParsedComponents): number {
  const hour = s.get('hour') ?? 0;
  return s.isCertain('hour') && !s.isCertain('meridiem') && hour >= 1 && hour <= 7 ? hour + 12 : hour;
}

/** Words before a time that make it a span the promise covers: "through June", "for all of May", "until Friday". */
const SPAN_BEFORE = /\b(?:through(?:out)?|thru|until|till|during|covering|for (?:all|the whole|the rest|the remainder) of)\s+(?:(?:the|your|our|their|this|that|next|all of)\s+)?$/i;
/** "for May", "for February to May": a month or a range of months the promise covers ("for Monday" books a day). */
const FOR_BEFORE = /\bfor\s+(?:(?:the|your|our|their|this|that|next)\s+)?$/i;
function isSpan(sentence: string, r: chrono.ParsedResult): boolean {
  const before = sentence.slice(Math.max(0, r.index - 30), r.index);
  if (SPAN_BEFORE.test(before)) return true;
  return FOR_BEFORE.test(before) && (!r.start.isCertain('day') || r.end !== null) && !r.start.isCertain('weekday');
}
/** "20 minutes before he arrives", "an hour after the call": a time counted from an event. */
const FROM_EVENT = /^\s*(?:he|she|it|they|we|you|i|the|your|our|their|his|her|its)\b/i;
function fromEvent(sentence: string, r: chrono.ParsedResult): boolean {
  return /\b(?:before|after|beforehand|afterwards|ahead)\s*$/i.test(r.text) && FROM_EVENT.test(sentence.slice(r.index + r.text.length));
}

// "…by 5 pm that day", "the same afternoon": a time that points back to a date said earlier in the sentence.
const SAME_DAY = /\b(?:that|the same|on that|on the same) (?:day|morning|afternoon|evening|night)\b/i;

/**
 * A clause whose time points back ("I'll email the tracking number by 5 pm that day"): its date is the
 * one said before it in the sentence ("we'll ship on Monday"), its hour its own. Undefined when there is
 * no such pointer or nothing earlier to point to.
 */
function sameDay(clause: string, before: string, clock: Clock): TimeFound | undefined {
  const same = SAME_DAY.exec(clause);
  if (!same || !before.trim()) return undefined;
  const anchor = resolveTime(before, clock);
  if (!anchor?.due || anchor.vague) return undefined;
  const [year, month, day] = anchor.due.slice(0, 10).split('-').map(Number) as [number, number, number];
  const own = resolveTime(clause.slice(0, same.index) + ' '.repeat(same[0].length) + clause.slice(same.index + same[0].length), clock);
  // The hour said in the clause ("by 5 pm"), read on the anchor's date; without one the promise is due that day.
  const timed = own && !own.vague && own.due && own.due.length > 10 ? own : undefined;
  if (!timed?.due) return { text: same[0], index: same.index, vague: false, due: isoDate({ year, month, day }) };
  const hour = Number(timed.due.slice(11, 13));
  const minute = Number(timed.due.slice(14, 16));
  const gap = clause.slice(timed.index + timed.text.length, same.index);
  const joined = timed.index < same.index && /^[\s,]*(?:on\s+)?$/.test(gap);
  return {
    text: joined ? clause.slice(timed.index, same.index + same[0].length) : timed.text,
    index: timed.index,
    vague: false,
    due: isoLocal({ year, month, day, hour, minute, second: 0 }, clock.timeZone),
  };
}

function ownerOf(subject: string): Owner {
  const s = subject.toLowerCase();
  // "Priya from our onboarding team": a named person owns it.
  if (/^(?:someone|somebody|some ?one|one|a member|a colleague|an? \w+) (?:from|of|in|on|at) /i.test(subject)) return 'none';
  if (/^[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:from|at|in|on|with) /.test(subject)) return 'other';
  // "the SAP team", "our Billing team": a named team owns it; "the team", "our team" does not.
  if (/^(?:the|our) [A-Z][\w&-]* (?:team|department|group|desk)$/.test(subject)) return 'other';
  if (s === 'i') return 'me';
  if (s === 'we') return 'we';
  if (s === 'you') return 'you';
  if (UNOWNED_SUBJECT.test(subject) || /^(?:it|this|that|your\b.*)$/.test(s)) return 'none';
  return 'other';
}

/** Is the verb phrase after the modal passive ("be contacted")? compromise reads the grammar. */
function verbInfo(clause: string): { passive: boolean; action: boolean } {
  let v = verbMemo.get(clause);
  if (!v) {
    if (verbMemo.size >= 500) verbMemo.clear();
    verbMemo.set(clause, (v = parseVerb(clause)));
  }
  return v;
}
/**
 * compromise costs about a millisecond a clause; typing elsewhere in a long
 * sentence leaves the promise's own window unchanged, so it is read once.
 */
const verbMemo = new Map<string, { passive: boolean; action: boolean }>();

function parseVerb(clause: string): { passive: boolean; action: boolean } {
  const verbs = nlp(clause).verbs().json() as { verb?: { infinitive?: string; grammar?: { passive?: boolean } } }[];
  const v = verbs[0]?.verb;
  return { passive: !!v?.grammar?.passive, action: !!v?.infinitive };
}

const CLAUSE_JOINERS = ['and', 'but', 'then', 'or', 'so'];
const isTrailing = (c: string) => c === ',' || c === ';' || c === '.' || c === '!' || c === '?' || /\s/.test(c);

/**
 * A clause without its closing punctuation and joining words ("…by Friday, and").
 * A scanner from the end: the regex it replaces backtracked exponentially on runs of " ,".
 */
function trimClauseEnd(s: string): string {
  let e = s.length;
  for (;;) {
    while (e > 0 && isTrailing(s[e - 1]!)) e--;
    const tail = s.slice(Math.max(0, e - 4), e).toLowerCase();
    const w = CLAUSE_JOINERS.find((c) => tail.endsWith(c) && e - c.length > 0 && /\s/.test(s[e - c.length - 1]!));
    if (!w) return s.slice(0, e);
    e -= w.length;
  }
}

const CLAUSE_BREAK = /[;:]|,\s*(?:and|but|so|because|as|though|although|while)\s|\s(?:because|although|though)\s/gi;
/** The last clause of a sentence's lead (after its last ", and", ";", "because"…). */
function lastClause(lead: string): string {
  let from = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(lead); m; m = CLAUSE_BREAK.exec(lead)) from = m.index + m[0].length;
  return lead.slice(from);
}

/** Commitments in one sentence; offsets relative to the sentence. */
/** A clause about what someone did or asked before, up to the time: "…your team asked us to change in", "…we discussed on". */
const PAST_CLAUSE = /\b(?:that|which|who|you|your\s+[\w-]+|they|we|he|she)\s+(?:[\w-]+\s+){0,2}?(?:asked|sent|mentioned|raised|discussed|agreed|requested|wanted|said|flagged|told|shared|placed|ordered|signed|made|gave|submitted|reported|booked|launched|started|opened)\b[^.;!?]{0,60}$/i;
/** A deadline word just before the time: it is the promise's ("by Friday", "before the 3rd", "no later than noon"). */
const DEADLINE_WORD = /\b(?:by|before|until|till|within|no later than|in time for)\s+(?:the\s+|this\s+|next\s+)?$/i;

export function findCommitments(sentence: string, clock: Clock): Commitment[] {
  const out: Commitment[] = [];
  const starts: { at: number; subject: string; after: number }[] = [];
  PROMISE.lastIndex = 0;
  for (let m = PROMISE.exec(sentence); m; m = PROMISE.exec(sentence)) {
    const subject = m[1] ?? '';
    // A single word that is not a pronoun must be a person's name ("Priya will send").
    if (!/\s/.test(subject) && !PRONOUN.test(subject) && (!/^[A-Z][a-z]+$/.test(subject) || NOT_A_NAME.test(subject))) continue;
    starts.push({ at: m.index, subject, after: m.index + m[0].length });
  }
  LET_ME.lastIndex = 0;
  for (let m = LET_ME.exec(sentence); m; m = LET_ME.exec(sentence)) starts.push({ at: m.index, subject: 'I', after: m.index + m[0].length });
  // "I'm pulling together the numbers and will send them over soon", "We've fixed the export and will send the file by
  // Friday": the writer, said once at the head of the clause, is the subject of the "will" after "and".
  if (starts.length === 0) {
    AND_WILL.lastIndex = 0;
    const m = AND_WILL.exec(sentence);
    if (m) {
      const at = m.index + m[0].length - m[1]!.length;
      const head = Math.max(sentence.lastIndexOf(';', at), sentence.lastIndexOf(':', at)) + 1;
      const who = WRITER_OPENS.exec(sentence.slice(head, at));
      if (who) starts.push({ at, subject: who[1]!, after: at + m[1]!.length });
    }
  }
  if (starts.length === 0) return out;
  starts.sort((a, b) => a.at - b.at);
  // A second verb of the same subject: "A technician will be assigned to your case and will reach out by Friday".
  AND_WILL.lastIndex = 0;
  for (let m = AND_WILL.exec(sentence); m; m = AND_WILL.exec(sentence)) {
    const at = m.index + m[0].length - m[1]!.length;
    const before = starts.filter((x) => x.after <= at).pop();
    if (before && !starts.some((x) => x.at === at)) starts.push({ at, subject: before.subject, after: at + m[1]!.length });
  }
  starts.sort((a, b) => a.at - b.at);
  // A sentence holds a few promises at most; past that it is not prose.
  starts.length = Math.min(starts.length, MAX_PROMISES_PER_SENTENCE);
  // A time that leads the sentence ("By Friday, I'll send…") belongs to its first promise.
  const lead = sentence.slice(0, starts[0]!.at);
  // A span said before it ("The refund for February to May has to go through billing, and they will…") is not its time.
  // Only a time in the lead's last clause is the promise's ("By Friday, I'll…"): one in a clause of its own is not
  // ("our cost hasn't moved since January, and if that changes you'll hear it from me first").
  const leadClause = lastClause(lead);
  const leadTime = starts[0]!.at > 0 ? resolveTime(leadClause, clock) : undefined;
  const leading = !leadTime || leadTime.bound ? undefined : { ...leadTime, index: leadTime.index + lead.length - leadClause.length };
  // "If you see anything odd, I'll handle it": a promise for when something happens needs no date.
  // "Once the contract is signed, I'll send…": one that waits on an event is tracked with that event.
  const leadEvent = EVENT_LEAD.test(lead) ? findEvent(lead) : undefined;
  // "Send them to this address and I'll process the claim", "Upon shipment, we will email you": the customer or the
  // shipment goes first, so the promise has its event.
  const conditional = (CONDITION.test(lead) && !leadEvent) || customerFirst(lead) || UPON.test(lead);
  starts.forEach((st, i) => {
    const next = starts[i + 1]?.at ?? sentence.length;
    let end = next;
    // The clause ends at the next promise or the end of the sentence (minus closing punctuation / joining words).
    const clauseRaw = sentence.slice(st.at, end);
    const trimmed = trimClauseEnd(clauseRaw);
    end = st.at + trimmed.length;
    const afterModal = sentence.slice(st.after, end);
    const passiveForm = PASSIVE.test(afterModal);
    if (!passiveForm && NOT_ACTION.test(afterModal)) return;
    // A known delivery verb settles it; otherwise compromise reads the verb phrase (a short window: cost grows with length).
    const info = !passiveForm && DELIVERY.test(afterModal) ? { passive: false, action: true } : verbInfo(sentence.slice(st.at, Math.min(end, st.after + 60)));
    if (!info.action) return;
    const passive = passiveForm || info.passive;
    // "It will take two days" is a statement; "it will be fixed" is an (ownerless) promise.
    if (/^(?:it|this|that|your\b.*)$/i.test(st.subject) && !passive) return;
    // "you will have to / need to" is an instruction, not a promise.
    if (/^you$/i.test(st.subject) && /^(?:have|need) to\b/i.test(afterModal)) return;
    // "They'll get an invite link": what happens to someone else, not a promise anyone made.
    if (/^(?:they|he|she)$/i.test(st.subject) && /^(?:get|receive|see|have|find|need)\b/i.test(afterModal)) return;
    let owner: Owner = ownerOf(st.subject);
    if (passive) {
      // A passive statement is an ownerless promise only for the things a customer waits on,
      // said of them, their thing, or nobody named ("your refund will be processed").
      if (!SERVICE.test(afterModal.replace(/^(?:(?:also|then|soon|shortly|\w+ly)\s+)/i, '')) || owner === 'other' || owner === 'me' || owner === 'we') return;
      owner = 'none';
    }
    const c: Commitment = { start: st.at, end, text: sentence.slice(st.at, end), owner, specific: false };
    // Without any time, only a promise to deliver something by me/we is worth reporting.
    // Each promise takes the time said in its own clause.
    const clause = sentence.slice(st.at, end);
    // The event's own words are not the promise's time ("once the contract is signed on Friday" dates the signing).
    const ownEvent = findEvent(sentence.slice(st.after, end));
    const event = ownEvent?.text ?? (i === 0 ? leadEvent?.text : undefined);
    const timeClause = ownEvent ? clause.slice(0, st.after - st.at + ownEvent.index) : clause;
    const found = sameDay(timeClause, sentence.slice(0, st.at), clock) ?? resolveTime(timeClause, clock);
    // A time said of something past inside the promise ("I'll bring the three things your team asked us to change in
    // September") dates that, not the promise; a deadline word keeps it the promise's ("the report you asked for by Friday").
    const own = found && PAST_CLAUSE.test(timeClause.slice(0, found.index)) && !DEADLINE_WORD.test(timeClause.slice(Math.max(0, found.index - 16), found.index)) ? undefined : found;
    // A time inside a leading condition is the condition's ("If you'd like to rebook later in the year, email me and I'll…").
    const time = own ? { ...own, index: own.index + st.at } : i === 0 && !leadEvent && !conditional ? leading : undefined;
    const waits = event !== undefined && (owner === 'me' || owner === 'we' || owner === 'none');
    if (!time && owner !== 'none' && (owner === 'you' || owner === 'other' || !DELIVERY.test(afterModal) || (!waits && EVENT_TIME.test(afterModal)) || (i === 0 && conditional))) return;
    if (waits) c.event = event;
    if (time) {
      c.dueText = trimEndWhile(time.text, spaceOr(',;:.'));
      if (time.due) c.due = time.due;
      // A promise hedged in its own sentence ("We'll try our best to get it to you by Friday, but no promises") is no
      // clear promise, whatever its date.
      const hedged = HEDGED.test(sentence.slice(st.at));
      if (hedged) c.hedged = true;
      c.specific = !time.vague && owner !== 'none' && !hedged;
      if (time.due && time.due.length > 10 && Date.parse(time.due) < clock.now.getTime()) {
        c.past = true;
        c.specific = false;
      }
    }
    out.push(c);
  });
  return out;
}
