// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addRecord, loadHistorySettings, saveHistorySettings } from '../../../src/history/store';
import { SALES_PLAYBOOK } from '../../../src/playbook/samples';
import { savePlaybook, setActive } from '../../../src/playbook/store';
import { daysFromSearch, Summary, SummaryPage } from '../../../src/views/history/Summary';
import type { PromiseItem } from '../../../src/history/types';
import { axeViolations } from '../../panel/axe';
import { rec } from '../../history/helpers';
import { freshPageEachTest } from '../fresh-page';

vi.mock('wxt/browser', async () => {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  return { browser: fakeBrowser, default: fakeBrowser };
});

const NOW = new Date('2026-11-23T12:00:00Z');
const daysAgo = (n: number) => new Date(Date.UTC(2026, 10, 23 - n, 9)).toISOString();

const records = [
  rec(daysAgo(1), { score: 80, kinds: ['buck-passing', 'vague-timing'], dimensions: { ownership: 45, commitments: 70, clarity: 96 } }),
  rec(daysAgo(9), { score: 70, kinds: ['buck-passing'], dimensions: { ownership: 55, commitments: 70, clarity: 96 } }),
  rec(daysAgo(25), { score: 66, kinds: ['buck-passing', 'jargon'], dimensions: { ownership: 50, commitments: 70, clarity: 96 } }),
  // The previous 30 days.
  rec(daysAgo(40), { score: 60 }),
];
const promises: PromiseItem[] = [
  { status: 'kept', due: '2026-11-10', keptAt: '2026-11-10T09:00:00Z' },
  { status: 'kept', due: '2026-11-12', keptAt: '2026-11-12T09:00:00Z' },
  { status: 'kept', due: '2026-11-12', keptAt: '2026-11-14T09:00:00Z' },
  { status: 'open', due: '2026-11-20' },
];

/** Date ranges use thin spaces around the dash. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ');
const term = (name: string) => screen.getAllByRole('term').find((t) => t.textContent === name)!.nextElementSibling!.textContent;

describe('coaching summary', () => {
  freshPageEachTest();

  it('reads the range from the address, 30 days unless 7 or 90', () => {
    expect(daysFromSearch('?days=7')).toBe(7);
    expect(daysFromSearch('?days=90')).toBe(90);
    expect(daysFromSearch('?days=45')).toBe(30);
    expect(daysFromSearch('?days=<script>')).toBe(30);
    expect(daysFromSearch('')).toBe(30);
  });

  it('prints one page: title, headline numbers, charts, hints with tips, promises and talking points', async () => {
    const onPrint = vi.fn();
    const { container } = render(<Summary records={records} promises={promises} days={30} now={NOW} timeZone="UTC" locale="en-GB" onPrint={onPrint} />);

    expect(plain(screen.getByRole('heading', { level: 1 }).textContent)).toBe('Coaching summary — 25 Oct – 23 Nov 2026');
    expect(term('Emails sent')).toBe('3');
    expect(term('Average score')).toMatch(/^72 Good/);
    expect(term('Average score')).toMatch(/Up 12 points on the previous 30 days/);
    expect(term('Strongest area')).toBe('Clarity (96)');
    expect(term('Area to work on')).toBe('Ownership (50)');

    const trend = screen.getByRole('img', { name: /^Line chart of your average score by day over the last 30 days\. From 66 \(Thu 29 Oct\) to 80 \(Sun 22 Nov\)/ });
    expect(trend.querySelectorAll('circle')).toHaveLength(3);

    const areas = within(screen.getByRole('region', { name: 'Average by area' })).getAllByRole('listitem').map((li) => li.textContent);
    expect(areas).toContain('Ownership50');
    expect(areas).toContain('Follow-up commitments70');

    const hints = within(screen.getByRole('list', { name: 'Most frequent hints' })).getAllByRole('listitem');
    expect(hints[0]!.textContent).toMatch(/^Passing the buckin 3 of 3 emails \(100%\)Hand it over yourself/);

    const legend = within(screen.getByRole('region', { name: 'Promises kept on time' })).getAllByRole('listitem').map((li) => li.textContent?.trim());
    expect(legend).toEqual(['Kept on time: 2', 'Kept late: 1', 'Overdue: 1', 'Open, not due yet: 0']);

    const talk = within(screen.getByRole('region', { name: 'Talking points' })).getAllByRole('listitem').map((li) => li.textContent);
    expect(talk).toHaveLength(3);
    expect(talk[0]).toMatch(/^Ownership was the lowest area \(average 50\)\. Find a reply where a problem was handed on/);
    expect(talk[1]).toMatch(/^“Passing the buck” came up in 3 of 3 emails\. Hand it over yourself/);
    expect(talk[2]).toMatch(/^2 promises were late or are overdue\./);

    fireEvent.click(screen.getByRole('button', { name: 'Print' }));
    expect(onPrint).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('link', { name: 'Last 30 days' }).getAttribute('aria-current')).toBe('page');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('prints the number and a sentence, not a lone dot, while only one week has emails', async () => {
    // 90 days are shown by week: two emails in the same week make one point.
    const oneWeek = [rec(daysAgo(1), { score: 80 }), rec(daysAgo(2), { score: 70 })];
    const { container } = render(<Summary records={oneWeek} promises={[]} days={90} now={NOW} timeZone="UTC" locale="en-GB" />);
    const trend = screen.getByRole('region', { name: 'Score over time' });
    expect(trend.querySelector('svg')).toBeNull();
    expect(trend.textContent).toBe('Score over time75 average score in the week of 16 Nov, from 2 emails.Your line over time starts once you send emails in a second week.');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says so when the period has no emails', async () => {
    const { container } = render(<Summary records={[]} promises={[]} days={7} now={NOW} timeZone="UTC" locale="en-GB" />);
    expect(screen.getByText('No emails were coached in these 7 days, so there is no trend to show yet.')).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
    expect(within(screen.getByRole('region', { name: 'Talking points' })).getAllByRole('listitem')).toHaveLength(1);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says whose summary it is: a “Prepared for” name typed on the page, printed as plain text, and the team playbook', async () => {
    const onPreparedForChange = vi.fn();
    const { container } = render(
      <Summary records={records} promises={promises} days={30} now={NOW} timeZone="UTC" locale="en-GB" playbookName="Northwind sales" preparedFor="Dana Reyes" onPreparedForChange={onPreparedForChange} />,
    );
    const input = screen.getByRole<HTMLInputElement>('textbox', { name: 'Prepared for' });
    expect(input.value).toBe('Dana Reyes');
    expect(input.className).toContain('no-print');
    // On paper the input is replaced by its text.
    const line = input.closest('p')!;
    expect(line.className).not.toContain('no-print');
    expect(line.querySelector('.sum-print-only')!.textContent).toBe('Dana Reyes');
    expect(screen.getByText('Team playbook: Northwind sales')).toBeTruthy();

    fireEvent.change(input, { target: { value: '<b>Sam</b> Lee ' } });
    expect(onPreparedForChange).toHaveBeenLastCalledWith('<b>Sam</b> Lee ');
    expect(line.querySelector('.sum-print-only')!.textContent).toBe('<b>Sam</b> Lee');
    expect(line.querySelector('b')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('prints well without a name or a playbook: the empty line is left off the paper', () => {
    render(<Summary records={records} promises={promises} days={30} now={NOW} timeZone="UTC" locale="en-GB" />);
    const input = screen.getByRole<HTMLInputElement>('textbox', { name: 'Prepared for' });
    expect(input.value).toBe('');
    expect(input.closest('p')!.className).toContain('no-print');
    expect(screen.queryByText(/Team playbook/)).toBeNull();
  });

  it('does not name a strongest area when all areas are even', () => {
    render(<Summary records={[rec(daysAgo(1), { score: 100 })]} promises={[]} days={30} now={NOW} timeZone="UTC" locale="en-GB" />);
    expect(term('Strongest area')).toBe('All areas even (100)');
    expect(term('Area to work on')).toBe('All areas even');
    const talk = within(screen.getByRole('region', { name: 'Talking points' })).getAllByRole('listitem').map((li) => li.textContent);
    expect(talk.join(' ')).not.toMatch(/strongest|lowest/);
  });

  it('shows the playbook in use and remembers the “Prepared for” name for next time', async () => {
    const saved = await savePlaybook(SALES_PLAYBOOK);
    if (!saved.ok) throw new Error('playbook refused');
    await setActive(saved.id);
    await saveHistorySettings({ preparedFor: 'Dana Reyes' }, NOW);
    await addRecord(records[0]!, NOW);
    const first = render(<SummaryPage search="?days=30" now={NOW} timeZone="UTC" locale="en-GB" />);
    const input = await screen.findByRole<HTMLInputElement>('textbox', { name: 'Prepared for' });
    expect(input.value).toBe('Dana Reyes');
    expect(screen.getByText('Team playbook: Northwind sales playbook')).toBeTruthy();

    fireEvent.change(input, { target: { value: 'Sam Lee' } });
    await waitFor(async () => expect((await loadHistorySettings()).preparedFor).toBe('Sam Lee'));
    first.unmount();
    render(<SummaryPage search="?days=30" now={NOW} timeZone="UTC" locale="en-GB" />);
    expect((await screen.findByRole<HTMLInputElement>('textbox', { name: 'Prepared for' })).value).toBe('Sam Lee');
    expect(term('Emails sent')).toBe('1');
  });

  it('loads the history from this device for ?days= and titles the tab for printing', async () => {
    await saveHistorySettings({ retentionDays: 365 }, NOW);
    for (const r of records) await addRecord(r, NOW);
    render(<SummaryPage search="?days=7" now={NOW} timeZone="UTC" locale="en-GB" loadPromises={async () => promises} />);
    expect(plain((await screen.findByRole('heading', { level: 1 })).textContent)).toBe('Coaching summary — 17 – 23 Nov 2026');
    expect(term('Emails sent')).toBe('1');
    await waitFor(() => expect(plain(document.title)).toBe('Coaching summary — 17 – 23 Nov 2026'));
  });
});
