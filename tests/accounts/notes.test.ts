import { describe, expect, it } from 'vitest';
import { hasResearch, noteLines, researchNudge, toAccountNotes, usedFactTexts } from '../../src/accounts/notes';
import { emptyAccount } from '../../src/accounts/types';
import { analyze } from '../../src/model/index';
import { ctx } from '../model/helpers';
import { northwind } from './fixtures';

describe('noteLines', () => {
  it('splits a field into one note per non-empty line, without list markers', () => {
    expect(noteLines('Expanding into Brazil\r\n\n  - Moving to one ERP \n• New CFO\n2. Q3 layoffs\n*\n')).toEqual(['Expanding into Brazil', 'Moving to one ERP', 'New CFO', 'Q3 layoffs']);
    expect(noteLines('')).toEqual([]);
    expect(noteLines(undefined)).toEqual([]);
    expect(noteLines('-5% revenue in Q3')).toEqual(['-5% revenue in Q3']);
  });
});

describe('toAccountNotes', () => {
  it('makes one fact per note line, with its source; names and roles are not facts', () => {
    const notes = toAccountNotes(northwind());
    expect(notes).toEqual({
      name: 'Northwind Traders',
      key: 'northwind.com',
      facts: [
        { text: 'Expanding into Brazil in Q2', source: 'strategy' },
        { text: 'Moving finance to one ERP', source: 'strategy' },
        { text: 'Opened a São Paulo office in October', source: 'news' },
        { text: 'Cash visibility is my top priority this year', source: 'person' },
        { text: 'Met Dana at SaaStr on 3 Nov; she asked about multi-currency', source: 'interaction' },
      ],
    });
    expect(notes.facts.some((f) => f.text.includes('CFO') || f.text === 'Lee Park')).toBe(false);
  });

  it('drops duplicate notes and keeps a nameless account nameless', () => {
    const notes = toAccountNotes({ ...emptyAccount('kestrel.com'), strategy: 'New CFO\nnew cfo', news: 'New CFO' });
    expect(notes).toEqual({ key: 'kestrel.com', facts: [{ text: 'New CFO', source: 'strategy' }] });
  });
});

describe('hasResearch', () => {
  it('is true with any note or person, false for an empty or missing record', () => {
    expect(hasResearch(undefined)).toBe(false);
    const empty = emptyAccount('kestrel.com');
    expect(hasResearch(empty)).toBe(false);
    expect(hasResearch({ ...empty, strategy: '  \n - \n-\n' })).toBe(false);
    expect(hasResearch({ ...empty, checklist: { site: true, news: true, profiles: true, posts: true } })).toBe(false);
    expect(hasResearch({ ...empty, news: 'Raised a Series B' })).toBe(true);
    expect(hasResearch({ ...empty, people: [{ name: 'Dana Reyes' }] })).toBe(true);
    expect(hasResearch({ ...empty, lastInteraction: 'Call on Monday' })).toBe(true);
  });
});

describe('researchNudge', () => {
  it('nudges only a prospecting email to an account with no research', () => {
    expect(researchNudge('prospecting', undefined, 'northwind.com')?.message).toBe('You have no research on northwind.com yet.');
    expect(researchNudge('prospecting', emptyAccount('northwind.com'), 'Northwind')?.action).toBe('Open the research checklist');
    expect(researchNudge('support', undefined, 'northwind.com')).toBeUndefined();
    expect(researchNudge('prospecting', northwind(), 'Northwind')).toBeUndefined();
  });
});

describe('the notes in the model', () => {
  const record = { ...emptyAccount('northwind.com'), name: 'Northwind Traders', strategy: 'Expanding into Brazil in Q2' };

  it('a draft that mentions "your Brazil expansion" gets an account-reference hint, and the card can mark the note used', () => {
    const notes = toAccountNotes(record);
    const report = analyze({ body: 'Hi Dana,\n\nHow is your Brazil expansion going? I have ideas for staffing the São Paulo team.', recipients: [{ name: 'Dana Reyes', email: 'dana@northwind.com' }] }, ctx('prospecting', { account: notes }));
    const kinds = report.hints.map((h) => h.kind);
    expect(kinds).toContain('account-reference');
    expect(kinds).not.toContain('no-account-reference');
    expect(usedFactTexts(report.hints, notes)).toEqual(['Expanding into Brazil in Q2']);
  });

  it('a prospecting draft that uses none of the notes gets no-account-reference', () => {
    const notes = toAccountNotes(record);
    const report = analyze({ body: 'Hi Dana,\n\nHow is the new quarter going? I have some ideas for your hiring plans this year and would love to share them with your team.', recipients: [{ name: 'Dana Reyes', email: 'dana@northwind.com' }] }, ctx('prospecting', { account: notes }));
    const kinds = report.hints.map((h) => h.kind);
    expect(kinds).toContain('no-account-reference');
    expect(kinds).not.toContain('account-reference');
    expect(usedFactTexts(report.hints, notes)).toEqual([]);
    expect(usedFactTexts(report.hints, undefined)).toEqual([]);
  });
});
