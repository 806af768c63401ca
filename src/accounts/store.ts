/**
 * The writer's account notes, kept in extension storage on this device only
 * (`storage.local`, key `accounts`): a list of AccountRecord, one per key.
 * Versioned like the settings: a later shape adds a migration and bumps
 * ACCOUNTS_STORAGE_VERSION; whatever is read is normalized, so a damaged value
 * never breaks the coach.
 *
 * Every write is a read-modify-write of the whole list, run one after
 * another (src/storage/serialize.ts), so a save from the side panel and one
 * from the options page never undo each other. A stored entry this version
 * cannot read (no usable key, or not an account at all) is never deleted: the
 * next write sets it aside, as it was (src/storage/unreadable.ts). Import checks the whole file before touching storage and
 * then writes once: a bad file changes nothing.
 */
import { defineLazyItem } from '../storage/lazy-item';
import { serialized } from '../storage/serialize';
import { writeSettingAside } from '../storage/unreadable';
import { normalizeAccountKey } from './key';
import { capProblems, LIMITS, normalizeAccountRecord, parseAccountsFile, serializeAccountsFile, validateAccountRecord, validateAccountRecordPlain } from './schema';
import { accountLabel, type AccountRecord } from './types';

export const ACCOUNTS_STORAGE_VERSION = 1;

export const accountsItem = defineLazyItem<AccountRecord[]>('local:accounts', {
  fallback: [],
  version: ACCOUNTS_STORAGE_VERSION,
  migrations: {},
});

/**
 * Keeps the usable records of a stored value; when one account appears twice,
 * the more recently updated record wins.
 */
export function normalizeAccounts(value: unknown): AccountRecord[] {
  if (!Array.isArray(value)) return [];
  const byKey = new Map<string, AccountRecord>();
  for (const item of value) {
    const record = normalizeAccountRecord(item);
    if (!record) continue;
    const other = byKey.get(record.key);
    if (!other || other.updatedAt <= record.updatedAt) byKey.set(record.key, record);
  }
  return [...byKey.values()];
}

// The collators localeCompare would make on every comparison (sorting 200 accounts made one per comparison, ~1,500).
let byName: Intl.Collator | undefined;
let byKey: Intl.Collator | undefined;

/** Names first, alphabetically, the way the writer looks for them. */
function byLabel(a: AccountRecord, b: AccountRecord): number {
  byName ??= new Intl.Collator(undefined, { sensitivity: 'base' });
  byKey ??= new Intl.Collator();
  return byName.compare(accountLabel(a), accountLabel(b)) || byKey.compare(a.key, b.key);
}

/**
 * The stored entries this version cannot read: a value that is not a list at
 * all, or items with no usable key. Pure.
 */
export function unreadableAccounts(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return [value];
  return value.filter((item) => normalizeAccountRecord(item) === undefined);
}

async function readAll(): Promise<AccountRecord[]> {
  return normalizeAccounts(await accountsItem.getValue());
}

/** The stored entries this version cannot read, for the options page. */
export async function pendingUnreadableAccounts(): Promise<unknown[]> {
  return unreadableAccounts(await accountsItem.getValue());
}

/**
 * Runs a read-modify-write of the list, one at a time in the order asked
 * (here and across the extension's pages); a failed write does not stop later
 * ones. `change` gets the readable records; what it returns is written, with
 * the unreadable entries set aside rather than lost. Nothing is written when
 * it returns no list.
 */
function updateAll<T>(change: (all: AccountRecord[]) => { next?: AccountRecord[]; result: T } | Promise<{ next?: AccountRecord[]; result: T }>): Promise<T> {
  return serialized('accounts', async () => {
    const raw = await accountsItem.getValue();
    const { next, result } = await change(normalizeAccounts(raw));
    if (next) await writeSettingAside(accountsItem, next, 'accounts', unreadableAccounts(raw));
    return result;
  });
}

/** Every account, sorted by name (or key). */
export async function listAccounts(): Promise<AccountRecord[]> {
  return (await readAll()).sort(byLabel);
}

/** The account with this key ("northwind.com", or "Northwind.com"), if there are notes on it. */
export async function getAccount(key: string): Promise<AccountRecord | undefined> {
  const k = normalizeAccountKey(key) ?? key.trim().toLowerCase();
  return (await readAll()).find((r) => r.key === k);
}

/**
 * Adds or replaces the account's record and stamps updatedAt; returns what was
 * stored. Rejects (and stores nothing) when the record is not valid, with the
 * problems in the error's message.
 */
export function saveAccount(record: AccountRecord, now: Date = new Date()): Promise<AccountRecord> {
  const checked = validateAccountRecord({ ...record, updatedAt: now.toISOString() }, now);
  if (!checked.ok) return Promise.reject(new Error(checked.errors.join('\n')));
  const next = checked.value;
  return updateAll((all) => {
    const i = all.findIndex((r) => r.key === next.key);
    if (i === -1) all.push(next);
    else all[i] = next;
    return { next: all, result: next };
  });
}

/** Deletes the account's notes; true when there were any. */
export function deleteAccount(key: string): Promise<boolean> {
  const k = normalizeAccountKey(key) ?? key.trim().toLowerCase();
  return updateAll((all) => {
    const rest = all.filter((r) => r.key !== k);
    if (rest.length === all.length) return { result: false };
    return { next: rest, result: true };
  });
}

/** Lower case without accents, so "Sao Paulo" finds "São Paulo". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

function searchableText(r: AccountRecord): string {
  return fold([r.key, r.name ?? '', r.strategy, r.news, r.lastInteraction, ...r.people.flatMap((p) => [p.name, p.role ?? '', p.said ?? ''])].join('\n'));
}

/**
 * The records that match every word of the query, in any field (name, key,
 * notes, people); case- and accent-insensitive. An empty query matches all.
 * Pure, for filtering a list already on screen.
 */
export function filterAccounts(records: readonly AccountRecord[], query: string): AccountRecord[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...records];
  return records.filter((r) => {
    const text = searchableText(r);
    return words.every((w) => text.includes(w));
  });
}

/** The stored accounts matching the query (see filterAccounts), sorted by name. */
export async function searchAccounts(query: string): Promise<AccountRecord[]> {
  return filterAccounts(await listAccounts(), query);
}

/** Calls back with every account (normalized) whenever they change, here or in another extension page. */
export function watchAccounts(cb: (records: AccountRecord[]) => void): () => void {
  return accountsItem.watch((v) => cb(normalizeAccounts(v).sort(byLabel)));
}

/** Every account as the export file's pretty JSON, and how many it holds (what the file has, not what a page last showed). */
export async function exportAccounts(now: Date = new Date()): Promise<{ text: string; count: number }> {
  const records = await listAccounts();
  return { text: serializeAccountsFile(records, now), count: records.length };
}

export type ImportMode = 'merge' | 'replace';

export type ImportResult =
  | {
      ok: true;
      /** Accounts that were not stored before. */
      added: number;
      /** Stored accounts the file changed. */
      updated: number;
      /** Accounts in the file identical to what was stored. */
      unchanged: number;
      /** Stored accounts removed because the file replaced them all (replace mode only). */
      removed: number;
    }
  | { ok: false; errors: string[] };

/**
 * What importing this file with `replace` would remove: the stored accounts
 * that are not in it, sorted by name; or, for a file import would refuse,
 * its problems. Reads only, so the page can ask before anything goes.
 */
export async function replaceWouldRemove(text: string): Promise<{ ok: true; removed: AccountRecord[] } | { ok: false; errors: string[] }> {
  const parsed = parseAccountsFile(text, { plainWords: true });
  if (!parsed.ok) return parsed;
  const keys = new Set(parsed.value.map((r) => r.key));
  return { ok: true, removed: (await listAccounts()).filter((r) => !keys.has(r.key)) };
}

/** The same notes (updatedAt aside, which differs whenever a copy was saved again). */
function sameNotes(a: AccountRecord, b: AccountRecord): boolean {
  return JSON.stringify({ ...a, updatedAt: '' }) === JSON.stringify({ ...b, updatedAt: '' });
}

/**
 * Imports an accounts file. `merge` adds the file's accounts to the stored
 * ones (a file's account replaces the stored one with the same key); `replace`
 * makes the stored accounts exactly the file's. The whole file is checked
 * first: on any problem nothing is written and every problem is returned,
 * in plain words for the options page. On success the accounts are written
 * in one single storage write.
 */
export function importAccounts(text: string, mode: ImportMode, now: Date = new Date()): Promise<ImportResult> {
  const parsed = parseAccountsFile(text, { now, plainWords: true });
  if (!parsed.ok) return Promise.resolve({ ok: false, errors: parsed.errors });
  return storeImported(parsed.value, mode, now);
}

export interface ImportRecordsOptions {
  /**
   * How an incoming account joins a stored one with the same key (a CRM's
   * data added to the writer's notes, say); without it the incoming record
   * replaces the stored one, as a Trust Coach file's does. What it returns
   * is checked again before anything is written.
   */
  combine?(stored: AccountRecord, incoming: AccountRecord): AccountRecord;
  /** Names record `index` in a problem ("Rows 2 and 5 (“Acme”)"); "Account N" without it. */
  label?(index: number): string;
  /** Called as the records are checked, with the share done (0 to 1). */
  onProgress?(fraction: number): void;
  /** Waits between batches of records, so the page stays responsive. */
  yieldNow?(): Promise<void>;
}

/** Records checked between two turns of the page's event loop. */
const CHECK_BATCH = 250;

/**
 * Imports account records made from another format (a CRM's CSV export),
 * merging them into the stored accounts through the same path as a file:
 * every record is checked strictly first (in batches, reporting progress),
 * on any problem nothing is written and the problems come back in plain
 * words; then one storage write.
 */
export async function importAccountRecords(values: readonly unknown[], now: Date = new Date(), options: ImportRecordsOptions = {}): Promise<ImportResult> {
  const label = options.label ?? ((i: number) => `Account ${i + 1}`);
  if (values.length > LIMITS.accounts)
    return { ok: false, errors: [`This is ${values.length.toLocaleString('en-US')} accounts; Trust Coach imports at most ${LIMITS.accounts.toLocaleString('en-US')} at a time.`] };
  const records: AccountRecord[] = [];
  const errors: string[] = [];
  for (let start = 0; start < values.length; start += CHECK_BATCH) {
    if (start > 0) await (options.yieldNow ?? nextTurn)();
    values.slice(start, start + CHECK_BATCH).forEach((value, j) => {
      const checked = validateAccountRecordPlain(value, now, label(start + j));
      if (checked.ok) records.push(checked.value);
      else errors.push(...checked.errors);
    });
    options.onProgress?.(Math.min(values.length, start + CHECK_BATCH) / values.length);
  }
  if (errors.length) return { ok: false, errors: capProblems(errors) };
  const seen = new Set<string>();
  for (const [i, r] of records.entries()) {
    if (seen.has(r.key)) return { ok: false, errors: [`${label(i)}: “${r.key}” appears twice (each account can appear only once)`] };
    seen.add(r.key);
  }
  return storeImported(records, 'merge', now, options);
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The one way imported accounts reach storage, whatever file they came from:
 * counts what is added, updated and unchanged, and writes once, setting
 * unreadable entries aside. `incoming` has been checked.
 */
function storeImported(incoming: AccountRecord[], mode: ImportMode, now: Date, options: Pick<ImportRecordsOptions, 'combine' | 'label'> = {}): Promise<ImportResult> {
  return serialized('accounts', async (): Promise<ImportResult> => {
    const raw = await accountsItem.getValue();
    const before = normalizeAccounts(raw);
    const stored = new Map(before.map((r) => [r.key, r]));
    if (options.combine) {
      // What joining makes is checked like the rest: the notes or people may have grown past a limit.
      const errors: string[] = [];
      incoming = incoming.map((r, i) => {
        const old = stored.get(r.key);
        if (!old) return r;
        const joined = validateAccountRecordPlain({ ...options.combine!(old, r), updatedAt: now.toISOString() }, now, options.label?.(i) ?? `Account ${i + 1}`);
        if (joined.ok) return joined.value;
        errors.push(...joined.errors);
        return r;
      });
      if (errors.length) return { ok: false, errors: capProblems(errors.map((e) => `${e} (with the notes you have on it)`)) };
    }
    let added = 0;
    let updated = 0;
    let unchanged = 0;
    for (const r of incoming) {
      const old = stored.get(r.key);
      if (!old) added++;
      else if (sameNotes(old, r)) unchanged++;
      else updated++;
    }
    const incomingKeys = new Set(incoming.map((r) => r.key));
    let next: AccountRecord[];
    let removed = 0;
    if (mode === 'replace') {
      next = incoming;
      removed = before.filter((r) => !incomingKeys.has(r.key)).length;
    } else {
      // Unchanged accounts keep their own record (and its time); changed ones take the file's.
      const byKey = new Map(incoming.map((r) => [r.key, r]));
      next = [...before.map((r) => (byKey.has(r.key) && !sameNotes(r, byKey.get(r.key)!) ? byKey.get(r.key)! : r)), ...incoming.filter((r) => !stored.has(r.key))];
    }
    try {
      // Replace makes the readable accounts exactly the file's; unreadable ones are set aside, never lost.
      await writeSettingAside(accountsItem, next, 'accounts', unreadableAccounts(raw));
    } catch (err) {
      const why = err instanceof Error ? ` (${err.message.split('\n')[0]})` : '';
      return { ok: false, errors: [`Couldn’t save the accounts on this device${why}. Nothing was changed.`] };
    }
    return { ok: true, added, updated, unchanged, removed };
  });
}
