/**
 * Checks account notes that come from outside the extension's own storage: an
 * imported file, a `--account FILE` for the CLI, a record the UI is about to
 * save. Strict, so a typo or a damaged file is refused with a message that
 * says what is wrong and where ("accounts[2].people[0].name: expected text"),
 * rather than half-read. What the extension reads back from its own storage
 * goes through the lenient normalizeAccountRecord instead, so a damaged stored
 * value never breaks the coach.
 */
import { z } from 'zod';
import { normalizeAccountKey } from './key';
import {
  ACCOUNTS_FILE_FORMAT,
  ACCOUNTS_FILE_VERSION,
  CHECKLIST_STEPS,
  EMPTY_CHECKLIST,
  type AccountRecord,
  type AccountsFile,
  type Checklist,
  type Person,
} from './types';

/** Size limits: generous for notes, small enough that storage (about 10 MB per extension) never fills up by accident. */
export const LIMITS = {
  fileBytes: 5_000_000,
  name: 200,
  notes: 20_000,
  people: 100,
  said: 5_000,
  accounts: 5_000,
  /** Errors listed before "…and N more". */
  errors: 20,
} as const;

const NOT_ACCOUNTS_FILE = 'This is not a Trust Coach accounts file.';
const EXAMPLE_TIME = '2026-11-23T10:00:00Z';

const trimmedOptional = (max: number) =>
  z
    .string()
    .max(max)
    .optional()
    .transform((v) => v?.trim() || undefined);

const keySchema = z.string().transform((raw, ctx) => {
  const key = normalizeAccountKey(raw);
  if (key) return key;
  ctx.issues.push({
    code: 'custom',
    input: raw,
    message: raw.trim()
      ? `"${raw.length > 60 ? `${raw.slice(0, 57)}…` : raw}" is not an email domain (like northwind.com) or a free-mail address (like dana@gmail.com)`
      : 'must not be empty: use the email domain (like northwind.com) or a free-mail address (like dana@gmail.com)',
  });
  return z.NEVER;
});

const personSchema = z.strictObject({
  name: z
    .string()
    .max(LIMITS.name)
    .transform((v) => v.trim())
    .refine((v) => v !== '', 'must not be empty'),
  role: trimmedOptional(LIMITS.name),
  said: trimmedOptional(LIMITS.said),
});

const checklistSchema = z.strictObject(
  Object.fromEntries(CHECKLIST_STEPS.map((s) => [s, z.boolean().default(false)])) as Record<keyof Checklist, z.ZodDefault<z.ZodBoolean>>,
);

/** One account as a file holds it. Fields other than the key may be left out (a hand-written file for the CLI). */
const recordSchema = z.strictObject({
  key: keySchema,
  name: trimmedOptional(LIMITS.name),
  strategy: z.string().max(LIMITS.notes).default(''),
  news: z.string().max(LIMITS.notes).default(''),
  people: z.array(personSchema).max(LIMITS.people).default([]),
  lastInteraction: z.string().max(LIMITS.notes).default(''),
  checklist: checklistSchema.default({ ...EMPTY_CHECKLIST }),
  updatedAt: z.iso.datetime({ offset: true }).optional(),
});

const fileSchema = z.strictObject({
  format: z.literal(ACCOUNTS_FILE_FORMAT),
  version: z.literal(ACCOUNTS_FILE_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  accounts: z.array(z.unknown()).max(LIMITS.accounts),
});

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: string[] };

// ---- messages ----------------------------------------------------------------

type PathPart = PropertyKey;

/** ['accounts', 2, 'people', 0, 'name'] → "accounts[2].people[0].name". */
export function formatPath(path: readonly PathPart[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

function valueAt(root: unknown, path: readonly PathPart[]): unknown {
  let v = root;
  for (const part of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[part];
  }
  return v;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list [ … ]',
  object: 'an object { … }',
};

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'boolean') return `${String(value)}`;
  return `a ${typeof value}`;
}

/** One plain-words line per problem zod found in `root`, each starting with where it is (`prefix` + the issue's path). */
function describeIssue(issue: z.core.$ZodIssue, root: unknown, prefix: readonly PathPart[]): string[] {
  const path = [...prefix, ...issue.path];
  const where = (p: readonly PathPart[]) => formatPath(p) || 'the file';
  switch (issue.code) {
    case 'invalid_type': {
      const value = valueAt(root, issue.path);
      if (value === undefined) return [`${where(path)}: is missing`];
      return [`${where(path)}: expected ${TYPE_WORDS[issue.expected] ?? issue.expected} (got ${kindOf(value)})`];
    }
    case 'too_big':
      return [
        issue.origin === 'array'
          ? `${where(path)}: too many (at most ${issue.maximum.toLocaleString('en-US')})`
          : `${where(path)}: too long (at most ${issue.maximum.toLocaleString('en-US')} characters)`,
      ];
    case 'unrecognized_keys':
      return issue.keys.map((k) => `${where([...path, k])}: not a field Trust Coach knows (check the spelling)`);
    case 'invalid_format':
      return [`${where(path)}: expected a date and time like ${EXAMPLE_TIME}`];
    case 'invalid_value':
      return [`${where(path)}: expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`];
    default:
      return [`${where(path)}: ${issue.message}`];
  }
}

function capErrors(errors: string[]): string[] {
  if (errors.length <= LIMITS.errors) return errors;
  const more = errors.length - LIMITS.errors;
  return [...errors.slice(0, LIMITS.errors), `…and ${more} more problem${more === 1 ? '' : 's'}.`];
}

// ---- records -----------------------------------------------------------------

function finishRecord(r: z.output<typeof recordSchema>, now: Date): AccountRecord {
  const record: AccountRecord = {
    key: r.key,
    strategy: r.strategy,
    news: r.news,
    people: r.people.map((p) => ({ name: p.name, ...(p.role ? { role: p.role } : {}), ...(p.said ? { said: p.said } : {}) })),
    lastInteraction: r.lastInteraction,
    checklist: { ...EMPTY_CHECKLIST, ...r.checklist },
    // Stored in UTC, whatever offset the file used, so times compare as text.
    updatedAt: new Date(r.updatedAt ?? now).toISOString(),
  };
  if (r.name) record.name = r.name;
  return record;
}

function checkRecord(value: unknown, now: Date, where: readonly PathPart[]): Parsed<AccountRecord> {
  const result = recordSchema.safeParse(value);
  if (!result.success) return { ok: false, errors: result.error.issues.flatMap((i) => describeIssue(i, value, where)) };
  return { ok: true, value: finishRecord(result.data, now) };
}

/**
 * Checks one account record strictly; `where` is the path its errors start
 * with (["accounts", 2]). A missing updatedAt becomes `now`.
 */
export function validateAccountRecord(value: unknown, now: Date = new Date(), where: readonly PathPart[] = []): Parsed<AccountRecord> {
  const result = checkRecord(value, now, where);
  return result.ok ? result : { ok: false, errors: capErrors(result.errors) };
}

/** Two records for one account in one file: which one to keep is not ours to guess. */
function duplicateErrors(records: readonly AccountRecord[], indexes: readonly number[]): string[] {
  const first = new Map<string, number>();
  const errors: string[] = [];
  records.forEach((r, i) => {
    const seen = first.get(r.key);
    if (seen === undefined) first.set(r.key, indexes[i]!);
    else errors.push(`accounts[${indexes[i]}].key: "${r.key}" is the same account as accounts[${seen}] (each account can appear only once)`);
  });
  return errors;
}

// ---- files -------------------------------------------------------------------

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJson(text: string): Parsed<unknown> {
  if (text.length > LIMITS.fileBytes) return { ok: false, errors: ['This file is too big (over 5 MB) to be a Trust Coach accounts file.'] };
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') return { ok: false, errors: ['This file is empty.'] };
  try {
    return { ok: true, value: JSON.parse(clean) };
  } catch (err) {
    const detail = err instanceof Error ? ` (${err.message.split('\n')[0]})` : '';
    return { ok: false, errors: [`This file isn’t valid JSON, so it can’t be a Trust Coach accounts file${detail}.`] };
  }
}

function versionError(version: unknown): string | undefined {
  if (version === ACCOUNTS_FILE_VERSION) return undefined;
  const reads = `this version of Trust Coach reads version ${ACCOUNTS_FILE_VERSION}`;
  if (typeof version === 'number' && Number.isFinite(version)) {
    const newer = version > ACCOUNTS_FILE_VERSION ? ' Update Trust Coach to import it.' : '';
    return `This file is version ${version}; ${reads}.${newer}`;
  }
  if (version === undefined) return `This file has no version number; ${reads}.`;
  return `This file’s version (${JSON.stringify(version)?.slice(0, 40) ?? kindOf(version)}) is not a number; ${reads}.`;
}

export interface ParseOptions {
  /** Fills a record's missing updatedAt. */
  now?: Date;
  /** Also accept a file holding one AccountRecord (what the CLI takes). */
  allowSingleRecord?: boolean;
}

/**
 * Reads an accounts file (the export format, or with allowSingleRecord one
 * bare record) and checks all of it: on any problem, every problem found is
 * returned and no record is. Records come back with normalized keys.
 */
export function parseAccountsFile(text: string, options: ParseOptions = {}): Parsed<AccountRecord[]> {
  const now = options.now ?? new Date();
  const json = parseJson(text);
  if (!json.ok) return json;
  const root = json.value;
  if (!isObject(root)) return { ok: false, errors: [NOT_ACCOUNTS_FILE] };

  if (!('format' in root) && options.allowSingleRecord && 'key' in root) {
    const one = validateAccountRecord(root, now);
    return one.ok ? { ok: true, value: [one.value] } : one;
  }
  if (root.format !== ACCOUNTS_FILE_FORMAT) return { ok: false, errors: [NOT_ACCOUNTS_FILE] };
  const wrongVersion = versionError(root.version);
  if (wrongVersion) return { ok: false, errors: [wrongVersion] };

  const errors: string[] = [];
  const file = fileSchema.safeParse(root);
  if (!file.success) errors.push(...file.error.issues.flatMap((i) => describeIssue(i, root, [])));
  const list = Array.isArray(root.accounts) ? root.accounts.slice(0, LIMITS.accounts) : [];
  const records: AccountRecord[] = [];
  const indexes: number[] = [];
  list.forEach((item, i) => {
    const r = checkRecord(item, now, ['accounts', i]);
    if (r.ok) {
      records.push(r.value);
      indexes.push(i);
    } else errors.push(...r.errors);
  });
  errors.push(...duplicateErrors(records, indexes));
  if (errors.length) return { ok: false, errors: capErrors(errors) };
  return { ok: true, value: records };
}

// ---- writing -----------------------------------------------------------------

function recordForFile(r: AccountRecord): AccountRecord {
  const people: Person[] = r.people.map((p) => ({ name: p.name, ...(p.role ? { role: p.role } : {}), ...(p.said ? { said: p.said } : {}) }));
  return {
    key: r.key,
    ...(r.name ? { name: r.name } : {}),
    strategy: r.strategy,
    news: r.news,
    people,
    lastInteraction: r.lastInteraction,
    checklist: { ...EMPTY_CHECKLIST, ...r.checklist },
    updatedAt: r.updatedAt,
  };
}

/** The export file as pretty JSON, fields in a fixed order so two exports of the same notes are the same text. */
export function serializeAccountsFile(records: readonly AccountRecord[], exportedAt: Date = new Date()): string {
  const file: AccountsFile = {
    format: ACCOUNTS_FILE_FORMAT,
    version: ACCOUNTS_FILE_VERSION,
    exportedAt: exportedAt.toISOString(),
    accounts: records.map(recordForFile),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

// ---- reading back from storage (lenient) -------------------------------------------

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const optStr = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/**
 * Keeps what is usable in a stored record and drops the rest; undefined when
 * it has no usable key. For the extension's own storage, where refusing a
 * whole record over one damaged field would lose the writer's notes.
 */
export function normalizeAccountRecord(value: unknown): AccountRecord | undefined {
  if (!isObject(value) || typeof value.key !== 'string') return undefined;
  const key = normalizeAccountKey(value.key);
  if (!key) return undefined;
  const people: Person[] = Array.isArray(value.people)
    ? value.people.flatMap((p): Person[] => {
        if (!isObject(p)) return [];
        const name = optStr(p.name);
        if (!name) return [];
        const role = optStr(p.role);
        const said = optStr(p.said);
        return [{ name, ...(role ? { role } : {}), ...(said ? { said } : {}) }];
      })
    : [];
  const checklistIn = isObject(value.checklist) ? value.checklist : {};
  const checklist = Object.fromEntries(CHECKLIST_STEPS.map((s) => [s, checklistIn[s] === true])) as Checklist;
  const time = typeof value.updatedAt === 'string' ? new Date(value.updatedAt) : undefined;
  const record: AccountRecord = {
    key,
    strategy: str(value.strategy),
    news: str(value.news),
    people,
    lastInteraction: str(value.lastInteraction),
    checklist,
    updatedAt: time && !Number.isNaN(time.getTime()) ? time.toISOString() : new Date(0).toISOString(),
  };
  const name = optStr(value.name);
  if (name) record.name = name;
  return record;
}
