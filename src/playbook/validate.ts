/**
 * Reads a playbook and says exactly what is wrong with a bad one: every
 * error names the field (`rules.jargon.severity`, `phrases[2].pattern`) and a
 * plain reason ("must be one of info, warn, risk"), so a manager can fix the
 * file without knowing JSON Schema. Pure: used by the options page, the
 * managed-policy reader and the CLI alike.
 */
import { z } from 'zod';
import { DIMENSIONS, ROLES } from '../model/types';
import { removeWithSpaceBefore } from '../model/chars';
import { jsonErrorOffset, jsonPathOffsets, lineColumn, lineOfPath } from './json-position';
import { PLAYBOOK_FORMAT, PLAYBOOK_SCHEMA_VERSION, PlaybookSchema, RULE_IDS, type Playbook } from './schema';

/** One reason a playbook was refused. `path` is '' for the file as a whole. */
export interface PlaybookIssue {
  path: string;
  message: string;
  /** For text that isn't valid JSON: where it goes wrong (offset into the text; 1-based line and column). */
  at?: { offset: number; line: number; column: number };
  /**
   * For a file of more than one line: the line the field is written on (for
   * a missing field, the line of the item that lacks it), as a text editor
   * numbers them, from 1.
   */
  line?: number;
}

export type PlaybookResult = { ok: true; playbook: Playbook } | { ok: false; errors: PlaybookIssue[] };

/** Larger files are refused before parsing: a real playbook is a few kilobytes. */
export const MAX_PLAYBOOK_CHARS = 512 * 1024;

type Path = readonly PropertyKey[];

/** `phrases[2].pattern`, `rules.no-next-step.severity`, `weights["odd key"]`; '' for the root. */
export function formatPath(path: Path): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$-]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** Singular names for the items of a list, as people count them: `phrases[0]` is "phrase 1". */
const ITEM_NAMES: Record<string, string> = { phrases: 'phrase', coachNotes: 'coach note', roles: 'role', anyOf: 'anyOf word' };

/**
 * A path as people read it: counted from 1, in words. `phrases[0].pattern` →
 * "phrase 1 › pattern", `rules.jargon.severity` → "rules › jargon ›
 * severity", '' → ''. The path itself stays what the form and tools key on.
 */
export function describePath(path: string): string {
  const parts: string[] = [];
  for (const m of path.matchAll(/\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|\.?([^.[\]]+)/g)) {
    if (m[1] !== undefined) {
      const list = parts.pop();
      const item = list === undefined ? 'item' : (ITEM_NAMES[list] ?? `${list} item`);
      parts.push(`${item} ${Number(m[1]) + 1}`);
    } else parts.push(m[2] !== undefined ? (JSON.parse(m[2]) as string) : m[3]!);
  }
  return parts.join(' › ');
}

/** Where an issue is, in words and with its line: "phrase 1 › pattern (line 12)"; '' for the whole file. */
export function issuePlace(issue: Pick<PlaybookIssue, 'path' | 'line'>): string {
  if (issue.path === '') return '';
  return `${describePath(issue.path)}${issue.line !== undefined ? ` (line ${issue.line})` : ''}`;
}

/** Parses playbook text (a file's contents, a managed policy value). Never throws. */
export function parsePlaybook(text: string): PlaybookResult {
  if (text.length > MAX_PLAYBOOK_CHARS) {
    return fail('', `is too big for a playbook (${Math.round(text.length / 1024)} KB; the limit is ${MAX_PLAYBOOK_CHARS / 1024} KB)`);
  }
  const source = text.replace(/^\uFEFF/, '');
  if (source.trim() === '') return fail('', 'is empty: a playbook is a JSON object, starting with {');
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    const problem = jsonProblem(source, error);
    // Offsets are into the text as given, byte-order mark included.
    const at = problem.at && { ...problem.at, offset: problem.at.offset + text.length - source.length };
    return { ok: false, errors: [{ path: '', message: problem.message, ...(at ? { at } : {}) }] };
  }
  // Line numbers help only when there are lines: a one-line file is all "line 1".
  const offsets = source.includes('\n') ? jsonPathOffsets(source) : undefined;
  return check(value, offsets && ((path) => lineOfPath(source, offsets, path)));
}

/** Validates an already-parsed value (e.g. from managed storage). Never throws. */
export function validatePlaybook(value: unknown): PlaybookResult {
  return check(value);
}

function check(value: unknown, lineOf?: (path: Path) => number | undefined): PlaybookResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail('', `must be a playbook: a JSON object starting with { (found ${describeValue(value)})`);
  }
  const result = PlaybookSchema.safeParse(value);
  if (result.success) return { ok: true, playbook: result.data };
  return { ok: false, errors: result.error.issues.flatMap((issue) => explain(issue, value, lineOf)) };
}

/** The errors as lines of text, for the CLI and for logs: "phrase 1 › pattern (line 12): is missing". */
export function formatIssues(errors: readonly PlaybookIssue[]): string {
  return errors.map((e) => `${e.path === '' ? '(the whole file)' : issuePlace(e)}: ${e.message}`).join('\n');
}

const fail = (path: string, message: string): PlaybookResult => ({ ok: false, errors: [{ path, message }] });

/**
 * "Unexpected token } in JSON at position 41" → "isn't valid JSON: unexpected
 * token } at line 3, column 5". The reason is the browser's own; the place
 * comes from our scanner (browsers don't all give one), else from the message.
 */
function jsonProblem(source: string, error: unknown): { message: string; at?: PlaybookIssue['at'] } {
  const raw = error instanceof Error ? error.message : String(error);
  // Each place and the white space before it (a scan: /\s*\(line …\)/ was tried at every space of a run).
  let reason = removeWithSpaceBefore(raw, /\(line \d+ column \d+\)/).replace(/,\s*(?:\.\.\.)?".*is not valid JSON$/s, '');
  reason = removeWithSpaceBefore(reason, /(?:in JSON )?at position \d+/).replace(/^JSON\.parse: /, '');
  reason = removeWithSpaceBefore(reason, /at line \d+ column \d+ of the JSON data$/).trim();
  if (/unexpected end of (JSON|data)/i.test(reason)) reason = 'the file ends too early (is a closing } or ] missing?)';
  reason = reason.charAt(0).toLowerCase() + reason.slice(1);
  const fromMessage = /position (\d+)/.exec(raw);
  const offset = jsonErrorOffset(source) ?? (fromMessage ? Number(fromMessage[1]) : undefined);
  if (offset === undefined) return { message: `isn’t valid JSON: ${reason}` };
  const { line, column } = lineColumn(source, offset);
  return { message: `isn’t valid JSON: ${reason} at line ${line}, column ${column}`, at: { offset, line, column } };
}

function valueAt(root: unknown, path: Path): unknown {
  let v = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return `the text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}…` : v)}`;
  if (typeof v === 'number') return `the number ${v}`;
  return String(v);
}

const EXPECTED: Record<string, string> = {
  string: 'text in "quotes"',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object: { … }',
  array: 'a list: [ … ]',
};

const quoteList = (values: readonly unknown[]) => values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');

/** Edit distance, for "did you mean". Small inputs only. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      row[j] = Math.min(up + 1, row[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length]!;
}

/** The closest valid name, when the typo is small enough to guess. */
export function closest(word: string, valid: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  let best: { name: string; d: number } | undefined;
  for (const name of valid) {
    const d = distance(w, name.toLowerCase());
    if (!best || d < best.d) best = { name, d };
  }
  return best && best.d <= Math.max(2, Math.floor(word.length / 3)) ? best.name : undefined;
}

/** "“jargn” isn't a rule id. Did you mean “jargon”? Rule ids: …" */
function unknownName(got: string, valid: readonly string[], noun: string): string {
  const guess = closest(got, valid);
  return `“${got}” isn’t ${noun}.${guess ? ` Did you mean “${guess}”?` : ''} Use one of: ${valid.join(', ')}`;
}

/** The keys allowed at a path, found by walking the schema alongside the value. */
function knownKeys(path: Path, root: unknown): readonly string[] {
  let schema: z.ZodType = PlaybookSchema;
  for (let i = 0; i <= path.length; i++) {
    for (;;) {
      if (schema instanceof z.ZodOptional) schema = schema.unwrap() as z.ZodType;
      else if (schema instanceof z.ZodDiscriminatedUnion) {
        const type = (valueAt(root, path.slice(0, i)) as { type?: unknown } | undefined)?.type;
        const option = (schema.options as z.ZodType[]).find((o) => o instanceof z.ZodObject && (o.shape as Record<string, z.ZodType>).type?.safeParse(type).success);
        if (!option) return [];
        schema = option;
      } else break;
    }
    if (i === path.length) break;
    const key = path[i];
    if (schema instanceof z.ZodObject && typeof key === 'string') schema = (schema.shape as Record<string, z.ZodType>)[key] ?? z.never();
    else if (schema instanceof z.ZodArray && typeof key === 'number') schema = schema.element as z.ZodType;
    else return [];
  }
  return schema instanceof z.ZodObject ? Object.keys(schema.shape as object) : [];
}

function unknownKey(parent: Path, key: string, root: unknown): string {
  const where = parent.join('.');
  if (where === 'rules') return unknownName(key, RULE_IDS, 'a rule id');
  if (where === 'weights') return unknownName(key, ROLES, 'a role');
  if (parent.length === 2 && parent[0] === 'weights') return unknownName(key, DIMENSIONS, 'a dimension');
  const valid = knownKeys(parent, root);
  const guess = closest(key, valid);
  const what = parent.length === 0 ? 'a playbook field' : 'a field here';
  return `isn’t ${what}.${guess ? ` Did you mean “${guess}”?` : ''}${valid.length ? ` Fields here: ${valid.join(', ')}` : ''}`;
}

/** One zod issue in plain words (an unknown-keys issue becomes one error per key). */
function explain(issue: z.core.$ZodIssue, root: unknown, lineOf?: (path: Path) => number | undefined): PlaybookIssue[] {
  const path = issue.path;
  const at = formatPath(path);
  const value = valueAt(root, path);
  const issueAt = (p: Path, message: string): PlaybookIssue => {
    const line = lineOf?.(p);
    return { path: formatPath(p), message, ...(line !== undefined ? { line } : {}) };
  };
  const one = (message: string): PlaybookIssue[] => [at === '' ? { path: at, message } : issueAt(path, message)];

  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => issueAt([...path, key], unknownKey(path, key, root)));
    case 'invalid_type':
      if (value === undefined) return one('is missing');
      return one(`must be ${EXPECTED[issue.expected] ?? issue.expected} (found ${describeValue(value)})`);
    case 'invalid_value': {
      const last = path.at(-1);
      if (path.length === 1 && last === 'format') {
        return one(value === undefined ? `is missing: a playbook starts with "format": "${PLAYBOOK_FORMAT}"` : `must be "${PLAYBOOK_FORMAT}" (this file isn’t marked as a Trust Coach playbook)`);
      }
      if (path.length === 1 && last === 'schemaVersion') {
        if (value === undefined) return one(`is missing: add "schemaVersion": ${PLAYBOOK_SCHEMA_VERSION}`);
        return one(
          typeof value === 'number' && value > PLAYBOOK_SCHEMA_VERSION
            ? `is ${value}, but this version of Trust Coach reads schema version ${PLAYBOOK_SCHEMA_VERSION}. Update Trust Coach, or ask for a version ${PLAYBOOK_SCHEMA_VERSION} file`
            : `must be ${PLAYBOOK_SCHEMA_VERSION} (found ${describeValue(value)})`,
        );
      }
      if (value === undefined) return one('is missing');
      if (issue.values.length === 1) return one(`must be ${JSON.stringify(issue.values[0])} (found ${describeValue(value)})`);
      if (issue.values.length > 8 && typeof value === 'string') return one(unknownName(value, issue.values.map(String), 'a hint kind'));
      return one(`must be one of ${quoteList(issue.values)} (found ${describeValue(value)})`);
    }
    case 'invalid_union':
      if ('discriminator' in issue && issue.discriminator) {
        const options = 'options' in issue && Array.isArray(issue.options) ? issue.options : [];
        return one(value === undefined ? `is missing: use ${quoteList(options.map((o) => JSON.stringify(o)))}` : `must be one of ${quoteList(options)} (found ${describeValue(value)})`);
      }
      return one('doesn’t match any allowed shape');
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big';
      const limit = big ? issue.maximum : issue.minimum;
      if (issue.origin === 'number') {
        if (path[0] === 'weights') return one(`must be between 0 and 1 (found ${describeValue(value)})`);
        return one(`must be ${big ? 'at most' : 'at least'} ${String(limit)} (found ${describeValue(value)})`);
      }
      if (issue.origin === 'string') {
        return one(big ? `is too long: at most ${String(limit)} characters (found ${typeof value === 'string' ? value.length : '?'})` : 'must not be empty');
      }
      if (issue.origin === 'array' && !big && path.at(-1) === 'roles') return one('must list at least one role (or leave it out to apply to every role)');
      if (issue.origin === 'array') {
        return one(big ? `has too many items: at most ${String(limit)} (found ${Array.isArray(value) ? value.length : '?'})` : `must list at least ${String(limit)} item${limit === 1 ? '' : 's'}`);
      }
      return one(issue.message);
    }
    default:
      return one(issue.message);
  }
}
