import { afterEach, describe, expect, it, vi } from 'vitest';

/** A minimal Web Locks API: one holder per name, in request order. */
function fakeLocks() {
  const chains = new Map<string, Promise<unknown>>();
  const names: string[] = [];
  return {
    names,
    request<T>(name: string, callback: () => Promise<T>): Promise<T> {
      names.push(name);
      const run = (chains.get(name) ?? Promise.resolve()).then(callback);
      chains.set(name, run.catch(() => undefined));
      return run;
    },
  };
}

const tick = () => new Promise((r) => setTimeout(r, 1));

/** A read-modify-write of a shared counter that yields between the read and the write, as storage does. */
async function bump(box: { n: number }) {
  const read = box.n;
  await tick();
  box.n = read + 1;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('serialized', () => {
  it('runs N overlapping writes of one name one after another, in order; other names do not wait', async () => {
    const { serialized } = await import('../../src/storage/serialize');
    const box = { n: 0 };
    const order: number[] = [];
    await Promise.all(Array.from({ length: 10 }, (_, i) => serialized('x', async () => (await bump(box), order.push(i)))));
    expect(box.n).toBe(10);
    expect(order).toEqual([...Array(10).keys()]);
  });

  it('a failed write does not stop the ones after it', async () => {
    const { serialized } = await import('../../src/storage/serialize');
    const failing = serialized('y', () => Promise.reject(new Error('boom')));
    const after = serialized('y', async () => 'ok');
    await expect(failing).rejects.toThrow('boom');
    await expect(after).resolves.toBe('ok');
  });

  it('with Web Locks, serializes across two pages (two copies of the module, each with its own queue)', async () => {
    const locks = fakeLocks();
    vi.stubGlobal('navigator', { locks });
    const pageA = await import('../../src/storage/serialize');
    vi.resetModules();
    const pageB = await import('../../src/storage/serialize');
    expect(pageA.serialized).not.toBe(pageB.serialized);
    const box = { n: 0 };
    await Promise.all(Array.from({ length: 6 }, (_, i) => (i % 2 ? pageA : pageB).serialized('settings', () => bump(box))));
    expect(box.n).toBe(6);
    expect(new Set(locks.names)).toEqual(new Set(['trust-coach:settings']));
  });
});
