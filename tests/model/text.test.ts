import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fleschKincaid, splitSentences, splitSentencesFrom, stem, syllables, words } from '../../src/model/text';

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
    // A price "excl. VAT" or a sheet "rev. 7" goes on (round 42's threads).
    expect(texts('The total is SEK 412,600 excl. VAT, for 186 fittings. The SDS is rev. 7.')).toEqual(['The total is SEK 412,600 excl. VAT, for 186 fittings.', 'The SDS is rev. 7.']);
    // A word whose last letter before an ASCII one is not ASCII ("cafés", "Düsseldorfs") is no initial.
    expect(texts('We serve independent cafés. How do you plan shifts?')).toEqual(['We serve independent cafés.', 'How do you plan shifts?']);
    expect(texts('Our depot is in Malmö. J. Berg runs it.')).toEqual(['Our depot is in Malmö.', 'J. Berg runs it.']);
  });
  it('cuts a run-on line into bounded pieces', () => {
    const ss = splitSentences('word '.repeat(1000));
    expect(ss.length).toBeGreaterThan(5);
    for (const s of ss) expect(s.text.length).toBeLessThanOrEqual(600);
  });
  it('splits an edited text as it splits it afresh, reusing the lines the edit left alone', () => {
    const body = 'Hi Dana,\n\nThanks for the call. Could we meet Tuesday?\n\nThe invoice is attached.\nBest,\nSam';
    const first = splitSentencesFrom(body);
    // A keystroke in the middle line: the lines before and after keep their sentences, the very same strings.
    const at = body.indexOf('Tuesday') + 3;
    const edited = `${body.slice(0, at)}x${body.slice(at)}`;
    const again = splitSentencesFrom(edited, first.memo);
    expect(again.sentences).toEqual(splitSentences(edited));
    expect(again.memo.lines[0]).toBe(first.memo.lines[0]);
    const attached = first.sentences.find((s) => s.text.startsWith('The invoice'))!;
    expect(again.sentences.find((s) => s.text.startsWith('The invoice'))!.start).toBe(attached.start + 1);
  });
});

/** Text built of what splitting turns on: line breaks, blank lines, sentence ends, abbreviations, spaces. */
const piece = fc.constantFrom('\n', '\n\n', ' ', '. ', '.', '? ', '!', 'Dr. ', 'e.g. ', 'J. ', 'approx. three', 'word', 'Ask', '3.5', ')', '  \n', '\t');
const chunk = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));

describe('splitSentencesFrom, property', () => {
  it('gives, after any chain of edits, the sentences splitSentences gives the final text', () => {
    const edit = fc.record({ at: fc.nat(), cut: fc.nat({ max: 8 }), put: chunk });
    fc.assert(
      fc.property(chunk, fc.array(edit, { minLength: 1, maxLength: 6 }), (start, edits) => {
        let text = start;
        let memo = splitSentencesFrom(text).memo;
        for (const e of edits) {
          const at = text.length === 0 ? 0 : e.at % (text.length + 1);
          text = text.slice(0, at) + e.put + text.slice(at + e.cut);
          const next = splitSentencesFrom(text, memo);
          expect(next.sentences).toEqual(splitSentences(text));
          memo = next.memo;
        }
      }),
      { numRuns: 2000 },
    );
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
