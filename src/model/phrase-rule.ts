import type { Finding, Rule, SentenceView } from './rule';
import { ALL_ROLES } from './rule';
import { compile, type PhraseMatch } from './match';
import type { Phrase } from './lexicon/phrases';
import { spaceOr, trimEndWhile } from './chars';
import { KINDS_BY_DIMENSION, type Dimension, type RuleKind as Kind } from './types';

export function dimensionOf(kind: Kind): Dimension {
  for (const [d, kinds] of Object.entries(KINDS_BY_DIMENSION)) if ((kinds as readonly string[]).includes(kind)) return d as Dimension;
  throw new Error(`unknown kind ${kind}`);
}

/** Keeps a replacement's first letter in the case of the text it replaces. */
export function matchCase(original: string, replacement: string): string {
  if (!replacement) return replacement;
  return /^[A-Z]/.test(original) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

type PhraseRuleSpec = Omit<Rule, 'sentence' | 'document' | 'dimension' | 'roles'> & {
  roles?: Rule['roles'];
  phrases: readonly Phrase[];
  penalty: number;
  message: (m: PhraseMatch) => string;
  suggestion: string | ((m: PhraseMatch) => string);
  /** Optional extra filter on a match. */
  accept?: (m: PhraseMatch, s: SentenceView) => boolean;
  /** Which sentences the learned layer's reading of this kind may stand in (all when absent). */
  learnedIf?: (s: SentenceView) => boolean;
};

/** Spans between quotation marks (“…” or "…"): someone else's words, such as the customer's own. */
export function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/“[^“”]*”|"[^"]*"/g)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** A rule that flags phrases from a list, one finding per match. */
export function phraseRule(spec: PhraseRuleSpec): Rule {
  const matcher = compile(spec.phrases);
  const { phrases: _p, penalty, message, suggestion, accept, learnedIf, ...rest } = spec;
  return {
    ...rest,
    dimension: dimensionOf(spec.kind),
    roles: spec.roles ?? ALL_ROLES,
    learned: {
      penalty,
      ...(learnedIf ? { applies: learnedIf } : {}),
      message: (excerpt) => message({ start: 0, end: excerpt.length, text: excerpt, phrase: spec.phrases[0]! }),
      suggestion: typeof suggestion === 'string' ? suggestion : suggestion({ start: 0, end: 0, text: '', phrase: spec.phrases[0]! }),
    },
    sentence(s): Finding[] {
      const found = matcher.find(s.text);
      if (found.length === 0) return [];
      // Words the writer quotes (the prospect's "we want to leverage our data") are not the writer's to fix.
      const quoted = /["“]/.test(s.text) ? quotedSpans(s.text) : [];
      return found
        .filter((m) => !quoted.some(([a, b]) => m.start > a && m.end < b))
        .filter((m) => !accept || accept(m, s))
        .map((m) => ({
          start: m.start,
          end: m.end,
          message: message(m),
          suggestion: typeof suggestion === 'string' ? suggestion : suggestion(m),
          ...(m.phrase.replacement !== undefined ? { replacement: matchCase(m.text, m.phrase.replacement) } : {}),
          penalty,
        }));
    },
  };
}

/**
 * A phrase rule that also reads a sentence's shape where its listed phrases find nothing (boasting's "a line about
 * us claiming a superlative", challenge-customer's put-downs, blame-shifting's fault put on the customer): the
 * listed phrases first, with their precise spans and rewrites; the reading only in a sentence they leave alone, and
 * never where `skip` says the sentence rules it out.
 */
export function withReading(listed: Rule, reading: {
  find: (text: string) => { start: number; end: number } | undefined;
  skip?: (text: string) => boolean;
  penalty: number;
  message: (words: string) => string;
  suggestion: string;
}): Rule {
  return {
    ...listed,
    sentence(s) {
      const found = listed.sentence!(s);
      if (found.length > 0 || reading.skip?.(s.text)) return found;
      const m = reading.find(s.text);
      if (!m) return [];
      return [{ start: m.start, end: m.end, penalty: reading.penalty, message: reading.message(s.text.slice(m.start, m.end)), suggestion: reading.suggestion }];
    },
  };
}

/** Quotes words for a message, cut at a word boundary past `max` characters. */
export const q = (s: string, max = 60): string => {
  if (s.length <= max) return `“${s}”`;
  const cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `“${trimEndWhile(space > max * 0.6 ? cut.slice(0, space) : cut, spaceOr(',;:'))}…”`;
};
