import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  deleteAccount,
  exportAccounts,
  filterAccounts,
  getAccount,
  importAccounts,
  listAccounts,
  normalizeAccounts,
  replaceWouldRemove,
  saveAccount,
  searchAccounts,
  watchAccounts,
} from '../../src/accounts/store';
import { emptyAccount, type AccountRecord } from '../../src/accounts/types';
import { fileText, kestrel, northwind } from './fixtures';

const NOW = new Date('2026-11-23T09:00:00.000Z');
const LATER = new Date('2026-11-24T09:00:00.000Z');

async function stored(): Promise<unknown> {
  return (await fakeBrowser.storage.local.get('accounts')).accounts;
}

beforeEach(() => fakeBrowser.reset());

describe('account storage', () => {
  it('starts empty', async () => {
    expect(await listAccounts()).toEqual([]);
    expect(await getAccount('northwind.com')).toBeUndefined();
  });

  it('saves, reads, updates and deletes an account, stamping updatedAt', async () => {
    const saved = await saveAccount(northwind(), NOW);
    expect(saved).toEqual(northwind({ updatedAt: NOW.toISOString() }));
    expect(await getAccount('Northwind.com')).toEqual(saved);

    await saveAccount({ ...saved, news: 'Raised a Series C' }, LATER);
    expect(await listAccounts()).toEqual([northwind({ news: 'Raised a Series C', updatedAt: LATER.toISOString() })]);

    expect(await deleteAccount('northwind.com')).toBe(true);
    expect(await deleteAccount('northwind.com')).toBe(false);
    expect(await listAccounts()).toEqual([]);
  });

  it('refuses an invalid record and stores nothing', async () => {
    await expect(saveAccount({ ...emptyAccount('not a domain') }, NOW)).rejects.toThrow(/^key: "not a domain" is not an email domain/);
    await expect(saveAccount({ ...northwind(), people: [{ name: '' }] }, NOW)).rejects.toThrow('people[0].name: must not be empty');
    expect(await stored()).toBeUndefined();
  });

  it('lists accounts by name, and keys folded subdomains together', async () => {
    await saveAccount(northwind(), NOW);
    await saveAccount(kestrel(), NOW);
    await saveAccount(emptyAccount('acme.com'), NOW);
    await saveAccount({ ...emptyAccount('eu.northwind.com'), news: 'New office' }, LATER);
    expect((await listAccounts()).map((r) => r.key)).toEqual(['acme.com', 'kestrel.co.uk', 'northwind.com']);
    expect((await getAccount('northwind.com'))?.news).toBe('New office');
  });

  it('serializes writes, so quick saves never undo each other', async () => {
    await Promise.all([saveAccount(northwind(), NOW), saveAccount(kestrel(), NOW), saveAccount(emptyAccount('acme.com'), NOW), deleteAccount('kestrel.co.uk')]);
    expect((await listAccounts()).map((r) => r.key)).toEqual(['acme.com', 'northwind.com']);
  });

  it('normalizes a damaged stored value on read', async () => {
    await fakeBrowser.storage.local.set({
      accounts: [
        { ...northwind(), updatedAt: '2026-11-01T00:00:00.000Z', news: 'older' },
        'junk',
        { key: 'no domain' },
        { ...northwind(), people: 'nobody' },
        null,
      ],
    });
    expect(await listAccounts()).toEqual([northwind({ people: [] })]);
    expect(normalizeAccounts({ not: 'a list' })).toEqual([]);
    await fakeBrowser.storage.local.set({ accounts: 'broken' });
    expect(await listAccounts()).toEqual([]);
  });

  it('tells watchers about changes', async () => {
    const seen: AccountRecord[][] = [];
    const stop = watchAccounts((r) => seen.push(r));
    await saveAccount(northwind(), NOW);
    await deleteAccount('northwind.com');
    stop();
    await saveAccount(kestrel(), NOW);
    expect(seen.map((list) => list.map((r) => r.key))).toEqual([['northwind.com'], []]);
  });
});

describe('search', () => {
  const records = [northwind(), kestrel(), emptyAccount('acme.com')];

  it('finds accounts by name, key or any note; case- and accent-insensitive; every word must match', async () => {
    expect(filterAccounts(records, '').map((r) => r.key)).toEqual(['northwind.com', 'kestrel.co.uk', 'acme.com']);
    expect(filterAccounts(records, 'NORTHWIND').map((r) => r.key)).toEqual(['northwind.com']);
    expect(filterAccounts(records, 'co.uk').map((r) => r.key)).toEqual(['kestrel.co.uk']);
    expect(filterAccounts(records, 'sao paulo').map((r) => r.key)).toEqual(['northwind.com']);
    expect(filterAccounts(records, 'cfo').map((r) => r.key)).toEqual(['northwind.com']);
    expect(filterAccounts(records, 'cash visibility').map((r) => r.key)).toEqual(['northwind.com']);
    expect(filterAccounts(records, 'saastr').map((r) => r.key)).toEqual(['northwind.com']);
    expect(filterAccounts(records, 'leeds').map((r) => r.key)).toEqual(['kestrel.co.uk']);
    expect(filterAccounts(records, 'brazil leeds')).toEqual([]);
    for (const r of records) await saveAccount(r, NOW);
    expect((await searchAccounts('hiring')).map((r) => r.key)).toEqual(['kestrel.co.uk']);
  });
});

describe('export and import', () => {
  it('exports the file format and imports it back unchanged (round trip)', async () => {
    await saveAccount(northwind(), NOW);
    await saveAccount(kestrel(), NOW);
    const before = await listAccounts();
    const { text, count } = await exportAccounts(LATER);
    expect(count).toBe(2);
    expect(JSON.parse(text)).toMatchObject({ format: 'trust-coach-accounts', version: 1, exportedAt: LATER.toISOString(), accounts: [{ key: 'kestrel.co.uk' }, { key: 'northwind.com' }] });

    fakeBrowser.reset();
    expect(await importAccounts(text, 'merge', LATER)).toEqual({ ok: true, added: 2, updated: 0, unchanged: 0, removed: 0 });
    expect(await listAccounts()).toEqual(before);
    expect(await importAccounts(text, 'merge', LATER)).toEqual({ ok: true, added: 0, updated: 0, unchanged: 2, removed: 0 });
    expect(await listAccounts()).toEqual(before);
  });

  it('merges: adds new accounts, updates changed ones, keeps the rest', async () => {
    await saveAccount(northwind(), NOW);
    await saveAccount(emptyAccount('acme.com'), NOW);
    const result = await importAccounts(fileText([northwind({ news: 'Raised a Series C' }), kestrel()]), 'merge', LATER);
    expect(result).toEqual({ ok: true, added: 1, updated: 1, unchanged: 0, removed: 0 });
    const all = await listAccounts();
    expect(all.map((r) => r.key)).toEqual(['acme.com', 'kestrel.co.uk', 'northwind.com']);
    expect(all.find((r) => r.key === 'northwind.com')?.news).toBe('Raised a Series C');
  });

  it('replaces: the stored accounts become exactly the file’s', async () => {
    await saveAccount(northwind(), NOW);
    await saveAccount(emptyAccount('acme.com'), NOW);
    const result = await importAccounts(fileText([northwind({ news: 'Raised a Series C' }), kestrel()]), 'replace', LATER);
    expect(result).toEqual({ ok: true, added: 1, updated: 1, unchanged: 0, removed: 1 });
    expect(await listAccounts()).toEqual([kestrel(), northwind({ news: 'Raised a Series C' })]);
  });

  it('says what a replace would remove, without writing anything', async () => {
    await saveAccount(northwind(), NOW);
    await saveAccount(emptyAccount('acme.com'), NOW);
    await saveAccount(kestrel(), NOW);
    const before = await stored();
    const result = await replaceWouldRemove(fileText([kestrel()]));
    expect(result.ok && result.removed.map((r) => r.key)).toEqual(['acme.com', 'northwind.com']);
    expect(await replaceWouldRemove('{')).toEqual({ ok: false, errors: ['The file isn’t valid JSON (line 1, column 2).'] });
    expect(await stored()).toEqual(before);
  });

  it('writes an import in one single storage write', async () => {
    await saveAccount(northwind(), NOW);
    const writes: unknown[] = [];
    fakeBrowser.storage.local.onChanged.addListener((changes) => {
      if ('accounts' in changes) writes.push(changes.accounts?.newValue);
    });
    await importAccounts(fileText([kestrel(), emptyAccount('acme.com'), northwind({ news: 'x' })]), 'merge', LATER);
    expect(writes).toHaveLength(1);
  });

  describe('refuses a bad file and changes nothing', () => {
    const cases: [string, string, RegExp][] = [
      ['not JSON', '{"format": "trust-coach-accounts", ', /^The file isn’t valid JSON \(line 1, column 36\)\.$/],
      ['a playbook', JSON.stringify({ format: 'trust-coach-playbook', schemaVersion: 1, name: 'Support desk' }), /^This is a team playbook, not an accounts file: import it under Settings → Playbooks\.$/],
      ['another format', JSON.stringify({ format: 'contacts', version: 1, accounts: [] }), /^This is not a Trust Coach accounts file\.$/],
      ['another version', fileText([kestrel()], (f) => (f.version = 3)), /^This file is version 3; this version of Trust Coach reads version 1\./],
      ['a bad field', fileText([kestrel(), { key: 'acme.com', people: [{ name: 7 }] }]), /^Account 2 \(“acme\.com”\): person 1’s name should be text, not a number$/],
    ];
    for (const [what, text, error] of cases) {
      for (const mode of ['merge', 'replace'] as const) {
        it(`${what} (${mode})`, async () => {
          await saveAccount(northwind(), NOW);
          const before = await stored();
          const result = await importAccounts(text, mode, LATER);
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.errors[0]).toMatch(error);
          expect(await stored()).toEqual(before);
          expect(await listAccounts()).toEqual([northwind({ updatedAt: NOW.toISOString() })]);
        });
      }
    }
  });

  it('says so when storage refuses the write, and nothing is half-written', async () => {
    await saveAccount(northwind(), NOW);
    const before = await stored();
    const set = fakeBrowser.storage.local.set;
    fakeBrowser.storage.local.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    try {
      const result = await importAccounts(fileText([kestrel()]), 'replace', LATER);
      expect(result).toEqual({ ok: false, errors: ['Couldn’t save the accounts on this device (QUOTA_BYTES quota exceeded). Nothing was changed.'] });
    } finally {
      fakeBrowser.storage.local.set = set;
    }
    expect(await stored()).toEqual(before);
  });
});
