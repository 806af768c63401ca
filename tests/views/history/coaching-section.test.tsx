// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
// wxt/testing/fake-browser, not wxt/testing (which crashes under jsdom); wxt/browser is replaced by the same fake.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CoachingSection, type CoachingSectionProps } from '../../../src/views/history/CoachingSection';
import { addRecord, listRecords, loadHistorySettings, saveHistorySettings } from '../../../src/history/store';
import type { PromiseItem } from '../../../src/history/types';
import { axeViolations } from '../../panel/axe';
import { rec } from '../../history/helpers';

vi.mock('wxt/browser', async () => {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  return { browser: fakeBrowser, default: fakeBrowser };
});

// Monday 23 Nov 2026, noon UTC.
const NOW = new Date('2026-11-23T12:00:00Z');
const clock = () => NOW;
const daysAgo = (n: number, hour = 9) => new Date(Date.UTC(2026, 10, 23 - n, hour)).toISOString();

async function seed() {
  await saveHistorySettings({ retentionDays: 365 }, NOW);
  const records = [
    rec(daysAgo(0), { score: 80, kinds: ['vague-timing', 'jargon'], dimensions: { ownership: 50, clarity: 95 } }),
    rec(daysAgo(3), { score: 70, kinds: ['vague-timing'], dimensions: { ownership: 60, clarity: 95 } }),
    rec(daysAgo(20), { score: 60, kinds: ['vague-timing', 'policy-speak'], dimensions: { ownership: 40, clarity: 95 } }),
    rec(daysAgo(45), { score: 90 }),
    rec(daysAgo(100), { score: 30 }),
  ];
  for (const r of records) await addRecord(r, NOW);
  return records;
}

/** Renders the section and waits for the history to load. */
async function renderSection(props: CoachingSectionProps = {}) {
  const view = render(<CoachingSection now={clock} timeZone="UTC" locale="en-GB" {...props} />);
  await screen.findByRole('heading', { name: 'History settings' });
  return view;
}

const headline = (term: string) => {
  const dt = screen.getAllByRole('term').find((t) => t.textContent === term)!;
  return dt.nextElementSibling!.textContent;
};
const rows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1).map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));

describe('CoachingSection', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    document.documentElement.lang = 'en';
    // jsdom has no canvas: getContext gives null, as in a browser that blocks canvas.
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('shows the empty state before any email is sent, with the settings', async () => {
    const { container } = await renderSection();
    expect(screen.getByText('Send an email with Trust Coach on and your trend starts here.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Export CSV/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Clear history/ })).toBeNull();
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Keep history for' }).value).toBe('90');
    const keep = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Keep the email text' });
    expect(keep.checked).toBe(false);
    expect(keep.getAttribute('aria-describedby')).toBe('hist-keep-text-help');
    expect(document.getElementById('hist-keep-text-help')!.textContent).toMatch(/customer details/);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows the last 30 days: headline numbers and every chart’s numbers as a table', async () => {
    await seed();
    const promises: PromiseItem[] = [
      { status: 'kept', due: '2026-11-20', keptAt: '2026-11-20T10:00:00Z' },
      { status: 'kept', due: '2026-11-18', keptAt: '2026-11-19T10:00:00Z' },
      { status: 'open', due: '2026-11-21' },
    ];
    const { container } = await renderSection({ loadPromises: async () => promises });

    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Last 30 days' }).checked).toBe(true);
    expect(headline('Emails sent')).toBe('3');
    expect(headline('Average score')).toMatch(/^70 Good/);
    expect(headline('Average score')).toMatch(/Down 20 points on the previous 30 days/);
    expect(headline('Strongest area')).toBe('Clarity (95)');
    expect(headline('Area to work on')).toBe('Ownership (50)');

    // No canvas: charts are skipped, the tables show on their own.
    await waitFor(() => expect(container.querySelector('canvas')).toBeNull());
    const trend = screen.getByRole('table', { name: 'Average score by day, last 30 days' });
    expect(rows(trend)).toHaveLength(30);
    expect(rows(trend).at(-1)).toEqual(['Mon 23 Nov', '1', '80']);
    expect(rows(trend).at(-4)).toEqual(['Fri 20 Nov', '1', '70']);
    expect(rows(trend).at(-2)).toEqual(['Sun 22 Nov', '0', 'none']);

    const areas = screen.getByRole('table', { name: 'Average score by area, last 30 days' });
    expect(rows(areas)).toContainEqual(['Ownership', '50']);
    expect(rows(areas)).toContainEqual(['Clarity', '95']);

    const kinds = screen.getByRole('list', { name: 'Most frequent hints' });
    const items = within(kinds).getAllByRole('listitem');
    expect(items[0]!.textContent).toMatch(/^Vague timingin 3 of 3 emails \(100%\)/);
    expect(items[0]!.textContent).toMatch(/Replace “soon” with a day and time/);
    expect(items).toHaveLength(3);

    const promiseTable = await screen.findByRole('table', { name: 'Promises, last 30 days' });
    expect(rows(promiseTable)).toEqual([
      ['Kept on time', '1'],
      ['Kept late', '1'],
      ['Overdue', '1'],
      ['Open, not due yet', '0'],
    ]);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('names the team phrases under the team hint line, as text', async () => {
    await saveHistorySettings({ retentionDays: 365 }, NOW);
    const touch = { kind: 'team-phrase' as const, label: 'Say “follow up”, not “touch base”.' };
    const markup = { kind: 'team-phrase' as const, label: '<b>No “circle back”</b>' };
    await addRecord(rec(daysAgo(1), { kinds: ['team-phrase', 'team-phrase'], teamHints: [touch, markup] }), NOW);
    await addRecord(rec(daysAgo(2), { kinds: ['team-phrase'], teamHints: [touch] }), NOW);
    await addRecord(rec(daysAgo(3), { kinds: ['jargon'] }), NOW);
    const { container } = await renderSection();

    const kinds = screen.getByRole('list', { name: 'Most frequent hints' });
    expect(within(kinds).getAllByRole('listitem')[0]!.textContent).toMatch(/^Phrase your team avoidsin 2 of 3 emails \(67%\)/);
    const phrases = within(kinds).getByRole('list', { name: 'Phrase your team avoids, by phrase' });
    expect(within(phrases).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Say “follow up”, not “touch base”. in 2 emails',
      '<b>No “circle back”</b> in 1 email',
    ]);
    expect(phrases.querySelector('b')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('switches the range', async () => {
    await seed();
    await renderSection();
    fireEvent.click(screen.getByRole('radio', { name: 'Last 7 days' }));
    expect(headline('Emails sent')).toBe('2');
    expect(headline('Average score')).toMatch(/^75/);
    expect(rows(screen.getByRole('table', { name: 'Average score by day, last 7 days' }))).toHaveLength(7);

    fireEvent.click(screen.getByRole('radio', { name: 'Last 90 days' }));
    expect(headline('Emails sent')).toBe('4');
    // Longer than 60 days: by week.
    const weeks = rows(screen.getByRole('table', { name: 'Average score by week, last 90 days' }));
    expect(weeks).toHaveLength(14);
    expect(weeks.at(-1)).toEqual(['23 Nov', '1', '80']);
    expect(screen.getByRole('button', { name: /Open coaching summary \(last 90 days\)/ })).toBeTruthy();
  });

  it('says so when the range has no emails', async () => {
    await addRecord(rec(daysAgo(50)), NOW);
    await renderSection();
    fireEvent.click(screen.getByRole('radio', { name: 'Last 7 days' }));
    expect(screen.getByText('No emails sent in the last 7 days. Pick a longer range to see your trend.')).toBeTruthy();
    expect(screen.queryByRole('table', { name: /Average score by day/ })).toBeNull();
  });

  it('opens the coaching summary for the last 30 days in a new tab, in one click', async () => {
    await seed();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await renderSection();
    fireEvent.click(screen.getByRole('button', { name: /^Open coaching summary \(last 30 days\)/ }));
    expect(create).toHaveBeenCalledWith({ url: `chrome-extension://${fakeBrowser.runtime.id}/coaching.html?days=30` });
  });

  it('exports the whole history as CSV', async () => {
    const records = await seed();
    const download = vi.fn();
    await renderSection({ download });
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(download).toHaveBeenCalledTimes(1);
    const [fileName, csv] = download.mock.calls[0]! as [string, string];
    expect(fileName).toBe('trust-coach-history-2026-11-23.csv');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toMatch(/^sent_at,sent_local,site,role,score,band,personalization,/);
    expect(lines).toHaveLength(records.length + 1);
    expect(screen.getByRole('status').textContent).toBe('Downloaded 5 emails as a CSV file.');
  });

  it('saves retention (pruning older emails) and the keep-text choice', async () => {
    await seed();
    await renderSection();
    fireEvent.change(screen.getByRole('combobox', { name: 'Keep history for' }), { target: { value: '30' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved. History is kept for 30 days.'));
    expect((await loadHistorySettings()).retentionDays).toBe(30);
    expect(await listRecords()).toHaveLength(3);
    await waitFor(() => expect(screen.getByRole('button', { name: /Clear history/ })).toBeTruthy());

    fireEvent.click(screen.getByRole('checkbox', { name: 'Keep the email text' }));
    await waitFor(async () => expect((await loadHistorySettings()).keepText).toBe(true));
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Keep the email text' }).checked).toBe(true);
  });

  it('clears the history in two steps, keeping focus in place', async () => {
    await seed();
    const { container } = await renderSection();
    fireEvent.click(screen.getByRole('button', { name: 'Clear history…' }));
    const confirm = screen.getByRole('group', { name: 'Delete all 5 emails from your coaching history? This can’t be undone.' });
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(await axeViolations(container)).toEqual([]);

    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Clear history…' }));
    expect(await listRecords()).toHaveLength(5);

    fireEvent.click(screen.getByRole('button', { name: 'Clear history…' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Yes, clear history' })));
    const empty = await screen.findByText('Send an email with Trust Coach on and your trend starts here.');
    expect(await listRecords()).toEqual([]);
    await waitFor(() => expect(document.activeElement).toBe(empty));
    expect(screen.getByRole('status').textContent).toBe('History cleared.');
  });

  it('shows an email sent while the page is open', async () => {
    await renderSection();
    await act(async () => {
      await addRecord(rec(daysAgo(1), { score: 64 }), NOW);
    });
    await waitFor(() => expect(headline('Emails sent')).toBe('1'));
    expect(headline('Average score')).toMatch(/^64 Fair/);
  });
});
