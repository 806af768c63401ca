import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addPromises, deletePromise, listPromises, loadPromiseSettings, markKept, savePromiseSettings } from '../../src/promises/store';
import { makePromise } from './helpers';

async function setAside(): Promise<unknown[]> {
  const list = ((await fakeBrowser.storage.local.get('unreadable')).unreadable ?? []) as { store: string; value: unknown }[];
  return list.filter((e) => e.store === 'promises').map((e) => e.value);
}

beforeEach(() => fakeBrowser.reset());

describe('promise storage under concurrent writers', () => {
  it('keeps every one of N promises added at once', async () => {
    const ids = Array.from({ length: 8 }, (_, i) => `p${i}`);
    await Promise.all(ids.map((id) => addPromises([makePromise({ id })])));
    expect((await listPromises()).map((p) => p.id).sort()).toEqual([...ids].sort());
  });

  it('keeps mark-kept, delete and add made at once, and settings changed at once', async () => {
    await addPromises([makePromise({ id: 'a' }), makePromise({ id: 'b' })]);
    await Promise.all([markKept('a', new Date('2026-11-24T10:00:00Z')), deletePromise('b'), addPromises([makePromise({ id: 'c' })])]);
    expect((await listPromises()).map((p) => [p.id, p.status])).toEqual([
      ['a', 'kept'],
      ['c', 'open'],
    ]);
    await Promise.all([savePromiseSettings({ workdayStart: '08:30' }), savePromiseSettings({ leadMinutes: 30 })]);
    expect(await loadPromiseSettings()).toMatchObject({ workdayStart: '08:30', leadMinutes: 30 });
  });

  it('sets aside, not deletes, a stored promise it cannot read', async () => {
    const odd = { id: 'from later', text: 'a promise in a newer shape', sentAt: 'soon' };
    await fakeBrowser.storage.local.set({ promises: [odd, makePromise({ id: 'a' })] });
    await addPromises([makePromise({ id: 'b' })]);
    expect((await listPromises()).map((p) => p.id)).toEqual(['a', 'b']);
    expect(await setAside()).toEqual([odd]);
  });
});
