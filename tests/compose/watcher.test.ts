// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ComposeWatcher } from '../../src/compose/watcher';
import type { AnalyzeRequest, AnalyzeResponse, DraftSent } from '../../src/compose/messages';
import { ModelHost } from '../../src/background/model-host';
import { guessRole } from '../../src/model/index';
import type { ComposeHandle, SiteAdapter } from '../../src/sites/types';

/** A minimal site: each [data-compose] element is a compose, its [contenteditable] the editor. */
const fakeSite: SiteAdapter = {
  site: 'gmail',
  matches: () => true,
  findComposes: (doc) =>
    [...doc.querySelectorAll('[data-compose]')].map((root) => ({ id: root.getAttribute('data-compose')!, root, editor: root.querySelector('[contenteditable]') as HTMLElement, variant: 'test' })),
  readDraft: (c: ComposeHandle) => ({ body: c.editor.textContent ?? '', site: 'gmail', composeId: c.id }),
  bodyMap: (c) => ({ body: c.editor.textContent ?? '', range: () => null }),
  badgeAnchor: (c) => c.root.querySelector('.toolbar'),
  isSend: (c, target) => !!target.closest('.send') && c.root.contains(target),
};

function compose(id: string, text: string): HTMLElement {
  const root = document.createElement('div');
  root.setAttribute('data-compose', id);
  const editor = document.createElement('div');
  editor.setAttribute('contenteditable', 'true');
  editor.textContent = text;
  const toolbar = document.createElement('div');
  toolbar.className = 'toolbar';
  const send = document.createElement('div');
  send.className = 'send';
  send.setAttribute('role', 'button');
  send.textContent = 'Send';
  toolbar.append(send);
  root.append(editor, toolbar);
  return root;
}

const host = new ModelHost(() => new Date('2026-11-23T09:00:00Z'), () => 'Europe/Berlin');
/** What the background answers: the host's report with the role it would guess. */
const run = (tabId: number, req: AnalyzeRequest): AnalyzeResponse => ({
  composeId: req.composeId,
  ...host.analyze(tabId, req.composeId, req.draft, { role: req.role ?? guessRole(req.draft) }),
});

describe('ComposeWatcher', () => {
  let abort: AbortController;
  let calls: AnalyzeRequest[];
  let closed: string[];
  let watcher: ComposeWatcher;

  beforeEach(() => {
    vi.useFakeTimers();
    document.body.replaceChildren();
    abort = new AbortController();
    calls = [];
    closed = [];
    watcher = new ComposeWatcher({
      adapter: fakeSite,
      doc: document,
      signal: abort.signal,
      analyze: async (req) => {
        calls.push(req);
        return run(1, req);
      },
      closed: (id) => closed.push(id),
      openPanel: () => undefined,
      debounceMs: 150,
      scanMs: 50,
    });
  });
  afterEach(() => {
    abort.abort();
    vi.useRealTimers();
  });

  const badge = (id: string) => document.querySelector(`trust-coach-badge[data-compose-id="${id}"]`) as HTMLElement | null;

  it('scores a compose that is already open and shows the badge with its score and kinds', async () => {
    document.body.append(compose('a', "Hi,\n\nSomeone will get back to you soon."));
    watcher.start();
    await vi.runAllTimersAsync();
    expect(calls).toHaveLength(1);
    const b = badge('a')!;
    expect(b).not.toBeNull();
    expect(Number(b.dataset.trustScore)).toBeLessThan(100);
    expect(b.dataset.trustKinds).toContain('unowned-promise');
    // The promise no one owns is the check before Send, named with the score (the nudge itself opens on hover or focus).
    expect(b.shadowRoot!.querySelector('button')!.getAttribute('aria-label')).toMatch(/^Trust score \d+, (low|fair|good|great)\. Before you send: No one owns “[^”]+” — make it yours\?$/);
  });

  it('re-analyzes once after a pause in typing, not on every keystroke', async () => {
    const root = compose('a', 'Hi Dana,');
    document.body.append(root);
    watcher.start();
    await vi.runAllTimersAsync();
    const editor = root.querySelector('[contenteditable]') as HTMLElement;
    for (const ch of ' thanks') {
      editor.textContent += ch;
      editor.dispatchEvent(new Event('input'));
      await vi.advanceTimersByTimeAsync(40);
    }
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.draft.body).toBe('Hi Dana, thanks');
  });

  it('scores two composes apart, and a new compose when it opens', async () => {
    document.body.append(compose('a', 'Hi Dana,\n\nI will call you Thursday at 3pm.'));
    watcher.start();
    document.body.append(compose('b', "Hi,\n\nThat's our policy. Someone will get back to you."));
    await vi.runAllTimersAsync();
    expect(calls.map((c) => c.composeId).sort()).toEqual(['a', 'b']);
    expect(Number(badge('a')!.dataset.trustScore)).toBeGreaterThan(Number(badge('b')!.dataset.trustScore));
  });

  it('keeps the state of a compose the site re-renders with the same draft id, and drops a closed one', async () => {
    const first = compose('a', 'Hi Dana,\n\nI will call you Thursday at 3pm.');
    document.body.append(first);
    watcher.start();
    await vi.runAllTimersAsync();
    first.replaceWith(compose('a', 'Hi Dana,\n\nI will call you Thursday at 3pm.'));
    await vi.runAllTimersAsync();
    expect(closed).toEqual([]);
    expect(badge('a')!.isConnected).toBe(true);
    expect(watcher.composeIds).toEqual(['a']);
    document.querySelector('[data-compose="a"]')!.remove();
    await vi.runAllTimersAsync();
    expect(closed).toEqual(['a']);
    expect(badge('a')).toBeNull();
  });

  it('never changes the draft', async () => {
    const root = compose('a', "Hi,\n\nI understand your frustration. That's our policy.");
    document.body.append(root);
    const before = root.querySelector('[contenteditable]')!.innerHTML;
    watcher.start();
    await vi.runAllTimersAsync();
    expect(root.querySelector('[contenteditable]')!.innerHTML).toBe(before);
  });

  it('drops an answer that arrives after a newer edit', async () => {
    let release: ((r: AnalyzeResponse) => void) | undefined;
    const slow = new ComposeWatcher({
      adapter: fakeSite, doc: document, signal: abort.signal, closed: () => undefined, openPanel: () => undefined, debounceMs: 10, scanMs: 10,
      analyze: (req) => (req.draft.body.includes('first') ? new Promise((r) => (release = r)) : Promise.resolve(run(2, req))),
    });
    const root = compose('s', 'Hi Dana, first');
    document.body.append(root);
    slow.start();
    await vi.advanceTimersByTimeAsync(20);
    const editor = root.querySelector('[contenteditable]') as HTMLElement;
    editor.textContent = "Hi,\n\nThat's our policy.";
    editor.dispatchEvent(new Event('input'));
    await vi.advanceTimersByTimeAsync(50);
    const newer = badge('s')!.dataset.trustScore;
    release!(run(2, { type: 'trust-coach/analyze', composeId: 's', site: 'gmail', draft: { body: 'Hi Dana, first' } }));
    await vi.runAllTimersAsync();
    expect(badge('s')!.dataset.trustScore).toBe(newer);
  });
});

describe('ModelHost', () => {
  it('keeps one session per tab and compose, and forgets closed ones', () => {
    const h = new ModelHost(() => new Date('2026-11-23T09:00:00Z'), () => 'UTC');
    const body = { body: 'Hi Dana, I will call you at 3pm.' };
    h.analyze(1, 'a', body, { role: 'support' });
    h.analyze(1, 'b', body, { role: 'support' });
    h.analyze(2, 'a', body, { role: 'support' });
    expect(h.size).toBe(3);
    h.close(1, 'a');
    expect(h.size).toBe(2);
    h.closeTab(2);
    expect(h.size).toBe(1);
  });
  it('resolves dates against its own clock and time zone', () => {
    const h = new ModelHost(() => new Date('2026-11-23T09:00:00Z'), () => 'America/New_York');
    const { report } = h.analyze(1, 'x', { body: 'Hi Dana, I will call you tomorrow at 3pm.' }, { role: 'account' });
    expect(report.commitments[0]?.due).toBe('2026-11-24T15:00:00-05:00');
  });
});

describe('ComposeWatcher: sending', () => {
  let abort: AbortController;
  let sent: DraftSent[];
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.replaceChildren();
    abort = new AbortController();
    sent = [];
    new ComposeWatcher({
      adapter: fakeSite, doc: document, signal: abort.signal, closed: () => undefined, openPanel: () => undefined,
      analyze: async (req) => run(3, req), sent: (m) => void sent.push(m), link: () => 'https://mail.google.com/mail/u/0/#inbox/abc',
    }).start();
  });
  afterEach(() => {
    abort.abort();
    vi.useRealTimers();
  });

  it('reports the draft as it was when Send was clicked, with the way back to the conversation', async () => {
    const root = compose('s1', "Hi Dana, I'll send the pricing by Thursday at 3pm.");
    document.body.append(root);
    await vi.advanceTimersByTimeAsync(300);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    root.querySelector('.send')!.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(false);
    expect(sent).toEqual([{ type: 'trust-coach/sent', composeId: 's1', site: 'gmail', draft: { body: "Hi Dana, I'll send the pricing by Thursday at 3pm." }, link: 'https://mail.google.com/mail/u/0/#inbox/abc' }]);
  });

  it('counts Ctrl+Enter (and ⌘+Enter) as Send, a double send once, and not a click elsewhere or an empty draft', async () => {
    const root = compose('s2', 'Hi Dana, thanks.');
    const empty = compose('s3', '   ');
    document.body.append(root, empty);
    await vi.advanceTimersByTimeAsync(300);
    root.querySelector('.toolbar')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    root.querySelector('[contenteditable]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(sent).toHaveLength(0);
    const editor = root.querySelector('[contenteditable]')!;
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    root.querySelector('.send')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(sent.map((m) => m.composeId)).toEqual(['s2']);
    await vi.advanceTimersByTimeAsync(5000);
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', metaKey: true, bubbles: true }));
    expect(sent.map((m) => m.composeId)).toEqual(['s2', 's2']);
    empty.querySelector('.send')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(sent).toHaveLength(2);
  });
});
