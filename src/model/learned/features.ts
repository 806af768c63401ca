import { stemmer } from 'stemmer';

/**
 * The learned layer's features: stemmed word 1-, 2- and 3-grams of one
 * sentence, plus its opening word and bigram, each hashed to 32 bits and
 * tied to the words it covers so a finding can point at them. Shared by
 * training (scripts/train.ts) and the running model, so both see the same.
 */
export interface Token {
  stem: string;
  start: number;
  end: number;
}

export interface Feature {
  hash: number;
  /** Token range [from, to) it covers. */
  from: number;
  to: number;
}

// Words with an inner apostrophe stay whole ("don't", "we'll"); numbers become one class.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

const stemCache = new Map<string, string>();
function stemOf(lower: string): string {
  let s = stemCache.get(lower);
  if (s === undefined) {
    s = /\d/.test(lower) ? '#num' : lower.length > 3 && !lower.includes("'") ? stemmer(lower) : lower;
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(lower, s);
  }
  return s;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    out.push({ stem: stemOf(m[0].toLowerCase().replace(/’/g, "'")), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const FNV_BASIS = 0x811c9dc5;
/** FNV-1a state `h` carried on over the characters of `s`: hash32(a + b) is more(more(basis, a), b). */
function more(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** 32-bit FNV-1a. */
export function hash32(s: string): number {
  return more(FNV_BASIS, s) >>> 0;
}

/** hash32 of the words joined after a tag ("2 " + a + " " + b), without building the string: a sentence has hundreds. */
function hashJoined(tag: string, a: string, b?: string, c?: string): number {
  let h = more(FNV_BASIS, tag);
  h = more(h, a);
  if (b !== undefined) h = more(more(h, ' '), b);
  if (c !== undefined) h = more(more(h, ' '), c);
  return h >>> 0;
}

/** Sentences longer than this many words are featurised on their first words only (no real sentence is this long). */
const MAX_TOKENS = 120;

export function features(tokens: readonly Token[]): Feature[] {
  const n = Math.min(tokens.length, MAX_TOKENS);
  const out: Feature[] = [];
  const t = (i: number) => tokens[i]!.stem;
  for (let i = 0; i < n; i++) {
    out.push({ hash: hashJoined('1 ', t(i)), from: i, to: i + 1 });
    if (i + 1 < n) out.push({ hash: hashJoined('2 ', t(i), t(i + 1)), from: i, to: i + 2 });
    if (i + 2 < n) out.push({ hash: hashJoined('3 ', t(i), t(i + 1), t(i + 2)), from: i, to: i + 3 });
  }
  if (n > 0) out.push({ hash: hashJoined('^ ', t(0)), from: 0, to: 1 });
  if (n > 1) out.push({ hash: hashJoined('^2 ', t(0), t(1)), from: 0, to: 2 });
  return out;
}
