import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addCrmAccount, csvAccounts, readCsv, recognizeColumns } from '../../src/accounts/csv';
import { getAccount, importAccountRecords, importAccounts, listAccounts, saveAccount } from '../../src/accounts/store';
import { fileText, kestrel, northwind } from './fixtures';

const NOW = new Date('2026-11-23T09:00:00.000Z');

async function stored(): Promise<unknown> {
  return (await fakeBrowser.storage.local.get('accounts')).accounts;
}

async function fromCsv(text: string) {
  const read = await readCsv(text, { yieldNow: async () => {} });
  if (!read.ok) throw new Error(read.errors.join('\n'));
  return csvAccounts(read.table, recognizeColumns(read.table.headers), NOW);
}

beforeEach(() => fakeBrowser.reset());

describe('importing accounts from a CRM’s CSV', () => {
  it('merges into the stored accounts through the one import path, adding to the writer’s notes and replacing none', async () => {
    await saveAccount(northwind(), NOW);
    await saveAccount(kestrel(), NOW);
    const csv = await fromCsv('First Name,Last Name,Title,Account Name,Email\nDana,Reyes,CFO,Northwind,dana@northwind.com\nAnn,Lee,CEO,Northwind,ann@northwind.com\nPriya,Shah,CTO,Acme Logistics,priya@acme.com\n');
    const result = await importAccountRecords(csv.accounts, NOW, { combine: addCrmAccount });
    expect(result).toEqual({ ok: true, added: 1, updated: 1, unchanged: 0, removed: 0 });
    const nw = await getAccount('northwind.com');
    // The writer's name, notes and checklist stay; the new person is added, the known one not doubled.
    expect(nw).toEqual({ ...northwind(), people: [...northwind().people, { name: 'Ann Lee', role: 'CEO' }], updatedAt: NOW.toISOString() });
    expect(await getAccount('kestrel.co.uk')).toEqual(kestrel({ updatedAt: NOW.toISOString() }));
    expect(await getAccount('acme.com')).toMatchObject({ name: 'Acme Logistics', people: [{ name: 'Priya Shah', role: 'CTO' }] });

    // The same file again changes nothing.
    const before = await stored();
    expect(await importAccountRecords(csv.accounts, new Date('2026-11-24T09:00:00.000Z'), { combine: addCrmAccount })).toEqual({ ok: true, added: 0, updated: 0, unchanged: 2, removed: 0 });
    expect(await stored()).toEqual(before);
  });

  it('checks every record before storage: one bad record and nothing changes, said in plain words', async () => {
    await saveAccount(northwind(), NOW);
    const before = await stored();
    const csv = await fromCsv(`Account Name,Website\nAcme,acme.com\n${'G'.repeat(201)},globex.com\n`);
    const result = await importAccountRecords(csv.accounts, NOW, { combine: addCrmAccount, label: (i) => `Row ${csv.sources[i]!.join(', ')}` });
    expect(result).toEqual({ ok: false, errors: ['Row 3: the name is too long (at most 200 characters)'] });
    expect(await stored()).toEqual(before);
  });

  it('checks what joining makes too: a stored account pushed past a limit refuses the import', async () => {
    await saveAccount(northwind({ people: Array.from({ length: 99 }, (_, i) => ({ name: `Person ${i}` })) }), NOW);
    const before = await stored();
    const csv = await fromCsv('First Name,Email\nAnn,ann@northwind.com\nBo,bo@northwind.com\nCy,cy@acme.com\n');
    const result = await importAccountRecords(csv.accounts, NOW, { combine: addCrmAccount, label: () => 'Rows 2 and 3 (“Northwind”)' });
    expect(result).toEqual({ ok: false, errors: ['Rows 2 and 3 (“Northwind”): the list of people has too many entries (at most 100) (with the notes you have on it)'] });
    expect(await stored()).toEqual(before);
  });

  it('imports a 10,000-row contacts export, reporting progress as it checks', async () => {
    await saveAccount(northwind(), NOW);
    const rows = Array.from({ length: 10_000 }, (_, i) => `Person ${i},Buyer,Company ${i % 2500},p${i}@company${i % 2500}.com`);
    const csv = await fromCsv(`First Name,Title,Company Name,Email\n${rows.join('\n')}\n`);
    const progress: number[] = [];
    let turns = 0;
    const result = await importAccountRecords(csv.accounts, NOW, { combine: addCrmAccount, onProgress: (f) => progress.push(f), yieldNow: async () => void turns++ });
    expect(result).toEqual({ ok: true, added: 2500, updated: 0, unchanged: 0, removed: 0 });
    expect(progress).toEqual(Array.from({ length: 10 }, (_, i) => (i + 1) / 10));
    expect(turns).toBe(9);
    expect(await listAccounts()).toHaveLength(2501);
    expect((await getAccount('company42.com'))?.people).toHaveLength(4);
  });

  it('the JSON import still replaces an account whole (its own file is the writer’s notes)', async () => {
    await saveAccount(northwind(), NOW);
    expect(await importAccounts(fileText([northwind({ people: [] })]), 'merge', NOW)).toMatchObject({ ok: true, updated: 1 });
    expect((await getAccount('northwind.com'))?.people).toEqual([]);
  });
});
