import { contentStems } from './text';
import { phraseStems, relation } from './lexicon/concepts';
import type { AskPart, QuotedPoint } from './listening';

/**
 * Does the reply answer what was asked? Judged by the kind of answer the ask
 * wants and by its topic, not by shared words: a "why" is answered by a cause,
 * a "when" by a time, a yes/no question by a yes, a no or a "not yet", a
 * request by the thing done, promised or refused with a reason, a question of
 * fact by a sentence about its topic. The topic is matched through stems, the
 * domain's clusters (lexicon/concepts.ts). A sentence
 * that only apologises, thanks, restates the question or promises to look
 * into it answers nothing.
 */

/** A sentence of the reply, as the model sees it. */
export interface ReplySentence {
  text: string;
  stems: readonly string[];
}

/** What one sentence of the reply can answer. */
interface Reading {
  topic: Set<string>;
  /** An apology, a thank-you, a restatement or a vague "we're looking into it", with nothing else. */
  empty: boolean;
  cause: boolean;
  time: boolean;
  polar: boolean;
  done: boolean;
  promise: boolean;
  refusal: boolean;
  steps: boolean;
  /** The sentence is itself a question (asking back is not answering). */
  question: boolean;
}

// A cause, said any way: "because…", "due to…", "a certificate expired and…", "the retry job fired twice".
const CAUSE = /\b(?:because|caused|causing|due to|the cause|root cause|the reason|reason (?:is|was)|turned out|came from|comes from|stems? from|traced (?:it|this|the)|this happened when|it happened when|happened because|went wrong|was triggered|triggered by|(?:a|an|the|our) (?:bug|glitch|misconfiguration|error|mistake|typo|fault|defect|regression|race condition)\b|(?:expired|failed|crashed|broke|overloaded|timed out|ran out|dropped|misfired|corrupted|rejected|double-fired|fired twice|was misconfigured|was mislabell?ed|was mis-?keyed|was never (?:sent|applied|processed|updated|triggered)|got stuck|stalled|skipped|missed)\b|since (?:we|the|our) (?:changed|updated|migrated|moved|switched|released))/i;
const STRONG_CAUSE = /\b(?:because|due to|the cause|root cause|the reason|turned out|came from|caused by)\b/i;
// A time or date: "Tuesday", "within 48 hours", "by end of day Thursday", "first thing Monday", "in two weeks", "Q1".
const TIME = /\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|week|month|quarter)|next (?:week|month|quarter|year|monday|tuesday|wednesday|thursday|friday)|end of (?:the )?(?:day|week|month|quarter)|eod|eow|first thing|(?:mon|tues|wednes|thurs|fri|satur|sun)day|within (?:\d+|one|two|three|four|five|a|an|the next)\b|in (?:\d+|one|two|three|four|five|a few|a couple of) (?:business |working )?(?:minutes?|hours?|days?|weeks?|months?)|\d+ (?:business |working )?(?:days?|hours?|weeks?|minutes?)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:early|mid|late|end of) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|q[1-4]\b|\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\d{1,2}:\d{2}\b|\d{4}-\d{2}-\d{2}|already|just now|this release|next release|yesterday|last night|last week|earlier today|an hour ago|this morning)\b/i;
// Vague time: "soon", "shortly", "as soon as possible" is not a time.
const VAGUE = /\b(?:look(?:ing)? into|(?:get|come|circle) back to you|pull together|go through (?:them|it|this|that|the options)(?: together| with you)?|let(?:['’]s| us) (?:grab|find|set up a|book a)|find something that|(?:talk|chat) (?:it|this|that) through|investigat\w*|check(?:ing)? (?:with|on|into)|circle back|as soon as (?:possible|we can|i can|i know|we know)|shortly|soon|asap|in due course|at some point|down the (?:road|line)|happy to (?:discuss|chat|talk|walk|go over|cover)|let(?:['’]s| us) (?:discuss|chat|talk|cover|go over)|(?:on|over|during) (?:a|our|the next) (?:call|chat|meeting)|hop on a call|more (?:on|about) (?:that|this) (?:later|soon)|will (?:see|explore|consider) what)\b/i;
// The stems of days, months and parts of the day.
const TIME_STEM = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)dai|january|february|march|april|may|june|july|august|september|october|november|december|todai|tomorrow|tonight|morn|afternoon|even|week|month|year|weekend)$/;
// A time something is due by ("by Friday", "tomorrow"), which turns "I'll look into it" into a dated step; "15 minutes" is not one.
const DEADLINE = /\b(?:today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|end of (?:the )?(?:day|week|month)|eod|\d{1,2}(?::\d{2})?\s*(?:am|pm)|\d{1,2}:\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}|\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|within (?:\d+|one|two|three|a|an|24|48) (?:business |working )?(?:hours?|days?))\b/i;
// A yes or a no: "Yes —", "We do", "Not yet", "Afraid not", "It doesn't".
const POLAR = /(?:^|[.;:!—–-]\s*)(?:yes|yep|yeah|no|nope|not yet|not at the moment|not currently|absolutely|definitely|certainly|of course|correct|indeed|afraid not|unfortunately|sadly|good news|short answer)\b|\b(?:we|it|you|they|that|this|there|i|both|all|each) (?:do|does|did|can|will|is|are|was|were|have|has)(?:n['’]t| not)?\b(?![ -](?:you|we|i)\b)|\b(?:we|it|you|they|that|this|there|i) (?:don['’]t|doesn['’]t|can['’]t|cannot|won['’]t|isn['’]t|aren['’]t|haven['’]t|hasn['’]t|didn['’]t)\b|\b(?:we|i)(?:['’]re| are| am|['’]m) (?:not|unable)\b|\b(?:is|are) (?:included|supported|available|covered|possible|compatible)\b|\bout of the box\b|\bworks? (?:with|for|fine|natively|out)\b/i;
// Done: "I've reversed the payment", "your order is on its way", "the fix is live", "attached is the invoice".
const DONE = /\b(?:i|we)(?:['’]ve| have|['’]d| had)? (?:just |already |now |personally )?(?:\w+ed|sent|made|put|set|done|taken|given|written|run|built|issued|refunded|found|got|paid|shipped|sent|fixed|reset|cancell?ed|closed|removed|deleted|credited|reversed|applied|added|upgraded|updated|moved|booked|scheduled|escalated|attached|forwarded|resent|re-?sent)\b|\b(?:has|have|was|were|is|are)(?: now| just| already| been)* (?:\w+ed|sent|done|made|paid|shipped|fixed|reset|closed|removed|deleted|credited|reversed|applied|added|upgraded|updated|live|back|on its way|on the way|in place|resolved|restored)\b|\b(?:attached|enclosed|here (?:is|are)|here['’]s|below (?:is|are)|please find|on its way|went out|is live|are live|back up|working again|up and running)\b/i;
// Promised: "I'll send it over", "we will refund", "you'll get a new unit".
const PROMISE = /\b(?:i|we|you)(?:['’]ll| will| shall|['’]re going to| are going to|['’]m going to| am going to)\b|\b(?:will|is going to) (?:be|arrive|ship|go|land|show|reach|appear|start|run)\b|\b(?:i|we)(?:['’]m| am|['’]re| are) (?:sending|issuing|refunding|shipping|booking|setting|adding|putting|arranging|processing|cancell?ing|upgrading|moving|scheduling|escalating|replacing)\b|\b(?:i|we) can (?:do|offer|give|send|set|move|extend|add|refund|credit|waive|switch|arrange|book|take|include|support|provide|honou?r|match|start|have)\b|\bcan (?:be|start|go)\b/i;
// A no with its reason: "we can't refund annual plans after 30 days because…", "that's not something we offer".
const REFUSAL = /\b(?:can['’]t|cannot|can not|won['’]t be able|unable|not able|aren['’]t able|isn['’]t able|no longer|not possible|isn['’]t possible|not something we|don['’]t (?:offer|support|have|provide|do)|doesn['’]t (?:support|offer|include)|(?:we|i)(?:['’]m| am|['’]re| are) afraid|have to (?:decline|say no)|not in a position)\b/i;
// Steps: "Go to Settings, click Invite", a numbered list.
const STEPS = /(?:^|[.:;!?,]\s+|\bthen\s+|\n\s*(?:\d+[.)]\s*|[-*•]\s*)?)(?:go to|open|click|tap|select|choose|press|enter|type|navigate to|head to|under|in (?:the )?settings|from the \w+ menu|log in|sign in|visit|use the)\b/i;
const APOLOGY = /\b(?:sorry|apologi[sz]e|apologies|apology|regret)\b/i;
const THANKS = /^(?:(?:and|also|so|but)\s+)?(?:thanks|thank you|many thanks|i appreciate|we appreciate|appreciate|great|good) (?:\w+ ){0,3}(?:for|you)\b|^(?:great|good|excellent|fair) question\b/i;
const RESTATE = /\b(?:you(?:['’]ve| have)?(?: also| just)? ask(?:ed|ing)|you(?:['’]re| are)(?: also)? asking|(?:right|fair) to ask|you (?:also )?(?:wanted|want) to know|you(?:['’]d| would) like to know|you(?:['’]re| are) (?:wondering|curious)|your question|regarding your (?:question|request|query|email)|as for your (?:question|request)|(?:great|good|fair|excellent|reasonable) (?:question|point|thing to (?:ask|want))|i (?:completely |totally |fully |absolutely )?understand(?: that)? (?:you|wanting|why)|you(?:['’]d| would) like (?:to|a|an|us)|you mentioned|you raised|you(?:['’]re| are) looking for|(?:want|need) to understand)\b/i;

const readings = new WeakMap<ReplySentence, Reading>();

function read(s: ReplySentence): Reading {
  const hit = readings.get(s);
  if (hit) return hit;
  const t = s.text;
  // "I apologise for the frustration this has caused" gives no cause.
  const cause = APOLOGY.test(t) ? STRONG_CAUSE.test(t) : CAUSE.test(t);
  const time = TIME.test(t);
  const polar = POLAR.test(t);
  const done = DONE.test(t);
  const promise = PROMISE.test(t);
  const refusal = REFUSAL.test(t);
  const steps = STEPS.test(t.replace(/\s+/g, (run) => (run.includes('\n') ? '\n' : run)));
  const vague = VAGUE.test(t) && !DEADLINE.test(t);
  const content = cause || time || done || refusal || steps || (promise && !vague);
  // A restatement stays one even when its words hold a verb ("how the overage is worked out"): only a cause, a
  // time, a refusal or steps after it answer.
  const restate = RESTATE.test(t);
  const empty = vague || (restate && !(cause || time || refusal || steps)) || ((APOLOGY.test(t) || THANKS.test(t)) && !content && !polar);
  const r: Reading = {
    topic: new Set([...s.stems, ...phraseStems(t)]),
    empty, cause, time, polar: polar && !vague, done, promise: promise && !vague, refusal, steps,
    question: /\?["'”’)\]]*$/.test(t),
  };
  readings.set(s, r);
  return r;
}

/** How many of the ask's words the sentence says, in any of their forms or synonyms (`same`: in their own words). */
function topicHits(focus: readonly string[], topic: ReadonlySet<string>, extra?: (a: string, b: string) => boolean): { n: number; same: number } {
  let n = 0;
  let same = 0;
  for (const f of focus) {
    if (topic.has(f)) { n++; same++; continue; }
    let best: ReturnType<typeof relation>;
    for (const t of topic) {
      const r = relation(f, t, extra);
      if (r && (best === undefined || r === 'same')) best = r;
      if (best === 'same') break;
    }
    if (best) { n++; if (best === 'same') same++; }
  }
  return { n, same };
}

/** Options of the judge (for measuring what each source of synonyms adds). */
export interface JudgeOptions {
  /** Another source of related words, measured against the domain's clusters (scripts/eval/wordnet.ts). */
  related?: (a: string, b: string) => boolean;
  /** Words of the ask a sentence must say to be about it, for asks of more than three words (1 or 2). */
  aboutMin?: number;
  /** The sentence before may carry the topic ("About the refund: it went out today."). */
  neighbour?: boolean;
  /** Words a sentence must add to the question's own to answer it by its topic alone. */
  newWords?: number;
}

/** Is one part of an ask answered by the reply's sentences? */
export function partAnswered(part: AskPart, sentences: readonly ReplySentence[], options: JudgeOptions = {}): boolean {
  return answeredBy(part, sentences, options) >= 0;
}

/** The index of the sentence that answers the part (-1: none; for "how", a list of steps anywhere may be it). */
export function answeredBy(part: AskPart, sentences: readonly ReplySentence[], options: JudgeOptions = {}): number {
  const extra = options.related;
  const rs = sentences.map(read);
  // A "when" is not about its own date words ("Monday's session" is not answered by "Glad Monday went well").
  const focus = part.type === 'when' ? part.focus.filter((f) => !TIME_STEM.test(f) && !/^\d/.test(f)) : part.focus;
  const need = focus.length <= 3 ? 1 : 2;
  // The topic of the ask, said in this sentence or the one before it ("About the refund: it went out today.").
  const neighbour = options.neighbour ?? true;
  const aboutMin = focus.length <= 3 ? 1 : (options.aboutMin ?? 1);
  const own = rs.map((r) => topicHits(focus, r.topic, extra));
  const hits = (i: number) => Math.max(own[i]!.n, neighbour && i > 0 && !rs[i - 1]!.empty ? Math.min(1, own[i - 1]!.n) : 0);
  const about = (i: number) => hits(i) >= aboutMin;
  // A sentence that says more than the question's own words (a restatement says only those).
  const askStems = new Set(contentStems(part.text));
  const says = (i: number) => sentences[i]!.stems.filter((x) => !askStems.has(x)).length >= (options.newWords ?? 3);
  const mostly = (i: number) => hits(i) >= need && says(i);
  // A question of fact answered by its topic alone needs one of its own words, not just a word of its cluster.
  const inOwnWords = (i: number) => own[i]!.same >= 1 || own[i]!.n >= 2;
  for (let i = 0; i < rs.length; i++) {
    const r = rs[i]!;
    if (r.empty || r.question) continue;
    switch (part.type) {
      case 'why':
        if (r.cause && (about(i) || part.focus.length === 0 || !rs.some((x, j) => j !== i && x.cause))) return i;
        // An explanation on the topic without a word of cause: "Week three is the 40-minute module, and most people drop off in it."
        if (hits(i) >= 2 && !r.promise && !r.done && !APOLOGY.test(sentences[i]!.text)) return i;
        break;
      case 'when':
        // "You'll have it by Thursday": a dated step with hardly a word of its own is about the thing asked;
        // "I will send the order form by Friday" is about something else.
        if (r.time && (about(i) || ((r.done || r.promise) && sentences[i]!.stems.length <= 3))) return i;
        if (r.done && mostly(i)) return i;
        break;
      case 'yesno':
        if ((r.polar || r.refusal || r.done || r.promise) && about(i)) return i;
        if (mostly(i) && !APOLOGY.test(sentences[i]!.text)) return i;
        break;
      case 'request':
        if ((r.done || r.refusal || r.promise || r.time) && about(i)) return i;
        break;
      case 'how':
        if ((r.steps || r.done || r.promise || r.refusal) && about(i)) return i;
        if (mostly(i)) return i;
        break;
      case 'what':
        if ((mostly(i) && inOwnWords(i)) || (hits(i) >= 2 && (r.done || r.refusal || r.time || /\d/.test(sentences[i]!.text)))) return i;
        break;
    }
  }
  // "How do I…?" answered by a list of steps anywhere, on its topic.
  if (part.type === 'how' && rs.some((r) => r.steps) && rs.some((_, i) => about(i))) return rs.findIndex((r) => r.steps);
  return -1;
}

/** The verdict on one ask: answered, or not, and if partly, which part is missing. */
export interface Verdict {
  answered: boolean;
  /** For an ask of two parts answered in one: the part left unanswered. */
  missing?: AskPart;
}

export function judge(point: QuotedPoint, sentences: readonly ReplySentence[], options: JudgeOptions = {}): Verdict {
  // A number the customer gave (an order, an invoice), said back in a sentence that answers something.
  const rs = sentences.filter((s) => !read(s).empty);
  const numbered = point.numbers.some((n) => n.length > 2 && rs.some((s) => s.text.includes(n) && (read(s).done || read(s).refusal || read(s).time || read(s).promise)));
  const parts = point.parts ?? [{ text: point.text, type: point.type, focus: point.focus }];
  const open = parts.filter((p) => !partAnswered(p, sentences, options));
  if (open.length === 0 || (numbered && parts.length === 1)) return { answered: true };
  if (open.length < parts.length) return { answered: false, missing: open[0]! };
  return { answered: false };
}

/** Reads a free text (a test's or the evaluation's) into reply sentences. */
export function replySentences(texts: readonly string[]): ReplySentence[] {
  return texts.map((text) => ({ text, stems: contentStems(text) }));
}
