import type { Phrase } from './lexicon/phrases';

export interface PhraseMatch {
  start: number;
  end: number;
  text: string;
  phrase: Phrase;
}

/** Turns a phrase source into a case-insensitive, word-bounded regex source. */
function source(pattern: string): string {
  return pattern.replace(/'/g, "['’]");
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
