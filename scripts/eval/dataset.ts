/**
 * The labelled evaluation set (eval/README.md): loads every labelled email
 * and sentence, resolves corpus references to their text at run time (the
 * corpus text never enters the repo), validates them, and assigns each item
 * its split.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KINDS, ROLES, type RuleKind, type Role } from '../../src/model/types';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DATA = join(ROOT, 'eval', 'data');
export const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'aeslc-enron.jsonl');

/** Kinds a careful reader labels on a whole email (problems only; positives and clarity thresholds are not judged). */
export const EMAIL_KINDS = [
  'no-greeting-name', 'wrong-name', 'merge-field', 'generic-opener', 'self-focused', 'about-us-first', 'no-company-mention',
  'vague-timing', 'unowned-promise', 'no-next-step',
  'no-question', 'pitch-before-question', 'unaddressed-point', 'unreflected-issue',
  'fake-empathy', 'non-apology', 'policy-speak', 'buck-passing', 'blame-shifting', 'hedging', 'no-prevention',
  'jargon', 'boasting', 'thanks-for-business', 'pressure', 'challenge-customer',
] as const satisfies readonly RuleKind[];
export type EmailKind = (typeof EMAIL_KINDS)[number];

/** Kinds a sentence can carry on its own (what the learned layer is trained on). */
export const SENTENCE_KINDS = [
  'generic-opener', 'merge-field', 'about-us-first',
  'vague-timing', 'unowned-promise', 'specific-commitment',
  'fake-empathy', 'non-apology', 'policy-speak', 'buck-passing', 'blame-shifting', 'hedging',
  'jargon', 'boasting', 'thanks-for-business', 'pressure', 'challenge-customer',
] as const satisfies readonly RuleKind[];
export type SentenceKind = (typeof SENTENCE_KINDS)[number];

export type Split = 'train' | 'dev' | 'test';

export type Source =
  | { kind: 'corpus'; id: string; path: string }
  | { kind: 'own'; author: string }
  | { kind: 'pattern'; url: string; note?: string };

export interface LabelledSentence {
  start: number;
  end: number;
  kinds: SentenceKind[];
}

export interface LabelledEmail {
  id: string;
  source: Source;
  role: Role;
  /** 1 erodes trust, 2 mixed, 3 earns it. */
  grade: 1 | 2 | 3;
  to?: { name?: string; email?: string };
  /**
   * The To field the extension would read: `to` as labelled, else, for a corpus email from a mailbox's inbox, an
   * address at Enron (the mailbox's owner received it). The local part is left out: an inbox also holds mail to
   * lists and copies, so the owner's name is not the one a greeting should use. Context, not a label.
   */
  toField?: { name?: string; email?: string };
  subject?: string;
  quoted?: string;
  /** What the writer's notes on the account said (their name and facts), when the email was written with them: context, not a label. */
  account?: { name?: string; facts: string[] };
  /** Resolved at load time for corpus emails. */
  body: string;
  present: EmailKind[];
  sentences: LabelledSentence[];
  note?: string;
  split: Split;
  /** The data file it was read from, under eval/data ("emails/corpus-E.jsonl"); set by loadDataset. */
  file?: string;
}

export interface StandaloneSentence {
  id: string;
  source: Source;
  role?: Role;
  text: string;
  kinds: SentenceKind[];
  note?: string;
  split: Split;
  /** The data file it was read from, under eval/data; set by loadDataset. */
  file?: string;
}

export interface Dataset {
  emails: LabelledEmail[];
  sentences: StandaloneSentence[];
  /** Every labelled sentence (of emails and standalone), with its split. */
  allSentences(): { id: string; text: string; kinds: SentenceKind[]; split: Split; role?: Role; file?: string }[];
}

/** FNV-1a: the split of an item is a pure function of its id, so it never moves. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function splitOf(id: string): Split {
  const b = fnv1a(id) % 10;
  return b < 6 ? 'train' : b < 8 ? 'dev' : 'test';
}

export interface CorpusEmail {
  body: string;
  subject?: string;
  source_path: string;
  enron_user?: string;
  enron_folder?: string;
}

let corpusIndex: Map<string, CorpusEmail> | undefined;
export function corpusEmail(id: string): CorpusEmail {
  if (!corpusIndex) {
    if (!existsSync(CORPUS)) throw new Error(`The corpus is not at ${CORPUS} (../shared/corpus beside the project).`);
    corpusIndex = new Map();
    for (const line of readFileSync(CORPUS, 'utf8').split('\n')) {
      if (!line) continue;
      const r = JSON.parse(line) as CorpusEmail & { id: string };
      corpusIndex.set(r.id, r);
    }
  }
  const e = corpusIndex.get(id);
  if (!e) throw new Error(`No corpus email with id ${id}`);
  return e;
}

export function corpusAvailable(): boolean {
  return existsSync(CORPUS);
}

function readJsonl(file: string): { value: unknown; line: number }[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((text, i) => ({ text: text.trim(), line: i + 1 }))
    .filter((x) => x.text && !x.text.startsWith('//'))
    .map((x) => {
      try {
        return { value: JSON.parse(x.text) as unknown, line: x.line };
      } catch (e) {
        throw new Error(`${file}:${x.line}: not JSON (${(e as Error).message})`);
      }
    });
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkSource(v: unknown, where: string): Source {
  if (!isObj(v)) throw new Error(`${where}: source must be an object`);
  if (v.kind === 'corpus' && typeof v.id === 'string' && typeof v.path === 'string') return { kind: 'corpus', id: v.id, path: v.path };
  if (v.kind === 'own' && typeof v.author === 'string') return { kind: 'own', author: v.author };
  if (v.kind === 'pattern' && typeof v.url === 'string' && /^https?:\/\//.test(v.url)) return { kind: 'pattern', url: v.url, ...(typeof v.note === 'string' ? { note: v.note } : {}) };
  throw new Error(`${where}: source must be {kind:'corpus',id,path}, {kind:'own',author} or {kind:'pattern',url}`);
}

function checkKinds<K extends string>(v: unknown, allowed: readonly K[], where: string): K[] {
  if (!Array.isArray(v)) throw new Error(`${where}: kinds must be an array`);
  for (const k of v) if (!allowed.includes(k as K)) throw new Error(`${where}: unknown kind ${JSON.stringify(k)}`);
  return [...new Set(v as K[])];
}

export function parseEmail(v: unknown, where: string): LabelledEmail {
  if (!isObj(v)) throw new Error(`${where}: not an object`);
  if (typeof v.id !== 'string' || !v.id) throw new Error(`${where}: id missing`);
  const source = checkSource(v.source, where);
  if (!ROLES.includes(v.role as Role)) throw new Error(`${where}: role must be one of ${ROLES.join(', ')}`);
  if (v.grade !== 1 && v.grade !== 2 && v.grade !== 3) throw new Error(`${where}: grade must be 1, 2 or 3`);
  let body: string;
  let subject = typeof v.subject === 'string' ? v.subject : undefined;
  const to = isObj(v.to) ? { ...(typeof v.to.name === 'string' ? { name: v.to.name } : {}), ...(typeof v.to.email === 'string' ? { email: v.to.email } : {}) } : undefined;
  let toField = to;
  if (source.kind === 'corpus') {
    if ('body' in v) throw new Error(`${where}: a corpus email must not carry its text (body)`);
    const e = corpusEmail(source.id);
    if (e.source_path !== source.path) throw new Error(`${where}: path ${source.path} does not match corpus id ${source.id}`);
    body = e.body;
    subject ??= e.subject;
    if (!toField && e.enron_folder === 'inbox') toField = { email: 'recipient@enron.com' };
  } else {
    if (typeof v.body !== 'string' || !v.body.trim()) throw new Error(`${where}: body missing`);
    body = v.body;
  }
  const present = checkKinds(v.present, EMAIL_KINDS, `${where} present`);
  let account: { name?: string; facts: string[] } | undefined;
  if (v.account !== undefined) {
    if (!isObj(v.account) || !Array.isArray(v.account.facts) || !v.account.facts.every((f) => typeof f === 'string')) throw new Error(`${where}: account must have facts (strings)`);
    account = { ...(typeof v.account.name === 'string' ? { name: v.account.name } : {}), facts: v.account.facts as string[] };
  }
  if (!Array.isArray(v.sentences)) throw new Error(`${where}: sentences must be an array`);
  const sentences = v.sentences.map((s, i) => {
    const w = `${where} sentences[${i}]`;
    if (!isObj(s) || !Number.isInteger(s.start) || !Number.isInteger(s.end)) throw new Error(`${w}: needs integer start and end`);
    const start = s.start as number;
    const end = s.end as number;
    if (start < 0 || end > body.length || end <= start) throw new Error(`${w}: span ${start}-${end} outside the body (${body.length} chars)`);
    return { start, end, kinds: checkKinds(s.kinds, SENTENCE_KINDS, w) };
  });
  return {
    id: v.id,
    source,
    role: v.role as Role,
    grade: v.grade,
    ...(to ? { to } : {}),
    ...(toField ? { toField } : {}),
    ...(subject ? { subject } : {}),
    ...(typeof v.quoted === 'string' && v.quoted.trim() ? { quoted: v.quoted } : {}),
    ...(account ? { account } : {}),
    body,
    present,
    sentences,
    ...(typeof v.note === 'string' ? { note: v.note } : {}),
    split: splitOf(v.id),
  };
}

export function parseSentence(v: unknown, where: string): StandaloneSentence {
  if (!isObj(v)) throw new Error(`${where}: not an object`);
  if (typeof v.id !== 'string' || !v.id) throw new Error(`${where}: id missing`);
  const source = checkSource(v.source, where);
  if (source.kind === 'corpus') throw new Error(`${where}: standalone sentences are our own; label corpus sentences inside their email`);
  if (typeof v.text !== 'string' || !v.text.trim()) throw new Error(`${where}: text missing`);
  if (v.role !== undefined && !ROLES.includes(v.role as Role)) throw new Error(`${where}: unknown role`);
  return {
    id: v.id,
    source,
    ...(v.role ? { role: v.role as Role } : {}),
    text: v.text,
    kinds: checkKinds(v.kinds, SENTENCE_KINDS, where),
    ...(typeof v.note === 'string' ? { note: v.note } : {}),
    split: splitOf(v.id),
  };
}

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(dir, f));
}

export function loadDataset(dir = DATA): Dataset {
  const emails: LabelledEmail[] = [];
  const sentences: StandaloneSentence[] = [];
  const ids = new Set<string>();
  const seen = (id: string, where: string) => {
    if (ids.has(id)) throw new Error(`${where}: duplicate id ${id}`);
    ids.add(id);
  };
  // "emails/corpus-E.jsonl", with forward slashes on every system.
  const fileOf = (f: string) => relative(dir, f).split('\\').join('/');
  for (const f of files(join(dir, 'emails'))) {
    for (const { value, line } of readJsonl(f)) {
      const e = parseEmail(value, `${f}:${line}`);
      seen(e.id, `${f}:${line}`);
      emails.push({ ...e, file: fileOf(f) });
    }
  }
  for (const f of files(join(dir, 'sentences'))) {
    for (const { value, line } of readJsonl(f)) {
      const s = parseSentence(value, `${f}:${line}`);
      seen(s.id, `${f}:${line}`);
      sentences.push({ ...s, file: fileOf(f) });
    }
  }
  return {
    emails,
    sentences,
    allSentences() {
      const out: ReturnType<Dataset['allSentences']> = [];
      for (const e of emails) for (const s of e.sentences) out.push({ id: `${e.id}@${s.start}`, text: e.body.slice(s.start, s.end), kinds: s.kinds, split: e.split, role: e.role, ...(e.file ? { file: e.file } : {}) });
      for (const s of sentences) out.push({ id: s.id, text: s.text, kinds: s.kinds, split: s.split, ...(s.role ? { role: s.role } : {}), ...(s.file ? { file: s.file } : {}) });
      return out;
    },
  };
}

export { KINDS };
