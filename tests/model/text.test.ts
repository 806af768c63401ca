import { describe, expect, it } from 'vitest';
import { fleschKincaid, splitSentences, stem, syllables, words } from '../../src/model/text';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('splits on sentence ends and on every line break, with exact offsets', () => {
    const body = 'Hi Dana,\n\nThanks for the call. Could we meet Tuesday?\nBest,\nSam';
    const ss = splitSentences(body);
    expect(ss.map((s) => s.text)).toEqual(['Hi Dana,', 'Thanks for the call.', 'Could we meet Tuesday?', 'Best,', 'Sam']);
    for (const s of ss) expect(body.slice(s.start, s.end)).toBe(s.text);
    expect(ss.map((s) => s.paragraph)).toEqual([0, 1, 1, 1, 1]);
  });
  it('does not split after abbreviations, initials, decimals or a lower-case continuation', () => {
    expect(texts('Dr. Reyes signed it, e.g. the March order. J. Smith paid $3.50 today.')).toEqual([
      'Dr. Reyes signed it, e.g. the March order.', 'J. Smith paid $3.50 today.',
    ]);
    expect(texts('We meet at 3 p.m. tomorrow. Bring approx. three copies.')).toEqual(['We meet at 3 p.m. tomorrow.', 'Bring approx. three copies.']);
  });
  it('cuts a run-on line into bounded pieces', () => {
    const ss = splitSentences('word '.repeat(1000));
    expect(ss.length).toBeGreaterThan(5);
    for (const s of ss) expect(s.text.length).toBeLessThanOrEqual(600);
  });
  it('reuses a line cache and gives the same result', () => {
    const body = 'One line. Two.\nAnother line!';
    const a = new Map();
    const b = new Map();
    expect(splitSentences(body, undefined, a)).toEqual(splitSentences(body));
    expect(splitSentences(body, a, b)).toEqual(splitSentences(body));
    expect(b.size).toBe(2);
  });
});

describe('words, syllables, grade, stems', () => {
  it('keeps contractions and numbers as words', () => {
    expect(words("I'll send 3.5 GB, won’t I?").map((w) => w.lower)).toEqual(["i'll", 'send', '3.5', 'gb', "won't", 'i']);
  });
  it('counts syllables the usual way', () => {
    expect([syllables('the'), syllables('payroll'), syllables('business'), syllables('organisation')]).toEqual([1, 2, 3, 5]);
  });
  it('grades plain text low and dense text high', () => {
    expect(fleschKincaid(10, 2, 12)).toBeLessThan(3);
    expect(fleschKincaid(40, 1, 90)).toBeGreaterThan(20);
    expect(fleschKincaid(0, 0, 0)).toBe(0);
  });
  it('stems forms of a word to a shared prefix', () => {
    expect(stem('expanding').startsWith(stem('expansion').slice(0, 4))).toBe(true);
    expect(stem('onboarding')).toBe(stem('onboard'));
  });
});
