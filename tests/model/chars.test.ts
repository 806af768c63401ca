/**
 * The character scans that replace quadratic regexes (src/model/chars.ts):
 * each gives what its regex gave, on random input and on the long runs that
 * made the regex slow (checked by result, never by time).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  cutAt,
  cutAtOnLastLine,
  dropRunsBefore,
  isLineTerminator,
  isSpace,
  oneOf,
  removeWithSpaceBefore,
  spaceOr,
  trimEndWhile,
  trimStartWhile,
  trimWhile,
} from '../../src/model/chars';

const N = 50_000;
// Pieces that make the interesting cases likely: runs, marks, every kind of white space and line break.
const piece = fc.constantFrom(' ', '  ', '\t', '\n', '\r', '\u00a0', '\u2028', '\u3000', ',', ';', ':', '.', '!', '-', '=', '+', '?', '#', '/', '*', '(', ')', '()', 'a', 'Bc', '9', 'x y');
const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));
const same = <T>(f: (s: string) => T, g: (s: string) => T) =>
  fc.assert(
    fc.property(text, (s) => {
      expect(f(s)).toEqual(g(s));
    }),
    { numRuns: 2000 },
  );

describe('isSpace', () => {
  it('is /\\s/ on every UTF-16 code unit', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      if (isSpace(c) !== /\s/.test(c)) throw new Error(`differs at U+${code.toString(16)}`);
    }
    expect(isSpace(undefined)).toBe(false);
  });

  it('knows the line terminators of a regex', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      if (isLineTerminator(c) !== !/./.test(c)) throw new Error(`differs at U+${code.toString(16)}`);
    }
  });
});

describe('trimEndWhile / trimStartWhile / trimWhile', () => {
  it('are the regexes they replace', () => {
    same((s) => trimEndWhile(s, spaceOr(',;:')), (s) => s.replace(/[\s,;:]+$/, ''));
    same((s) => trimEndWhile(s, spaceOr(',;:.')), (s) => s.replace(/[\s,;:.]+$/, ''));
    same((s) => trimEndWhile(s, oneOf('=')), (s) => s.replace(/=+$/, ''));
    same((s) => trimStartWhile(s, oneOf('-')), (s) => s.replace(/^-+/, ''));
    same((s) => trimWhile(s, oneOf('-')), (s) => s.replace(/^-+|-+$/g, ''));
  });

  it('ordinary input', () => {
    expect(trimEndWhile('by Friday, ', spaceOr(',;:.'))).toBe('by Friday');
    expect(trimEndWhile('send the quote', spaceOr(',;:.'))).toBe('send the quote');
    expect(trimWhile('--northwind-sales--', oneOf('-'))).toBe('northwind-sales');
    expect(trimWhile('----', oneOf('-'))).toBe('');
  });

  it('a long run that is not at the end stays; one at the end goes', () => {
    const run = ' ,'.repeat(N);
    expect(trimEndWhile(`a${run}x`, spaceOr(',;:'))).toBe(`a${run}x`);
    expect(trimEndWhile(`a${run}`, spaceOr(',;:'))).toBe('a');
    expect(trimWhile(`${'-'.repeat(N)}a${'-'.repeat(N)}b`, oneOf('-'))).toBe(`a${'-'.repeat(N)}b`);
  });
});

describe('cutAt / cutAtOnLastLine', () => {
  it('are the regexes they replace', () => {
    same((s) => cutAt(s, '+'), (s) => s.replace(/\+.*$/s, ''));
    same((s) => cutAt(s, '/?#'), (s) => s.replace(/[/?#].*$/s, ''));
    same((s) => cutAtOnLastLine(s, '+'), (s) => s.replace(/\+.*$/, ''));
    same((s) => cutAtOnLastLine(s, '?*'), (s) => s.replace(/[?*].*$/, ''));
  });

  it('ordinary input', () => {
    expect(cutAtOnLastLine('dana+work', '+')).toBe('dana');
    expect(cutAtOnLastLine('dana', '+')).toBe('dana');
    expect(cutAt('northwind.com/about?x#y', '/?#')).toBe('northwind.com');
    expect(cutAt('--max-bytes=12', '=')).toBe('--max-bytes');
  });

  it('many marks with a line break after them: nothing to cut', () => {
    expect(cutAtOnLastLine(`${'+'.repeat(N)}\nx`, '+')).toBe(`${'+'.repeat(N)}\nx`);
    expect(cutAtOnLastLine(`a${'+'.repeat(N)}`, '+')).toBe('a');
    expect(cutAt(`a${'?'.repeat(N)}`, '/?#')).toBe('a');
  });
});

describe('dropRunsBefore', () => {
  it('is the regexes it replaces', () => {
    same((s) => dropRunsBefore(s, isSpace, oneOf('.,;:')), (s) => s.replace(/\s+([.,;:])/g, '$1'));
    same((s) => dropRunsBefore(s, spaceOr(',;:'), oneOf(')')), (s) => s.replace(/[\s,;:]*\)/g, ')'));
  });

  it('ordinary input', () => {
    expect(dropRunsBefore('Ask ; then answer .', isSpace, oneOf('.,;:'))).toBe('Ask; then answer.');
    expect(dropRunsBefore('(see the log, )', spaceOr(',;:'), oneOf(')'))).toBe('(see the log)');
    expect(dropRunsBefore('nothing to do', isSpace, oneOf('.,;:'))).toBe('nothing to do');
  });

  it('a long run of spaces before a word, then one before a mark', () => {
    const spaces = ' '.repeat(N);
    expect(dropRunsBefore(`a${spaces}b${spaces}.`, isSpace, oneOf('.,;:'))).toBe(`a${spaces}b.`);
    expect(dropRunsBefore(`a${' ,'.repeat(N)}x)`, spaceOr(',;:'), oneOf(')'))).toBe(`a${' ,'.repeat(N)}x)`);
  });
});

describe('removeWithSpaceBefore', () => {
  it('is the regexes it replaces', () => {
    same((s) => removeWithSpaceBefore(s, /\(\)/g), (s) => s.replace(/\s*\(\)/g, ''));
    same((s) => removeWithSpaceBefore(s, /\(\)/), (s) => s.replace(/\s*\(\)/, ''));
    same((s) => removeWithSpaceBefore(s, /a\d*/gi), (s) => s.replace(/\s*a\d*/gi, ''));
    same((s) => removeWithSpaceBefore(s, /Bc$/), (s) => s.replace(/\s*Bc$/, ''));
  });

  it('ordinary input', () => {
    expect(removeWithSpaceBefore('Why it matters (rubric, clarity).', /\(rubric, \w+\)/gi)).toBe('Why it matters.');
    expect(removeWithSpaceBefore('Unexpected token (line 3 column 5)', /\(line \d+ column \d+\)/)).toBe('Unexpected token');
  });

  it('a long run of spaces before something else', () => {
    const spaces = ' '.repeat(N);
    expect(removeWithSpaceBefore(`a${spaces}b ()`, /\(\)/g)).toBe(`a${spaces}b`);
    expect(removeWithSpaceBefore(`a${spaces}(`, /\(\)/g)).toBe(`a${spaces}(`);
  });
});
