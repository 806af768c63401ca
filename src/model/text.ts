import { stemmer as porter } from 'stemmer';
import { isSpace } from './chars';
/**
 * Offset-preserving segmentation: lines -> sentences -> words. Cheap (regex
 * only) so it can run over the whole draft on every edit; the expensive NLP
 * runs per sentence and is cached by sentence text.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  text: string;
  /** Index of the line (0-based) and paragraph (blank-line separated) it sits in. */
  line: number;
  paragraph: number;
  index: number;
}

// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'vs', 'etc', 'e.g', 'i.e', 'inc', 'ltd',
  'co', 'corp', 'dept', 'approx', 'no', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs',
  'fri', 'sat', 'sun', 'a.m', 'p.m', 'u.s', 'u.k', 'fig', 'ext', 'tel', 'est', 'pst', 'cet',
  // Before a figure or a tax: "excl. VAT", "incl. delivery", "rev. 7", "qty. 40" (round 42's threads).
  'incl', 'excl', 'rev', 'qty', 'pcs', 'nr',
]);

// A sentence ends at a run of . ! ? … and any closing quotes or brackets, followed by a space or
// the end of the line. Found by a scan rather than a regex (/[.!?…]+["'”’)\]]*(?=\s|$)/g): tried
// at each place in a long run of "?" or "." that regex took quadratic time.
const isEndMark = (c: string | undefined) => c === '.' || c === '!' || c === '?' || c === '…';
const isCloser = (c: string | undefined) => c === '"' || c === "'" || c === '”' || c === '’' || c === ')' || c === ']';

const isLower = (code: number) => code >= 97 && code <= 122;
/** Any letter, of any script. */
const LETTER = /\p{L}/u;
/** [A-Za-z.] */
const isLetterOrDot = (code: number) => isLower(code) || (code >= 65 && code <= 90) || code === 46;

/** Splits one line into sentence spans (offsets relative to the line). Linear in the line's length. */
function splitLine(line: string): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (let i = 0; i < line.length; ) {
    if (!isEndMark(line[i])) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < line.length && isEndMark(line[end])) end++;
    while (end < line.length && isCloser(line[end])) end++;
    const at = i;
    i = end;
    // Only a mark followed by a space (or the end of the line) ends a sentence: "3.5", "?!x" do not.
    if (end < line.length && !isSpace(line[end])) continue;
    if (line[at] === '.' && end - at === 1) {
      let k = at;
      while (k > from && isLetterOrDot(line.charCodeAt(k - 1))) k--;
      // A word that goes on before the last [A-Za-z.] run ("cafés.", "Düsseldorf.") is no abbreviation nor initial.
      if (k < at && !(k > from && LETTER.test(line[k - 1]!))) {
        const word = line.slice(k, at).toLowerCase();
        // "Dr." "e.g." or a single initial ("J.") do not end a sentence.
        if (ABBREVIATIONS.has(word) || (word.length === 1 && isLower(word.charCodeAt(0)))) continue;
      }
      // A lower-case continuation ("approx. three") is not a new sentence.
      let n = end;
      while (n < line.length && isSpace(line[n])) n++;
      if (n > end && n < line.length && isLower(line.charCodeAt(n))) continue;
    }
    pushTrimmed(line, from, end, spans);
    from = end;
  }
  pushTrimmed(line, from, line.length, spans);
  return spans;
}

/** No real sentence is this long; longer runs are cut at a space so no unit of work grows without bound. */
export const MAX_SENTENCE_CHARS = 600;

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  while (end - start > MAX_SENTENCE_CHARS) {
    // The last space in the second half of the window (lastIndexOf alone would search back to the line's start).
    const half = start + MAX_SENTENCE_CHARS / 2 + 1;
    const inWindow = text.slice(half, start + MAX_SENTENCE_CHARS + 1).lastIndexOf(' ');
    const cut = inWindow >= 0 ? half + inWindow : start + MAX_SENTENCE_CHARS;
    out.push({ start, end: cut });
    start = cut;
    while (start < end && isSpace(text[start])) start++;
  }
  if (end > start) out.push({ start, end });
}

/** Titles written before a name ("Dr. Sarah Kim", "Mrs Patel"), for the greeting and the asker's name. */
export const TITLE_WORDS = 'dr|mr|mrs|ms|miss|mx|prof|professor|doctor|rev|reverend|pastor|rabbi|imam|capt|captain|judge|senator|cllr|councillor|dj|sir|dame';

const NOT_BLANK = /\S/;

/**
 * A text as last split, line by line: what the split of an edited text reuses. Lines before the edit keep their
 * sentences, lines after it keep theirs shifted, and only the lines the edit touched are split again (a keystroke in
 * a 2,000-word reply splits one line, and its unchanged sentences keep the same strings, so looking them up again
 * costs nothing).
 */
export interface SplitMemo {
  readonly text: string;
  readonly lines: readonly SplitLine[];
}

/** One line: where it lies in the text, and its sentences (none for a blank line), relative to it. */
interface SplitLine {
  readonly start: number;
  readonly end: number;
  readonly line: string;
  readonly blank: boolean;
  readonly spans: readonly Span[];
  readonly texts: readonly string[];
}

/** Sentences of a text, each with absolute offsets. Every line break ends a sentence. */
export function splitSentences(text: string): Sentence[] {
  return splitSentencesFrom(text).sentences;
}

/**
 * Sentences of a text, as splitSentences gives them, reusing the lines `prev` (the split of an earlier text) shares
 * with it: the lines wholly before the first changed character, and those wholly after the last.
 */
export function splitSentencesFrom(text: string, prev?: SplitMemo): { sentences: Sentence[]; memo: SplitMemo } {
  const lines: SplitLine[] = [];
  let from = 0;
  let to = text.length;
  let tail: readonly SplitLine[] = [];
  let shift = 0;
  if (prev) {
    // Lines the same, with the same line break after them, from the start; then from the end, where the text after
    // the edit has moved by `shift` (a slice compared with the line: faster in V8 than startsWith at an offset).
    shift = text.length - prev.text.length;
    let k = 0;
    for (const l of prev.lines) {
      if (text.charCodeAt(l.end) !== 10 || text.slice(l.start, l.end) !== l.line) break;
      lines.push(l);
      k++;
    }
    if (k > 0) from = lines[k - 1]!.end + 1;
    let m = prev.lines.length;
    while (m > k) {
      const l = prev.lines[m - 1]!;
      const at = l.start + shift;
      if (at < from || text.charCodeAt(at - 1) !== 10 || text.slice(at, at + l.line.length) !== l.line) break;
      m--;
    }
    if (m < prev.lines.length) {
      tail = prev.lines.slice(m);
      to = tail[0]!.start + shift - 1;
    }
  }
  // The changed lines, from `from` to the line break at `to` (or the text's end).
  for (let lineStart = from; lineStart <= to; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > to) lineEnd = to;
    const line = text.slice(lineStart, lineEnd);
    if (!NOT_BLANK.test(line)) lines.push({ start: lineStart, end: lineEnd, line, blank: true, spans: [], texts: [] });
    else {
      const spans = splitLine(line);
      lines.push({ start: lineStart, end: lineEnd, line, blank: false, spans, texts: spans.map((s) => line.slice(s.start, s.end)) });
    }
    lineStart = lineEnd + 1;
  }
  for (const l of tail) lines.push(shift === 0 ? l : { start: l.start + shift, end: l.end + shift, line: l.line, blank: l.blank, spans: l.spans, texts: l.texts });

  const out: Sentence[] = [];
  let paragraph = 0;
  let blankSeen = false;
  for (let lineNo = 0; lineNo < lines.length; lineNo++) {
    const l = lines[lineNo]!;
    if (l.blank) {
      blankSeen = true;
      continue;
    }
    if (blankSeen && out.length > 0) paragraph++;
    blankSeen = false;
    for (let i = 0; i < l.spans.length; i++) {
      const s = l.spans[i]!;
      out.push({ start: l.start + s.start, end: l.start + s.end, text: l.texts[i]!, line: lineNo, paragraph, index: out.length });
    }
  }
  return { sentences: out, memo: { text, lines } };
}

export interface Word extends Span {
  text: string;
  lower: string;
}

const WORD = /[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)*|\d+(?:[.,:]\d+)*/g;

export function words(text: string, offset = 0): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0], lower: m[0].toLowerCase().replace(/’/g, "'") });
  }
  return out;
}

/** Syllables of an English word, by the usual vowel-group heuristic; kept by word, as stems are (mail repeats its words). */
export function syllables(word: string): number {
  let n = syllableCounts.get(word);
  if (n === undefined) {
    n = countSyllables(word);
    if (syllableCounts.size >= MAX_STEMS) syllableCounts.clear();
    syllableCounts.set(word, n);
  }
  return n;
}
const syllableCounts = new Map<string, number>();

function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

/** Flesch-Kincaid grade level from totals. */
export function fleschKincaid(wordCount: number, sentenceCount: number, syllableCount: number): number {
  if (wordCount === 0 || sentenceCount === 0) return 0;
  const grade = 0.39 * (wordCount / sentenceCount) + 11.8 * (syllableCount / wordCount) - 15.59;
  return Math.max(0, Math.round(grade * 10) / 10);
}

/** Light stemmer for forgiving matches ("expansion" ~ "expanding" ~ "expand"). */
/** A word's stem (Porter's algorithm): "fixed", "fixes", "fixing" → "fix"; "invoices" → "invoic". */
export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    const w = word.toLowerCase().replace(/['’]s$/, '');
    const p = NUMBER_WORDS.get(w) ?? porter(w);
    s = SAME_THING.get(p) ?? p;
    if (stems.size >= MAX_STEMS) stems.clear();
    stems.set(word, s);
  }
  return s;
}

/** Stems by word as written: mail repeats its words, and the Porter stemmer costs a microsecond a word. */
const stems = new Map<string, string>();
const MAX_STEMS = 50_000;

// Words customers and replies use for the same thing ("when will it be fixed?" / "the patch ships Tuesday"), by Porter stem.
const SAME_THING = new Map(
  Object.entries({ fix: ['patch', 'hotfix', 'repair'], refund: ['reimburs', 'credit'], start: ['begin', 'kickoff'], cost: ['price', 'fee'], bug: ['glitch'] })
    .flatMap(([to, from]) => from.map((f) => [f, to] as const)),
);

// "three accountants" and "3 accountants" are the same note.
const NUMBER_WORDS = new Map([
  ...['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].map((n, i) => [n, String(i)] as const),
  // "Jan" and "January" are one month.
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
    .flatMap((m) => [[m, m] as const, [m.slice(0, 3), m] as const, ...(m === 'september' ? [['sept', m] as const] : [])]),
]);

/** A day of the month said with its month ("July 1", "1st of July", "3 March"): the day in group 1 or 2. */
export const DAY_OF_MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? (\d{1,2})(?:st|nd|rd|th)?\b|\b(\d{1,2})(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/gi;

export const STOPWORDS = new Set(
  ('a an the and or but if so of to in on at by for with from into about as is are was were be been being am ' +
    'i me my we us our you your he she it its they them their this that these those there here what which who whom ' +
    'when where why how can could would should will shall may might must do does did done have has had not no yes ' +
    'any some all just also very really please thanks thank hi hello dear regards best let know get got up out ' +
    'than then too more most other such only own same over again further once one two new now well want like make ' +
    'sure ok okay would like need').split(/\s+/),
);

/** Template placeholders ("{{first_name}}", "%FIRSTNAME%", "[Company]", "<NAME>"): no content of their own. */
export const PLACEHOLDER_SOURCE = '\\{\\{[^{}]{0,60}\\}\\}|%[A-Z_]{2,30}%|<[A-Z_ ]{2,30}>|\\[[A-Za-z_ ]{2,30}\\]';
const PLACEHOLDER = new RegExp(PLACEHOLDER_SOURCE, 'g');

/** Content-word stems of a text, for overlap matching. */
export function contentStems(text: string): string[] {
  return words(text.includes('{') || text.includes('%') || text.includes('<') || text.includes('[') ? text.replace(PLACEHOLDER, ' ') : text)
    .filter((w) => !STOPWORDS.has(w.lower) && (w.lower.length > 2 || /\d/.test(w.lower)))
    .map((w) => stem(w.lower));
}
