import { contentStems, stem } from './text';
import { compile } from './match';
import { BOASTS, HEDGES } from './lexicon/phrases';
import { saysPrevention } from './owning';
import { describesUs, praisesUs, statesWhatWeOffer } from './self-description';
import { phraseStems, relation } from './lexicon/concepts';
import { BARE_FOLLOW, LIST_MARK, listMark, type AskPart, type QuotedPoint } from './listening';

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
  /** An apology, a thank-you or a restatement with nothing else: it names what it acknowledges, and answers none of it. */
  ack: boolean;
  /** Apologises or thanks, whatever else it says. */
  acknowledging: boolean;
  cause: boolean;
  /** A cause said weakly (", so…", "the wrong…"): it answers a "why" only on its topic. */
  weakCause: boolean;
  time: boolean;
  polar: boolean;
  /** Opens by answering ("Yes, …", "You're right…"): what answers a yes/no or a request that refers back. */
  opener: boolean;
  /** Says the ask back ("You asked whether…"), whatever else it says. */
  restates: boolean;
  done: boolean;
  promise: boolean;
  refusal: boolean;
  steps: boolean;
  /** The sentence is itself a question (asking back is not answering). */
  question: boolean;
  /** Words of a vague time or promise ("shortly", "we're looking into it"), with a date or without. */
  vagueWords: boolean;
  /** Talks round what it names: "it depends on the type", "we take privacy extremely seriously" (EVASIVE). */
  evasive: boolean;
  /** Talks round what it names or puts it off, and gives no yes or no, cause, time, refusal or steps (put-off checks). */
  saysNothingOn: boolean;
  /** The sentence from its first word of substance: after a list mark and a greeting ("Hi Lee, absolutely." → "absolutely."). */
  lead: string;
  /** Opens with its yes or no ("Yes, …", "Good news: it is —", "We don't."). */
  polarLead: boolean;
  /** A yes or a no said of the thing asked, naming nothing else ("Arriving close to midnight is no problem at all."): with
   * polarLead, what answers the yes/no question of its rank; not "No customer payments were affected". */
  yesOrNo: boolean;
  /** The times it names ("Monday", "within 3 days"), lower-cased. */
  times: string[];
}

// A cause, said any way: "because…", "due to…", "a certificate expired and…", "the retry job fired twice".
const CAUSE = /^(?:when|after|once|as soon as) [^,.;]{5,100}?\b(?:was|were|went|got|came|ran|broke|changed|moved|updated|switched|failed|expired|dropped)\b[^,.;]{0,60}, (?:the|our|your|their|it|we|they|this|that|every|each|all) |^so (?:the|our|your|it|we|they|this|that|every|each|all|he|she)\b|\b(?:(?:is|are|was|were) (?:the|our|a|an) (?:[\w-]+ ){0,3}(?:uplift|indexation|inflation (?:rise|increase|adjustment)|annual (?:increase|rise|adjustment))\b|(?:that|this|which)(?:['’]s| is| was) why|(?:is|are|was|were|comes? (?:down )?to|came (?:down )?to) (?:two|three|a few|several|a couple of) (?:things|reasons|factors|changes)|(?:two|three|a few|several|a couple of) (?:things|reasons|factors|changes) (?:are|were) behind|(?:is|are|was|were) (?:what(?:['’]s| is| was) )?(?:driving|behind) (?:the|this|that|it|your)\b|there (?:are|were) (?:two|three|a few|several) (?:reasons|causes|factors)|because|caused|causing|due to|the cause|root cause|the reason|reason (?:is|was)|(?:which|that)(?:['’]s| is| was) (?:how|why) (?:it|they|this|that|the|we|you)\b|(?:increase|rise|difference|change|jump|extra|bill|premium|price) breaks down (?:like this|as follows|into)|(?:most|much|all|half|part) of it (?:is|was|comes? from|came from|is down to)\b|, so (?:we|i|it|they|the pharmacy|the system) (?:needed|had to|couldn['’]t|could not|didn['’]t|did not|weren['’]t|wasn['’]t|were unable|was unable|held|stopped)\b|(?:which|this|that|it) (?:usually |normally |typically |often |almost always )?means (?:the|your|a|an|that)\b|(?:raised|increased|put up|lifted) (?:its|their|our|the) (?:[\w-]+ ){0,2}(?:price|prices|rate|rates|fee|fees|tariff|tariffs|cost|costs)\b|turned out|(?<!\b(?:it|they|that|which|you|we|i|he|she) )(?:came|comes) from|stems? from|(?:reflects|reflected|is driven by|was driven by|is down to|was down to|comes down to|came down to)\b|traced (?:it|this|the)|(?:was|were|got|been) (?:stopped|blocked|flagged|declined|held|frozen|suspended|rejected|paused) by (?:our|the|a|an)\b|(?:this|it|that)? ?happen(?:s|ed)? (?:when|if|whenever)|happened because|went wrong|was triggered|triggered by|(?:a|an|the|our) (?:bug|glitch|misconfiguration|error|mistake|typo|fault|defect|regression|race condition)\b|(?:expired|failed|crashed|broke|overloaded|timed out|ran out|dropped|misfired|corrupted|rejected|double-fired|fired twice|was misconfigured|was mislabell?ed|was mis-?keyed|was never (?:actually |properly |even )?(?:sent|applied|processed|updated|triggered|submitted|filed|booked|entered|logged|picked up|passed on|released|scheduled|ordered)|got stuck|stalled|skipped|missed)\b|since (?:we|the|our) (?:changed|updated|migrated|moved|switched|released)|(?:is|are|was|were) (?:our|the) (?:busiest|peak) (?:time|period|hours?)|(?:running|runs|run|is|are|was|were) (?:near|at|over) (?:full )?capacity|congest(?:ed|ion)|accounts? for (?:almost |nearly |most|much|all|the|about|over|half)|accounted for|(?:is|was|are|were) (?:all |mostly |entirely )?down to|(?:has|have|had) nothing to do with|(?:is|was|isn['’]t|wasn['’]t|is not|was not) (?:the|a) (?:main |real |big |only )?(?:driver|reason|cause)\b|too (?:narrow|small|large|big|heavy|wide|low|high|busy|full|late|short|long|old|slow|far|weak) (?:for|to)\b(?! (?:say|tell|know)\b)|(?:most|much|all|half|part) of (?:the|that|this) (?:increase|rise|difference|extra|change|jump|delay|cost) (?:is|was|comes|came)|(?:was|were|got|had been) (?:set|entered|loaded|keyed|applied|sent|charged|billed|coded|calculated|worked out|mapped|configured|posted|shipped|booked)\b[^.;!?]{0,80}\binstead of\b)/i;
// A cause said as what led to the thing asked about: "Turkey isn't in the roaming zone, so data there is charged at £6 per MB",
// "he checked the car against the wrong sheet". Weak: it answers a "why" only in a sentence about its topic.
const WEAK_CAUSE = /\bthe wrong\b|\b(?:to|in order to) (?:protect|prevent|guard|stop fraud|comply)\b|,\s+so\s+(?!(?:you|we|i)(?:['’]ll| will| can| could| won['’]t| don['’]t| need)\b)(?:the|your|our|their|it|its|this|that|they|there|nobody|no one|anyone|everyone|anybody|everybody|we|you|i|he|she|data|[a-z]+s)\b/i;
const STRONG_CAUSE = /\b(?:(?:that|this|which)(?:['’]s| is| was) why|because|due to|the cause|root cause|the reason|turned out|(?<!\b(?:it|they|that|which|you|we|i|he|she) )came from|caused by)\b/i;
// A time or date: "Tuesday", "within 48 hours", "by end of day Thursday", "first thing Monday", "in two weeks", "Q1".
const TIME = /\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|week|month|quarter)|next (?:week|month|quarter|year|monday|tuesday|wednesday|thursday|friday)|end of (?:the )?(?:day|week|month|quarter)|eod|eow|first thing|(?:mon|tues|wednes|thurs|fri|satur|sun)day|within (?:\d+|one|two|three|four|five|a|an|the next)\b|in (?:\d+|one|two|three|four|five|a few|a couple of) (?:business |working )?(?:minutes?|hours?|days?|weeks?|months?)|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|a few|a couple of|several) (?:(?:to|or|-) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty) )?(?:business |working |calendar )?(?:days?|hours?|weeks?|minutes?|months?|years?)|straight away|right away|immediately|(?:a|one) (?:week|day|month) and a half|(?:half|an?) (?:hour|day|week|month)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:early|mid|late|end of) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|q[1-4]\b|\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\d{1,2}:\d{2}\b|\d{4}-\d{2}-\d{2}|already|just now|this release|next release|yesterday|last night|last week|earlier today|an hour ago|this morning)\b/i;
const TIMES = new RegExp(TIME.source, 'gi');
// Vague time: "soon", "shortly", "as soon as possible" is not a time.
const VAGUE = /\b(?:as (?:soon|quickly) as (?:we|i)(?:['’]re| are|['’]m| am) able|(?:we|i)(?:['’]re| are|['’]m| am) on it|look(?:ing)? into|(?:get|come|circle) back to you|pull together|go through (?:them|it|this|that|the options)(?: together| with you)?|let(?:['’]s| us) (?:grab|find|set up a|book a)|find something that|(?:talk|chat) (?:it|this|that) through|investigat\w*|check(?:ing)? (?:with|on|into)|circle back|as (?:soon|quickly|fast) as (?:possible|we can|i can|they can|it can|i know|we know)|shortly|in the coming (?:days|weeks|months)|soon(?! as (?:you|they|it|we|the|your|our|i)\b)|asap|in due course|at some point|down the (?:road|line)|(?:happy|glad|delighted) to (?:discuss|chat|talk|walk|go over|cover)|let(?:['’]s| us) (?:discuss|chat|talk|cover|go over)|(?:on|over|during) (?:a|our|the next) (?:(?:quick|short|brief) )?(?:call|chat|meeting)|hop on a call|more (?:on|about) (?:that|this) (?:later|soon)|(?:we|i)(?: will|['’]ll) (?:see|explore|consider) (?:what|who|if|whether|how)|follow up (?:with|on) (?:those|that|this|it|them)|pass(?:ing)? (?:it|this|that|them|your (?:\w+ ){0,2}(?:note|request|feedback|idea|suggestion|comments?)) (?:along|on) to|at the earliest(?! (?:on|by|in)\b)|(?:share|say|tell you|let you know) more (?:(?:about|on) (?:[\w-]+ ){1,5})?(?:when|once|as soon as) (?:we|i) can|(?:is|are) progressing|keep(?:ing)? you (?:posted|updated|informed|in the loop|in the picture)|keep(?:ing)? (?:a close |an )?eye on|(?:are|is|am)(?: still| now)? working on (?:it|this|that|the (?:problem|issue|fix))|(?:will|['’]ll) update you (?:as soon as|when|once)|(?:be|get) in touch (?:if|when|once|as soon as) (?:anything|there)|passed (?:it|this|that|them|your (?:\w+ ){0,2}(?:note|request|feedback|email|message|comments?|query|question)) (?:on )?to (?:our|the|my) (?:\w+ ){0,2}(?:team|department|manager|colleagues?)(?:,? (?:who will|for (?:review|consideration))| so (?:that )?(?:they|he|she|someone) can (?:review|look|check|investigate|consider)|(?=[.!]?$))|noted your (?:request|question|comments?|feedback)|(?:forwarded|passed|sent|referred|escalated) (?:(?:it|this|them|your (?:[\w-]+ )?(?:request|inquiry|enquiry|query|case|ticket|concern|email|message)) )?(?:on )?to (?:our|the) (?:[\w-]+ ){0,2}(?:team|department|specialists?|colleagues?|unit|desk) for (?:review|investigation|verification|consideration|further (?:review|investigation|verification|checks)))\b/i;
// The stems of days, months and parts of the day.
const TIME_STEM = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)dai|january|february|march|april|may|june|july|august|september|october|november|december|todai|tomorrow|tonight|morn|afternoon|even|week|month|year|weekend|soon|fast|quick|quickli)$/;
// A time something is due by ("by Friday", "tomorrow"), which turns "I'll look into it" into a dated step; "15 minutes" is not one.
const DEADLINE = /\b(?:today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|end of (?:the )?(?:day|week|month)|eod|\d{1,2}(?::\d{2})?\s*(?:am|pm)|\d{1,2}:\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}|\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|within (?:\d+|one|two|three|four|five|six|seven|ten|a|an|a few|a couple of) (?:business |working )?(?:hours?|days?))\b/i;
// A yes or a no: "Yes —", "We do", "Not yet", "Afraid not", "It doesn't".
const POLAR = /\b(?:is|are|['’]s|would be|will be) (?:absolutely |completely |totally |really )?(?:no problem|not a problem|no issue|fine|okay|ok)\b(?! (?:to|for)\b)|\b(?:is|are) (?:very |more than |always )?(?:welcome|allowed|permitted|accepted)\b|\bwe (?:happily |gladly |also )?(?:take|accept|allow)\b|(?:^|[.;:!—–-]\s*)(?:yes|yep|yeah|no|nope|not yet|not quite|not exactly|not at the moment|not currently|absolutely|definitely|certainly|of course|correct|indeed|afraid not|sure(?= *[—–,.!:;-])|unfortunately|sadly|good news|short answer)\b|(?<!\b(?:how|what|whatever|however|wherever|whenever) (?:[\w-]{1,20} )?)\b(?:we|it|you|they|that|this|there|i|he|she|both|all|each) (?:do|does|did|can|will|is|are|was|were|have|has)(?:n['’]t| not)?\b(?![ -](?:you|we|i)\b)|\b(?:we|it|you|they|that|this|there|i) (?:never|don['’]t|doesn['’]t|can['’]t|cannot|won['’]t|isn['’]t|aren['’]t|haven['’]t|hasn['’]t|didn['’]t)\b|\b(?:we|i)(?:['’]re| are| am|['’]m) (?:not|unable)\b|\b(?:isn['’]t|aren['’]t|wasn['’]t|weren['’]t|doesn['’]t|don['’]t|won['’]t|didn['’]t|hasn['’]t|haven['’]t|(?:is|are|was|were|does|do|did|has|have|will) not)\b|\b(?:is|are) (?:included|supported|available|covered|possible|compatible)\b|\bthere(?:['’]s| is| are)(?: no| nothing)?\b|\b(?:no need|nothing (?:on|you|to|needs?|else)|none of|not (?:all|every|each|quite all) (?:of )?(?:them|the|these|those|our|your|\w+s)\b)\b|\bout of the box\b|\bworks? (?:with|for|fine|natively|out)\b|\b(?:you(?:['’]re| are)|that(?:['’]s| is)) (?:quite |absolutely |completely |entirely )?(?:right|correct)\b/i;
/** A deed of ours: "I've reset it", "we have refunded", "attached is…". */
const OUR_DEED = /\b(?:i|we)(?:['’]ve| have|['’]d| had)? (?:(?:just|already|now|personally|also) ){0,2}(?:\w+ed|sent|made|put|set|done|taken|given|written|run|built|issued|refunded|found|got|paid|shipped|sent|fixed|reset|cancell?ed|closed|removed|deleted|credited|reversed|applied|added|upgraded|updated|moved|booked|scheduled|escalated|attached|forwarded|resent|re-?sent)\b|\b(?:attached|enclosed|here (?:is|are)|here['’]s|please find)\b/i;
// Done: "I've reversed the payment", "your order is on its way", "the fix is live", "attached is the invoice".
const DONE = new RegExp(String.raw`\b(?:i|we) did (?!not\b|n['’]t\b)[a-z]+\b|${OUR_DEED.source}|\b(?:has|have|was|were|is|are)(?: now| just| already| been)* (?:(?!(?:designed|built|made|intended|meant|tailored|optimi[sz]ed|geared|aimed|suited|known|trusted|loved|used|based|focused|dedicated|committed|excited|pleased|delighted|thrilled|proud|interested|concerned|located|situated|positioned|considered|regarded|recogni[sz]ed|rated|ranked|praised|relied)\b)\w+ed|sent|done|made|paid|shipped|fixed|reset|closed|removed|deleted|credited|reversed|applied|added|upgraded|updated|live|back|ready|on its way|on the way|in place|resolved|restored)\b|\b[a-z]+['’]s (?:now |just |already |been )*(?:booked|scheduled|sent|shipped|fixed|done|sorted|arranged|confirmed|ready|on (?:its|the) way)\b|\b(?:below (?:is|are)|on its way|went out|is live|are live|back up|working again|up and running)\b`, 'i');
// Promised: "I'll send it over", "we will refund", "you'll get a new unit".
const PROMISE = /\b(?:i|we|you)(?:['’]ll| will| shall|['’]re going to| are going to|['’]m going to| am going to)\b|\b(?:will|is going to|(?:it|they|this|that|these|those)['’]ll) (?:be|arrive|ship|go|land|show|reach|appear|start|run|come)\b|\b(?:i|we)(?:['’]m| am|['’]re| are) (?:sending|issuing|refunding|shipping|booking|setting|adding|putting|arranging|processing|cancell?ing|upgrading|moving|scheduling|escalating|replacing)\b|\b(?:i|we) can (?:do|offer|give|send|set|move|extend|add|refund|credit|waive|switch|arrange|book|take|include|support|provide|honou?r|match|start|have)\b|\bcan (?:be(?! (?:(?:so|very|really|quite|a bit|a little|incredibly|extremely) )?(?:frustrating|annoying|stressful|confusing|difficult|upsetting|disappointing|tricky|hard|worrying|overwhelming|a pain|a hassle|a worry)\b)|start|go)\b|^(?:and |but |or )?if you(?:['’]d| would)?(?: also)?(?: rather| prefer| like| want)\b/i;
// A no with its reason: "we can't refund annual plans after 30 days because…", "that's not something we offer".
const REFUSAL = /\b(?:(?:we|i) (?:only|don['’]t|do not|never|won['’]t|will not|can['’]t|cannot) (?:share|give|provide|quote|discuss|release|send|publish) (?:out )?(?:our |any |a |an |you a )?(?:(?:monthly|annual|yearly|firm|fixed|final|exact|ballpark|rough) )?(?:pricing|prices?|quotes?|rates?|figures?|numbers?|costs?|fees?)\b(?: (?:after|once|until|before|unless|over|on|by))?|(?:isn['’]t|is not|aren['’]t|are not) (?:one|something|a thing) (?:that )?(?:we|i)(?:['’]re| are|['’]m| am) able to|can['’]t|cannot|can not|won['’]t be able|unable|not able|aren['’]t able|isn['’]t able|no longer|not possible|isn['’]t possible|not something we|(?<!\b(?:you|they|he|she|it|still|yet|who|customers|people|members|staff) )don['’]t (?:offer|support|have|provide|do)|doesn['’]t (?:support|offer|include)|(?:we|i)(?:['’]m| am|['’]re| are) afraid|have to (?:decline|say no)|not in a position|(?:i|we)(?:['’]d| would) rather not|(?:we|i) (?:can|are able to|am able to) only (?:invoice|bill|ship|deliver|accept|offer|quote|charge|issue|take|send)|(?:we|i) only (?:invoice|bill|ship|deliver|accept|charge|issue)|(?:^|,\s)(?:rather than|instead of) [a-z]+ing)\b/i;
// Steps: "Go to Settings, click Invite", a numbered list. After a line break only spaces that are no line
// break ([^\S\n]): the last break of a run is where a step starts, so this finds what "\n\s*" found, without
// trying every break of a long run of them (quadratic).
const STEPS = /(?:^|[.:;!?,]\s+|\bthen\s+|\n[^\S\n]*(?:\d+[.)][^\S\n]*|[-*•][^\S\n]*)?)(?:go to|open|click|tap|select|choose|press|enter|type|navigate to|head to|under|in (?:the )?settings|from the \w+ menu|log in|sign in|visit|use the|switch (?:it |them |the [\w-]+ (?:[\w-]+ )?)?(?:off|on)|turn (?:it |them |the [\w-]+ (?:[\w-]+ )?)?(?:off|on)|unplug|restart|reboot|hold down)\b/i;
/** Does the sentence give steps ("Go to Settings, click Invite", a numbered list)? A run of white space with a line break in it counts as one break. */
/** "You'll find it under Documents": where to go, said as where it is. */
const FIND_IT = /\b(?:you['’]ll|you will|you can|you(?:['’]ll| will) be able to) (?:find|see|download|get to) (?:it|them|this|that|those|these|the [\w-]+|your [\w-]+) (?:under|in|on|at|from)\b|\byou can (?:[\w-]+ ){1,4}?(?:in|from|under|via|through) (?:the|your|our) (?:app|portal|dashboard|account|settings|website|site|online account|customer area)\b/i;
export function hasSteps(text: string): boolean {
  return STEPS.test(text.replace(/\s+/g, (run) => (run.includes('\n') ? '\n' : run))) || FIND_IT.test(text);
}
const APOLOGY = /\b(?:sorry|apologi[sz]e|apologies|apology|regret|should(?:n['’]t| not) have happened)\b/i;
const SHOULD_NOT = /\bshould(?:n['’]t| not) have happened\b/gi;
/** What we failed to do, said in an apology ("I'm sorry we missed Tuesday's meeting"): no deed. */
const OUR_FAILING = /\b(?:we|i)(?: have| had|['’]ve|['’]d)? (?:missed|forgot|forgotten|failed to|overlooked|lost|let you down|dropped the ball)\b|\b(?:we|i) (?:should|ought to)(?:n['’]t| not)? have [a-z]+\b|\b(?:we|i) (?:haven['’]t|have not|hadn['’]t|had not|didn['’]t|did not) (?:yet )?(?:sent|sent over|shared|got back|gotten back|replied|responded|answered|followed up|called|been in touch)\b|\b(?:we|i) (?:don['’]t|do not) have (?:it|that|this|them|one) (?:to hand|with me|on hand|handy|right now|at the moment)\b|\b(?:wasn['’]t|was not|weren['’]t|were not) (?:in|included in|attached to|part of|with)\b[^.;:!?]{0,80}/gi;
/** "Sorry for any inconvenience caused by this morning's service": what the harm came from names the fault, not its cause ("the delay caused by a courier strike" does). */
const RATE = /(?:(?<![\d,.])\d[\d,.]*%?|[£$€]\s?\d[\d,.]*)(?:\s[a-z]{1,20})?\s(?:a|an|per)\s(?:hour|day|week|month|year)\b/gi;
/** A day gone by, as an apology names it. */
const WHEN_IT_WENT_WRONG = /\b(?:last (?:night|week|month|year|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|yesterday|earlier (?:today|this week)|over the weekend)\b/gi;
const HARM_CAUSED = /\b(?:inconvenience|disruption|frustration|distress|upset|trouble|hassle|worry|stress|anxiety|confusion|annoyance|difficulty|difficulties)(?: (?:this|that|it|which))?(?: (?:has|may have|might have|will have|have))? caused(?: by)?\b/gi;
// The harm an apology names ("for any inconvenience it has caused", "the confusion this created"): no deed of the writer's.
const HARM_DONE = /\b(?:it|this|that|which|they)(?: has| have| may have| might have| will have|['’]s)? (?:caused|created|brought)\b/gi;
// Sorry not to help more ("Apologies that I can't be more helpful"): no refusal with its reason.
const NO_MORE_HELP = /\b(?:can['’]t|cannot|couldn['’]t|unable to|not able to) (?:be (?:of )?(?:more|much|any more|further) help(?:ful)?|help (?:more|further)|do (?:more|much more|any more))\b/gi;
const THANKS = /^(?:(?:and|also|so|but)\s+)?(?:i|we) (?:completely |totally |fully |really |do )?(?:understand|appreciate|know|hear|realise|realize) (?:how|that|why|what)\b(?=[^.;!?]{0,60}\b(?:frustrating|annoying|stressful|confusing|difficult|upsetting|disappointing|worrying|important|matters?|inconvenient|a pain|a hassle|concern)\b)|^(?:(?:and|also|so|but)\s+)?(?:thanks|thank you|many thanks|i appreciate|we appreciate|appreciate|great|good) (?:\w+ ){0,3}(?:for|you)\b|^(?:great|good|excellent|fair) question\b|^(?:(?:and|also|but)\s+)?(?:many |huge |warm |belated )?(?:congratulations|congrats) (?:on|to|for)\b/i;
// Talk about the ask that answers none of it: how much it matters, how often it is asked, that it depends
// ("Keeping your existing numbers matters a lot to a practice like yours", "Per-user cost is usually the first thing
// practices ask about", "Whether to add a battery now is something a lot of our customers are weighing up").
const ABOUT_IT = /\b(?:(?:it['’]s|that['’]s|this is|which is|it is|that is) (?:a |an )?(?:very |really |entirely |completely |perfectly )?(?:sensible|good|great|fair|smart|reasonable|valid|excellent|wise) (?:thing|question|point|idea|ask|request|concern|one)\b|(?:is|are) (?:really |very |so |hugely |incredibly |absolutely )?(?:important|key|essential|vital|crucial) (?:for|to) (?:getting|making|success|achieving|any|every)\b|matters? (?:a lot|so much|hugely|enormously|to (?:you|a (?:practice|business|team|company)))|(?:is|are|it['’]s) (?:really |very |so |always )?(?:important (?:to|for) (?:you|us|him|her|them|your (?:\w+ )?(?:team|board|director|manager|boss|business|company))\b|a (?:real )?priority|a deal-?breaker|a big deal|a common (?:question|concern))|(?:is|are|it['’]s) (?:at the )?top of (?:our|my) list|(?:is|are) something (?:that )?(?:a lot of|many|most|plenty of) (?:of )?(?:our )?(?:customers|clients|people|practices|teams|businesses)|(?:is|are) usually the first thing|first thing (?:most )?(?:people|customers|clients|practices|teams) ask|(?:really |all )?depends on (?:your|the|a few) (?:circumstances|situation|needs|set-?up)|depends on (?:the )?(?:terms|details|specifics|type|kind|level|wording|small print) of (?:your|the)|i know (?:you['’]d|you would) (?:want|like|prefer)|i know (?:how (?:much|important)|that (?:this|it) (?:matters|is important))|(?:is|are) a deal-?breaker for you)\b/i;
// "You asked…" says the ask back; "the screws you asked us to supply" names a thing (after a noun, as "you mentioned").
const RESTATE = /\b(?:(?<!\b(?:the|a|an|that|this|those|these|your) [\w-]+ )(?<!\b(?:the|a|an|that|this|those|these|your) [\w-]+ [\w-]+ )you(?:['’]ve| have)?(?: also| just)? ask(?:ed|ing)|you(?:['’]re| are)(?: also)? asking|(?:right|fair) to ask|you (?:also )?(?:wanted|want) to know|you(?:['’]d| would) like to know|you(?:['’]re| are) (?:wondering|curious)|your question|regarding your (?:question|request|query|email)|as for your (?:question|request)|(?:great|good|fair|excellent|reasonable|important|valid) (?:questions?|points?|things? to (?:ask|want))|i (?:completely |totally |fully |absolutely )?understand(?: that)? (?:you|wanting|why)|you(?:['’]d| would) like\b|(?<!\b(?:the|a|an|that|this|those|these|your) [\w-]+ )(?<!\b(?:the|a|an|that|this|those|these|your) [\w-]+ [\w-]+ )you mentioned|(?<!\b(?:the|a|an|that|this|those|these|your) [\w-]+ )you raised|you(?:['’]re| are) looking for|you(?:['’]re| are|['’]d be| were) (?:after|keen (?:on|to know)|interested in)|(?:want|need) to understand|i hear you (?:on|about)|(?:so )?you(?:['’]re| are) looking at(?! (?:roughly|about|around|approximately|between|under|over|up to|just|only|something like|[£$€¥₹]|R ?\d|\d))|understood\s?[—–,:-]\s?(?:the|your)|i can see (?:that )?you(?:['’]d| would) like|(?:and )?that you need to know|i understand (?:that )?(?:management|the board|your (?:[\w-]+ )?(?:team|board|manager|finance|boss|cfo|ceo))\b|you(?:['’]re| are) (?:quite |absolutely |completely )?right (?:that|about)|^noted(?: that|,|:))\b/i;

// Hedges and fillers, which say nothing of their own (stems).
const HEDGE_STEMS = new Set(['mayb', 'perhap', 'possibl', 'think', 'guess', 'just', 'realli', 'actual', 'basic', 'sort', 'kind', 'probabl', 'hopefulli', 'somewhat', 'feel']);
// The words of "how long will it take", which say nothing of what is asked about.
const HOW_LONG = new Set(['long', 'take', 'until', 'time', 'expect', 'likely', 'roughli', 'usual', 'normal', 'typic']);
// A sentence that opens with its yes or no ("Not quite: …", "Yes, and …") answers the yes/no question it names.
/** Stems of a request that asks for nothing in particular: help, to be taken seriously, sorted, dealt with. */
/** "What went wrong?", "Why did this happen?": a "why" with no topic of its own, which any account of a cause answers. */
const WHY_WORDS = new Set(['wrong', 'happen', 'caus', 'reason', 'problem', 'issu', 'fault', 'occur', 'explain', 'keep']);
const ANYTHING = new Set(['help', 'assist', 'taken', 'take', 'serious', 'sort', 'fix', 'resolv', 'deal', 'handl', 'someth', 'anyth', 'urgent', 'urgentli', 'immedi', 'asap', 'now', 'advic', 'advis', 'support', 'check', 'revert', 'look', 'investig', 'review']);
/** "Is there anything you can do?", "What now?", "What happens next?": asks for whatever is done or promised. */
const WHAT_NOW = /^(?:(?:and|so|but)[, ]+)?(?:(?:is|are) there (?:anything|something) (?:(?:else )?(?:that )?(?:you|we|i) (?:can|could) do|(?:you|we) can do)|(?:can|could) (?:you|anyone|someone) do (?:anything|something)|what (?:(?:can|should|do|must) (?:i|we) do (?:now|next|about (?:it|this|that)|in the meantime)|now|next|happens (?:now|next)|are (?:my|our) options|can (?:you|be) do(?:ne)?|(?:(?:are|were) you (?:going to|planning to|gonna)|(?:will|would) you|do you (?:plan|intend|propose) to) do(?! (?:to|for)\b)|(?:do|should|can|must) (?:i|we) do(?=[?.!]*$)))\b/i;
// An ask for a person, and a sentence that names one (a first and last name, "I'm your contact", "Daniel from our
// relocations team", "Daniel will call you").
const THEIR_DEADLINE_ASK = /\bwhen (?:do|should|must|will|would) (?:i|we) (?:need to|have to|be expected to|be required to)\b|\bby when (?:do|should|must|will) (?:i|we)\b|\bwhen (?:do|should|must) (?:i|we) [a-z]+ (?:[\w-]+ ){0,4}?by\??$/i;
const THEIR_STEP = /^(?:please|just)\b|\b(?:please|you(?:['’]ll| will)? need to|you(?:['’]ve| have)(?: got)? until|you should|you must|(?:must|needs? to|has to|have to) be (?:\w+ed|sent|paid|back|returned|done|in)\b|no later than)\b/i;
const WHO_USES = /\bwho (?:else )?(?:uses|is using|are using|use|works with|runs on|relies on|has bought|buys|has signed)\b|\bwhich (?:other )?(?:customers|clients|companies|firms|schools|hospitals|brands)\b/i;
const NAMED_USERS = /\b(?:including|such as|like|for example|e\.g\.)\s+\p{Lu}|(?<![\p{L}&'’-])\p{Lu}[\p{L}&'’-]{1,30}(?: \p{Lu}[\p{L}&'’-]{1,30}){0,3} (?:uses?|runs? on|relies on|works with|signed|bought) (?:it|us|our)\b/u;
/** A yes/no ask about what comes next for them: "Will I get my money back…?" (with FUTURE: a "will" in it). */
const WILL_I = /^(?:(?:and|so|but|also)[, ]+)?(?:will|would) (?:i|we)\b/i;
/** An ask to pick one of several ("Which one am I meant to pay?"), and one picked out ("The £98.15 one is correct"). */
const WHICH_ONE = /\bwhich (?:one|of (?:them|the two|these|those|the [\w-]+s))\b/i;
const ONE_PICKED = /\bthe (?:[^\s,;:!?]+ ){1,3}?one (?:is|was|you (?:should|need to))\b|\b(?:is|was) the (?:right|correct|valid) one\b/i;
const WHAT_TO_BRING = /\b(?:need|have|got) to (?:bring|send|provide|prepare|upload|show|sign|fill in|complete)\b[^?]{0,40}\b(?:anything|something)\b|\b(?:what|which) (?:[\w-]+ ){0,2}(?:do|will|would) you (?:need|want|require)\b|\bwhat (?:should|do|must) (?:i|we) (?:bring|send|provide|prepare)\b/i;
const BRING_THIS = /^(?:to (?:clear|release|unlock|verify|complete|process|approve) (?:it|this|that|them|the [\w-]+),? (?:please )?(?:upload|send|provide|attach|email)|just|only|simply|nothing|please bring|bring|you(?:['’]ll| will) need|(?:we|i)(?:['’]ll| will)? need|all (?:we|i) need)\b/i;
const CONTACT_VERB = /\b(?:contact|call|ring|phone|e-?mail|reach|speak to|talk to|write to)\b/i;
/** Whose a thing is: "it stays yours", "belongs to you", "we own…". */
const OWNER = /\b(?:owns?|owned|ownership|belongs?|yours|ours|theirs|rights?)\b|\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u;
/** A sentence that names who, as its subject: "We fix the first leak at no cost", "You keep the rights". */
const WHO_SUBJECT = /^(?:[\w-]+,\s+)?(?:we|you|they|i|he|she|our [\w-]+(?: [\w-]+)?|your [\w-]+(?: [\w-]+)?|the (?:freeholder|landlord|tenant|owner|customer|client|buyer|seller|supplier|manufacturer|installer|insurer))\b/i;
/** A line with a word in lower case: not a signature's title ("Senior Account Manager, CirrusBay"), which names no one. */
const NOT_A_TITLE = /\b[a-z]{3,}\b/;
const WHO = /(?:^|(?<=[,;:—–] {0,2}))(?:(?:and|also|so|but)[, ]+)?who\b|\b(?:tell me|know|confirm|let me know) who\b/i;
const PERSON = /\b\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+\b|\b(?:that|this)(?:['’]s| is| would be| will be|['’]d be|['’]ll be) me\b|\b(?:I['’]m|I am|I['’]ll be|I will be) (?:the|your) (?:right |best )?(?:person|contact|point of contact)\b|\b(?:I['’]m|I am|I['’]ll be|I will be|I['’]d be|I would be) your\b|\b(?:I['’]m|I am|I['’]ll be|I will be) (?:now |personally |also )?(?:handling|looking after|dealing with|managing|taking over|in charge of)\b|\bI(?:['’]ll| will) (?:personally )?(?:handle|look after|take over|deal with) (?:it|this|your)\b|\b\p{Lu}\p{Ll}+ (?:from|on|in|at) (?:our|the) [\p{L} ]{0,30}?team\b|\b\p{Lu}\p{Ll}+ (?:will|is going to|is) (?:call|email|contact|phone|ring|be in touch|handle|handling|set up|setting up|look after|looking after|take over|taking over)/u;
// A step that is itself a message ("I will send the order form by Friday", "I'll call you at 4"): dated, but the date of
// the message, not of the thing asked about.
const COMMS = /\b(?:send|sent|email|e-mail|call|ring|phone|update|confirm|let you know|get back|write|reply|forward|share|chase (?:it|them|this|that|up|the|your|our))\b/i;
// An ask for an amount ("what rate would we get?", "what's the minimum order quantity?", "how much is the deposit?"), and
// a sentence that gives one: a figure with its unit or currency, or "free" ("7.4% fixed", "batches of 20,000 units",
// "it won't cost anything extra").
const AMOUNT_ASK = /\b(?:how (?:much|many|long|big|far)|for free|free of charge|at no (?:extra )?cost|rates?|prices?|pricing|costs?|fees?|charges?|tariffs?|minimum|maximum|quantity|amount|limit|cap|deposit|premium|interest|apr|discount)\b/i;
const AMOUNT = /[£$€¥]\s?\d|\b(?:one|two|three|four|five|six|a) (?:months?|weeks?) (?:off|free)\b|\bhalf (?:price|off)\b|\b\d[\d,.]*\s?(?:%|percent\b|p\b|pence\b|cents?\b|dollars?\b|pounds?\b|euros?\b|units?\b|pallets?\b|seats?\b|users?\b|items?\b|pieces?\b|boxes\b|cases\b|kg\b|tonnes?\b|tons?\b|gb\b|tb\b|kwh\b|mwh\b|miles?\b|km\b|days?\b|weeks?\b|months?\b|years?\b|hours?\b|minutes?\b|mins?\b)|\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|hundreds of|thousands of)\s(?:people|persons|participants|attendees|members|employees|staff|guests|users|seats|licen[cs]es|accounts|devices|locations|sites|projects|admins|agents)\b|\bunlimited\b|\b(?:free of charge|no charge|at no (?:extra |additional )?cost|nothing extra|no (?:extra|additional) (?:cost|charge|price)|(?:won['’]t|doesn['’]t|will not|does not) cost (?:you )?(?:anything|a penny|a cent|extra))\b/i;
// An ask that sets its own time ("Can you send a technician today?", "I'd need them by Tuesday at the latest") is
// answered by what will be done and when ("Marko will be with you by 11:00", "The lorry's booked for Thursday morning"),
// in whatever words it names the thing.
const ASK_DEADLINE = /\b(?:today|tonight|tomorrow|this (?:week|morning|afternoon|evening)|(?:by|before|until) (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|the \d{1,2}(?:st|nd|rd|th)?)|immediately|right away|straight away|urgently|by (?:the )?end of (?:the )?(?:day|week))\b/i;
// When a thing was done, said of the past ("a release we shipped at 09:20 this morning"): no time it will be done by.
/** Thanks for what the customer told us: its dates are theirs. */
const THANKS_FOR_TELLING = /\bthank(?:s| you)(?: also| again)? for (?:letting (?:us|me) know|telling (?:us|me)|(?:the )?heads[- ]up|sharing|confirming|keeping (?:us|me) (?:posted|updated|informed))\b/i;
/** A step taken on a day gone by: "was approved on 3 March", "were dispatched on the 2nd". */
const PAST_DEED = /\b(?:was|were|has been|have been|had been) (?:[\w-]+ )?(?:\w+ed|sent|paid|made|done|taken|given) (?:on|at)\b/i;
const PAST = /\b(?:yesterday|last (?:night|week|month)|ago|earlier|this morning|at \d{1,2}[:.]\d{2})\b/i;
const HAPPENED = /\b(?:what happened|how did (?:this|that|it) happen|how (?:this|that|it) (?:happened|came about)|what went wrong)\b/i;
/** A "why" about a failure that is past ("why no one informed us", "why wasn't it switched on?"): what went on answers it. */
const WHY_FAILED = /\bwhy (?:no ?one|nobody|(?:was|were|did|had|has|have)(?:n['’]t| not)|(?:it|this|that|they|you|we) (?:was|were|did|had)(?:n['’]t| not))\b/i;
/** "Please explain the increase": an ask for an explanation, answered as a "why" is, or by what the thing is made of. */
const SWITCH_ASK = /\bwhy (?:would|should) (?:i|we|anyone|they) (?:switch|move|change|choose|pick|go with|use|buy from|sign with)\b|\bwhat (?:would|do|can|does) (?:you|your [\w-]+) (?:do|offer|give (?:us|me)|have) that (?:they|\p{L}+|\p{L}+ \p{L}+) (?:don['’]t|doesn['’]t|can['’]t|won['’]t)\b|\bwhat makes (?:you|your [\w-]+) (?:different|better)\b/iu;
/** The words of a switch ask itself: an ask that names nothing else is about the whole reply. */
const SWITCH_WORDS = new Set(['switch', 'move', 'chang', 'choos', 'pick', 'go', 'us', 'buy', 'sign', 'make', 'differ', 'better', 'offer', 'give', 'have', 'do']);
const OURS_DIFFERENT = /\b(?:where|how|what makes) (?:we['’]re|we are|us|our [\w-]+ (?:is|are)) (?:different|better)\b|\bunlike (?:them|\p{Lu}\p{L}+|other)\b|\b(?:mostly |usually |often )?(?:do it|switch|move) for\b|\b(?:don['’]t|wouldn['’]t|won['’]t|do not|would not) (?:need|have) to (?:switch|change|move|replace)\b|\bwe (?:sit|work|run) (?:alongside|beside|next to|on top of)\b/iu;
const PAY_ASK = /^(?:(?:and|also|so|but|oh|then)[, ]+)*(?:(?:do|will|would|should|shall) (?:i|we) (?:have|need) to pay\b|(?:is|will) there (?:be )?(?:an?y? )?(?:extra |additional )?(?:charge|cost|fee)s?\b|will (?:i|we) be charged\b)/i;
const IS_FREE = /\b(?:is|are|it['’]s|that['’]s) (?:completely |totally |entirely |also )?free\b(?! (?:to|from|for (?:you|them) to)\b| of (?!(?:cost|charge)\b))/i;
const WHATS_WRONG = /\bwhat(?:['’]s| is) (?:wrong|going on|happening|the (?:problem|issue))\b/i;
const EXPLAIN_ASK = /^(?:(?:and|also|so|but)[, ]+)?(?:(?:please|kindly|can you|could you|would you)\s+)*(?:explain|justify|break down)\b/i;
const NARRATIVE_TIME = /\b(?:yesterday|last (?:night|week|month)|this morning|earlier today|over the weekend|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|at \d{1,2}[:.]\d{2}|\d{1,2}(?::\d{2})?\s*[ap]m|(?:in|for (?:much|most|part) of|during|since|throughout) (?:january|february|march|april|may|june|july|august|september|october|november|december))\b/i;
const PAST_VERB = /\b(?:[a-z]+ed|was|were|had|went|took|left|came|sent|made|got|ran|broke|lost|fell)\b/i;
/** Fixed already: the past time beside it says when it came back, not when it broke. */
const BACK_NOW = /\b(?:restored|fixed|resolved|repaired|back (?:up|online|to normal|in service)|(?:working|flowing|running|syncing|loading|coming through|going through) again|up and running|reinstated|re-?enabled)\b/i;
/** "How long until it's fixed?", "When will it be back?": a time asked for the fault to end. */
const FIX_ASK = /\b(?:fixed|resolved|sorted|back|working|restored|up and running|running again)\b/i;
/** The fault's end asked about ("How long until it's fixed?"), and said as done in the sentence ("flowing again"). */
const fixedNow = (part: AskPart, text: string) => FIX_ASK.test(part.text) && BACK_NOW.test(text) && !FUTURE.test(text);
/** An ask about a thing named before it, by "that date", "this price", "the same slot" (not "this time", "this week": those are now). */
const ANAPHOR = /\b(?:that|this|those|these|the same) (?:date|slot|price|rate|figure|amount|quantity|volume|option|plan|room|venue|size|model)s?\b/i;
/** The reader has nothing to do: an answer to "how do we fix it?". */
/** "Do they need a packed lunch?", "Must I pay the return postage?": asks whether something is needed of them; and a sentence
 * that says nothing is ("so there's nothing to send from home", "there is nothing for you to print or pay"). */
const NEED_ASK = /\b(?:do|does|will|would) (?:i|we|they|he|she|you) (?:still )?(?:need|have) to\b|\b(?:whether|if) (?:i|we|they|he|she) (?:still )?(?:need|have|must) (?:to )?(?:be|bring|send|do|come|sign|pay|attend)\b|\b(?:do|does|will) (?:i|we|they|he|she|it) (?:still )?need\b|\bmust (?:i|we|they|he|she)\b|\b(?:is|are) (?:i|we|they|he|she) (?:required|expected) to\b|\b(?:is|are) (?:a|an|any) [\w-]+ (?:needed|required)\b/i;
const NOTHING_NEEDED = /\bno (?:[\w-]+ ){0,2}(?:needed|required|necessary)\b|\b(?:nothing (?:(?:else )?(?:you|they|he|she) (?:need|have) to |(?:else )?for (?:you|them|him|her) to |(?:else )?to )(?:send|bring|do|pay|print|sign|fill|buy|pack|book|arrange|provide)|no need (?:for (?:you|them|him|her) )?to|(?:you|they|he|she) (?:don['’]t|do not|won['’]t|will not) (?:need|have) to|(?:isn['’]t|is not|aren['’]t|are not|won['’]t be) (?:needed|required|necessary))\b/i;
const NO_ACTION = /\b(?:nothing (?:you need|for you|you have|you(?:['’]ll| will) need) to (?:do|change)|no need (?:for you )?to (?:do|change) anything|you (?:don['’]t|do not|won['’]t|will not) (?:need|have) to (?:do|change) anything)\b/i;
/** A "what" about a thing pointed at ("what that charge covers", "what this fee is for"). */
const POINTED = /\bwhat (?:[\w-]+ )?(?:is|was|are|were) (?:this|that|it|these|those) (?:about|for)\b|\bwhat (?:does|do|will|would) (?:the|this|that|your|our|my) (?:[\w-]+ ){0,2}(?:fee|charge|price|plan|package|tier|subscription|warranty|policy|cover|insurance|licen[cs]e|bundle|retainer)s? (?:cover|include|pay for|get (?:me|us))\b|\b(?:that|this|these|those) (?:charge|fee|line|item|amount|payment|cost|figure|entry|deduction|debit|number|code|message|error|email|letter|notice)s?\b/i;
/** A sentence that opens on the thing and says what it is ("That line is for…", "It covers…", "This fee pays for…"). */
const IT_IS = /^(?:that|this|these|those|it)(?: [\w-]+){0,2} (?:is|was|are|were|covers?|includes?|pays? for|comes? from|means?)\b|^the (?:[\w-]+ ){0,2}?(?:charge|fee|amount|payment|deduction|debit|line|item|cost|sum)s? (?:relates? to|is for|was for|covers?|comes? from)\b|^(?:that|this|it)['’]s\b/i;
/** What other customers do, said as the answer: "Many customers take a break over the summer". */
const OTHERS_DO = /^(?:(?:and|but|so|also)\s+)?(?:many|most|some|lots of|a lot of|plenty of|several) (?:of )?(?:our )?(?:other )?(?:customers|clients|people|users|members|guests|teams|businesses|companies)\b|\b(?:offer|offered|provide|provided|do|did|have done|set up) (?:it |this |that )?(?:to|for|with) (?:a number of|some|many|several|most|other|lots of|plenty of) (?:of )?(?:our )?(?:other )?(?:clients|customers|accounts|members|businesses|companies)\b/i;
/** An ask about what changed ("What changed?", "what's different now?", "what has changed since the update?"). */
const WHAT_CHANGED = /\bwhat(?:['’]s| has| is|['’]ve| have)? (?:changed|different|new)\b/i;
/** A sentence that says what changed: something added, removed, replaced or new ("adds a second step", "no longer shows"). */
const CHANGE_SAID = /\b(?:adds?|added|removes?|removed|replaces?|replaced|introduces?|introduced|switch(?:es|ed)?|moves?|moved|now (?:asks|requires|shows|has|takes|needs|sends|runs|uses)|no longer|instead of|(?:the|a) new|changed|dropped|renamed)\b/i;
/** A place named: "in Frankfurt", "at our Leeds depot", "from the Dublin office" (a "where" answered by its topic alone needs one). */
const PLACE = /\b(?:in|at|from|to) (?:the |our |your |a )?(?:[\w-]+ )?\p{Lu}/u;
const NOW = /\b(?:now|on the spot|(?:the )?same day|straight away|right away)\b/i;
// A message to the customer ("I'll call you at 4", "I'll let you know by Friday") is a step of its own, not the thing asked for.
const TO_YOU = /\b(?:(?:call|ring|phone|email|e-mail|update|contact|write to|text) you|get back to you|let you know|be in touch|follow up|keep you posted)\b/i;
// The stems of an ask about a time ("What's the new date?", "Is there a deadline?"): a time names them.
/** Dates still to be had ("what dates are available?", "Luis has the week of April 6 open"), and a sentence that offers some. */
const OPEN_DATES = /\b(?:available|free|open)\b/i;
const EARLIEST_ASK = /\b(?:earliest|soonest|how soon|first (?:available|free|open) (?:date|slot|day))\b|\bwhen (?:can|could|would) (?:you|he|she|they|your [\w-]+) (?:start|begin|come|fit (?:us|me) in|do it)\b|\bwhen (?:are|is) (?:you|he|she|they) (?:free|available)\b|\bwhen (?:you|he|she|they|your [\w-]+) (?:can|could|would) (?:start|begin|come|fit (?:us|me) in|do it)\b/i;
/** A slot offered: "I can offer you the first slot on Saturday 9 March". */
const SLOT = /\b(?:slots?|appointments?)\b/i;
const OFFERS_DATES = /\b(?:available|free|open|slots?|can|could|will|['’]ll|next)\b/i;
const DATE_FOCUS = /^(?:date|deadlin|eta)$/;
// An ask about money ("What rate would we get?", "What's a ballpark per head?") and a sum of money or a rate ("7.4%", "15.2p").
/** A sentence that talks round the ask: it depends, it matters to us, we are confident, we will see. */
const EVASIVE = /\b(?:(?:depends?|depending) (?:on|upon) (?:the |a few |several |your |many |a number of |various )?(?:type|factors|scope|circumstances|situation|size|needs|requirements|case|details|specifics|usage|use|layout|complexity|volume|project|setup|configuration)|(?:a range of|a number of|various|a variety of|a mix of) factors|(?:treat|treating|treated|see|seeing) (?:this|it) as (?:a |our )?(?:top|high|highest|real) priority|(?:reviewing|exploring|considering|weighing up|looking at) (?:every|all (?:the |available )?|our|the available) options|(?:very|highly) experienced in|(?:many|several|\d+|decades|years) (?:years )?of (?:experience|expertise)|(?:always )?works? (?:very |really |so )?hard to|pride (?:ourselves|myself) on|every (?:[\w-]+ )?(?:is|are) different|no two (?:[\w-]+ ){1,2}are (?:the same|alike)|rather show you than tell you|(?:vary|varies|differ|differs)(?: (?:a bit|a little|a lot|quite a bit|widely|slightly))? depending on|(?:depends?|depending) on what (?:we|the|our|they|you)\b|before (?:we|you) know it|before you decide, (?:i|we)\b|(?:we|i) (?:really |truly |greatly )?value (?:[\w&'’-]+ ){1,3}as (?:a |an |our )?(?:customer|client|partner)|want to make sure (?:this|it|that) (?:doesn['’]t|does not|never|won['’]t) happens? again|do (?:everything|all|whatever|what) (?:we|i) can|make sure (?:everything|it all|all of (?:it|this)) (?:is|gets) (?:taken care of|sorted|handled)|[\w-]+s like yours (?:every day|all the time|daily)|(?:simple|clear|fair) and transparent|(?:no|never any) (?:hidden )?surprises|grows? with you|reflects? the value|pays? for itself|do (?:our|my) (?:very )?best|in (?:some|certain) ways|to (?:some|a certain) (?:extent|degree)|handled according to (?:the|our)|(?:is|are) (?:our |a |always our )?(?:top|highest|number one|first) priorit(?:y|ies)|take[sn]? (?:\w+ ){0,2}(?:very |extremely |really |incredibly )?seriously|best practices?|robust (?:processes|procedures|controls|measures|policies)|(?:i(?:['’]m| am)|we(?:['’]re| are)) (?:confident|sure|certain) (?:we(?:['’]ll| will| can)|that we)|(?:once|when) (?:i|we) (?:have|hear) (?:more|back|it|them)|if anything (?:comes up|changes)|for any applicable|usually (?:very )?(?:reasonable|competitive|fair)|(?:very|highly|extremely|really) competitive|something (?:we|i) can (?:discuss|talk about|look at|explore|go over)|please refer to (?:(?:section|clause|paragraph|article) \d|(?:the |our |your )?(?:terms|t&cs|terms and conditions|agreement|contract|policy|faqs?|help cent(?:re|er)|knowledge base))|for (?:lots of|many|a number of|various|several|a variety of|all sorts of) reasons|always looking (?:at|for|into) ways|make it worth your while|(?:cycle|week|month|day)s? or so|land somewhere|work something out|something that (?:works|makes sense)|built (?:for|to) (?:scale|grow|handle (?:anything|any|peaks|growth))|with ease|at the heart of (?:everything|all|what) (?:we do|that we do)|(?:exactly )?the (?:scenario|situation|kind of thing) (?:our|we) (?:[\w-]+ ){0,2}(?:are|is|were|was) built (?:around|for)|make sure you(?:['’]re| are) (?:covered|looked after|taken care of|in good hands)|(?:are|is|am)(?: still| now)? working on (?:better|improving|improvements|ways to|a way to|making)|(?:is|are) (?:a |an )?(?:key|important|central|core|big|vital|essential|integral|huge) part of|(?:go|goes|went|going) through (?:our|the) (?:usual|normal|standard|regular|internal) (?:[\w-]+ )?(?:process|procedure|checks|channels)|(?:takes?|taking|can take) (?:a (?:little |short )?while|some time|a bit of time)|(?:results|numbers|work|reviews) (?:really )?speaks? for (?:themselves|itself)|(?:covers|outlines|explains|describes|sets out) our (?:general |overall )?(?:approach|policy|policies|commitment|stance|philosophy) (?:to|on|around)|industry[- ]standard (?:security|measures|encryption|practices?|protections?|safeguards)|(?:worked|work|working|helped|help|helping) (?:with )?a number of (?:leading |top |well-known |major |big )?(?:[\w-]+ ){0,2}(?:firms|companies|clients|customers|estates|businesses|brands|schools|practices|organi[sz]ations)|(?:fantastic|incredible|amazing|excellent|outstanding|impressive|great) results|results (?:have been|were|are) (?:really |truly )?(?:fantastic|incredible|amazing|excellent|outstanding|great)|(?:are|is) generally (?:understanding|sympathetic|flexible|reasonable|lenient)|i wouldn['’]t worry(?: too much)?|(?:passed|forwarded|referred|handed) (?:on )?(?:your|the|this) (?:request|query|question|message|e-?mail|feedback|comments?|concerns?|enquiry|inquiry)(?: on)? to (?:the|our) (?:relevant |appropriate |right )?(?:team|department|colleagues|people)(?: and (?:someone|somebody|they) will (?:be in touch|get back to you|contact you))?(?=[.!]?\s*$)|(?:is|are) (?:an? )?(?:very )?(?:important|key|priority|strategic|growing) (?:market|region|territory)s? for us|expanding our (?:partner|reseller|dealer|service|distribution) network|(?:flexible|a range of|a variety of|various) options (?:for|to (?:fit|suit|match))|(?:a )?strong track record|deep experience|(?:work|worked|working) with (?:a )?(?:wide|broad) range of|(?:we can|we could|we['’]ll|we will) (?:move|get going|get started|get you (?:live|started|up and running)) (?:pretty |very |really |fairly )?(?:quickly|fast)|(?:customers|clients) up and running (?:pretty |very |really )?(?:quickly|fast)|, if applicable, will be|the (?:best|easiest|quickest) way to (?:find|see|figure out|work out|decide) (?:the right|if|whether|what)\b[^.;!?]{0,40}\b(?:call|demo|chat|meeting)|(?:set up|jump on|hop on|have|book) a (?:quick |short |brief )?(?:call|chat|demo) to (?:talk|walk|go) (?:you )?through (?:the|it|this|your)? ?(?:details|options|everything|things))\b/i;
/**
 * Talk round the ask in general words: "it depends on…", "rates vary with the season", "case by case", "we look at
 * these individually", "take the circumstances into account". Evasive only with nothing firm beside it: no figure in
 * the sentence (EVASIVE's own phrases say nothing whatever follows), and no "but" before it ("We have a standard
 * connector, but whether it covers your release depends on the version" answers first).
 */
const LOOSE = /\b(?:(?:broadly|roughly|largely|more or less) (?:in line|similar|the same|comparable|unchanged)|(?:should|will|would) be (?:broadly |roughly )?(?:similar|comparable|in the same ballpark)|(?:we['’]re|we are|i['’]m|i am) (?:very |quite |always |usually |generally )?flexible (?:on|with|about|when it comes to)|(?:find|agree|work out|come to) (?:an |a )?(?:arrangement|solution|option|plan|setup) that (?:works|suits|fits)|(?:taking|take|taken|took) (?:all|every) (?:the )?(?:necessary|possible|appropriate|reasonable|required|needed) (?:steps|measures|actions|precautions)|(?:please )?(?:be|rest) assured|subject to availability)\b|\b(?:depends?|depending) (?:a lot |largely |mostly |entirely |heavily |very much )?(?:on|upon)\b|\b(?:vary|varies|differ|differs)(?: (?:a bit|a little|a lot|quite a bit|widely|slightly|considerably))? (?:with|by|between|from|according to|depending)\b|\bcase[- ]by[- ]case\b|\b(?:look at|assess|review|consider|handle|treat|deal with) (?:these|this|it|them|each (?:case|one|request|claim)|such (?:cases|requests|claims)) (?:individually|separately|on (?:its|their) (?:own )?merits?)\b|\btake (?:the |your |all )?(?:circumstances|this|that|it|everything|your (?:[\w-]+ ){0,2}situation) into (?:account|consideration)\b|\b(?:processed|assessed|handled|reviewed|considered|determined|calculated|decided|dealt with|applied|issued) (?:strictly )?(?:in line with|in accordance with|according to|as per|per|under) (?:our|the)\b|\b(?:(?:more|some|a (?:bit|little) of|a degree of) flexibility|(?:some|a bit of|a little) (?:room|wiggle room|leeway)) (?:on|with|for|around|when it comes to)\b|\b(?:let['’]s|we (?:can|could)|(?:i['’]d be |i['’]m |we['’]d be |we['’]re )?(?:happy|glad) to) (?:(?:definitely|certainly|also) )?(?:discuss|talk (?:through|about)|go (?:over|through)|explore) (?:that|this|it|these|those|(?:all )?(?:the |your )?options)\b|\bthe best way to (?:[\w'’-]+ ){1,6}?(?:is|would be) (?:a|an|to (?:book|have|set up|jump on)) (?:quick |short |brief |\d+-minute )?(?:call|demo|chat|meeting|conversation)\b/i;
function looseOnly(text: string): boolean {
  const m = LOOSE.exec(text);
  return !!m && !(/\bbut\b/i.test(text.slice(0, m.index)));
}
/** An ask for a figure of money: "what discount would be available?", "pricing for 30 seats?", "your minimum retainer?". */
/** A figure in words: "two months off", "half price", "a third less". */
const SPELLED_FIGURE = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|half|a third|a quarter|an?) (?:months?|weeks?|days?|years?|percent|per ?cent|price|(?:of )?the price) (?:off|free|less|cheaper|discount)\b|\b(?:half|a third|a quarter) (?:off|price|less)\b/i;
/** An ask for a count, and a count said. */
const HOW_MANY = /\bhow many\b/i;
const COUNT = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|none|no more)\b/i;
const FIGURE_ASK = /\b(?:how much|how many(?! times?\b)|what(?:['’]s| is| are| would| will)? (?:[\w,.]+ ){0,3}?(?:discount|price|pricing|rate|fee|cost|retainer|premium|charge|quote|quoting)s?(?! (?:covers?|is for|was for|means?|relates?|refers?)\b)|^(?:(?:and|also|so|oh and)[, ]+)?(?:the |your |a )?(?:rough |ballpark )?(?:price|pricing|cost|rate|quote|fee)s? (?:for|of|per|on)|ballpark|minimum (?:\w+ )?(?:retainer|fee|spend|order|commitment)|(?:give|send) (?:us|me) (?:a|your) (?:rough |ballpark )?(?:price|cost|quote|figure|rate))\b/i;
const INCLUDED = /\b(?:included|includes|at no extra|free|no extra (?:cost|charge))\b/i;
const MONEY_ASK = /\b(?:how much|prices?|pricing|costs?|fees?|rates?|tariffs?|premiums?|discounts?|per (?:head|person|seat|user|unit)|ballpark|quotes?|charges?)\b/i;
// The stems of an ask about money, said by its words or by those of the sentence its "it" stands for.
const MONEY_FOCUS = /^(?:cost|charg|rate|tariff|premium|discount|refund|quot)$/;
// "Who pays for it?", answered by who does, or that nobody will: "there is no charge for them or the delivery".
/** Who pays, said in any sentence of the reply (the outright forms below, or a word of paying: "they refund or replace the item"). */
const PAYER_WORDS = /\b(?:pay|pays|paying|paid|cover|covers|covering|covered|foot|foots|bear|bears|absorb|absorbs|reimburse|refund|refunded|credit|credited|free)\b|\bcome out of\b|\bour (?:cost|expense)\b|\bno charge\b/i;
/** It reaches them by a day: "It should reach you in Cork by Thursday", "the parts are due to arrive on the 14th". */
const ARRIVES = /\b(?:should|will|['’]ll|is due to|are due to|expected to|is set to|are set to) (?:reach|arrive|land|get to|be (?:with|delivered to|at|there|here))\b/i;
/** An ask for something to do meanwhile, and a step offered meanwhile. */
const WORKAROUND_ASK = /\b(?:work-?around|in the meantime|meanwhile|until then|till then|for now|temporary (?:fix|solution))\b/i;
const MEANWHILE_STEP = /\b(?:until then|till then|in the meantime|meanwhile|for now|as a work-?around|until (?:the fix|it['’]s fixed|that['’]s out))\b[^.;!?]{0,30}\b(?:you can|you could|use|try|please|just)\b/i;
/** An ask for a call or a meeting, or a date for one: "can we do a call this week?", "let's lock a date for the QBR". */
const MEETING_ASK = /\b(?:(?:a|another|the|quick|short) (?:quick |short |brief )?(?:call|meeting|chat|catch-?up|walk-?through|demo|session|zoom|teams call|visit)|(?:lock|set|book|fix|find|agree|pick) (?:in )?(?:a|the) (?:date|time|slot|day)|call (?:me|us)|meet (?:up|in person|this|next)|come (?:out|over|in|round) (?:this|next|on|to))\b/i;
/** Who pays, said outright: "the landlord's cost", "at our expense", "covered by the warranty", "we'll pay for it" (not "we'd pay 15.2p a unit"). */
const PAYER_SAID = /\b[\w-]+['’]s (?:cost|expense|responsibility)\b|\bat (?:our|your|their) (?:own )?(?:cost|expense)\b|\bon us\b|\b(?:paid|covered|borne|met|picked up) by\b|\b(?:we|i|they|you)(?:['’]ll| will| would|['’]d)? (?:need to |have to )?(?:pay|cover|foot|bear)\b(?! (?:[\d£$€]|for every|per))/i;
/** An ask to be called ("Can someone call me tomorrow?", "please ring me", "give me a call"), and a call said in a sentence. */
const CALL_ASK = /\b(?:call|ring|phone) (?:me|us)\b|\bgive (?:me|us) a (?:call|ring|bell)\b|\bcall ?back\b/i;
const CALL_PROPOSED = /\b(?:set up|book|schedule|arrange|jump on|hop on|grab|have) (?:a |an )?(?:quick |short |brief )?(?:\d{1,3}[- ]min(?:ute)? )?(?:call|chat|meeting|demo|zoom|catch-?up)\b/i;
const CALL_SAID = /\b(?:call|calls|called|calling|ring|rang|phone|phoned|mobile|voicemail|landline|dial(?:l?ed)?|speak|spoke|talk|talked|meeting|zoom|teams)\b/i;
/** A yes/no ask whether a thing comes with the price: "Is breakfast included?", "does the plan include SSO?". */
const INCLUSION_ASK = /\b(?:is|are|was|were|does|do|will|would)\b[^?.;]{0,60}\b(?:included|include|inclusive)\b/i;
/** What comes with a price or not, said: "included", "part of", "comes with", "on top", "extra", "add-on", "free". */
const INCLUSION_SAID = /\b(?:includ\w*|exclud\w*|inclusive|part of|comes? with|come as|covers?|covered|extras?|on top|separate(?:ly)?|add-?ons?|additional|free|no (?:extra |additional )?(?:cost|charge|fee)|charged?|costs?|pa(?:y|id|ying)|priced|bundled|thrown in|built[- ]in|standard|on the house|at no|on (?:its|their) own)\b|\b(?:is|are)(?:n['’]t| not)? in (?:the|your|our|this)\b|\b(?:plan|package|price|contract|rate|tier|bundle|monthly|subscription)s? (?:now )?(?:has|have|gets?|gives?)\b/i;
const WHO_PAYS = /\bwho (?:pays|is paying|will pay|covers|foots)\b/i;
const NO_CHARGE = /\b(?:no charge|free of charge|at no (?:extra |additional )?(?:cost|price|charge)|costs? (?:you |us |them )?nothing|(?:won['’]t|will not|doesn['’]t|does not) cost (?:you |them )?(?:anything|a penny|a cent|a thing|extra)|(?:is|are|it['’]s|that['’]s) on us|(?:we|i)(?:['’]ll| will) (?:pay|cover)|nothing (?:extra |for you )?to pay|for free|(?:won['’]t|will not) (?:be )?(?:charged|billed|cost you)|you (?:won['’]t|will not|don['’]t) pay|(?:won['’]t|will not|doesn['’]t|does not|shouldn['’]t) (?:appear|show(?: up)?|be (?:added|included|listed)) on (?:your|the|any) (?:invoice|bill|statement))\b/i;
const MONEYS = /[£$€¥₹₦₱₩₽₺₪]\s?\d[\d,.]*|\b(?:usd|eur|gbp|aed|inr|chf|cad|aud|nzd|sgd|jpy|zar|sek|nok|dkk|pln|brl|mxn|php|ngn|kes|ksh)\s?\d[\d,.]*|\b[rn]\d[\d,.]*|\b(?:half|a third|a quarter|\d+%) off\b|\b\d[\d,.]*\s?(?:%|percent\b|p\b|pence\b|cents?\b|dollars?\b|pounds?\b|euros?\b|lakh\b|rupees?\b|rand\b|naira\b|pesos?\b)/gi;
// "Is this a known problem?", "Is it just us?": answered by how far the fault reaches ("It's not just you", "every
// account with more than five years of history") or by its cause.
const KNOWN_ASK = /\b(?:on (?:your|our|their|my) (?:end|side)|known (?:issue|problem|bug|fault)|just (?:me|us)|only (?:me|us)|anyone else|other (?:customers|users|people|clients)|(?:fault|problem|issue|outage) in (?:my|our|the) (?:area|street|road|building|town|postcode))\b/i;
const SCOPE = /\b(?:on (?:[\w-]+['’]s|their|its|the [\w-]+(?: [\w-]+)?['’]?s?) (?:side|end)|not just you|not only you|every(?:one|body) (?:connected|on|in|using|served|nearby|else|around)|on our (?:side|end)|our (?:doing|fault|mistake|error)|(?:every|all|other) (?:\w+ ){0,2}?(?:accounts?|customers?|users?|workspaces?|clients?|parents?|businesses|members|sites|teams|stores|practices)|affect(?:s|ed|ing) (?:every|all|a number|several|many|some)|widespread|known (?:issue|problem|bug|fault))\b/i;
// "Is this caused by a change on your side?", "Is the upgrade the cause?": a yes or no about a cause, answered by the cause.
const CAUSE_ASK = /\b(?:caused by|the cause|because of|due to|to blame|(?:your|our) fault|responsible for)\b/i;
// "Please send me the contact of your DPO": answered by the address or number itself.
const CONTACT_ASK = /\b(?:contact|e-?mail|phone|number|details|address)\b/i;
const CONTACT = /(?<![\w.+-])[\w.+-]+@[\w-]+\.\w|(?<![\d+])\+?\d[\d ()-]{7,}\d/;
/** A greeting the first sentence opens with ("Hi Lee, ", "Dear Ms Shah, "): no part of the answer. */
const GREETING_LEAD = /^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))(?: there)?(?: [\p{L}.'’-]+){0,3}[,!]\s+(?=\S)/iu;
/** The words a reply opens with to say yes or no ("Yes,", "Sure —", "Happy to!", "Afraid not."). */
const OPENING_WORDS = String.raw`yes|yep|yeah|no|nope|not yet|not quite|not exactly|afraid not|absolutely|definitely|certainly|of course|sadly not|unfortunately not|sure(?= *[—–,.!:;-])|(?:confirmed|done|all done|agreed)(?= *[—–,.!:;-])|(?:happy|glad) to(?= *[—–,.!:;-])|gladly|with pleasure|no problem`;
/** What a reply may say before its yes or no: "Good news: it is —", "Short answer: no.", "In short, we do." */
const VERDICT_PREFACE = String.raw`(?:(?:(?:the )?(?:good|great|bad) news|(?:the )?short answer(?: is)?|in short|to answer your (?:first |second |last )?question)[:,—–-]? *)?`;
const POLAR_OPENER = new RegExp(String.raw`^${VERDICT_PREFACE}(?:${OPENING_WORDS}|not at the moment)\b|^${VERDICT_PREFACE}(?:we|it|they|you|i|that|this|there|he|she) (?:(?:do|does|did|will|can|could|is|are|was|were|have|has|would|should)(?:n['’]t| not)?|won['’]t|can['’]t|cannot)(?=\s*(?:[—–,.;:!]|-\s|$))`, 'i');
// A yes/no or a request that refers back to what was said before it ("Surely that's wrong?", "Is that allowed?",
// "Can you fix it?") names too little to match by topic: a sentence that opens by answering it answers it ("You're
// right, and thank you for spotting it", "Yes, we can change it").
const REFERS_TO_IT = /\b(?:that|this|it)(?:['’]s| is| was)\b|\b(?:is|was|isn['’]t|wasn['’]t|does|did|can|will|would|could|should|has|have)\s+(?:that|this|it)\b/i;
/** A time offered for them to take: "Would 11 am on Tuesday work?", "How about Thursday at 2?", "Does the 12th suit you?". */
const TIME_PROPOSED = /^(?:(?:so|then|and)[, ]+)?(?:(?:would|does|could|will) [^?]{3,80}?\b(?:work|suit|be (?:ok|okay|fine|good|convenient))\b|(?:how|what) about (?:[^?]{1,40}?\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow)|shall we say\b)[^?]{0,60}\?$/i;
/** Times offered, then a choice asked of them: "I could visit on Tuesday 17 or Wednesday 18 June; which suits you better?". */
const CHOICE_TAIL = /[;,—–-]\s*(?:which|what) (?:(?:one|day|time|date|slot|option) )?(?:suits|works|would (?:suit|work)|is (?:better|best|easier)|do you prefer|would you prefer)\b[^?]{0,30}\?$/i;
const ANSWER_OPENER = new RegExp(String.raw`^(?:${OPENING_WORDS}|correct|you(?:['’]re| are) (?:quite |absolutely |completely |entirely )?right|that(?:['’]s| is) (?:right|correct|true)|(?:i|we) did)\b`, 'i');
// "Where is my money?", "Where's the order?": answered by where the thing is or went ("It left your account at 10:42 and
// was held for a security check"), not by what is being done about it ("we've opened an investigation").
const WHERE = /^(?:(?:and|also|so|but)[, ]+)?where(?:['’]s| is| are| has| have)\b|\bwhere (?:it|they|my|our|the|this|that|these|those) (?:[\w-]+ ){0,3}?(?:is|are|was|were|has|have|went|ended up)\b/i;
// A "when" answered by what is done says it happened; a sentence about what will happen, with no time, says not when
// ("our service team will be in touch to arrange a visit").
const FUTURE = /\b(?:will|['’]ll|going to(?! (?:the|a|an|another|your|our|their|his|her|its|my|this|that)\b))\b/i;
const LOCATED = /\b(?:sits?|is kept|are kept|is stored|are stored|is hosted|are hosted|lives?|runs?|is run|are run|operates?|(?:is|are) (?:based|located|held)) (?:in|at|on|with|from)\b|\b(?:back )?(?:to|into|on|onto) your (?:[\w-]+ )?(?:card|account|bank(?: account)?|wallet|balance|statement)\b|\b(?:is|are)(?: now| still| currently)? with (?!(?:you|us|me)\b)|\b(?:nearly|almost) (?:there|done|ready|finished)\b|\b(?:should|will) be with you\b|\bsat in\b|\b(?:is|are) (?:now |still )?waiting (?:for you )?at\b|\bon (?:a|the) (?:truck|lorry|van|ship|vessel|train|plane|flight|boat)\b|\bcleared customs\b|\b(?:it|they)(?:['’]s|['’]re| is| are| was| were)? (?:now |still |currently |already )?(?:at|in|with|on (?:its|their) way|sitting|held|stuck|in transit|left|reached|arrived|went|turned up|been (?:delivered|found|located|held))\b|\byour (?:[\w£$€,.-]+ ){1,3}?(?:is|are|was|were|has been|have been) (?:now |still |currently )?(?:at|in|with|sitting|held|stuck|on (?:its|the|their) way)\b|\band (?:is|are) (?:now |still |currently )(?:at|in|with|sitting|held|on (?:its|their) way)\b/i;

const readings = new WeakMap<ReplySentence, Reading>();
/** A rule of how things are done, said of every case: "all invoices are generated automatically", "according to our pricing policy". */
const HOW_IT_WORKS = /\b(?:all|every|any) [\w-]+(?: [\w-]+)? (?:are|is) (?:\w+ )?(?:generated|processed|calculated|issued|sent|handled|reviewed|billed|charged|set|priced)\b|\b(?:it['’]s|it is|they['’]re|they are|that['’]s|that is|(?:this|which) is) (?:always |usually |normally |all )?done by (?:our|the|a|an|one of)\b|\baccording to (?:our|the) (?:[\w-]+ )?(?:polic(?:y|ies)|terms|rules|procedures?|guidelines)\b/i;
/** A second deed joined to the first: "…and applied the discount", "…, and I've sent the invoice". */
const TWO_DEEDS = /\band (?:(?:i|we)(?:['’]ve| have|['’]ll| will)? )?(?:also )?(?:\w+ed|sent|made|put|set|done|given|issued|paid|shipped|reset|moved|will \w+)\b/i;

/** Where the clause that says an ask back ends: at a colon, a semicolon, a dash or ", and / but / so", else the sentence's end. */
const CLAUSE_END = /[:;]|\s[-–—]\s|,\s*(?:and|but|so)\s/g;
/** A sentence without the clauses that say the ask back ("You mentioned X, and you're wondering why Y" has none left). */
const RESTATE_WHOLE = /^(?:so,? )?(?:(?:just )?(?:so|to make sure) (?:that )?i(?:['’]ve| have)? (?:understand|understood)(?: (?:this|you|it))? (?:correctly|right)\b|i (?:completely |fully |totally )?understand (?:that )?[^.;!?]{0,200}?,? and that you(?:['’]d| would| are|['’]re| need| want|['’]ve| have)\b|i(?:['’]ve| have) (?:also )?noted your (?:[\w-]+(?:['’]s)? ){0,2}(?:question|request|point|concern|query)\b|[^.;!?]{0,120}\bi(?:['’]ve| have) (?:duly )?noted the same\b)/i;
function withoutRestated(text: string): string {
  let out = text;
  for (let i = 0; i < 3; i++) {
    const m = RESTATE.exec(out);
    // "If you would like extra security, we can fly 500 pieces tomorrow" offers; it says no ask back.
    if (!m || /\b(?:if|when|whenever|once|unless|should)\s+$/i.test(out.slice(0, m.index))) break;
    CLAUSE_END.lastIndex = m.index + m[0].length;
    const end = CLAUSE_END.exec(out);
    out = `${out.slice(0, m.index)}${end ? out.slice(end.index + end[0].length) : ''}`;
  }
  return out;
}

const boasts = compile(BOASTS);
/** A condition or an instruction to them: its "registered", "updated" is theirs to do, no deed of ours. */
const THEIR_PART = /^(?:if|unless|should you)\b|\bplease (?:ensure|make sure|check|confirm)\b/i;

function read(s: ReplySentence): Reading {
  const hit = readings.get(s);
  if (hit) return hit;
  // "b) Thanks for asking" reads as "Thanks for asking"; "Hi Lee, absolutely." as "absolutely.".
  const whole = s.text.replace(LIST_MARK, '').replace(GREETING_LEAD, '');
  // The ask said back ("You asked what caused the outage on Monday") is the customer's words: its "caused" and
  // "Monday" are no cause and no time. Only what the sentence says beside it can answer.
  // A sentence that is all the ask said back ("So I understand correctly: you received urea instead of MAP…", "I understand
  // that your 12 numbers are not working, and that you'd like to know when they will"): nothing of it answers.
  const t = RESTATE_WHOLE.test(whole) && !whole.includes(';') ? '' : withoutRestated(whole);
  // "I apologise for the frustration this has caused", "Thanks for raising the failed calls" give no cause.
  const acknowledging = APOLOGY.test(t) || THANKS.test(t);
  const deeds = acknowledging ? t.replace(HARM_DONE, ' ').replace(OUR_FAILING, ' ').replace(NO_MORE_HELP, ' ').replace(SHOULD_NOT, ' ') : t;
  const cause = acknowledging ? STRONG_CAUSE.test(t.replace(HARM_CAUSED, ' ')) : CAUSE.test(t);
  const weakCause = !acknowledging && WEAK_CAUSE.test(t);
  // In a thank-you, "4,000 bags a month is brilliant" gives a rate, not a time (a price's "£49 a month" still says when).
  // Nor, in an apology, the day it went wrong ("I'm really sorry about last Thursday"): the harm said back, no time given.
  const time = TIME.test(acknowledging ? t.replace(RATE, ' ').replace(WHEN_IT_WENT_WRONG, ' ') : t);
  const polar = POLAR.test(deeds);
  // How things always work ("all invoices are generated automatically… according to our pricing policy") is no deed.
  // Nor is what they are asked to see to ("If you rely on electricity, please ensure you are registered…").
  // In an apology or a thank-you, a deed is ours ("I've reset it"), not the harm said back ("the app has locked you out").
  const done = (acknowledging ? OUR_DEED.test(deeds) : DONE.test(deeds)) && !HOW_IT_WORKS.test(t) && !THEIR_PART.test(t);
  // In a thank-you or an apology a promise is ours ("I'll send it Friday"), not theirs said back ("it's great to know they'll be so involved").
  const promise = PROMISE.test(t) && (!acknowledging || OWN_STEP.test(t));
  const refusal = REFUSAL.test(deeds);
  const steps = hasSteps(t);
  const vagueWords = VAGUE.test(t);
  const vague = vagueWords && !DEADLINE.test(t);
  const content = cause || weakCause || time || done || refusal || steps || (promise && !vague);
  // A restatement stays one even when its words hold a verb ("how the overage is worked out"): only a cause, a
  // time, a refusal or steps after it answer.
  const restate = t !== whole || ABOUT_IT.test(t);
  const restated = restate && !(cause || time || refusal || steps);
  const ack = restated || (acknowledging && !content && !polar);
  // A boast with the ask's words in it ("Our app is the most trusted tool for field crews") says nothing of what was asked.
  // So does a line that ranks us or counts our fans ("Ledgerlight is the UK's leading fundraising CRM, trusted by over 900
  // charities" for "Do you do a charity discount?").
  const boast = !(cause || weakCause || time || done || refusal || steps) && (boasts.test(t) || praisesUs(t));
  const empty = vague || ack || boast;
  const lead = whole.trimStart();
  // "No need to apologise", "No worries": a courtesy, no "no" to anything asked.
  const courtesyNo = NO_NEED.test(lead);
  const polarLead = POLAR_OPENER.test(lead) && !courtesyNo;
  const question = /\?["'”’)\]]*$/.test(t);
  // EVASIVE is long: tested once per sentence, here, where the sentence's view keeps it across edits.
  const evasive = EVASIVE.test(s.text) || (!/\d/.test(s.text) && looseOnly(s.text));
  const r: Reading = {
    topic: new Set([...s.stems, ...phraseStems(t)]),
    empty, ack: ack && !vague, acknowledging, cause, weakCause, time, polar: polar && !vague && !courtesyNo, opener: ANSWER_OPENER.test(t.trimStart()), lead, polarLead, yesOrNo: (polarLead || NO_PROBLEM.test(lead)) && !NO_THING.test(lead), restates: restate, done, promise: promise && !vague, refusal, steps,
    question,
    vagueWords,
    evasive,
    // A yes or a no is an answer, whatever follows it ("Yes, let us discuss shelf-space for the juice range").
    saysNothingOn: !(question || polarLead || cause || time || refusal || steps) && (evasive || (vagueWords && !DEADLINE.test(s.text))),
    times: time ? (t.match(TIMES) ?? []).map((m) => m.toLowerCase()) : [],
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

/** Topic hits per reply sentence and ask, kept with the sentence: an edit reads only the sentences it changed. */
const hitsMemo = new WeakMap<ReplySentence, Map<string, { n: number; same: number }>>();
function cachedHits(s: ReplySentence, key: string, focus: readonly string[], topic: ReadonlySet<string>): { n: number; same: number } {
  let memo = hitsMemo.get(s);
  if (!memo) hitsMemo.set(s, (memo = new Map()));
  let h = memo.get(key);
  if (!h) memo.set(key, (h = topicHits(focus, topic)));
  return h;
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
  /** A sentence more about another ask answers that one, not this (judgeAll; on unless false). */
  compete?: boolean;
  /** The only "why" (or "when") of the message is answered by a cause (a dated step) in any words (on unless false). */
  sole?: boolean;
}

/** The index of the sentence that answers the part (-1: none; for "how", a list of steps anywhere may be it). */
export function answeredBy(part: AskPart, sentences: readonly ReplySentence[], options: JudgeOptions = {}, rivals: readonly AskPart[] = []): number {
  // A reply that answers a list item by item ("b) Our broker is reissuing the certificate…") answers each ask in the item
  // of its mark, and nowhere else: unless that item only thanks, apologises or puts it off.
  // An ask of two parts under one mark is judged part by part, within its item.
  let inItem: ((i: number) => boolean) | undefined;
  const figureWanted = wantsFigure(part);
  // Of an ask about the length alone: not of a list that asks it with other things ("what turnaround you offer, whether
  // you charge for lost items, …"), which its items answer one by one.
  const lengthWanted = part.type !== 'yesno' && LENGTH_ASK.test(part.text) && part.text.split(/\s+/).length <= 14;
  // "Can we do a call this week?", "Let's lock a date for the QBR", "could someone give them a walkthrough?": a time
  // offered or agreed answers it ("Thursday 9 am works", "How about Thursday, August 28 at 1 pm?").
  const meetingAsk = part.type !== 'why' && part.type !== 'how' && MEETING_ASK.test(part.text);
  if (part.item) {
    const marks = marksOf(sentences);
    if (marks.includes(part.item)) {
      // A thing the ask includes besides its main one (", including backups") is answered only where the item names it.
      if (!part.included && !rivals.some((q) => q.item === part.item)) return sentences.findIndex((x, i) => marks[i] === part.item && !read(x).empty && (!read(x).question || (meetingAsk && TIME_PROPOSED.test(x.text))) && x.stems.length >= 2 && counts(x).words >= 3 && !read(x).evasive && !(figureWanted && !givesFigure(x, part)));
      inItem = (i) => marks[i] === part.item;
    }
  }
  const extra = options.related;
  const focus = focusOf(part);
  const need = focus.length <= 3 ? 1 : 2;
  const topicless = part.type === 'why' && focus.every((f) => WHY_WORDS.has(f));
  // A yes/no or a request that refers back to what was said before it: answered by a sentence that opens by answering.
  const refersBack = (part.type === 'yesno' || part.type === 'request') && focus.length <= 1 && REFERS_TO_IT.test(part.text);
  // The topic of the ask, said in this sentence or the one before it ("About the refund: it went out today.").
  const neighbour = options.neighbour ?? true;
  const aboutMin = focus.length <= 3 ? 1 : (options.aboutMin ?? 1);
  // "Please help.", "I want this taken seriously.": a request for anything at all is about the whole reply; whatever
  // is done or promised in it answers.
  const forAnything = (part.type === 'request' && focus.every((f) => ANYTHING.has(f))) || WHAT_NOW.test(part.text);
  const focusKey = focusKeyOf(part);
  const hitsOf = (x: ReplySentence) => (extra ? topicHits(focus, read(x).topic, extra) : cachedHits(x, focusKey, focus, read(x).topic));
  // A sentence that says more than the question's own words (a restatement says only those).
  const askStems = askStemsOf(part);
  // The words of this ask and its rivals, read only for a thank-you or an apology that gives a time.
  let asked: string | undefined;
  const askedText = () => (asked ??= [part, ...rivals].map((q) => q.text).join(' ').toLowerCase());
  // A time the ask does not name itself ("Is Friday 11 December free?" is not answered by "Friday 11 December").
  const askLower = part.text.toLowerCase();
  const saysNewTime = (r: Reading) => !r.times.every((m) => askLower.includes(m));
  const newWords = options.newWords ?? 3;
  const causes = part.type === 'why' ? causesIn(sentences) : 0;
  // The only "why" the customer asks is answered by a cause the reply gives, in whatever words: a reader takes the one
  // explanation offered as the answer to the one question that asked for it ("Why was the claim denied?" — "It was
  // filed under your old member ID, which had expired"); a weak cause (", so…") still needs the topic. Likewise the
  // only "when" by a dated step that is not itself a message ("When will the adjuster visit?" — "Priya Desai will be
  // at the house on Thursday 12 March between 9 am and 1 pm"; "I will send the order form by Friday" is no answer).
  const sole = options.sole !== false && rivals.every((q) => q.type !== part.type);
  // The only ask for an amount is answered by a figure the reply gives on its topic, or by the only figure-giving sentence.
  const amountAsk = options.sole !== false && (part.type === 'what' || part.type === 'yesno' || (part.type === 'request' && MONEY_ASK.test(part.text))) && asksAmount(part);
  const soleAmount = amountAsk && rivals.every((q) => !asksAmount(q));
  // An ask to hear no more, and an ask to send something (the only one of the message, or not).
  const stopAsk = part.type === 'request' && STOP_ASK.test(part.text);
  const sendAsk = part.type === 'request' && SEND_ASK.test(part.text);
  const soleSend = sendAsk && rivals.every((q) => !SEND_ASK.test(q.text));
  const docAsk = (part.type === 'request' || part.type === 'yesno') && SEND_DOC.test(part.text) && !THEY_SEND.test(part.text);
  const soleMoney = amountAsk && MONEY_ASK.test(part.text) && rivals.every((q) => !MONEY_ASK.test(q.text) && !q.focus.some((f) => MONEY_FOCUS.test(f)));
  // The only ask that sets a time, answered by a dated step that is not a message to the customer.
  const deadlineAsk = options.sole !== false && (part.type === 'request' || part.type === 'yesno') && ASK_DEADLINE.test(part.text) && rivals.every((q) => !ASK_DEADLINE.test(q.text));
  const timeAsk = focus.length <= 3 && focus.some((f) => DATE_FOCUS.test(f));
  // "When can you come?" may be answered by a time proposed as a question; "how long does it take?" may not.
  const proposalAnswers = part.type === 'when' && !LENGTH_ASK.test(part.text);
  // "Are the prices in USD or EUR?", "Is the training in person or online?": a sentence that names one of the two answers.
  const choices = (part.type === 'yesno' || part.type === 'what') ? choicesOf(part) : undefined;
  // "Tell me how you will stop this": answered by a change said from now on, whatever else its sentence names.
  const preventAsk = PREVENT_ASK.test(part.text);
  // "Who is handling this?" is answered by a named person; "who pays?" is not.
  const asksForPerson = WHO.test(part.text) && !WHO_PAYS.test(part.text);
  const whoPays = WHO_PAYS.test(part.text);
  let payer: boolean | undefined;
  const payerSaid = () => (payer ??= sentences.some((y) => NO_CHARGE.test(y.text) || PAYER_SAID.test(y.text) || PAYER_WORDS.test(y.text)));
  const workaroundAsk = WORKAROUND_ASK.test(part.text);
  const payAsk = PAY_ASK.test(part.text);
  const switchAsk = SWITCH_ASK.test(part.text);
  const whatsWrong = WHATS_WRONG.test(part.text);
  const lengthAsked = LENGTH_ASK.test(part.text);
  const callAsk = (part.type === 'request' || part.type === 'yesno') && CALL_ASK.test(part.text);
  // "Is breakfast included in the rate?": answered by what the price holds or leaves out, not by the rate alone.
  const inclusionAsk = part.type === 'yesno' && INCLUSION_ASK.test(part.text);
  // "Which documents do you need?", "Which one am I meant to pay?": read once per ask, not per sentence.
  const bringAsk = WHAT_TO_BRING.test(part.text);
  const whichAsk = WHICH_ONE.test(part.text);
  // "Will I get my money back or a new parcel?": what comes next, asked as a yes or a no.
  const whatNextAsk = part.type === 'yesno' && WILL_I.test(part.text) && FUTURE.test(part.text);
  // Whether sentence i answers the part depends on it and the sentence before it only (and, for a "why", on
  // whether another sentence gives a cause): that verdict is kept with the sentence, so an edit reads only
  // the sentences it changed.
  // Kept only for the judge as it ships (options change the verdict), keyed by the part object (stable while the quoted message is).
  const memoOn = !extra && options.aboutMin === undefined && options.neighbour === undefined && options.newWords === undefined && options.sole === undefined;
  const agenda = (y: ReplySentence) => [part, ...rivals].filter((q) => cachedHits(y, focusKeyOf(q), focusOf(q), read(y).topic).n > 0).length >= 3;
  const local = (i: number): boolean => {
    const x = sentences[i]!;
    const prev = i > 0 ? sentences[i - 1]! : undefined;
    // Only a "why" depends on the causes elsewhere in the reply, and a "who pays" on whether any sentence says who pays.
    const onlyCause = part.type === 'why' && causes - (read(x).cause ? 1 : 0) === 0;
    const key = memoOn ? (prev ? idOf(prev) * 4 : -4) + (onlyCause ? 1 : 0) + (whoPays && payerSaid() ? 2 : 0) : undefined;
    if (key !== undefined) {
      const hit = localMemo.get(x)?.get(part)?.get(key);
      if (hit !== undefined) return hit;
    }
    const r = read(x);
    // A time proposed as a question ("Would 11 am on Tuesday the 12th at Baner work?") answers "when can you come".
    if (r.empty || (r.question && !((proposalAnswers || meetingAsk) && r.time && (TIME_PROPOSED.test(x.text) || CHOICE_TAIL.test(x.text))))) return false;
    const own = hitsOf(x);
    // A question the reply asks back leads into nothing ("Could we meet on Tuesday? I think we could try.").
    // A time names the time asked about ("Is there a deadline?" — "you have until March 2, 2027").
    const hits = Math.max(own.n + (timeAsk && r.time ? 1 : 0), neighbour && prev && !read(prev).empty && !read(prev).question ? Math.min(1, hitsOf(prev).n) : 0);
    const dated = deadlineAsk && ((r.promise && !MAY_BE.test(x.text) && (DEADLINE.test(x.text) || NOW.test(x.text))) || (r.done && (NOW.test(x.text) || (DEADLINE.test(x.text) && !PAST.test(x.text))))) && !TO_YOU.test(x.text) && !/\bas soon as\b/i.test(x.text);
    // A sum the ask names itself ("the €60 locker fee") is no answer to it.
    const money = soleMoney && newMoney(x.text, part.text);
    const about = hits >= aboutMin || forAnything;
    // Words of its own, hedges aside: cutting a "maybe" never turns an answer into none.
    // Talk on the topic right after the ask is said back ("You asked whether backups are kept 30 days or 7. Backups are
    // one of the most important parts of the plan…") is the restatement's follow-on, not an answer by topic alone.
    // Not after an agenda that says back three asks or more ("You've asked about a cap on the fee, exit rights,
    // safeguarding and a reference."): what follows it answers them in turn.
    const afterRestating = !!prev && read(prev).restates && !agenda(prev);
    const mostly = !afterRestating && hits >= need && x.stems.filter((t) => !askStems.has(t) && !HEDGE_STEMS.has(t)).length >= newWords;
    // A question of fact answered by its topic alone needs one of its own words, not just a word of its cluster.
    const inOwnWords = own.same >= 1 || own.n >= 2;
    // A thank-you or an apology whose only substance is a date the customer gave ("Thanks for thinking of us for Friday
    // 11 December") answers nothing.
    // Nor a thanks for what they told us ("Thank you for letting us know that your visa appointment is on 18 March").
    const echo = r.acknowledging && r.time && !(r.done || r.promise || r.refusal || r.cause || r.steps || r.polar) && (r.times.every((m) => askedText().includes(m)) || THANKS_FOR_TELLING.test(x.text));
    // A statement of the very thing asked, in all of its own words ("whether custom properties will also sync?" —
    // "Custom properties sync as well."; "Confirmation that all prices are exclusive of VAT." — "All prices in our
    // quotation are exclusive of VAT."): said as a fact, it is the answer, yes or no.
    const statesIt = (same: number) => same >= 2 && same === focus.length && !r.question && !r.empty && !r.restates && !APOLOGY.test(x.text);
    let v = refersBack && r.opener;
    if (!v && meetingAsk && !r.empty && !r.acknowledging && DEADLINE.test(x.text) && saysNewTime(r) && !PAST.test(x.text) && !PAST_DEED.test(x.text) && (!r.question || TIME_PROPOSED.test(x.text) || CHOICE_TAIL.test(x.text))) v = true;
    // "Why would we switch?", "What would you do that they don't?": a sales objection, answered by what we do or what is
    // different about us, on its topic, or by "you wouldn't need to switch"; not by a cause.
    if (!v && !echo && switchAsk) v = !r.question && !r.empty && !r.acknowledging && (about || focus.every((f) => SWITCH_WORDS.has(f))) && (OURS_DIFFERENT.test(x.text) || describesUs(x.text) || statesWhatWeOffer(x.text));
    else if (!v && !echo) switch (part.type) {
      case 'why':
        // A cause; or an explanation on the topic without a word of cause ("Week three is the 40-minute module, and most people drop off in it").
        // "What happened?", "How did this happen?": an account of what happened, when, answers it ("Someone called us at 21:14 last night…");
        // the message's only "why", by an account of ten words or more of what went on ("The platters were loaded onto the van going to another booking").
        v = (r.cause && (about || part.focus.length === 0 || ((onlyCause || sole) && !explainsOther(x.text, focus)))) || ((HAPPENED.test(part.text) || WHY_FAILED.test(part.text)) && (NARRATIVE_TIME.test(x.text) || (sole && counts(x).words >= 10 && !r.acknowledging && !OUR_DEED.test(x.text))) && PAST_VERB.test(x.text) && !FUTURE.test(x.text) && !APOLOGY.test(x.text)) || (r.weakCause && (about || topicless)) || (hits >= 2 && !r.promise && !r.done && !APOLOGY.test(x.text) && !OFFER_IF.test(r.lead));
        break;
      case 'when':
        // "When will it be back?" is not answered by when it went down ("lost both links at 01:24").
        // Unless it says it is back already ("We restored all keys at 10:12"): that time is the answer.
        // Nor "When will the permit arrive?" by the day a step before it was taken ("Your application was approved on 3 March").
        if (FUTURE.test(part.text) && (PAST.test(x.text) || PAST_DEED.test(x.text)) && !FUTURE.test(x.text) && !r.promise && !BACK_NOW.test(x.text)) { v = false; break; }
        // "When could a pilot start?" is not answered by how long it runs ("pilots usually run for 12 weeks").
        if (!lengthAsked && r.times.length > 0 && r.times.every((m) => PURE_LENGTH.test(m)) && RUNS_FOR.test(x.text)) { v = false; break; }
        // "You'll have it by Thursday": a dated step with hardly a word of its own is about the thing asked;
        // "I will send the order form by Friday" is about something else.
        // "How long will it take?" names nothing of its own: a dated step answers it.
        // A time that is the ask's own ("the recording of Monday's session … shortly") says nothing of when.
        // The only "when" asking when the fault will end is answered by its end, said as done ("How long until it's
        // fixed?" — "We restarted it at 09:40 and new sales are flowing again").
        if (sole && fixedNow(part, x.text) && !r.question) { v = true; break; }
        // "How long will it take to get here?" — "It should reach you in Cork by Thursday 20 March": when it arrives.
        if ((sole || about) && ARRIVES.test(x.text) && DEADLINE.test(x.text) && saysNewTime(r) && !r.question && !r.empty) { v = true; break; }
        // "When do I need to return the equipment by?" — "Please post the router back within 14 days of your final bill":
        // their own deadline, said as what they are to do.
        if (sole && THEIR_DEADLINE_ASK.test(part.text) && r.time && THEIR_STEP.test(x.text) && !r.question) { v = true; break; }
        // The only "when" asking how long a thing takes is answered by a length of time that is no message to them
        // ("Can you confirm the lead time for 2,000 units?" — "From order to dispatch it's currently six weeks").
        if (sole && LEAD_ASK.test(part.text) && r.time && DURATION.test(x.text) && !TO_YOU.test(x.text) && (about || !BARE_FOLLOW.test(part.text))) { v = true; break; }
        // A length of time that names the ask's topic answers a lead time beside other asks too (the line above wants it
        // the only one): "a 48-hour turnaround on batches that size".
        if (about && LEAD_ASK.test(part.text) && DURATION.test(x.text) && !r.question && !TO_YOU.test(x.text)) { v = true; break; }
        // The only "when" asking how soon they can start is answered by a date they have open ("When is the earliest you
        // could start?" — "Luis has the week of April 6 open right now").
        if (sole && EARLIEST_ASK.test(part.text) && r.time && (OPEN_DATES.test(x.text) || SLOT.test(x.text)) && !r.question && !r.empty) { v = true; break; }
        // The only "when" asking when something ends is answered by the date it runs until ("When does my contract
        // end?" — "Your fixed term runs until 31 March 2027").
        if (sole && END_ASK.test(part.text) && r.time && UNTIL.test(x.text) && saysNewTime(r)) { v = true; break; }
        v = (r.time && saysNewTime(r) && (about || ((r.done || r.promise) && (x.stems.length <= 3 || focus.every((f) => HOW_LONG.has(f)) || (sole && datedNotMessage(x.text)))))) || (r.done && mostly && !FUTURE.test(x.text));
        break;
      case 'yesno':
        // "Do I have to pay for the replacement?", "Is there any cost for that?": answered by who pays or what it costs, or by
        // a yes or a no that opens the line; a sentence that only shares "pay" ("just as a customer goes to pay") is none.
        if (payAsk) {
          v = NO_CHARGE.test(x.text) || IS_FREE.test(x.text) || (about && (PAYER_SAID.test(x.text) || AMOUNT.test(x.text) || r.refusal || r.polar || (r.promise && r.time))) || statesIt(own.same) || (sole && r.polarLead) || dated || money;
          break;
        }
        // Or the only yes/no question met by a sentence that opens with its yes or no ("Yes, I'm afraid so.").
        // On its topic alone, a sentence never answers a yes or no by what other customers do ("Many customers take a
        // break over the summer").
        // Steps that name the thing ("Is it possible to add a second admin?" — "Go to Settings > Team… choose the Admin
        // role") say how, and so yes (on its own words: the sentence before naming it is not enough).
        // "Do you have a ship date yet?" is answered by the date ("we ship it on Friday the 23rd").
        // "Will I get my money back or a new parcel?" asks what comes next: a sentence that only tells what happened ("The
        // driver's record shows the parcel was handed to your neighbour at 14:10"), or a deed on the topic of the line
        // before ("I've attached the photo so you can check"), answers no such ask.
        if (whatNextAsk && (PAST.test(x.text) || PAST_DEED.test(x.text) || own.n === 0) && !FUTURE.test(x.text) && !r.promise && !r.polarLead && !r.refusal && !NO_CHARGE.test(x.text)) { v = false; break; }
        v = ((r.polar || r.refusal || r.done || r.promise) && about) || (r.steps && own.n >= 1) || (timeAsk && r.time && about && saysNewTime(r)) || (!!choices && picks(choices, r)) || (mostly && !APOLOGY.test(x.text) && !OTHERS_DO.test(x.text)) || statesIt(own.same) || (amountAsk && AMOUNT.test(x.text) && hits >= 1) ||
          (sole && r.polarLead) || dated || money || (NEED_ASK.test(part.text) && NOTHING_NEEDED.test(x.text) && !r.question && rivals.every((q) => !NEED_ASK.test(q.text) || hits >= 1)) || givesContact(part, x.text, hits, rivals) || (KNOWN_ASK.test(part.text) && (SCOPE.test(x.text) || r.cause)) || (CAUSE_ASK.test(part.text) && (r.cause || SCOPE.test(x.text)));
        break;
      case 'request':
        // "Please take me off your list", "Please don't send more emails": answered only by saying it is done ("I've
        // removed you from my follow-ups", "you won't hear from us again") or refused; "I'll check back in Q3" is more.
        if (stopAsk) { v = STOPPED.test(x.text) || r.refusal; break; }
        // The second thing of a request to send two is answered where it is sent, attached or promised to be sent.
        if (part.sent && !r.refusal && (!(SENDING.test(x.text) || SENT_HERE.test(x.text)) || !namesHead(part, x))) { v = false; break; }
        if (EXPLAIN_ASK.test(part.text) && about && !r.question && !r.empty && !r.acknowledging && (r.cause || r.weakCause || /\d/.test(x.text) || x.stems.length >= 4)) { v = true; break; }
        // A yes or a no that opens on it ("Will you sign a BAA?" — "Yes, we sign one with every customer").
        // Or a sentence that says the thing asked for, in three of its own words and more of its own ("Our onboarding
        // team does the catalogue move from Shopify for you").
        // A time in an apology or a thank-you ("missing Tuesday's review was unacceptable") does nothing asked for.
        // "Send me some info" — "I've attached a two-page summary": the thing sent answers the message's only ask to send one.
        // A time alone does not send a copy ("I'd like a copy of the updated rate card" — "On 3 February the port started
        // billing for every box").
        v = ((r.done || r.refusal || r.promise || (r.time && !r.acknowledging && !COPY_ASK.test(part.text)) || r.opener) && about) || (mostly && own.same >= 3 && !APOLOGY.test(x.text)) || statesIt(own.same) ||
          (sendAsk && SENT_HERE.test(x.text) && !r.question && (hits >= 1 || soleSend)) || dated || givesContact(part, x.text, hits, rivals) || money;
        break;
      case 'how':
        // "How do we fix it?" — "There's nothing you need to do: your emails will reach inboxes again within 24 hours."
        // "What can I do now?" — "DHL will collect the white one on Monday 9 March": a dated step answers it too.
        v = ((r.steps || r.done || r.promise || r.refusal) && about) || mostly || NO_ACTION.test(x.text) || (forAnything && r.time && FUTURE.test(x.text) && !r.acknowledging && !r.question && !r.empty);
        break;
      case 'what':
        // "Can you check what's wrong?" — "The sender ID lapsed on 4 March, so the operator dropped every reminder": what went wrong, found.
        if (whatsWrong && (r.cause || r.weakCause || r.done) && !r.question && !r.empty && !r.acknowledging) { v = true; break; }
        // "What now?", "What are my options?": what is done, promised or to be done answers it.
        if (forAnything && (r.done || r.promise || r.steps || r.refusal)) { v = true; break; }
        // "Can you tell me what that charge covers?" — "That line is for the second projector…": the sentence that
        // opens on the thing pointed at answers what it is.
        if (POINTED.test(part.text) && IT_IS.test(r.lead)) { v = true; break; }
        // "What changed?" is answered by what is new or different ("The new widget adds a second step before payment").
        if (WHAT_CHANGED.test(part.text) && CHANGE_SAID.test(x.text) && !r.question && !r.empty) { v = true; break; }
        // "How far is it from the station?" answered by a distance or a journey's length ("a ten-minute walk"); "close
        // to transport links" is no distance.
        if (FAR_ASK.test(part.text)) { v = (about || sole) && DISTANCE.test(x.text); break; }
        // "What are the hours?", "What time do you open?" answered by the hours ("open 7 am to 7 pm AEST on weekdays").
        if (givesHours(part, x.text)) { v = true; break; }
        // "How often are backups taken?" answered by a frequency, on its topic or as the message's only "how often".
        // "How many sessions are left?" — "There are 6 left": a count on its topic.
        if (HOW_MANY.test(part.text) && COUNT.test(x.text) && hits >= 1 && !r.question && !r.empty) { v = true; break; }
        if (HOW_OFTEN.test(part.text) && FREQUENCY.test(x.text) && !r.question && !r.empty && (about || rivals.every((q) => !HOW_OFTEN.test(q.text)))) { v = true; break; }
        // "Which is the right date?", "What's the deadline?" answered by a date the ask does not name itself ("The
        // concert is on Saturday 12 April at 19:30").
        // "What dates are available?" asks for dates to come: a date in an account of what happened ("Since early February the
        // works have left the road too narrow") offers none.
        if (timeAsk && r.time && saysNewTime(r) && (!OPEN_DATES.test(part.text) || OFFERS_DATES.test(x.text))) { v = true; break; }
        // "Who is handling this?" answered by the person: "Nadia Grant on our implementation team is building…".
        // "What would it cost?" — "The survey is free.": nothing to pay is the amount.
        v = (amountAsk && (AMOUNT.test(x.text) || NO_CHARGE.test(x.text) || IS_FREE.test(x.text)) && (hits >= 1 || soleAmount)) || money || (mostly && inOwnWords && (!WHERE.test(part.text) || LOCATED.test(x.text) || PLACE.test(x.text)) && (!WHO.test(part.text) || OWNER.test(x.text) || WHO_SUBJECT.test(r.lead) || r.refusal)) || (hits >= 2 && (r.done || r.refusal || ((r.time || /\d/.test(x.text)) && !APOLOGY.test(x.text)))) ||
          (WHERE.test(part.text) && (about || sole || rivals.every((q) => !WHERE.test(q.text))) && LOCATED.test(x.text)) ||
          (asksForPerson && PERSON.test(x.text) && NOT_A_TITLE.test(x.text) && (r.promise || r.done || r.time || about || FUTURE.test(x.text))) ||
          // "Who should I contact if the site goes down at night?" — "Our on-call line, 0800 555 0199, is staffed around the clock."
          (WHO.test(part.text) && CONTACT_VERB.test(part.text) && CONTACT.test(x.text)) ||
          // "Who else uses this in our industry?" — "Two of the top five UK insurers, including Aviva, use it".
          (WHO_USES.test(part.text) && NAMED_USERS.test(x.text) && !r.question && !r.empty) ||
          (WHO_PAYS.test(part.text) && (NO_CHARGE.test(x.text) || (about && PAYER_SAID.test(x.text)))) || (!!choices && picks(choices, r));
        break;
    }
    // "Tell me how you will stop this": a change said as from now on ("from this month every invoice is checked by a
    // second person") answers it, whatever it names.
    if (!v && !r.question && !r.empty && preventAsk && saysPrevention(x.text)) v = true;
    // "Do I need to bring anything?", "Which documents do you need from me?" — "Just your photo ID…", "We'll need a copy of
    // your passport…": what they are to bring, said as a list of it.
    // "Which one am I meant to pay?" — "The £98.15 one is correct": one of them picked out.
    if (!v && !r.question && !r.empty && whichAsk && ONE_PICKED.test(x.text)) v = true;
    if (!v && !r.question && !r.empty && WHAT_TO_BRING.test(part.text) && rivals.every((q) => !WHAT_TO_BRING.test(q.text)) && BRING_THIS.test(r.lead)) v = true;
    // On the topic and saying nothing: "freeze fees depend on the type of freeze", "we take privacy extremely seriously
    // and follow best practice", "I'm confident we'll land somewhere that works", "I'll let you know if anything comes up".
    if (v && r.evasive && !r.polarLead) v = false;
    // A call proposed for a time ("I'd love to set up a 15-minute call this week") says when we talk, not when what they
    // asked for happens ("How fast can I get the money?"), unless they asked about a call.
    if (v && part.type === 'when' && CALL_PROPOSED.test(x.text) && !CALL_SAID.test(part.text) && !MEETING_ASK.test(part.text)) v = false;
    // An ask for a figure ("What discount would be available?", "Pricing for 30 seats?") is answered by one, by a
    // refusal, by no charge at all, or by a dated promise of one: "pricing depends on a few factors", "we do have some
    // flexibility" and "very competitive pricing" give no figure.
    if (v && figureWanted && !givesFigure(x, part)) v = false;
    // "Who pays for the damaged parts?" is answered by who pays, or by no charge: not by an account of the damage.
    // Said across sentences ("The claim is made by the sender… they refund or replace the item") is said all the same.
    if (v && whoPays && !payerSaid() && !r.refusal) v = false;
    // "Is there a workaround till then?" — "Until then, you can export those invoices one at a time": what they can do meanwhile.
    if (!v && workaroundAsk && MEANWHILE_STEP.test(x.text) && !r.question && !r.empty) v = true;
    // "Can you send me the new contract in Word?" is answered by the thing sent, promised, refused or found somewhere:
    // not by a promise or a time on its topic ("I can do 7% a year on a three-year term").
    if (v && docAsk && !r.refusal && !SENT_HERE.test(x.text) && !SENDING.test(x.text)) v = false;
    // "Can someone call me tomorrow before 10?" is answered by a call, booked, made or refused: not by a sentence on the topic.
    if (v && callAsk && !CALL_SAID.test(x.text) && !r.refusal) v = false;
    // "Is food included?" is answered by what comes with it or costs extra ("lunch is included", "parking is £12 a day on
    // top"), or by a yes or a no: not by a sentence on the food ("we have a wonderful range of food packages").
    if (v && inclusionAsk && !INCLUSION_SAID.test(x.text) && !r.polarLead && !r.refusal) v = false;
    // An ask for how long something takes ("How long do refunds normally take?") is answered by a length of time or a
    // date ahead, not by what was done on a date ("I've flagged your order; it reached the warehouse on March 6").
    // "How long until it's fixed?" is answered by the fix done ("We restarted it at 09:40 and sales are flowing again").
    if (v && lengthWanted && !(r.done && UNTIL_ASK.test(part.text)) && !DURATION.test(x.text) && !SAME_DAY.test(x.text) && !(DEADLINE.test(x.text) && (r.promise || FUTURE.test(x.text) || AHEAD.test(x.text))) && !r.refusal) v = false;
    if (key !== undefined) {
      let byPart = localMemo.get(x);
      if (!byPart) localMemo.set(x, (byPart = new WeakMap()));
      let memo = byPart.get(part);
      if (!memo) byPart.set(part, (memo = new Map()));
      memo.set(key, v);
    }
    return v;
  };
  // A sentence more about another ask than this one answers that one ("plan on twelve weeks, France first" is the
  // timeline asked about, not the French filing asked about next to it). More: two more of its words, or more
  // of them for its length (a sentence that says both words of "a nonprofit discount?" answers it, though it
  // says three of a long question about the price beside it).
  const outdone = (i: number): boolean => {
    if (rivals.length === 0 || options.compete === false) return false;
    // "Is that date free?" asks about what the ask before it named ("Friday 11 December"): the sentence that names it
    // answers both.
    if (ANAPHOR.test(part.text)) return false;
    const x = sentences[i]!;
    // A time names the date asked about, here as where the sentence is judged ("Do you have a ship date yet?" — "we ship
    // it on Friday the 23rd, so it'll be in Porto before the 30th" names the ship date as much as Porto's deadline).
    const own = hitsOf(x).n + (timeAsk && read(x).time ? 1 : 0);
    // A yes or a no answers the yes/no question it names, unless another yes/no question is named two words more ("May I
    // ask if there is an outage in our area?" — "Yes, there is an outage in your area: a fibre cut…" is no yes to "will we
    // be credited for the days without internet?").
    if (part.type === 'yesno' && own > 0 && read(x).polarLead && !rivals.some((q) => q.type === 'yesno' && cachedHits(x, focusKeyOf(q), focusOf(q), read(x).topic).n >= own + 2)) return false;
    if (refersBack && read(x).opener) return false;
    // A sentence of two clauses may answer two asks, one each ("The renewal quote is attached, and the price stays at
    // $18 per seat"): a clause that names this ask at least as much as any other answers it. For asks of their own (a
    // list's items: "drop 6 seats…", "add the Bondi store…"), a clause that names two of its words or more ("six Newtown
    // seats come off today, and the Bondi store is set up…"). Train: 6 fewer false "not answered", 1 fewer found.
    if (own > 0 && (PARTED.has(part) || own >= 2) && clauseOwns(x, focus, rivals)) return false;
    // A list whose lead-in names this ask and no other ("On Starter, these features will no longer be available:") answers
    // it, whatever its items name ("- sending one document to many recipients").
    const lead = leadOf.get(x);
    if (lead && hitsOf(lead).n > 0 && rivals.every((q) => cachedHits(lead, focusKeyOf(q), focusOf(q), read(lead).topic).n === 0)) return false;
    // The fault's end, said as done, answers "how long until it's fixed?" whatever else the sentence names.
    if (part.type === 'when' && fixedNow(part, x.text)) return false;
    // A length of time answers "how long does it take?" (an ask that names nothing else) whatever else the sentence names.
    if (part.type === 'when' && focus.every((f) => HOW_LONG.has(f)) && read(x).time && DURATION.test(x.text)) return false;
    // A named person answers "who…?" whatever else the sentence names ("Dev Malhotra, our security lead, owns it, and he
    // started the questionnaire this morning").
    if (asksForPerson && PERSON.test(x.text)) return false;
    // What they are to bring, said as a list of it ("I'll need:" and its items), answers "which documents do you need from
    // us?" whatever other ask the sentence leads on from.
    if (bringAsk && !read(x).question && BRING_THIS.test(read(x).lead)) return false;
    // A sentence whose subject is the thing asked about answers it, whatever other ask the rest names ("What's the MOQ for
    // the new tinted SPF?" — "The MOQ is 3,000 units per shade, so 12,000 units if you go with 4 shades").
    if ((part.type === 'what' || part.type === 'when') && subjectIsAsked(x, focus)) return false;
    // One of them picked out ("The £98.15 one is correct; I cancelled the other…") answers "which one?" whatever else it names.
    if (whichAsk && ONE_PICKED.test(x.text)) return false;
    // A change from now on answers "how will you stop this?" whatever else the sentence names.
    if (preventAsk && saysPrevention(x.text)) return false;
    // What they can do meanwhile answers "is there a workaround?" whatever else the sentence names.
    if (workaroundAsk && MEANWHILE_STEP.test(x.text)) return false;
    // The hours answer "what are the hours?" whatever else the sentence names ("Our support desk is in Brisbane, open 7 am to 7 pm").
    if (givesHours(part, x.text)) return false;
    // A sum of money answers the only ask about money, whatever other ask the sentence names more of.
    if (soleMoney && newMoney(x.text, part.text)) return false;
    // A sentence that names most of this ask, in two words or more, answers it as well as the other ("We can host you
    // on 19–21 May: I've placed a hold on the plenary room and three breakout rooms").
    if (own >= 2 && own * 5 >= focusOf(part).length * 3) return false;
    // Two things done in one sentence ("I've switched you to annual billing and applied the discount") answer two asks.
    if (own >= 2 && (read(x).done || read(x).promise) && TWO_DEEDS.test(x.text)) return false;
    // A no to the thing asked for, in half its words or more, answers it whatever else the sentence names ("Rather than raising it, …").
    if (part.type === 'request' && read(x).refusal && hitsOf(x).same * 2 >= focusOf(part).length) return false;
    return rivals.some((q) => {
      const f = focusOf(q);
      const n = (extra ? topicHits(f, read(x).topic, extra) : cachedHits(x, focusKeyOf(q), f, read(x).topic)).n;
      // A cause answers the "why" beside it, whatever else it names ("The transfer is stuck because the EPP code expired"); an
      // account of what went on answers "What happened?" so.
      return n > own && (n >= own + 2 || n / f.length > own / Math.max(1, focusOf(part).length)) && !(part.type === 'why' && (read(x).cause || (read(x).weakCause && (own > 0 || topicless)) || HAPPENED.test(part.text)) && q.type !== 'why');
    });
  };
  // A thank-you, an apology, a restatement or a vague promise later in the reply that names the ask better than
  // the sentence taken for its answer is where the writer dealt with it ("Thanks for raising the question about
  // failed calls", "the recording is being edited and will be with you shortly"): the ask was acknowledged,
  // not answered, by that sentence or any before it.
  // later[i]: the most words of the ask that any acknowledging sentence after i names (in at least one of the ask's
  // own words: "Sorry the invoices…" does not acknowledge a question about the bill). Built once, back to front.
  let later: number[] | undefined;
  const deflected = (i: number): boolean => {
    if (!later) {
      later = new Array<number>(sentences.length).fill(-1);
      for (let j = sentences.length - 1; j > 0; j--) {
        const r = read(sentences[j]!);
        const h = r.empty || r.vagueWords ? hitsOf(sentences[j]!) : undefined;
        later[j - 1] = Math.max(later[j]!, h && h.same >= 1 ? h.n : -1);
      }
    }
    return later[i]! > hitsOf(sentences[i]!).n;
  };
  for (let i = 0; i < sentences.length; i++) if ((!inItem || inItem(i)) && local(i) && !outdone(i) && !deflected(i)) return i;
  if (inItem) return -1;
  // "How do I…?" answered by a list of steps anywhere, on its topic (or, for the message's only "how", on any).
  if (part.type === 'how') {
    const steps = sentences.findIndex((x, i) => read(x).steps && (sole || !outdone(i)));
    if (steps >= 0 && sole) return steps;
    if (steps >= 0 && sentences.some((x, i) => hitsOf(x).n >= aboutMin || (neighbour && i > 0 && !read(sentences[i - 1]!).empty && hitsOf(sentences[i - 1]!).n >= aboutMin))) return steps;
  }
  return -1;
}

/** An ask for a figure, as a question of fact, a yes/no or a request ("What discount would be available?", "Pricing for 30 seats?"). */
function wantsFigure(part: AskPart): boolean {
  return (part.type === 'what' || part.type === 'request' || part.type === 'yesno') && FIGURE_ASK.test(part.text);
}
// A sum of money (MONEYS, or a rate per something). A price asked for is not given by "30–50 rooms are live in three to four
// weeks": a figure, but no money.
const MONEY_FIGURE = new RegExp(String.raw`${MONEYS.source}|(?<![\d,.])\d[\d,.]*\s?(?:\/|per|a|an)\s?(?:month|year|seat|user|head|person|unit|hour|day|week|licen[cs]e|room|site|mo|yr|vehicle|van|truck|bag|pallet|kg|tonne|ton)\b`, 'i');
const YEAR_ALONE = /(?<![\d$£€¥₹.,])\b(?:19|20)\d\d\b(?![\d%]|[.,]\d)/g;
const PRICE_ASK = /\b(?:how much(?! (?:[\w-]+ )?(?:time|downtime|longer|notice|data|storage|space|of|left|more|capacity|traffic|bandwidth|disruption|work|effort|stock|volume|room|power|weight|water|light)\b)|costs?|price|pricing|priced|fees?|quote|charge for|what(?:['’]s| is| would be) the (?:rate(?! limit)|premium))\b/i;
/** A figure, a refusal, no charge at all, or a dated promise of one by the writer ("I'll send the price by Friday", not "the seats will be pro-rated from Monday"): what answers an ask for a figure. */
function givesFigure(x: ReplySentence, part?: AskPart): boolean {
  const r = read(x);
  // A price asked for wants money, not any figure.
  // A year is no figure ("making furniture since 1962" gives no discount).
  const figure = /\d/.test(x.text.replace(YEAR_ALONE, ' ')) && (!part || !PRICE_ASK.test(part.text) || MONEY_FIGURE.test(x.text));
  // A count said in words answers "how many…?" ("Eleven users signed in").
  return figure || SPELLED_FIGURE.test(x.text) || (!!part && HOW_MANY.test(part.text) && COUNT.test(x.text)) || NO_CHARGE.test(x.text) || INCLUDED.test(x.text) || r.refusal || (r.promise && DEADLINE.test(x.text) && OWN_STEP.test(x.text));
}

/** Does the sentence give a sum of money, a rate or "no charge" that the ask does not name itself? */

function newMoney(text: string, asked: string): boolean {
  const sums = text.match(MONEYS);
  return (!!sums && sums.some((m) => !asked.includes(m.trim()))) || (NO_CHARGE.test(text) && !NO_CHARGE.test(asked));
}

/** The list item each sentence of the reply belongs to ("a) …" and the sentences after it, up to the next mark). */
const marksMemo = new WeakMap<readonly ReplySentence[], (string | undefined)[]>();
function marksOf(sentences: readonly ReplySentence[]): (string | undefined)[] {
  let m = marksMemo.get(sentences);
  if (!m) {
    let at: string | undefined;
    m = sentences.map((x) => (at = listMark(x.text) ?? at));
    marksMemo.set(sentences, m);
  }
  return m;
}

/** The words an ask is about: a "when" is not about its own date words ("Monday's session" is not answered by "Glad Monday went well"). */
const focusMemo = new WeakMap<AskPart, readonly string[]>();
function focusOf(part: AskPart): readonly string[] {
  let f = focusMemo.get(part);
  if (!f) focusMemo.set(part, (f = part.type === 'when' ? part.focus.filter((w) => !TIME_STEM.test(w) && !/^\d/.test(w)) : part.focus));
  return f;
}

/** The key of a part's focus in the per-sentence hit memo, built once per part (not on every lookup). */
const focusKeyMemo = new WeakMap<AskPart, string>();
function focusKeyOf(part: AskPart): string {
  let k = focusKeyMemo.get(part);
  if (k === undefined) focusKeyMemo.set(part, (k = focusOf(part).join(' ')));
  return k;
}

/** The parts of an ask: its own two, or the ask itself as one part (the same object on every edit, for the memo). */
const wholeParts = new WeakMap<QuotedPoint, AskPart[]>();
function partsOf(point: QuotedPoint): AskPart[] {
  if (point.parts) return point.parts;
  let p = wholeParts.get(point);
  if (!p) wholeParts.set(point, (p = [{ text: point.text, type: point.type, focus: point.focus, ...(point.item ? { item: point.item } : {}) }]));
  return p;
}

/** Does the part ask for an amount? Read once per part (the same object while the quoted message is). */
const amountMemo = new WeakMap<AskPart, boolean>();
function asksAmount(part: AskPart): boolean {
  let a = amountMemo.get(part);
  if (a === undefined) amountMemo.set(part, (a = AMOUNT_ASK.test(part.text)));
  return a;
}

/** The stems of an ask's own words, read once per ask. */
const askStemsMemo = new WeakMap<AskPart, Set<string>>();
function askStemsOf(part: AskPart): Set<string> {
  let a = askStemsMemo.get(part);
  if (!a) askStemsMemo.set(part, (a = new Set([...contentStems(part.text), ...part.focus])));
  return a;
}

/** The thing a part asks for, before what it is for or of ("the training videos" of "…for the new reporting screens"). */
const HEAD_END = /\s(?:for|of|on|in|from|to|with|about|that|which|so|since|because|as)\s/i;
const headMemo = new WeakMap<AskPart, string[]>();
function headOf(part: AskPart): string[] {
  let h = headMemo.get(part);
  if (!h) {
    const end = HEAD_END.exec(part.text);
    headMemo.set(part, (h = contentStems(end ? part.text.slice(0, end.index) : part.text)));
  }
  return h;
}
/** Does the sentence name the thing asked for (a word of its head, as written or of its cluster)? */
function namesHead(part: AskPart, x: ReplySentence): boolean {
  const head = headOf(part);
  return head.length === 0 || head.some((f) => x.stems.some((t) => relation(f, t) !== undefined));
}

/** How many sentences of a reply give a cause, counted once per reply (the array every ask is judged against). */
const causeCounts = new WeakMap<readonly ReplySentence[], number>();
function causesIn(sentences: readonly ReplySentence[]): number {
  let n = causeCounts.get(sentences);
  if (n === undefined) causeCounts.set(sentences, (n = sentences.reduce((k, x) => k + (read(x).cause ? 1 : 0), 0)));
  return n;
}

/** Verdicts of answeredBy per sentence, kept with the sentence (see there). */
const localMemo = new WeakMap<ReplySentence, WeakMap<AskPart, Map<number, boolean>>>();
/** A number per sentence object, for keys that name the sentence before. */
const ids = new WeakMap<ReplySentence, number>();
let nextId = 0;
function idOf(s: ReplySentence): number {
  let id = ids.get(s);
  if (id === undefined) ids.set(s, (id = nextId++));
  return id;
}

/** The verdict on one ask: answered, or not, and if partly, which part is missing. */
export interface Verdict {
  answered: boolean;
  /** For an ask of two parts answered in one: the part left unanswered. */
  missing?: AskPart;
  /** Every part left unanswered, when the ask has parts and some are answered. */
  open?: AskPart[];
  /** Not answered, and the reply names the ask only to thank for it, apologise for it, say it back or put it off. */
  acknowledged?: true;
  /** Not answered, and the reply says nothing at all that could answer (only thanks, or a few empty words). */
  nothingSaid?: true;
}

/** A list item: "- Medical cover", "• Lift passes", "2) Helmets". */
const LIST_ITEM = /^[-*•–]\s|^\d{1,2}[.)]\s/;
/** A list's lead-in ends with a colon: "Insurance included in the package:". */
const LEADS_IN = /:\s*$/;
/** At most this many items are read with their lead-in (a longer run is a document, not an answer's list). */
const MAX_ITEMS = 12;

/**
 * Each sentence that leads in a list ("Insurance included in the package:"), read with its items: the lead-in names the
 * ask and the items answer it ("- Medical and repatriation, up to £10 million"), so neither answers alone. The items
 * stay as sentences of their own; the array keeps its length and order.
 */
/**
 * The lead-in read with its items, kept with the lead-in while its items are the same sentences: the judge's memos are
 * keyed by sentence, and an edit elsewhere in the reply must not make the list a new one.
 */
const mergedMemo = new WeakMap<ReplySentence, { run: readonly ReplySentence[]; merged: ReplySentence }>();
/** A list read with its lead-in, and the lead-in alone. */
const leadOf = new WeakMap<ReplySentence, ReplySentence>();
function merged(run: readonly ReplySentence[]): ReplySentence {
  const hit = mergedMemo.get(run[0]!);
  if (hit && hit.run.length === run.length && hit.run.every((x, k) => x === run[k])) return hit.merged;
  const m = { text: run.map((x) => x.text).join(' '), stems: [...new Set(run.flatMap((x) => x.stems))] };
  mergedMemo.set(run[0]!, { run, merged: m });
  leadOf.set(m, run[0]!);
  return m;
}

export function withLists(sentences: readonly ReplySentence[]): readonly ReplySentence[] {
  let out: ReplySentence[] | undefined;
  for (let i = 0; i < sentences.length - 1; i++) {
    if (!LEADS_IN.test(sentences[i]!.text)) continue;
    let j = i + 1;
    while (j < sentences.length && j <= i + MAX_ITEMS && LIST_ITEM.test(sentences[j]!.text)) j++;
    if (j === i + 1) continue;
    const run = sentences.slice(i, j);
    out ??= sentences.slice();
    out[i] = merged(run);
  }
  return out ?? sentences;
}

/** "Arriving close to midnight is no problem at all.": a yes said of the thing asked, in words of its own. */
const NO_PROBLEM = /^(?:[\w’'-]+ ){1,6}(?:is|are|will be|would be) (?:absolutely |completely |totally |really )?(?:no problem|not a problem|fine)(?: at all)?[.!]?$/i;
/** "No customer payments were affected": a "no" that is a word of the sentence, not its answer. */
const NO_THING = /^no\s+[a-z]/i;
/** A sentence that is only a yes or a no: "Yes.", "No!", "Not yet." */
const BARE_POLAR = /^(?:yes|yep|yeah|no|nope|not yet|correct|absolutely|definitely|certainly|of course)[.!]*$/i;

/**
 * A reply answers yes/no questions in turn: a sentence that is only a yes or a no ("Yes.") answers the yes/no question
 * of the same rank ("Is this a known issue?" — "Yes. It started with the update on 3 March…"), where a "Yes." alone,
 * naming nothing, is claimed by no ask. Only asks of one part; a verdict already reached stands.
 */
function answerInTurn(points: readonly QuotedPoint[], sentences: readonly ReplySentence[], verdicts: Verdict[], all: readonly AskPart[]): void {
  // Or a yes or a no that names no ask at all ("Good news: it is — a new pump went in during January").
  const bare = sentences.filter((s) => {
    if (BARE_POLAR.test(s.text.trim())) return true;
    const r = read(s);
    return r.yesOrNo && !r.question && !r.empty && all.every((q) => cachedHits(s, focusKeyOf(q), focusOf(q), r.topic).n === 0);
  }).length;
  if (bare === 0) return;
  const polar = points.flatMap((p, i) => (p.type === 'yesno' ? [i] : []));
  for (const i of polar.slice(0, bare)) if (partsOf(points[i]!).length === 1 && !verdicts[i]!.answered) verdicts[i] = { answered: true };
}

/** The verdict on every ask of a message, each judged against the others: a sentence answers the ask it is most about. */
export function judgeAll(points: readonly QuotedPoint[], replySentences: readonly ReplySentence[], options: JudgeOptions = {}): Verdict[] {
  const sentences = withLists(replySentences);
  const all = points.flatMap(partsOf);
  const verdicts = points.map((p) => judge(p, sentences, options, all));
  answerInTurn(points, sentences, verdicts, all);
  if (options.sole === false) return verdicts;
  // The one ask left open, and a dated step of the writer's that brings an answer and names no other ask ("I'll have the
  // landlord's decision to you by Monday 16 March" after "will we get any rent back?"): the step is that ask's answer,
  // put off to a date. A dated step that brings something else ("I'll send you the load-test results by 9 am Monday")
  // answers no "what will you do to compensate us?".
  const open = verdicts.flatMap((v, i) => (!v.answered && !v.missing && !v.acknowledged ? [i] : []));
  if (open.length !== 1) return verdicts;
  const others = all.filter((q) => !partsOf(points[open[0]!]!).includes(q));
  const step = sentences.some((x) => {
    const r = read(x);
    return r.promise && !r.question && OWN_STEP.test(x.text) && ANSWER_DUE.test(x.text) && DEADLINE.test(x.text) && !VAGUE.test(x.text) && others.every((q) => cachedHits(x, focusKeyOf(q), focusOf(q), r.topic).n === 0);
  });
  if (step) verdicts[open[0]!] = { answered: true };
  return verdicts;
}
/**
 * A cause that says what it explains, and explains something else: "…a crew is replacing a burst main, which is why your
 * pressure has dropped" explains the pressure, not "why no letter about it?".
 */
const WHICH_IS_WHY = /\b(?:(?:which|that|this|it)(?:['’]s| is| was)|that['’]s) (?:also |partly |exactly )?why\b([^.;!?]*)/i;
function explainsOther(text: string, focus: readonly string[]): boolean {
  const m = WHICH_IS_WHY.exec(text);
  if (!m || focus.length === 0) return false;
  const explained = new Set(contentStems(m[1]!));
  return explained.size > 0 && !focus.some((f) => explained.has(f));
}
/** A sentence led by its subject and a verb of being: "The MOQ is…", "Our minimum order is…", "Transit time is about…". */
const SUBJECT_LEAD = /^(?:(?:the|our|your|its|their)\s+)?((?:[\w-]+\s+){0,2}[\w-]+)\s+(?:is|are|will be|would be|comes to|stays|remains)\b/i;
/** The stems of a sentence's subject, read once per sentence (outdone asks it of every ask on every edit). */
const subjectMemo = new WeakMap<ReplySentence, readonly string[]>();
function subjectIsAsked(x: ReplySentence, focus: readonly string[]): boolean {
  let lead = subjectMemo.get(x);
  if (!lead) {
    const m = SUBJECT_LEAD.exec(x.text);
    subjectMemo.set(x, (lead = m ? contentStems(m[1]!) : []));
  }
  return lead.some((t) => focus.includes(t));
}
/**
 * A clause of the sentence that gives a date and is no message to them ("it will reach your account on Thursday the 11th;
 * you'll get the remittance email when it goes": its first clause): "I will send the order form by Friday" is none.
 */
function datedNotMessage(text: string): boolean {
  return text.split(/[;—–]/).some((c) => DEADLINE.test(c) && !COMMS.test(c));
}
/** A step the writer takes on: "I'll…", "we will…", "you'll have it by…". */
const OWN_STEP = /\b(?:i|we)(?:['’]ll| will| am going to|['’]m going to)\b|\byou['’]ll (?:have|get|receive|hear)\b/i;
/** What the step brings is the answer: a decision, a confirmation, the thing asked for sent over. */
const ANSWER_DUE = /\b(?:decision|answer|outcome|verdict|confirm|confirmation|let you know (?:whether|if|what|which|how|when)|come back to you with|(?:send|email|get) (?:them|it|these|those|both) (?:over|across|through|to you))\b/i;

/** An ask how they will stop it happening again ("tell me how you will stop this"), and a change that does. */
const PREVENT_ASK = /\b(?:how|what) (?:you|will you|are you going to|do you|you(?:['’]ll| will| are going to))\b[^?.]{0,30}?\b(?:stop|prevent|avoid|make sure|ensure)\b|\b(?:stop|prevent) (?:this|it|that) (?:from )?(?:happening|recurring) again\b/i;
/** A "no" of courtesy, no answer: "No need to apologise for the list!", "No worries at all". */
const NO_NEED = /^(?:no need (?:to|for) (?:apologi[sz]e|apolog(?:y|ies)|worry|be sorry|thank)|no worries|no apolog(?:y|ies) (?:needed|necessary|required))\b/i;
/** An ask to hear no more, and a sentence that says so is done. */
const STOP_ASK = /\b(?:take (?:me|us) off|remove (?:me|us|my (?:e-?mail|address|details))|unsubscribe|(?:don['’]t|do not|stop) (?:send|e-?mail|contact|call|message)(?:ing)?|no (?:more|further) (?:e-?mails|calls|messages|contact)|off (?:your|the) (?:mailing |contact |e-?mail )?list)\b/i;
const STOPPED = /\b(?:removed (?:you|your|them)|tak(?:en|e) you off|took you off|unsubscribed|opted you out|won['’]t hear from|will not hear from|won['’]t (?:contact|e-?mail|send|call|message) you|will not (?:contact|e-?mail|send|call|message) you|off (?:our|my|the) (?:mailing |contact )?(?:list|follow-?ups?))\b/i;
/** An offer on a condition ("If you choose annual billing instead, you get two months free"): no explanation. */
const OFFER_IF = /^(?:and |but |so )?(?:if|should|unless) you\b/i;
/** An ask for a copy of a paper ("a copy of the updated rate card"). */
const COPY_ASK = /\b(?:a copy|copies) of\b/i;
/** An ask to send something, and a sentence that sends it. */
/** A thing sent, to be sent, or where it is: "I'll email it by Friday", "you'll find it in the portal", "it's on its way". */
const SENDING = /\b(?:send|sends|sending|sent|email|emailed|e-mail|e-mailed|forward|forwarded|share|shared|attach|attaching|post|posted|upload|uploaded|download|portal|inbox|link|on (?:its|their) way|in the (?:post|mail)|you(?:['’]ll| will| can) (?:find|see|get|have|download)|copy|copies|(?:have|get) (?:it|them|this|that|one|the [\w-]+) (?:over )?to you|with you (?:by|on|before|tomorrow|today|this|first)|to you by|website|online|(?:[\w-]+\.)+(?:com|org|net|io|co|uk|de|ie|au|in|za|nz|ca|es|fr)\b|(?:is|are) (?:here|below|above)|https?:\/\/|[\w-]+\.[a-z]{2,6}\/)\b/i;
/** A document asked to be sent: "send me the new contract in Word", "send an itemized statement", "the outage timeline". */
const SEND_DOC = /\b(?:send|share|forward|e-?mail)(?: (?:me|us|over|across|through|on))? (?:[\w-]+ ){0,4}?(?:contract|statement|copy|report|template|schedule|timeline|invoices?|documents?|docs|paperwork|form|list|guide|manual|breakdown|photos?|pictures?|certificate|letter|summary|file|export|log|minutes|agreement|policy|records?|spreadsheet|pdf|slides?|deck|proposal|receipt)\b/i;
/** What they must send themselves ("we must send the file until 10 March to our tax adviser"): no ask of ours. */
const THEY_SEND = /\b(?:we|i) (?:must|need to|have to|should|will|are going to) (?:send|share|forward|e-?mail)\b/i;
const SEND_ASK = /\b(?:send|share|forward|e-?mail) (?:me|us|over|across|through|on|the|a|an|your|that|this|those|these)\b/i;
const SENT_HERE = /\b(?:attached|enclosed|here (?:is|are)|here['’]s|please find|i['’]ve (?:sent|shared|forwarded|emailed)|(?:is|are) (?:now |already )?(?:in|waiting in) (?:[\w-]+ in )?your (?:inbox|e-?mail|portal|docusign))\b/i;

/** What may be done, not what will be: "Their places can be passed to other students until 20 March" is no dated step. */
const MAY_BE = /\bcan (?:be|start|go)\b/i;
/** An ask for a length of time itself: "How long do refunds take?", "What's the lead time?" (not "the response times in October"). */
const PURE_LENGTH = /^(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|several|a couple of)[- ](?:days?|weeks?|months?|hours?|minutes?|years?)$/i;
const RUNS_FOR = /\b(?:runs?|running|lasts?|lasting|takes?|taking|is|are) (?:usually |typically |normally |about |around |roughly )*for\b|\b(?:runs?|lasts?|takes?) (?:about |around |roughly )?(?:\d|a |an |one|two|three|four|five|six|eight|ten|twelve|several)/i;
const LENGTH_ASK = /\b(?:how long|how much time|how many (?:days|weeks|hours|months)|lead ?times?|turnaround(?: times?)?|(?:implementation|set-?up|onboarding|installation|production|repair|roll-?out|migration) times?|how (?:quickly|fast))\b/i;
/** A length of time said as a day: "we collect at 7am and return the same evening", "overnight", "next-day". */
const SAME_DAY = /\b(?:same|that) (?:day|evening|night|morning|afternoon)\b|\bovernight\b|\bnext[- ](?:day|morning|working day|business day)\b/i;
/** A date said as one ahead: "should reach your card by Friday", "within the week". */
const AHEAD = /\b(?:by|should|will|within)\b/i;
/** "How long until it's fixed?": answered by the fix done. */
const UNTIL_ASK = /\bhow long (?:until|till|before)\b/i;
/** An ask for how long a thing takes, and a length of time. */
const LEAD_ASK = /\b(?:lead ?time|turnaround|how long|how much time|how many (?:days|weeks|hours|months)|(?:transit|delivery|shipping|processing|waiting|wait|response) times?)\b/i;
/** A length of time, said in words or as one word ("six weeks", "a 24-hour turnaround", "2 to 3 days"). */
const DURATION = /\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|a couple of)(?:[- ](?:to|or)[- ](?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve))?[ -](?:business |working |calendar )?(?:minutes?|hours?|days?|weeks?|months?|years?)\b/i;
/** An ask about when something ends, and a sentence that says the date it runs until. */
const END_ASK = /\b(?:end|ends|expire|expires|expiry|run out|runs out|finish|finishes|last)\b/i;
const UNTIL = /\b(?:until|till|through|runs? to|expires?|ends?|finishes)\b/i;
/** An ask for opening hours, and a range of clock times. */
const HOURS_ASK = /\b(?:(?:opening|office|support|business|working) hours|(?:what|which) (?:are )?(?:the|your) hours|(?:what|which) hours|what time do (?:you|they) (?:open|close))\b/i;
const CLOCK_RANGE = /\b\d{1,2}(?:[:.]\d{2})? ?(?:am|pm)? ?(?:to|-|–|until|till) ?\d{1,2}(?:[:.]\d{2})? ?(?:am|pm)\b|\b\d{1,2}:\d{2}(?:-|–| to )\d{1,2}:\d{2}\b|\b24\/7\b|\baround the clock\b/i;
/** "What are the hours?" answered by a range of clock times ("open 7 am to 7 pm on weekdays"). */
/** "How often are backups taken?" answered by a frequency ("every four hours", "nightly", "twice a week"). */
const HOW_OFTEN = /\bhow (?:often|frequently)\b|\bwhat(?:['’]s| is) the frequency\b/i;
const FREQUENCY = /\bevery (?:(?:\d+|other|two|three|four|five|six|ten|twelve|fifteen|thirty|few|couple of) )?(?:seconds?|minutes?|mins?|hours?|days?|nights?|weeks?|months?|quarters?|years?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|morning|evening|weekday)\b|\b(?:hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|annually|yearly|continuously|in real[- ]time)\b|\b(?:once|twice|\d+ times|(?:two|three|four|five|six|ten) times) (?:a|an|per|each|every) (?:minute|hour|day|night|week|month|quarter|year)\b/i;
/** The two things an ask offers to choose between ("USD or EUR", "in person or online"), as stems, or none. */
const OR = /\sor\s/i;
const NOT_A_CHOICE = /^(?:not|so|anything|something|whatever|more|less|later|earlier|else|otherwise|both|other|never|no|none|any|all|what|two|three)\b/i;
const WEAK_CHOICE = new Set(['use', 'get', 'do', 'make', 'have', 'go', 'need', 'want', 'just', 'actual', 'actually', 'still', 'current', 'via', 'through'].map((w) => contentStems(w)[0] ?? w));
const choiceMemo = new WeakMap<AskPart, readonly string[] | null>();
function choicesOf(part: AskPart): readonly string[] | undefined {
  let c = choiceMemo.get(part);
  if (c === undefined) {
    c = null;
    const m = OR.exec(part.text);
    // Between two things, not two actions: "USD or EUR?", "in person or online?", not "… or will a courier collect them?".
    const rest = m ? part.text.slice(m.index + m[0].length).trimEnd().replace(/(?<![?.!])[?.!]+$/, '') : '';
    if (m && !NOT_A_CHOICE.test(rest) && rest.split(/\s+/).length <= 3 && !/^(?:will|would|can|could|do|does|did|is|are|should|shall|must|have|has)\b/i.test(rest)) {
      const left = contentStems(part.text.slice(0, m.index)).filter((w) => !WEAK_CHOICE.has(w));
      const right = contentStems(part.text.slice(m.index + m[0].length)).filter((w) => !WEAK_CHOICE.has(w));
      const a = left[left.length - 1];
      const b = right[0];
      if (a && b && a !== b) c = [a, b];
    }
    choiceMemo.set(part, c);
  }
  return c ?? undefined;
}
/** Does a sentence of substance name one of the choices? */
function picks(options: readonly string[], r: Reading): boolean {
  if (r.empty || r.question) return false;
  for (const t of r.topic) if (options.some((o) => relation(o, t) !== undefined)) return true;
  return false;
}

/** Parts of an ask of two or more ("Can you send the quote and tell me if the price is changing?"). */
const PARTED = new WeakSet<AskPart>();
/** Where a reply sentence splits into clauses that can each answer an ask: "…; …", "…, and we…", "…, and the price…". */
const CLAUSE = /;\s|,\s(?:and|but|so|while)\s|\sand\s(?=(?:we|i|you|it|they|the|your|our|this|that|there|yes|no)\b)/i;
const clauseMemo = new WeakMap<ReplySentence, Set<string>[] | null>();
function clauseTopics(x: ReplySentence): Set<string>[] | null {
  let c = clauseMemo.get(x);
  if (c === undefined) {
    const parts = x.text.split(CLAUSE).filter((p) => p.trim().length > 0);
    c = parts.length >= 2 && parts.length <= 4 ? parts.map((p) => new Set([...contentStems(p), ...phraseStems(p)])) : null;
    clauseMemo.set(x, c);
  }
  return c;
}
/** Does a clause of the sentence name this ask's words, and no other ask's more? */
function clauseOwns(x: ReplySentence, focus: readonly string[], rivals: readonly AskPart[]): boolean {
  const clauses = clauseTopics(x);
  if (!clauses) return false;
  return clauses.some((topic) => {
    const own = topicHits(focus, topic).n;
    return own > 0 && rivals.every((q) => topicHits(focusOf(q), topic).n <= own);
  });
}

/** An email address or a phone number, given on the ask for one or as the message's only ask for contact details. */
const CONTACT_DETAILS = /\b(?:(?:tele)?phone|mobile|contact|whatsapp) (?:number|no\.?|details)|\b(?:e-?mail|postal|mailing) address\b|\bdirect (?:line|dial|number)\b|\bnumber (?:i|we) (?:can|could|should) (?:call|ring|text|reach)\b/i;
const givesContact = (part: AskPart, text: string, hits: number, rivals: readonly AskPart[]) => CONTACT_ASK.test(part.text) && CONTACT.test(text) && (hits >= 1 || (CONTACT_DETAILS.test(part.text) && rivals.every((q) => !CONTACT_ASK.test(q.text))));
const givesHours = (part: AskPart, text: string) => HOURS_ASK.test(part.text) && CLOCK_RANGE.test(text);
/** "How far…?", and a distance or a journey's length. */
const FAR_ASK = /\bhow far\b/i;
const DISTANCE = /\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty)[- ](?:minutes?|mins?|hours?|miles?|km|kilomet(?:er|re)s?|met(?:er|re)s?|blocks?|stops?)\b|\bnext door\b|\baround the corner\b|\bacross the (?:road|street)\b|\bwalking distance\b/i;

const verdictMemo = new WeakMap<object, Verdict[]>();
/**
 * judgeAll, once per analysis however many rules ask: `key` is the analysis's own object (its document), so the
 * unanswered-question rule and the next-step rule share one judgement.
 */
export function verdictsFor(key: object, points: readonly QuotedPoint[], sentences: () => readonly ReplySentence[]): Verdict[] {
  let v = verdictMemo.get(key);
  if (!v) {
    v = judgeAll(points, sentences());
    verdictMemo.set(key, v);
  }
  return v;
}

/** The verdict on one ask; `all`: the parts of every ask of the message, this one's among them. */
const BOTH = /\b(?:both|all|each|every|either)\b/i;
/** Two things named side by side in an ask: "Vietnamese and Mandarin", "Okta and Azure AD", "Leeds and York". */
const NAMED_PAIR = /\b(\p{Lu}[\p{L}\d-]+(?: \p{Lu}[\p{L}\d-]+)?) (?:and|&) (?:(?:one|the other|another|the second) (?:in|at|for|on) )?(\p{Lu}[\p{L}\d-]+(?: \p{Lu}[\p{L}\d-]+)?)\b/u;

/**
 * An ask that names two things side by side ("the sentiment scoring on Vietnamese and Mandarin calls"), answered in a
 * sentence that names one of them, while no sentence of the reply names the other ("Mandarin sentiment scoring is in
 * beta now"): the other is the part left open. `at`: the sentence that answers the part.
 */
function namedLeft(part: AskPart, sentences: readonly ReplySentence[], at: number): AskPart | undefined {
  // The ask itself, not a lead-in before a semicolon or a colon ("The survey must be offered in French and English; …").
  const asked = part.text.slice(Math.max(part.text.lastIndexOf('; '), part.text.lastIndexOf(': ')) + 1);
  const m = NAMED_PAIR.exec(asked);
  // Not the tail of a longer list ("France, Belgium and Spain"), which the reply may answer as a whole.
  if (!m || m.index === 0 || /,\s*$/.test(asked.slice(0, m.index))) return undefined;
  const said = (name: string) => sentences.some((x) => x.text.includes(name));
  const [a, b] = [m[1]!, m[2]!];
  if (said(a) === said(b)) return undefined;
  // An answer said of both at once ("both", "all", "each of them") leaves neither open.
  if (BOTH.test(sentences[at]!.text)) return undefined;
  const missing = said(a) ? b : a;
  return { text: missing, type: part.type, focus: contentStems(missing) };
}

/**
 * The things an ask lists, each to be answered: "the breakup of the hosting charges (compute, storage, backup,
 * support)", "the length of the initial contract and any break clauses". An item a phrase of up to four words, cut
 * before a preposition or a verb; a list in brackets of three or more, without figures ("files attached, about 60x40
 * cm" lists nothing).
 */
const ITEM = String.raw`[\w-]+(?: (?!(?:and|or|to|for|with|from|in|on|of|by|as|that|which|if|so|before|after|is|are|was|were|will|would|can|could|please)\b)[\w-]+){0,3}`;
const DET_PAIR = new RegExp(String.raw`\b(?:the|your|our|any) (${ITEM}) (?:and|&) (?:the|your|our|any|a|an) (${ITEM})`, 'i');
const PAREN_LIST = /\(([^()]{3,80})\)/;
const listMemo = new WeakMap<AskPart, { items: string[]; heads: string[] } | null>();
/** The items an ask lists and the head word (stem) of each, read once per ask. */
function listOf(part: AskPart): { items: string[]; heads: string[] } | null {
  let v = listMemo.get(part);
  if (v === undefined) {
    let items: string[] = [];
    const p = PAREN_LIST.exec(part.text);
    if (p && /,/.test(p[1]!) && !/\d/.test(p[1]!)) items = p[1]!.split(',').flatMap((x) => x.split(' and ')).map((x) => x.trim().replace(/^(?:and|or) /, '')).filter(Boolean);
    if (items.length === 2) items = [];
    if (items.length === 0) {
      const m = DET_PAIR.exec(part.text);
      if (m) items = [m[1]!, m[2]!];
    }
    const heads = items.map((x) => contentStems(x).at(-1) ?? '');
    v = items.length >= 2 && items.length <= 6 && heads.every(Boolean) && new Set(heads).size === heads.length ? { items, heads } : null;
    listMemo.set(part, v);
  }
  return v;
}
/**
 * An ask that lists things ("compute, storage, backup, support"), answered where the reply names some of them and
 * never names another, and the answer is not said of them all ("both", "each"): the items never named are the part
 * left open. Read from the head word of each item, in any of its forms or synonyms; kept with each sentence.
 */
function listLeft(part: AskPart, sentences: readonly ReplySentence[], at: number): AskPart | undefined {
  const list = listOf(part);
  if (!list || BOTH.test(sentences[at]!.text)) return undefined;
  const said = list.heads.map((h) => sentences.some((x) => cachedHits(x, `item:${h}`, [h], read(x).topic).n > 0));
  if (!said.some(Boolean) || said.every(Boolean)) return undefined;
  // Every item left, named as the ask names them: "backup" or "backup and support".
  const left = list.items.filter((_, i) => !said[i]);
  const text = left.length === 1 ? left[0]! : `${left.slice(0, -1).join(', ')} and ${left.at(-1)!}`;
  return { text, type: part.type, focus: list.heads.filter((_, i) => !said[i]) };
}

/** A condition an ask sets on what it asks: "cancel without the fee", "installed without stopping the line". */
const WITHOUT = /\bwithout (?:the |a |an |any |us |having to |paying (?:the |a |an |any )?)?([\w-]+(?: (?!if\b|when\b|because\b|and\b|or\b)[\w-]+){0,3})/i;
/** A thing the ask says must come with it: "a full refund, including the $149 delivery fee". */
const INCLUDING = /\b(?:including|incl\.?|plus) (?:the |a |an |any |all |our |my |your )?((?:[\w$£€.-]|,(?=\d))+(?: (?!if\b|when\b|because\b|and\b|or\b|so\b|to\b|for\b|from\b|in\b|on\b|at\b|with\b|by\b|of\b)(?:[\w$£€.-]|,(?=\d))+){0,3})/i;
/** Losing said any way: "without data loss" is named by "with nothing lost". */
const LOSS = /\b(?:los[st]|lose[sd]?|losing)\b/i;
/**
 * An ask with a condition ("Can I still cancel without the fee?"), answered in a reply that never names what the
 * condition is about (how to cancel, and no word on a fee): the condition is the part left open.
 */
function withoutLeft(part: AskPart, sentences: readonly ReplySentence[]): AskPart | undefined {
  const m = WITHOUT.exec(part.text);
  if (!m) return undefined;
  const focus = contentStems(m[1]!);
  if (focus.length === 0) return undefined;
  const key = `without:${focus.join(' ')}`;
  const loss = LOSS.test(m[1]!);
  if (sentences.some((x) => cachedHits(x, key, focus, read(x).topic).n > 0 || (loss && LOSS.test(x.text)))) return undefined;
  return { text: m[0], type: part.type, focus };
}

/** An ask for all of several things: "a rough quote for all three roofs", "for each of the 4 sites", "for both stores". */
const ALL_OF = /\b(?:for |on |at |to |across )?(?:all|each of|every one of|both)(?: (?:the|our|my|your|of (?:the|our|my|your)))? ?(two|three|four|five|six|seven|eight|nine|ten|twelve|\d{1,2})?\b/i;
/** A sentence that says it of them all: "all", "each", "every", "both", "per site", "whole". */
const OF_ALL = /\b(?:all|each|every|both|per|whole|entire|total|altogether|together|combined|any of)\b/i;
/**
 * An ask for all of a number of things ("Please send a rough quote for all three roofs, not just the main one"),
 * answered in a reply that never says all of them (no "all", "each", "both", "per", nor the number itself): it answered
 * for one, and the others are the part left open. (Read over the whole reply: read beside the answer only, it found
 * one more on a fresh set and flagged four answered asks more on train, "both" said of something else among them.)
 */
function allLeft(part: AskPart, sentences: readonly ReplySentence[]): AskPart | undefined {
  const m = ALL_OF.exec(part.text);
  // A number, or "both": "all the documents" asks for the documents, not for a count of them.
  if (!m || (!m[1] && !/\bboth\b/i.test(m[0]))) return undefined;
  // Both kept from happening ("can you stop the direct debit from taking both") asks that they do not, not for each.
  if (/\b(?:stop|prevent|avoid|not|don['’]t|never|instead of|rather than|cancel)\b/i.test(part.text.slice(0, m.index))) return undefined;
  // The number in words or figures: the stemmer reads "three" and "3" as one.
  const count = m[1] ? stem(m[1].toLowerCase()) : undefined;
  if (sentences.some((x) => OF_ALL.test(x.text) || (count !== undefined && plainOf(x).split(' ').some((w) => w !== '' && stem(w) === count)))) return undefined;
  // Named as the ask names them: "all three roofs".
  const tail = part.text.slice(m.index + m[0].length).match(/^\s*([\w-]+)/)?.[1] ?? '';
  const text = `${m[0].replace(/^(?:for|on|at|to|across) /i, '')}${tail ? ` ${tail}` : ''}`.trim();
  return { text, type: part.type, focus: contentStems(text) };
}

/** A cost the ask holds the change to: "at the same freight cost", "at last year's rate", "at no extra charge". */
const SAME_COST = /\b(?:at|for|on) (?:the same|no extra|no additional|last year['’]s|the current|the old|the existing|our current|our existing|the agreed) (?:[\w-]+ )?(?:price|cost|rate|fee|charge|terms|pricing)s?\b/i;
/** A sentence that speaks of the cost: a word for it, a figure of money, or none to pay. */
const COST_SAID = /\b(?:price|prices|pricing|cost|costs|costing|rate|rates|fee|fees|charge|charges|charged|free|same terms|no extra|no additional|surcharge|premium|discount|tariff|invoice|invoiced|quote|quoted)\b|[$£€₹¥]\s?\d|\d\s?(?:usd|eur|gbp|inr|zar|aud|cad|chf|sek|nok|dkk|pln|czk|try|brl|mxn)\b/i;
/**
 * An ask that holds a change to its cost ("Can the second shipment go by rail instead of truck, at the same freight
 * cost?"), answered in a reply that never speaks of the cost: the cost is the part left open.
 */
function sameCostLeft(part: AskPart, sentences: readonly ReplySentence[]): AskPart | undefined {
  const m = SAME_COST.exec(part.text);
  if (!m || sentences.some((x) => COST_SAID.test(x.text))) return undefined;
  const text = m[0].replace(/^(?:at|for|on) /i, '');
  return { text, type: part.type, focus: contentStems(text) };
}

/** A sentence's words in lower case, one space apart and around (" the 149 delivery fee "), kept with the sentence. */
const plainMemo = new WeakMap<ReplySentence, string>();
function plainOf(x: ReplySentence): string {
  let t = plainMemo.get(x);
  if (t === undefined) plainMemo.set(x, (t = ` ${x.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `));
  return t;
}

/**
 * An ask that says what must come with it ("a full refund, including the $149 delivery fee"), answered in a reply
 * that never says that thing in the ask's own words (its figure, or its head word: "the purchase price in full" says
 * nothing of the delivery fee): that thing is the part left open.
 */
function includingLeft(part: AskPart, sentences: readonly ReplySentence[]): AskPart | undefined {
  const m = INCLUDING.exec(part.text);
  if (!m) return undefined;
  // The head word as written ("fee"; the stems read "fee" and "price" as one), and the figures ("149").
  const head = m[1]!.toLowerCase().split(' ').at(-1)!.replace(/[^\p{L}]+/gu, '');
  if (head.length < 3 || contentStems(head).length === 0) return undefined;
  const figures = m[1]!.match(/\d[\d,.]*\d|\d/g) ?? [];
  const said = (x: ReplySentence) => {
    const t = plainOf(x);
    return t.includes(` ${head} `) || t.includes(` ${head}s `) || figures.some((f) => x.text.includes(f));
  };
  if (sentences.some(said)) return undefined;
  // Named as the ask names it: "the $149 delivery fee".
  let text = m[0].slice(m[0].indexOf(' ') + 1);
  while (/[.,]$/.test(text)) text = text.slice(0, -1);
  return { text, type: part.type, focus: contentStems(m[1]!) };
}

export function judge(point: QuotedPoint, sentences: readonly ReplySentence[], options: JudgeOptions = {}, all: readonly AskPart[] = []): Verdict {
  // A number the customer gave (an order, an invoice), said back in a sentence that answers something.
  const rs = sentences.filter((s) => !read(s).empty);
  const numbered = point.numbers.some((n) => n.length > 2 && rs.some((s) => s.text.includes(n) && (read(s).done || read(s).refusal || read(s).time || read(s).promise)));
  const parts = partsOf(point);
  if (parts.length > 1) for (const p of parts) PARTED.add(p);
  const at = parts.map((p) => answeredBy(p, sentences, options, all.filter((q) => q !== p && !((p.included || q.included) && parts.includes(q)))));
  const open = parts.filter((_, i) => at[i]! < 0);
  if (open.length === 0 && parts.length === 1 && !numbered) {
    const left = namedLeft(parts[0]!, sentences, at[0]!) ?? listLeft(parts[0]!, sentences, at[0]!);
    if (left) return { answered: false, missing: left, open: [left] };
    // A condition left unsaid ("without the fee"), or what must come with it ("including the $149 delivery fee").
    const without = withoutLeft(parts[0]!, sentences) ?? includingLeft(parts[0]!, sentences) ?? allLeft(parts[0]!, sentences) ?? sameCostLeft(parts[0]!, sentences);
    if (without) return { answered: false, missing: without, open: [without] };
    if (putOff(parts[0]!, sentences, at[0]!, all.filter((q) => q !== parts[0]))) return { answered: false, acknowledged: true };
  }
  if (open.length === 0 || (numbered && parts.length === 1)) return { answered: true };
  if (open.length < parts.length) return { answered: false, missing: open[0]!, open };
  const ack = acknowledged(open, sentences);
  return { answered: false, ...(ack ? { acknowledged: true as const } : {}), ...(ack === 'nothing' ? { nothingSaid: true as const } : {}) };
}

/**
 * Does the reply take the ask up by name in a sentence that says nothing ("Freeze fees depend on the type of freeze",
 * "Hygiene-only Saturdays: I'll look into that"), naming it more than the sentence taken for its answer does? Then that
 * sentence is the writer's answer to it, and it answers nothing: the other was read as an answer to an ask its writer
 * answered elsewhere, or to none.
 */
function putOff(part: AskPart, sentences: readonly ReplySentence[], at: number, rivals: readonly AskPart[]): boolean {
  if (ledOff(part, sentences, rivals)) return true;
  const focus = focusOf(part);
  const key = focusKeyOf(part);
  const answer = sentences[at]!;
  const named = cachedHits(answer, key, focus, read(answer).topic).n;
  const need = named === 0 && focus.length <= 3 ? 1 : Math.max(2, named + 1);
  return sentences.some((y, j) => j !== at && read(y).saysNothingOn && !read(y).done && !datedStepAfter(sentences, j) && cachedHits(y, key, focus, read(y).topic).n >= need);
}

/** Is the sentence after j a dated step of the writer's ("I'll send them by Monday 17 March")? */
function datedStepAfter(sentences: readonly ReplySentence[], j: number): boolean {
  const next = sentences[j + 1];
  return !!next && read(next).promise && OWN_STEP.test(next.text) && DEADLINE.test(next.text);
}

/**
 * Is the ask taken up by a sentence led by its own topic that says nothing ("About the minibar, I have passed your
 * message to accounts", "Additional rooms: I'll do my best and keep you posted")? That sentence is the writer's answer
 * to it, and a hand-off or a hope is no answer. The lead's head word is the ask's ("Additional rooms" for "add 15 more
 * rooms"; not "Case studies" for "log calls against the Case"), and no dated step of the writer's follows it ("On IP
 * addresses: I'm checking with engineering. I'll confirm by Friday."). Read once per ask and reply.
 */
const ledMemo = new WeakMap<readonly ReplySentence[], WeakMap<AskPart, boolean>>();
function ledOff(part: AskPart, sentences: readonly ReplySentence[], rivals: readonly AskPart[]): boolean {
  let byPart = ledMemo.get(sentences);
  if (!byPart) ledMemo.set(sentences, (byPart = new WeakMap()));
  let v = byPart.get(part);
  if (v === undefined) {
    v = sentences.some((y, j) => {
      const lead = topicLead(y);
      if (!lead || !askStemsOf(part).has(lead.head) || !read(y).saysNothingOn || datedStepAfter(sentences, j)) return false;
      // Led by this ask's topic, not another's ("Regarding access without VPN, …" leads off the ask about journals
      // without VPN, not the one about renewing the VPN certificate).
      const mine = lead.stems.filter((w) => askStemsOf(part).has(w)).length;
      return rivals.every((q) => lead.stems.filter((w) => askStemsOf(q).has(w)).length <= mine);
    });
    byPart.set(part, v);
  }
  return v;
}

/** A sentence led by the topic it takes up: "About the minibar, …", "As for what we do better, …", "Additional rooms: …". */
const TOPIC_LEAD = /^(?:(?:and|also|now),? )?(?:(?:about|as for|as to|on|regarding|re|concerning|in terms of|when it comes to|with regards? to|in regards? to) (?:the |your |our |a |an )?([^,:;—–.?!]{2,40}?)\s*[,:—–]|([^\s,:;—–.?!][^,:;—–.?!]{1,30}?):\s)/i;
const leadMemo = new WeakMap<ReplySentence, { head: string; stems: readonly string[] } | null>();
/** The topic a sentence is led by, if it is: its words (stems) and its head word ("rooms" of "Additional rooms: …"). */
function topicLead(y: ReplySentence): { head: string; stems: readonly string[] } | null {
  let v = leadMemo.get(y);
  if (v === undefined) {
    const m = TOPIC_LEAD.exec(y.text.trimStart());
    const words = m ? (m[1] ?? m[2] ?? '') : '';
    const stems = contentStems(words);
    // A lead of a few words only: "Additional rooms:", not a clause ("We checked the logs: …").
    v = m && words.split(/\s+/).length <= 5 && stems.length > 0 ? { head: stems.at(-1)!, stems } : null;
    leadMemo.set(y, v);
  }
  return v;
}

/**
 * Does the reply name the ask in a sentence that only thanks for it, apologises for it, says it back or puts it off
 * ("Thanks for raising the overtime issue", "We're looking into the refund")? Then the writer saw the ask and left it
 * unanswered: a reader is sure of that. So is a "why" met with an apology and no cause anywhere. An ask the reply
 * never names may be answered in words the judge does not read (measured on the context set's train split: 51 of 56
 * such flags right, against 4 in 10 of the others).
 */
function acknowledged(parts: readonly AskPart[], sentences: readonly ReplySentence[]): boolean | 'nothing' {
  // Named in two of the ask's words (or its only one): one common word ("…your team's success. Someone will get back
  // to you") names nothing in particular. Hits are kept with the sentence, as the judge's are.
  const named = sentences.some((s) => {
    const r = read(s);
    if (!(r.empty || r.question) || !(r.ack || r.vagueWords)) return false;
    return parts.some((p) => {
      const focus = focusOf(p);
      // A promise to look into the very thing asked for ("We will look into the replacement and get back to you") names
      // it in one word: it is that ask put off.
      const need = r.vagueWords && !r.ack && p.type === 'request' ? 1 : Math.min(2, focus.length);
      return cachedHits(s, focusKeyOf(p), focus, r.topic).n >= need;
    });
  });
  if (named) return true;
  if (saysNothing(sentences)) return 'nothing';
  // "Why was my card blocked?" — "I'm very sorry your card was declined…", and no cause anywhere: sorry, no reason.
  return parts.some((p) => p.type === 'why') && sentences.some((s) => APOLOGY.test(s.text)) && !sentences.some((s) => !read(s).empty && (read(s).cause || read(s).weakCause));
}

/** The hedges the hedging hint offers to cut (the same list). */
const hedges = compile(HEDGES);
/** The text with its hedges cut, as the hint cuts them. */
function withoutHedges(text: string): string {
  const found = hedges.find(text);
  if (found.length === 0) return text;
  let out = '';
  let at = 0;
  for (const m of found) {
    out += `${text.slice(at, m.start)} `;
    at = m.end;
  }
  return out + text.slice(at);
}
/** A sentence's tokens and words, read once per sentence (its view is kept across edits). */
const countMemo = new WeakMap<ReplySentence, { tokens: number; words: number }>();
function counts(s: ReplySentence): { tokens: number; words: number } {
  let c = countMemo.get(s);
  if (!c) {
    // Hedges aside ("Just checking in." is as long as "checking in."): cutting a hedge, as its hint offers, never changes
    // what the reply is read to say (a property test found the case).
    const tokens = withoutHedges(s.text).trim().split(/\s+/).filter(Boolean);
    // Words only: not punctuation, and not a placeholder left in ("{{first_name}}"), which must never make a reply look longer.
    countMemo.set(s, (c = { tokens: tokens.length, words: tokens.filter((w) => /\p{L}/u.test(w) && !/[{}[\]<>%]/.test(w)).length }));
  }
  return c;
}

/**
 * Does the reply say nothing that could answer any ask? Read once per reply (the sentence list of one analysis), not
 * once per ask: a reply with nothing in it but thanks, apologies, the ask said back and vague promises ("Thanks for
 * letting us know."), or of a few words that give nothing ("Noted. Will revert.").
 */
const nothingMemo = new WeakMap<readonly ReplySentence[], boolean>();
function saysNothing(sentences: readonly ReplySentence[]): boolean {
  let v = nothingMemo.get(sentences);
  if (v === undefined) {
    // A greeting or a signature line says nothing either way: three words at least.
    const said = sentences.filter((s) => counts(s).tokens >= 3);
    let words = 0;
    for (const s of sentences) if ((words += counts(s).words) >= 12) break;
    v = (said.length > 0 && said.every((s) => read(s).empty)) ||
      (words > 0 && words < 12 && sentences.every((s) => { const r = read(s); return !(r.cause || r.weakCause || r.time || r.done || r.refusal || r.steps || r.polar); }));
    nothingMemo.set(sentences, v);
  }
  return v;
}

/** Reads a free text (a test's or the evaluation's) into reply sentences. */
export function replySentences(texts: readonly string[]): ReplySentence[] {
  return texts.map((text) => ({ text, stems: contentStems(text) }));
}
