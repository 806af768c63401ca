// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
// wxt/testing/fake-browser, not wxt/testing (see tests/options/options.test.tsx).
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ACCOUNTS_PAGE, AccountsSection } from '../../../src/views/accounts/AccountsSection';
import { getAccount, listAccounts, saveAccount } from '../../../src/accounts/store';
import { axeViolations } from '../../panel/axe';
import { fileText, kestrel, northwind } from '../../accounts/fixtures';
import { freshPageEachTest } from '../fresh-page';

const NOW = new Date('2026-11-23T09:00:00.000Z');

async function renderSection(props: Parameters<typeof AccountsSection>[0] = {}) {
  const download = vi.fn<(fileName: string, text: string) => void>();
  const view = render(
    <section aria-labelledby="t">
      <h2 id="t">Accounts</h2>
      <AccountsSection download={download} now={() => NOW} {...props} />
    </section>,
  );
  await screen.findByRole('heading', { level: 3, name: 'Your accounts' });
  return { ...view, download };
}

const list = () => screen.getByRole('list', { name: 'Your accounts' });
const names = () => within(list()).getAllByRole('button', { expanded: false }).concat(within(list()).queryAllByRole('button', { expanded: true })).map((b) => b.textContent);
const item = (label: string) => screen.getByRole('button', { name: label, expanded: false }).closest('li')!;

async function stored() {
  return (await fakeBrowser.storage.local.get('accounts')).accounts;
}

function chooseFile(text: string, name = 'accounts.json') {
  const input = screen.getByLabelText<HTMLInputElement>('Trust Coach accounts file (.json)');
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/json' })] } });
}

freshPageEachTest();

describe('AccountsSection', () => {
  it('starts empty, with a way to add an account', async () => {
    const { container } = await renderSection();
    expect(screen.getByText(/^No accounts yet\./)).toBeTruthy();
    expect(screen.queryByRole('searchbox')).toBeNull();
    expect(screen.getByRole('button', { name: 'Export all accounts' }).getAttribute('aria-disabled')).toBe('true');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('adds an account by domain and saves its first notes', async () => {
    await renderSection();
    const input = screen.getByRole('textbox', { name: 'Add an account' });
    fireEvent.change(input, { target: { value: 'not a domain' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByRole('alert').textContent).toBe('Enter an email domain like northwind.com, or a free-mail address like dana@gmail.com.');
    expect(input.getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(input, { target: { value: 'https://www.Kestrel.co.uk/' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'kestrel.co.uk', expanded: true })).toBeTruthy();
    expect(screen.getByText(/Prospects trust emails that show you know their business/)).toBeTruthy();
    expect(await stored()).toBeUndefined();

    fireEvent.click(screen.getByRole('button', { name: 'Add your notes' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Company name' }), { target: { value: 'Kestrel Labs' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'What they’re doing' }), { target: { value: 'Hiring 40 engineers in Leeds' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save' })));
    await waitFor(async () => expect((await getAccount('kestrel.co.uk'))?.strategy).toBe('Hiring 40 engineers in Leeds'));
    await screen.findByRole('button', { name: 'Kestrel Labs', expanded: true });
    expect(screen.getByText('Hiring 40 engineers in Leeds')).toBeTruthy();
  });

  it('lists the accounts, searches them, and opens one to edit', async () => {
    await saveAccount(northwind(), NOW);
    await saveAccount(kestrel(), NOW);
    const { container } = await renderSection();
    expect(names()).toEqual(['Kestrel Labs', 'Northwind Traders']);

    const search = screen.getByRole('searchbox', { name: 'Search accounts' });
    fireEvent.change(search, { target: { value: 'sao paulo' } });
    expect(names()).toEqual(['Northwind Traders']);
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('1 of 2 accounts match.');
    fireEvent.change(search, { target: { value: 'nothing like it' } });
    expect(screen.getByText('No account matches “nothing like it”.')).toBeTruthy();
    fireEvent.change(search, { target: { value: '' } });

    fireEvent.click(screen.getByRole('button', { name: 'Northwind Traders', expanded: false }));
    const open = screen.getByRole('button', { name: 'Northwind Traders', expanded: true });
    const card = document.getElementById(open.getAttribute('aria-controls')!)!;
    expect(within(card).getByText('Expanding into Brazil in Q2')).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);

    fireEvent.click(within(card).getByRole('button', { name: 'Edit notes' }));
    fireEvent.change(within(card).getByRole('textbox', { name: 'Recent news' }), { target: { value: 'Raised a Series C' } });
    await act(async () => fireEvent.click(within(card).getByRole('button', { name: 'Save' })));
    await waitFor(async () => expect((await getAccount('northwind.com'))?.news).toBe('Raised a Series C'));
    expect(await within(card).findByText('Raised a Series C')).toBeTruthy();
  });

  it('deletes only after a second click', async () => {
    await saveAccount(northwind(), NOW);
    await saveAccount(kestrel(), NOW);
    const confirmSpy = vi.spyOn(window, 'confirm');
    await renderSection();
    fireEvent.click(within(item('Northwind Traders')).getByRole('button', { name: 'Delete Northwind Traders' }));
    expect(item('Northwind Traders').textContent).toContain('Delete?');
    const no = screen.getByRole('button', { name: 'No, keep Northwind Traders' });
    expect(document.activeElement).toBe(no);
    fireEvent.click(no);
    expect(names()).toEqual(['Kestrel Labs', 'Northwind Traders']);
    expect((await listAccounts()).length).toBe(2);

    fireEvent.click(screen.getByRole('button', { name: 'Delete Northwind Traders' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Yes, delete Northwind Traders' })));
    await waitFor(() => expect(names()).toEqual(['Kestrel Labs']));
    expect((await listAccounts()).map((r) => r.key)).toEqual(['kestrel.co.uk']);
    expect(screen.getAllByRole('status').some((s) => s.textContent === 'Deleted Northwind Traders.')).toBe(true);
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search accounts' }));
    expect(confirmSpy).not.toHaveBeenCalled();
  });

  it('exports every account as the JSON file', async () => {
    await saveAccount(northwind(), NOW);
    await saveAccount(kestrel(), NOW);
    const { download } = await renderSection();
    // The button stays disabled until the accounts have loaded: under load, a click before that exports nothing.
    const button = screen.getByRole('button', { name: 'Export all accounts' });
    await waitFor(() => expect(button.getAttribute('aria-disabled')).toBeNull());
    await act(async () => fireEvent.click(button));
    // The export reads storage first: under load its promise can settle after act() returns.
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    const [fileName, text] = download.mock.calls[0]!;
    expect(fileName).toBe('trust-coach-accounts-2026-11-23.json');
    expect(JSON.parse(text)).toMatchObject({ format: 'trust-coach-accounts', version: 1, exportedAt: NOW.toISOString(), accounts: [{ key: 'kestrel.co.uk' }, { key: 'northwind.com' }] });
    expect(await screen.findByText('Exported 2 accounts to trust-coach-accounts-2026-11-23.json.')).toBeTruthy();
  });

  it('downloads through a Blob and an object URL by default', async () => {
    await saveAccount(kestrel(), NOW);
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((b: Blob) => (blobs.push(b), 'blob:trust-coach/1'));
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    let clicked: HTMLAnchorElement | undefined;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked = this;
    });
    render(<AccountsSection now={() => NOW} />);
    const button = await screen.findByRole('button', { name: 'Export all accounts' });
    await waitFor(() => expect(button.getAttribute('aria-disabled')).toBeNull());
    await act(async () => fireEvent.click(button));
    await waitFor(() => expect(clicked).toBeDefined());
    expect(clicked?.download).toBe('trust-coach-accounts-2026-11-23.json');
    expect(clicked?.href).toBe('blob:trust-coach/1');
    expect(JSON.parse(await blobs[0]!.text())).toMatchObject({ accounts: [{ key: 'kestrel.co.uk' }] });
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('imports a good file, merging or replacing, and says what changed', async () => {
    await saveAccount(northwind(), NOW);
    await renderSection();
    chooseFile(fileText([kestrel(), northwind({ news: 'Raised a Series C' })]));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Import' })));
    expect(await screen.findByText('Imported accounts.json: 1 added, 1 updated.')).toBeTruthy();
    await waitFor(() => expect(names()).toEqual(['Kestrel Labs', 'Northwind Traders']));
    expect((await getAccount('northwind.com'))?.news).toBe('Raised a Series C');

    chooseFile(fileText([kestrel({ name: 'Kestrel' })]), 'kestrel.json');
    fireEvent.click(screen.getByRole('radio', { name: /^Replace all my accounts\./ }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Import' })));
    await act(async () => fireEvent.click(await screen.findByRole('button', { name: 'Yes, replace' })));
    expect(await screen.findByText('Imported kestrel.json: 0 added, 1 updated, 1 removed.')).toBeTruthy();
    await waitFor(() => expect(names()).toEqual(['Kestrel']));
  });

  it('asks before a replace removes accounts, naming them, and goes back to merge after', async () => {
    await saveAccount(northwind(), NOW);
    await saveAccount(kestrel(), NOW);
    const { container } = await renderSection();
    const before = await stored();
    chooseFile(fileText([{ key: 'acme.com', name: 'Acme Logistics' }]), 'one.json');
    fireEvent.click(screen.getByRole('radio', { name: /^Replace all my accounts\./ }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Import' })));
    const question = await screen.findByRole('group', { name: 'This removes 2 accounts not in the file: Kestrel Labs, Northwind Traders. Export yours first?' });
    const no = within(question).getByRole('button', { name: 'No' });
    expect(document.activeElement).toBe(no);
    expect(await stored()).toEqual(before);
    expect(await axeViolations(container)).toEqual([]);

    fireEvent.click(no);
    expect(screen.queryByRole('group', { name: /^This removes/ })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Import' }));
    expect(await stored()).toEqual(before);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: /^Replace all my accounts\./ }).checked).toBe(true);

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Import' })));
    await act(async () => fireEvent.click(await screen.findByRole('button', { name: 'Yes, replace' })));
    expect(await screen.findByText('Imported one.json: 1 added, 0 updated, 2 removed.')).toBeTruthy();
    await waitFor(() => expect(names()).toEqual(['Acme Logistics']));
    expect(screen.getByRole<HTMLInputElement>('radio', { name: /^Add to my accounts\./ }).checked).toBe(true);

    // A replace that removes nothing has nothing to ask.
    chooseFile(fileText([{ key: 'acme.com', name: 'Acme' }]), 'same.json');
    fireEvent.click(screen.getByRole('radio', { name: /^Replace all my accounts\./ }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Import' })));
    expect(await screen.findByText('Imported same.json: 0 added, 1 updated.')).toBeTruthy();
  });

  it('refuses a bad file, lists every problem, and changes nothing', async () => {
    await saveAccount(northwind(), NOW);
    const { container } = await renderSection();
    const before = await stored();
    chooseFile(fileText([kestrel(), { key: 'acme.com', people: [{ name: 7 }], stratgy: 'x' }]), 'bad.json');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Import' })));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Couldn’t import bad.json. Nothing was changed.')).toBeTruthy();
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Account 2 (“acme.com”): person 1’s name should be text, not a number',
      'Account 2 (“acme.com”): the field “stratgy” is not a field Trust Coach knows (check the spelling)',
    ]);
    expect(await stored()).toEqual(before);
    expect(names()).toEqual(['Northwind Traders']);
    expect(await axeViolations(container)).toEqual([]);

    chooseFile(fileText([kestrel()], (f) => (f.version = 2)), 'new.json');
    fireEvent.click(screen.getByRole('radio', { name: /^Replace all my accounts\./ }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Import' })));
    expect((await screen.findByRole('alert')).textContent).toContain('This file is version 2; this version of Trust Coach reads version 1.');
    expect(await stored()).toEqual(before);
  });

  it('refuses a broken file, a nameless key or a playbook in plain words, and changes nothing', async () => {
    await saveAccount(northwind(), NOW);
    await renderSection();
    const before = await stored();
    const refusal = async (text: string, name: string) => {
      chooseFile(text, name);
      await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Import' })));
      const alert = await screen.findByRole('alert');
      return [within(alert).getByText(/^Couldn’t import/).textContent, ...within(alert).getAllByRole('listitem').map((li) => li.textContent)];
    };
    expect(await refusal('{"format": "trust-coach-accounts", version: 1}', 'broken.json')).toEqual(['Couldn’t import broken.json. Nothing was changed.', 'The file isn’t valid JSON (line 1, column 36).']);
    expect(await refusal(fileText([northwind(), { key: ' ', name: 'Globex' }]), 'globex.json')).toEqual([
      'Couldn’t import globex.json. Nothing was changed.',
      'Account 2 (“Globex”): the key must not be empty — use the email domain (like northwind.com) or a free-mail address (like dana@gmail.com)',
    ]);
    fireEvent.click(screen.getByRole('radio', { name: /^Replace all my accounts\./ }));
    expect(await refusal(JSON.stringify({ format: 'trust-coach-playbook', schemaVersion: 1, name: 'Support desk' }), 'playbook.json')).toEqual([
      'Couldn’t import playbook.json. Nothing was changed.',
      'This is a team playbook, not an accounts file: import it under Settings → Playbooks.',
    ]);
    expect(screen.queryByRole('button', { name: 'Yes, replace' })).toBeNull();
    expect(await stored()).toEqual(before);
  });

  it('a deleted account stays gone, after a delete or a replace, and only the latest message shows', async () => {
    await renderSection();
    const add = (value: string) => {
      fireEvent.change(screen.getByRole('textbox', { name: 'Add an account' }), { target: { value } });
      fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    };
    const saveName = async (name: string) => {
      fireEvent.click(screen.getByRole('button', { name: 'Add your notes' }));
      fireEvent.change(screen.getByRole('textbox', { name: 'Company name' }), { target: { value: name } });
      await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save' })));
      await screen.findByRole('button', { name, expanded: true });
    };
    const statuses = () => screen.getAllByRole('status').map((s) => s.textContent);

    add('sales@globex.com');
    await saveName('Globex');
    expect(screen.queryByText('New: not saved yet')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Delete Globex' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Yes, delete Globex' })));
    await waitFor(() => expect(statuses()).toContain('Deleted Globex.'));
    expect(screen.queryByText('New: not saved yet')).toBeNull();
    expect(screen.queryByRole('list', { name: 'Your accounts' })).toBeNull();
    expect(screen.getByText(/^No accounts yet\./)).toBeTruthy();

    await saveAccount(northwind(), NOW);
    add('verdantfoods.com');
    expect(statuses()).toContain('Added verdantfoods.com. Write your notes below, then Save.');
    await saveName('Verdant Foods');
    chooseFile(fileText([northwind()]), 'northwind.json');
    fireEvent.click(screen.getByRole('radio', { name: /^Replace all my accounts\./ }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Import' })));
    await act(async () => fireEvent.click(await screen.findByRole('button', { name: 'Yes, replace' })));
    await waitFor(() => expect(names()).toEqual(['Northwind Traders']));
    expect(screen.queryByText('New: not saved yet')).toBeNull();
    expect(statuses().filter(Boolean)).toEqual(['Imported northwind.json: 0 added, 0 updated, 1 already up to date, 1 removed.']);

    // And the other way round: adding an account replaces the import's message.
    add('initech.com');
    expect(statuses().filter(Boolean)).toEqual(['Added initech.com. Write your notes below, then Save.']);
  });

  it('keeps focus on the new account’s card: on "Edit notes" after its first save', async () => {
    await saveAccount(northwind(), NOW);
    await renderSection();
    fireEvent.change(screen.getByRole('textbox', { name: 'Add an account' }), { target: { value: 'zenith.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add your notes' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'What they’re doing' }), { target: { value: 'Opening a plant in Ohio' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save' })));
    const card = await waitFor(() => document.getElementById(screen.getByRole('button', { name: 'zenith.com', expanded: true }).getAttribute('aria-controls')!)!);
    await waitFor(() => expect(document.activeElement).toBe(within(card).getByRole('button', { name: 'Edit notes' })));
    expect(names()).toEqual(['Northwind Traders', 'zenith.com']);
  });

  describe('a long list', () => {
    /** 120 accounts, "Account 001" to "Account 120", stored as the side panel would have. */
    const many = () => Array.from({ length: 120 }, (_, i) => northwind({ key: `acct-${i + 1}.example`, name: `Account ${String(i + 1).padStart(3, '0')}` }));

    it('lists the first accounts, and the rest a page at a time with "Show more", focus on the first one added', async () => {
      expect(ACCOUNTS_PAGE).toBe(50);
      await fakeBrowser.storage.local.set({ accounts: many() });
      const { container } = await renderSection();
      await screen.findByRole('button', { name: 'Account 001' });
      expect(within(list()).getAllByRole('listitem')).toHaveLength(50);
      expect(names().at(-1)).toBe('Account 050');
      expect(screen.getByText('Showing 50 of 120 accounts.')).toBeTruthy();
      expect(await axeViolations(container)).toEqual([]);

      fireEvent.click(screen.getByRole('button', { name: 'Show 50 more' }));
      expect(within(list()).getAllByRole('listitem')).toHaveLength(100);
      await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Account 051' })));
      expect(screen.getByText('Showing 100 of 120 accounts.')).toBeTruthy();

      fireEvent.click(screen.getByRole('button', { name: 'Show 20 more' }));
      expect(within(list()).getAllByRole('listitem')).toHaveLength(120);
      expect(names().at(-1)).toBe('Account 120');
      expect(screen.queryByRole('button', { name: /^Show \d+ more$/ })).toBeNull();
      expect(screen.queryByText(/^Showing /)).toBeNull();
    });

    it('searches every account, not just those listed, and opens one further down from the add box', async () => {
      await fakeBrowser.storage.local.set({ accounts: many() });
      await renderSection();
      await screen.findByRole('button', { name: 'Account 001' });
      expect(screen.queryByRole('button', { name: 'Account 117' })).toBeNull();

      fireEvent.change(screen.getByRole('searchbox', { name: 'Search accounts' }), { target: { value: 'account 117' } });
      expect(names()).toEqual(['Account 117']);
      fireEvent.change(screen.getByRole('searchbox', { name: 'Search accounts' }), { target: { value: '' } });

      // Adding an account already in the list opens its notes, wherever it is.
      fireEvent.change(screen.getByRole('textbox', { name: 'Add an account' }), { target: { value: 'acct-117.example' } });
      fireEvent.click(screen.getByRole('button', { name: 'Add' }));
      const open = screen.getByRole('button', { name: 'Account 117', expanded: true });
      expect(document.getElementById(open.getAttribute('aria-controls')!)).toBeTruthy();
      expect(names().at(-1)).toBe('Account 117');
      expect(screen.getByText('Showing 117 of 120 accounts.')).toBeTruthy();
    });
  });

  it('lays each account out the same way, Delete always at the right, whatever the name’s length', () => {
    // jsdom has no layout: this checks the rule (the look at 400 px was checked in Chromium, light and dark).
    const css = readFileSync('src/views/accounts/accounts.css', 'utf8').split('\n');
    const rule = (selector: string) => css.find((line) => line.startsWith(`${selector} {`)) ?? '';
    expect(rule('.acct-item-head')).toMatch(/display: grid; grid-template-columns: minmax\(0, 1fr\) auto;/);
    expect(rule('.acct-item-head')).not.toMatch(/flex-wrap/);
    expect(rule('.acct-item-meta')).toMatch(/overflow-wrap: anywhere/);
  });

  it('asks for a file before importing', async () => {
    await renderSection();
    // Under load the accounts' first read can land just after the click and clear the message (only the latest
    // message shows): the click is tried until its message stands, as a user would click again.
    await waitFor(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Import' }));
      expect(screen.getByRole('alert').textContent).toBe('Choose a file to import first.');
    });
  });
});
