/**
 * What the options page says about stored entries this version can't read:
 * those already set aside (src/storage/unreadable.ts) and those still in their
 * store, waiting for its next write. No React here.
 */
import { pendingUnreadableAccounts } from '../accounts/store';
import { pendingUnreadableHistory } from '../history/store';
import { pendingUnreadablePlaybooks } from '../playbook/store';
import { pendingUnreadablePromises } from '../promises/store';
import { listSetAside, type UnreadableEntry } from '../storage/unreadable';

export interface UnreadableReport {
  entries: UnreadableEntry[];
  /** How many per store. */
  counts: Record<string, number>;
}

const PENDING = {
  accounts: pendingUnreadableAccounts,
  playbooks: pendingUnreadablePlaybooks,
  promises: pendingUnreadablePromises,
  history: pendingUnreadableHistory,
} as const;

/** Where unreadable entries are: those set aside, and each store's still in it. */
export type UnreadablePart = 'aside' | keyof typeof PENDING;
export const UNREADABLE_PARTS: readonly UnreadablePart[] = ['aside', ...(Object.keys(PENDING) as (keyof typeof PENDING)[])];
export type UnreadableParts = Partial<Record<UnreadablePart, UnreadableEntry[]>>;

/** The storage.local key each part is read from. */
const KEY_OF: Record<UnreadablePart, string> = { aside: 'unreadable', accounts: 'accounts', playbooks: 'playbooks', promises: 'promises', history: 'history' };

/** Reads the parts named (each a storage read, and for a store a check of every entry it holds). */
export async function readUnreadableParts(parts: readonly UnreadablePart[] = UNREADABLE_PARTS): Promise<UnreadableParts> {
  const read = await Promise.all(
    parts.map(async (part): Promise<[UnreadablePart, UnreadableEntry[]]> =>
      part === 'aside' ? [part, await listSetAside()] : [part, (await PENDING[part]()).map((value): UnreadableEntry => ({ store: part, value }))],
    ),
  );
  return Object.fromEntries(read);
}

/**
 * The parts a change to these storage.local keys can alter (a versioned
 * item's meta key, `accounts$`, counts as its item): a change to the
 * settings, say, touches none, so nothing is read and checked again.
 */
export function partsChangedBy(keys: readonly string[]): UnreadablePart[] {
  const changed = new Set(keys.map((k) => k.replace(/\$$/, '')));
  return UNREADABLE_PARTS.filter((part) => changed.has(KEY_OF[part]));
}

/** The report over the parts read so far: set aside first, then each store's, in UNREADABLE_PARTS order. */
export function reportOf(parts: UnreadableParts): UnreadableReport {
  const entries = UNREADABLE_PARTS.flatMap((part) => parts[part] ?? []);
  const counts: Record<string, number> = {};
  for (const e of entries) counts[e.store] = (counts[e.store] ?? 0) + 1;
  return { entries, counts };
}

const WORDS: Record<string, [string, string]> = {
  accounts: ['account', 'accounts'],
  playbooks: ['playbook', 'playbooks'],
  promises: ['promise', 'promises'],
  history: ['coaching history record', 'coaching history records'],
};

/** "2 accounts and 1 playbook". */
export function describeCounts(counts: Record<string, number>): string {
  const parts = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([store, n]) => {
      const [one, many] = WORDS[store] ?? ['other saved item', 'other saved items'];
      return `${n} ${n === 1 ? one : many}`;
    });
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
