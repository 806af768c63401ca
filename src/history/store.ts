import { defineLazyItem } from '../storage/lazy-item';
import { serialized as serializedByName } from '../storage/serialize';
import { dropSetAside, writeSettingAside } from '../storage/unreadable';
import { z } from 'zod';
import { DIMENSIONS, KINDS, ROLES, TEAM_KINDS, type Dimension, type Kind, type Report } from '../model/types';
import { SITES, type Site } from '../settings/settings';
import { recordFromReport } from './record';
import { DEFAULT_HISTORY_SETTINGS, PREPARED_FOR_MAX, RETENTION_DAYS, TEAM_LABEL_MAX, type HistorySettings, type SentRecord, type TeamHintLabel } from './types';

/**
 * The coaching history, kept in extension storage on this device only
 * (`storage.local`, keys `history` and `historySettings`). Like the settings,
 * both values are versioned (a later shape adds a migration and bumps the
 * version) and normalized on every read, so a damaged value costs at most the
 * damaged records, never the coaching page.
 *
 * v2 added each record's team playbook phrases by name (`teamHints`) and the
 * summary's "Prepared for" name (`preparedFor`). Both are optional on read, so
 * a v1 value migrates as it is: its records just list no phrases by name.
 */

export const HISTORY_VERSION = 2;
/** Enough for years of a busy rep's email; keeps storage reads fast. The newest records win. */
export const MAX_RECORDS = 5000;
const DAY_MS = 86_400_000;

export const historyItem = defineLazyItem<SentRecord[]>('local:history', {
  fallback: [],
  version: HISTORY_VERSION,
  migrations: { 2: (records: SentRecord[]) => records },
});

export const historySettingsItem = defineLazyItem<HistorySettings>('local:historySettings', {
  fallback: DEFAULT_HISTORY_SETTINGS,
  version: HISTORY_VERSION,
  migrations: { 2: (settings: HistorySettings) => settings },
});

const KIND_SET = new Set<string>([...KINDS, ...TEAM_KINDS]);
const score = z.number().finite().min(0).max(100);
const teamHint = z.object({ kind: z.enum(TEAM_KINDS), label: z.string().trim().min(1).max(TEAM_LABEL_MAX) });

/** One stored record: the fields the charts need must be valid; counts and kinds fall back to safe values. */
const recordSchema = z.object({
  id: z.string().min(1).max(200),
  sentAt: z
    .string()
    .refine((s) => !Number.isNaN(Date.parse(s)))
    .transform((s) => new Date(s).toISOString()),
  site: z.enum(SITES),
  role: z.enum(ROLES),
  score,
  band: z.enum(['low', 'fair', 'good', 'great']),
  // With enum keys, zod requires every dimension.
  dimensions: z.record(z.enum(DIMENSIONS), score),
  kinds: z
    .array(z.unknown())
    .catch([])
    .transform((ks) => ks.filter((k): k is Kind => typeof k === 'string' && KIND_SET.has(k))),
  words: z.number().int().nonnegative().catch(0),
  promises: z.number().int().nonnegative().catch(0),
  // A damaged label costs that label, never the record.
  teamHints: z
    .array(z.unknown())
    .optional()
    .catch(undefined)
    .transform((hs) => hs?.flatMap((h): TeamHintLabel[] => {
      const parsed = teamHint.safeParse(h);
      return parsed.success ? [parsed.data] : [];
    })),
  text: z.string().optional().catch(undefined),
});

/** One stored record as the schema reads it, or undefined when the schema refuses it. */
export function recordFromSchema(item: unknown): SentRecord | undefined {
  const parsed = recordSchema.safeParse(item);
  if (!parsed.success) return undefined;
  const { teamHints, text, ...rest } = parsed.data;
  return { ...rest, ...(teamHints?.length ? { teamHints } : {}), ...(text === undefined ? {} : { text }) };
}

const SITE_SET = new Set<unknown>(SITES);
const ROLE_SET = new Set<unknown>(ROLES);
const BAND_SET = new Set<unknown>(['low', 'fair', 'good', 'great']);
const isScore = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The record a well-formed stored record reads as, built without the schema;
 * undefined for anything less than plainly valid, for recordFromSchema to
 * decide. What it returns is exactly what recordFromSchema would (a property
 * test holds them to it). Nearly every stored record is well-formed, and zod
 * is slow on a page's first use of it: 500 records took 20 to 65 ms as the
 * options page opened (its quick path needs eval, which extension pages
 * forbid), about 2 ms this way.
 */
export function wellFormedRecord(item: unknown): SentRecord | undefined {
  if (!isObject(item)) return undefined;
  const { id, sentAt, site, role, score, band, dimensions, kinds, words, promises, teamHints, text } = item;
  if (typeof id !== 'string' || id.length < 1 || id.length > 200) return undefined;
  if (typeof sentAt !== 'string' || Number.isNaN(Date.parse(sentAt))) return undefined;
  if (!SITE_SET.has(site) || !ROLE_SET.has(role) || !isScore(score) || !BAND_SET.has(band)) return undefined;
  if (!isObject(dimensions) || Object.keys(dimensions).length !== DIMENSIONS.length) return undefined;
  const dims = {} as Record<Dimension, number>;
  for (const d of DIMENSIONS) {
    const v = dimensions[d];
    if (!isScore(v)) return undefined;
    dims[d] = v;
  }
  if (!isCount(words) || !isCount(promises) || teamHints !== undefined || (text !== undefined && typeof text !== 'string')) return undefined;
  return {
    id,
    sentAt: new Date(sentAt).toISOString(),
    site: site as SentRecord['site'],
    role: role as SentRecord['role'],
    score,
    band: band as SentRecord['band'],
    dimensions: dims,
    kinds: Array.isArray(kinds) ? kinds.filter((k): k is Kind => typeof k === 'string' && KIND_SET.has(k)) : [],
    words,
    promises,
    ...(text === undefined ? {} : { text }),
  };
}

/** One stored record as normalizeHistory keeps it, or undefined when the schema refuses it. */
const readRecord = (item: unknown): SentRecord | undefined => wellFormedRecord(item) ?? recordFromSchema(item);

/** The collator localeCompare would make on every comparison: made once. */
let sentAtOrder: Intl.Collator | undefined;

/** Keeps the valid records of a stored value, oldest first, one per id, at most MAX_RECORDS (the newest). */
export function normalizeHistory(value: unknown): SentRecord[] {
  if (!Array.isArray(value)) return [];
  const byId = new Map<string, SentRecord>();
  for (const item of value) {
    const record = readRecord(item);
    if (record) byId.set(record.id, record);
  }
  sentAtOrder ??= new Intl.Collator();
  const records = [...byId.values()].sort((a, b) => sentAtOrder!.compare(a.sentAt, b.sentAt));
  return records.length > MAX_RECORDS ? records.slice(-MAX_RECORDS) : records;
}

export function normalizeHistorySettings(value: unknown): HistorySettings {
  const v = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const retentionDays = (RETENTION_DAYS as readonly unknown[]).includes(v.retentionDays)
    ? (v.retentionDays as HistorySettings['retentionDays'])
    : DEFAULT_HISTORY_SETTINGS.retentionDays;
  return { retentionDays, keepText: v.keepText === true, preparedFor: normalizePreparedFor(v.preparedFor) };
}

/** A name on one line: control characters and runs of spaces become one space, at most PREPARED_FOR_MAX characters. */
export function normalizePreparedFor(value: unknown): string {
  if (typeof value !== 'string') return '';
  return value.replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim().slice(0, PREPARED_FOR_MAX);
}

/**
 * Every write runs after the one before, so an add and a clear (or two quick
 * adds) never overwrite each other's read-modify-write. Within a page a queue
 * orders them; across the extension's pages and its background (which adds
 * records while the options page may clear them) a Web Lock does, where the
 * browser has one.
 */
function serialized<T>(write: () => Promise<T>): Promise<T> {
  return serializedByName('history', write);
}

/** The stored entries this version cannot read: a value that is not a list, or records the schema refuses. Pure. */
export function unreadableHistory(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return [value];
  return value.filter((item) => readRecord(item) === undefined);
}

/** The stored entries this version cannot read, for the options page. */
export async function pendingUnreadableHistory(): Promise<unknown[]> {
  return unreadableHistory(await historyItem.getValue());
}

async function readRecords(): Promise<SentRecord[]> {
  return normalizeHistory(await historyItem.getValue());
}

/** Drops what the retention and keep-text settings no longer allow. */
function applySettings(records: SentRecord[], settings: HistorySettings, now: Date): SentRecord[] {
  const cutoff = settings.retentionDays === 0 ? -Infinity : now.getTime() - settings.retentionDays * DAY_MS;
  return records
    .filter((r) => Date.parse(r.sentAt) >= cutoff)
    .map((r) => {
      if (settings.keepText || r.text === undefined) return r;
      const { text: _dropped, ...rest } = r;
      return rest;
    });
}

/** Rewrites the records; a stored record this version cannot read is set aside, never deleted. */
async function rewrite(now: Date, change: (records: SentRecord[]) => SentRecord[] = (r) => r): Promise<SentRecord[]> {
  const settings = await loadHistorySettings();
  const raw = await historyItem.getValue();
  const next = normalizeHistory(applySettings(change(normalizeHistory(raw)), settings, now));
  await writeSettingAside(historyItem, next, 'history', unreadableHistory(raw));
  return next;
}

/**
 * Adds one sent email and prunes what is past retention. The text is dropped
 * here too unless the writer keeps text, so a caller can never store it by mistake.
 */
export function addRecord(record: SentRecord, now: Date = new Date()): Promise<SentRecord[]> {
  return serialized(() => rewrite(now, (records) => [...records, record]));
}

/** Builds the record from the report at send, with the writer's keep-text choice, and adds it. */
export async function recordSentEmail(report: Report, meta: { site: Site; sentAt?: Date; body?: string }): Promise<SentRecord> {
  const { keepText } = await loadHistorySettings();
  const sentAt = meta.sentAt ?? new Date();
  const record = recordFromReport(report, { site: meta.site, sentAt, body: meta.body, keepText });
  await addRecord(record, sentAt);
  return record;
}

/** The stored records, oldest first; with sinceDays, only those sent in the last sinceDays × 24 hours. */
export async function listRecords(options: { sinceDays?: number; now?: Date } = {}): Promise<SentRecord[]> {
  const records = await readRecords();
  if (options.sinceDays === undefined) return records;
  const cutoff = (options.now ?? new Date()).getTime() - options.sinceDays * DAY_MS;
  return records.filter((r) => Date.parse(r.sentAt) >= cutoff);
}

/** Deletes every record, those this version could not read (and had set aside) included: the writer asked for all of it to go. */
export function clearHistory(): Promise<void> {
  return serialized(async () => {
    await historyItem.setValue([]);
    await dropSetAside('history');
  });
}

/** Drops records older than the retention setting; returns how many were dropped. */
export function prune(now: Date = new Date()): Promise<number> {
  return serialized(async () => {
    const before = (await readRecords()).length;
    return before - (await rewrite(now)).length;
  });
}

export function watchHistory(cb: (records: SentRecord[]) => void): () => void {
  return historyItem.watch((v) => cb(normalizeHistory(v)));
}

export async function loadHistorySettings(): Promise<HistorySettings> {
  return normalizeHistorySettings(await historySettingsItem.getValue());
}

/**
 * Saves a settings change and applies it to the history at once: a shorter
 * retention drops older emails, and turning "keep the text" off deletes the
 * text already kept. A change of the "Prepared for" name alone leaves the
 * history as it is (it is saved as it is typed).
 */
export function saveHistorySettings(change: Partial<HistorySettings>, now: Date = new Date()): Promise<HistorySettings> {
  return serialized(async () => {
    const next = normalizeHistorySettings({ ...(await loadHistorySettings()), ...change });
    await historySettingsItem.setValue(next);
    if (!('retentionDays' in change || 'keepText' in change)) return next;
    await rewrite(now);
    return next;
  });
}

export function watchHistorySettings(cb: (settings: HistorySettings) => void): () => void {
  return historySettingsItem.watch((v) => cb(normalizeHistorySettings(v)));
}
