/**
 * Promise ids (src/promises/id.ts): the text and subject normalized by
 * linear code since issue 18, with the same results as the old regexes.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeSubject, normalizeText } from '../../src/promises/id';
import { expectSameAsOld } from '../same-as-old';

const N = 50_000;
const oldNormalizeText = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/[\s.!,;:]+$/, '')
    .trim();
function oldNormalizeSubject(subject: string): string {
  let s = oldNormalizeText(subject);
  for (;;) {
    const next = s.replace(/^(?:re|fw|fwd|aw|wg|sv|vs|tr|rv)\s*(?:\[\d+\])?\s*:\s*/i, '');
    if (next === s) return s;
    s = next;
  }
}

describe('normalizeText / normalizeSubject', () => {
  it('give what the old regexes gave', () => {
    const piece = fc.constantFrom(' ', '  ', '\t', '\n', '.', '!', ',', ';', ':', 'Re', 're', 'FW', 'fwd', 'AW', '[2]', '[', ']', 'x', 'I’ll', '“a”', 'send it');
    expectSameAsOld(piece, normalizeText, oldNormalizeText);
    expectSameAsOld(piece, normalizeSubject, oldNormalizeSubject);
  });

  it('ordinary text and subjects', () => {
    expect(normalizeText('I’ll  send it.')).toBe("i'll send it");
    expect(normalizeSubject('Re: Fwd [3] : Pricing')).toBe('pricing');
    expect(normalizeSubject('RE:re: Pricing!')).toBe('pricing');
  });

  it('long runs of marks and spaces', () => {
    expect(normalizeText(`send it${' .'.repeat(N)} x`)).toBe(`send it${' .'.repeat(N)} x`);
    expect(normalizeText(`send it${' .'.repeat(N)}`)).toBe('send it');
    // No colon after the prefix: nothing to take off.
    const noise = `re ${'[2] '.repeat(N)}x`;
    expect(normalizeSubject(noise)).toBe(noise);
    expect(normalizeSubject(`re${'\t'.repeat(N)}: x`)).toBe('x');
  });
});
