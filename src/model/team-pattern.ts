/**
 * Playbook phrase patterns: plain words a manager can write without knowing
 * regular expressions. Pure (no DOM, no browser APIs), so the model, the CLI
 * and the options page all read a pattern the same way.
 *
 * - Matching ignores case; runs of spaces match any spaces or line breaks.
 * - `'` and `’` match each other ("don't" finds "don’t").
 * - `*` inside a word stands for any letters: `apolog*` finds "apologize",
 *   "apologies". A `*` on its own stands for exactly one word: `per * policy`
 *   finds "per our policy" and "per company policy".
 * - A pattern starting or ending with a letter or digit only matches whole
 *   words ("case" doesn't find "showcase"); one ending in a symbol, like
 *   `case #`, also finds "case #4821".
 * - Everything else is taken literally: `.`, `?`, `#`, `!`, `-`, quotes.
 *   Characters that only make sense in a regular expression are refused, so a
 *   file written for another tool fails loudly instead of matching nothing.
 */

/** Longest pattern a playbook may hold. */
export const MAX_PATTERN_LENGTH = 100;

/** Characters refused in patterns: they only mean something in a regular expression. */
export const REGEX_ONLY_CHARS = ['\\', '(', ')', '[', ']', '{', '}', '|', '^', '$'] as const;

/** Matches a pattern free of the characters above (used by the schema, so the JSON Schema shows it too). */
export const PLAIN_PATTERN = /^[^\\()[\]{}|^$]*$/;

const WORD_CHAR = String.raw`[\p{L}\p{N}_]`;
const WORD_PART = String.raw`[\p{L}\p{N}_'’-]`;
const EDGE = String.raw`[\p{L}\p{N}_'’]`;

/** Why a pattern can't be used, in plain words; undefined when it's fine. */
export function patternProblem(pattern: string): string | undefined {
  if (pattern.trim() === '') return 'must not be empty';
  if (pattern.length > MAX_PATTERN_LENGTH) return `must be at most ${MAX_PATTERN_LENGTH} characters`;
  const bad = REGEX_ONLY_CHARS.filter((c) => pattern.includes(c));
  if (bad.length > 0) return regexCharsMessage(bad);
  if (!/[\p{L}\p{N}]/u.test(pattern)) return 'must contain at least one word (a pattern of only symbols or * would match everything)';
  return undefined;
}

/** The reason shown for a pattern that uses regular-expression characters. */
export function regexCharsMessage(found: readonly string[] = REGEX_ONLY_CHARS): string {
  return `must be plain words: ${found.map((c) => `“${c}”`).join(' ')} ${found.length === 1 ? 'isn’t' : 'aren’t'} allowed (use * for any word or any ending, e.g. “apolog*” or “per * policy”)`;
}

const escapeLiteral = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/['’]/g, "['’]");

/** One space-separated piece of a pattern as a regex source. */
function tokenSource(token: string): string {
  if (/^\*+$/.test(token)) return `${WORD_PART}+`;
  return token
    .split(/\*+/)
    .map(escapeLiteral)
    .join(`${WORD_PART}*`);
}

/**
 * The regular-expression source of a pattern (no flags, no word boundaries).
 * Needs the `u` flag: it uses Unicode letter classes so "café" or "Zürich" work.
 */
export function patternSource(pattern: string): string {
  // Words apart in the pattern may be apart or hyphenated in the email: "touch base", "touch-base".
  return pattern.trim().split(/\s+/).map(tokenSource).join(String.raw`(?:\s+|\s*[-‐–]\s*)`);
}

/**
 * A case-insensitive, global, Unicode RegExp that finds the pattern as whole
 * words. Throws on a pattern `patternProblem` refuses (validated playbooks
 * never hold one).
 */
export function patternRegExp(pattern: string, flags = 'giu'): RegExp {
  const problem = patternProblem(pattern);
  if (problem) throw new Error(`Playbook pattern “${pattern}” ${problem}`);
  const p = pattern.trim();
  const startsWord = new RegExp(`^(?:${WORD_CHAR}|\\*)`, 'u').test(p);
  const endsWord = new RegExp(`(?:${WORD_CHAR}|\\*)$`, 'u').test(p);
  const before = startsWord ? `(?<!${EDGE})` : '';
  const after = endsWord ? `(?!${EDGE})` : '';
  const all = new Set([...flags, 'u', 'i']);
  return new RegExp(`${before}${patternSource(p)}${after}`, [...all].join(''));
}
