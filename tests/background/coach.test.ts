import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { Coach, titleOf, type SentEvent } from '../../src/background/coach';
import { ModelHost } from '../../src/background/model-host';
import { ComposeRegistry, FOCUS_KEY, type ComposeView } from '../../src/background/registry';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings/settings';
import type { PanelOpened, TabMessage } from '../../src/compose/messages';

const support = { body: "Hi,\n\nI understand your frustration. Per our policy, refunds take 30 days.", quoted: 'I was charged twice and nobody answers. This is a problem.', recipients: [{ name: 'Dana Reyes' }] };

function setup(settings: Settings = DEFAULT_SETTINGS) {
  const sent: { tabId: number; message: TabMessage }[] = [];
  const opened: number[] = [];
  let answer: PanelOpened = { opened: true };
  let current = settings;
  const coach = new Coach({
    host: new ModelHost(() => new Date('2026-11-23T09:00:00Z'), () => 'UTC'),
    settings: () => current,
    sendToTab: async (tabId, message) => void sent.push({ tabId, message }),
    openPanel: async (tabId) => {
      opened.push(tabId);
      return answer;
    },
    clock: () => 1000,
  });
  return { coach, sent, opened, set: (s: Settings) => (current = s), answer: (a: PanelOpened) => (answer = a) };
}

const analyze = (coach: Coach, tabId: number, composeId: string, draft = support, site: 'gmail' | 'outlook' = 'gmail') =>
  coach.handle({ type: 'trust-coach/analyze', composeId, site, draft }, tabId) as ReturnType<Coach['analyze']>;

describe('Coach (background)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps each compose\'s report, excerpts and title for the panel, in session storage', async () => {
    const { coach } = setup();
    const res = await analyze(coach, 7, 'gmail:a');
    const stored = await storage.getItem<ComposeView[]>('session:composes:7');
    expect(stored).toHaveLength(1);
    const view = stored![0]!;
    expect(view.title).toBe('To Dana Reyes');
    expect(view.role).toBe('support');
    expect(view.roleGuessed).toBe(true);
    expect(view.report.score).toBe(res.report.score);
    const i = view.report.hints.findIndex((h) => h.rule === 'fake-empathy');
    expect(view.excerpts[i]).toBe('I understand your frustration');
  });

  it('forgets the composes of a page the tab has left, once the new page reports', async () => {
    const { coach } = setup();
    const from = (composeId: string, page: string) => coach.handle({ type: 'trust-coach/analyze', composeId, site: 'gmail', draft: support, page }, 3);
    await from('gmail:c1', 'page-1');
    await from('gmail:c2', 'page-1');
    expect((await coach.registry.list(3)).map((v) => v.composeId)).toEqual(['gmail:c1', 'gmail:c2']);
    // Reloaded, or moved on to another message: only what the new page reports is open.
    await from('gmail:fw1', 'page-2');
    expect((await coach.registry.list(3)).map((v) => v.composeId)).toEqual(['gmail:fw1']);
    // Another tab is not touched.
    await coach.handle({ type: 'trust-coach/analyze', composeId: 'gmail:x', site: 'gmail', draft: support, page: 'page-9' }, 4);
    expect((await coach.registry.list(3)).map((v) => v.composeId)).toEqual(['gmail:fw1']);
  });

  it('uses the role picked for the site, and turned-off rules stop counting', async () => {
    const { coach, set } = setup();
    set({ roleBySite: { gmail: 'account' }, disabledRules: [] });
    expect((await analyze(coach, 1, 'a')).report.role).toBe('account');
    expect((await analyze(coach, 1, 'b', support, 'outlook')).report.role).toBe('support');
    const before = (await analyze(coach, 1, 'b', support, 'outlook')).report;
    set({ roleBySite: {}, disabledRules: ['fake-empathy'] });
    const after = (await analyze(coach, 1, 'b', support, 'outlook')).report;
    expect(after.hints.map((h) => h.rule)).not.toContain('fake-empathy');
    expect(after.score).toBeGreaterThan(before.score);
    expect((await coach.registry.get(1, 'a'))!.roleGuessed).toBe(false);
  });

  it('the role picked for a recipient wins over the site\'s, and a guess says why', async () => {
    const { coach, set } = setup();
    const toDana = { ...support, recipients: [{ name: 'Dana Reyes', email: 'dana@northwind.com' }] };
    set({ roleBySite: { gmail: 'prospecting' }, disabledRules: [], roleByRecipient: { 'northwind.com': 'account' } });
    expect((await analyze(coach, 1, 'a', toDana)).report.role).toBe('account');
    set({ roleBySite: {}, disabledRules: [] });
    await analyze(coach, 1, 'a', toDana);
    const view = (await coach.registry.get(1, 'a'))!;
    expect(view.roleGuessed).toBe(true);
    expect(view.roleReason).toMatch(/\w/);
  });

  it('marks a guess it is not sure of, so the panel asks for a pick; a sure one is not marked', async () => {
    const { coach } = setup();
    await analyze(coach, 1, 'a', { ...support, quoted: '', body: 'Hi Sam,\n\nThanks, see you then.\n\nAna' });
    expect((await coach.registry.get(1, 'a'))!.roleUnsure).toBe(true);
    await analyze(coach, 1, 'b', { ...support, quoted: '', body: 'Hi Rachel,\n\nWe help payroll teams close the month in two days. How long does your close take today?' });
    expect((await coach.registry.get(1, 'b'))!.roleUnsure).toBeUndefined();
  });

  it('dismissing a hint hides it in that draft only and asks the tab to refresh; restore brings it back', async () => {
    const { coach, sent } = setup();
    await analyze(coach, 3, 'a');
    await analyze(coach, 3, 'b');
    await coach.handle({ type: 'trust-coach/dismiss', tabId: 3, composeId: 'a', key: 'fake-empathy:i understand your frustration' }, -1);
    expect(sent).toEqual([{ tabId: 3, message: { type: 'trust-coach/refresh', composeId: 'a' } }]);
    expect((await analyze(coach, 3, 'a')).report.hints.map((h) => h.rule)).not.toContain('fake-empathy');
    expect((await analyze(coach, 3, 'b')).report.hints.map((h) => h.rule)).toContain('fake-empathy');
    await coach.handle({ type: 'trust-coach/restore', tabId: 3, composeId: 'a' }, -1);
    expect((await analyze(coach, 3, 'a')).report.hints.map((h) => h.rule)).toContain('fake-empathy');
  });

  it('survives a service-worker restart: a new Coach reads the composes and dismissals back', async () => {
    const first = setup().coach;
    await analyze(first, 4, 'a');
    await first.handle({ type: 'trust-coach/dismiss', tabId: 4, composeId: 'a', key: 'policy-speak:per our policy' }, -1);
    const second = setup().coach; // fresh memory, same storage
    expect((await second.registry.list(4)).map((v) => v.composeId)).toEqual(['a']);
    expect((await analyze(second, 4, 'a')).report.hints.map((h) => h.rule)).not.toContain('policy-speak');
  });

  it('forgets closed composes and closed tabs, and refreshes every open tab when settings change', async () => {
    const { coach, sent } = setup();
    await analyze(coach, 5, 'a');
    await analyze(coach, 5, 'b');
    await analyze(coach, 6, 'c');
    await coach.handle({ type: 'trust-coach/closed', composeId: 'a' }, 5);
    expect((await coach.registry.list(5)).map((v) => v.composeId)).toEqual(['b']);
    await coach.refreshAll();
    expect(sent.map((s) => s.tabId).sort()).toEqual([5, 6]);
    await coach.tabClosed(6);
    expect(await storage.getItem('session:composes:6')).toBeNull();
    expect(await new ComposeRegistry().tabs()).toEqual([5]);
  });

  it('opens the panel at once on a badge click and remembers which compose asked', async () => {
    const { coach, opened } = setup();
    const pending = coach.handle({ type: 'trust-coach/open-panel', composeId: 'gmail:x' }, 9);
    expect(opened).toEqual([9]); // synchronously, inside the click
    expect(await pending).toEqual({ opened: true });
    expect(await storage.getItem(FOCUS_KEY)).toEqual({ tabId: 9, composeId: 'gmail:x', at: 1000 });
  });

  it('answers the badge with the browser\'s refusal, so the user is told what to do', async () => {
    const { coach, answer } = setup();
    answer({ opened: false, message: 'Click the Trust Coach toolbar button to open the coach.' });
    expect(await coach.handle({ type: 'trust-coach/open-panel', composeId: 'gmail:x' }, 9, 3)).toEqual({ opened: false, message: 'Click the Trust Coach toolbar button to open the coach.' });
  });

  it('titles a compose by subject, then recipients, then "New message"', () => {
    expect(titleOf({ body: '', subject: ' Renewal ' })).toBe('Renewal');
    expect(titleOf({ body: '', recipients: [{ name: 'A' }, { email: 'b@x.com' }, { name: 'C' }, { name: 'D' }] })).toBe('To A, b@x.com +2');
    expect(titleOf({ body: '' })).toBe('New message');
  });
});

describe('which compose the writer is working in', () => {
  beforeEach(() => fakeBrowser.reset());
  it('marks a compose as edited only when its text changes, not when settings re-analyze it', async () => {
    let t = 1000;
    const coach = new Coach({ host: new ModelHost(() => new Date('2026-11-23T09:00:00Z'), () => 'UTC'), settings: () => DEFAULT_SETTINGS, sendToTab: async () => undefined, openPanel: async () => ({ opened: true as const }), clock: () => t });
    await coach.analyze(1, { type: 'trust-coach/analyze', composeId: 'a', site: 'gmail', draft: support });
    t = 2000;
    await coach.analyze(1, { type: 'trust-coach/analyze', composeId: 'a', site: 'gmail', draft: support });
    expect((await coach.registry.get(1, 'a'))!.updated).toBe(1000);
    t = 3000;
    await coach.analyze(1, { type: 'trust-coach/analyze', composeId: 'a', site: 'gmail', draft: { ...support, body: support.body + ' More.' } });
    expect((await coach.registry.get(1, 'a'))!.updated).toBe(3000);
  });
});

describe('ComposeRegistry', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());
  it('keeps every compose when several report at once on a fresh start', async () => {
    // Real storage answers over IPC: a read can return after a later write. Make the fake do the same.
    const area = fakeBrowser.storage.session;
    const get = area.get.bind(area);
    vi.spyOn(area, 'get').mockImplementation((async (keys: never) => {
      const value = await get(keys);
      await new Promise((r) => setTimeout(r, 5));
      return value;
    }) as never);
    const { coach } = setup();
    await Promise.all(['a', 'b', 'c'].map((id) => analyze(coach, 8, id)));
    expect((await storage.getItem<ComposeView[]>('session:composes:8'))!.map((v) => v.composeId).sort()).toEqual(['a', 'b', 'c']);
    const fresh = new ComposeRegistry();
    await Promise.all([fresh.put({ ...(await coach.registry.get(8, 'a'))!, composeId: 'd' }), fresh.list(8)]);
    expect((await fresh.list(8)).map((v) => v.composeId).sort()).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('Coach: sent emails', () => {
  beforeEach(() => fakeBrowser.reset());
  it('hands on the sent draft with its final report, scored with the user\'s settings', async () => {
    const events: SentEvent[] = [];
    const coach = new Coach({
      host: new ModelHost(() => new Date('2026-11-23T09:00:00Z'), () => 'Europe/Berlin'),
      settings: () => ({ roleBySite: { gmail: 'account' }, disabledRules: ['jargon'] }),
      sendToTab: async () => undefined,
      openPanel: async () => ({ opened: true as const }),
      clock: () => Date.parse('2026-11-23T09:00:00Z'),
      onSent: (e) => void events.push(e),
    });
    const draft = { body: "Hi Dana,\n\nWe will leverage our data. I'll send the revised pricing by Thursday at 3pm.", recipients: [{ name: 'Dana Reyes' }], subject: 'Pricing' };
    await coach.handle({ type: 'trust-coach/sent', composeId: 'gmail:x', site: 'gmail', draft, link: 'https://mail.google.com/mail/u/0/#sent/1' }, 4);
    expect(events).toHaveLength(1);
    const e = events[0]!;
    expect(e).toMatchObject({ tabId: 4, composeId: 'gmail:x', site: 'gmail', link: 'https://mail.google.com/mail/u/0/#sent/1', timeZone: 'Europe/Berlin' });
    expect(e.sentAt.toISOString()).toBe('2026-11-23T09:00:00.000Z');
    expect(e.report.role).toBe('account');
    expect(e.report.hints.map((h) => h.rule)).not.toContain('jargon');
    expect(e.report.commitments[0]).toMatchObject({ owner: 'me', due: '2026-11-26T15:00:00+01:00', specific: true });
  });
});

describe('Coach: the team playbook', () => {
  beforeEach(() => fakeBrowser.reset());
  const team = {
    name: 'Support desk',
    defaultRole: 'support' as const,
    locked: ['policy-speak'],
    playbook: { name: 'Support desk', phrases: [{ type: 'avoid', pattern: 'touch base', message: 'Say what the call is for.', dimension: 'clarity' }], coachNotes: [{ kind: 'policy-speak', note: 'Offer what you can do.', author: 'Priya' }] },
  };
  it('applies the playbook, its default role, and its locks over the user\'s turned-off rules', async () => {
    const coach = new Coach({
      host: new ModelHost(() => new Date('2026-11-23T09:00:00Z'), () => 'UTC'),
      settings: () => ({ roleBySite: {}, disabledRules: ['policy-speak', 'jargon'] }),
      playbook: () => team,
      sendToTab: async () => undefined,
      openPanel: async () => ({ opened: true as const }),
    });
    const draft = { body: "Hi Dana,\n\nPer our policy, refunds take 30 days. Let's touch base and leverage our notes." };
    const { report } = await coach.analyze(1, { type: 'trust-coach/analyze', composeId: 'a', site: 'outlook', draft });
    expect(report.role).toBe('support');
    const rules = report.hints.map((h) => h.rule);
    expect(rules).toContain('policy-speak'); // locked on by the team
    expect(rules).not.toContain('jargon'); // the user's choice stands
    expect(rules).toContain('playbook:avoid-1');
    expect(report.hints.find((h) => h.rule === 'policy-speak')!.coachNote?.author).toBe('Priya');
    const view = (await coach.registry.get(1, 'a'))!;
    expect(view).toMatchObject({ playbookName: 'Support desk', lockedRules: ['policy-speak'], roleGuessed: false });
  });
});

describe('Coach: account research', () => {
  beforeEach(() => fakeBrowser.reset());
  it('finds the recipients\' account, gives the model its notes, and tells the panel which notes the draft uses', async () => {
    const record = { key: 'northwind.example', name: 'Northwind Traders', strategy: 'Expanding into Brazil in Q2', news: '', people: [], lastInteraction: '', checklist: { site: false, news: false, profiles: false, posts: false }, updatedAt: '2026-11-20T10:00:00.000Z' };
    const coach = new Coach({ host: new ModelHost(() => new Date('2026-11-23T09:00:00Z'), () => 'UTC'), settings: () => DEFAULT_SETTINGS, accounts: () => [record], sendToTab: async () => undefined, openPanel: async () => ({ opened: true as const }) });
    const draft = { body: 'Hi Dana,\n\nHow is your Brazil expansion going? Could we talk Tuesday at 10am?', recipients: [{ name: 'Dana Reyes', email: 'dana@eu.northwind.example' }] };
    const { report } = await coach.analyze(1, { type: 'trust-coach/analyze', composeId: 'a', site: 'gmail', draft, role: 'prospecting' });
    expect(report.hints.map((h) => h.kind)).toContain('account-reference');
    const view = (await coach.registry.get(1, 'a'))!;
    expect(view.account).toMatchObject({ key: 'northwind.example', usedFacts: ['Expanding into Brazil in Q2'] });
    // No notes for this account: the panel still gets its key (to start research).
    await coach.analyze(1, { type: 'trust-coach/analyze', composeId: 'b', site: 'gmail', draft: { ...draft, recipients: [{ email: 'lee@fabrikam.example' }] }, role: 'prospecting' });
    expect((await coach.registry.get(1, 'b'))!.account).toEqual({ key: 'fabrikam.example', usedFacts: [], recipients: [{ email: 'lee@fabrikam.example' }] });
  });
});
