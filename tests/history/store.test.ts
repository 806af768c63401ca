import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze } from '../../src/model/index';
import {
  addRecord,
  HISTORY_VERSION,
  historyItem,
  historySettingsItem,
  clearHistory,
  listRecords,
  loadHistorySettings,
  MAX_RECORDS,
  normalizeHistory,
  normalizeHistorySettings,
  prune,
  recordSentEmail,
  saveHistorySettings,
  watchHistory,
} from '../../src/history/store';
import { DEFAULT_HISTORY_SETTINGS, type SentRecord } from '../../src/history/types';
import { rec } from './helpers';

const NOW = new Date('2026-11-23T12:00:00Z');
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000).toISOString();

describe('history store', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.unstubAllGlobals());

  it('starts empty with 90 days of retention and no text kept', async () => {
    expect(await listRecords()).toEqual([]);
    expect(await loadHistorySettings()).toEqual({ retentionDays: 90, keepText: false, preparedFor: '' });
  });

  it('adds records, lists them oldest first and filters by recent days', async () => {
    const a = rec(daysAgo(1));
    const b = rec(daysAgo(10));
    await addRecord(a, NOW);
    await addRecord(b, NOW);
    expect((await listRecords()).map((r) => r.id)).toEqual([b.id, a.id]);
    expect((await listRecords({ sinceDays: 7, now: NOW })).map((r) => r.id)).toEqual([a.id]);
  });

  it('serializes writes: quick adds all land', async () => {
    const records = Array.from({ length: 20 }, (_, i) => rec(daysAgo(i)));
    await Promise.all(records.map((r) => addRecord(r, NOW)));
    expect(await listRecords()).toHaveLength(20);
  });

  it('takes a Web Lock for each write where the browser has them, so the background and a page never interleave', async () => {
    const request = vi.fn((_name: string, write: () => Promise<unknown>) => write());
    vi.stubGlobal('navigator', { locks: { request } });
    await addRecord(rec(daysAgo(1)), NOW);
    await clearHistory();
    expect(request).toHaveBeenCalledTimes(2);
    expect(request.mock.calls.every(([name]) => name === 'trust-coach:history')).toBe(true);
    expect(await listRecords()).toEqual([]);
  });

  it('prunes what is past retention on add and when retention changes; 0 keeps everything', async () => {
    await saveHistorySettings({ retentionDays: 0 }, NOW);
    const old = rec(daysAgo(400));
    const mid = rec(daysAgo(100));
    const recent = rec(daysAgo(20));
    for (const r of [old, mid, recent]) await addRecord(r, NOW);
    expect(await listRecords()).toHaveLength(3);

    await saveHistorySettings({ retentionDays: 180 }, NOW);
    expect((await listRecords()).map((r) => r.id)).toEqual([mid.id, recent.id]);

    await saveHistorySettings({ retentionDays: 30 }, NOW);
    expect((await listRecords()).map((r) => r.id)).toEqual([recent.id]);

    // Adding a record prunes too: an email from 31 days ago is already past 30 days.
    await addRecord(rec(daysAgo(31)), NOW);
    expect((await listRecords()).map((r) => r.id)).toEqual([recent.id]);
  });

  it('prune(now) drops records older than retention and says how many', async () => {
    await addRecord(rec(daysAgo(80)), NOW);
    await addRecord(rec(daysAgo(5)), NOW);
    const later = new Date(NOW.getTime() + 20 * 86_400_000);
    expect(await prune(later)).toBe(1);
    expect(await listRecords()).toHaveLength(1);
    expect(await prune(later)).toBe(0);
  });

  it('clears the history', async () => {
    await addRecord(rec(daysAgo(1)), NOW);
    await clearHistory();
    expect(await listRecords()).toEqual([]);
  });

  it('keeps at most MAX_RECORDS, the newest', async () => {
    await saveHistorySettings({ retentionDays: 0 }, NOW);
    const many = Array.from({ length: MAX_RECORDS + 5 }, (_, i) => rec(new Date(NOW.getTime() - (MAX_RECORDS + 5 - i) * 60_000).toISOString()));
    await fakeBrowser.storage.local.set({ history: many.slice(0, -1) });
    await addRecord(many.at(-1)!, NOW);
    const stored = await listRecords();
    expect(stored).toHaveLength(MAX_RECORDS);
    expect(stored[0]!.id).toBe(many[5]!.id);
    expect(stored.at(-1)!.id).toBe(many.at(-1)!.id);
  });

  it('drops text unless the writer keeps it, and deletes kept text when turned off', async () => {
    await addRecord({ ...rec(daysAgo(1)), text: 'Hi Dana' }, NOW);
    expect((await listRecords())[0]).not.toHaveProperty('text');

    await saveHistorySettings({ keepText: true }, NOW);
    await addRecord({ ...rec(daysAgo(1)), text: 'Hi Sam' }, NOW);
    expect((await listRecords()).map((r) => r.text)).toEqual([undefined, 'Hi Sam']);

    await saveHistorySettings({ keepText: false }, NOW);
    expect((await listRecords()).every((r) => !('text' in r))).toBe(true);
  });

  it('records a sent email from its report with the keep-text setting', async () => {
    const body = "Hi Dana,\n\nI'll send the pricing by Thursday at 3pm.";
    const report = analyze({ body }, { role: 'account', now: NOW.toISOString(), timeZone: 'UTC' });
    const first = await recordSentEmail(report, { site: 'gmail', sentAt: NOW, body });
    expect(first.text).toBeUndefined();
    await saveHistorySettings({ keepText: true }, NOW);
    const second = await recordSentEmail(report, { site: 'gmail', sentAt: NOW, body });
    expect(second.text).toBe(body);
    expect((await listRecords()).map((r) => r.id)).toEqual([first.id, second.id]);
  });

  it('keeps the valid records of a damaged stored value', async () => {
    const good = rec(daysAgo(2), { kinds: ['jargon'] });
    const { dimensions: _d, ...noDimensions } = rec(daysAgo(3));
    await fakeBrowser.storage.local.set({
      history: [
        good,
        { ...good, id: 'bad-score', score: 140 },
        { ...good, id: 'bad-date', sentAt: 'yesterday' },
        { ...good, id: 'bad-site', site: 'yahoo' },
        noDimensions,
        { ...good, id: 'messy', kinds: ['jargon', 'no-such-kind', 7, 'team-phrase'], words: -3, promises: 'two', text: 12 },
        null,
        'junk',
      ],
    });
    const records = await listRecords();
    expect(records.map((r) => r.id)).toEqual([good.id, 'messy']);
    expect(records[1]).toEqual({ ...good, id: 'messy', kinds: ['jargon', 'team-phrase'], words: 0, promises: 0 });
    expect(normalizeHistory({ not: 'an array' })).toEqual([]);
    expect(normalizeHistory([good, { ...good, score: 10 }])).toEqual([{ ...good, score: 10 }]);
  });

  it('normalizes damaged settings', async () => {
    await fakeBrowser.storage.local.set({ historySettings: { retentionDays: 45, keepText: 'yes' } });
    expect(await loadHistorySettings()).toEqual(DEFAULT_HISTORY_SETTINGS);
    expect(normalizeHistorySettings({ retentionDays: 365, keepText: true })).toEqual({ retentionDays: 365, keepText: true, preparedFor: '' });
    expect(normalizeHistorySettings({ preparedFor: '  Dana\n Reyes\t' }).preparedFor).toBe('Dana Reyes');
    expect(normalizeHistorySettings({ preparedFor: 'x'.repeat(200) }).preparedFor).toHaveLength(80);
    expect(normalizeHistorySettings({ preparedFor: 42 }).preparedFor).toBe('');
    expect(normalizeHistorySettings(null)).toEqual(DEFAULT_HISTORY_SETTINGS);
  });

  it('keeps team phrases by name, dropping damaged labels but never the record', async () => {
    const good = rec(daysAgo(2), { kinds: ['team-phrase', 'team-required'] });
    const teamHints = [
      { kind: 'team-phrase', label: 'Say “follow up”, not “touch base”.' },
      { kind: 'team-required', label: ' Mention the case number. ' },
      { kind: 'jargon', label: 'not a team kind' },
      { kind: 'team-phrase', label: '' },
      { kind: 'team-phrase', label: 'x'.repeat(201) },
      { kind: 'team-phrase' },
      'junk',
    ];
    await fakeBrowser.storage.local.set({ history: [{ ...good, teamHints }, { ...good, id: 'not-a-list', teamHints: 'x' }, { ...good, id: 'empty', teamHints: [] }] });
    const [kept, notAList, empty] = await listRecords();
    expect(kept!.teamHints).toEqual([
      { kind: 'team-phrase', label: 'Say “follow up”, not “touch base”.' },
      { kind: 'team-required', label: 'Mention the case number.' },
    ]);
    expect(notAList).toEqual({ ...good, id: 'not-a-list' });
    expect(empty).not.toHaveProperty('teamHints');
  });

  it('reads a v1 history and its settings (from before team phrases and “Prepared for”) after the v2 migration', async () => {
    expect(HISTORY_VERSION).toBe(2);
    const old = rec(daysAgo(1), { kinds: ['team-phrase'] });
    await fakeBrowser.storage.local.set({
      history: [old],
      history$: { v: 1 },
      historySettings: { retentionDays: 180, keepText: false },
      historySettings$: { v: 1 },
    });
    await historyItem.migrate();
    await historySettingsItem.migrate();
    expect(await listRecords()).toEqual([old]);
    expect(await loadHistorySettings()).toEqual({ retentionDays: 180, keepText: false, preparedFor: '' });
    expect(await fakeBrowser.storage.local.get(['history$', 'historySettings$'])).toEqual({ history$: { v: 2 }, historySettings$: { v: 2 } });
  });

  it('saves the “Prepared for” name without rewriting the history', async () => {
    await addRecord(rec(daysAgo(1)), NOW);
    const setValue = vi.spyOn(historyItem, 'setValue');
    expect((await saveHistorySettings({ preparedFor: ' Dana Reyes ' }, NOW)).preparedFor).toBe('Dana Reyes');
    expect(setValue).not.toHaveBeenCalled();
    expect(await loadHistorySettings()).toEqual({ retentionDays: 90, keepText: false, preparedFor: 'Dana Reyes' });
    // Retention still applies at once.
    await saveHistorySettings({ retentionDays: 30 }, NOW);
    expect(setValue).toHaveBeenCalledTimes(1);
    expect((await loadHistorySettings()).preparedFor).toBe('Dana Reyes');
    setValue.mockRestore();
  });

  it('tells watchers about changes', async () => {
    const seen: SentRecord[][] = [];
    const stop = watchHistory((r) => seen.push(r));
    const r = rec(daysAgo(1));
    await addRecord(r, NOW);
    await clearHistory();
    stop();
    expect(seen.map((s) => s.map((x) => x.id))).toEqual([[r.id], []]);
  });
});
