import { contentStems, DAY_OF_MONTH, splitSentences, stem, STOPWORDS, TITLE_WORDS } from './text';
import { phraseStems, sameWord } from './lexicon/concepts';
import { FROM_LABELS, isLocalAttribution, isLocalFrom, localAuthor } from './attribution';

/** Something the customer asked or asked for in the message being answered. */
export interface QuotedPoint {
  /** The customer's own words. */
  text: string;
  kind: 'question' | 'request';
  /** What answers it: a yes or no, a cause, a time, steps, a fact, or something done. */
  type: AskType;
  /** Who wrote it, from the quote header or the sign-off ("Dana"). */
  author?: string;
  stems: string[];
  /** The stems of what is asked: the main clause, without its reasons ("since…") and common words. */
  focus: string[];
  /** Two asks in one sentence ("refund it and tell me why"): each is answered on its own. */
  parts?: AskPart[];
  numbers: string[];
  /** Set when the quoted message was longer than MAX_QUOTED_CHARS and only its start was read. */
  partial?: true;
  /** The mark of a list item the ask was ("b" of "b) An updated certificate…", "2", "iii"): a reply that marks its answers the same way answers it there. */
  item?: string;
}

// Words too common to show that a reply answers a point ("for this month", "a big part").
const GENERIC = new Set(['month', 'week', 'day', 'year', 'time', 'today', 'tomorrow', 'thing', 'way', 'part', 'big', 'lot', 'bit', 'still', 'right', 'question', 'help', 'possible', 'able', 'again', 'already', 'anything', 'something', 'everything', 'someone', 'anyone', 'maybe', 'actually', 'tell', 'explain', 'share', 'wonder', 'happen', 'went', 'go', 'going', 'per', 'whether', 'wondering', 'curious', 'know', 'understand', 'update', 'confirm', 'let', 'send', 'could', 'someone', 'hear', 'appreciate', 'kindly', 'another', 'instead', 'somewhere', 'anywhere', 'before', 'after', 'while', 'ever', 'even', 'quick', 'lastly', 'finally', 'ideally', 'every'].map(stem));
// What happens next, and when: "it will show on your card within 3 business days", "4.2 goes out this Friday".
const FUTURE = /\b(?:will|['’]ll|goes out|go out|ships|arrives?|lands?|(?:is|are) (?:due|scheduled|planned|booked|set)|should (?:arrive|show|appear|land|reach|be))\b/i;
export const AT_A_TIME = /\b(?:today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|within (?:\d+|one|two|three|a|an|24|48)\b|\d+ (?:business |working )?(?:days?|hours?)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}\b|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\d{1,2}:\d{2}\b)/i;
/** Does the sentence say what will happen, and when? ("The fix ships on Wednesday.") */
export function statesDatedStep(text: string): boolean {
  return FUTURE.test(text) && AT_A_TIME.test(text);
}
// The reasons and alternatives after the ask: "can I get a refund for this month since the export is…".
// Read at the end of each run of white space (askWithoutReasons), not with /,?\s+(?:since|…)\s/, which
// was tried at every space of a long run and took quadratic time.
const BEYOND_ASK = /(?:since|because|as(?!\s+(?:a|an|the|one)\s+(?:(?!(?:is|are|was|were|has|have|had|will|would|can|could|should|does|do|did|may|might|must|needs?|wants?|expires?|ends|starts|runs|goes|keeps)\b)[\w'’-]+\s+){0,2}?(?!(?:is|are|was|were|has|have|had|will|would|can|could|should|does|do|did|may|might|must|needs?|wants?|expires?|ends|starts|runs|goes|keeps)\b)[\w'’-]+(?:\s*[?.!,]|\s*$|\s+(?:so|rather|or|and|instead|to|for|in|on|with|from)\b))|given(?: that)?|considering|seeing as|so that|or do|or should|or is|or will|or can|or would)\s/iy;

/**
 * The ask without its reasons and alternatives: the text before the first run of
 * white space (and a comma just before it) that is followed by "since", "because",
 * "or should"… and a space. What asked.split(/,?\s+(?:since|…)\s/i)[0] gave.
 */
export function askWithoutReasons(asked: string): string {
  const runs = /\s+/g;
  for (let m = runs.exec(asked); m; m = runs.exec(asked)) {
    BEYOND_ASK.lastIndex = m.index + m[0].length;
    if (BEYOND_ASK.test(asked)) return asked.slice(0, asked[m.index - 1] === ',' ? m.index - 1 : m.index);
  }
  return asked;
}

const REQUEST = /^(?:(?:and|also|so|but|going forward|from now on|in future),?\s+){0,2}(?:(?:can|could|would|will) you|please(?! (?:see|find|note|be (?:advised|aware|informed)|feel free|don['’]t hesitate|do not hesitate|accept|excuse|forgive|ignore|disregard|bear with)\b)|kindly(?! (?:note|find|see|be (?:advised|informed|aware))\b)|i(?:['’]d| would) (?:like|appreciate)|(?:i|we) (?:need|want) (?!to (?!know\b|understand\b|confirm\b|find out\b|hear\b|see\b)|it for (?:a|an|my|our|the|his|her|their)\b)|we(?:['’]d| would) like|let (?:me|us) know (?:when|if|whether|what|how|who|which)|send me|tell me|is there any way)\b/i;
// Courtesy lines that ask for nothing in particular (a wish that they are well, in any words: "Hope the new premises
// are settling in?", "I trust you're well?", "Hope all's well at your end?").
const COURTESY = /^(?:how are things|how(?:['’]s| is) (?:it going|everything|life|your week)|how have you been|how was (?:your|the) (?:(?:long|bank holiday|easter|christmas|summer|half-term|long-awaited) )?(?:weekend|holiday|break|trip|summer|vacation|time off)|(?:i |we )?hope (?:all is|you(?:['’]re| are)(?: (?:all|both|doing|keeping))?) (?:well|good|ok(?:ay)?|great)|(?:i |we )?hope you(?: all| both)?(?: had| have had|['’]ve had| enjoyed) (?:a|an|the|your) (?:(?:good|great|lovely|nice|relaxing|restful|fun|wonderful|happy|decent) )?(?:weekend|holiday|holidays|break|summer|christmas|easter|thanksgiving|diwali|new year|trip|vacation|week|time off|long weekend|bank holiday)\b|(?:i |we )?hope (?:[\w'’-]+ ){1,4}?(?:has|have|is|are)(?: been)? (?:treating|treated|kind to) you(?: (?:well|kindly|all right))?[.!?]*$|(?:i |we )?hope [^?]{0,80}?, how(?:['’]s| is| are| was| were) (?:the|your) (?:little one|baby|kids|children|family|new (?:house|home|role|job|office|place)|move|trip|holiday|weekend)\b|let me know if you have any (?:other )?questions|please let me know if (?:you have|there is|there are) any|(?:any|other) questions\?|how are you|hope you(?:['’]re| are) well|thanks|thank you|please advise[.!]*$|please see below|please find attached|what do you think\?|(?:i(?:['’]d| would)|we(?:['’]d| would)|would) (?:love|like|be glad) to (?:hear|know) (?:your|what you) (?:thoughts|think)[.!]*$|(?:i |we )?(?:hope|trust) (?:[\w'’-]+ ){1,6}?(?:well|good|ok(?:ay)?|great|fine|going(?: (?:ok(?:ay)?|well|smoothly|great|fine))?|settling(?: in)?|(?:started|gone|went) (?:well|ok(?:ay)?|smoothly))(?: (?:for|with|at|on|over) (?:you|your end|your side|you all|everyone|you guys|the team))?[.!?]*$)/i;
// "Hi Sam," at the start of the customer's message: not part of what they asked.
// "Hi po," ("po", the Filipino word of respect), "Hello sir,", "Hi everyone,".
const GREETING_PREFIX = /^(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear|[Gg]ood (?:morning|afternoon|evening|day))(?:\s+(?:\p{Lu}[\p{L}'’-]*|team|all|there|po|sir|madam|ma['’]?am|everyone|both|folks|guys)){0,3}\s*(?:[,!:.—–-]\s*|$)/u;
// A line that is only a sign-off: "Thanks,", "Best regards, Dana", "Dana".
const SIGN_OFF_LINE = /^(?:(?:[Tt]hanks|[Tt]hank you|[Cc]heers|[Bb]est|[Rr]egards|[Bb]est regards|[Kk]ind regards|[Ss]incerely|[Mm]any thanks)(?:,?\s+\p{Lu}[\p{L}'’-]*)?[,!.]?|\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?)$/u;
// "Let me know if you need anything else from me", "if you have any questions, just ask", "Please let us know if any
// of these need clarification", "Kindly let me know.": offers and sign-offs, not asks.
const COURTESY_ANYWHERE = /\b(?:(?:please )?(?:let (?:me|us) know|tell (?:me|us)) if (?:you(?: (?:need|have|require|want|would like|prefer)|['’]d (?:like|prefer))|any of (?:these|this|them|those|the above) (?:need|needs|require)|there(?:['’]s| is| are) anything|anything|(?:it|a call|a quick call|email|a meeting|that|this)(?:['’]s| is| would be| will be) easier|(?:\w+ )?would help|that helps|i can)|if you need any(?:thing| \w+)? (?:from (?:us|me|our side|our end)|else)\b|^(?:kindly |please )?let (?:me|us) know(?: what works(?: (?:best|for you))?)?(?=[.!]?$)|^(?:please |kindly )?treat (?:this|it) as (?:urgent|a priority|top priority)(?=[.!]?$)|i(?:['’]d| would) (?:really )?appreciate (?:an? (?:quick |prompt )?(?:answer|reply|response)|hearing back)|let (?:me|us) know what you need from|if you (?:have|need) any(?:thing| (?:other |more |further )?questions)|feel free to|happy to (?:help|answer|chat)|hope (?:this|that) (?:helps|makes sense)|(?:do not|don['’]t) hesitate)\b/i;
// A question without its mark ("also how do I get invoices with my business name on them"): the words of one.
const QUESTION_FORM = /^(?:(?:and|also|so|but|plus|oh|lastly|finally|separately|then|one more thing|going forward|roughly|quickly|briefly|honestly|first|firstly|second|secondly|third|thirdly|next)[, ]+){0,3}(?:what (?:does|do|did|will|would) (?:it|this|that|each|one)\b(?! (?:matter|mean)\b)|how (?:do|can|should|would) (?:i|we|you)|how (?:we|i) (?:can|could|should|do)|how (?:does|did|would|will|is|are) (?:your|the|this|that|it|they)\b|(?:is|are|will|would|does|did|has) (?:the|this|that|it|there|your|our|my|we|you|they|i)|(?:can|could|should) (?:the|this|that|your|our|my)\b|do (?:i|we|they)|who(?:['’]s| (?:on|at|in|from|should|will|would|is|can|do|does|else))|what (?:[\w-]+ ){1,2}(?:do|does|can|will|would|should) (?:you|we|i|they)\b(?! (?:think|mean)\b)|is there (?:a|any)|are there any|can (?:i|we)|could (?:i|we)|do you|does (?:it|your|the)|how (?:much|many|long|soon|often)\b|what(?:['’]s| is| are| does| do| would| will)\b|when (?:will|would|can|could|do|does|is|are)\b|where (?:is|are|do|can)\b|why (?:is|are|was|were|did|does|do|has|have|should|would|must)\b|why (?:it|this|that|they|we|i|you|he|she|my|our|your|the|his|her) (?:[\w'’-]+ ){0,3}?(?:is|was|are|were|has|have|had|did|does|do|got|gets|keeps|kept|happened|went|stopped|failed)\b|which (?:[\w-]+ )?(?:do|does|would|should|is|are|will)\b)\b|[,;]\s+(?:(?:but|and|so) )?(?:can|could|would|will|do|does|is|are) (?:you|we|it|they|there)\b(?! (?:imagine|believe|see)\b)|(?:^|[,;—–]\s*)(?:what(?:['’]s| is) (?:going on|happening|the (?:story|deal|status))|what happened|how come)(?: (?:there|here|with (?:that|this|it)))?[.!]*$/i;
// Questions that ask nothing: "Who has time for that?", "Isn't that the point?", "Right?".
const RHETORICAL = /^(?:(?:and|but|so|honestly|seriously|frankly|come on|i mean)[, ]+){0,2}(?:like (?:who|what|why|how)\b|remember (?:when|the days)\b|who (?:designs|designed|came up with|thought up) (?:these|those)\b|who thought (?:this|that|it) was a good idea|who (?:knew|would have (?:thought|guessed))\b|who [a-z]+s (?:a|an) (?:[\w-]+ ){0,2}?like (?:this|that)\b|(?:are|is) (?:you|anyone|anybody|your (?:team|staff|people)) (?:even|actually|ever|really) (?:reading|listening|looking at|checking)\b|how do (?:you|they|people)(?: [a-z]+)? (?:ever |even )?(?:keep up|cope|manage|do it)(?: with)? (?:it all|all (?:of )?(?:this|that|it)|everything)\b|(?:do|does|did) (?:you|anyone|anybody|your (?:team|staff|people))(?: even| (?:people|guys|lot|folks) (?:even|actually|ever)) (?:read|care|listen|check|look)|who (?:has time|needs|wants|doesn['’]t|does that)|what (?:else is new|more can i say|can i say|did you expect|were you thinking|a (?:joke|mess|surprise))|what(?:['’]s| is) the point|isn['’]t (?:that|it) (?:the (?:point|whole point)|obvious)|right\?|how hard can it be|how (?:is|was|would|could|are) (?:anyone|anybody|any (?:normal|sane|reasonable) person|a (?:normal|regular) (?:person|customer)|people) (?:supposed|expected|meant) to\b|why (?:else|bother)|what['’]s not to (?:like|love)|you know(?: how it is)?\b|go figure|can you (?:imagine|believe)|is (?:it|that) (?:really |just )?(?:too much|so much|acceptable|fair|normal|reasonable|asking too much)|is it just me|do you have any idea|is (?:anyone|anybody) (?:actually|even|really)|would you (?:pay|put up with|be happy)|(?:i )?(?:do |really )?hope (?:that|this|these|it)(?:['’]s| is)? (?:all )?(?:makes? sense|helps|isn['’]t|aren['’]t|is ok|not (?:too much|unreasonable|a problem|asking too much)|ok(?:ay)?|alright|clear|fine)|is (?:this|that) (?:really |honestly |seriously |actually )?how (?:you|your|we|they|things|decisions|people|customers)|how hard (?:is it|can it be|would it be) to|what am i (?:even |actually |supposed to be )?paying (?:you )?for|what are we (?:even |actually |supposed to be )?paying (?:you )?for|(?:does (?:that|this) )?makes? sense\?$|is (?:anyone|anybody) (?:awake|there|listening|home|reading|out there|on (?:duty|shift))|i (?:suppose|guess|imagine) (?:everyone|everybody|we(?:['’]re| are) all|it(?:['’]s| is) the same)|does that make sense|not sure if that['’]s|i realise this|i don['’]t think that['’]s)|, ?(?:is it|isn['’]t it|no|eh|hey|huh)\?$|, (?:and|but) who (?:doesn['’]t|wouldn['’]t) (?:love|like|want|enjoy)\b|^[^,]{1,20}, ?right\?$|(?:^|[-–—] ?)(?:seriously|really)\?+!?$|, (?:do|does|did) (?:you|your) (?:people|guys|lot|folks|team|staff) (?:even|actually|ever) (?:read|care|listen|check|look)\b[^?]{0,60}\?$/i;
/**
 * A question's form without its mark counts, not an exclamation ("What is going on with you people!"), unless the
 * exclamation follows the question after a comma ("Oh and when is the oat milk back in stock, the regulars are giving out
 * to me!").
 */
function inQuestionForm(t: string): boolean {
  if (!QUESTION_FORM.test(t)) return false;
  if (!t.endsWith('!')) return true;
  const comma = t.lastIndexOf(',');
  return comma > 0 && QUESTION_FORM.test(t.slice(0, comma));
}
const withoutGreeting = (t: string) => t.replace(GREETING_PREFIX, '');
/** Texting shorthand read as the words it stands for, for finding asks ("can u send", "whats the vat number"). */
const SHORTHAND: readonly [RegExp, string][] = [[/\b(?:u|ye)\b/gi, 'you'], [/\bur\b/gi, 'your'], [/\b(?:pls|plz)\b/gi, 'please'], [/\bwhats\b/gi, "what's"], [/\bhows\b/gi, "how's"], [/\bwheres\b/gi, "where's"], [/\bwhens\b/gi, "when's"], [/\bim\b/gi, "i'm"], [/\bid (?=like|love|appreciate|need|want|expect)/gi, "i'd "]];
const plain = (t: string) => SHORTHAND.reduce((x, [re, w]) => x.replace(re, w), t);
// ("From:.*" needs no "\s*$": ".*" always runs to the end of the line. Without it no part can trade characters.)
const HEADER = /^(?:(?:From|Sent|To|Cc|Subject|Date):.*|(?:On .{3,200} wrote:|-{2,} ?On .{3,200} wrote ?-{2,}|-{2,}\s*Original Message\s*-{2,}|_{8,})\s*$)/im;
/** A header line, in English or as a client writes it in another language ("Am … schrieb Jonas Becker <…>:", "Från: …"). */
const isHeader = (line: string) => HEADER.test(line) || isLocalFrom(line) || isLocalAttribution(line);
/** The name in a "From:" line, in English or another language ("Från: Johan Lindqvist <…>"). */
const FROM_NAME = new RegExp(`^(?:From|${FROM_LABELS}) ?:\\s*(?:"\\s*)?([^"<@\\s](?:[^"<@]*?[^"<@\\s])??)\\s*(?:"\\s*)?(?:<[^>]*>\\s*)?$`);

const MAX_HEADER_CHARS = 1000;

/**
 * The writer's name from a quote header: "On Sun, Nov 22, 2026 at 6:40 PM Dana Reyes <dana@x> wrote:" or "From: Dana Reyes".
 *
 * The name is read after a time ("6:40 PM"), a year or a comma. It begins and ends with a non-space, so
 * it cannot trade characters with the white space around it (the patterns it replaces,
 * /…,?\s+([^,<\d][^,<]*?)\s*(?:<[^>]*>)?\s*wrote:/, could, and backtracked polynomially). Their one quirk is
 * kept: after two or more spaces the name may begin with a digit, or be missing (group 2).
 */
const MAILBOX_WORDS = new Set(['finance', 'payroll', 'hr', 'sales', 'marketing', 'legal', 'compliance', 'facilities', 'team', 'desk', 'helpdesk', 'procurement', 'purchasing', 'accounts', 'payable', 'receivable', 'billing', 'support', 'noreply', 'no-reply', 'office', 'admin', 'department', 'dept', 'service', 'services', 'operations', 'reception', 'enquiries', 'inquiries', 'info']);
export function authorOf(header: string): string | undefined {
  // A real header line is short; a long one (a pasted log in a quote) is not read for a name.
  const line = header.trimEnd();
  if (line.length > MAX_HEADER_CHARS) return undefined;
  if (!/^(?:On |From:)/.test(line) && !isLocalFrom(line)) {
    const local = localAuthor(line);
    return local && !local.split(/[\s_.-]+/).some((w) => MAILBOX_WORDS.has(w.toLowerCase())) ? local : undefined;
  }
  const wrote = /^On .*?wrote:\s*$/.test(line)
    ? (/\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?,?\s+(?:([^,<\d\s](?:[^,<]*?[^,<\s])??)\s*|(?<=\s\s)(?:([^,<\s](?:[^,<]*?[^,<\s])??)\s*)??)(?:<[^>]*>\s*)?wrote:/.exec(line) ??
      /\d{4},?\s+(?:([^,<\d\s](?:[^,<]*?[^,<\s])??)\s*|(?<=\s\s)(?:([^,<\s](?:[^,<]*?[^,<\s])??)\s*)??)(?:<[^>]*>\s*)?wrote:/.exec(line) ??
      /,\s*(?:([^,<\d\s](?:[^,<]*?[^,<\s])??)\s*|(?<=\s)(?:([^,<\s](?:[^,<]*?[^,<\s])??)\s*)??)<[^>]*>\s*wrote:/.exec(line))
    : FROM_NAME.exec(line);
  const name = wrote?.[1] ?? wrote?.[2];
  // A shared mailbox ("Procurement Team", "IT Service Desk") is no one to name.
  if (name && name.split(/[\s_.-]+/).some((w) => MAILBOX_WORDS.has(w.toLowerCase()))) return undefined;
  // "On Thu, Dec 5, 2024 at 9:03 AM <k.m.1987@gmail.com> wrote:": the time's "AM" is no name.
  return name && /^\p{L}/u.test(name) && !AM_PM.test(name) ? name : undefined;
}
const AM_PM = /^[ap]\.?m\.?$/i;

/** The quoted message is read up to here (at a line break), as the draft is up to MAX_ANALYZED_CHARS. */
export const MAX_QUOTED_CHARS = 200_000;

/** What was cut from a very long quoted message, and the notice that says so. */
export interface QuotedTruncation {
  analyzedChars: number;
  totalChars: number;
  message: string;
}

/** Cuts a huge quoted message at a line (or sentence) break before the limit, as the body is cut. */
export function capQuoted(quoted: string): { text: string; truncated?: QuotedTruncation } {
  if (quoted.length <= MAX_QUOTED_CHARS) return { text: quoted };
  let cut = quoted.lastIndexOf('\n', MAX_QUOTED_CHARS);
  if (cut < MAX_QUOTED_CHARS * 0.9) cut = quoted.lastIndexOf('. ', MAX_QUOTED_CHARS) + 1;
  if (cut < MAX_QUOTED_CHARS * 0.9) cut = MAX_QUOTED_CHARS;
  return {
    text: quoted.slice(0, cut),
    truncated: {
      analyzedChars: cut,
      totalChars: quoted.length,
      message: `The message you are replying to is very long: only its first ${cut.toLocaleString('en-US')} characters were read for what it asks.`,
    },
  };
}

/** The newest message of a quote: its own words, without older nested history. Reads at most MAX_QUOTED_CHARS. */
export function topMessage(quoted: string): { text: string; author?: string; partial?: true } {
  // extractQuotedPoints and extractIssue read the same quote one after the other: read it once.
  if (lastTop?.quoted === quoted) return lastTop.top;
  const top = readTopMessage(quoted);
  lastTop = { quoted, top };
  return top;
}

let lastTop: { quoted: string; top: ReturnType<typeof readTopMessage> } | undefined;

function readTopMessage(quoted: string): { text: string; author?: string; partial?: true } {
  const capped = capQuoted(quoted);
  const lines = capped.text.replace(/\r\n?/g, '\n').split('\n');
  // Drop a leading "On … wrote:" / header block.
  let i = 0;
  let author: string | undefined;
  while (i < lines.length && (lines[i]!.trim() === '' || isHeader(lines[i]!))) {
    const name = authorOf(lines[i]!);
    if (name) author = name;
    i++;
  }
  // A plain-text reply may quote the whole message once more ("> Hello,", "> When will it arrive?"): read it one level in,
  // so that only a deeper quote (">> ") is older history.
  if (i < lines.length && /^>/.test(lines[i]!)) {
    for (let k = i; k < lines.length; k++) lines[k] = lines[k]!.replace(/^> ?/, '');
    while (i < lines.length && (lines[i]!.trim() === '' || isHeader(lines[i]!))) {
      author = authorOf(lines[i]!) ?? author;
      i++;
    }
  }
  const own: string[] = [];
  const sig: string[] = [];
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (isHeader(line) || /^>/.test(line)) break;
    // A signature after its delimiter ("-- ") is no part of the message, but holds the name they sign with.
    if (line.trim() === '--') {
      for (let k = i + 1; k < lines.length && sig.length < 4 && !isHeader(lines[k]!) && !/^>/.test(lines[k]!); k++) if (lines[k]!.trim()) sig.push(lines[k]!);
      break;
    }
    // A greeting ("Hi,") or sign-off ("Thanks,", "Dana") on its own line is a paragraph of its own,
    // so it is never read as part of the customer's first or last sentence.
    const bare = line.trim();
    if (bare && (withoutGreeting(bare) === '' || SIGN_OFF_LINE.test(bare))) own.push('', line, '');
    else own.push(line);
  }
  // Mail is often hard-wrapped: join the lines of a paragraph so a question is one sentence.
  // A run of white space with a line break in it becomes one space (a single \s+ pass: /\s*\n\s*/ was
  // quadratic on a long run of spaces without a break).
  // An item of a list ("a) …", "2. …", "- …") stays a sentence of its own, not joined to the line before; so does a line
  // that opens a new sentence right after an item ("• a quote for the Swahili page" / "Can you send these by Friday?").
  const text = own.flatMap((l, i) => (i > 0 && own[i - 1]!.trim() !== '' && (LIST_ITEM.test(l) || (LIST_ITEM.test(own[i - 1]!) && /^\p{Lu}/u.test(l))) ? ['', l] : [l])).join('\n').split(/\n[ \t]*\n/).map((p) => p.replace(/\s+/g, (run) => (run.includes('\n') ? ' ' : run))).filter((p) => p.trim()).join('\n\n');
  // The name they sign with is what they go by ("Dom", not "Dominic" of the header), else the header's.
  // The delimiter goes back in before the signature, whose first line is then read as the name.
  const signed = signOffName(sig.length ? [...own, '--', ...sig] : own);
  const first = givenNames(signed, author) ?? firstNameOf(signed) ?? firstNameOf(author);
  return { text, ...(first ? { author: first } : {}), ...(capped.truncated ? { partial: true as const } : {}) };
}

// Asks that are not questions: "we need to know whether…", "I'd like to understand why…", "any update on…".
const INDIRECT = /\b(?:(?:i|we)(?:['’]d| would) be (?:curious|interested) (?:to (?:know|hear|learn|see) )?(?:whether|if|how|what|which|when|why)\b|(?:he|she|they) (?:also |then )?(?:asked|was asking|is asking|wondered|was wondering|wanted to know|wants to know) (?:me |us )?(?:whether|if|which|what|when|how|why|who)\b|(?:asked|wanted|wants|needs|needed) me to (?:check|ask|confirm|find out|get|chase)\b|(?:needs?|wants?|wish(?:es)?|would like|(?:has|have) asked|is asking|asked me) to know|(?:i|we)(?:['’]d| would)(?: also| really| still)* (?:like|love) to (?:know|understand|hear|see|find out)|(?:has|have) asked (?:for|us for)(?! (?:it|them|this|that|one)\b)|(?:i|we)(?:['’]d| would)(?: also| really| still| at least| ideally| definitely)* (?:want|need|prefer)|(?:i|we)(?:['’]d| would)(?: also| really)* like (?:someone|you|somebody|a|an|the|to (?:speak|talk|see|get|have|move|switch|receive))|(?:my|our|the) (?:[\w-]+ ){0,2}asked (?:me |us )?(?:which|what|whether|if|how|when|who|why)\b|pls|plz|(?:someone|somebody|you) (?:to )?explain (?:why|how|what)|(?:i|we)(?:['’]d| would| will)?(?: also| still| really)? (?:need|want|wish|like|love|have|has) to (?:know|understand|find out|confirm|see|hear|check|learn|get)|(?:keen|eager) to (?:know|understand|find out|hear|learn)|(?:i|we)(?:['’]d| would)(?: also| really| be most| be very)? (?:be )?(?:grateful|glad|thankful|obliged) to (?:know|learn|hear|understand|have|receive|get)\b|(?:i|we)(?:['’]d| would)(?: also| really)? like (?:written )?(?:confirmation|clarification|assurance|an indication|a breakdown|an explanation)\b|(?:i|we)(?: still)? (?:don['’]t|do not|still don['’]t) (?:yet )?know (?:how|whether|if|what|when|why|who|which)\b|what (?:i|we) (?:still )?(?:don['’]t|do not|can['’]t|cannot) (?:understand|get|see) is (?:why|how|whether|what|who)\b|(?:i|we)(?:['’]m| am|['’]re| are) (?:just )?trying to (?:work out|figure out|understand|find out|establish) (?:whether|if|how|what|why|when|which|who)\b|(?:i|we)(?:['’]m| am|['’]re| are)(?: also| just| still)? (?:wondering|curious|hoping to (?:hear|know|understand|get))|(?:i|we)(?: also| just| still)? wonder(?:ed)? (?:if|whether) (?:you|your|we|our|there|it(?:['’]s| is| would be) possible)\b|it(?:['’]d| would)(?: also| really)? (?:help|be (?:good|great|useful|helpful|nice|ideal)) to (?:know|understand|hear|get|have|see|set up|book|schedule|put)|(?:can|could|would|will) (?:you|someone|somebody|anyone|your team)(?: please| also| kindly)? (?:let (?:me|us) know|confirm|tell|explain|clarify|advise|send|call|check|look|share|update|get|arrange|set|schedule|book|provide|refund|cancel|fix|remove|add|change|reset|resend|forward|escalate|reverse|waive|extend|give|expedite|replace|issue|process|help|walk|put|ring|email|reply|come|sort|credit|reach)|please(?: could you| can you| kindly)? (?:let (?:me|us) know|confirm|advise|tell|explain|clarify|send|call|share|update|cancel|refund|fix|remove|add|change|close|reset|resend|forward|escalate|reverse|waive|extend|give|expedite|replace|issue|process|arrange|set|schedule|book|provide|ring|email|reply|get|look|check|help|sort|credit|reach)|any (?:update|news|word|progress|eta)\b|i(?:['’]d| would)(?: also| really)* appreciate|kindly)\b/i;

// What the customer needs from us, said as a need or an expectation: "Need it swapped today.", "before we can continue
// we need your DPA", "Request you to send the revised BL copy also.", "If not, I expect a full refund.", "I would be
// grateful if you could confirm…", "Curious how you'd handle…", "She'd also like to know if…".
const NEED = /^(?:(?:and|also|so|but|plus)[, ]+)?(?:(?:we|i)(?:['’]ll| will| would|['’]d)? )?(?:also |still |really |urgently )?need (?:the|it(?! (?:before|by|for (?:a|an|my|our|the|his|her|their))\b)|a|an|your|our|this|that|them|those|these|my|to (?:get|have|see|know|receive|be (?:[\w-]+ )?(?:running|live|up|ready|done|in place|delivered|installed|working|finished|sorted|fixed|shipped|sent|signed)))\b|\b(?:we|i)(?:['’]ll| will)? (?:also |still |really |urgently )?(?:need|expect|want) (?:it|this|that|them|your|the) (?:\w+ ){0,4}?(?:corrected|fixed|sent|resent|swapped|replaced|refunded|reversed|removed|cancelled|canceled|waived|credited|changed|updated|signed|confirmed|back|before|by)\b|^(?:(?:and|also|so)[, ]+)?(?:(?:i|we) )?(?:also |still |really |urgently )?need (?!(?:to|it|this|that|them|these|those|both|all|everything|one)\b)[a-z]+ (?:before|by|today|tonight|tomorrow|asap|urgently)\b|^(?:(?:and|also|so)[, ]+)?(?:need|want) (?:it|this|that|them|the \w+) (?:corrected|fixed|sent|resent|swapped|replaced|refunded|reversed|removed|cancelled|canceled|waived|credited|collected|changed|updated)\b|\bbefore we can (?:\w+ ){1,3}?we need\b|\b(?:we|i) must (?:also )?(?:ask|request) (?:for|that)\b|\brequest you to\b|\b(?:i|we) (?:kindly |would )?ask (?:you|that you) (?:to |please )|\b(?:i|we) (?:also |hereby |kindly |would )?(?:require|request) (?:that|a|an|the|confirmation|written|you|your)\b|\bi(?:['’]d| would)?(?: also| still)? expect (?:a|an|the|my|our) (?:full |complete |proper |prompt |better |lower |sharper )?(?:refund|replacement|credit|answer|reply|response|call|apology|explanation|fix|update|discount|compensation|rate|price|deal|terms)\b|\binterested to (?:hear|know|learn|understand|see) (?:if|whether|how|what|when|why|which|who|about)\b|\b(?:asked|wants|needs|told) me to (?:get|find out|check|ask|confirm|request|chase)\b|^(?:(?:and|also|so)[, ]+)?(?:(?:i|we) )?(?:would|['’]d) (?:also |really )?(?:love|appreciate) (?!(?:a |an |the )?(?:full |prompt |quick |swift |timely |proper )?(?:response|reply|answer|update)\b)(?:a|an|the|some|to)\b|\b(?:i|we) should (?:also )?like to (?:know|understand|see|hear)\b|^(?:(?:and|also|so)[, ]+)?(?:(?:i|we)(?:['’]d| would| will) )?(?:really |greatly |much )?appreciate (?:it )?if you (?:could|can|would)\b|\b(?:team|department|office|auditors?|accountants?|board|manager|boss|lawyers?|solicitors?|bank|insurers?|warehouse|landlord|lender)s? (?:also |still |will )?needs? (?:your|the|a|an|to (?:see|have|get|receive))\b|\b(?:insurance|finance|leasing) company (?:also |still )?(?:needs?|wants?) (?:your|the|a|an)\b|\b(?:will|['’]ll|is going to|are going to) (?:ask|want to know|need to know)(?: (?:me|us))? (?:why|whether|if|how|what|when)\b|^(?:(?:and|also) )?if you (?:have|had|could|can|know of)\b[^.?!]{0,120}?\b(?:that|it|this) would (?:go a long way|help|be (?:great|amazing|helpful|useful|ideal|brilliant|perfect|appreciated))\b|^(?:(?:oh|and|also|plus)[, ]+)*(?!(?:that|this|it|which)\b)[\w$£€][^.?!]{8,}? (?:would|['’]d) be (?:amazing|great|helpful|brilliant|perfect|ideal|appreciated|lovely|fantastic|super helpful|really helpful|very helpful|useful)[.!]*$|\b(?:all )?(?:(?:future|new|our|your|the) )?(?:invoices?|statements?|bills?|quotes?|orders?|deliveries|payments?|correspondence)\b(?: [^.?!]{0,30}?)? (?:should(?! have)|must(?! have)|need to|needs to|will need to|need|needs|have to|has to) (?:now |also |all )?(?:go|be|show|include|quote|reference|carry|have|come|our|the|a|an)\b|\b(?:i|we)(?:['’]d| would| should)(?: also| really)? be (?:grateful|thankful|obliged) if\b|^(?:(?:and|also|so)[, ]+)?(?:i(?:['’]m| am) )?curious (?:how|what|why|whether|if|when|about)\b|\b(?:she|he|they)(?:['’]d| would)(?: also| really)? (?:like|love|want) to (?:know|understand|hear|see)\b|\b(?:i|we) (?:want|wanted|would like) to ask\b|^(?:(?:and|also|so|just|i)[, ]+){0,2}(?:just )?(?:want|wanted|would like) to ask (?:if|whether|about|what|how|when|why|which)\b|\b(?:is|was|are|were) (?:also )?asking (?:also )?(?:me |us )?(?:why|whether|if|which|what|how|when|who)\b|\b(?:i|we) (?:don['’]t|do not) want (?:this|it|my account|the (?:bill|invoice|charge|account|debt|balance)) (?:going|sent|passed|referred|to go|to be (?:sent|passed|referred)) to (?:collections?|a (?:debt )?collector|debt collect(?:ion|ors?)|a collection agency)\b|\bso (?:i|we) (?:really |urgently |absolutely )?need (?:everything|it all|all of (?:it|them)|them all|both|the (?:[\w-]+ ){0,3}?)[^.?!,]{0,40}?\b(?:by|before) (?:the |this |next |[0-9])|\b(?:i|we) (?:never|still haven['’]t|haven['’]t|didn['’]t) (?:really |ever |yet )?(?:got|had|received|been given) (?:a|an|any) (?:straight |clear |proper |real |decent )?(?:answer|explanation|reason)(?: (?:as to|on|about|for))? (?:why|how|what|when)\b|(?:,|\bbut|\band|\bso)\s+(?:just\s+)?(?:tell|show) (?:me|us) (?:what|why|how|when|where|which|who|whether)\b/i;
/** "If that's right, ", "If so, ", "If not, ": a condition on what was just said, before what is asked. */
const SO_CONDITION = /^if (?:so|not|yes(?: to (?:\d{1,2}|[a-h]|(?:question|point|item|number|no\.?) \d{1,2}|that|this|both|all|either))?|that(?:['’]s| is) (?:right|the case|correct|true)|this is (?:right|the case|correct|true)|(?:that|this) works|possible),\s*/i;
// A line that leads into a list of asks, and an item of such a list ("a) ", "(ii) ", "3. ", "- ").
const LIST_LEAD = /\b(?:following|below|these|questions?|need|provide|send|confirm|information|details|items|asks?|requests?|changes|please|clarify|answers?|let (?:me|us) know|tell (?:me|us)|advise)\b/i;
// Where one ask ends and another starts in mail written without capitals ("…mid-contract? also can we pause…",
// "…25 asap. is there a penalty…?"): after a question mark, or after a full stop before the words of an ask.
const ASK_BOUNDARY = /(?<=[?!])\s+(?=\S)|(?<=\S)\s+(?=\d{1,2}\)\s+[A-Z])|(?<=[a-z0-9)]\.)\s+(?=(?:(?:and|also|so|but|plus)[, ]+)?(?:is|are|can|could|would|will|do|does|did|what|whats|what's|when|why|how|where|who|which|please|pls)\b|(?:also|plus|oh and|and also)\b|(?:i['’]?d|i would|we['’]?d|we would) (?:like|love|appreciate|need|want)\b|(?:(?:i|we)(?:['’]ll| will)? )?(?:need|want)\b)/;
/**
 * A message written in one breath, with no stop and no question mark ("hi i broke my wrist and cant train can i freeze
 * my membership and do i still get charged while its frozen also whats the latest i can cancel"), is cut where a question
 * starts; any other sentence at its ask boundaries.
 */
const RUN_ON = /(?<=\w)(?<!\b(?:or|how|what|when|where|why|who|which|and|also|so|but|plus))\s+(?=(?:(?:also|and|so|but|plus) )?(?:can (?:i|we|you|u)|could (?:i|we|you|u)|do (?:i|we|you|u)|does (?:it|that|this)|will (?:i|we|you|u|it|that)|is (?:it|there|that|this)|are (?:you|there|they)|whats|what['’]s|what is|when (?:will|can|do|does|is)|how (?:do|can|long|much|many)|why (?:is|was|did|do|does|has)|where (?:is|are|do|can)|who (?:is|will|do|can))\b)/i;
/** Any stop, comma, question or exclamation mark: a sentence with none was written in one breath. */
const PUNCTUATED = /[?!;,]|\.(?:\s|$)/;
function asksOf(sentence: string): string[] {
  if (sentence.length > 60 && !PUNCTUATED.test(sentence)) return sentence.split(RUN_ON);
  return sentence.split(ASK_BOUNDARY);
}
const MARKER_ONLY = /^\s*\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)]\s*$/i;
const LIST_ITEM = /^\s*(?:[-*•]|\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)])\s+/i;

/** What kind of answer an ask wants: a yes or no, a cause, a time, steps, a fact, or something done. */
export type AskType = 'yesno' | 'why' | 'when' | 'how' | 'what' | 'request';

const ASK_WHY = /\b(?:why|what(?:['’]s| has) (?:happened|gone wrong)|what(?:['’]s| is) (?:this|that|the) (?:[\w-]+ ){0,3}about(?=\??\s*$)|what (?:went wrong|happened|happen$|caused|is causing|causes|was the (?:cause|problem|issue|reason))|what(?:['’]s| is) (?:happening|going on|driving|behind|causing)|the (?:root )?(?:cause|reason)|root cause|how (?:did|could|can|come) (?:this|that|it)(?: (?:happen|go wrong))?|how (?:this|that|it) (?:happened|came about|went wrong|could (?:happen|go wrong)))\b/i;
const ASK_WHEN = /\b(?:when|how soon|what time|by when|how long|eta|timeline|time ?frame|what date|which date|any (?:update|news|word|progress))\b/i;
const ASK_HOW = /\b(?:how (?:do|can|should|would|could) (?:i|we|one|you)|how (?:does|do|will|would|did) (?:it|the|your|this|that|they)(?: [\w-]+){0,3} (?:cope|handle|deal|work|manage|behave|perform)\b|how to|(?:tell|explain|show|send|give|walk) (?:me|us)(?: through)? (?:the|your) (?:procedure|process|steps|instructions)|what(?:['’]s| is) the (?:best |right )?(?:way|process) to|is there (?:a|any) way to|what (?:must|should|do|can|would|will|shall) (?:i|we) (?:need to |have to )?do\b|where (?:do|can|should) (?:i|we) (?:find|change|set|turn|add|see|go|download|get|access|view|update))\b/i;
const ASK_WHAT = /\b(?:what|which|who|whom|whose|where|how (?:much|many|often|big|long|far))\b/i;
const ASK_YESNO = /^(?:(?:and|also|so|but|then|plus|or)[, ]+)?(?:do|does|did|is|are|was|were|can|could|will|would|should|has|have|had|may|might|shall|isn['’]t|aren['’]t|don['’]t|doesn['’]t|won['’]t|can['’]t)\b|\b(?:whether|if) (?:you|we|it|there|this|that|the|your|our|they|i)\b/i;
// "Could you send…" asks for something done, not for a yes.
const ASK_DO = /\b(?:(?:can|could|may) (?:i|we) (?:please )?(?:get|have|receive|book|schedule|arrange)|(?:can|could|would|will) (?:you|someone|somebody|anyone|your team)(?: please| also| kindly)? (?!be\b|have\b|support|handle|integrate|offer|do\b|work|accept|provide a|keep (?:(?:all|our|my|the) ){1,2}(?:data|files|records)|store|host|hold (?:our|my|the) data|supply|manufacture|accommodate|cater)[a-z]+|please\b|kindly\b|i(?:['’]d| would) (?:really )?(?:like|appreciate|prefer)(?! to (?:know|understand|hear|see|learn))|(?:i|we) (?:need|want)(?! to (?:know|understand|hear|see|learn|find out|confirm))|send (?:me|us)|let(?:['’]s| us) (?:set|book|schedule)|cancel (?:my|our|the)|refund (?:me|us|my|our|the))\b/i;

// "Can you let me know who else uses you", "I'd like to understand how pricing changes": the question inside.
const EMBEDDED = /\b(?:know|tell (?:me|us)|remind (?:me|us)|confirm|explain|clarify|understand|wondering|curious|find out|advise|check) (?:(?:to us|to me|for us|for me) )?(why|when|how (?:much|many|long|soon)|how|what|which|who|where|whether|if)\b/i;

/** A statement made a question by its tail: "We had premium support last year, or not?", "That's the list price, right?". */
const TAG_QUESTION = /,\s*(?:or not|right|correct|true|yes|no|(?:is|was|do|did|have|are|were|does|has)n['’]t (?:it|that|we|i|you|they|there|he|she))\s*\?+["'”’)\]]*\s*$/i;

/** An ask about dates themselves ("availability for 19–21 May"): its days are its topic. */
const DATES_ASKED = /\b(?:availab\w*|free|open|dates|book\w*|reserve\w*|hold)\b/i;
/** A condition that opens an ask ("If it's all fine, please send…", "If I cancel now, will I…"): the ask is what follows it. */
const LEADING_IF = /^(?:(?:and|also|so|but)[, ]+)?if\b[^,?;]{1,80}?(?:,\s*|\s+(?=(?:please|kindly|(?:can|could|would|will) you)\b))(?=\S)/i;
function askType(asked: string): AskType {
  const t = asked.replace(LEADING_IF, '');
  if (ASK_WHY.test(t)) return 'why';
  const inner = EMBEDDED.exec(t)?.[1]?.toLowerCase();
  if (inner) {
    if (inner === 'why') return 'why';
    if (inner === 'when' || inner === 'how soon' || inner === 'how long') return 'when';
    if (inner === 'whether' || inner === 'if') return 'yesno';
    if (inner === 'how') return ASK_HOW.test(t) ? 'how' : 'what';
    return 'what';
  }
  if (ASK_WHY.test(t)) return 'why';
  if (TAG_QUESTION.test(t) && !/^(?:(?:and|also|so|but)[, ]+)?(?:what|which|who|whom|whose|where|when|how)\b/i.test(t)) return 'yesno';
  if (ASK_HOW.test(t)) return 'how';
  if (/^(?:(?:and|also|so|but)[, ]+)?(?:when|how soon|by when|how long|how much time|what time|what date|how (?:fast|quickly) (?:can|could|will|would|do|does) (?:i|we|you|it|they))\b/i.test(t) || /\b(?:what|how much) (?:notice|lead time)\b|\b(?:timeline|time ?frame|turnaround|lead time)\b/i.test(t) || /\b(?:know|tell (?:me|us)|confirm|understand|what(?:['’]s| is| are)?|share)\b[^.?!]{0,30}?\b(?:transit|delivery|shipping|processing|waiting|wait|response) times?\b/i.test(t) || /^(?:(?:and|also|so|but)[, ]+)?how many (?:minutes|hours|days|weeks|months|years)\b/i.test(t) || /\bany (?:update|news|word|progress|eta)\b/i.test(t)) return 'when';
  // "Do I need the original packaging?", "Should we re-import?": a yes or a no, even with "I need" inside.
  if (/^(?:(?:and|also|so|but|then)[, ]+)?(?:do|does|did|is|are|was|were|should|must|shall|has|have) (?:i|we|you|it|they|there|this|that|the|my|our|your)\b/i.test(t) && !/^(?:(?:and|also|so|but|then)[, ]+)?do you (?:mind|think you could)\b/i.test(t)) return 'yesno';
  if (ASK_DO.test(t) && !/\b(?:whether|if) (?:you|we|it|there|this|that|the|your|our|they|i)\b/i.test(t) && !/\b(?:let (?:me|us) know|tell (?:me|us)|remind (?:me|us)|confirm|explain|clarify|advise) (?:what|which|who|where|how|when|why)\b/i.test(t)) return 'request';
  // "What's the new date?", "What's the ETA?": a time answers it.
  if (/^(?:(?:and|also|so|but)[, ]+)?what(?:['’]s| is| are| was) (?:the |a |your |our |my )?(?:new |realistic |likely |expected |earliest |rough |latest |revised )?(?:date|dates|eta|deadline|time ?frame|timeline|turnaround)\b/i.test(t)) return 'when';
  if (/^(?:(?:and|also|so|but)[, ]+)?(?:what|which|who|whom|whose|where|how (?:much|many|often|big|long|far))\b/i.test(t)) return ASK_WHEN.test(t) && /\bwhat (?:time|date)\b/i.test(t) ? 'when' : 'what';
  if (ASK_YESNO.test(t)) return 'yesno';
  if (ASK_WHEN.test(t)) return 'when';
  if (ASK_WHAT.test(t)) return 'what';
  return 'request';
}

// One ask with two parts: "Can you refund the charge and tell me why it happened?" Split before a second verb of asking.
/** "… and a credit for the stock": a second thing asked for, after "and" and an article. */
/** A verb of coming or trying that leads into the next one ("come and check", "pop round and collect", "try and fix"). */
const BARE_VERB = /^(?:(?:please|kindly|pls)\s+)?(?:complete|sign|review|fill(?: (?:in|out))?|print|scan|check|read|approve|countersign|date|stamp)$/i;
const COME_AND = /\b(?:(?:come|go|pop|nip|try|swing)(?: (?:out|round|around|over|by|back|in|up|down))?|stop (?:by|round|over|in))[,\s]*$/i;
/** A request to send something: the verb that governs a second thing joined by "and". */
const SENDS_THING = /\b(?:send|share|provide|forward|e-?mail|attach|resend|re-send)\b/i;
/** A request to send two things, the second without its article: "share the brochure and pricing". */
const SEND_TWO = /\b(?:send|share|provide|forward|email|e-mail) (?:me |us |over )?(?:the|your|a|an|some) ([\w-]+(?: [\w-]+)?) and ([\w-]+(?: (?:list|sheet|details|schedule|form|report|pack|deck|study|studies|references?))?)(?=[.?!]*\s*$)/i;
const FIXED_PAIR = /\b(?:terms and conditions|pros and cons|health and safety|ins and outs|profit and loss|bed and breakfast|fixtures and fittings|wear and tear|trial and error|time and materials?|shipping and handling|dos and don['’]ts|terms and pricing)\b/i;
const NOUN_AND = /(?<=\S)\s+and\s+(?=(?:a|an|the|some|your|our|my|written|formal|full|email|e-mail)\s)/i;
const SECOND_PART = /(?<![\s,]),?\s+(?:and|&|plus|as well as)\s+(?:(?:also|then|please|could you|can you|would you)\s+)?(?=(?:(?:i|we) (?:also )?(?:want|would like|['’]d like|need to (?:know|understand|hear|see))\b|tell|let|explain|send|confirm|refund|give|cancel|fix|update|check|share|credit|reverse|delete|remove|add|resend|book|schedule|arrange|apply|reissue|re-issue|waive|move|switch|change|extend|replace|return|provide|issue|include|set up|upgrade|downgrade|transfer|reset|restore|enable|disable|ship|deliver|post|email|e-mail|call|ring|put|collect|pick up|raise|process|approve|cover|pay|lower|reduce|match|refresh|reinstate|unlock|release|activate|invoice|quote|recommend|suggest|advise|why|when|what|how|who|where|which|whether|if|is|are|do|does|did|will|would|can|could|has|have|was|were|should|roughly|approximately)\b)/i;

/** A piece that is one word and its punctuation: an interjection or a connective, not an ask. */
const LONE_WORD = /^[\p{P}\s]*\p{L}+[\p{P}\s]*$/u;

/** One part of an ask, with what answers it. */
export interface AskPart {
  text: string;
  type: AskType;
  /** The stems of what is asked: the main clause, without its reasons ("since…") and common words. */
  focus: string[];
  /** A thing the ask includes besides its main one (", including backups"): the sentence that answers the main one may answer it too. */
  included?: true;
  /** The ask's list mark, as on its QuotedPoint. */
  item?: string;
  /** The second thing of a request to send two ("send the release notes and the training videos"): answered only by a
   * sentence that sends it, has it attached or says it will be sent. */
  sent?: true;
}

// A pronoun standing for the thing itself ("Is that possible?", "When will it be issued?"), not a determiner ("this month").
const REFERS_BACK = /\b(?:it|them|they|those|that|this)(?=\s*[?.!,]|\s*$|\s+(?:is|was|be|been|will|would|possible|covered|included|done|work|works|cost|costs|take|takes|apply|applies|happen|affect|mean)\b)|^(?:(?:and|so|but|also)[, ]+)?(?:is|was|will|would|can|could|does|did) (?:that|this|it)\b/i;

/** A part that is only its question words ("how long?", "and when?", "what would it cost?"). */
export const BARE_FOLLOW = /^(?:(?:and|also|so|but|plus)[, ]+)?(?:how (?:long|soon|much|many|often)(?: (?:would|will|does|do) (?:it|that|this) (?:take|cost|be))?|when|by when|roughly when|what(?:['’]s| is| would be| will be)? the (?:cost|price|timeline|timescale|eta|turnaround|lead time)|what (?:would|will|does) (?:it|that|this) cost)\s*\?*$/i;

// A dash after a lead-in, followed by the question itself (" — can we still take card payments?").
const DASH_INTO_QUESTION = /\s[—–-]\s(?=(?:do|does|did|is|are|was|were|can|could|will|would|should|has|have|what|which|who|when|where|why|how)\b)/gi;

// "Can you add them before then?", "Please send it by then.": an ask of one word or none names its thing by a pronoun.
/** An "it" that stands for nothing before it: "Is it possible to get the attachments as one archive?", "Would it be OK to…". */
const DUMMY_IT = /\b(?:is|was|would|will|does|did|can|could)\s+it\s+(?:be\s+|still\s+|also\s+)?(?:possible|ok|okay|feasible|worth|necessary|allowed|true|likely|fine|better|best|safe|easy|hard|difficult|realistic|reasonable)\s+(?:to|for|that|if|whether)\b/gi;
const OBJECT_PRONOUN = /\b(?:it|them|those|these)\b|\b(?:a|another) (?:new|replacement|spare|different) one\b/i;

// ", including backups", ", especially the archive": a thing the ask names besides its main one.
const INCLUDED_STEM = stem('including');
/** "both servicing and consumables", "both the Leeds and the York sites": two things asked about under one "both". */
const BOTH_AND = /\bboth (?:the |our |your |my )?([\w-]+(?: (?!(?:and|for|in|on|at|to|with|from|by|of|if|so|as)\b)[\w-]+)?) and (?:the |our |your |my )?([\w-]+(?: (?!(?:for|in|on|at|to|with|from|by|of|if|so|as)\b)[\w-]+)?)/i;
/** "What's the price and turnaround?": a "what" of two things (the first a noun phrase of up to four words). */
/** The first of two things is one word ("What are your pick"), and the second has no article ("the turnaround"). */
const ONE_WORD_WHAT = /^(?:(?:and|also|so) )?(?:what|when)\S*(?: (?:is|are|would be|will be|was|were))? (?:(?:the|your|our) )?[\w-]+$/i;
const ARTICLE_LED = /^(?:the|your|our) /i;
const WHAT_TWO = /^((?:and |also |so )?(?:what|when)(?:['’]s| is| are| would be| will be| was| were)? (?:the |your |our )?(?:[\w-]+ ){0,3}[\w-]+) and ((?:the |your |our )?(?:[\w-]+ ){0,3}[\w-]+)\?$/i;
const INCLUDING = /,\s(?:including|especially|in particular|particularly|with (?=(?:their|the|its|all|each|every) ))/i;

/** A question that names no thing of its own: "available or planned?", "yes or no", "is it supported?". */
const TOPICLESS = /^(?:(?:is|are) (?:it|this|that|they) )?(?:(?:currently |already )?(?:available|planned|possible|supported|included|offered|certified|compliant|on the roadmap)(?: or (?:planned|not(?: yet)?|available|on the roadmap))?|yes or no)[?.!]*$/i;
const SHORT_NOTICE = /\b(?:(?:on|at) (?:such |very |fairly |quite )?short notice|in time)\b/gi;
function partOf(text: string): AskPart {
  // The ask itself, without its reasons and alternatives: "…since the export is a big part of why we pay" asks no "why";
  // and without a lead-in before a colon ("Before I loop in IT, a few things: do you support SSO?").
  const colon = text.lastIndexOf(': ');
  // Or before a dash that leads into the question ("our CTO is out - does the integration push transcripts?").
  let dash = -1;
  DASH_INTO_QUESTION.lastIndex = 0;
  for (let m = DASH_INTO_QUESTION.exec(text); m; m = DASH_INTO_QUESTION.exec(text)) dash = m.index + m[0].length;
  const cut = colon > 0 && text.length - colon > 10 ? colon + 2 : dash > 0 && text.length - dash > 10 ? dash : 0;
  const asked = text.slice(cut);
  // "on short notice", "in time": how soon, said of the thing asked about, names no topic ("Is this possible on short notice?").
  const ask = askWithoutReasons(asked).replace(SHORT_NOTICE, ' ');
  const stems = [...new Set([...contentStems(ask), ...phraseStems(ask)])].filter((x) => !/['’]/.test(x) && !STOPWORDS.has(x));
  // A day of the month is no topic of its own ("move our billing date to July 1": the "1" of any other date is not it).
  // Unless the dates are what is asked about ("Do you have availability for 19–21 May?").
  const days = DATES_ASKED.test(ask) ? new Set<string>() : new Set([...ask.matchAll(DAY_OF_MONTH)].map((m) => m[1] ?? m[2]));
  let focus = stems.filter((x) => !GENERIC.has(x) && !days.has(x));
  // "The dashboard times out every afternoon — is that a known problem?": what "that" is, is before the dash.
  // Likewise a topic before a colon, when what follows names nothing ("Interfaces to our HIS: available or planned?",
  // "Certification to ISO 27001: yes or no.").
  if ((cut === dash && dash > 0 && (focus.length <= 1 || REFERS_BACK.test(asked))) || (cut === colon + 2 && colon > 0 && TOPICLESS.test(asked.trim()))) {
    const lead = text.slice(0, cut === dash ? dash : colon);
    focus = [...new Set([...focus, ...contentStems(lead), ...phraseStems(lead)])].filter((x) => !/['’]/.test(x) && !STOPWORDS.has(x) && !GENERIC.has(x));
  }
  // A condition before the question ("If exchange, do I need to pay for the courier?") sets the scene: its words are no
  // topic of the ask while the question names one of its own.
  const cond = LEAD_IF.exec(asked);
  if (cond && !REFERS_BACK.test(asked.slice(cond[0].length))) {
    const context = new Set(contentStems(cond[0]));
    const own = focus.filter((x) => !context.has(x));
    if (own.length > 0) focus = own;
  }
  return { text, type: askType(ask), focus: focus.length > 0 ? focus : stems };
}
const LEAD_IF = /^(?:(?:and|also|so|but)[, ]+)?(?:if|in case|assuming) [^,?]{1,60},\s+(?=(?:do|does|did|is|are|can|could|will|would|should|shall|may|what|when|how|who|which|where|why)\b)/i;

const SIGN_OFF_WORDS = '(?:thanks(?: (?:so much|again|in advance))?|thank you(?: (?:so much|again|in advance))?|many thanks|thx|cheers|best(?: wishes)?|all the best|regards|best regards|kind regards|warm regards|warmly|sincerely|talk soon|speak soon|take care|(?:(?:many|best|kind|warm|friendly) )?greetings|yours(?: (?:sincerely|faithfully|truly))?|(?:(?:liebe|viele|beste|herzliche|freundliche) )?gr(?:uss|uß|üsse|üße)|mit freundlichen gr(?:üssen|üßen|uessen)|lg|mfg|(?:bien )?cordialement|salutations|(?:un )?saludos?|atentamente|(?:cordiali )?saluti|(?:met vriendelijke )?groet(?:en)?|(?:med vänliga )?hälsningar|mvh|(?:vennlig )?hilsen|pozdrawiam|atenciosamente|abraços|un abrazo|grazie(?: mille)?|danke(?: schön| sehr)?|merci(?: beaucoup)?|(?:muchas )?gracias|obrigad[oa]|tack|dank(?:e|je)(?: wel)?|kiitos)';
const SIGN_OFF_ONLY = new RegExp(`^${SIGN_OFF_WORDS}[,!.]?$`, 'i');
// "Rachel", "Rachel Kim", "– Rachel", "Thanks, Rachel", "Rachel Kim | Ops Lead", "Rachel Kim, Head of Ops".
// "Raj and Anita Sharma" is Raj.
const NAME_LINE = new RegExp(`^(?:[-–—~]+\\s*)?(?:(${SIGN_OFF_WORDS})[,!.]?\\s+)?(\\p{Lu}[\\p{Ll}'’-]+(?:\\s+(?:and|&)\\s+\\p{Lu}[\\p{Ll}'’-]+)?(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2})\\s*(?:[|,(–—-]\\s*[^?]{0,80})?$`, 'iu');
// Capitalised words a last line can hold that are no one's name.
const NOT_A_NAME = new Set(['thanks', 'thank', 'best', 'regards', 'greetings', 'yours', 'cheers', 'hi', 'hello', 'dear', 'team', 'sent', 'any', 'please', 'the', 'this', 'that', 'sincerely', 'support', 'sales', 'billing', 'admin', 'office', 'customer', 'management', 'operations', 'finance', 'accounts', 'procurement', 'purchasing', 'legal', 'payroll', 'hr', 'it', 'desk', 'helpdesk', 'service', 'reception', 'facilities', 'marketing', 'compliance', 'help', 'urgent', 'update', 'ok', 'okay', 'yes', 'no', 'again', 'also', 'and', 'but']);

/** The writer's first name from the sign-off of their message ("Thanks, Rachel", "– Rachel", "Rachel Kim | Ops Lead"). */
function signOffName(lines: readonly string[]): string | undefined {
  // A signature's delimiter ("-- ", "___") stands between a sign-off and the name: no line of its own.
  const trimmed = lines.map((l) => l.trim()).filter((l) => l !== '');
  const nonEmpty = trimmed.filter((l) => !/^(?:--|[-_—–=*~]{3,})$/.test(l));
  const n = nonEmpty.length;
  /** The name a line gives ("Rachel Kim | Ops Lead" → "Rachel Kim"), whether a sign-off or dash leads it, and if it is the whole line. */
  const nameIn = (line: string | undefined) => {
    if (!line || line.length > 100) return undefined;
    const m = NAME_LINE.exec(line);
    // A case-insensitive pattern would take "Thanks for the help" as a name: the name itself must be capitalised.
    // Initials ("DO", "PD") are no first name to greet them by.
    if (!m || !/^\p{Lu}\p{Ll}\S*(?:\s+(?:and\s+|&\s+)?\p{Lu}\S*)*$/u.test(m[2]!)) return undefined;
    if (NOT_A_NAME.has(m[2]!.split(/\s+/)[0]!.toLowerCase())) return undefined;
    // A team or a mailbox signs with no first name ("Bright Dental Purchasing", "The Support Team").
    if (m[2]!.split(/\s+/).some((w) => MAILBOX_WORDS.has(w.toLowerCase()))) return undefined;
    // A note in brackets after the name ("Maeve (Biscuit's mum)") leaves it the whole line.
    return { name: m[2]!, prefixed: m[1] !== undefined || /^[-–—~]/.test(line), whole: line === m[2] || (line.startsWith(m[2]!) && /^\s*\([^()]{1,40}\)$/.test(line.slice(m[2]!.length))) };
  };
  // A signature set off by its delimiter ("-- ") starts with the name: "Dana Whitfield / Instructional Technology
  // Coordinator / Cedar Valley Unified School District / (559) 555-0182".
  const delimiter = trimmed.lastIndexOf('--');
  if (delimiter >= 0 && trimmed.length - delimiter <= 7) {
    const named = nameIn(trimmed[delimiter + 1]);
    if (named?.whole) return named.name;
  }
  // A sign-off ("Regards,", "Thanks, Rachel", "– Rachel"): the name is on its line or the next; what follows that
  // (a job title, the company: "Westgate Dental Practice") is not read. A sign-off with no name after it names no one.
  // A short line that ends in a comma signs off in any words or language ("Ta,", "Grazie,", "Yours faithfully,").
  for (let k = n - 1; k >= Math.max(1, n - 5); k--) {
    const line = nonEmpty[k]!;
    if (SIGN_OFF_ONLY.test(line) || (k < n - 1 && /^\p{L}[\p{L}'’ ]{1,28},$/u.test(line) && line.split(' ').length <= 3)) return nameIn(nonEmpty[k + 1])?.name;
    const named = nameIn(line);
    if (named?.prefixed) return named.name;
  }
  // No sign-off: the block of short lines that ends the message ("Maya / Studio Lindqvist", "Lina Haddad / Finance,
  // Cedar & Vine Studio") starts with the name; a message that ends on a sentence has none.
  let b = n;
  while (b > 1 && n - b < 3 && nonEmpty[b - 1]!.length <= 60 && !/[.!?:;]$/.test(nonEmpty[b - 1]!)) b--;
  const named = nameIn(nonEmpty[b]);
  if (b < n && named && (named.whole || n - b >= 2) && named.name.split(/\s+/).length <= 4) return named.name;
  return undefined;
}

/** Family names written first in three-word Chinese names as Singapore and Malaysia write them ("Tan Mei Ling"). */
const FAMILY_FIRST = new Set(['tan', 'lim', 'lee', 'ng', 'wong', 'chan', 'chua', 'goh', 'ong', 'teo', 'koh', 'chong', 'chew', 'low', 'yeo', 'ho', 'lau', 'leong', 'sim', 'toh', 'yap', 'seah', 'quek', 'heng', 'foo', 'liew', 'chia', 'wee', 'neo', 'tay', 'lai', 'loh', 'ang', 'kwok', 'cheng', 'chen', 'wang', 'zhang', 'liu', 'huang', 'zhao', 'zhou', 'xu', 'lin', 'guo', 'zheng', 'liang', 'xie', 'tang', 'cai', 'yeoh', 'khoo', 'soh', 'pang', 'tham', 'chin', 'kang', 'phua', 'hong', 'poh']);
/**
 * A given name of two words: signed as the last two words of the header's name ("Lim Wei Jie" signing "Wei Jie"), or
 * a three-word name led by a family name ("Tan Mei Ling", "Lim Boon Keat") — "Mei Ling", not "Mei" nor "Tan" — or ended by
 * one ("Wei Ling Tan", as the name is written in Western order).
 */
function givenNames(signed: string | undefined, header: string | undefined): string | undefined {
  const words = (name: string | undefined) => (name && !name.includes('@') ? name.trim().split(/\s+/) : []);
  const familyFirst = (n: string[]) => n.length === 3 && n.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) && FAMILY_FIRST.has(n[0]!.toLowerCase());
  // The same name in Western order ("Wei Ling Tan", "Mei Ling Lim"): the given name is the first two words.
  const familyLast = (n: string[]) => n.length === 3 && n.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) && FAMILY_FIRST.has(n[2]!.toLowerCase()) && !FAMILY_FIRST.has(n[0]!.toLowerCase());
  // "Nguyen Thi Lan" goes by Lan (a Vietnamese middle "Thi" or "Van"), "Lee Min-jung" by Min-jung (a Korean given name
  // written with its hyphen).
  const vietnamese = (n: string[]) => n.length === 3 && VIETNAMESE_FAMILY.has(n[0]!.toLowerCase()) && /^(?:thi|thị|van|văn)$/iu.test(n[1]!) && /^\p{Lu}\p{Ll}+$/u.test(n[2]!);
  const korean = (n: string[]) => n.length === 2 && KOREAN_FAMILY.has(n[0]!.toLowerCase()) && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(n[1]!);
  const givenOf = (n: string[]) => (familyFirst(n) ? `${n[1]} ${n[2]}` : familyLast(n) ? `${n[0]} ${n[1]}` : vietnamese(n) ? n[2] : korean(n) ? n[1] : undefined);
  const s = words(signed);
  const h = words(header);
  const own = givenOf(s);
  if (own) return own;
  const given = givenOf(h);
  // Signed with those words, or not signed with a name at all.
  return given && (s.length === 0 || s.join(' ') === given) ? given : undefined;
}
const VIETNAMESE_FAMILY = new Set(['nguyen', 'nguyễn', 'tran', 'trần', 'le', 'lê', 'pham', 'phạm', 'hoang', 'hoàng', 'huynh', 'phan', 'vu', 'vũ', 'vo', 'võ', 'dang', 'đặng', 'bui', 'bùi', 'do', 'đỗ', 'ho', 'hồ', 'ngo', 'ngô', 'duong', 'dương', 'ly', 'lý', 'dinh', 'đinh', 'truong', 'trương']);
const KOREAN_FAMILY = new Set(['kim', 'lee', 'park', 'choi', 'jung', 'jeong', 'kang', 'cho', 'yoon', 'jang', 'lim', 'han', 'oh', 'seo', 'shin', 'kwon', 'hwang', 'ahn', 'song', 'yoo', 'hong', 'jeon', 'ko', 'moon', 'yang', 'son', 'bae', 'baek', 'heo', 'nam']);

/** A title before a name: "Dr. ", "Mrs ". */
const TITLED_NAME = new RegExp(`^(?:(?:${TITLE_WORDS})\\.?\\s+)+`, 'i');

/**
 * A first name from a full name as written: "Dr. Sarah Kim" is Sarah, "Okafor, Chidi" is Chidi; a title with a
 * surname alone ("Mrs Patel", "Mr D. Okafor") gives no first name, nor does an address.
 */
export function firstNameOf(full: string | undefined): string | undefined {
  if (!full || full.includes('@')) return undefined;
  const swapped = /^([^\s,]+),\s*(\S.*)$/.exec(full.trim());
  const name = swapped ? `${swapped[2]} ${swapped[1]}` : full.trim();
  const titled = TITLED_NAME.exec(name);
  const rest = titled ? name.slice(titled[0].length) : name;
  const words = rest.split(/\s+/).filter(Boolean);
  if (titled && words.length < 2) return undefined;
  const first = words[0];
  if (!first || /^\p{Lu}\.?$/u.test(first)) return undefined;
  return first;
}

/** A list mark at the start of a text: "a) ", "(ii) ", "3." (alone, as the sentence splitter leaves it, or before words). */
export const LIST_MARK = /^\s*\(?(\d{1,2}|[a-h]|[ivx]{1,4})[.)](?:\s+|$)/i;

/** The mark of a list item, without its brackets and dot ("(iii) " → "iii", "B. " → "b"); a bullet or no mark has none. */
export function listMark(text: string): string | undefined {
  return LIST_MARK.exec(text)?.[1]?.toLowerCase();
}

export function extractQuotedPoints(quoted: string | undefined): QuotedPoint[] {
  if (!quoted || !quoted.trim()) return [];
  const { text, author, partial } = topMessage(quoted);
  const points: QuotedPoint[] = [];
  let before = '';
  // After a lead-in that asks for a list ("please provide the following:"), each item of the list is an ask,
  // a question or not ("c) Your current W-9.", "(i) Whether your pricing includes VAT.").
  let listAsked: boolean = false;
  let lead: QuotedPoint | undefined;
  let marker = false;
  let markedAs: string | undefined;
  // The mark of the piece before, for "Why?" after "2) The deduction is showing 0%.": a question of a few words is that
  // item's ask ("Is there a standard connector or custom work?" after "c) We need…" is an ask of its own).
  let lastMark: string | undefined;
  sentences: for (const whole of splitSentences(text.slice(0, 20000))) for (const piece of asksOf(whole.text)) {
    // A marker the sentence splitter left on its own ("1.", "b)"): the next sentence is the item.
    if (MARKER_ONLY.test(piece)) { marker = true; markedAs = listMark(piece); continue; }
    const item = LIST_ITEM.exec(piece);
    const own = item ? listMark(item[0]) : markedAs;
    const markBefore = lastMark;
    lastMark = own;
    markedAs = undefined;
    const shown = withoutGreeting(piece.slice(item ? item[0].length : 0).replace(/^[-*•\d.)\s]+/, '').trim());
    // Read in full words ("can u send" is "can you send"); quoted as written.
    const t = plain(shown);
    const previous = before;
    before = t;
    const inList: boolean = listAsked && (!!item || marker);
    marker = false;
    if (!inList) lead = undefined;
    // A sentence of an item's own ("1. Is it under warranty? The machine was installed in June 2024. 2. Lead time for…")
    // does not end the list.
    const tail = own === undefined && markBefore !== undefined;
    const itemTail = tail && listAsked;
    listAsked = ((inList || tail) && listAsked) || (/:$/.test(t) && LIST_LEAD.test(t));
    // "Why?", "Where are they?": a short question about what the sentence before said.
    const short = t.endsWith('?') && previous !== '' && (BARE_ASK.test(t) || /^(?:(?:and|so|but)[, ]+)?(?:why|how|what|where|when|which|who|is|are|was|were|does|did|can|could)\b/i.test(t));
    const mark = own ?? (short && t.length <= 25 ? markBefore : undefined);
    if ((t.length < 8 && !short) || COURTESY.test(t) || COURTESY_ANYWHERE.test(t) && !t.endsWith('?')) continue;
    // A line that announces the asks to come ("a few things came up that I'd need answered") is none itself.
    if ((ANNOUNCES_ASKS.test(t) || LEAD_ONLY.test(t)) && !t.endsWith('?')) continue;
    // An ask for the reply itself ("Kindly revert at the earliest", "Need an answer this week") is answered by answering.
    if ((REPLY_ASK.test(t) || REPLY_WANTED.test(t)) && !t.endsWith('?')) continue;
    if (/^(?:(?:and|also|so)[, ]+)?(?:could|can|would) you (?:please )?(?:come back|get back|revert|respond|reply) to (?:me|us)\b[^?]{0,40}\?$/i.test(t)) continue;
    // The reason for the ask before ("I need them for my mortgage application", "We need that for our privacy
    // obligations", "I need the confirmation for my leave application" after asking for it).
    const reason = REASON_FOR.exec(t);
    if (reason && !t.endsWith('?') && (!reason[1] || contentStems(previous).includes(stem(reason[1].toLowerCase())))) continue;
    // A request after a short condition on what was just said ("If that's right, I'd like to drop to…") is read as if
    // the condition were not there.
    const r = t.replace(SO_CONDITION, '');
    const kind = t.endsWith('?') || inQuestionForm(t) ? 'question' : REQUEST.test(r) || IMPERATIVE.test(r) || INDIRECT.test(t) || NEED.test(r) || CONDITION_ASK.test(t) || PLEASE_ASK.test(t) || inList ? 'request' : undefined;
    if (!kind || RHETORICAL.test(t)) continue;
    // "b) The invoice was raised in USD, not INR. Please reissue.": a bare request that ends an item asks what the item
    // says, and is read with it.
    if (itemTail && kind === 'request' && points.length > 0 && plain(points[points.length - 1]!.text) === previous && contentStems(t).length <= 2) continue;
    let stems = [...new Set(contentStems(t))];
    if (stems.length === 0 && short) stems = [...new Set(contentStems(previous))];
    if (stems.length === 0) continue;
    const whole = partOf(t);
    // "Is that possible?", "When will it be issued?": what "that" and "it" are is in the sentence before. So is what an
    // ask of only common words is about ("What do you need from us?", "Can you tell me where he is?").
    const pointing = t.replace(DUMMY_IT, ' ');
    if (whole.focus.filter((f) => /\p{L}/u.test(f)).length <= 1 && whole.type !== 'why' && (REFERS_BACK.test(pointing) || OBJECT_PRONOUN.test(pointing) || BARE_ASK.test(t) || (THERE_A.test(t) && !previous.endsWith('?')) || whole.focus.every((f) => GENERIC.has(f))) && previous) {
      // When the sentence before was an ask that itself pointed back ("I lost my card. Has it been cancelled? When will I
      // get a new one?"), what it was about is what this one is about too.
      const last = points[points.length - 1];
      const carried = last && plain(last.text) === previous && !BARE_ASK.test(previous) ? last.focus : [];
      const more = [...new Set([...carried, ...contentStems(previous), ...phraseStems(previous)])].filter((x) => !GENERIC.has(x) && !STOPWORDS.has(x) && !/['’]/.test(x));
      whole.focus = [...new Set([...whole.focus, ...more])];
    }
    // "Can someone come and check the meter?" is one request: a verb of coming before "and" leads into the next.
    // ("Kindly do the needful and confirm…": the first piece asks for the reply itself, and is no part.)
    const pieces = t.split(SECOND_PART).flatMap(whetherList).filter((x) => x.trim().length > 0 && !REPLY_ASK.test(x.trim())).reduce<string[]>((acc, x) => {
      const last = acc[acc.length - 1];
      // So does a bare verb with nothing of its own ("Complete and return the attached questionnaire", "Sign and send
      // back the form"): both verbs ask for the one thing.
      if (last !== undefined && (COME_AND.test(last) || BARE_VERB.test(last.trim()))) acc[acc.length - 1] = `${last} and ${x}`;
      else acc.push(x);
      return acc;
    }, []);
    // Parts that each name their own thing ("What's the price and turnaround?").
    let twoThings = false;
    // A lone word before the "and" ("Oh, and is there a discount…?", "So, and…") is no part of its own.
    let parts = pieces.length > 1 ? pieces.map((x) => partOf(x.trim())).filter((p) => p.focus.length > 0 || (p.type !== 'what' && !LONE_WORD.test(p.text))) : [];
    // "Could you arrange a collection of the damaged cartons and a credit for the stock?": two things asked for under one
    // verb, each a part of its own (not "between the basic and the pro plan", not "both… and…").
    if (parts.length <= 1 && whole.type === 'request' && !/\b(?:between|both)\b/i.test(t)) {
      const things = t.split(NOUN_AND).filter((x) => x.trim().length > 0);
      const sends = things.length === 2 && SENDS_THING.test(things[0]!);
      if (things.length === 2 && (/\b(?:a|an|the|some|your|our|my)\s/i.test(things[0]!) || sends)) {
        const more = partOf(things[1]!.trim());
        if (more.focus.length > 0) parts = [partOf(things[0]!.trim()), { ...more, type: 'request', ...(sends ? { sent: true as const } : {}) }];
      }
    }
    // "Please share the brochure and pricing.": two things to send, the second without its article (not a pair said as
    // one: "the terms and conditions", "health and safety").
    if (parts.length <= 1 && whole.type === 'request') {
      const m = SEND_TWO.exec(t);
      if (m && !FIXED_PAIR.test(`${m[1]} and ${m[2]}`)) {
        const more = partOf(m[2]!);
        if (more.focus.length > 0) parts = [partOf(t.slice(0, m.index + m[0].lastIndexOf(' and '))), { ...more, type: 'request', sent: true }];
      }
    }
    // "What's the price and turnaround?", "What are the lead time and the minimum order?": two things asked of one "what".
    if (parts.length <= 1 && !/\b(?:between|both)\b/i.test(t)) {
      const m = WHAT_TWO.exec(t);
      // One word joined to a phrase with no article of its own shares the phrase's head: "What are your pick and pack fees
      // per order?" asks one price, not "your pick" and "pack fees".
      const sharedHead = !!m && ONE_WORD_WHAT.test(m[1]!) && !ARTICLE_LED.test(m[2]!) && m[2]!.includes(' ');
      if (m && !sharedHead) {
        const a = partOf(`${m[1]!}?`);
        // The first thing's last word gives way to the second ("What's the turnaround").
        const head = m[1]!.slice(0, m[1]!.lastIndexOf(' '));
        const b = partOf(`${head} ${m[2]!}`);
        if (a.focus.length > 0 && b.focus.length > 0) { parts = [a, b]; twoThings = true; }
      }
    }
    // "Is all our data held in the UK, including backups?": the thing included is asked about on its own, the same way.
    if (parts.length <= 1) {
      const at = INCLUDING.exec(t);
      if (at && at.index > 10) parts = withIncluded(partOf(t.slice(0, at.index)), t.slice(at.index + 2), (f) => f !== INCLUDED_STEM) ?? parts;
    }
    // "…held at 2025 rates for both servicing and consumables?": the second thing is asked about on its own, as above, so
    // a reply that holds servicing alone answers part of it.
    if (parts.length <= 1) {
      const both = BOTH_AND.exec(t);
      if (both && both.index > 10) {
        const main = partOf(`${t.slice(0, both.index)}${both[1]!}${t.slice(both.index + both[0].length)}`);
        const first = new Set(partOf(both[1]!).focus);
        if (main.focus.length > 0) parts = withIncluded(main, both[2]!, (f) => !first.has(f)) ?? parts;
      }
    }
    // "What does a migration involve, and how long?": a bare "how long?" asks about the thing the part before it names.
    for (let i = 1; i < parts.length && !twoThings; i++) {
      const p = parts[i]!;
      if (BARE_FOLLOW.test(p.text)) parts[i] = { ...p, focus: [...new Set([...parts[i - 1]!.focus, ...p.focus])] };
    }
    // "Please provide the following:" asks for what its list says: once an item of the list is read, the line is no ask.
    if (inList && lead) { points.splice(points.indexOf(lead), 1); lead = undefined; }
    const point: QuotedPoint = {
      text: shown, kind, type: whole.type, ...(author ? { author } : {}), stems, focus: whole.focus,
      ...(parts.length > 1 ? { parts } : {}),
      numbers: t.match(/\d+(?:[.,:]\d+)*/g) ?? [],
      ...(partial ? { partial } : {}),
      ...(mark ? { item: mark } : {}),
    };
    if (mark) for (const x of parts) x.item = mark;
    points.push(point);
    if (t.endsWith(':')) lead = point;
    if (points.length >= 12) break sentences;
  }
  return points;
}

/**
 * An ask and a thing it names beside its main one ("including backups", "both servicing and consumables"), the second
 * answered only where the reply names it: the two parts, or none when the second says nothing the main one does not.
 */
function withIncluded(main: AskPart, second: string, keep: (stem: string) => boolean): AskPart[] | undefined {
  const more = partOf(second);
  const mainStems = new Set(main.focus);
  const focus = more.focus.filter((x) => !mainStems.has(x) && keep(x));
  return focus.length > 0 ? [main, { ...more, focus, type: main.type, included: true }] : undefined;
}

/**
 * A deal on a condition asks whether it can be met: "If you can start before 1 April and keep the fee under £4k a
 * month, we can sign this week", "if you can shoot both showrooms in one day, I'm interested" (an eighth round of
 * blind threads).
 */
/** A list of asks said as "whether…" clauses ("check a few bits: whether the price includes the app, whether we could start in February, and…"). */
const WHETHER_NEXT = /,\s+(?=whether\s)/i;
/** A piece cut at each "whether" after its first (not "we need to know, whether…", a single ask). */
const whetherList = (x: string): string[] => {
  const cut = x.split(WHETHER_NEXT);
  return cut.length >= 2 && /\bwhether\s/i.test(cut[0]!) ? cut : [x];
};
/** An ask of one word or two, about what the sentence before said ("Email down since 8. ETA?", "Cost?", "Next steps?"). */
/** "Is there a surcharge?", "Any fee?": a thing of one word, asked of what the sentence before says ("We'd like weekend picking"). */
const THERE_A = /^(?:(?:and|so|but|also)[, ]+)?(?:is there|are there|will there be|would there be|any)\s+(?:a |an |any )?(?:extra |additional |separate |minimum |setup |set-up )?[\w-]+\s*\?+$/i;
const BARE_ASK = /^(?:(?:and|so|also|any)[, ]+)?(?:eta|timeline|time ?frame|timescales?|lead time|turnaround|deadline|cost|costs|price|pricing|status|next steps?|root cause|cause|reason)\s*\?+$/i;
/** A bare order for the thing itself: "Refund both.", "Cancel it now.", "Reverse the charge." (the verbs of putting a wrong right). */
const IMPERATIVE = /^(?:(?:and|also|so|oh|honestly|just|but)[, ]+){0,3}(?:(?:refund|reverse|cancel|credit|waive|replace|resend|re-send|reissue|re-issue|unblock|unlock|reset|remove|block|freeze|unfreeze|send|ship|deliver|courier|transfer|close|delete) (?:it|them|both|this|that|these|those|the|my|our|me|us|all|everything|a new|a replacement|another)|take (?:me|us) off)\b/i;
// "Please" that opens a clause asks for what follows it in any verb ("…a few mornings lately, please raise it with the
// night team"), and a closing "please" after a few words does too ("Take it off please."); not the stock ones that
// ask for nothing ("please see below", "please note", "please don't hesitate").
const PLEASE_ASK = /(?:^|[,;:—–]\s*|\s-\s*|\b(?:and|also|so|but|then|now)\s+)(?:please|kindly) (?!(?:see|find|note|be (?:advised|aware|informed)|feel|don['’]t|do not|accept|excuse|forgive|ignore|disregard|bear with|keep (?:in mind|me posted|us posted)|let (?:me|us) know if|refer|contact|call|reach out|get in touch)\b)[a-z]|^(?:\S+ ){2,}\S+?,? please\.?$/i;
const CONDITION_ASK = /^(?:(?:and|but|so|also)[, ]+)?if (?:you|your (?:team|side)) (?:can|could|are able to|['’]re able to|were able to|would)\b[^?]{3,160}?,\s*(?:we|i)(?:['’]ll| will| can| could|['’]d| would|['’]m| am| are|['’]re)\b/i;

/** "A few things came up that I'd need answered", "I have some questions below": the asks are what follows. */
/** "Main things I need to know:", "A few questions:": a lead-in that names no topic. */
const LEAD_ONLY = /^(?:(?:the|my|our|a few|a couple of|some|two|three|four|main|key|quick|other|few)\s+){0,3}(?:things?|questions?|points?|queries|items|asks?)\b[^:?]{0,40}:$/i;
const ANNOUNCES_ASKS = /\b(?:a few|some|several|a couple of|two|three|four|few) (?:more |quick |other )?(?:things|questions|points|queries|items)\b[^.?!]{0,60}?\b(?:came up|answered|clarified|to ask|to check|below|as follows)\b|^(?:(?:i|we)(?:['’]d| would) like to|(?:i|we) (?:want|need) to|let me) (?:confirm|clarify|check|ask|raise|ask about) (?:a few|some|several|a couple of|two|three|four|few) (?:more |quick |other )?(?:things|questions|points|queries|items|matters)[.:!]*$/i;
/** An ask for a reply, by a time or for a reason: "Request you to revert by Thursday", "I'd appreciate your response by Friday". */
/** A quick reply wished for, after what the writer is doing: "We are comparing two other suppliers, so a prompt response would be appreciated." */
const REPLY_WANTED = /\b(?:a |an |your )?(?:quick|prompt|swift|early|speedy|fast|timely) (?:response|reply|answer|revert|turnaround on this) (?:would be|is) (?:much |greatly |really )?(?:appreciated|helpful|great|ideal)\b/i;
const REPLY_ASK = /^(?:(?:and|also|so)[, ]+)?(?:please |kindly |request you to |(?:i|we)(?:['’]d| would) appreciate |(?:i |we )?(?:really |urgently |still )?need |looking forward to )?(?:(?:a |an |your |these |those |the |some )?(?:quick |prompt |early |urgent |straight |clear |proper |honest |real |definite |firm |direct )?(?:revert|response|reply|answer|feedback)s?|(?:to )?(?:revert|respond|reply)(?: back)?(?: to (?:me|us|this))?|do the needful)\b(?! (?:on|about|regarding|whether|if (?:the|it|this|that|there|our|my|we)\b|and\b|to (?:my|our|the|these|those|this) (?:question|point|query|queries|request)s?\b))/i;
/** A reason given for what was just asked ("We need that for our privacy obligations"); "the X" only when X was asked for. */
// "I need to know before the 25th because our finance closes then": when the asks before are wanted, not one more. So is
// "need to have this done before the 15th when it renews".
const REASON_FOR = /^(?:(?:and|also|so|but)[, ]+)?(?:(?:i|we) )?(?:really |urgently |will )?need to have (?:this|it|that|them|these|those|everything) (?:done|signed|sorted|completed|finished|fixed|in place|live|ready|back|delivered|approved|processed|resolved)(?: (?:and|&) [\w-]+)? (?:by|before|until|no later than|ahead of)\b|^(?:(?:and|also|so|but)[, ]+)?(?:i|we) (?:need|require) (?:it|this|that|them|these|those|the (\w+)) (?:for (?:a|an|my|our|the|his|her|their)\b|because\b|as (?:we|i|our|my)\b|so (?:that|we|i)\b)|^(?:(?:and|also|so|but)[, ]+)?(?:i|we) (?:really |urgently )?need to know (?:(?:this|that|it) )?(?:for (?:the|our|my|a|an)\b|(?:before|by|until|no later than) (?!(?:[\w'’-]+ ){1,2}(?:if|whether|what|how|which|who|when|why)\b))|\bso (?:i|we) (?:really |urgently )?need to know (?:(?:this|that|it) )?(?:this week|today|tomorrow|asap|now|soon|urgently|by (?:[\w'’-]+ ){0,2}[\w'’-]+)[.!]*$/i;

/** They said no, or asked to hear no more ("Please take me off your list", "We've decided to stay with our current vendor"). */
const DECLINED = /\b(?:take (?:me|us) off|remove (?:me|us) from|unsubscribe|stop (?:emailing|contacting|messaging|calling)|(?:not|no longer) interested|(?:decided|chosen|chose|going) to (?:stay|stick|go|continue) with|not (?:a|the right) (?:fit|time)|(?:we'll|we will|i'll|i will) pass\b|please don't (?:contact|email|call))/i;
/** Does the customer's latest message say no? Read from the top message only (older history is context). */
export function declined(quoted: string | undefined): boolean {
  if (!quoted?.trim()) return false;
  return DECLINED.test(topMessage(quoted).text.slice(0, 20000));
}

/** The problem the customer wrote about, in their words: the first sentence of their message that names one. */
export interface QuotedIssue {
  text: string;
  author?: string;
  stems: string[];
  /** Stems of the other problems the message names (up to two more): saying back any of them counts. */
  others: string[][];
  /**
   * Stems of the message's other lines, up to three before the problem and two after it ("the 4,000 labels came with
   * last year's percentage. We can't bottle…"): saying back the situation around the problem counts too.
   */
  context?: string[][];
  /** Set when the quoted message was longer than MAX_QUOTED_CHARS and only its start was read. */
  partial?: true;
}

const PROBLEM = /\b(?:(?:did|does|do|has|have|had|is|are|was|were) not (?!only\b)|instead of|(?:got|received|sent|shipped|delivered|happened|happening) [^.?!]{0,40}?again|same (?:thing|problem|issue|mistake) (?:happened|again)|refused|refusing|(?:ordered|asked for|paid for) [^.?!]{1,60}? (?:and|but) (?:received|got)|charged|overcharged|charg(?:es|ing) (?:us|me)|bill(?:s|ed|ing) (?:us|me)|billed twice|twice|double|broken|break(?:s|ing)?|error|errors|fail(?:s|ed|ing|ure)?|crash(?:es|ed|ing)?|bug|issue|problem|not working|doesn'?t work|didn'?t|can'?t|cannot|couldn'?t|won'?t|unable|missing|lost|late|delay(?:ed)?|wrong|incorrect|down|outage|stuck|refund|cancel(?:led)?|disappointed|frustrat\w*|unhappy|still (?:no|not|waiting)|never (?:arrived|received|got)|(?:has|have|is|are|was|were|had)n['’]?t|nobody|no one|nothing|stopped|faulty|damaged|torn|tear|rude(?:ly)?|overbooked|declined|blocked|rejected|bounced|frozen|locked out|suspended|cut off|disconnected|disappeared|vanished|deleted|leak(?:s|ing|ed)?|ignored|complain(?:t|ed|ing)?|waiting|cracked|chipped|dented|scratched|smashed|shattered|snapped|ripped|stained|defective|mouldy|moldy|rotten|not (?:before|until|on time)|(?:price|fee|cost|rate|bill|premium|subscription|rent)s? (?:goes|went|has gone|have gone|is going|are going|jumps?|jumped|rises?|rose|increases?|increased) (?:up|from|to|by))\b/i;

/** A line that turns to another matter: a question, or "Also, …", "Separately, …". */
const NEW_TOPIC = /\?\s*$|^(?:also|and also|another thing|separately|oh and|one more thing|lastly|finally|on another note)\b/i;
export function extractIssue(quoted: string | undefined): QuotedIssue | undefined {
  if (!quoted || !quoted.trim()) return undefined;
  const { text, author, partial } = topMessage(quoted);
  let issue: QuotedIssue | undefined;
  const context: string[][] = [];
  let after = 0;
  for (const s of splitSentences(text.slice(0, 5000))) {
    const t = withoutGreeting(s.text.trim());
    if (t.length < 12 || COURTESY.test(t)) continue;
    const stems = [...new Set(contentStems(t))];
    if (stems.length < 2) continue;
    if (!PROBLEM.test(t)) {
      // Up to three lines before the problem, and two after it ("My domestic staff had to clean it up in the back corridor"),
      // until a new matter starts ("Also, the new 2% marketing levy - what is it actually being spent on?").
      if (!issue) {
        if (context.length < 3) context.push(stems);
      } else if (after < 2) {
        if (NEW_TOPIC.test(t)) after = 2;
        else { context.push(stems); after++; }
      }
      continue;
    }
    if (!issue) issue = { text: t, ...(author ? { author } : {}), stems, others: [], ...(partial ? { partial } : {}) };
    else if (issue.others.push(stems) >= 2) break;
  }
  if (issue && context.length > 0) issue.context = context;
  return issue;
}

/** Do two stems name the same thing? ("expand" ~ "expans", "onboard" ~ "onboarding"). */
export const stemsMatch = sameWord;

/** How many of the point's stems the body uses. */
export function overlap(pointStems: readonly string[], bodyStems: ReadonlySet<string>): number {
  let n = 0;
  for (const p of pointStems) {
    if (bodyStems.has(p)) n++;
    else for (const b of bodyStems) if (stemsMatch(p, b)) { n++; break; }
  }
  return n;
}
