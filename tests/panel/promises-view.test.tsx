// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze } from '../../src/model/index';
import { capturePromises } from '../../src/promises/capture';
import { addPromises, listPromises, savePromiseSettings } from '../../src/promises/store';
import type { TrackedPromise } from '../../src/promises/types';
import { PromisesView } from '../../src/panel/PromisesView';
import { Commitments } from '../../src/panel/Commitments';
import type { Commitment } from '../../src/model/types';
import { Panel } from '../../src/panel/Panel';
import { createPanelStore } from '../../src/panel/store';
import { panelActions, promiseActions, startPanel, type PanelEnv } from '../../src/panel/controller';
import { ctx } from '../model/helpers';
import { axeViolations } from './axe';

const TZ = 'Europe/Berlin';
const MONDAY = new Date('2026-11-23T09:00:00Z'); // 10:00 in Berlin

function promisesFrom(body: string, sentAt = MONDAY): TrackedPromise[] {
  const report = analyze({ body }, ctx('account', { now: sentAt.toISOString() }));
  return capturePromises({ commitments: report.commitments, subject: 'Pricing', recipients: [{ name: 'Dana Reyes', email: 'dana@northwind.example' }], site: 'gmail', link: 'https://mail.google.com/mail/u/0/#inbox/FMfcg1', sentAt, timeZone: TZ, keepEmailText: false });
}

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('the panel\'s reminder choices', () => {
  it('"The morning of" starts at the writer\'s own working day (Settings → Reminders)', async () => {
    await savePromiseSettings({ workdayStart: '07:30' });
    const [p] = promisesFrom("Hi Dana,\n\nI'll send the revised pricing by Thursday at 3pm.");
    const store = createPanelStore();
    store.setState({ promises: [p!] });
    store.getState().showView('promises');
    const snooze = vi.fn();
    render(<Panel store={store} actions={{} as never} promiseActions={{ markKept: vi.fn(), reopen: vi.fn(), snooze, reschedule: vi.fn(), remove: vi.fn() }} openPractice={vi.fn()} openSettings={vi.fn()} clock={() => MONDAY} />);
    const remind = await screen.findByRole('group', { name: 'Remind me' });
    await waitFor(() => {
      fireEvent.click(within(remind).getByRole('button', { name: 'The morning of' }));
      // 07:30 on Thursday in the browser's own zone, whatever zone the machine running the test is in.
      const at = snooze.mock.calls.at(-1)![1] as Date;
      expect(new Intl.DateTimeFormat('en-GB', { weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at)).toBe('Thu 07:30');
    });
  });
});

describe('PromisesView', () => {
  const list = [
    ...promisesFrom("Hi Dana,\n\nI'll send the revised pricing by Thursday at 3pm."),
    ...promisesFrom("Hi Dana,\n\nI'll call you today at 9am.", new Date('2026-11-23T07:00:00Z')),
    ...promisesFrom("Hi Dana,\n\nI'll look into the export soon."),
  ];
  const actions = () => ({ markKept: vi.fn(), reopen: vi.fn(), snooze: vi.fn(), reschedule: vi.fn(), remove: vi.fn() });

  it('lists overdue first (marked), then upcoming with the due day and time, then undated', () => {
    expect(list).toHaveLength(3);
    render(<PromisesView promises={list} actions={actions()} clock={() => MONDAY} locale="en-GB" timeZone={TZ} />);
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.firstElementChild!.textContent);
    expect(headings).toEqual(['Overdue', 'Upcoming', 'No date given']);
    const overdue = within(screen.getByRole('region', { name: /Overdue/ })).getByRole('listitem');
    expect(overdue.textContent).toContain('Overdue');
    expect(overdue.textContent).toContain('Call you today at 9am');
    const upcoming = within(screen.getByRole('region', { name: /Upcoming/ })).getByRole('listitem');
    expect(within(upcoming).getByText('Send the revised pricing by Thursday at 3pm')).toBeTruthy();
    expect(upcoming.textContent).toContain('Due Thu 26 Nov, 15:00');
    expect(upcoming.textContent).toContain('To Dana Reyes');
    expect(within(upcoming).getByRole('link', { name: 'Open the email' }).getAttribute('href')).toBe('https://mail.google.com/mail/u/0/#inbox/FMfcg1');
  });

  it('a new email sent from Gmail is found again through a search of Sent, and says so', () => {
    const [p] = promisesFrom("Hi Dana,\n\nI'll send the revised pricing by Thursday at 3pm.");
    const sent = { ...p!, link: 'https://mail.google.com/mail/u/0/#search/in%3Asent%20subject%3A%22Pricing%22' };
    render(<PromisesView promises={[sent]} actions={actions()} clock={() => MONDAY} locale="en-GB" timeZone={TZ} />);
    expect(screen.getByRole('link', { name: 'Find it in Sent' }).getAttribute('href')).toBe(sent.link);
    expect(screen.queryByRole('link', { name: 'Open the email' })).toBeNull();
  });

  it('marks kept, snoozes to the day before, changes the date, and deletes after a second click', () => {
    const a = actions();
    render(<PromisesView promises={list} actions={a} clock={() => MONDAY} locale="en-GB" timeZone={TZ} />);
    const upcoming = within(screen.getByRole('region', { name: /Upcoming/ })).getByRole('listitem');
    const id = list[0]!.id;
    fireEvent.click(within(upcoming).getByRole('button', { name: 'Mark kept' }));
    expect(a.markKept).toHaveBeenCalledWith(id);
    // Due Thursday at 15:00, two and a half days on: the choices follow the due date.
    const remind = within(upcoming).getByRole('group', { name: 'Remind me' });
    expect(within(remind).getAllByRole('button').map((b) => b.textContent)).toEqual(['The day before', 'The morning of', 'An hour before']);
    expect(within(upcoming).queryByRole('button', { name: /in 1 hour/i })).toBeNull();
    fireEvent.click(within(remind).getByRole('button', { name: 'The day before' }));
    expect(a.snooze.mock.calls[0]![1].toISOString()).toBe('2026-11-25T08:00:00.000Z'); // Wed 09:00 Berlin
    fireEvent.click(within(remind).getByRole('button', { name: 'An hour before' }));
    expect(a.snooze.mock.calls[1]![1].toISOString()).toBe('2026-11-26T13:00:00.000Z'); // Thu 14:00 Berlin
    fireEvent.click(within(upcoming).getByRole('button', { name: 'Change date' }));
    fireEvent.change(within(upcoming).getByLabelText('New due date and time'), { target: { value: '2026-11-27T11:00' } });
    fireEvent.click(within(upcoming).getByRole('button', { name: 'Save' }));
    expect(a.reschedule).toHaveBeenCalledWith(id, '2026-11-27T11:00');
    fireEvent.click(within(upcoming).getByRole('button', { name: /^Delete/ }));
    expect(a.remove).not.toHaveBeenCalled();
    fireEvent.click(within(upcoming).getByRole('button', { name: 'Yes, delete' }));
    expect(a.remove).toHaveBeenCalledWith(id);
  });

  it('keeps the keyboard user’s place: Delete asks with No focused, and after deleting focus moves to the next promise', () => {
    const a = actions();
    const { rerender } = render(<PromisesView promises={list} actions={a} clock={() => MONDAY} locale="en-GB" timeZone={TZ} />);
    const first = screen.getAllByRole('listitem')[0]!;
    const second = screen.getAllByRole('listitem')[1]!.querySelector('.promise-what')!.textContent;
    fireEvent.click(within(first).getByRole('button', { name: /^Delete: / }));
    expect(document.activeElement?.textContent).toBe('No');
    fireEvent.click(within(first).getByRole('button', { name: 'Yes, delete' }));
    const gone = a.remove.mock.calls[0]![0];
    rerender(<PromisesView promises={list.filter((p) => p.id !== gone)} actions={a} clock={() => MONDAY} locale="en-GB" timeZone={TZ} />);
    expect(document.activeElement?.classList.contains('promise-what')).toBe(true);
    expect(document.activeElement?.textContent).toBe(second);
  });

  it('starts the date form from the promise’s own due time', () => {
    render(<PromisesView promises={[list[0]!]} actions={actions()} clock={() => MONDAY} locale="en-GB" timeZone={TZ} />);
    fireEvent.click(screen.getByRole('button', { name: 'Change date' }));
    // Thursday 26 November at 15:00 in Berlin.
    expect((screen.getByLabelText(/New due date and time/) as HTMLInputElement).value).toBe('2026-11-26T15:00');
  });

  it('shows a snooze on the promise, so the click visibly did something', () => {
    const snoozed = { ...list[0]!, remindAt: new Date(MONDAY.getTime() + 60 * 60_000).toISOString() };
    render(<PromisesView promises={[snoozed]} actions={actions()} clock={() => MONDAY} locale="en-GB" timeZone={TZ} />);
    expect(screen.getByText('Reminder today 11:00')).toBeTruthy();
  });

  it('tracks a promise bound to an event with the event, no invented date, and asks for one', () => {
    const [live] = promisesFrom('Hi Dana,\n\nI will send you the deck as soon as it is live.');
    expect(live).toMatchObject({ event: 'as soon as it is live' });
    expect(live!.due).toBeUndefined();
    render(<PromisesView promises={[live!]} actions={actions()} clock={() => MONDAY} locale="en-GB" timeZone={TZ} />);
    const item = within(screen.getByRole('region', { name: /No date given/ })).getByRole('listitem');
    expect(within(item).getByText('Send you the deck as soon as it is live')).toBeTruthy();
    expect(item.textContent).toContain('When it happens: as soon as it is live');
    expect(item.textContent).not.toMatch(/Due|Nov|Dec/);
    expect(within(item).getByRole('button', { name: 'Add a date' })).toBeTruthy();
    expect(within(item).queryByRole('group', { name: 'Remind me' })).toBeNull();
  });

  it('writes a date more than 60 days away with its year, and tomorrow as "tomorrow"', () => {
    const far = promisesFrom("Hi Dana,\n\nI'll send the renewal terms by Monday 1 February 2027 at 10am.");
    const near = promisesFrom("Hi Dana,\n\nI'll call you tomorrow at 5pm.");
    render(<PromisesView promises={[...far, ...near]} actions={actions()} clock={() => MONDAY} locale="en-GB" timeZone={TZ} />);
    const [first, second] = within(screen.getByRole('region', { name: /Upcoming/ })).getAllByRole('listitem');
    expect(first!.textContent).toContain('Due tomorrow 17:00');
    expect(second!.textContent).toContain('Due Mon 1 Feb 2027, 10:00');
  });

  it('titles are the commitment, cut at a word and tidy', () => {
    const [p] = promisesFrom('Hi Dana,\n\nI will send the revised quote by Friday.');
    const messy = { ...p!, id: 'messy', text: "I'll send the complete migration plan , including the cut-over checklist,, the rollback steps and the sign-off sheet for every site by Friday.." };
    render(<PromisesView promises={[p!, messy]} actions={actions()} clock={() => MONDAY} locale="en-GB" timeZone={TZ} />);
    const titles = [...document.querySelectorAll('.promise-what')].map((e) => e.textContent!);
    expect(titles).toContain('Send the revised quote by Friday');
    const long = titles.find((t) => t.startsWith('Send the complete'))!;
    expect(long).toBe('Send the complete migration plan, including the cut-over checklist, the rollback steps…');
    expect(long).not.toMatch(/[,.;:!?]\s?[,.;:!?]|\s[,.]/);
  });

  it('explains itself when empty, and passes axe', async () => {
    const { container, rerender } = render(<PromisesView promises={[]} actions={actions()} clock={() => MONDAY} timeZone={TZ} />);
    expect(screen.getByRole('heading', { name: 'No promises yet' })).toBeTruthy();
    rerender(<PromisesView promises={list} actions={actions()} clock={() => MONDAY} timeZone={TZ} />);
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('the Commitments view uses the same date format', () => {
  it('relative where it reads better, the year when far, the event when there is one', () => {
    const c = (text: string, extra: Partial<Commitment>): Commitment => ({ start: 0, end: text.length, text, owner: 'me', specific: true, ...extra });
    render(
      <Commitments
        commitments={[
          c("I'll call you tomorrow at 5pm", { due: '2026-11-24T17:00:00+01:00', dueText: 'tomorrow at 5pm' }),
          c("I'll send it by Thursday at 3pm", { due: '2026-11-26T15:00:00+01:00', dueText: 'Thursday at 3pm' }),
          c("I'll send the renewal by 1 February", { due: '2027-02-01', dueText: '1 February' }),
          c('I will send you the deck as soon as it is live', { specific: false, event: 'as soon as it is live' }),
        ]}
        locale="en-GB"
        timeZone={TZ}
        now={MONDAY}
      />,
    );
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items[0]).toContain('When: tomorrow 17:00');
    expect(items[1]).toContain('When: Thu 26 Nov, 15:00');
    expect(items[2]).toContain('When: Mon 1 Feb 2027');
    expect(items[3]).toContain('When it happens');
    expect(items[3]).toContain('When: as soon as it is live');
    expect(items[3]).not.toContain('no time given');
  });
});

describe('the Promises tab in the side panel', () => {
  it('shows the overdue count and the stored promises, live, and its actions write to the store', async () => {
    const store = createPanelStore();
    const env: PanelEnv = { pinnedTab: 1, activeTab: async () => ({ id: 1 }), onActiveTabChange: () => () => undefined, tabUrl: async () => undefined, sendToTab: async () => { throw new Error('no'); }, sendToBackground: async () => undefined, reloadTab: async () => undefined };
    startPanel(store, env);
    render(<Panel store={store} actions={panelActions(store, env)} promiseActions={promiseActions(store, TZ)} openPractice={vi.fn()} openSettings={vi.fn()} />);
    const tab = screen.getByRole('tab', { name: /Promises/ });
    fireEvent.click(tab);
    expect(tab.getAttribute('aria-selected')).toBe('true');
    expect(await screen.findByRole('heading', { name: 'No promises yet' })).toBeTruthy();
    const past = promisesFrom("Hi Dana,\n\nI'll send the contract by Monday 23 November at 9am.", new Date('2026-11-20T09:00:00Z'));
    await act(() => addPromises(past));
    await waitFor(() => expect(screen.getByRole('tab', { name: /Promises/ }).textContent).toMatch(/1$/));
    const item = await screen.findByRole('button', { name: 'Mark kept' });
    fireEvent.click(item);
    await waitFor(async () => expect((await listPromises())[0]!.status).toBe('kept'));
    fireEvent.keyDown(screen.getByRole('tablist'), { key: 'ArrowLeft' });
    expect(screen.getByRole('tab', { name: 'This email' }).getAttribute('aria-selected')).toBe('true');
  });
});
