// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AccountCard, type AccountCardProps } from '../../../src/views/accounts/AccountCard';
import type { AccountRecord } from '../../../src/accounts/types';
import { axeViolations } from '../../panel/axe';
import { northwind } from '../../accounts/fixtures';

const RECIPIENTS = [{ name: 'Dana Reyes', email: 'dana@northwind.com' }, { name: 'Kim Lo', email: 'kim@other.example' }];

function setup(props: Partial<AccountCardProps> = {}) {
  const onSave = vi.fn<(r: AccountRecord) => void | Promise<unknown>>();
  const onOpenSearch = vi.fn<(url: string) => void>();
  const utils = render(<AccountCard accountKey="northwind.com" record={northwind()} recipients={RECIPIENTS} onSave={onSave} onOpenSearch={onOpenSearch} {...props} />);
  const card = screen.getByRole('region');
  return { ...utils, onSave, onOpenSearch, card };
}

const checklist = () => document.querySelector('details.acct-checklist') as HTMLDetailsElement;
const field = (name: string) => screen.getByRole<HTMLInputElement | HTMLTextAreaElement>('textbox', { name });

beforeEach(() => {
  document.documentElement.lang = 'en';
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('AccountCard in view mode', () => {
  it('shows the account and its research, field by field, with an Edit button', async () => {
    const { card } = setup();
    expect(screen.getByRole('heading', { level: 2, name: 'Northwind Traders' })).toBeTruthy();
    expect(card.textContent).toContain('northwind.com');
    const doing = screen.getByRole('heading', { name: 'What they’re doing' }).nextElementSibling!;
    expect(within(doing as HTMLElement).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Expanding into Brazil in Q2', 'Moving finance to one ERP']);
    expect(screen.getByRole('heading', { name: 'Recent news' })).toBeTruthy();
    const people = screen.getByRole('heading', { name: 'People' }).nextElementSibling as HTMLElement;
    expect(people.textContent).toContain('Dana Reyes, CFO');
    expect(people.querySelector('q')?.textContent).toBe('Cash visibility is my top priority this year');
    expect(screen.getByRole('heading', { name: 'Last interaction' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Edit notes' })).toBeTruthy();
    expect(screen.queryByRole('form')).toBeNull();
    expect(card.textContent).not.toContain('used in this email');
    expect(checklist().open).toBe(false);
    expect(await axeViolations(card)).toEqual([]);
  });

  it('marks the notes the email already uses', () => {
    const { card } = setup({ usedFacts: ['Expanding into Brazil in Q2', 'Cash visibility is my top priority this year'] });
    const used = [...card.querySelectorAll('.acct-note')].filter((li) => li.textContent?.includes('✓ used in this email'));
    expect(used.map((li) => li.textContent?.replace(' ✓ used in this email', ''))).toEqual(['Expanding into Brazil in Q2', 'Cash visibility is my top priority this year']);
    expect(screen.getByText('This email uses 2 of your 5 notes.')).toBeTruthy();
  });

  it('renders what the writer typed as text, never as markup', () => {
    setup({ record: northwind({ strategy: '<img src=x onerror="alert(1)">Brazil', people: [{ name: '<b>Dana</b>', said: '<script>x</script>' }] }) });
    expect(screen.getByText('<img src=x onerror="alert(1)">Brazil')).toBeTruthy();
    expect(screen.getByText('<b>Dana</b>', { selector: '.label' })).toBeTruthy();
    expect(document.querySelector('img, b, script')).toBeNull();
  });
});

describe('AccountCard editing', () => {
  it('edits the notes and saves them, people rows added and removed', async () => {
    const { onSave, card } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Edit notes' }));
    expect(document.activeElement).toBe(field('Company name'));
    expect(field('Company name').value).toBe('Northwind Traders');
    expect(field('What they’re doing').value).toBe(northwind().strategy);
    expect(await axeViolations(card)).toEqual([]);

    fireEvent.change(field('What they’re doing'), { target: { value: 'Expanding into Brazil in Q2\nNew ERP in 2027' } });
    fireEvent.change(field('Last interaction'), { target: { value: '' } });
    const lee = screen.getByRole('group', { name: 'Person 2' });
    fireEvent.click(within(lee).getByRole('button', { name: 'Remove Lee Park' }));
    expect(screen.queryByRole('group', { name: 'Person 2' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add a person' }));

    fireEvent.click(screen.getByRole('button', { name: 'Add a person' }));
    const added = screen.getByRole('group', { name: 'Person 2' });
    expect(document.activeElement).toBe(within(added).getByLabelText('Name'));
    fireEvent.change(within(added).getByLabelText('Name'), { target: { value: ' Sam Ortiz ' } });
    fireEvent.change(within(added).getByLabelText('Role'), { target: { value: 'CTO' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add a person' }));

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    const saved = onSave.mock.calls[0]![0];
    expect(saved).toMatchObject({
      key: 'northwind.com',
      name: 'Northwind Traders',
      strategy: 'Expanding into Brazil in Q2\nNew ERP in 2027',
      news: northwind().news,
      people: [{ name: 'Dana Reyes', role: 'CFO', said: 'Cash visibility is my top priority this year' }, { name: 'Sam Ortiz', role: 'CTO' }],
      lastInteraction: '',
      checklist: northwind().checklist,
    });
    expect(Number.isNaN(Date.parse(saved.updatedAt))).toBe(false);
    expect(screen.queryByRole('form')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit notes' }));
    expect(screen.getByRole('status').textContent).toBe('Saved your notes on Northwind Traders.');
  });

  it('asks for a name rather than dropping a person with words but no name', () => {
    const { onSave } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Edit notes' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add a person' }));
    const row = screen.getByRole('group', { name: 'Person 3' });
    fireEvent.change(within(row).getByLabelText('What they said, in their own words'), { target: { value: 'We need it by March' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('Person 3 needs a name, or remove that row.');
    const name = within(row).getByLabelText('Name');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(name);
  });

  it('keeps the form open and says so when saving fails', async () => {
    const { onSave } = setup();
    onSave.mockRejectedValueOnce(new Error('people[0].name: must not be empty'));
    fireEvent.click(screen.getByRole('button', { name: 'Edit notes' }));
    fireEvent.change(field('Recent news'), { target: { value: 'Raised a Series C' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save' })));
    expect(screen.getByRole('alert').textContent).toBe('Couldn’t save your notes. people[0].name: must not be empty Please try again.');
    expect(field('Recent news').value).toBe('Raised a Series C');

    onSave.mockResolvedValueOnce(undefined);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save' })));
    expect(screen.queryByRole('form')).toBeNull();
    expect(onSave).toHaveBeenCalledTimes(2);
  });

  it('starts afresh when the email moves to another account, never saving one account’s notes into another', () => {
    const onSave = vi.fn();
    const { rerender } = render(<AccountCard accountKey="northwind.com" record={northwind()} recipients={[]} onSave={onSave} />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit notes' }));
    fireEvent.change(field('Recent news'), { target: { value: 'Northwind news' } });
    rerender(<AccountCard accountKey="kestrel.co.uk" recipients={[]} onSave={onSave} />);
    expect(screen.queryByRole('form')).toBeNull();
    expect(screen.getByRole('heading', { name: 'kestrel.co.uk' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add your notes' }));
    expect(field('Recent news').value).toBe('');
    expect(field('Company name').value).toBe('');
  });

  it('Cancel leaves the notes as they were', () => {
    const { onSave } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Edit notes' }));
    fireEvent.change(field('Recent news'), { target: { value: 'Something else' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByText('Opened a São Paulo office in October')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit notes' }));
  });
});

describe('AccountCard focus and Escape', () => {
  it('Escape closes the form without saving, focus back on the button that opened it', () => {
    const { onSave } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Edit notes' }));
    fireEvent.change(field('Recent news'), { target: { value: 'Something else' } });
    fireEvent.keyDown(field('Recent news'), { key: 'Escape' });
    expect(screen.queryByRole('form')).toBeNull();
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByText('Opened a São Paulo office in October')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit notes' }));

    cleanup();
    setup({ record: undefined });
    fireEvent.click(screen.getByRole('button', { name: 'Add your notes' }));
    fireEvent.keyDown(field('Company name'), { key: 'Escape' });
    expect(screen.queryByRole('form')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add your notes' }));
  });

  it('after the first save of a new account, focus goes to "Edit notes" once the stored notes come back', async () => {
    let stored: AccountRecord | undefined;
    const onSave = vi.fn((r: AccountRecord) => {
      stored = r;
      return Promise.resolve();
    });
    const { rerender } = render(<AccountCard accountKey="globex.com" recipients={[]} onSave={onSave} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add your notes' }));
    fireEvent.change(field('Company name'), { target: { value: 'Globex' } });
    fireEvent.change(field('What they’re doing'), { target: { value: 'Moving to the cloud' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save' })));
    // The parent has not passed the stored record back yet: nothing to focus so far, and nothing taken.
    expect(screen.queryByRole('form')).toBeNull();
    rerender(<AccountCard accountKey="globex.com" record={stored} recipients={[]} onSave={onSave} />);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit notes' }));
  });
});

describe('AccountCard for a free-mail account', () => {
  it('offers only the person steps, searched under the person’s name', () => {
    setup({ accountKey: 'lee.park@gmail.com', record: undefined, recipients: [{ name: 'Lee Park', email: 'lee.park@gmail.com' }] });
    expect(screen.queryByRole('checkbox', { name: 'Company site and newsroom' })).toBeNull();
    expect(screen.queryByRole('checkbox', { name: 'Recent news' })).toBeNull();
    expect(screen.getAllByRole('checkbox').map((c) => c.getAttribute('id')?.replace(/^.*-step-/, ''))).toEqual(['profiles', 'posts']);
    expect(screen.getByRole('checkbox', { name: 'Their public profile' })).toBeTruthy();
    expect(checklist().querySelector('summary')?.textContent).toBe('Research checklist (0 of 2 done)');
    const links = screen.getAllByRole('link');
    expect(links.map((a) => a.textContent?.replace(/:.*$/, ''))).toEqual(['Lee Park', 'Lee Park']);
    expect(screen.queryByRole('link', { name: /company|newsroom|news about/i })).toBeNull();
  });
});

/** Notes that cover the company steps but not yet the people: a name with no role, no one's own words. */
const companyOnly = () => northwind({ people: [{ name: 'Dana Reyes' }] });

describe('AccountCard checklist', () => {
  it('counts what the notes cover as done, and says what does it', () => {
    // Nothing ticked, but the notes have what they're doing, news, everyone emailed with their role, and Dana's own words.
    setup({ record: northwind({ checklist: { site: false, news: false, profiles: false, posts: false } }) });
    expect(checklist().querySelector('summary')?.textContent).toBe('Research checklist (4 of 4 done)');
    const site = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Company site and newsroom' });
    expect(site.checked).toBe(true);
    // Done while the notes say it: not a box to untick.
    expect(site.disabled).toBe(true);
    const said = (name: string) => screen.getByRole('checkbox', { name }).getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)!.textContent);
    expect(said('Company site and newsroom')[0]).toBe('Done in your notes: 2 notes on what they’re doing.');
    expect(said('Recent news')[0]).toBe('Done in your notes: 1 news item.');
    expect(said('Each recipient’s public profile')[0]).toBe('Done in your notes: Dana Reyes (CFO) and Lee Park (Head of Ops).');
    expect(said('Their own posts or interviews')[0]).toBe('Done in your notes: what Dana Reyes said in their own words.');
  });

  it('says why the notes don’t cover a step yet', () => {
    setup({ record: northwind({ news: '', people: [{ name: 'Lee Park', role: 'Head of Ops' }], checklist: { site: false, news: false, profiles: false, posts: false } }) });
    expect(checklist().querySelector('summary')?.textContent).toBe('Research checklist (1 of 4 done)');
    const status = (name: string) => {
      const box = screen.getByRole<HTMLInputElement>('checkbox', { name });
      expect(box.checked).toBe(false);
      expect(box.disabled).toBe(false);
      return document.getElementById(box.getAttribute('aria-describedby')!.split(' ')[0]!)!.textContent;
    };
    expect(status('Recent news')).toBe('Not in your notes yet: no recent news.');
    // Dana is on this email but not in the notes.
    expect(status('Each recipient’s public profile')).toBe('Not in your notes yet: Dana Reyes.');
    expect(status('Their own posts or interviews')).toBe('Not in your notes yet: what anyone said in their own words.');
  });

  it('ticking a step saves it at once', () => {
    const { onSave } = setup({ record: companyOnly() });
    expect(screen.getByText('Your notes don’t say Dana Reyes’s role yet.')).toBeTruthy();
    const box = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Each recipient’s public profile' });
    expect(box.checked).toBe(false);
    expect(checklist().querySelector('summary')?.textContent).toBe('Research checklist (2 of 4 done)');
    fireEvent.click(box);
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0]![0]).toMatchObject({ key: 'northwind.com', strategy: northwind().strategy, checklist: { site: true, news: true, profiles: true, posts: false } });
    expect(box.checked).toBe(true);
    expect(checklist().querySelector('summary')?.textContent).toBe('Research checklist (3 of 4 done)');
    // Ticked by hand: done, so the reason it wasn't goes.
    expect(screen.queryByText('Your notes don’t say Dana Reyes’s role yet.')).toBeNull();
  });

  it('undoes the tick and says so when it cannot be saved', async () => {
    const { onSave } = setup({ record: companyOnly() });
    onSave.mockRejectedValueOnce(new Error(''));
    const box = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Their own posts or interviews' });
    await act(async () => fireEvent.click(box));
    expect(box.checked).toBe(false);
    expect(screen.getByRole('alert').textContent).toBe('Couldn’t save your notes. Please try again.');
  });

  it('offers a search per step that opens only when clicked, in a new tab', () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation(() => Promise.reject(new Error('no network')));
    const openSpy = vi.spyOn(window, 'open').mockImplementation(() => null);
    const { onOpenSearch } = setup();
    const links = screen.getAllByRole<HTMLAnchorElement>('link');
    expect(links.length).toBeGreaterThanOrEqual(4);
    for (const a of links) {
      expect(a.href).toMatch(/^https:\/\/duckduckgo\.com\/\?q=/);
      expect(a.target).toBe('_blank');
      expect(a.rel).toBe('noopener noreferrer');
    }
    expect(onOpenSearch).not.toHaveBeenCalled();
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(openSpy).not.toHaveBeenCalled();

    const site = screen.getByRole<HTMLAnchorElement>('link', { name: 'Search: Search the web for Northwind Traders’s site and newsroom (opens DuckDuckGo in a new tab)' });
    expect(decodeURIComponent(new URL(site.href).searchParams.get('q')!)).toBe('"Northwind Traders" newsroom');
    const profile = screen.getByRole<HTMLAnchorElement>('link', { name: /^Dana Reyes: Search the web for Dana Reyes’s public profile/ });
    expect(new URL(profile.href).searchParams.get('q')).toBe('"Dana Reyes" Northwind Traders');
    // Kim is at another account: not searched for here. Lee is in the notes: searched for.
    expect(screen.queryByRole('link', { name: /^Kim Lo/ })).toBeNull();
    expect(screen.getAllByRole('link', { name: /^Lee Park/ })).toHaveLength(2);

    fireEvent.click(site);
    expect(onOpenSearch).toHaveBeenCalledTimes(1);
    expect(onOpenSearch).toHaveBeenCalledWith(site.href);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('with no research yet, says why it matters and opens the checklist', async () => {
    const { card, onSave } = setup({ record: undefined, accountKey: 'northwind.com' });
    expect(screen.getByRole('heading', { level: 2, name: 'northwind.com' })).toBeTruthy();
    expect(card.textContent).toContain('Prospects trust emails that show you know their business. Spend five minutes on these steps:');
    expect(checklist().open).toBe(true);
    expect(screen.queryByRole('button', { name: 'Edit notes' })).toBeNull();
    const profile = screen.getByRole<HTMLAnchorElement>('link', { name: /^Dana Reyes: Search the web for Dana Reyes’s public profile/ });
    expect(new URL(profile.href).searchParams.get('q')).toBe('"Dana Reyes" northwind.com');
    expect(await axeViolations(card)).toEqual([]);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Recent news' }));
    expect(onSave.mock.calls[0]![0]).toMatchObject({ key: 'northwind.com', strategy: '', people: [], checklist: { site: false, news: true, profiles: false, posts: false } });

    fireEvent.click(screen.getByRole('button', { name: 'Add your notes' }));
    fireEvent.change(field('What they’re doing'), { target: { value: 'Expanding into Brazil' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave.mock.calls[1]![0]).toMatchObject({ key: 'northwind.com', strategy: 'Expanding into Brazil', checklist: { news: true } });
    expect(onSave.mock.calls[1]![0]).not.toHaveProperty('name');
  });

  it('opens the checklist when the panel asks (the no-research hint)', () => {
    const onSave = vi.fn();
    const { rerender } = render(<AccountCard accountKey="northwind.com" record={northwind()} recipients={[]} onSave={onSave} />);
    expect(checklist().open).toBe(false);
    rerender(<AccountCard accountKey="northwind.com" record={northwind()} recipients={[]} onSave={onSave} checklistOpen />);
    expect(checklist().open).toBe(true);
  });
});
