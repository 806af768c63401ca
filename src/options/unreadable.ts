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

export async function loadUnreadable(): Promise<UnreadableReport> {
  const [aside, ...pending] = await Promise.all([
    listSetAside(),
    ...Object.entries(PENDING).map(async ([store, read]) => (await read()).map((value): UnreadableEntry => ({ store, value }))),
  ]);
  const entries = [...aside, ...pending.flat()];
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
