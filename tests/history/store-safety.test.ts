import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addRecord, clearHistory, listRecords, loadHistorySettings, saveHistorySettings } from '../../src/history/store';
import { rec } from './helpers';

const NOW = new Date('2026-11-23T12:00:00Z');
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000).toISOString();

async function setAside(): Promise<unknown[]> {
  const list = ((await fakeBrowser.storage.local.get('unreadable')).unreadable ?? []) as { store: string; value: unknown }[];
  return list.filter((e) => e.store === 'history').map((e) => e.value);
}

beforeEach(() => fakeBrowser.reset());

describe('history storage under concurrent writers', () => {
  it('keeps every one of N records added at once', async () => {
    const records = Array.from({ length: 8 }, (_, i) => rec(daysAgo(i + 1)));
    await Promise.all(records.map((r) => addRecord(r, NOW)));
    expect((await listRecords()).map((r) => r.id).sort()).toEqual(records.map((r) => r.id).sort());
  });

  it('keeps settings changes made at once', async () => {
    await Promise.all([saveHistorySettings({ preparedFor: 'Dana' }, NOW), saveHistorySettings({ keepText: true }, NOW), saveHistorySettings({ retentionDays: 365 }, NOW)]);
    expect(await loadHistorySettings()).toEqual({ preparedFor: 'Dana', keepText: true, retentionDays: 365 });
  });

  it('sets aside, not deletes, a stored record it cannot read; clearing the history clears those too', async () => {
    const odd = { id: 'x', sentAt: daysAgo(1), site: 'yahoo', role: 'support', score: 80 };
    await fakeBrowser.storage.local.set({ history: [odd] });
    const r = rec(daysAgo(2));
    await addRecord(r, NOW);
    expect((await listRecords()).map((x) => x.id)).toEqual([r.id]);
    expect(await setAside()).toEqual([odd]);
    await clearHistory();
    expect(await setAside()).toEqual([]);
  });
});
