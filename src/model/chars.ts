/**
 * Character scans for small clean-ups of text that used to be regexes such as
 * /[\s,;:]+$/, /\+.*$/ or /\s*\(rubric, \w+\)/g. Each of those is tried at
 * every place of a long run that is not where it must be (a run of spaces in
 * the middle, many "+"), which takes quadratic time (issue 18, "Text that
 * cannot freeze the coach"); each helper here is one pass over its input.
 *
 * Each one does exactly what the regex it replaces did (the tests compare
 * them on random input). Pure, with no imports: the model, the CLI and the
 * UI may all use it.
 */

/** A test of one character (one UTF-16 code unit, as a regex without the u flag sees it). */
export type CharTest = (c: string) => boolean;

/** Same as /\s/.test(c): white space or a line terminator. ASCII is answered without a regex. */
export function isSpace(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  return code > 127 && /\s/.test(c);
}

/** A line terminator, where a regex's `.` (without the s flag) and `$` (with m) stop. */
export function isLineTerminator(c: string | undefined): boolean {
  return c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029';
}

/** One of `chars`: `oneOf('-')` is /-/, `oneOf('.!')` is /[.!]/. */
export function oneOf(chars: string): CharTest {
  return (c) => chars.includes(c);
}

/** White space or one of `chars`: `spaceOr(',;:')` is /[\s,;:]/. */
export function spaceOr(chars: string): CharTest {
  return (c) => isSpace(c) || chars.includes(c);
}

/** `s` without its trailing run of characters that pass `test`: s.replace(/[…]+$/, ''). */
export function trimEndWhile(s: string, test: CharTest): string {
  let end = s.length;
  while (end > 0 && test(s[end - 1]!)) end--;
  return s.slice(0, end);
}

/** `s` without its leading run of characters that pass `test`: s.replace(/^[…]+/, ''). */
export function trimStartWhile(s: string, test: CharTest): string {
  let start = 0;
  while (start < s.length && test(s[start]!)) start++;
  return s.slice(start);
}

/** `s` without its leading and trailing runs: s.replace(/^[…]+|[…]+$/g, ''). */
export function trimWhile(s: string, test: CharTest): string {
  return trimEndWhile(trimStartWhile(s, test), test);
}

/** `s` up to the first of `chars`, or all of it: s.replace(/[…].*$/s, ''). */
export function cutAt(s: string, chars: string): string {
  for (let i = 0; i < s.length; i++) if (chars.includes(s[i]!)) return s.slice(0, i);
  return s;
}

/**
 * s.replace(/[…].*$/, '') without the s flag: `.` stops at a line break, so
 * only the last line is cut, at the first of `chars` on it.
 */
export function cutAtOnLastLine(s: string, chars: string): string {
  let line = s.length;
  while (line > 0 && !isLineTerminator(s[line - 1])) line--;
  for (let i = line; i < s.length; i++) if (chars.includes(s[i]!)) return s.slice(0, i);
  return s;
}

/**
 * Every run of characters that pass `run`, where a character that passes
 * `mark` follows it, taken out: s.replace(/[run]+(?=[mark])/g, ''), e.g.
 * s.replace(/\s+([.,;:])/g, '$1') is dropRunsBefore(s, isSpace, oneOf('.,;:')).
 * No character may pass both tests.
 */
export function dropRunsBefore(s: string, run: CharTest, mark: CharTest): string {
  let out = '';
  let from = 0;
  let runStart = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (mark(c)) {
      if (runStart >= 0) {
        out += s.slice(from, runStart);
        from = i;
      }
      runStart = -1;
    } else if (run(c)) {
      if (runStart < 0) runStart = i;
    } else {
      runStart = -1;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}

/**
 * The first match of `re` (every match, with the g flag) taken out together
 * with the white space before it: s.replace(/\s*(?:re)/, ''). `re` must not
 * match an empty string or one that starts with white space.
 */
export function removeWithSpaceBefore(s: string, re: RegExp): string {
  let out = '';
  let from = 0;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.global ? re.exec(s) : null) {
    let start = m.index;
    while (start > from && isSpace(s[start - 1])) start--;
    out += s.slice(from, start);
    from = m.index + m[0].length;
    if (m[0] === '') re.lastIndex++;
  }
  re.lastIndex = 0;
  return out + s.slice(from);
}
