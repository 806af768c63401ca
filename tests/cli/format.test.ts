import { describe, it, expect } from 'vitest';
import { analyze, type Hint } from '../../src/model/index';
import { bar, excerpt, formatReport, isMissing, lineCol, sortHints } from '../../src/cli/format';
import { NOW, TZ } from './helpers';

describe('lineCol', () => {
  const text = 'ab\ncdé\n\nxyz';
  it.each([
    [0, 1, 1],
    [2, 1, 3],
    [3, 2, 1],
    [5, 2, 3],
    [7, 3, 1],
    [8, 4, 1],
    [10, 4, 3],
  ])('offset %i is line %i, column %i', (offset, line, col) => {
    expect(lineCol(text, offset)).toEqual({ line, col });
  });

  it('counts characters, not UTF-16 units, for the column', () => {
    expect(lineCol('😀 hi', 3)).toEqual({ line: 1, col: 3 });
  });
});

describe('excerpt', () => {
  it('collapses whitespace and clips to about 80 characters', () => {
    expect(excerpt('say\n  hello   there', { start: 0, end: 19 })).toBe('say hello there');
    const long = 'word '.repeat(40);
    const clipped = excerpt(long, { start: 0, end: long.length });
    expect([...clipped].length).toBeLessThanOrEqual(80);
    expect(clipped.endsWith('…')).toBe(true);
  });

  it('knows a missing hint', () => {
    expect(isMissing({ start: 0, end: 0 })).toBe(true);
    expect(isMissing({ start: 0, end: 3 })).toBe(false);
  });
});

describe('bar', () => {
  it.each([[0, '░░░░░░░░░░'], [80, '████████░░'], [84, '████████░░'], [85, '█████████░'], [100, '██████████'], [130, '██████████']])('%i → %s', (score, expected) => {
    expect(bar(score)).toBe(expected);
  });
});

describe('sortHints', () => {
  it('orders by impact, highest first, keeping ties in order', () => {
    const h = (rule: string, impact: number) => ({ rule, impact }) as Hint;
    expect(sortHints([h('a', 0), h('b', 5), h('c', 9), h('d', 5)]).map((x) => x.rule)).toEqual(['c', 'b', 'd', 'a']);
  });
});

describe('formatReport', () => {
  const body = "Hi Dana,\n\nSorry for any inconvenience.\nI'll send the pricing by Thursday at 3pm.\n\nSam";
  const report = analyze({ body }, { role: 'support', now: NOW, timeZone: TZ });

  it('lays out a whole report', () => {
    const out = formatReport('draft.txt', report, body, { color: false });
    expect(out.split('\n').slice(0, 3)).toEqual(['draft.txt', `Score ${report.score}/100 (${report.band}) · role support`, '']);
    expect(out).toMatch(/\n {2}3:1 +\[non-apology\]/);
    expect(out).toMatch(/\nCommitments\n/);
    expect(out.endsWith('\n')).toBe(true);
  });

  it('prints the truncation message under the file name', () => {
    const out = formatReport('big.txt', { ...report, truncated: { analyzedChars: 10, totalChars: 20, message: 'Only part was checked.' } }, body, { color: false });
    expect(out.split('\n')[1]).toBe('Only part was checked.');
  });

  it('says so when there is nothing to fix', () => {
    const out = formatReport('ok.txt', { ...report, hints: [], commitments: [] }, body, { color: false });
    expect(out).toContain('No hints');
    expect(out).not.toContain('Commitments');
  });
});
