import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  addCrmAccount,
  cannotImport,
  csvAccounts,
  describeExport,
  readCsv,
  recognizeColumns,
  rowList,
  skippedLines,
  type CsvField,
  type CsvMapping,
  type CsvTable,
} from '../../src/accounts/csv';
import { northwind } from './fixtures';

const NOW = new Date('2026-11-23T09:00:00.000Z');
const fixture = (name: string) => readFileSync(new URL(`./csv-fixtures/${name}`, import.meta.url), 'utf8');

async function table(text: string): Promise<CsvTable> {
  const read = await readCsv(text);
  if (!read.ok) throw new Error(read.errors.join('\n'));
  return read.table;
}

/** The mapping as header names, for fields that are mapped. */
function named(t: CsvTable, m: CsvMapping): Partial<Record<CsvField, string>> {
  return Object.fromEntries(Object.entries(m).flatMap(([f, i]) => (i === null ? [] : [[f, t.headers[i]]])));
}

async function accountsOf(text: string, change: (m: CsvMapping, t: CsvTable) => void = () => {}) {
  const t = await table(text);
  const mapping = recognizeColumns(t.headers);
  change(mapping, t);
  return csvAccounts(t, mapping, NOW);
}

describe('CSV: recognising a CRM export’s columns', () => {
  it('Salesforce accounts', async () => {
    const t = await table(fixture('salesforce-accounts.csv'));
    expect(describeExport(t.headers)).toBe('a Salesforce accounts export');
    expect(named(t, recognizeColumns(t.headers))).toEqual({
      website: 'Website',
      company: 'Account Name',
      description: 'Description',
      industry: 'Industry',
      city: 'Billing City',
      country: 'Billing Country',
      employees: 'Employees',
      revenue: 'Annual Revenue',
      owner: 'Account Owner',
    });
  });

  it('Salesforce contacts (a contact’s mailing city is not the company’s)', async () => {
    const t = await table(fixture('salesforce-contacts.csv'));
    expect(describeExport(t.headers)).toBe('a Salesforce contacts export');
    expect(named(t, recognizeColumns(t.headers))).toEqual({
      email: 'Email',
      company: 'Account Name',
      owner: 'Contact Owner',
      firstName: 'First Name',
      lastName: 'Last Name',
      title: 'Title',
    });
  });

  it('HubSpot companies (a bare “Name” is the company’s)', async () => {
    const t = await table(fixture('hubspot-companies.csv'));
    expect(describeExport(t.headers)).toBe('a HubSpot companies export');
    expect(named(t, recognizeColumns(t.headers))).toEqual({
      domain: 'Company Domain Name',
      website: 'Website URL',
      company: 'Name',
      description: 'About Us',
      industry: 'Industry',
      city: 'City',
      country: 'Country/Region',
      employees: 'Number of Employees',
      revenue: 'Annual Revenue',
      owner: 'Company owner',
      lastActivity: 'Last Activity Date',
    });
  });

  it('HubSpot contacts', async () => {
    const t = await table(fixture('hubspot-contacts.csv'));
    expect(describeExport(t.headers)).toBe('a HubSpot contacts export');
    expect(named(t, recognizeColumns(t.headers))).toEqual({
      email: 'Email',
      company: 'Company Name',
      owner: 'Contact owner',
      lastActivity: 'Last Activity Date',
      firstName: 'First Name',
      lastName: 'Last Name',
      title: 'Job Title',
    });
  });

  it('API names (a Data Loader export) and headers in any case or spacing', () => {
    expect(recognizeColumns(['Name', 'Website', 'BillingCity', 'NumberOfEmployees', 'AnnualRevenue'])).toMatchObject({ company: 0, website: 1, city: 2, employees: 3, revenue: 4 });
    expect(recognizeColumns(['  ACCOUNT name ', 'Web-Site', 'E-mail'])).toMatchObject({ company: 0, website: 1, email: 2 });
    expect(describeExport(['Foo', 'Bar'])).toBeUndefined();
  });
});

describe('CSV: rows into accounts', () => {
  it('Salesforce accounts: one account per website, facts as notes, a row without a website reported', async () => {
    const result = await accountsOf(fixture('salesforce-accounts.csv'));
    expect(result.rowCount).toBe(3);
    expect(result.accounts).toEqual([
      {
        key: 'northwind.com',
        name: 'Northwind Traders',
        strategy: 'Expanding into Brazil in Q2\nMoving finance to one ERP\nBased in São Paulo, Brazil\nIndustry: Wholesale\nEmployees: 1200\nAnnual revenue: 45000000',
        news: '',
        people: [],
        lastInteraction: 'Owner in the CRM: Jo Bloggs',
        checklist: { site: false, news: false, profiles: false, posts: false },
        updatedAt: NOW.toISOString(),
      },
      expect.objectContaining({ key: 'kestrel.co.uk', name: 'Kestrel Labs', strategy: 'Hiring 40 engineers in Leeds, mostly backend\nBased in Leeds, United Kingdom\nIndustry: Software\nEmployees: 85' }),
    ]);
    // The header is row 1; Northwind's description spans two lines but is one row.
    expect(result.sources).toEqual([[2], [3]]);
    expect(result.skipped).toEqual([{ row: 4, reason: 'no-domain' }]);
    expect(skippedLines(result.skipped)).toEqual(['1 row skipped (row 4): no website, domain or work email to tell which company it is.']);
  });

  it('Salesforce contacts: people join their company by email domain; a free-mail address is never a company', async () => {
    const result = await accountsOf(fixture('salesforce-contacts.csv'));
    expect(result.accounts.map((a) => [a.key, a.name, a.people])).toEqual([
      ['northwind.com', 'Northwind Traders', [{ name: 'Dana Reyes', role: 'CFO' }, { name: 'Lee Park', role: 'Head of Ops' }]],
      ['kestrel.co.uk', 'Kestrel Labs', [{ name: 'Priya Shah', role: 'CTO' }]],
    ]);
    expect(result.sources).toEqual([[2, 3], [4]]);
    expect(result.skipped).toEqual([{ row: 5, reason: 'free-mail', detail: 'gmail.com' }]);
    expect(result.accounts.flatMap((a) => [a.key, ...a.people.map((p) => p.name)])).not.toContain('gmail.com');
  });

  it('HubSpot companies: the domain first, the website when there is none', async () => {
    const result = await accountsOf(fixture('hubspot-companies.csv'));
    expect(result.accounts.map((a) => a.key)).toEqual(['verdantfoods.com', 'initech.com']);
    expect(result.accounts[0]).toMatchObject({
      name: 'Verdant Foods',
      strategy: 'Organic snacks; "farm to shelf" sourcing\nBased in Portland, United States\nIndustry: Food & Beverage\nEmployees: 300\nAnnual revenue: 12000000',
      lastInteraction: 'Last activity in the CRM: 2026-10-02\nOwner in the CRM: Ana Diaz',
    });
    expect(result.skipped).toEqual([{ row: 4, reason: 'no-domain' }]);
  });

  it('HubSpot contacts: rows of one company become one account with its people', async () => {
    const result = await accountsOf(fixture('hubspot-contacts.csv'));
    expect(result.accounts).toHaveLength(1);
    expect(result.accounts[0]).toMatchObject({
      key: 'verdantfoods.com',
      name: 'Verdant Foods',
      people: [{ name: 'Ana Lima', role: 'VP Procurement' }, { name: 'Tom Nguyen', role: 'Buyer' }],
      lastInteraction: 'Last activity in the CRM: 2026-10-30\nOwner in the CRM: Ana Diaz',
    });
    expect(result.skipped).toEqual([
      { row: 4, reason: 'free-mail', detail: 'yahoo.com' },
      { row: 5, reason: 'no-domain' },
    ]);
    expect(skippedLines(result.skipped)).toEqual([
      '1 row skipped (row 4): only a free-mail address (like gmail.com), which says nothing about the company.',
      '1 row skipped (row 5): no website, domain or work email to tell which company it is.',
    ]);
  });

  it('a mapping the user changes changes the result', async () => {
    const text = fixture('salesforce-accounts.csv');
    const noWebsite = await accountsOf(text, (m) => (m.website = null));
    expect(noWebsite.accounts).toEqual([]);
    expect(noWebsite.skipped.map((s) => s.row)).toEqual([2, 3, 4]);
    expect(cannotImport(noWebsite, { ...recognizeColumns([]) })).toMatch(/^Choose the column with the company’s domain or website/);

    const ownerAsName = await accountsOf(text, (m, t) => {
      m.company = t.headers.indexOf('Account Owner');
      m.owner = null;
      m.description = null;
    });
    expect(ownerAsName.accounts.map((a) => [a.name, a.strategy.split('\n')[0], a.lastInteraction])).toEqual([
      ['Jo Bloggs', 'Based in São Paulo, Brazil', ''],
      ['Jo Bloggs', 'Based in Leeds, United Kingdom', ''],
    ]);
  });

  it('a row with more fields than the header is reported, not read shifted; a short row is fine', async () => {
    const result = await accountsOf('Account Name,Website\nAcme,acme.com,oops\nInitech\nGlobex,globex.com\n');
    expect(result.accounts.map((a) => a.key)).toEqual(['globex.com']);
    expect(result.skipped).toEqual([
      { row: 2, reason: 'extra-fields' },
      { row: 3, reason: 'no-domain' },
    ]);
  });

  it('an account holds at most 100 people: the contacts past it are reported', async () => {
    const rows = Array.from({ length: 102 }, (_, i) => `Person,${i},p${i}@acme.com`).join('\n');
    const result = await accountsOf(`First Name,Last Name,Email\n${rows}\n`);
    expect(result.accounts[0]!.people).toHaveLength(100);
    expect(result.skipped).toEqual([
      { row: 102, reason: 'people-limit' },
      { row: 103, reason: 'people-limit' },
    ]);
    expect(result.sources[0]).toHaveLength(100);
  });

  it('says why there is nothing to import', async () => {
    expect(cannotImport(await accountsOf('Account Name,Website\n'), recognizeColumns(['Account Name', 'Website']))).toBe('The file has a header but no rows.');
    expect(cannotImport(await accountsOf('Account Name,Website\nAcme,\n'), recognizeColumns(['Account Name', 'Website']))).toBe('No row gives a company domain, so there is nothing to import.');
  });
});

describe('CSV: reading the file', () => {
  it('quoted fields keep their commas, quotes and line breaks; rows count as a spreadsheet counts them', async () => {
    const t = await table('Account Name,Website,Description\r\n"Globex, Inc.",globex.com,"Line one, with a comma\r\nLine ""two"""\r\nAcme,acme.com,\r\n');
    expect(t.rows).toEqual([
      ['Globex, Inc.', 'globex.com', 'Line one, with a comma\r\nLine "two"'],
      ['Acme', 'acme.com', ''],
    ]);
    const result = csvAccounts(t, recognizeColumns(t.headers), NOW);
    expect(result.accounts[0]).toMatchObject({ name: 'Globex, Inc.', strategy: 'Line one, with a comma\nLine "two"' });
    expect(result.sources).toEqual([[2], [3]]);
  });

  it('a byte-order mark and semicolons (a spreadsheet in a comma-decimal locale)', async () => {
    const t = await table('\uFEFFAccount Name;Website;Annual Revenue\nAcme; Ltd;acme.com;1,5\n"Kestrel; Labs";kestrel.co.uk;"2,0"\n');
    expect(t.headers).toEqual(['Account Name', 'Website', 'Annual Revenue']);
    const result = csvAccounts(t, recognizeColumns(t.headers), NOW);
    // "Acme; Ltd" unquoted is two fields: the row is reported rather than read shifted.
    expect(result.skipped).toEqual([{ row: 2, reason: 'extra-fields' }]);
    expect(result.accounts).toEqual([expect.objectContaining({ key: 'kestrel.co.uk', name: 'Kestrel; Labs', strategy: 'Annual revenue: 2,0' })]);
  });

  it('blank lines are not rows to report, but still count in row numbers', async () => {
    const result = await accountsOf('Account Name,Website\n\nAcme,acme.com\n,\nGlobex,\n\n');
    expect(result.rowCount).toBe(2);
    expect(result.sources).toEqual([[3]]);
    expect(result.skipped).toEqual([{ row: 5, reason: 'no-domain' }]);
  });

  it('refuses a broken file in plain words, with the row (the header is row 1)', async () => {
    expect(await readCsv('Account Name,Website\nAcme,acme.com\n"Globex,globex.com\nInitech,initech.com\n')).toEqual({
      ok: false,
      errors: ['Row 3: a quoted field starts here and is never closed (a " without its closing "), so the rest of the file can’t be read.'],
    });
    expect(await readCsv('')).toEqual({ ok: false, errors: ['This file is empty.'] });
    expect(await readCsv('\uFEFF \n')).toEqual({ ok: false, errors: ['This file is empty.'] });
    expect(await readCsv('PK\u0003\u0004\u0000\u0000')).toEqual({ ok: false, errors: ['This is not a CSV file (it holds binary data). Export your accounts or contacts from the CRM as CSV.'] });
    expect(await readCsv(',,\nAcme,acme.com,\n')).toEqual({ ok: false, errors: ['Row 1 should name the columns (like “Account Name,Website”), but it is empty.'] });
  });

  it('reads 10,000 rows in chunks, giving the page a turn between them and reporting progress', async () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `Person ${i},"Buyer, team ${i % 7}",Company ${i % 2500},p${i}@company${i % 2500}.com`);
    const text = `First Name,Job Title,Company Name,Email\n${lines.join('\n')}\n`;
    const progress: number[] = [];
    let turns = 0;
    const read = await readCsv(text, { onProgress: (f) => progress.push(f), yieldNow: async () => void turns++, chunkSize: 32 * 1024 });
    if (!read.ok) throw new Error(read.errors.join());
    expect(read.table.rows).toHaveLength(10_000);
    const chunks = Math.ceil(text.length / (32 * 1024));
    expect(turns).toBeGreaterThanOrEqual(chunks - 1);
    expect(progress.length).toBeGreaterThan(5);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
    expect(progress[0]).toBeLessThan(0.5);
    const result = csvAccounts(read.table, recognizeColumns(read.table.headers), NOW);
    expect(result.accounts).toHaveLength(2500);
    expect(result.accounts[0]!.people).toEqual([0, 2500, 5000, 7500].map((n) => ({ name: `Person ${n}`, role: `Buyer, team ${n % 7}` })));
  });
});

describe('CSV: joining the CRM’s data to the writer’s notes', () => {
  it('adds what is new and replaces nothing', () => {
    const mine = northwind();
    const crm = { ...northwind(), name: 'Northwind Traders Inc.', strategy: 'Expanding into Brazil in Q2\nIndustry: Wholesale', news: '', people: [{ name: 'dana reyes', role: 'Finance' }, { name: 'Ann Lee', role: 'CEO' }], lastInteraction: 'Owner in the CRM: Jo Bloggs', checklist: { site: false, news: false, profiles: false, posts: false } };
    expect(addCrmAccount(mine, crm)).toEqual({
      ...mine,
      strategy: `${mine.strategy}\nIndustry: Wholesale`,
      people: [...mine.people, { name: 'Ann Lee', role: 'CEO' }],
      lastInteraction: `${mine.lastInteraction}\nOwner in the CRM: Jo Bloggs`,
    });
    expect(addCrmAccount({ ...mine, name: undefined }, crm).name).toBe('Northwind Traders Inc.');
  });

  it('lists rows the way people read them', () => {
    expect(rowList([4])).toBe('row 4');
    expect(rowList([4, 9, 12])).toBe('rows 4, 9 and 12');
    expect(rowList(Array.from({ length: 13 }, (_, i) => i + 2), 3)).toBe('rows 2, 3, 4 and 10 more');
  });
});
