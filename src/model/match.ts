import type { Phrase } from './lexicon/phrases';
import { requiredLiterals } from './literals';

export interface PhraseMatch {
  start: number;
  end: number;
  text: string;
  phrase: Phrase;
}

/**
 * Macros of the phrase language: `{NAME}` in a phrase source stands for a
 * small alternation, so one phrase covers the ways writers say the same
 * thing ("we do sincerely apologise", "I truly apologize", "our apologies").
 * Every macro is linear: alternatives are disjoint words, and repetition is
 * bounded ({0,3}), so no phrase can backtrack super-linearly.
 */
export const MACROS: Readonly<Record<string, string>> = {
  /** The writer as subject. */
  I: '(?:i|we)',
  /** The writer's side as possessive. */
  OUR: '(?:my|our)',
  /** "I'm", "I am", "we're", "we are". */
  IM: "(?:i'm|i am|we're|we are)",
  /** "I've", "I have", "we've", "we have" (also bare "I" / "we"). */
  IVE: "(?:i've|i have|we've|we have|i|we)",
  /** Up to three intensifiers, each followed by a space: "do sincerely ", "really very ". */
  INTENS: '(?:(?:sincerely|truly|really|do|deeply|very|so|just|genuinely|greatly|extremely|terribly|awfully|most|completely|totally|fully|profoundly|humbly) ){0,3}',
  /** Determiners. */
  DET: '(?:the|a|an|this|that|these|those|any|some|each|every)',
  /** Possessives. */
  POSS: '(?:my|our|your|his|her|their|its)',
  /** apologise / apologize / apologises / apologised. */
  APOLOGISE: 'apologi[sz](?:e|es|ed|ing)',
  /** apology / apologies. */
  APOLOGIES: 'apolog(?:y|ies)',
  /** Someone else's pronoun: the customer or a third party. */
  YOU: "(?:you|you're|you are|you were|you've|you have)",
  /** is / was / has been, with their negations left out. */
  BE: "(?:is|was|are|were|has been|have been|'s|'re)",
  /** Negated auxiliaries: "don't", "do not", "didn't", "cannot", "won't". */
  NOT: "(?:don't|do not|doesn't|does not|didn't|did not|can't|cannot|can not|won't|will not|wouldn't|would not|isn't|is not|aren't|are not|wasn't|was not)",
};

const MACRO = /\{([A-Z]+)\}/g;

/** Expands `{NAME}` macros; an unknown macro is a programming error. */
export function expand(pattern: string): string {
  return pattern.replace(MACRO, (_all, name: string) => {
    const body = MACROS[name];
    if (body === undefined) throw new Error(`unknown phrase macro {${name}} in ${pattern}`);
    return body;
  });
}

/**
 * Turns a phrase source into a case-insensitive, word-bounded regex source:
 * macros expanded, and an apostrophe matching both ' and ’ (inside a
 * character class, the class gains ’; outside, ' becomes ['’]).
 */
export function source(pattern: string): string {
  const p = expand(pattern);
  let out = '';
  let inClass = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '\\') { out += c + (p[i + 1] ?? ''); i++; continue; }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c === "'" ? (inClass ? "'’" : "['’]") : c;
  }
  return out;
}

export interface Matcher {
  /** All non-overlapping matches in text, left to right. */
  find(text: string): PhraseMatch[];
  /** Does the text contain any phrase? */
  test(text: string): boolean;
}

/**
 * Compiles a phrase list into one alternation (one pass over the text); the
 * phrase a match came from is the first one that matches the same words at
 * the same place (in context, so phrases with lookarounds are found too).
 *
 * Most sentences hold none of most phrases' words: each phrase's required
 * literals (literals.ts) are looked up in the lower-cased text first, and
 * when only a few phrases remain they are run one by one, with the
 * alternation's own rule (leftmost match, then the first phrase in the list
 * at that place; no overlaps), so the matches are the alternation's.
 */
export function compile(phrases: readonly Phrase[]): Matcher {
  const sources = phrases.map((p) => source(p.pattern));
  const all = new RegExp(`(?<![\\w'’])(?:${sources.join('|')})(?![\\w'’])`, 'gi');
  const each = sources.map((src) => new RegExp(`(?:${src})(?![\\w'’])`, 'iy'));
  const alone = sources.map((src) => new RegExp(`(?<![\\w'’])(?:${src})(?![\\w'’])`, 'gi'));
  // Phrases by the literals they need; those that need none are always candidates.
  const postings = new Map<number, number[]>();
  const always: number[] = [];
  sources.forEach((src, i) => {
    const need = requiredLiterals(src);
    if (!need) return void always.push(i);
    for (const lit of need) {
      const id = literalId(lit);
      const list = postings.get(id);
      if (list) list.push(i);
      else postings.set(id, [i]);
    }
  });
  const anyCased = phrases.some((p) => p.cased);
  const flags = new Uint8Array(phrases.length);

  /** The phrases that can match in `text`, in list order. */
  const candidates = (text: string): number[] => {
    const out: number[] = [...always];
    for (const id of literalsIn(text)) {
      const list = postings.get(id);
      if (!list) continue;
      for (const i of list) {
        if (flags[i]) continue;
        flags[i] = 1;
        out.push(i);
      }
    }
    for (const i of out) flags[i] = 0;
    return out.length > 1 ? out.sort((a, b) => a - b) : out;
  };

  /** The alternation over every phrase, as written. */
  const findAll = (text: string): PhraseMatch[] => {
    const out: PhraseMatch[] = [];
    all.lastIndex = 0;
    for (let m = all.exec(text); m; m = all.exec(text)) {
      if (m[0].length === 0) {
        all.lastIndex++;
        continue;
      }
      const at = m.index;
      const len = m[0].length;
      const i = each.findIndex((re) => {
        re.lastIndex = at;
        const hit = re.exec(text);
        return !!hit && hit[0].length === len;
      });
      const phrase = phrases[i === -1 ? 0 : i] as Phrase;
      if (phrase.cased && !phrase.cased.test(m[0])) continue;
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0], phrase });
    }
    return out;
  };

  /** The same matches from a few phrases run one by one: at each step the leftmost, then the first listed. */
  const findSome = (text: string, ids: readonly number[]): PhraseMatch[] => {
    const out: PhraseMatch[] = [];
    const next: (RegExpExecArray | null)[] = ids.map(() => null);
    const seek = (k: number, from: number) => {
      const re = alone[ids[k]!]!;
      re.lastIndex = from;
      let m = re.exec(text);
      // An empty match is skipped, as the alternation skips it.
      while (m && m[0].length === 0) {
        re.lastIndex = m.index + 1;
        m = re.exec(text);
      }
      next[k] = m;
    };
    ids.forEach((_, k) => seek(k, 0));
    for (;;) {
      let best = -1;
      for (let k = 0; k < ids.length; k++) {
        const m = next[k];
        if (m && (best === -1 || m.index < next[best]!.index)) best = k;
      }
      if (best === -1) return out;
      const m = next[best]!;
      const phrase = phrases[ids[best]!]!;
      const end = m.index + m[0].length;
      if (!phrase.cased || phrase.cased.test(m[0])) out.push({ start: m.index, end, text: m[0], phrase });
      for (let k = 0; k < ids.length; k++) if (next[k] && next[k]!.index < end) seek(k, end);
    }
  };

  const findIn = (text: string, ids: readonly number[]): PhraseMatch[] =>
    ids.length === 0 ? [] : ids.length <= FEW ? findSome(text, ids) : findAll(text);

  return {
    find(text) {
      return findIn(text, candidates(text));
    },
    test(text) {
      const ids = candidates(text);
      if (ids.length === 0) return false;
      if (anyCased || ids.length <= FEW) return findIn(text, ids).length > 0;
      all.lastIndex = 0;
      return all.test(text);
    },
  };
}

/**
 * Every phrase list's required literals, numbered, and found in a text in one pass: each position's three
 * characters pick a bucket of the literals that may start there (all are at least three long), and each is
 * checked in place. The last text's answer is kept, as every list reads the same sentence in turn.
 */
const literalIds = new Map<string, number>();
let buckets: ({ lit: string; id: number }[] | undefined)[] | undefined;
let seen = new Uint8Array(0);
let lastText: string | undefined;
let lastFound: number[] = [];

function literalId(lit: string): number {
  let id = literalIds.get(lit);
  if (id === undefined) {
    literalIds.set(lit, (id = literalIds.size));
    // A list compiled later needs its literals found in the text last read too.
    buckets = undefined;
    lastText = undefined;
  }
  return id;
}

const BUCKETS = 1 << 16;
const bucketOf = (s: string, i: number) => (s.charCodeAt(i) * 961 + s.charCodeAt(i + 1) * 31 + s.charCodeAt(i + 2)) & (BUCKETS - 1);

/** The ids of the required literals found in `text` (lower-cased), each once. */
function literalsIn(text: string): number[] {
  if (text === lastText) return lastFound;
  if (!buckets) {
    buckets = new Array<{ lit: string; id: number }[] | undefined>(BUCKETS);
    for (const [lit, id] of literalIds) (buckets[bucketOf(lit, 0)] ??= []).push({ lit, id });
    seen = new Uint8Array(literalIds.size);
  }
  const lower = text.toLowerCase();
  const found: number[] = [];
  for (let i = 0; i + 3 <= lower.length; i++) {
    const list = buckets[bucketOf(lower, i)];
    if (!list) continue;
    // Most entries of a bucket differ from the text by their fourth character: compare it before the whole literal.
    const fourth = lower.charCodeAt(i + 3);
    for (let k = 0; k < list.length; k++) {
      const { lit, id } = list[k]!;
      if (seen[id] || (lit.length > 3 && lit.charCodeAt(3) !== fourth) || !lower.startsWith(lit, i)) continue;
      seen[id] = 1;
      found.push(id);
    }
  }
  for (const id of found) seen[id] = 0;
  lastText = text;
  lastFound = found;
  return found;
}

/** Up to this many candidate phrases are run one by one; more, and the one alternation is cheaper. */
const FEW = 16;

/** A word-bounded, case-insensitive regex from a bare alternation source. */
export function wordRegex(alternation: string, flags = 'i'): RegExp {
  return new RegExp(`(?<![\\w'’])(?:${source(alternation)})(?![\\w'’])`, flags);
}
