import { contentStems, splitSentences, stem } from './text';

/** Something the customer asked or asked for in the message being answered. */
export interface QuotedPoint {
  /** The customer's own words. */
  text: string;
  kind: 'question' | 'request';
  /** Who wrote it, when the quote header says ("Dana"). */
  author?: string;
  stems: string[];
  /** The stems of what is asked: the main clause, without its reasons ("since…") and common words. */
  focus: string[];
  /** "How do I…?": answered by steps ("Go to Settings, click Invite") as much as by its own words. */
  howTo: boolean;
  /** "Why…?", "What went wrong?": answered by a cause ("…failed because…"). */
  why: boolean;
  /** "When will…?": answered by what happens when ("the patch ships on Tuesday"). */
  when: boolean;
  numbers: string[];
  /** Set when the quoted message was longer than MAX_QUOTED_CHARS and only its start was read. */
  partial?: true;
}

// Words too common to show that a reply answers a point ("for this month", "a big part").
const GENERIC = new Set(['month', 'week', 'day', 'year', 'time', 'today', 'tomorrow', 'thing', 'way', 'part', 'big', 'lot', 'bit', 'still', 'right', 'question', 'help', 'possible', 'able', 'again', 'already', 'anything', 'something', 'everything', 'someone', 'anyone', 'maybe', 'actually', 'tell', 'explain', 'share', 'wonder', 'happen', 'went', 'go', 'going'].map(stem));
const WHY = /^(?:(?:and|also|so|but)\s+)?(?:(?:can|could|would) you (?:please )?(?:tell|explain(?: to)?|let) (?:me|us) (?:know )?)?(?:why\b|what (?:went wrong|happened|caused|is causing|was the (?:cause|problem|issue|reason))|how (?:did|could|can) (?:this|that|it) (?:happen|go wrong))/i;
const WHEN_Q = /^(?:(?:and|also|so|but)\s+)?(?:(?:can|could) you (?:please )?(?:tell|let) (?:me|us) (?:know )?)?(?:when|by when|how soon|what time|how long (?:until|till|before|will))\b/i;
// What happens next, and when: "it will show on your card within 3 business days", "4.2 goes out this Friday".
const FUTURE = /\b(?:will|['’]ll|goes out|go out|ships|arrives?|lands?|(?:is|are) (?:due|scheduled|planned|booked|set)|should (?:arrive|show|appear|land|reach|be))\b/i;
const AT_A_TIME = /\b(?:today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|within (?:\d+|one|two|three|a|an|24|48)\b|\d+ (?:business |working )?(?:days?|hours?)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}\b|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\d{1,2}:\d{2}\b)/i;
/** Does the sentence say what will happen, and when? ("The fix ships on Wednesday.") */
export function statesDatedStep(text: string): boolean {
  return FUTURE.test(text) && AT_A_TIME.test(text);
}
// A reply that gives the cause.
const CAUSE = /\b(?:because|caused by|due to|the cause|root cause|was caused|the reason|turned out|came from|this happened when|it happened when|went wrong)\b/i;
// The reasons and alternatives after the ask: "can I get a refund for this month since the export is…".
const BEYOND_ASK = /,?\s+(?:since|because|as|given (?:that)?|considering|seeing as|so that|or do|or should|or is|or will|or can|or would)\s/i;
const HOW_TO = /^(?:(?:and|also|so|but)\s+)?(?:how (?:do|can|should|would) (?:i|we)|how to|what(?:['’]s| is) the (?:best )?way to|is there (?:a|any) way to|where (?:do|can) (?:i|we) (?:find|change|set|turn|add|see))\b/i;
// A reply that walks them through it.
const STEPS = /(?:^|[.:;!?,]\s+|\bthen\s+|\n\s*(?:\d+[.)]\s*|[-*•]\s*)?)(?:go to|open|click|tap|select|choose|press|enter|type|navigate to|head to|under|in (?:the )?settings|from the \w+ menu)\b/i;

/**
 * The text with each run of white space that holds a line break shortened to one "\n": STEPS reads the
 * same there, but tried at each break of a long run of them its "\n\s*" was quadratic.
 */
function breaksCollapsed(text: string): string {
  return text.replace(/\s+/g, (run) => (run.includes('\n') ? '\n' : run));
}

const REQUEST = /^(?:(?:and|also|so|but)\s+)?(?:(?:can|could|would|will) you|please|kindly|i(?:['’]d| would) (?:like|appreciate)|i need|we need|i want|we want|we(?:['’]d| would) like|let me know (?:when|if|whether|what|how|who|which)|send me|tell me|is there any way)\b/i;
// Courtesy lines that ask for nothing in particular.
const COURTESY = /^(?:let me know if you have any (?:other )?questions|please let me know if (?:you have|there is|there are) any|(?:any|other) questions\?|how are you|hope you(?:['’]re| are) well|thanks|thank you|please advise|please see below|please find attached|what do you think\?)/i;
// "Hi Sam," at the start of the customer's message: not part of what they asked.
const GREETING_PREFIX = /^(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear|[Gg]ood (?:morning|afternoon|evening))(?:\s+(?:\p{Lu}[\p{L}'’-]*|team|all|there)){0,3}\s*(?:[,!:.—–-]\s*|$)/u;
// A line that is only a sign-off: "Thanks,", "Best regards, Dana", "Dana".
const SIGN_OFF_LINE = /^(?:(?:[Tt]hanks|[Tt]hank you|[Cc]heers|[Bb]est|[Rr]egards|[Bb]est regards|[Kk]ind regards|[Ss]incerely|[Mm]any thanks)(?:,?\s+\p{Lu}[\p{L}'’-]*)?[,!.]?|\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?)$/u;
const withoutGreeting = (t: string) => t.replace(GREETING_PREFIX, '');
// ("From:.*" needs no "\s*$": ".*" always runs to the end of the line. Without it no part can trade characters.)
const HEADER = /^(?:(?:From|Sent|To|Cc|Subject|Date):.*|(?:On .{3,200} wrote:|-{2,}\s*Original Message\s*-{2,}|_{8,})\s*$)/im;

const MAX_HEADER_CHARS = 1000;

/** The writer's name from a quote header: "On Sun, Nov 22, 2026 at 6:40 PM Dana Reyes <dana@x> wrote:" or "From: Dana Reyes". */
function authorOf(header: string): string | undefined {
  // A real header line is short; a long one (a pasted log in a quote) is not read for a name, so these
  // patterns, which are not linear, only ever see a bounded line.
  const line = header.trimEnd();
  if (line.length > MAX_HEADER_CHARS) return undefined;
  const wrote = /^On .*?wrote:\s*$/.test(line)
    ? (/\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?,?\s+([^,<\d][^,<]*?)\s*(?:<[^>]*>)?\s*wrote:/.exec(line) ??
      /\d{4},?\s+([^,<\d][^,<]*?)\s*(?:<[^>]*>)?\s*wrote:/.exec(line) ??
      /,\s*([^,<\d][^,<]*?)\s*<[^>]*>\s*wrote:/.exec(line))
    : /^From:\s*"?([^"<@]+?)"?\s*(?:<[^>]*>)?\s*$/.exec(line);
  const name = wrote?.[1]?.trim();
  return name && /^\p{L}/u.test(name) ? name : undefined;
}

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
  while (i < lines.length && (lines[i]!.trim() === '' || HEADER.test(lines[i]!))) {
    const name = authorOf(lines[i]!);
    if (name) author = name;
    i++;
  }
  const own: string[] = [];
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (HEADER.test(line) || /^>/.test(line) || line.trim() === '--') break;
    // A greeting ("Hi,") or sign-off ("Thanks,", "Dana") on its own line is a paragraph of its own,
    // so it is never read as part of the customer's first or last sentence.
    const bare = line.trim();
    if (bare && (withoutGreeting(bare) === '' || SIGN_OFF_LINE.test(bare))) own.push('', line, '');
    else own.push(line);
  }
  // Mail is often hard-wrapped: join the lines of a paragraph so a question is one sentence.
  // A run of white space with a line break in it becomes one space (a single \s+ pass: /\s*\n\s*/ was
  // quadratic on a long run of spaces without a break).
  const text = own.join('\n').split(/\n[ \t]*\n/).map((p) => p.replace(/\s+/g, (run) => (run.includes('\n') ? ' ' : run))).filter((p) => p.trim()).join('\n\n');
  const first = author?.split(/\s+/)[0];
  return { text, ...(first ? { author: first } : {}), ...(capped.truncated ? { partial: true as const } : {}) };
}

export function extractQuotedPoints(quoted: string | undefined): QuotedPoint[] {
  if (!quoted || !quoted.trim()) return [];
  const { text, author, partial } = topMessage(quoted);
  const points: QuotedPoint[] = [];
  for (const s of splitSentences(text.slice(0, 20000))) {
    const t = withoutGreeting(s.text.replace(/^[-*•\d.)\s]+/, '').trim());
    if (t.length < 8 || COURTESY.test(t)) continue;
    const kind = t.endsWith('?') ? 'question' : REQUEST.test(t) ? 'request' : undefined;
    if (!kind) continue;
    const stems = [...new Set(contentStems(t))];
    if (stems.length === 0) continue;
    const ask = t.split(BEYOND_ASK)[0]!;
    const focus = [...new Set(contentStems(ask))].filter((x) => !GENERIC.has(x));
    points.push({
      text: t, kind, ...(author ? { author } : {}), stems, focus: focus.length > 0 ? focus : stems,
      howTo: HOW_TO.test(t), why: WHY.test(t), when: WHEN_Q.test(t), numbers: t.match(/\d+(?:[.,:]\d+)*/g) ?? [],
      ...(partial ? { partial } : {}),
    });
    if (points.length >= 12) break;
  }
  return points;
}

/** The problem the customer wrote about, in their words: the first sentence of their message that names one. */
export interface QuotedIssue {
  text: string;
  author?: string;
  stems: string[];
  /** Stems of the other problems the message names (up to two more): saying back any of them counts. */
  others: string[][];
  /** Set when the quoted message was longer than MAX_QUOTED_CHARS and only its start was read. */
  partial?: true;
}

const PROBLEM = /\b(?:charged|overcharged|billed twice|twice|double|broken|break(?:s|ing)?|error|errors|fail(?:s|ed|ing|ure)?|crash(?:es|ed|ing)?|bug|issue|problem|not working|doesn'?t work|didn'?t|can'?t|cannot|couldn'?t|won'?t|unable|missing|lost|late|delay(?:ed)?|wrong|incorrect|down|outage|stuck|refund|cancel(?:led)?|disappointed|frustrat\w*|unhappy|still (?:no|not|waiting)|never (?:arrived|received|got))\b/i;

export function extractIssue(quoted: string | undefined): QuotedIssue | undefined {
  if (!quoted || !quoted.trim()) return undefined;
  const { text, author, partial } = topMessage(quoted);
  let issue: QuotedIssue | undefined;
  for (const s of splitSentences(text.slice(0, 5000))) {
    const t = withoutGreeting(s.text.trim());
    if (t.length < 12 || COURTESY.test(t) || !PROBLEM.test(t)) continue;
    const stems = [...new Set(contentStems(t))];
    if (stems.length < 2) continue;
    if (!issue) issue = { text: t, ...(author ? { author } : {}), stems, others: [], ...(partial ? { partial } : {}) };
    else if (issue.others.push(stems) >= 2) break;
  }
  return issue;
}

/** Do two stems name the same thing? ("expand" ~ "expans", "onboard" ~ "onboarding"). */
export function stemsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  if (s.length >= 4 && l.startsWith(s)) return true;
  // Porter keeps some forms of one word apart ("expand", "expans"): a long shared start is the same word.
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  return i >= 5 && i >= s.length - 1;
}

/** How many of the point's stems the body uses. */
export function overlap(pointStems: readonly string[], bodyStems: ReadonlySet<string>): number {
  let n = 0;
  for (const p of pointStems) {
    if (bodyStems.has(p)) n++;
    else for (const b of bodyStems) if (stemsMatch(p, b)) { n++; break; }
  }
  return n;
}

/**
 * Does the reply answer the point? Its words must come together: enough of the
 * ask's own words in one sentence or the next (not scattered over the email),
 * a number the customer gave, for a "how do I…?" steps and its topic, and
 * for a "why…?" or "what went wrong?" a cause.
 */
export function isAddressed(point: QuotedPoint, sentences: readonly { text: string; stems: readonly string[] }[], body: string): boolean {
  if (point.numbers.some((n) => n.length > 1 && body.includes(n))) return true;
  const need = point.focus.length <= 3 ? 1 : 2;
  for (let i = 0; i < sentences.length; i++) {
    const near = new Set([...sentences[i]!.stems, ...(sentences[i + 1]?.stems ?? [])]);
    if (overlap(point.focus, near) >= need) return true;
  }
  if (point.howTo && STEPS.test(breaksCollapsed(body))) return overlap(point.focus, new Set(sentences.flatMap((x) => x.stems))) >= 1;
  if (point.why && sentences.some((x) => CAUSE.test(x.text))) return true;
  // A long "when will…?" is answered by what happens when to the thing it asks about.
  if (point.when && sentences.some((x) => statesDatedStep(x.text) && overlap(point.focus, new Set(x.stems)) >= 1)) return true;
  return false;
}
