/**
 * Stored entries this version of Trust Coach cannot read: an account with a
 * key it does not understand, a playbook that fails validation (say, from a
 * newer version), a list stored in a shape it does not expect. Reading skips
 * them, so they never break the coach; writing never deletes them. When a
 * store next saves, it sets them aside here (`storage.local`, key
 * `unreadable`), exactly as they were, in the same storage write that leaves
 * them out of the store; the options page says how many there are and offers
 * them for download.
 */
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { defineLazyItem } from './lazy-item';
import { serialized } from './serialize';

/** The store an unreadable entry came from. */
export type UnreadableStore = 'accounts' | 'playbooks' | 'history' | 'promises';

export interface UnreadableEntry {
  store: UnreadableStore | (string & {});
  /** When it was set aside (ISO date-time); absent while it is still in its store. */
  keptAt?: string;
  /** The entry exactly as it was stored. */
  value: unknown;
}

export const unreadableItem = defineLazyItem<UnreadableEntry[]>('local:unreadable', { fallback: [] });

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The set-aside entries; anything else found under the key is kept too, as an entry of its own. */
export function normalizeUnreadable(value: unknown): UnreadableEntry[] {
  if (value === undefined || value === null) return [];
  const items = Array.isArray(value) ? value : [value];
  return items.map((item): UnreadableEntry => {
    if (isObject(item) && typeof item.store === 'string' && 'value' in item) {
      return { store: item.store, ...(typeof item.keptAt === 'string' ? { keptAt: item.keptAt } : {}), value: item.value };
    }
    return { store: 'unknown', value: item };
  });
}

export async function listSetAside(): Promise<UnreadableEntry[]> {
  return normalizeUnreadable(await unreadableItem.getValue());
}

const identity = (store: string, value: unknown) => `${store}\u0000${JSON.stringify(value) ?? String(value)}`;

/**
 * Writes a store's new value and, in the same storage write, sets aside the
 * entries it could not read (each kept once, verbatim). With nothing to set
 * aside it is a plain write.
 */
export async function writeSettingAside<T>(
  item: WxtStorageItem<T, Record<string, unknown>>,
  value: T,
  store: UnreadableStore,
  unreadable: readonly unknown[],
  now: Date = new Date(),
): Promise<void> {
  if (unreadable.length === 0) {
    await item.setValue(value);
    return;
  }
  await serialized('unreadable', async () => {
    const kept = await listSetAside();
    const seen = new Set(kept.map((e) => identity(e.store, e.value)));
    for (const v of unreadable) {
      const id = identity(store, v);
      if (seen.has(id)) continue;
      seen.add(id);
      kept.push({ store, keptAt: now.toISOString(), value: v });
    }
    await storage.setItems([
      { item, value },
      { item: unreadableItem, value: kept },
    ]);
  });
}

/** The file the options page offers: every unreadable entry, as it was stored. */
export function serializeUnreadable(entries: readonly UnreadableEntry[], exportedAt: Date = new Date()): string {
  const file = {
    format: 'trust-coach-unreadable',
    exportedAt: exportedAt.toISOString(),
    note: 'Saved entries this version of Trust Coach could not read, exactly as they were stored. Nothing here was deleted.',
    entries,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Forgets what was set aside from one store (the writer cleared that store on
 * purpose, e.g. "Clear history"). Call it while holding that store's own
 * serialization: only its writes add its entries, so none can appear between
 * the first look and the write.
 */
export async function dropSetAside(store: UnreadableStore): Promise<void> {
  if (!(await listSetAside()).some((e) => e.store === store)) return;
  await serialized('unreadable', async () => {
    const kept = await listSetAside();
    const rest = kept.filter((e) => e.store !== store);
    if (rest.length !== kept.length) await unreadableItem.setValue(rest);
  });
}
