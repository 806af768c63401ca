import { describe, expect, it } from 'vitest';
import { compile, expand, source, wordRegex } from '../../src/model/match';
import * as lexicon from '../../src/model/lexicon/phrases';
import type { Phrase } from '../../src/model/lexicon/phrases';
import { analyze } from '../../src/model/index';
import { ctx } from './helpers';

describe('phrase matching', () => {
  it('credits each match to the phrase it came from, lookaheads included', () => {
    const m = compile([{ pattern: 'synergy' }, { pattern: 'leverag(?:e|es|ing)(?= (?:our|the))', replacement: 'use' }, { pattern: 'circle back', replacement: 'follow up' }]);
    const found = m.find('We will leverage our data and circle back. Synergy!');
    expect(found.map((f) => [f.text, f.phrase.replacement])).toEqual([['leverage', 'use'], ['circle back', 'follow up'], ['Synergy', undefined]]);
  });
  it('offers the phrase list\'s one-click rewrite in a real report', () => {
    const r = analyze({ body: 'Hi Dana,\n\nWe will leverage our records and circle back on Friday at 3pm. Does that work?' }, ctx('account'));
    const jargon = r.hints.filter((h) => h.rule === 'jargon').map((h) => h.replacement);
    expect(jargon).toEqual(expect.arrayContaining(['use', 'follow up']));
  });
});

describe('phrase macros', () => {
  it('expands {NAME} macros and rejects unknown ones', () => {
    expect(expand('{I} {INTENS}{APOLOGISE}')).not.toMatch(/\{[A-Z]+\}/);
    expect(() => expand('{NOPE} x')).toThrow(/unknown phrase macro/);
    // Regex quantifiers are not macros.
    expect(expand('a{0,3}')).toBe('a{0,3}');
  });
  it.each([
    'we do sincerely apologise for any inconvenience',
    'I truly apologize for any inconvenience',
    'we apologised for any inconvenience',
    'I really very deeply apologize for any inconvenience',
  ])('one phrase covers the ways of saying it: %s', (text) => {
    expect(wordRegex('{I} {INTENS}{APOLOGISE} for any inconvenience').test(text)).toBe(true);
  });
  it('matches both apostrophes in contractions inside macros', () => {
    expect(wordRegex('{IM} sorry').test('we’re sorry')).toBe(true);
    expect(wordRegex('{IM} sorry').test("I'm sorry")).toBe(true);
  });
});

describe('every phrase list stays linear-time', () => {
  const lists = Object.entries(lexicon).filter((e): e is [string, Phrase[]] => Array.isArray(e[1]));
  // Inputs that make ambiguous or nested quantifiers blow up: long runs of the words the macros repeat.
  const hostile = [
    'so very really truly just do '.repeat(1500),
    'sorry sorry if if you you are '.repeat(1500),
    'our our team team is is the the '.repeat(1500),
    'thanks for your your the '.repeat(1500),
    'a-b '.repeat(8000),
    '1,2.3,4 '.repeat(4000),
    'x'.repeat(30000),
    'the delay was caused by the the the '.repeat(1000),
    'hope that you are all '.repeat(1500),
  ];
  it.each(lists.map(([name, list]) => [name, list] as const))('%s', (_name, list) => {
    const m = compile(list);
    // Finishing at all is the check (super-linear backtracking on ~30k characters would time the test out);
    // regex-safety.test.ts proves linearity statically, and speed is the bench's.
    for (const text of hostile) expect(Array.isArray(m.find(text))).toBe(true);
  });
});

describe('apostrophes in phrase sources', () => {
  it("matches ' and ’ alike, outside and inside a character class, and leaves escapes alone", () => {
    expect(source("don't")).toBe("don['’]t");
    expect(source("[\\w'-]+")).toBe("[\\w'’-]+");
    expect(source("\\[it's\\]")).toBe("\\[it['’]s\\]");
    const m = compile([{ pattern: "calling [\\w'-]+ rude" }]);
    expect(m.test("calling Ola's rude")).toBe(true);
    expect(m.test('calling Ola’s rude')).toBe(true);
    expect(m.test('calling Ola[s rude')).toBe(false);
  });
});
