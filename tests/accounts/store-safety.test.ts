import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deleteAccount, importAccounts, listAccounts, saveAccount } from '../../src/accounts/store';
import { emptyAccount } from '../../src/accounts/types';
import { fileText, kestrel, northwind } from './fixtures';

const NOW = new Date('2026-11-23T09:00:00.000Z');

async function local(key: string): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(key))[key];
}

/** What is kept aside, by store, values only. */
async function setAside(): Promise<unknown[]> {
  const list = ((await local('unreadable')) ?? []) as { store: string; value: unknown }[];
  return list.filter((e) => e.store === 'accounts').map((e) => e.value);
}

beforeEach(() => fakeBrowser.reset());

describe('account storage never loses what it cannot read', () => {
  it('keeps every one of N accounts saved at once', async () => {
    const keys = Array.from({ length: 8 }, (_, i) => `acme${i}.com`);
    await Promise.all(keys.map((k) => saveAccount(emptyAccount(k), NOW)));
    expect((await listAccounts()).map((r) => r.key).sort()).toEqual([...keys].sort());
  });

  it('keeps saves, deletes and an import made at once', async () => {
    await saveAccount(kestrel(), NOW);
    await Promise.all([saveAccount(emptyAccount('acme.com'), NOW), deleteAccount('kestrel.co.uk'), importAccounts(fileText([northwind()]), 'merge', NOW), saveAccount(emptyAccount('globex.com'), NOW)]);
    expect((await listAccounts()).map((r) => r.key).sort()).toEqual(['acme.com', 'globex.com', 'northwind.com']);
  });

  it('sets aside, not deletes, accounts stored in a shape it does not expect', async () => {
    const odd = { 'northwind.com': northwind() };
    await fakeBrowser.storage.local.set({ accounts: odd });
    expect(await listAccounts()).toEqual([]);
    await saveAccount(kestrel(), NOW);
    expect((await listAccounts()).map((r) => r.key)).toEqual(['kestrel.co.uk']);
    expect(await setAside()).toEqual([odd]);
  });

  it('sets aside, not deletes, an account whose key it cannot read', async () => {
    const bad = { ...northwind(), key: 'not a domain' };
    await fakeBrowser.storage.local.set({ accounts: [bad, kestrel()] });
    await saveAccount(emptyAccount('acme.com'), NOW);
    expect((await listAccounts()).map((r) => r.key)).toEqual(['acme.com', 'kestrel.co.uk']);
    expect(await setAside()).toEqual([bad]);
    // Saved again: kept once, not twice.
    await fakeBrowser.storage.local.set({ accounts: [bad, ...((await local('accounts')) as unknown[])] });
    await deleteAccount('acme.com');
    expect(await setAside()).toEqual([bad]);
  });

  it('a replace import sets aside what it cannot read rather than deleting it', async () => {
    const bad = { key: 42, news: 'from a newer version' };
    await fakeBrowser.storage.local.set({ accounts: [bad, kestrel()] });
    const result = await importAccounts(fileText([northwind()]), 'replace', NOW);
    expect(result).toMatchObject({ ok: true, removed: 1 });
    expect((await listAccounts()).map((r) => r.key)).toEqual(['northwind.com']);
    expect(await setAside()).toEqual([bad]);
  });
});
