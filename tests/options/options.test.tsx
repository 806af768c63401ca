// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
// wxt/testing/fake-browser, not wxt/testing: that one also loads WXT's Vitest plugin, whose esbuild
// refuses to start under jsdom ("TextEncoder ... instanceof Uint8Array"). WXT's mock of wxt/browser
// imports wxt/testing too, so it is replaced by the same fake here.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RULES } from '../../src/model/rules';
import { plainWhy } from '../../src/panel/format';
import { Options } from '../../src/options/Options';
import { loadSettings, setRole, setRoleFor, setRuleEnabled } from '../../src/settings/settings';

vi.mock('wxt/browser', async () => {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  return { browser: fakeBrowser, default: fakeBrowser };
});

const title = (id: string) => RULES.find((r) => r.id === id)!.title;
const checkbox = (id: string) => screen.getByRole<HTMLInputElement>('checkbox', { name: title(id) });
const select = (site: 'Gmail' | 'Outlook') => screen.getByRole<HTMLSelectElement>('combobox', { name: site });
const turnedOff = () => screen.queryByRole('list', { name: /^Turned off/ });

/** Renders the page and waits for the stored settings to show. */
async function renderPage(props: Parameters<typeof Options>[0] = {}) {
  const view = render(<Options {...props} />);
  await screen.findByRole('heading', { level: 2, name: 'Rules' });
  return view;
}

async function axeViolations() {
  const { violations } = await axe.run(document, { rules: { 'color-contrast': { enabled: false } } });
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('options page', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // What entrypoints/options/index.html provides.
    document.documentElement.lang = 'en';
    document.title = 'Trust Coach settings';
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('starts with every rule on and the role guessed on both sites', async () => {
    await renderPage();
    expect(screen.getByRole('heading', { level: 1, name: 'Trust Coach settings' })).toBeTruthy();
    expect(screen.getByText('Everything stays on this device: no account, no server, no network requests.')).toBeTruthy();

    const boxes = within(screen.getByRole('region', { name: 'Rules' })).getAllByRole<HTMLInputElement>('checkbox');
    expect(boxes).toHaveLength(RULES.length);
    expect(boxes.every((b) => b.checked)).toBe(true);
    for (const rule of RULES) expect(checkbox(rule.id).checked).toBe(true);

    for (const site of ['Gmail', 'Outlook'] as const) {
      const s = select(site);
      expect(s.selectedOptions[0]!.textContent).toBe('Guess from each draft');
      expect([...s.options].map((o) => o.textContent)).toEqual(['Guess from each draft', 'Prospecting', 'Support', 'Account management']);
    }
    expect(turnedOff()).toBeNull();
    expect(screen.getByText(/^All rules are on\./)).toBeTruthy();
  });

  it('groups the rules by dimension in order, with each rule’s reason and roles', async () => {
    await renderPage();
    const rules = screen.getByRole('region', { name: 'Rules' });
    const h3s = within(rules).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(h3s.map((t) => t!.replace(/\s*\d+ rules?.*$/, ''))).toEqual(['Personalization', 'Follow-up commitments', 'Account research & listening', 'Ownership', 'Humility', 'Clarity']);

    const ownership = within(rules).getByRole('list', { name: /^Ownership/ });
    expect(within(ownership).getAllByRole('checkbox').map((b) => b.getAttribute('id'))).toEqual(
      ['fake-empathy', 'non-apology', 'policy-speak', 'buck-passing', 'blame-shifting', 'hedging', 'no-prevention'].map((id) => `rule-${id}`),
    );

    const pitch = RULES.find((r) => r.id === 'pitch-before-question')!;
    const box = checkbox(pitch.id);
    const described = box.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)!.textContent);
    expect(described).toEqual([`Applies to: ${pitch.roles.length === 3 ? 'All roles' : 'Prospecting'}`, plainWhy(pitch.why)]);
    expect(document.getElementById('rule-hedging-roles')!.textContent).toBe('Applies to: All roles');
    // The reasons read as plain words: no "seed 003" / "rubric" citations meant for maintainers.
    expect(rules.textContent).not.toMatch(/\bseeds? \d{3}|\brubric\b/i);
  });

  it('lists the roles picked for recipients in the side panel, and forgets one', async () => {
    await setRoleFor('gmail', 'northwind.com', 'account');
    await setRoleFor('outlook', 'dana@gmail.com', 'support');
    await renderPage();
    expect(await screen.findByText('northwind.com: Account management')).toBeTruthy();
    expect(screen.getByText('dana@gmail.com: Support')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Forget the role picked for northwind.com' }));
    await waitFor(async () => expect((await loadSettings()).roleByRecipient).toEqual({ 'dana@gmail.com': 'support' }));
    await screen.findByText('Forgot the role picked for northwind.com.');
    expect(screen.queryByText('northwind.com: Account management')).toBeNull();
  });

  it('stores the role picked for a site at once, says so, and can go back to guessing', async () => {
    await renderPage();
    fireEvent.change(select('Gmail'), { target: { value: 'support' } });
    expect(select('Gmail').value).toBe('support');
    await waitFor(async () => expect((await loadSettings()).roleBySite).toEqual({ gmail: 'support' }));
    const status = await screen.findByText('Saved. Gmail: Support.');
    expect(status.getAttribute('role')).toBe('status');
    expect(screen.getByText('Every Gmail email is coached as a reply to a customer’s problem.')).toBeTruthy();
    expect(select('Outlook').value).toBe('guess');

    fireEvent.change(select('Gmail'), { target: { value: 'guess' } });
    await waitFor(async () => expect((await loadSettings()).roleBySite).toEqual({}));
    await screen.findByText('Saved. Gmail: guess from each draft.');
  });

  it('turns a rule off, lists it under "Turned off", and turns it back on', async () => {
    await renderPage();
    fireEvent.click(checkbox('jargon'));
    expect(checkbox('jargon').checked).toBe(false);
    await waitFor(async () => expect((await loadSettings()).disabledRules).toEqual(['jargon']));
    await screen.findByText('Saved. “Jargon and buzzwords” is off.');

    expect(screen.getByRole('heading', { level: 3, name: 'Turned off (1)' })).toBeTruthy();
    const list = turnedOff()!;
    expect(within(list).getByText('Jargon and buzzwords')).toBeTruthy();

    fireEvent.click(within(list).getByRole('button', { name: 'Turn back on Jargon and buzzwords' }));
    await waitFor(async () => expect((await loadSettings()).disabledRules).toEqual([]));
    expect(checkbox('jargon').checked).toBe(true);
    expect(turnedOff()).toBeNull();
    // The button is gone, so focus lands on the note that replaced the list, not on <body>.
    expect(document.activeElement!.textContent).toMatch(/^All rules are on\./);
  });

  it('turns every rule back on at once, latest turned off listed first', async () => {
    await setRuleEnabled('hedging', false);
    await setRuleEnabled('too-long', false);
    await setRuleEnabled('boasting', false);
    await renderPage();
    const list = turnedOff()!;
    expect(within(list).getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual(
      ['boasting', 'too-long', 'hedging'].map((id) => `Turn back on ${title(id)}`),
    );
    // Turning the middle one on moves focus to the one that took its place.
    fireEvent.click(within(list).getByRole('button', { name: `Turn back on ${title('too-long')}` }));
    expect(document.activeElement!.getAttribute('aria-label')).toBe(`Turn back on ${title('hedging')}`);
    await waitFor(async () => expect((await loadSettings()).disabledRules).toEqual(['hedging', 'boasting']));

    fireEvent.click(screen.getByRole('button', { name: 'Turn all back on' }));
    await waitFor(async () => expect((await loadSettings()).disabledRules).toEqual([]));
    await waitFor(() => expect(within(screen.getByRole('region', { name: 'Rules' })).getAllByRole<HTMLInputElement>('checkbox').every((b) => b.checked)).toBe(true));
    expect(turnedOff()).toBeNull();
    await screen.findByText('Saved. 2 rules are back on.');
  });

  it('keeps every change when several are made quickly', async () => {
    await renderPage();
    fireEvent.click(checkbox('jargon'));
    fireEvent.click(checkbox('pressure'));
    fireEvent.change(select('Outlook'), { target: { value: 'account' } });
    fireEvent.click(checkbox('too-long'));
    await waitFor(async () => expect(await loadSettings()).toEqual({ roleBySite: { outlook: 'account' }, disabledRules: ['jargon', 'pressure', 'too-long'] }));
    expect(screen.getByRole('heading', { level: 3, name: 'Turned off (3)' })).toBeTruthy();
    expect(checkbox('pressure').checked).toBe(false);
    expect(select('Outlook').value).toBe('account');
  });

  it('shows settings changed elsewhere (the side panel) without a reload', async () => {
    await renderPage();
    await act(async () => {
      await setRuleEnabled('non-apology', false);
    });
    await waitFor(() => expect(checkbox('non-apology').checked).toBe(false));
    expect(within(turnedOff()!).getByText(title('non-apology'))).toBeTruthy();

    await act(async () => {
      await setRole('outlook', 'prospecting');
    });
    await waitFor(() => expect(select('Outlook').value).toBe('prospecting'));
    expect(screen.getByText('Every Outlook email is coached as a first email to a prospect.')).toBeTruthy();

    await act(async () => {
      await setRuleEnabled('non-apology', true);
    });
    await waitFor(() => expect(turnedOff()).toBeNull());
    expect(checkbox('non-apology').checked).toBe(true);
  });

  it('says so and shows the stored state again when a change cannot be saved', async () => {
    await renderPage();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('quota'));
    fireEvent.click(checkbox('boasting'));
    expect(checkbox('boasting').checked).toBe(false);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Couldn’t save that change. Please try again.');
    await waitFor(() => expect(checkbox('boasting').checked).toBe(true));
    expect(turnedOff()).toBeNull();
    expect((await loadSettings()).disabledRules).toEqual([]);
  });

  it('says so when the settings cannot be read', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('broken'));
    render(<Options />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Couldn’t read your settings/);
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
  });

  it('shows what was stored before the page opened', async () => {
    await setRole('gmail', 'account');
    await setRuleEnabled('hedging', false);
    await renderPage();
    expect(select('Gmail').value).toBe('account');
    expect(checkbox('hedging').checked).toBe(false);
    expect(screen.getByRole('heading', { level: 3, name: 'Turned off (1)' })).toBeTruthy();
  });

  it('filters the rules by title', async () => {
    await renderPage();
    const filter = screen.getByRole('searchbox', { name: 'Filter rules' });
    fireEvent.change(filter, { target: { value: 'NAME' } });
    const rules = within(screen.getByRole('region', { name: 'Rules' }));
    const names = rules.getAllByRole('checkbox').map((b) => (b as HTMLInputElement).labels![0]!.textContent);
    expect(names).toEqual(['No name in the greeting', 'Wrong or misspelled name']);
    expect(screen.getByText(`2 of ${RULES.length} rules match.`).getAttribute('role')).toBe('status');
    // Dimensions with no match are left out.
    expect(rules.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Personalization 2 of 7 rules']);

    fireEvent.change(filter, { target: { value: 'thank you for' } });
    expect(rules.getAllByRole('checkbox').map((b) => b.id)).toEqual(['rule-thanks-for-business']);

    fireEvent.change(filter, { target: { value: 'zzz' } });
    expect(rules.queryAllByRole('checkbox')).toHaveLength(0);
    expect(screen.getByText('No rules match “zzz”.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filter' }));
    expect(rules.getAllByRole('checkbox')).toHaveLength(RULES.length);
  });

  it('renders what the user types as text, never as markup', async () => {
    await renderPage();
    const evil = '<img src=x onerror="alert(1)">';
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter rules' }), { target: { value: evil } });
    expect(screen.getByText(`No rules match “${evil}”.`)).toBeTruthy();
    expect(document.querySelectorAll('main img')).toHaveLength(0);
  });

  it('opens the practice email in a new tab', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await renderPage();
    fireEvent.click(screen.getByRole('button', { name: /^Try the practice email/ }));
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/welcome.html#practice' as never) });
    expect(create.mock.calls[0]![0].url).toMatch(/\/welcome\.html#practice$/);
  });

  it('has a nav with a link to each section', async () => {
    await renderPage();
    const nav = screen.getByRole('navigation', { name: 'Settings sections' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((a) => a.textContent).slice(0, 2)).toEqual(['Role per site', 'Rules']);
    expect(links.map((a) => a.textContent)).toContain('Accounts');
    for (const a of links) {
      const section = document.querySelector(a.getAttribute('href')!)!;
      expect(section.tagName).toBe('SECTION');
      expect(within(section as HTMLElement).getByRole('heading', { level: 2 }).textContent).toBe(a.textContent);
    }
  });

  describe('opened at a section (options.html#accounts, from the side panel)', () => {
    let scrolled: Element[];
    beforeEach(() => {
      scrolled = [];
      // jsdom does not scroll; record what the page asks to scroll to.
      Element.prototype.scrollIntoView = function (this: Element) {
        scrolled.push(this);
      };
    });
    afterEach(() => {
      delete (Element.prototype as { scrollIntoView?: unknown }).scrollIntoView;
      window.history.replaceState(null, '', window.location.pathname);
    });

    it('scrolls to the section and moves focus to its heading once the page has loaded', async () => {
      window.history.replaceState(null, '', '#accounts');
      await renderPage();
      const heading = screen.getByRole('heading', { level: 2, name: 'Accounts' });
      await waitFor(() => expect(document.activeElement).toBe(heading));
      expect(scrolled).toEqual([document.getElementById('accounts')]);
    });

    it('follows the address when an open settings tab is sent to another section', async () => {
      window.history.replaceState(null, '', '#rules');
      await renderPage();
      await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Rules' })));
      window.history.replaceState(null, '', '#coaching');
      act(() => void window.dispatchEvent(new HashChangeEvent('hashchange')));
      expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Coaching' }));
      expect(scrolled.at(-1)).toBe(document.getElementById('coaching'));
    });

    it('stays at the top for an address with no section, or one it does not know', async () => {
      window.history.replaceState(null, '', '#nowhere');
      await renderPage();
      expect(scrolled).toEqual([]);
      expect(document.activeElement).toBe(document.body);
    });
  });

  it('has no accessibility violations (axe), with and without rules turned off', async () => {
    await renderPage();
    expect(await axeViolations()).toEqual([]);

    await act(async () => {
      await setRuleEnabled('jargon', false);
      await setRuleEnabled('pressure', false);
    });
    await screen.findByRole('heading', { level: 3, name: 'Turned off (2)' });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter rules' }), { target: { value: 'jargon' } });
    fireEvent.change(select('Gmail'), { target: { value: 'prospecting' } });
    await screen.findByText('Saved. Gmail: Prospecting.');
    expect(await axeViolations()).toEqual([]);
  });
});

describe('options page: rules the team locks', () => {
  beforeEach(() => fakeBrowser.reset());
  it('shows a rule the active playbook locks as on and not switchable', async () => {
    const { importPlaybook, setActive } = await import('../../src/playbook/store');
    const imported = await importPlaybook(JSON.stringify({ format: 'trust-coach-playbook', schemaVersion: 1, name: 'Desk', version: '1', rules: { 'policy-speak': { locked: true } } }));
    if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
    await setActive(imported.id);
    await setRuleEnabled('policy-speak', false);
    render(<Options />);
    const box = (await screen.findByRole('checkbox', { name: 'Hiding behind policy' })) as HTMLInputElement;
    await waitFor(() => expect(box.disabled).toBe(true));
    expect(box.checked).toBe(true);
    expect(screen.getByText('Set by your team')).toBeTruthy();
  });
});
