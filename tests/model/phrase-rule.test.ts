/** q(), the quote in a hint's message (src/model/phrase-rule.ts): its trailing trim is a scan since issue 18. */
import { describe, expect, it } from 'vitest';
import { q } from '../../src/model/phrase-rule';

describe('q', () => {
  it('quotes short text as it is, and cuts long text at a word without the marks before the cut', () => {
    expect(q('we hope this helps')).toBe('“we hope this helps”');
    expect(q('one two three, four five six seven eight nine ten eleven twelve thirteen', 30)).toBe('“one two three, four five six…”');
    expect(q('one two three four, five six seven eight nine ten eleven twelve', 24)).toBe('“one two three four…”');
  });

  it('a long run of spaces and commas inside the cut stays; one at its end goes', () => {
    const N = 50_000;
    const run = ' ,'.repeat(N);
    // No space late enough to cut at: the cut keeps the run, which is not at its end.
    expect(q(`a${run}${'x'.repeat(3 * N)}`, 4 * N)).toBe(`“a${run}${'x'.repeat(2 * N - 2)}…”`);
    // Cut at the last space: the run before it goes.
    expect(q(`a${run}${'x'.repeat(N)} ${'y'.repeat(N)}`, 3 * N + 10)).toBe(`“a${run}${'x'.repeat(N)}…”`);
    expect(q(`a${run} ${'y'.repeat(N)}`, 2 * N + 10)).toBe('“a…”');
  });
});
