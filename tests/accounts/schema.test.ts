import { describe, expect, it } from 'vitest';
import { formatPath, normalizeAccountRecord, parseAccountsFile, serializeAccountsFile, validateAccountRecord } from '../../src/accounts/schema';
import { fileText, kestrel, northwind, T0 } from './fixtures';

const NOW = new Date('2026-11-23T09:00:00.000Z');

function errorsOf(text: string, allowSingleRecord = false): string[] {
  const r = parseAccountsFile(text, { now: NOW, allowSingleRecord });
  if (r.ok) throw new Error('expected the file to be refused');
  return r.errors;
}

describe('parseAccountsFile', () => {
  it('reads a good file, keeping every field', () => {
    const r = parseAccountsFile(fileText([northwind(), kestrel()]), { now: NOW });
    expect(r).toEqual({ ok: true, value: [northwind(), kestrel()] });
  });

  it('fills what a hand-written file leaves out, and normalizes keys and text', () => {
    const r = parseAccountsFile(fileText([{ key: ' EU.Northwind.com ', name: '  Northwind  ', people: [{ name: ' Dana ', role: '' }], checklist: { news: true } }]), { now: NOW });
    expect(r).toEqual({
      ok: true,
      value: [{ key: 'northwind.com', name: 'Northwind', strategy: '', news: '', people: [{ name: 'Dana' }], lastInteraction: '', checklist: { site: false, news: true, profiles: false, posts: false }, updatedAt: NOW.toISOString() }],
    });
  });

  it('refuses what is not JSON, or empty', () => {
    expect(errorsOf('{ "format": ')[0]).toMatch(/^This file isn’t valid JSON, so it can’t be a Trust Coach accounts file \(.+\)\.$/);
    expect(errorsOf('  ')).toEqual(['This file is empty.']);
  });

  it('refuses a file of another format', () => {
    for (const text of ['[1, 2]', '"hello"', '{"format":"other","version":1,"accounts":[]}', '{"accounts":[]}', JSON.stringify(northwind())]) {
      expect(errorsOf(text)).toEqual(['This is not a Trust Coach accounts file.']);
    }
  });

  it('refuses another version, saying which', () => {
    expect(errorsOf(fileText([], (f) => (f.version = 3)))).toEqual(['This file is version 3; this version of Trust Coach reads version 1. Update Trust Coach to import it.']);
    expect(errorsOf(fileText([], (f) => (f.version = 0)))).toEqual(['This file is version 0; this version of Trust Coach reads version 1.']);
    expect(errorsOf(fileText([], (f) => delete f.version))).toEqual(['This file has no version number; this version of Trust Coach reads version 1.']);
    expect(errorsOf(fileText([], (f) => (f.version = '1')))[0]).toMatch(/^This file’s version \("1"\) is not a number; this version of Trust Coach reads version 1\.$/);
  });

  it('says what is wrong with each bad field, and where', () => {
    const bad = [
      northwind(),
      kestrel(),
      { key: 'acme.com', people: [{ name: 42, said: 'hi' }, { role: 'CFO' }], checklist: { site: 'yes' }, stratgy: 'typo', updatedAt: 'last week' },
      { key: 'not a domain' },
      { name: 'No key' },
      'just text',
    ];
    expect(errorsOf(fileText(bad))).toEqual([
      'accounts[2].people[0].name: expected text (got a number)',
      'accounts[2].people[1].name: is missing',
      'accounts[2].checklist.site: expected true or false (got text)',
      'accounts[2].updatedAt: expected a date and time like 2026-11-23T10:00:00Z',
      'accounts[2].stratgy: not a field Trust Coach knows (check the spelling)',
      'accounts[3].key: "not a domain" is not an email domain (like northwind.com) or a free-mail address (like dana@gmail.com)',
      'accounts[4].key: is missing',
      'accounts[5]: expected an object { … } (got text)',
    ]);
  });

  it('checks the file’s own fields and refuses one account listed twice', () => {
    expect(errorsOf(fileText([northwind(), northwind({ key: 'eu.northwind.com' })], (f) => {
      f.exportedAt = 'yesterday';
      f.extra = true;
    }))).toEqual([
      'exportedAt: expected a date and time like 2026-11-23T10:00:00Z',
      'extra: not a field Trust Coach knows (check the spelling)',
      'accounts[1].key: "northwind.com" is the same account as accounts[0] (each account can appear only once)',
    ]);
    expect(errorsOf(fileText([], (f) => delete f.accounts))).toEqual(['accounts: is missing']);
  });

  it('refuses text over the size limits', () => {
    expect(errorsOf(fileText([northwind({ strategy: 'x'.repeat(20_001) })]))).toEqual(['accounts[0].strategy: too long (at most 20,000 characters)']);
  });

  it('lists at most 20 problems, then how many more', () => {
    const errors = errorsOf(fileText(Array.from({ length: 25 }, () => ({ key: 42 }))));
    expect(errors).toHaveLength(21);
    expect(errors[0]).toBe('accounts[0].key: expected text (got a number)');
    expect(errors[20]).toBe('…and 5 more problems.');
  });

  it('reads one bare record only when asked to (the CLI)', () => {
    expect(parseAccountsFile(JSON.stringify({ key: 'northwind.com', strategy: 'Expanding into Brazil' }), { now: NOW, allowSingleRecord: true })).toMatchObject({ ok: true, value: [{ key: 'northwind.com', strategy: 'Expanding into Brazil' }] });
    expect(errorsOf(JSON.stringify({ key: 'northwind.com', strategy: 7 }), true)).toEqual(['strategy: expected text (got a number)']);
  });
});

describe('parseAccountsFile in plain words (the options page)', () => {
  const plain = (text: string): string[] => {
    const r = parseAccountsFile(text, { now: NOW, plainWords: true });
    if (r.ok) throw new Error('expected the file to be refused');
    return r.errors;
  };

  it('says where JSON breaks as a line and column, not as the parser’s message', () => {
    expect(plain('{"format": "trust-coach-accounts", \'version\': 1}')).toEqual(['The file isn’t valid JSON (line 1, column 36).']);
    expect(plain('{\n  "format": "trust-coach-accounts",\n  version: 1\n}')).toEqual(['The file isn’t valid JSON (line 3, column 3).']);
    expect(plain('{ "format": ')).toEqual(['The file isn’t valid JSON (line 1, column 13).']);
  });

  it('tells a team playbook from an accounts file', () => {
    expect(plain(JSON.stringify({ format: 'trust-coach-playbook', schemaVersion: 1, name: 'Support desk' }))).toEqual(['This is a team playbook, not an accounts file: import it under Settings → Playbooks.']);
    // The CLI keeps its own message.
    expect(errorsOf(JSON.stringify({ format: 'trust-coach-playbook', schemaVersion: 1 }))).toEqual(['This is not a Trust Coach accounts file.']);
  });

  it('names each account as a person counts them, with its name or key, and each field in words', () => {
    const bad = [
      northwind(),
      { key: '', name: 'Globex' },
      { key: 'acme.com', people: [{ name: 42, said: 'hi' }, { role: 'CFO' }], checklist: { site: 'yes' }, stratgy: 'typo', updatedAt: 'last week', news: 'x'.repeat(20_001) },
      { key: 'not a domain' },
      { name: '   ' },
      'just text',
      northwind({ key: 'eu.northwind.com', name: 'Northwind again' }),
    ];
    expect(plain(fileText(bad, (f) => (f.exportedAt = 'yesterday')))).toEqual([
      'The time it was exported should be a date and time like 2026-11-23T10:00:00Z',
      'Account 2 (“Globex”): the key must not be empty — use the email domain (like northwind.com) or a free-mail address (like dana@gmail.com)',
      'Account 3 (“acme.com”): “Recent news” is too long (at most 20,000 characters)',
      'Account 3 (“acme.com”): person 1’s name should be text, not a number',
      'Account 3 (“acme.com”): person 2’s name is missing',
      'Account 3 (“acme.com”): the checklist’s “site” should be true or false, not text',
      'Account 3 (“acme.com”): the time it was updated should be a date and time like 2026-11-23T10:00:00Z',
      'Account 3 (“acme.com”): the field “stratgy” is not a field Trust Coach knows (check the spelling)',
      'Account 4 (“not a domain”): the key “not a domain” is not an email domain (like northwind.com) or a free-mail address (like dana@gmail.com)',
      'Account 5: the key is missing',
      'Account 6 should be an object { … }, not text',
      'Account 7 (“Northwind again”): the key “northwind.com” is the same account as account 1 (each account can appear only once)',
    ]);
    expect(plain(fileText([], (f) => delete f.accounts))).toEqual(['The list of accounts is missing']);
  });
});

describe('serializeAccountsFile', () => {
  it('writes the file format that parseAccountsFile reads back unchanged', () => {
    const text = serializeAccountsFile([northwind(), kestrel()], NOW);
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(file).toMatchObject({ format: 'trust-coach-accounts', version: 1, exportedAt: NOW.toISOString() });
    expect(text).toContain('\n  "accounts": [');
    expect(parseAccountsFile(text)).toEqual({ ok: true, value: [northwind(), kestrel()] });
  });
});

describe('validateAccountRecord and normalizeAccountRecord', () => {
  it('validates strictly, paths starting where asked', () => {
    expect(validateAccountRecord({ key: 'x' }, NOW, ['accounts', 0])).toEqual({ ok: false, errors: ['accounts[0].key: "x" is not an email domain (like northwind.com) or a free-mail address (like dana@gmail.com)'] });
    expect(formatPath([])).toBe('');
    expect(formatPath(['people', 0, 'said'])).toBe('people[0].said');
  });

  it('normalizes a damaged stored record leniently, keeping the notes', () => {
    expect(normalizeAccountRecord({ key: 'Northwind.com', strategy: 'Brazil', news: 5, people: [{ name: 'Dana', said: 3 }, { role: 'x' }, 'junk'], checklist: { site: 'yes', news: true }, updatedAt: 'never' })).toEqual({
      key: 'northwind.com', strategy: 'Brazil', news: '', people: [{ name: 'Dana' }], lastInteraction: '', checklist: { site: false, news: true, profiles: false, posts: false }, updatedAt: new Date(0).toISOString(),
    });
    expect(normalizeAccountRecord({ key: 'nope' })).toBeUndefined();
    expect(normalizeAccountRecord(null)).toBeUndefined();
    expect(normalizeAccountRecord({ ...northwind(), updatedAt: '2026-11-20T10:00:00+01:00' })?.updatedAt).toBe(T0);
  });
});
