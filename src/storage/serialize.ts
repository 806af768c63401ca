/**
 * One read-modify-write of stored data at a time. Every store (settings,
 * accounts, playbooks, promises, history) runs its writes through here, so
 * two changes made at once both land instead of the later one undoing the
 * earlier.
 *
 * Within one page (or the background) a promise queue per name orders the
 * writes; across the extension's pages and its background, which each have
 * their own queue, a Web Lock of the same name does, where the browser has
 * the Web Locks API. A failed write does not stop the ones after it.
 *
 * A task must not wait for another task of the same name (it would wait for
 * itself); taking a different name inside one is fine.
 */

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

const queues = new Map<string, Promise<unknown>>();

function lockManager(): LockManagerLike | undefined {
  const locks = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator?.locks;
  return locks && typeof locks.request === 'function' ? locks : undefined;
}

/** Runs `task` after every earlier task of this name has finished, here and (with Web Locks) in the extension's other pages. */
export function serialized<T>(name: string, task: () => Promise<T>): Promise<T> {
  const run = () => {
    const locks = lockManager();
    return locks ? locks.request(`trust-coach:${name}`, task) : task();
  };
  const next = (queues.get(name) ?? Promise.resolve()).then(run, run);
  const settled = next.then(
    () => undefined,
    () => undefined,
  );
  queues.set(name, settled);
  // Forget an idle queue, so names do not pile up.
  void settled.then(() => {
    if (queues.get(name) === settled) queues.delete(name);
  });
  return next;
}
