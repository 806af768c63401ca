/**
 * Checks account notes that come from outside the extension's own storage: an
 * imported file, a `--account FILE` for the CLI, a record the UI is about to
 * save. Strict, so a typo or a damaged file is refused with a message that
 * says what is wrong and where, rather than half-read: for the CLI by path
 * ("accounts[2].people[0].name: expected text"), for the options page in
 * plain words ("Account 3 (“Acme”): person 1’s name should be text, not a
 * number"). What the extension reads back from its own storage
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
const NO_KEY = 'This account has no "key": add the domain of its email addresses, for example "key": "northwind.com".';
/** Fields of one account (and "facts", a common guess at one), by which a hand-written account is known without its key. */
const HAND_WRITTEN_FIELDS = ['name', 'strategy', 'news', 'people', 'lastInteraction', 'checklist', 'facts', 'notes'];
const PLAYBOOK_FILE_FORMAT = 'trust-coach-playbook';
const PLAYBOOK_FILE = 'This is a team playbook, not an accounts file: import it under Settings → Playbooks.';
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
  const shown = raw.length > 60 ? `${raw.slice(0, 57)}…` : raw;
  const examples = 'an email domain (like northwind.com) or a free-mail address (like dana@gmail.com)';
  ctx.issues.push({
    code: 'custom',
    input: raw,
    message: raw.trim() ? `"${shown}" is not ${examples}` : `must not be empty: use ${examples.replace(/^an /, 'the ')}`,
    // The plain-words form follows its subject: "the key must not be empty — use …".
    params: { plain: raw.trim() ? `“${shown}” is not ${examples}` : `must not be empty — use ${examples.replace(/^an /, 'the ')}` },
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

/**
 * One problem, found at `path` (from the file's root). `text` is what the CLI
 * prints after the path ("expected text (got a number)"); `plain` is the same
 * in words that follow a subject ("should be text, not a number").
 */
interface Problem {
  path: PathPart[];
  text: string;
  plain: string;
}

/** The problems zod found in `root` (`prefix` + the issue's path says where `root` is in the file). */
function describeIssue(issue: z.core.$ZodIssue, root: unknown, prefix: readonly PathPart[]): Problem[] {
  const path = [...prefix, ...issue.path];
  const one = (text: string, plain: string): Problem[] => [{ path, text, plain }];
  switch (issue.code) {
    case 'invalid_type': {
      const value = valueAt(root, issue.path);
      if (value === undefined) return one('is missing', 'is missing');
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      return one(`expected ${expected} (got ${kindOf(value)})`, `should be ${expected}, not ${kindOf(value)}`);
    }
    case 'too_big': {
      const max = issue.maximum.toLocaleString('en-US');
      return issue.origin === 'array'
        ? one(`too many (at most ${max})`, `has too many entries (at most ${max})`)
        : one(`too long (at most ${max} characters)`, `is too long (at most ${max} characters)`);
    }
    case 'unrecognized_keys':
      return issue.keys.map((k) => ({ path: [...path, k], text: 'not a field Trust Coach knows (check the spelling)', plain: 'is not a field Trust Coach knows (check the spelling)' }));
    case 'invalid_format':
      return one(`expected a date and time like ${EXAMPLE_TIME}`, `should be a date and time like ${EXAMPLE_TIME}`);
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v)).join(' or ');
      return one(`expected ${values}`, `should be ${values}`);
    }
    default: {
      const plain: unknown = issue.code === 'custom' ? issue.params?.plain : undefined;
      return one(issue.message, typeof plain === 'string' ? plain : issue.message);
    }
  }
}

/** "accounts[2].people[0].name: expected text (got a number)": for the CLI, and anyone editing the file by hand. */
function pathLine(p: Problem): string {
  return `${formatPath(p.path) || 'the file'}: ${p.text}`;
}

const RECORD_FIELDS: Record<string, string> = {
  key: 'the key',
  name: 'the name',
  strategy: '“What they’re doing”',
  news: '“Recent news”',
  people: 'the list of people',
  lastInteraction: '“Last interaction”',
  checklist: 'the checklist',
  updatedAt: 'the time it was updated',
};
const FILE_FIELDS: Record<string, string> = {
  format: 'the format',
  version: 'the version',
  exportedAt: 'the time it was exported',
  accounts: 'the list of accounts',
};
const PERSON_FIELDS: Record<string, (n: number) => string> = {
  name: (n) => `person ${n}’s name`,
  role: (n) => `person ${n}’s role`,
  said: (n) => `what person ${n} said`,
};

/** What `path` (inside one account, or in the file itself) is, in words: "person 1’s name", "the field “stratgy”". */
function subject(path: readonly PathPart[], fields: Record<string, string>): string {
  const [first, second, third] = path;
  if (first === undefined) return 'it';
  const field = String(first);
  const known = Object.hasOwn(fields, field) ? fields[field]! : `the field “${field}”`;
  if (path.length === 1) return known;
  if (fields === RECORD_FIELDS && field === 'people' && typeof second === 'number') {
    const n = second + 1;
    if (path.length === 2) return `person ${n}`;
    if (path.length === 3) return Object.hasOwn(PERSON_FIELDS, String(third)) ? PERSON_FIELDS[String(third)]!(n) : `person ${n}’s field “${String(third)}”`;
  }
  if (fields === RECORD_FIELDS && field === 'checklist' && path.length === 2) return `the checklist’s “${String(second)}”`;
  return `“${formatPath(path)}”`;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Account 2 (“Globex”)": the account as a person counts them, with its name (or key) when it has one. */
function accountWords(index: number, item: unknown): string {
  const raw = isObject(item) ? [item.name, item.key].find((v): v is string => typeof v === 'string' && v.trim() !== '') : undefined;
  const label = raw?.trim();
  if (!label) return `Account ${index + 1}`;
  return `Account ${index + 1} (“${label.length > 60 ? `${label.slice(0, 57)}…` : label}”)`;
}

/** "Account 2 (“Globex”): the key must not be empty": for the options page. `root` is the whole file (or the one record). */
function plainLine(p: Problem, root: unknown): string {
  const [first, index] = p.path;
  if (first === 'accounts' && typeof index === 'number' && isObject(root) && Array.isArray(root.accounts)) {
    const account = accountWords(index, root.accounts[index]);
    const rest = p.path.slice(2);
    return rest.length ? `${account}: ${subject(rest, RECORD_FIELDS)} ${p.plain}` : `${account} ${p.plain}`;
  }
  const inFile = isObject(root) && 'format' in root;
  return p.path.length ? `${capitalize(subject(p.path, inFile ? FILE_FIELDS : RECORD_FIELDS))} ${p.plain}` : `The file ${p.plain}`;
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

type Checked<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

function checkRecord(value: unknown, now: Date, where: readonly PathPart[]): Checked<AccountRecord> {
  const result = recordSchema.safeParse(value);
  if (!result.success) return { ok: false, problems: result.error.issues.flatMap((i) => describeIssue(i, value, where)) };
  return { ok: true, value: finishRecord(result.data, now) };
}

/**
 * Checks one account record strictly; `where` is the path its errors start
 * with (["accounts", 2]). A missing updatedAt becomes `now`.
 */
export function validateAccountRecord(value: unknown, now: Date = new Date(), where: readonly PathPart[] = []): Parsed<AccountRecord> {
  const result = checkRecord(value, now, where);
  return result.ok ? result : { ok: false, errors: capErrors(result.problems.map(pathLine)) };
}

/**
 * Checks one record strictly, in plain words after `label` for the options
 * page: "Rows 2 and 5 (“Acme”): the list of people has too many entries (at
 * most 100)". For records made from another format (a CRM's CSV export),
 * where the file's own paths mean nothing to the reader.
 */
export function validateAccountRecordPlain(value: unknown, now: Date, label: string): Parsed<AccountRecord> {
  const result = checkRecord(value, now, []);
  if (result.ok) return result;
  return { ok: false, errors: result.problems.map((p) => (p.path.length ? `${label}: ${subject(p.path, RECORD_FIELDS)} ${p.plain}` : `${label} ${p.plain}`)) };
}

/** At most LIMITS.errors problems, then "…and N more problems.". */
export const capProblems = (errors: string[]): string[] => capErrors(errors);

/** Two records for one account in one file: which one to keep is not ours to guess. */
function duplicateProblems(records: readonly AccountRecord[], indexes: readonly number[]): Problem[] {
  const first = new Map<string, number>();
  const problems: Problem[] = [];
  records.forEach((r, i) => {
    const seen = first.get(r.key);
    if (seen === undefined) first.set(r.key, indexes[i]!);
    else
      problems.push({
        path: ['accounts', indexes[i]!, 'key'],
        text: `"${r.key}" is the same account as accounts[${seen}] (each account can appear only once)`,
        plain: `“${r.key}” is the same account as account ${seen + 1} (each account can appear only once)`,
      });
  });
  return problems;
}

// ---- files -------------------------------------------------------------------

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Where JSON.parse stopped, as "line 1, column 73": from its message (V8 says
 * "at position 72", Firefox "at line 1 column 73"), else the end of the text
 * (V8's "Unexpected end of JSON input").
 */
function jsonErrorPlace(message: string, text: string): string {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return `line ${lineColumn[1]}, column ${lineColumn[2]}`;
  const position = /position (\d+)/.exec(message);
  const before = text.slice(0, position ? Number(position[1]) : text.length).split(/\r\n|\r|\n/);
  return `line ${before.length}, column ${before[before.length - 1]!.length + 1}`;
}

function parseJson(text: string, plainWords: boolean): Parsed<unknown> {
  if (text.length > LIMITS.fileBytes) return { ok: false, errors: ['This file is too big (over 5 MB) to be a Trust Coach accounts file.'] };
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') return { ok: false, errors: ['This file is empty.'] };
  try {
    return { ok: true, value: JSON.parse(clean) };
  } catch (err) {
    const message = err instanceof Error ? err.message.split('\n')[0]! : '';
    if (plainWords) return { ok: false, errors: [`The file isn’t valid JSON (${jsonErrorPlace(message, clean)}).`] };
    const detail = message ? ` (${message})` : '';
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
  /**
   * Say what is wrong in plain words, for the options page: "Account 2
   * (“Globex”): the key must not be empty", "The file isn’t valid JSON (line
   * 1, column 73)." Without it, by path, for the CLI: "accounts[1].key: …".
   */
  plainWords?: boolean;
}

/**
 * Reads an accounts file (the export format, or with allowSingleRecord one
 * bare record) and checks all of it: on any problem, every problem found is
 * returned and no record is. Records come back with normalized keys.
 */
export function parseAccountsFile(text: string, options: ParseOptions = {}): Parsed<AccountRecord[]> {
  const now = options.now ?? new Date();
  const plainWords = options.plainWords ?? false;
  const json = parseJson(text, plainWords);
  if (!json.ok) return json;
  const root = json.value;
  const refuse = (problems: Problem[]): Parsed<AccountRecord[]> => ({ ok: false, errors: capErrors(problems.map((p) => (plainWords ? plainLine(p, root) : pathLine(p)))) });
  if (!isObject(root)) return { ok: false, errors: [NOT_ACCOUNTS_FILE] };

  if (!('format' in root) && options.allowSingleRecord && 'key' in root) {
    const one = checkRecord(root, now, []);
    return one.ok ? { ok: true, value: [one.value] } : refuse(one.problems);
  }
  // One account written by hand without its key: say what the key is, rather than that the file is unknown.
  if (!('format' in root) && options.allowSingleRecord && HAND_WRITTEN_FIELDS.some((f) => f in root)) return { ok: false, errors: [NO_KEY] };
  if (plainWords && root.format === PLAYBOOK_FILE_FORMAT) return { ok: false, errors: [PLAYBOOK_FILE] };
  if (root.format !== ACCOUNTS_FILE_FORMAT) return { ok: false, errors: [NOT_ACCOUNTS_FILE] };
  const wrongVersion = versionError(root.version);
  if (wrongVersion) return { ok: false, errors: [wrongVersion] };

  const problems: Problem[] = [];
  const file = fileSchema.safeParse(root);
  if (!file.success) problems.push(...file.error.issues.flatMap((i) => describeIssue(i, root, [])));
  const list = Array.isArray(root.accounts) ? root.accounts.slice(0, LIMITS.accounts) : [];
  const records: AccountRecord[] = [];
  const indexes: number[] = [];
  list.forEach((item, i) => {
    const r = checkRecord(item, now, ['accounts', i]);
    if (r.ok) {
      records.push(r.value);
      indexes.push(i);
    } else problems.push(...r.problems);
  });
  problems.push(...duplicateProblems(records, indexes));
  if (problems.length) return refuse(problems);
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
