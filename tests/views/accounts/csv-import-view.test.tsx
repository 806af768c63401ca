// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AccountsSection } from '../../../src/views/accounts/AccountsSection';
import { AccountsTransfer } from '../../../src/views/accounts/AccountsTransfer';
import { getAccount, listAccounts, saveAccount } from '../../../src/accounts/store';
import { axeViolations } from '../../panel/axe';
import { kestrel, northwind } from '../../accounts/fixtures';
import { freshPageEachTest } from '../fresh-page';

const NOW = new Date('2026-11-23T09:00:00.000Z');
const fixture = (name: string) => readFileSync(`tests/accounts/csv-fixtures/${name}`, 'utf8');

async function renderSection(props: Parameters<typeof AccountsSection>[0] = {}) {
  const view = render(
    <section aria-labelledby="t">
      <h2 id="t">Accounts</h2>
      <AccountsSection download={vi.fn()} now={() => NOW} {...props} />
    </section>,
  );
  await screen.findByRole('heading', { level: 3, name: 'Your accounts' });
  return view;
}

async function stored() {
  return (await fakeBrowser.storage.local.get('accounts')).accounts;
}

const fileInput = () => screen.getByLabelText<HTMLInputElement>('CRM export (.csv)');

/** Chooses the file and waits for its preview. */
async function chooseCsv(text: string, name = 'crm.csv') {
  await act(async () => fireEvent.change(fileInput(), { target: { files: [new File([text], name, { type: 'text/csv' })] } }));
  return screen.findByRole('group', { name: `Check ${name} before importing` });
}

const previewRows = (preview: HTMLElement) =>
  within(within(preview).getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((tr) => [...tr.querySelectorAll('th,td')].map((c) => c.textContent));

const previewStatus = (preview: HTMLElement) => within(preview).getByRole('status').textContent;
const names = () => within(screen.getByRole('list', { name: 'Your accounts' })).getAllByRole('button', { expanded: false }).map((b) => b.textContent);

freshPageEachTest();

describe('Import from your CRM (CSV)', () => {
  it('shows the mapping, the first rows and the counts before anything is saved; Import merges and says what changed', async () => {
    await saveAccount(northwind(), NOW);
    const { container } = await renderSection();
    const before = await stored();
    const preview = await chooseCsv(fixture('salesforce-contacts.csv'), 'contacts.csv');
    expect(document.activeElement).toBe(within(preview).getByRole('heading', { name: 'Check contacts.csv before importing' }));
    expect(previewStatus(preview)).toBe(
      'This looks like a Salesforce contacts export. 2 accounts from 4 rows.1 row skipped (row 5): only a free-mail address (like gmail.com), which says nothing about the company.',
    );
    expect(within(preview).getByRole<HTMLSelectElement>('combobox', { name: 'Email' }).selectedOptions[0]!.textContent).toBe('Email');
    expect(within(preview).getByRole<HTMLSelectElement>('combobox', { name: 'Company name' }).selectedOptions[0]!.textContent).toBe('Account Name');
    expect(within(preview).getByRole<HTMLSelectElement>('combobox', { name: 'Website' }).selectedOptions[0]!.textContent).toBe('Not imported');
    expect(previewRows(preview)).toEqual([
      ['2', 'northwind.com', 'Northwind Traders', 'Dana Reyes, CFO', 'Owner in the CRM: Jo Bloggs'],
      ['3', 'northwind.com', 'Northwind Traders', 'Lee Park, Head of Ops', 'Owner in the CRM: Jo Bloggs'],
      ['4', 'kestrel.co.uk', 'Kestrel Labs', 'Priya Shah, CTO', 'Owner in the CRM: Sam Lee'],
      ['5', 'Skipped: only a free-mail address (like gmail.com), which says nothing about the company (gmail.com)'],
    ]);
    // Nothing is stored until Import.
    expect(await stored()).toEqual(before);
    expect(await axeViolations(container)).toEqual([]);

    await act(async () => fireEvent.click(within(preview).getByRole('button', { name: 'Import 2 accounts' })));
    expect(await screen.findByText('Imported contacts.csv: 1 added, 1 updated. 1 row skipped (no company domain, or past a limit).')).toBeTruthy();
    expect(screen.queryByRole('group', { name: /^Check/ })).toBeNull();
    expect(document.activeElement).toBe(fileInput());
    await waitFor(() => expect(names()).toEqual(['Kestrel Labs', 'Northwind Traders']));
    // Northwind keeps the writer's notes; Lee Park was there, so only the CRM's owner line is new.
    expect(await getAccount('northwind.com')).toEqual({ ...northwind(), lastInteraction: `${northwind().lastInteraction}\nOwner in the CRM: Jo Bloggs`, updatedAt: NOW.toISOString() });
    expect(await getAccount('kestrel.co.uk')).toMatchObject({ name: 'Kestrel Labs', people: [{ name: 'Priya Shah', role: 'CTO' }], updatedAt: NOW.toISOString() });
  });

  it('a column the user changes changes the preview, the counts and what is imported', async () => {
    await renderSection();
    const preview = await chooseCsv(fixture('hubspot-companies.csv'), 'companies.csv');
    expect(previewStatus(preview)).toMatch(/^This looks like a HubSpot companies export\. 2 accounts from 3 rows\.1 row skipped \(row 4\)/);

    // Not importing the website: Initech (no domain, only a website) goes.
    fireEvent.change(within(preview).getByRole('combobox', { name: 'Website' }), { target: { value: '' } });
    expect(previewStatus(preview)).toMatch(/^This looks like a HubSpot companies export\. 1 account from 3 rows\.2 rows skipped \(rows 3 and 4\)/);
    // The name from the owner column instead.
    const company = within(preview).getByRole('combobox', { name: 'Company name' });
    fireEvent.change(company, { target: { value: String(within(company).getAllByRole('option').findIndex((o) => o.textContent === 'Company owner') - 1) } });
    expect(previewRows(preview)[0]!.slice(0, 3)).toEqual(['2', 'verdantfoods.com', 'Ana Diaz']);

    await act(async () => fireEvent.click(within(preview).getByRole('button', { name: 'Import 1 account' })));
    expect(await screen.findByText('Imported companies.csv: 1 added, 0 updated. 2 rows skipped (no company domain, or past a limit).')).toBeTruthy();
    expect((await listAccounts()).map((a) => [a.key, a.name])).toEqual([['verdantfoods.com', 'Ana Diaz']]);
  });

  it('no usable column: Import is off and says why; Cancel leaves everything as it was', async () => {
    await saveAccount(kestrel(), NOW);
    await renderSection();
    const before = await stored();
    const preview = await chooseCsv('Account Name,Phone\nAcme,555 0100\n', 'phones.csv');
    const button = within(preview).getByRole('button', { name: 'Import 0 accounts' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(within(preview).getByText(/^Choose the column with the company’s domain or website/)).toBeTruthy();
    await act(async () => fireEvent.click(button));
    expect(await stored()).toEqual(before);

    fireEvent.click(within(preview).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group', { name: /^Check/ })).toBeNull();
    expect(document.activeElement).toBe(fileInput());
    expect(await stored()).toEqual(before);
  });

  it('a malformed file changes nothing and says why, with the row as people count them', async () => {
    await saveAccount(northwind(), NOW);
    const { container } = await renderSection();
    const before = await stored();
    await act(async () => fireEvent.change(fileInput(), { target: { files: [new File(['Account Name,Website\nAcme,acme.com\n"Globex,globex.com\n'], 'broken.csv')] } }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Couldn’t import broken.csv. Nothing was changed.')).toBeTruthy();
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Row 3: a quoted field starts here and is never closed (a " without its closing "), so the rest of the file can’t be read.',
    ]);
    expect(screen.queryByRole('group', { name: /^Check/ })).toBeNull();
    expect(await stored()).toEqual(before);
    expect(await axeViolations(container)).toEqual([]);

    // Too big: refused before it is read.
    const huge = new File(['Website\nacme.com\n'], 'huge.csv');
    Object.defineProperty(huge, 'size', { value: 5_000_001 });
    const text = vi.spyOn(huge, 'text');
    await act(async () => fireEvent.change(fileInput(), { target: { files: [huge] } }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Couldn’t import huge.csv: the file is too big (5.1 MB). A CSV file is at most 5 MB: export fewer rows, or split it. Nothing was changed.',
    );
    expect(text).not.toHaveBeenCalled();
    expect(await stored()).toEqual(before);
  });

  it('a record that fails the checks refuses the import, keeps the preview and names the rows', async () => {
    await renderSection();
    const preview = await chooseCsv(`Account Name,Website\nAcme,acme.com\n${'G'.repeat(201)},globex.com\n`, 'long.csv');
    await act(async () => fireEvent.click(within(preview).getByRole('button', { name: 'Import 2 accounts' })));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual([`Row 3 (“${'G'.repeat(201)}”): the name is too long (at most 200 characters)`]);
    expect(screen.getByRole('group', { name: 'Check long.csv before importing' })).toBeTruthy();
    expect(document.activeElement).toBe(within(preview).getByRole('button', { name: 'Import 2 accounts' }));
    expect(await stored()).toBeUndefined();
  });

  it('a 10,000-row export: progress shows while it is read and imported, and the page gets its turns', async () => {
    // Each turn the import gives the page is held until the test lets it go, so the progress can be read at each step.
    const waiting: (() => void)[] = [];
    const yieldNow = () => new Promise<void>((resolve) => waiting.push(resolve));
    const release = async () => {
      await waitFor(() => expect(waiting.length).toBeGreaterThan(0));
      await act(async () => waiting.shift()!());
    };
    // The transfer part alone: a list of 2,500 accounts would only slow jsdom down.
    render(<AccountsTransfer count={0} now={() => NOW} yieldNow={yieldNow} />);
    const rows = Array.from({ length: 10_000 }, (_, i) => `Person ${i},Buyer,Company ${i % 2500},p${i}@company${i % 2500}.com`);
    fireEvent.change(fileInput(), { target: { files: [new File([`First Name,Title,Company Name,Email\n${rows.join('\n')}\n`], 'big.csv')] } });

    const seen: number[] = [];
    while (!screen.queryByRole('group', { name: 'Check big.csv before importing' })) {
      const bar = screen.queryByRole('progressbar', { name: 'Reading big.csv…' });
      if (bar) seen.push(Number(bar.getAttribute('value')));
      if (waiting.length) await act(async () => waiting.shift()!());
      else await act(() => new Promise((r) => setTimeout(r, 0)));
    }
    expect(new Set(seen.filter((v) => v > 0 && v < 100)).size).toBeGreaterThan(3);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));

    const preview = screen.getByRole('group', { name: 'Check big.csv before importing' });
    expect(previewStatus(preview)).toBe('2,500 accounts from 10,000 rows.');
    fireEvent.click(within(preview).getByRole('button', { name: 'Import 2,500 accounts' }));
    await waitFor(() => expect(waiting.length).toBe(1));
    const importing: number[] = [];
    for (let i = 0; i < 9; i++) {
      importing.push(Number(screen.getByRole('progressbar', { name: 'Importing big.csv…' }).getAttribute('value')));
      await release();
    }
    expect(importing).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90]);
    expect(await screen.findByText('Imported big.csv: 2500 added, 0 updated.')).toBeTruthy();
    expect(await listAccounts()).toHaveLength(2500);
  });
});
