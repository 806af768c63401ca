/**
 * plainWhy (src/panel/format.ts): citation marks dropped from a rule's "why"
 * by scans since issue 18, with the same text as the regex chain it replaces.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { plainWhy } from '../../src/panel/format';
import { RULES } from '../../src/model/rules/index';
import { expectSameAsOld } from '../same-as-old';

const oldPlainWhy = (why: string) =>
  why
    .replace(/\s*\(rubric, \w+\)/gi, '')
    .replace(/rubric, \w+;\s*/gi, '')
    .replace(/\bseeds? \d{3}(?:(?:,\s*| and )\d{3})*(?: (?:#\d+|habits? \d+(?: and \d+)?))?(?:,\s*the\b)?/gi, '')
    .replace(/\([\s,;:]*/g, '(')
    .replace(/[\s,;:]*\)/g, ')')
    .replace(/[;:]\s*(?=[;:])/g, '')
    .replace(/\s*\(\)/g, '')
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([.,;:])/g, '$1')
    .trim();

describe('plainWhy', () => {
  it('gives what the old regex chain gave, for every rule and on random text', () => {
    for (const rule of RULES) expect(plainWhy(rule.why), rule.id).toBe(oldPlainWhy(rule.why));
    const piece = fc.constantFrom(' ', '  ', '\n', '(', ')', '()', ',', ';', ':', '.', 'rubric, trust', '(rubric, ownership)', 'Rubric, tone; ', 'seed 003', 'seeds 001 and 004', 'the', 'Why');
    expectSameAsOld(piece, plainWhy, oldPlainWhy, { maxLength: 16 });
  });

  it('ordinary reasons', () => {
    expect(plainWhy('Ownership rebuilds trust (rubric, ownership; seed 001).')).toBe('Ownership rebuilds trust.');
    expect(plainWhy('It is a trust-killer (seed 003): the first line decides.')).toBe('It is a trust-killer: the first line decides.');
  });

  it('long runs of spaces and marks', () => {
    const N = 50_000;
    const spaces = ' '.repeat(N);
    expect(plainWhy(`a${spaces}b (rubric, tone)`)).toBe('a b');
    expect(plainWhy(`a${' ,'.repeat(N)}b)`)).toBe(`a${','.repeat(N)}b)`);
    expect(plainWhy(`(a${' ,'.repeat(N)})`)).toBe('(a)');
    expect(plainWhy(`a${spaces}b${spaces}()`)).toBe('a b');
    expect(plainWhy(`a${spaces}b${spaces}.`)).toBe('a b.');
  });
});
