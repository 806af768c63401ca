// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
// wxt/testing/fake-browser, not wxt/testing (which crashes under jsdom); wxt/browser is replaced by the same fake.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportPlaybook } from '../../../src/playbook/export';
import { PlaybooksSection } from '../../../src/views/playbook/PlaybooksSection';
import { SALES_PLAYBOOK, SUPPORT_PLAYBOOK } from '../../../src/playbook/samples';
import { loadLibrary, savePlaybook, setActive } from '../../../src/playbook/store';
import { axeViolations } from '../../panel/axe';

vi.mock('wxt/browser', async () => {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  return { browser: fakeBrowser, default: fakeBrowser };
});

const download = vi.fn<(fileName: string, text: string) => void>();

/** The section as the options page shows it: inside a labelled region under an h2. */
async function renderSection() {
  const view = render(
    <main>
      <section aria-labelledby="pb-title">
        <h2 id="pb-title">Playbooks</h2>
        <PlaybooksSection download={download} />
      </section>
    </main>,
  );
  await screen.findByRole('group', { name: 'Playbook in use' });
  return view;
}

async function storedId(name: string): Promise<string> {
  const entry = (await loadLibrary()).playbooks.find((p) => p.playbook.name === name);
  if (!entry) throw new Error(`${name} not stored`);
  return entry.id;
}

async function importFile(name: string, text: string) {
  const input = screen.getByLabelText<HTMLInputElement>('Import a playbook file');
  await act(async () => {
    fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/json' })] } });
  });
}

const status = () => document.querySelector('.pb-status')!.textContent;

/**
 * The editor is a big form and role queries are slow on it in jsdom, so its
 * controls are found by label; the fieldset whose legend matches, likewise.
 */
function legendGroup(name: string | RegExp): HTMLElement {
  return screen.getByText(name, { selector: 'legend' }).closest('fieldset')!;
}

/** One part of the editor's form (About this playbook, Rules, Phrases, Coach notes, Weights), found by its heading. */
const part = (heading: string) => within(screen.getByText(heading, { selector: 'h4' }).parentElement!);
/** The editor's Form and JSON tabs. */
const tab = (name: 'Form' | 'JSON') => within(screen.getByText('Form', { selector: '[role="tab"]' }).parentElement!).getByRole('tab', { name });
/** The rules table of one dimension, found by its caption. */
const rulesOf = (caption: string) => within(screen.getByText(caption, { selector: 'caption' }).closest('table')!);

describe('Playbooks section', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    download.mockReset();
    document.documentElement.lang = 'en';
    document.title = 'Trust Coach settings';
  });
  afterEach(() => cleanup());

  it('imports a good file, lists it, and picks it as the playbook in use', async () => {
    const { container } = await renderSection();
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'No playbook' }).checked).toBe(true);

    // With no playbook in use, the first one coaches at once.
    await importFile('sales.json', exportPlaybook(SALES_PLAYBOOK));
    const sales = await screen.findByRole<HTMLInputElement>('radio', { name: 'Northwind sales playbook' });
    await waitFor(() => expect(sales.checked).toBe(true));
    expect(status()).toBe('Imported “Northwind sales playbook”. It is now the playbook in use: every email is coached with it.');
    expect(document.getElementById(sales.getAttribute('aria-describedby')!)!.textContent).toBe('Version 2026.11 · 3 phrases · 2 coach notes');

    // A second one waits to be picked.
    await importFile('support.json', exportPlaybook(SUPPORT_PLAYBOOK));
    const radio = await screen.findByRole<HTMLInputElement>('radio', { name: SUPPORT_PLAYBOOK.name });
    expect(radio.checked).toBe(false);
    expect(status()).toBe(`Imported “${SUPPORT_PLAYBOOK.name}”. To coach with it, choose it under Playbook in use.`);
    await act(async () => {
      fireEvent.click(radio);
    });
    await waitFor(() => expect(radio.checked).toBe(true));
    expect((await loadLibrary()).activeId).toBe(await storedId(SUPPORT_PLAYBOOK.name));
    expect(status()).toBe(`Now coaching with “${SUPPORT_PLAYBOOK.name}”.`);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('refuses a bad file with each error’s path and reason, and keeps the playbook in use', async () => {
    const id = (await savePlaybook(SUPPORT_PLAYBOOK)) as { id: string };
    await setActive(id.id);
    const before = await fakeBrowser.storage.local.get(null);
    const { container } = await renderSection();

    const bad = { ...SALES_PLAYBOOK, schemaVersion: 2, rules: { jargon: { severity: 'loud' } }, phrases: [{ type: 'avoid', message: 'x', dimension: 'clarity' }] };
    // As a team writes it: one field a line. Errors name the place as people count it, with its line.
    await importFile('team.json', JSON.stringify(bad, null, 2));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^Couldn’t import “team\.json”, so your playbooks haven’t changed\. 3 problems:/);
    const items = within(alert)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'schemaVersion (line 3): is 2, but this version of Trust Coach reads schema version 1. Update Trust Coach, or ask for a version 1 file',
      'rules › jargon › severity (line 16): must be one of info, warn, risk (found the text "loud")',
      'phrase 1 › pattern (line 20): is missing',
    ]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Support desk playbook' }).checked).toBe(true);
    expect(await axeViolations(container)).toEqual([]);

    await importFile('notes.txt', 'Remember to smile');
    const again = await screen.findByRole('alert');
    expect(within(again).getByRole('listitem').textContent).toMatch(/^The whole file isn’t valid JSON: .+ at line 1, column 1$/);
  });

  it('tries a phrase on a sentence before saving: what it flags, or whether a required phrase is there', async () => {
    await savePlaybook(SALES_PLAYBOOK);
    await renderSection();
    fireEvent.click(screen.getByLabelText('Edit Northwind sales playbook'));
    await screen.findByRole('heading', { level: 3, name: 'Edit “Northwind sales playbook”' });
    fireEvent.click(screen.getByText('Add a phrase to avoid', { selector: 'button' }));
    const avoid = legendGroup(/^Phrase 4/);
    fireEvent.change(within(avoid).getByLabelText('Words to avoid'), { target: { value: 'touch base' } });
    const tryIt = within(avoid).getByLabelText('Try it on a sentence');
    fireEvent.change(tryIt, { target: { value: 'Can we touch base on Friday?' } });
    expect(within(avoid).getByRole('status').textContent).toBe('Flags: “touch base”');
    fireEvent.change(tryIt, { target: { value: 'Can we talk on Friday at 10?' } });
    expect(within(avoid).getByRole('status').textContent).toMatch(/^Not flagged/);

    fireEvent.click(screen.getByText('Add a required phrase', { selector: 'button' }));
    const required = legendGroup(/^Phrase 5/);
    fireEvent.change(within(required).getByLabelText('Words to look for'), { target: { value: 'case HD-' } });
    const tryRequired = within(required).getByLabelText('Try it on a sentence');
    // The manager's own slip from the trial: "case HD-" is not in "case number is HD-2291".
    fireEvent.change(tryRequired, { target: { value: 'Your case number is HD-2291.' } });
    expect(within(required).getByRole('status').textContent).toBe('Missing: the writer would be reminded.');
    fireEvent.change(within(required).getByLabelText('Words to look for'), { target: { value: 'case HD-\nHD-*' } });
    expect(within(required).getByRole('status').textContent).toBe('Has it: “HD-2291”. No reminder.');
  });

  it('edits a playbook in the form and saves it', async () => {
    await savePlaybook(SALES_PLAYBOOK);
    const { container } = await renderSection();
    fireEvent.click(screen.getByLabelText('Edit Northwind sales playbook'));
    const heading = await screen.findByRole('heading', { level: 3, name: 'Edit “Northwind sales playbook”' });
    expect(document.activeElement).toBe(heading);
    expect(tab('Form').getAttribute('aria-selected')).toBe('true');

    fireEvent.change(part('About this playbook').getByLabelText('Version'), { target: { value: '2026.12' } });
    fireEvent.click(rulesOf('Humility').getByLabelText('Jargon and buzzwords: on'));
    fireEvent.click(rulesOf('Ownership').getByLabelText('Hiding behind policy: locked'));
    fireEvent.change(rulesOf('Follow-up commitments').getByLabelText('Vague timing: severity'), { target: { value: 'risk' } });

    fireEvent.click(screen.getByText('Add a phrase to avoid', { selector: 'button' }));
    const phrase = legendGroup(/^Phrase 4/);
    const words = within(phrase).getByLabelText('Words to avoid');
    await waitFor(() => expect(document.activeElement).toBe(words));
    fireEvent.change(words, { target: { value: 'synergy' } });
    fireEvent.change(within(phrase).getByLabelText('What the coach says'), { target: { value: '“Synergy” is a buzzword.' } });
    fireEvent.change(within(phrase).getByLabelText('One-click replacement (optional)'), { target: { value: 'teamwork' } });
    fireEvent.click(within(phrase).getByLabelText('Support'));

    fireEvent.click(screen.getByText('Add a coach note', { selector: 'button' }));
    const note = legendGroup('Coach note 3');
    fireEvent.change(within(note).getByLabelText('Show with hints about'), { target: { value: 'jargon' } });
    fireEvent.change(within(note).getByLabelText('Note'), { target: { value: 'Say it the way the customer would.' } });
    fireEvent.change(within(note).getByLabelText('Signed (optional)'), { target: { value: 'Priya' } });
    expect(await axeViolations(container)).toEqual([]);

    await act(async () => {
      fireEvent.click(screen.getByText('Save playbook', { selector: 'button' }));
    });
    await screen.findByRole('group', { name: 'Playbook in use' });
    expect(status()).toBe('Saved “Northwind sales playbook”.');
    const [stored] = (await loadLibrary()).playbooks;
    expect(stored!.playbook.version).toBe('2026.12');
    expect(stored!.playbook.rules).toEqual({ 'no-next-step': { severity: 'risk' }, jargon: { severity: 'risk', enabled: false }, 'policy-speak': { locked: true }, 'vague-timing': { severity: 'risk' } });
    expect(stored!.playbook.phrases![3]).toEqual({ type: 'avoid', pattern: 'synergy', message: '“Synergy” is a buzzword.', replacement: 'teamwork', dimension: 'humility', roles: ['prospecting', 'account'] });
    expect(stored!.playbook.coachNotes![2]).toEqual({ kind: 'jargon', note: 'Say it the way the customer would.', author: 'Priya' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Edit Northwind sales playbook')));
  });

  it('won’t save an invalid form: lists the errors, leads to each field, stores nothing', async () => {
    await savePlaybook(SALES_PLAYBOOK);
    const before = await fakeBrowser.storage.local.get(null);
    await renderSection();
    fireEvent.click(screen.getByLabelText('Edit Northwind sales playbook'));
    await screen.findByRole('heading', { level: 3 });

    fireEvent.change(part('About this playbook').getByLabelText('Name'), { target: { value: '' } });
    fireEvent.click(screen.getByText('Add a required phrase', { selector: 'button' }));
    fireEvent.change(part('Weights').getByLabelText('Weights for'), { target: { value: 'support' } });
    fireEvent.change(part('Weights').getByLabelText('Support, Account research & listening: playbook weight'), { target: { value: '3' } });
    fireEvent.change(part('Weights').getByLabelText('Weights for'), { target: { value: 'prospecting' } });

    await act(async () => {
      fireEvent.click(screen.getByText('Save playbook', { selector: 'button' }));
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^Not saved yet: fix these 4 problems first\./);
    const paths = within(alert)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(paths).toEqual(['name', 'weights › support › research', 'phrase 4 › pattern', 'phrase 4 › message']);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    // The whole editor is checked in the test above; here, the error list (axe is slow on the full form).
    expect(await axeViolations(alert)).toEqual([]);

    // Each field says what is wrong with it, and stops once it is fixed; the summary stays as it was.
    const name = part('About this playbook').getByLabelText<HTMLInputElement>('Name');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(name.getAttribute('aria-describedby')!.split(' ')[0]!)!.textContent).toBe('must not be empty');
    fireEvent.change(name, { target: { value: 'Northwind sales' } });
    expect(name.getAttribute('aria-invalid')).toBeNull();
    expect(within(alert).getAllByRole('button')).toHaveLength(4);
    fireEvent.change(name, { target: { value: '' } });

    fireEvent.click(within(alert).getByRole('button', { name: 'name' }));
    await waitFor(() => expect(document.activeElement).toBe(part('About this playbook').getByLabelText('Name')));
    // A weight on another role's page: the editor switches to that role first.
    fireEvent.click(within(alert).getByRole('button', { name: 'weights › support › research' }));
    await waitFor(() => expect(document.activeElement?.id).toBe('pbf-weights-support-research'));
    expect(part('Weights').getByLabelText<HTMLSelectElement>('Weights for').value).toBe('support');
    fireEvent.click(within(alert).getByRole('button', { name: 'phrase 4 › pattern' }));
    await waitFor(() => expect(document.activeElement).toBe(within(legendGroup(/^Phrase 4/)).getByRole('textbox', { name: 'Words to look for' })));

    // Cancel asks first, because there are changes; "Keep editing" goes back.
    fireEvent.click(screen.getByText('Cancel', { selector: 'button' }));
    const keep = screen.getByText('Keep editing', { selector: 'button' });
    await waitFor(() => expect(document.activeElement).toBe(keep));
    fireEvent.click(screen.getByText('Discard changes', { selector: 'button' }));
    await screen.findByRole('group', { name: 'Playbook in use' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('JSON view: refuses bad JSON with paths and keeps the form; applies good JSON to the form', async () => {
    const { container } = await renderSection();
    fireEvent.change(screen.getByLabelText('Start a new playbook from'), { target: { value: 'support' } });
    fireEvent.click(screen.getByText('New playbook', { selector: 'button' }));
    await screen.findByRole('heading', { level: 3, name: 'New playbook' });
    fireEvent.change(part('About this playbook').getByLabelText('Name'), { target: { value: 'EU support desk' } });

    fireEvent.click(tab('JSON'));
    const box = screen.getByLabelText<HTMLTextAreaElement>('Playbook JSON');
    const shown = JSON.parse(box.value) as Record<string, unknown>;
    expect(shown.name).toBe('EU support desk');
    expect(shown.$schema).toBe('playbook.schema.json');

    fireEvent.change(box, { target: { value: JSON.stringify({ ...shown, coachNotes: [{ kind: 'policy', note: 'x' }], weights: { support: { ownership: 7 } } }) } });
    fireEvent.click(screen.getByText('Apply JSON', { selector: 'button' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^This JSON can’t be used, so the form hasn’t changed\. Fix these 2 problems:/);
    expect(within(alert).getAllByRole('listitem').map((li) => li.querySelector('.pb-issue-path')!.textContent)).toEqual(['weights › support › ownership:', 'coach note 1 › kind:']);
    expect(await axeViolations(container)).toEqual([]);

    // The typed JSON stays for fixing, and the form still holds its own edits.
    expect(box.value).toContain('"kind":"policy"');

    // Text that isn't JSON: a sentence about the text (no file, no field path), and the caret goes to the place.
    const broken = '{\n  "format": "trust-coach-playbook",\n  "schemaVersion": 1,\n  "name" "EU support desk"\n}';
    fireEvent.change(box, { target: { value: broken } });
    fireEvent.click(screen.getByText('Apply JSON', { selector: 'button' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/Fix this:/));
    const syntax = within(screen.getByRole('alert')).getByRole('listitem');
    expect(syntax.textContent).toMatch(/^This text isn’t valid JSON: .+ at line 4, column 10$/);
    expect(syntax.querySelector('code')).toBeNull();
    expect(syntax.textContent).not.toMatch(/file/);
    expect(document.activeElement).toBe(box);
    expect(box.selectionStart).toBe(broken.indexOf('"EU support desk"'));
    expect(box.selectionEnd).toBe(broken.indexOf('"EU support desk"') + 1);

    fireEvent.click(tab('Form'));
    expect(part('About this playbook').getByLabelText<HTMLInputElement>('Name').value).toBe('EU support desk');

    fireEvent.click(tab('JSON'));
    fireEvent.change(box, { target: { value: JSON.stringify({ ...shown, name: 'EMEA support desk', defaultRole: 'account' }) } });
    fireEvent.click(screen.getByText('Apply JSON', { selector: 'button' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(screen.getByText('Applied. The form now shows these changes.')).toBeTruthy();
    fireEvent.click(tab('Form'));
    expect(part('About this playbook').getByLabelText<HTMLInputElement>('Name').value).toBe('EMEA support desk');
    expect(part('About this playbook').getByLabelText<HTMLSelectElement>('Default role').value).toBe('account');

    await act(async () => {
      fireEvent.click(screen.getByText('Save playbook', { selector: 'button' }));
    });
    await screen.findByRole('radio', { name: 'EMEA support desk' });
    const stored = (await loadLibrary()).playbooks[0]!.playbook;
    expect(stored).toMatchObject({ name: 'EMEA support desk', defaultRole: 'account', phrases: SUPPORT_PLAYBOOK.phrases });
  });

  it('moves between the tabs with the arrow keys', async () => {
    await renderSection();
    fireEvent.click(screen.getByRole('button', { name: 'New playbook' }));
    await screen.findByRole('heading', { level: 3 });
    const form = tab('Form');
    form.focus();
    fireEvent.keyDown(form, { key: 'ArrowRight' });
    const json = tab('JSON');
    expect(json.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(json);
    expect(screen.getByRole('tabpanel', { name: 'JSON' })).toBeTruthy();
    fireEvent.keyDown(json, { key: 'Home' });
    expect(form.getAttribute('aria-selected')).toBe('true');
  });

  it('shows how the weights in use follow the playbook’s', async () => {
    await renderSection();
    fireEvent.click(screen.getByRole('button', { name: 'New playbook' }));
    await screen.findByRole('heading', { level: 3 });
    const research = part('Weights').getByRole('spinbutton', { name: 'Prospecting, Account research & listening: playbook weight' });
    const inUse = () => (document.querySelector(`output[for="${research.id}"]`) as HTMLOutputElement).textContent;
    const total = () => document.querySelector('.pb-weights-total')!.textContent;
    expect(part('Weights').getByText(/^Weights are shares: they are scaled so a role’s weights add up to 100%\./)).toBeTruthy();
    expect(inUse()).toBe('25%');
    expect(total()).toBe('Total: 100%, so each weight counts as typed.');
    fireEvent.change(research, { target: { value: '0.75' } });
    // 0.75 of 1.5 in all.
    expect(inUse()).toBe('50%');
    expect(total()).toBe('Total: 150% → scaled to 100%, so each weight counts less than typed.');
    fireEvent.change(research, { target: { value: '' } });
    expect(inUse()).toBe('25%');
    expect(total()).toBe('Total: 100%, so each weight counts as typed.');
    // The trial's case: 0.4 for Ownership in support (built-in 0.30) makes 110% in all, so it counts as 36%, and the form says why.
    fireEvent.change(part('Weights').getByLabelText('Weights for'), { target: { value: 'support' } });
    const ownership = part('Weights').getByRole('spinbutton', { name: 'Support, Ownership: playbook weight' });
    fireEvent.change(ownership, { target: { value: '0.4' } });
    expect((document.querySelector(`output[for="${ownership.id}"]`) as HTMLOutputElement).textContent).toBe('36%');
    expect(total()).toBe('Total: 110% → scaled to 100%, so each weight counts less than typed.');
    expect(part('Weights').getByRole('columnheader', { name: 'Share in use' })).toBeTruthy();
  });

  it('exports a playbook as a file, and deletes one only after a confirm', async () => {
    await savePlaybook(SALES_PLAYBOOK);
    const { container } = await renderSection();
    fireEvent.click(screen.getByRole('button', { name: 'Export Northwind sales playbook' }));
    expect(download).toHaveBeenCalledWith('northwind-sales-playbook.json', exportPlaybook(SALES_PLAYBOOK));

    const del = screen.getByRole('button', { name: 'Delete Northwind sales playbook' });
    fireEvent.click(del);
    const confirm = screen.getByRole('group', { name: 'Delete “Northwind sales playbook” from this device?' });
    await waitFor(() => expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Keep it' })));
    expect(await axeViolations(container)).toEqual([]);
    fireEvent.click(within(confirm).getByRole('button', { name: 'Keep it' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete Northwind sales playbook' })));
    expect((await loadLibrary()).playbooks).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'Delete Northwind sales playbook' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    });
    await waitFor(() => expect(screen.queryByRole('radio', { name: 'Northwind sales playbook' })).toBeNull());
    expect((await loadLibrary()).playbooks).toEqual([]);
    expect(status()).toBe('Deleted “Northwind sales playbook”.');
  });

  it('shows the administrator’s playbook as set, in use, and not editable; its locks are listed', async () => {
    await savePlaybook(SALES_PLAYBOOK);
    await fakeBrowser.storage.managed.set({ playbook: JSON.stringify(SUPPORT_PLAYBOOK), lockedRules: ['jargon'] });
    const { container } = await renderSection();

    const managed = await screen.findByRole<HTMLInputElement>('radio', { name: 'Support desk playbook' });
    expect(managed.checked).toBe(true);
    expect(screen.getAllByText('Set by your administrator').length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: 'Edit Support desk playbook' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete Support desk playbook' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Export Support desk playbook' })).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Northwind sales playbook' }).disabled).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'No playbook' }).disabled).toBe(true);
    expect(screen.getByText(/These rules follow the playbook/).textContent).toBe(
      'Locked for your team: Hiding behind policy, No prevention, Jargon and buzzwords. These rules follow the playbook; you can’t turn them on or off yourself.',
    );
    expect(await axeViolations(container)).toEqual([]);

    // A new, broken policy: ignored, with the reason shown; the user's own choice applies again.
    await act(async () => {
      await fakeBrowser.storage.managed.set({ playbook: '{"format": "trust-coach-playbook"' });
    });
    await screen.findByText(/The playbook your administrator set can’t be used/);
    expect(screen.queryByRole('radio', { name: 'Support desk playbook' })).toBeNull();
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'No playbook' }).disabled).toBe(false);
    expect(screen.getByText(/^isn’t valid JSON/)).toBeTruthy();
    expect(screen.getByText(/^isn’t valid JSON/).closest('li')!.textContent).toMatch(/^The policy isn’t valid JSON: /);
  });

  it('puts what a manager came for first: about, phrases, coach notes, weights, then the rules, folded, with a count of changes', async () => {
    await savePlaybook(SALES_PLAYBOOK);
    await renderSection();
    fireEvent.click(screen.getByLabelText('Edit Northwind sales playbook'));
    await screen.findByRole('heading', { level: 3 });
    const form = document.getElementById('pb-panel-form')!;
    expect([...form.querySelectorAll('h4')].map((h) => h.textContent)).toEqual(['About this playbook', 'Phrases', 'Coach notes', 'Weights', 'Rules']);
    const details = part('Rules').getByText(/^All 32 rules:/, { selector: 'summary' }).closest('details')!;
    expect(details.open).toBe(false);
    // The sample changes two rules (no-next-step's severity, thanks-for-business off).
    expect(details.querySelector('summary')!.textContent).toBe('All 32 rules: 2 changed by this playbook');
    fireEvent.click(rulesOf('Ownership').getByLabelText('Hiding behind policy: locked'));
    expect(details.querySelector('summary')!.textContent).toBe('All 32 rules: 3 changed by this playbook');
  });

  it('rule tables: short severity options and the same columns in every table', async () => {
    await savePlaybook(SALES_PLAYBOOK);
    await renderSection();
    fireEvent.click(screen.getByLabelText('Edit Northwind sales playbook'));
    await screen.findByRole('heading', { level: 3 });
    const select = rulesOf('Follow-up commitments').getByLabelText<HTMLSelectElement>('No next step: severity');
    // Every option is at most "Worth fixing" long; which one is the built-in is said by its group.
    expect([...select.options].map((o) => [(o.parentElement as HTMLOptGroupElement).label, o.textContent])).toEqual([
      ['Built-in', 'Worth fixing'],
      ['Set for the team', 'Tip'],
      ['Set for the team', 'Worth fixing'],
      ['Set for the team', 'Trust risk'],
    ]);
    for (const o of document.querySelectorAll('.pb-rules option')) expect(o.textContent!.length).toBeLessThanOrEqual('Worth fixing'.length);
    // The sample sets no-next-step to "risk": a set severity is marked.
    expect(select.value).toBe('risk');
    expect(select.className).toBe('is-set');
    expect(rulesOf('Follow-up commitments').getByLabelText<HTMLSelectElement>('Vague timing: severity').className).toBe('');
    const tables = [...document.querySelectorAll('table.pb-rules')];
    expect(tables.length).toBe(6);
    for (const t of tables) expect([...t.querySelectorAll('col')].map((c) => c.className)).toEqual(['', 'pb-col-on', 'pb-col-severity', 'pb-col-locked']);
  });
});
