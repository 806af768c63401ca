import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { requiredLiterals } from '../../src/model/literals';
import { compile, source, type PhraseMatch } from '../../src/model/match';
import * as lexicon from '../../src/model/lexicon/phrases';
import type { Phrase } from '../../src/model/lexicon/phrases';

describe('required literals of a pattern', () => {
  it.each([
    // Spaces are literal too: "sorry " is rarer than "sorry".
    ['sorry (?:for|about) any', ['sorry ']],
    ['(?:apologi[sz]e|regret)', ['apologi', 'regret']],
    ['e-?mail', ['mail']],
    ['don[\'’]t hesitate', ['t hesitate']],
    ['(?:thanks|thank you) for your business', [' for your business']],
    ['(?<![\\w])circle back\\b', ['circle back']],
    ['act (?:now|fast)', ['act ']],
    ['(?:hope|trust)(?: that)? (?:this|my) note', [' note']],
    ['[a-z]+ing', ['ing']],
    // An escape is no literal it reads (\x41 is "A"), so the run starts after it.
    ['\\x41bcdef', ['bcdef']],
  ])('%s needs one of %j', (pattern, want) => {
    expect(requiredLiterals(pattern)?.sort()).toEqual([...want].sort());
  });
  it.each([
    ['(?:sorry)?', 'an optional group'],
    ['[a-z]+', 'classes only'],
    ['(?:sorry|\\w+ly)', 'an alternative with no literal'],
    ['we|i', 'literals too short to say anything'],
    ['(?:unclosed', 'a pattern it cannot read'],
    ['(?<name>x)\\k<name>', 'a named group'],
  ])('%s needs nothing it can name (%s)', (pattern) => {
    expect(requiredLiterals(pattern)).toBeNull();
  });
  it('is lower-case, as the text it is looked up in', () => {
    expect(requiredLiterals('Industry[- ]Leading')).toEqual(['industry']);
  });
  it('every literal a listed phrase needs is three characters or more (the scan reads three at a time)', () => {
    for (const [name, list] of Object.entries(lexicon)) {
      if (!Array.isArray(list)) continue;
      for (const p of list as Phrase[]) {
        const need = requiredLiterals(source(p.pattern));
        if (!need) continue;
        for (const lit of need) expect(lit.length, `${name}: ${p.pattern}`).toBeGreaterThanOrEqual(3);
      }
    }
  });
});

/** The plain alternation, as compile() ran before it skipped phrases: the reference for what it must find. */
function reference(phrases: readonly Phrase[]): (text: string) => PhraseMatch[] {
  const all = new RegExp(`(?<![\\w'’])(?:${phrases.map((p) => source(p.pattern)).join('|')})(?![\\w'’])`, 'gi');
  const each = phrases.map((p) => new RegExp(`(?:${source(p.pattern)})(?![\\w'’])`, 'iy'));
  return (text) => {
    const out: PhraseMatch[] = [];
    all.lastIndex = 0;
    for (let m = all.exec(text); m; m = all.exec(text)) {
      if (m[0].length === 0) { all.lastIndex++; continue; }
      const at = m.index;
      const i = each.findIndex((re) => { re.lastIndex = at; const h = re.exec(text); return !!h && h[0].length === m![0].length; });
      const phrase = phrases[Math.max(0, i)]!;
      if (phrase.cased && !phrase.cased.test(m[0])) continue;
      out.push({ start: at, end: at + m[0].length, text: m[0], phrase });
    }
    return out;
  };
}

describe('a phrase list skips the phrases a text cannot hold', () => {
  const lists = Object.entries(lexicon).filter((e): e is [string, Phrase[]] => Array.isArray(e[1]) && typeof (e[1] as Phrase[])[0]?.pattern === 'string');
  // Text made of the lists' own words, so phrases are found, overlap and compete for the same place.
  const vocabulary = [...new Set(lists.flatMap(([, l]) => l.flatMap((p) => p.pattern.toLowerCase().match(/[a-z]{2,}/g) ?? [])))];
  const sentence = fc.array(fc.oneof(fc.constantFrom(...vocabulary), fc.constantFrom('you', 'we', 'our', "I'm", 'the', ',', '.', 'Sorry', 'Policy')), { maxLength: 30 }).map((ws) => ws.join(' '));
  it('finds what the one alternation finds, phrase for phrase, on text made of their words', () => {
    const pairs = lists.map(([name, l]) => ({ name, fast: compile(l), slow: reference(l) }));
    fc.assert(fc.property(sentence, (text) => {
      for (const { name, fast, slow } of pairs) {
        const a = fast.find(text).map((m) => [m.start, m.end, m.phrase.pattern]);
        const b = slow(text).map((m) => [m.start, m.end, m.phrase.pattern]);
        expect(a, name).toEqual(b);
        expect(fast.test(text), name).toBe(b.length > 0);
      }
    }), { numRuns: 400, seed: 7 });
  });
  it('takes the first listed phrase where two match at the same place, and the leftmost match first', () => {
    const m = compile([{ pattern: 'policy number' }, { pattern: 'our policy' }, { pattern: 'our policy number' }, { pattern: 'number' }]);
    expect(m.find('Our policy number is 12, a number.').map((x) => x.phrase.pattern)).toEqual(['our policy', 'number', 'number']);
  });
  it('finds nothing, and runs nothing, when a text holds none of the needed words', () => {
    const m = compile([{ pattern: 'circle back' }, { pattern: 'synergy' }]);
    expect(m.find('We will call you on Friday.')).toEqual([]);
    expect(m.test('We will call you on Friday.')).toBe(false);
  });
});
