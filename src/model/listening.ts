import { contentStems, splitSentences } from './text';

/** Something the customer asked or asked for in the message being answered. */
export interface QuotedPoint {
  /** The customer's own words. */
  text: string;
  kind: 'question' | 'request';
  /** Who wrote it, when the quote header says ("Dana"). */
  author?: string;
  stems: string[];
  numbers: string[];
}

const REQUEST = /^(?:(?:and|also|so|but)\s+)?(?:(?:can|could|would|will) you|please|kindly|i(?:'d| would) (?:like|appreciate)|i need|we need|i want|we want|we(?:'d| would) like|let me know (?:when|if|whether|what|how|who|which)|send me|tell me|is there any way)\b/i;
// Courtesy lines that ask for nothing in particular.
const COURTESY = /^(?:let me know if you have any (?:other )?questions|please let me know if (?:you have|there is|there are) any|(?:any|other) questions\?|how are you|hope you(?:'re| are) well|thanks|thank you|please advise|please see below|please find attached|what do you think\?)/i;
const HEADER = /^(?:On .{3,200} wrote:|From:.*|Sent:.*|To:.*|Cc:.*|Subject:.*|Date:.*|-{2,}\s*Original Message\s*-{2,}|_{8,})\s*$/im;

/** The writer's name from a quote header: "On Sun, Nov 22, 2026 at 6:40 PM Dana Reyes <dana@x> wrote:" or "From: Dana Reyes". */
function authorOf(line: string): string | undefined {
  const wrote = /^On .*?wrote:\s*$/.test(line)
    ? (/\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?,?\s+([^,<\d][^,<]*?)\s*(?:<[^>]*>)?\s*wrote:/.exec(line) ??
      /\d{4},?\s+([^,<\d][^,<]*?)\s*(?:<[^>]*>)?\s*wrote:/.exec(line) ??
      /,\s*([^,<\d][^,<]*?)\s*<[^>]*>\s*wrote:/.exec(line))
    : /^From:\s*"?([^"<@]+?)"?\s*(?:<[^>]*>)?\s*$/.exec(line);
  const name = wrote?.[1]?.trim();
  return name && /^\p{L}/u.test(name) ? name : undefined;
}

/** The newest message of a quote: its own words, without older nested history. */
export function topMessage(quoted: string): { text: string; author?: string } {
  const lines = quoted.replace(/\r\n?/g, '\n').split('\n');
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
    own.push(line);
  }
  // Mail is often hard-wrapped: join the lines of a paragraph so a question is one sentence.
  const text = own.join('\n').split(/\n[ \t]*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ')).join('\n\n');
  const first = author?.split(/\s+/)[0];
  return { text, ...(first ? { author: first } : {}) };
}

export function extractQuotedPoints(quoted: string | undefined): QuotedPoint[] {
  if (!quoted || !quoted.trim()) return [];
  const { text, author } = topMessage(quoted);
  const points: QuotedPoint[] = [];
  for (const s of splitSentences(text.slice(0, 20000))) {
    const t = s.text.replace(/^[-*•\d.)\s]+/, '').trim();
    if (t.length < 8 || COURTESY.test(t)) continue;
    const kind = t.endsWith('?') ? 'question' : REQUEST.test(t) ? 'request' : undefined;
    if (!kind) continue;
    const stems = [...new Set(contentStems(t))];
    if (stems.length === 0) continue;
    points.push({ text: t, kind, ...(author ? { author } : {}), stems, numbers: t.match(/\d+(?:[.,:]\d+)*/g) ?? [] });
    if (points.length >= 12) break;
  }
  return points;
}

/** The problem the customer wrote about, in their words: the first sentence of their message that names one. */
export interface QuotedIssue {
  text: string;
  author?: string;
  stems: string[];
}

const PROBLEM = /\b(?:charged|overcharged|billed twice|twice|double|broken|break(?:s|ing)?|error|errors|fail(?:s|ed|ing|ure)?|crash(?:es|ed|ing)?|bug|issue|problem|not working|doesn'?t work|didn'?t|can'?t|cannot|couldn'?t|won'?t|unable|missing|lost|late|delay(?:ed)?|wrong|incorrect|down|outage|stuck|refund|cancel(?:led)?|disappointed|frustrat\w*|unhappy|still (?:no|not|waiting)|never (?:arrived|received|got))\b/i;
const GREETING_LINE = /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^.!?]{0,40}[,!.]?$/i;

export function extractIssue(quoted: string | undefined): QuotedIssue | undefined {
  if (!quoted || !quoted.trim()) return undefined;
  const { text, author } = topMessage(quoted);
  for (const s of splitSentences(text.slice(0, 5000))) {
    const t = s.text.trim();
    if (t.length < 12 || GREETING_LINE.test(t) || COURTESY.test(t) || !PROBLEM.test(t)) continue;
    const stems = [...new Set(contentStems(t))];
    if (stems.length < 2) continue;
    return { text: t, ...(author ? { author } : {}), stems };
  }
  return undefined;
}

/** Do two stems name the same thing? ("expan" ~ "expand"). */
export function stemsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  return s.length >= 4 && l.startsWith(s);
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

export function isAddressed(point: QuotedPoint, bodyStems: ReadonlySet<string>, body: string): boolean {
  if (point.numbers.some((n) => n.length > 1 && body.includes(n))) return true;
  const need = point.stems.length <= 2 ? 1 : Math.min(3, Math.ceil(point.stems.length / 3));
  return overlap(point.stems, bodyStems) >= need;
}
