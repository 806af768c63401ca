import type { Phrase } from './lexicon/phrases';

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
 */
export function compile(phrases: readonly Phrase[]): Matcher {
  const all = new RegExp(`(?<![\\w'’])(?:${phrases.map((p) => source(p.pattern)).join('|')})(?![\\w'’])`, 'gi');
  const each = phrases.map((p) => new RegExp(`(?:${source(p.pattern)})(?![\\w'’])`, 'iy'));
  const anyCased = phrases.some((p) => p.cased);
  return {
    find(text) {
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
    },
    test(text) {
      if (anyCased) return this.find(text).length > 0;
      all.lastIndex = 0;
      return all.test(text);
    },
  };
}

/** A word-bounded, case-insensitive regex from a bare alternation source. */
export function wordRegex(alternation: string, flags = 'i'): RegExp {
  return new RegExp(`(?<![\\w'’])(?:${source(alternation)})(?![\\w'’])`, flags);
}
