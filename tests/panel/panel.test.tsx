// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { Coach } from '../../src/background/coach';
import { ModelHost } from '../../src/background/model-host';
import type { Draft } from '../../src/model/types';
import { FOCUS_KEY, type ComposeView } from '../../src/background/registry';
import type { BackgroundMessage, TabMessage } from '../../src/compose/messages';
import { Panel } from '../../src/panel/Panel';
import { panelActions, promiseActions, startPanel, type PanelEnv } from '../../src/panel/controller';
import { createPanelStore } from '../../src/panel/store';
import { DEFAULT_SETTINGS, loadSettings } from '../../src/settings/settings';
import { axeViolations } from './axe';

const GMAIL = 'https://mail.google.com/mail/u/0/#inbox';
const BAD = { body: "Hello,\n\nI understand your frustration. Per our policy, refunds take 30 days.", recipients: [{ name: 'Dana Reyes' }], subject: 'Re: refund', quoted: 'I was charged twice.' };
const GOOD = { body: 'Hi Lee,\n\nI will send the signed order form by Friday at noon.', recipients: [{ name: 'Lee Park' }], subject: 'Order form' };

/** A fake browser around a real Coach: the content script answers pings and records what the panel asks of it. */
function world(opts: { url?: string; contentScript?: boolean } = {}) {
  const toTab: TabMessage[] = [];
  const coach = new Coach({
    host: new ModelHost(() => new Date('2026-11-23T09:00:00Z'), () => 'Europe/Berlin'),
    settings: loadSettings,
    sendToTab: async (_tab, m) => void toTab.push(m),
    openPanel: async () => ({ opened: true as const }),
  });
  let answer: (m: TabMessage) => unknown = (m) => (m.type === 'trust-coach/ping' ? { site: 'gmail', composes: [] } : { ok: true });
  const env: PanelEnv = {
    pinnedTab: 5,
    activeTab: async () => ({ id: 5, url: opts.url ?? GMAIL }),
    onActiveTabChange: () => () => undefined,
    tabUrl: async () => opts.url ?? GMAIL,
    sendToTab: async (_tab, m) => {
      toTab.push(m);
      if (opts.contentScript === false) throw new Error('Could not establish connection. Receiving end does not exist.');
      return answer(m);
    },
    sendToBackground: async (m: BackgroundMessage) => coach.handle(m, -1),
    reloadTab: vi.fn(async () => undefined),
  };
  const store = createPanelStore();
  const actions = panelActions(store, env);
  const openSettings = vi.fn();
  const mount = () => {
    const stop = startPanel(store, env);
    const utils = render(<Panel store={store} actions={actions} promiseActions={promiseActions(store, 'Europe/Berlin')} openPractice={vi.fn()} openSettings={openSettings} />);
    return { ...utils, stop };
  };
  const analyze = (composeId: string, draft: Draft) => coach.handle({ type: 'trust-coach/analyze', composeId, site: 'gmail', draft }, 5);
  return { coach, env, store, actions, openSettings, mount, analyze, toTab, answerWith: (f: typeof answer) => (answer = f) };
}

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('side panel', () => {
  it('asks for a compose window on a mail page with none open', async () => {
    const w = world();
    w.mount();
    expect(await screen.findByRole('heading', { name: 'Open a compose window in Gmail to get coaching' })).toBeTruthy();
  });

  it('says a page is not supported, and offers the practice email', async () => {
    const w = world({ url: 'https://example.com/', contentScript: false });
    w.mount();
    expect(await screen.findByRole('heading', { name: 'This page isn’t supported' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try the practice email' })).toBeTruthy();
  });

  it('asks to reload a mail tab opened before the extension was installed', async () => {
    const w = world({ contentScript: false });
    w.mount();
    const reload = await screen.findByRole('button', { name: 'Reload tab' }, { timeout: 4000 });
    fireEvent.click(reload);
    expect(w.env.reloadTab).toHaveBeenCalledWith(5);
  });

  it('shows the compose being written, live, and a switcher when several are open', async () => {
    const w = world();
    await w.analyze('gmail:a', BAD);
    w.mount();
    const gauge = await screen.findByRole('meter', { name: 'Trust score' });
    const first = Number(gauge.getAttribute('aria-valuenow'));
    expect(screen.queryByLabelText('Email')).toBeNull();
    await act(() => w.analyze('gmail:b', GOOD));
    const switcher = (await screen.findByLabelText('Email')) as HTMLSelectElement;
    // The compose typed in last is shown.
    await waitFor(() => expect(switcher.value).toBe('gmail:b'));
    expect([...switcher.options].map((o) => o.textContent)).toEqual([expect.stringMatching(/^Re: refund — \d+$/), expect.stringMatching(/^Order form — \d+$/)]);
    fireEvent.change(switcher, { target: { value: 'gmail:a' } });
    expect(screen.getByRole('meter', { name: 'Trust score' }).getAttribute('aria-valuenow')).toBe(String(first));
    // Typing in the other compose does not steal the view.
    await act(() => w.analyze('gmail:b', { ...GOOD, body: GOOD.body + ' Thanks!' }));
    expect(switcher.value).toBe('gmail:a');
  });

  it('follows a badge click to the compose that asked', async () => {
    const w = world();
    await w.analyze('gmail:a', BAD);
    await w.analyze('gmail:b', GOOD);
    w.mount();
    const switcher = (await screen.findByLabelText('Email')) as HTMLSelectElement;
    await act(() => storage.setItem(FOCUS_KEY, { tabId: 5, composeId: 'gmail:a', at: Date.now() }));
    await waitFor(() => expect(switcher.value).toBe('gmail:a'));
  });

  it('sends focus and apply to the mail tab with the words they expect, and reports a refused fix', async () => {
    const w = world();
    await w.analyze('gmail:a', BAD);
    w.mount();
    fireEvent.click(await screen.findByRole('button', { name: 'Show in draft: I understand your frustration' }));
    expect(w.toTab.at(-1)).toMatchObject({ type: 'trust-coach/focus', composeId: 'gmail:a', expected: 'I understand your frustration' });
    const apply = screen.getAllByRole('button', { name: /^Apply/ })[0]!;
    w.answerWith(() => ({ ok: false, reason: 'The draft changed since this hint was made; it will refresh in a moment.' }));
    fireEvent.click(apply);
    expect((await screen.findByRole('alert')).textContent).toMatch(/draft changed/);
    const sent = w.toTab.at(-1)!;
    expect(sent.type).toBe('trust-coach/apply');
    if (sent.type === 'trust-coach/apply') expect(BAD.body.slice(sent.start, sent.end)).toBe(sent.expected);
    w.answerWith(() => ({ ok: true }));
    fireEvent.click(apply);
    expect((await screen.findByText(/Applied\. Press Ctrl\+Z/)).getAttribute('role')).toBe('status');
  });

  it('dismisses a hint through the background: it disappears and the score rises; Show again restores it', async () => {
    const w = world();
    await w.analyze('gmail:a', BAD);
    w.mount();
    const before = Number((await screen.findByRole('meter', { name: 'Trust score' })).getAttribute('aria-valuenow'));
    fireEvent.click(screen.getByRole('button', { name: /^Dismiss: .*scripted/ }));
    // The background asks the tab to re-analyze; play the content script's part.
    await waitFor(() => expect(w.toTab.some((m) => m.type === 'trust-coach/refresh')).toBe(true));
    await act(() => w.analyze('gmail:a', BAD));
    expect(screen.queryByRole('button', { name: 'Show in draft: I understand your frustration' })).toBeNull();
    expect(Number(screen.getByRole('meter', { name: 'Trust score' }).getAttribute('aria-valuenow'))).toBeGreaterThan(before);
    fireEvent.click(screen.getByRole('button', { name: 'Show again' }));
    await waitFor(async () => expect((await w.coach.registry.get(5, 'gmail:a'))!.dismissed).toEqual([]));
  });

  it('turns a rule off in settings and remembers the role per site', async () => {
    const w = world();
    await w.analyze('gmail:a', BAD);
    w.mount();
    fireEvent.click(await screen.findByRole('button', { name: /^Turn off rule: .*policy/i }));
    await waitFor(async () => expect((await loadSettings()).disabledRules).toContain('policy-speak'));
    // The way back is one click: Settings opens at the Rules section, not at the top of the page.
    fireEvent.click(await screen.findByRole('button', { name: 'Turn it back on in Settings' }));
    expect(w.openSettings).toHaveBeenCalledWith('rules');
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    expect(w.openSettings).toHaveBeenLastCalledWith();
    fireEvent.change(screen.getByLabelText('Writing as'), { target: { value: 'prospecting' } });
    await waitFor(async () => expect((await loadSettings()).roleBySite).toEqual({ gmail: 'prospecting' }));
  });

  it('remembers a role picked for a recipient, and says so', async () => {
    const w = world();
    await w.analyze('gmail:a', { ...BAD, recipients: [{ name: 'Dana Reyes', email: 'dana@northwind.com' }] });
    w.mount();
    // Before a pick, nothing is remembered yet: the help says what a pick will be remembered for.
    expect(await screen.findByText(/A pick is remembered for northwind\.com/)).toBeTruthy();
    expect(screen.queryByText(/^Remembered for/)).toBeNull();
    fireEvent.change(screen.getByLabelText('Writing as'), { target: { value: 'account' } });
    await waitFor(async () => expect((await loadSettings()).roleByRecipient).toEqual({ 'northwind.com': 'account' }));
    // The next reading of the draft uses the pick, and the help says it is remembered.
    await act(() => w.analyze('gmail:a', { ...BAD, recipients: [{ name: 'Dana Reyes', email: 'dana@northwind.com' }] }));
    expect(await screen.findByText(/^Remembered for northwind\.com/)).toBeTruthy();
    expect((await loadSettings()).roleBySite).toEqual({});
  });

  it('comes back with the same composes after the background restarts', async () => {
    const w = world();
    await w.analyze('gmail:a', BAD);
    const stored = await storage.getItem<ComposeView[]>('session:composes:5');
    w.mount();
    await screen.findByRole('meter', { name: 'Trust score' });
    cleanup();
    // A new panel (e.g. reopened) with a new background reads the same session storage.
    const again = world();
    again.mount();
    const gauge = await screen.findByRole('meter', { name: 'Trust score' });
    expect(gauge.getAttribute('aria-valuenow')).toBe(String(stored![0]!.report.score));
  });

  it('has no accessibility violations axe can find, with a compose and without', async () => {
    const w = world();
    const { container } = w.mount();
    await screen.findByRole('heading', { name: /Open a compose window/ });
    expect(await axeViolations(container)).toEqual([]);
    await act(() => w.analyze('gmail:a', BAD));
    await act(() => w.analyze('gmail:b', GOOD));
    await screen.findByLabelText('Email');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('starts from default settings', () => {
    expect(createPanelStore().getState().settings).toEqual(DEFAULT_SETTINGS);
  });
});

describe('the panel store', () => {
  it("drops a fix's undo notice once the draft is edited after it (the undo, more typing), not on the fix's own re-score", () => {
    const store = createPanelStore();
    const at = Date.now();
    const view = (updated: number) => ({ composeId: 'gmail:a', tabId: 5, updated }) as unknown as ComposeView;
    store.getState().setComposes([view(at - 10_000)]);
    store.getState().setNotice({ text: 'Applied. Press Ctrl+Z (⌘Z on a Mac) in the email to undo.', tone: 'info', untilEditAfter: at });
    store.getState().setComposes([view(at + 200)]);
    expect(store.getState().notice?.text).toMatch(/^Applied/);
    store.getState().setComposes([view(at + 4000)]);
    expect(store.getState().notice).toBeUndefined();
    // A notice without the mark (an error, "Rule turned off.") stays through edits.
    store.getState().setNotice({ text: 'Could not reach the mail tab.', tone: 'error' });
    store.getState().setComposes([view(at + 9000)]);
    expect(store.getState().notice?.tone).toBe('error');
  });
  it('drops a notice when the user moves to the other view: it belongs to what they did there', () => {
    const store = createPanelStore();
    store.getState().setNotice({ text: 'Rule turned off. Turn it back on in Settings.', tone: 'info' });
    store.getState().showView('promises');
    expect(store.getState().notice).toBeUndefined();
  });
  it('keeps a confirmation while keyboard focus is on its link, then lets it fade', () => {
    vi.useFakeTimers();
    try {
      const store = createPanelStore();
      store.setState({ status: 'unsupported' });
      const openSettings = vi.fn();
      render(<Panel store={store} actions={{} as never} promiseActions={{} as never} openPractice={vi.fn()} openSettings={openSettings} />);
      act(() => store.getState().setNotice({ text: 'Rule turned off.', tone: 'info', settings: { section: 'rules', label: 'Turn it back on in Settings' } }));
      const link = screen.getByRole('button', { name: 'Turn it back on in Settings' });
      link.focus();
      act(() => { vi.advanceTimersByTime(20_000); });
      expect(screen.getByRole('status').textContent).toBe('Rule turned off. Turn it back on in Settings');
      fireEvent.click(link);
      expect(openSettings).toHaveBeenCalledWith('rules');
      link.blur();
      act(() => { vi.advanceTimersByTime(2500); });
      expect(screen.queryByText(/Rule turned off/)).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
  it('lets a confirmation fade after a few seconds, while an error stays', () => {
    vi.useFakeTimers();
    try {
      const store = createPanelStore();
      store.setState({ status: 'unsupported' });
      render(<Panel store={store} actions={{} as never} promiseActions={{} as never} openPractice={vi.fn()} openSettings={vi.fn()} />);
      act(() => store.getState().setNotice({ text: 'Rule turned off. Turn it back on in Settings.', tone: 'info' }));
      expect(screen.getByText(/Rule turned off/)).toBeTruthy();
      act(() => { vi.advanceTimersByTime(8500); });
      expect(screen.queryByText(/Rule turned off/)).toBeNull();
      act(() => store.getState().setNotice({ text: 'Could not reach the mail tab.', tone: 'error' }));
      act(() => { vi.advanceTimersByTime(20_000); });
      expect(screen.getByRole('alert').textContent).toBe('Could not reach the mail tab.');
    } finally {
      vi.useRealTimers();
    }
  });
});
