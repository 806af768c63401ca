// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Welcome } from '../../src/welcome/Welcome';
import { PracticeCompose, segments } from '../../src/welcome/PracticeCompose';
import { parseRecipients, SAMPLES } from '../../src/welcome/samples';
import { analyze } from '../../src/model/index';
import { loadSettings } from '../../src/settings/settings';
import { ctx } from '../model/helpers';
import { axeViolations } from '../panel/axe';

const NOW = () => new Date('2026-11-23T09:00:00Z');
const score = () => Number(screen.getByRole('meter', { name: 'Trust score' }).getAttribute('aria-valuenow'));
const body = () => screen.getByLabelText('Message') as HTMLTextAreaElement;

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('welcome page', () => {
  it('says what Trust Coach does, promises privacy, and offers a sample for each role', async () => {
    render(<Welcome openSettings={() => undefined} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/Welcome to Trust Coach/);
    expect(screen.getAllByRole('listitem').slice(0, 3).map((li) => li.textContent)).toHaveLength(3);
    expect(screen.getByText(/Nothing you write leaves your device/)).toBeTruthy();
    // The page's words are there at once; the practice box, with the model, comes after them.
    expect(screen.getByRole('status').textContent).toBe('Loading the practice email…');
    const samples = within(await screen.findByRole('group', { name: 'Sample drafts' })).getAllByRole('button');
    expect(samples.map((b) => b.textContent)).toEqual([expect.stringMatching(/^Prospecting/), expect.stringMatching(/^Support/), expect.stringMatching(/^Account management/)]);
  });

  it('has no accessibility violations axe can find', async () => {
    const { container } = render(<Welcome openSettings={() => undefined} />);
    await screen.findByRole('meter', { name: 'Trust score' });
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('practice compose', () => {
  it('coaches the sample live, with the role guessed from each draft', async () => {
    render(<PracticeCompose now={NOW} timeZone="Europe/Berlin" debounceMs={0} />);
    await screen.findByRole('meter', { name: 'Trust score' });
    const prospecting = score();
    expect((screen.getByLabelText('Writing as') as HTMLSelectElement).selectedOptions[0]!.textContent).toBe('Auto: Prospecting');
    fireEvent.click(screen.getByRole('button', { name: /^Support/ }));
    await waitFor(() => expect((screen.getByLabelText('Writing as') as HTMLSelectElement).selectedOptions[0]!.textContent).toBe('Auto: Support'));
    expect(screen.getByText(/The customer wrote/)).toBeTruthy();
    expect(body().value).toBe(SAMPLES[1]!.body);
    expect(prospecting).toBeLessThan(70);
  });

  it('rescoring follows typing: fixing the greeting raises the score', async () => {
    render(<PracticeCompose now={NOW} timeZone="Europe/Berlin" debounceMs={0} />);
    await screen.findByRole('meter', { name: 'Trust score' });
    const before = score();
    fireEvent.change(body(), { target: { value: body().value.replace('Hi,', 'Hi Dana,') } });
    await waitFor(() => expect(score()).toBeGreaterThan(before));
  });

  it('Apply rewrites the words in the box; Dismiss hides a hint; Turn off writes the setting', async () => {
    render(<PracticeCompose now={NOW} timeZone="Europe/Berlin" debounceMs={0} />);
    await screen.findByRole('meter', { name: 'Trust score' });
    const apply = screen.getAllByRole('button', { name: /^Apply/ })[0]!;
    const before = body().value;
    await act(async () => fireEvent.click(apply));
    expect(body().value).not.toBe(before);
    expect(screen.getByText(/Applied\. Press Ctrl\+Z/)).toBeTruthy();
    const dismiss = screen.getAllByRole('button', { name: /^Dismiss/ })[0]!;
    const label = dismiss.getAttribute('aria-label');
    await act(async () => fireEvent.click(dismiss));
    await waitFor(() => expect(screen.queryByRole('button', { name: label! })).toBeNull());
    expect(screen.getByText(/1 hint dismissed/)).toBeTruthy();
    await act(async () => fireEvent.click(screen.getAllByRole('button', { name: /^Turn off rule: / })[0]!));
    await waitFor(async () => expect((await loadSettings()).disabledRules.length).toBe(1));
  });

  it('marks flagged words behind the text, worst severity on top, as plain text', () => {
    const text = 'Hi, I understand your frustration <b>now</b>.';
    const report = analyze({ body: text }, ctx('support'));
    const segs = segments(text, report.hints, { start: 0, end: 2 });
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.find((s) => s.text === 'I understand your frustration')?.severity).toBeDefined();
    expect(segs[0]).toMatchObject({ text: 'Hi', focus: true });
    const { container } = render(<PracticeCompose now={NOW} timeZone="UTC" debounceMs={0} />);
    fireEvent.change(body(), { target: { value: text } });
    expect(container.querySelector('.compose-backdrop b')).toBeNull();
  });

  it('reads recipients the way a To field is written', () => {
    expect(parseRecipients('Dana Reyes <dana@x.com>, lee@y.com; "Sam Lee" <sam@z.com>')).toEqual([
      { name: 'Dana Reyes', email: 'dana@x.com' },
      { email: 'lee@y.com' },
      { name: 'Sam Lee', email: 'sam@z.com' },
    ]);
  });
});
