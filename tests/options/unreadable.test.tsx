// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveAccount } from '../../src/accounts/store';
import { emptyAccount } from '../../src/accounts/types';
import { UnreadableNotice } from '../../src/options/UnreadableNotice';
import { partsChangedBy } from '../../src/options/unreadable';
import { PlaybooksSection } from '../../src/views/playbook/PlaybooksSection';
import { blankPlaybook, SUPPORT_PLAYBOOK } from '../../src/playbook/samples';
import { savePlaybook } from '../../src/playbook/store';
import { axeViolations } from '../panel/axe';

vi.mock('wxt/browser', async () => {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  return { browser: fakeBrowser, default: fakeBrowser };
});

const NOW = new Date('2026-11-23T09:00:00.000Z');
const BAD_ACCOUNT = { key: 'not a domain', news: 'kept' };
const LATER_PLAYBOOK = { id: 'later', playbook: { ...SUPPORT_PLAYBOOK, name: 'Support (new format)', futureField: 1 }, importedAt: '2026-01-02T03:04:05.000Z' };

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the options page on entries this version can’t read', () => {
  it('says how many could not be read, before and after a save sets them aside, and offers them for download', async () => {
    await fakeBrowser.storage.local.set({ accounts: [BAD_ACCOUNT], playbooks: { playbooks: [LATER_PLAYBOOK], activeId: 'later' } });
    const download = vi.fn<(fileName: string, text: string) => void>();
    const { container } = render(<UnreadableNotice download={download} now={() => NOW} />);
    const notice = await screen.findByText(/couldn’t read/);
    expect(notice.textContent).toMatch(/^Trust Coach couldn’t read 1 account and 1 playbook saved on this device\./);
    expect(notice.textContent).toMatch(/kept exactly as they were, not deleted\./);
    // A save sets them aside: the count stays.
    await saveAccount(emptyAccount('acme.com'), NOW);
    await savePlaybook(blankPlaybook());
    await waitFor(async () => expect((await fakeBrowser.storage.local.get('unreadable')).unreadable).toHaveLength(2));
    expect(screen.getByText(/couldn’t read/).textContent).toMatch(/1 account and 1 playbook/);
    fireEvent.click(screen.getByRole('button', { name: 'Download them (JSON)' }));
    expect(download).toHaveBeenCalledTimes(1);
    const [fileName, text] = download.mock.calls[0]!;
    expect(fileName).toBe('trust-coach-unreadable-2026-11-23.json');
    const file = JSON.parse(text) as { entries: { store: string; value: unknown }[] };
    expect(file.entries.map((e) => [e.store, e.value])).toEqual([
      ['accounts', BAD_ACCOUNT],
      ['playbooks', LATER_PLAYBOOK],
    ]);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('reads a store again only when it changes, not on every change to storage (a rule turned off, say)', async () => {
    expect(partsChangedBy(['settings', 'settings$', 'historySettings'])).toEqual([]);
    expect(partsChangedBy(['accounts$', 'unreadable'])).toEqual(['aside', 'accounts']);
    expect(partsChangedBy(['history', 'promises', 'playbooks'])).toEqual(['playbooks', 'promises', 'history']);

    await fakeBrowser.storage.local.set({ accounts: [BAD_ACCOUNT] });
    render(<UnreadableNotice />);
    expect((await screen.findByText(/couldn’t read/)).textContent).toMatch(/couldn’t read 1 account saved/);
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    await fakeBrowser.storage.local.set({ settings: { disabledRules: ['jargon'] } });
    await new Promise((r) => setTimeout(r, 50));
    expect(get).not.toHaveBeenCalled();

    await fakeBrowser.storage.local.set({ accounts: [BAD_ACCOUNT, { key: '' }] });
    await waitFor(() => expect(screen.getByText(/couldn’t read/).textContent).toMatch(/couldn’t read 2 accounts saved/));
    expect(get).toHaveBeenCalled();
  });

  it('shows nothing when everything could be read', async () => {
    await saveAccount(emptyAccount('acme.com'), NOW);
    const { container } = render(<UnreadableNotice />);
    await new Promise((r) => setTimeout(r, 50));
    expect(container.textContent).toBe('');
  });

  it('the Playbooks section says why the playbook in use is not coaching, and does not show “No playbook” as picked', async () => {
    await fakeBrowser.storage.local.set({ playbooks: { playbooks: [LATER_PLAYBOOK], activeId: 'later' } });
    render(<PlaybooksSection download={vi.fn()} />);
    const note = await screen.findByText(/can’t be read by this version of Trust Coach/);
    expect(note.textContent).toMatch(/^The playbook you picked, “Support \(new format\)”, can’t be read/);
    expect(note.textContent).toMatch(/no playbook is coaching your emails right now/);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'No playbook' }).checked).toBe(false);
  });
});
