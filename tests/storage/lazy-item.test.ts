import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { defineLazyItem } from '../../src/storage/lazy-item';

/** The keys each storage.local.get asked for, in order. */
function spyReads() {
  const get = vi.spyOn(fakeBrowser.storage.local, 'get');
  return { get, keys: () => get.mock.calls.map(([k]) => k) };
}

const upper = { 2: (v: string[]) => v.map((s) => s.toUpperCase()) };

describe('defineLazyItem', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('reads nothing until first used, then the version and the value once, when the stored version is current', async () => {
    await fakeBrowser.storage.local.set({ big: ['a', 'b'], big$: { v: 2 } });
    const reads = spyReads();
    const item = defineLazyItem<string[]>('local:big', { fallback: [], version: 2, migrations: upper });
    await new Promise((r) => setTimeout(r, 20));
    expect(reads.get).not.toHaveBeenCalled();
    expect(item.key).toBe('local:big');
    expect(item.fallback).toEqual([]);

    expect(await item.getValue()).toEqual(['a', 'b']);
    expect(reads.keys()).toEqual(['big$', 'big']);
    // WXT's own item reads the value three times for the same answer.
    await storage.defineItem<string[]>('local:big', { fallback: [], version: 2, migrations: upper }).getValue();
    expect(reads.keys().slice(2).filter((k) => JSON.stringify(k).includes('"big"'))).toHaveLength(3);
  });

  it('migrates a value from an older version (or from before versions) on first use, as WXT does', async () => {
    await fakeBrowser.storage.local.set({ old: ['a'], old$: { v: 1 }, bare: ['b'] });
    const old = defineLazyItem<string[]>('local:old', { fallback: [], version: 2, migrations: upper });
    const bare = defineLazyItem<string[]>('local:bare', { fallback: [], version: 2, migrations: upper });
    expect(await old.getValue()).toEqual(['A']);
    expect(await bare.getValue()).toEqual(['B']);
    expect(await fakeBrowser.storage.local.get(['old$', 'bare$'])).toEqual({ old$: { v: 2 }, bare$: { v: 2 } });
  });

  it('stores the version with the first value of a new install, as WXT does', async () => {
    const item = defineLazyItem<string[]>('local:fresh', { fallback: [], version: 3, migrations: {} });
    expect(await item.getValue()).toEqual([]);
    await item.setValue(['x']);
    expect(await fakeBrowser.storage.local.get(['fresh', 'fresh$'])).toEqual({ fresh: ['x'], fresh$: { v: 3 } });
    const one = defineLazyItem<string[]>('local:one', { fallback: [], version: 1, migrations: {} });
    expect(await one.getValue()).toEqual([]);
    await one.setValue(['y']);
    await one.setValue(['z']);
    expect(await fakeBrowser.storage.local.get(['one', 'one$'])).toEqual({ one: ['z'], one$: { v: 1 } });
  });

  it('reads a version-1 value stored without its version directly (nothing to migrate from), and stores the version with the next value', async () => {
    await fakeBrowser.storage.local.set({ acc: ['a'] });
    const reads = spyReads();
    const item = defineLazyItem<string[]>('local:acc', { fallback: [], version: 1, migrations: {} });
    expect(await item.getValue()).toEqual(['a']);
    expect(reads.keys()).toEqual(['acc$', 'acc']);
    await item.setValue(['b']);
    expect(await fakeBrowser.storage.local.get(['acc', 'acc$'])).toEqual({ acc: ['b'], acc$: { v: 1 } });
  });

  it('leaves a newer version to WXT, which says so and reads it as it is', async () => {
    await fakeBrowser.storage.local.set({ nv: ['a'], nv$: { v: 5 } });
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const item = defineLazyItem<string[]>('local:nv', { fallback: [], version: 1, migrations: {} });
    expect(await item.getValue()).toEqual(['a']);
    expect(String(error.mock.calls[0]?.[0])).toMatch(/Migration failed for local:nv/);
  });

  it('runs the migration when asked, whatever it found before', async () => {
    const item = defineLazyItem<string[]>('local:m', { fallback: [], version: 2, migrations: upper });
    await fakeBrowser.storage.local.set({ m: ['a'], m$: { v: 2 } });
    expect(await item.getValue()).toEqual(['a']);
    await fakeBrowser.storage.local.set({ m: ['b'], m$: { v: 1 } });
    await item.migrate();
    expect(await item.getValue()).toEqual(['B']);
    expect(await fakeBrowser.storage.local.get('m$')).toEqual({ m$: { v: 2 } });
  });

  it('behaves as the WXT item: writes, watches with the fallback, removes, and lets a test spy on a method', async () => {
    await fakeBrowser.storage.local.set({ n$: { v: 1 } });
    const item = defineLazyItem<number>('local:n', { fallback: 0, version: 1, migrations: {} });
    expect(await item.getValue()).toBe(0);
    const seen: [number, number][] = [];
    const stop = item.watch((v, old) => seen.push([v, old]));
    const setValue = vi.spyOn(item, 'setValue');
    await item.setValue(3);
    expect(setValue).toHaveBeenCalledWith(3);
    expect(await item.getValue()).toBe(3);
    await item.removeValue();
    expect(await item.getValue()).toBe(0);
    await vi.waitFor(() => expect(seen).toEqual([[3, 0], [0, 3]]));
    stop();
    await item.setMeta({ note: 'x' });
    expect(await item.getMeta()).toEqual({ v: 1, note: 'x' });
  });
});
