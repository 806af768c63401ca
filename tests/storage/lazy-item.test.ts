import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineLazyItem } from '../../src/storage/lazy-item';

describe('defineLazyItem', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads nothing until the item is first used (WXT reads a defined item at once, twice when versioned)', async () => {
    await fakeBrowser.storage.local.set({ big: ['a', 'b'], big$: { v: 1 } });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const item = defineLazyItem<string[]>('local:big', { fallback: [], version: 2, migrations: { 2: (v: string[]) => v.map((s) => s.toUpperCase()) } });
    await new Promise((r) => setTimeout(r, 20));
    expect(get).not.toHaveBeenCalled();
    expect(item.key).toBe('local:big');
    expect(item.fallback).toEqual([]);
    expect(get).not.toHaveBeenCalled();

    // First use: the migration runs before the read, as for an item WXT defines at once.
    expect(await item.getValue()).toEqual(['A', 'B']);
    expect(get).toHaveBeenCalled();
    expect(await fakeBrowser.storage.local.get('big$')).toEqual({ big$: { v: 2 } });
  });

  it('behaves as the WXT item: writes, watches, falls back, and lets a test spy on a method', async () => {
    const item = defineLazyItem<number>('local:n', { fallback: 0, version: 1, migrations: {} });
    expect(await item.getValue()).toBe(0);
    const seen: number[] = [];
    const stop = item.watch((v) => seen.push(v));
    const setValue = vi.spyOn(item, 'setValue');
    await item.setValue(3);
    expect(setValue).toHaveBeenCalledWith(3);
    expect(await item.getValue()).toBe(3);
    await vi.waitFor(() => expect(seen).toEqual([3]));
    stop();
    await item.removeValue();
    expect(await item.getValue()).toBe(0);
  });
});
