import { describe, expect, it } from 'vitest';
import { compile } from '../../src/model/match';
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
