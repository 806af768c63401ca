/**
 * The context set (eval/README.md, "Context"): question-and-reply items for
 * listening, note-and-sentence items for research; the role is measured on the
 * labelled emails of the model set. Split by the same FNV-1a of the id.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA, splitOf, type Source, type Split } from './dataset';
import type { Role } from '../../src/model/types';

export const CONTEXT = join(DATA, 'context');

export const ASK_TYPES = ['yesno', 'why', 'when', 'how', 'what', 'request'] as const;
export const ANSWER_HOWS = ['same-words', 'other-words', 'refused-with-reason', 'deferred-with-date', 'partial', 'apology-only', 'thanks-only', 'restated', 'vague', 'ignored'] as const;
export const RESEARCH_CASES = ['same-words', 'other-words', 'partial-detail', 'name-only', 'recipient-name', 'industry-only', 'generic', 'near-miss', 'greeting-signoff'] as const;

export interface LabelledAsk {
  text: string;
  type: (typeof ASK_TYPES)[number];
  answered: 'yes' | 'partly' | 'no';
  how: (typeof ANSWER_HOWS)[number];
  missing?: string;
}

export interface ReplyItem {
  id: string;
  source: Source;
  role: Role;
  quoted: string;
  asker: string | null;
  body: string;
  asks: LabelledAsk[];
  notAsks: string[];
  split: Split;
  file: string;
}

export interface ResearchItem {
  id: string;
  source: Source;
  role: Role;
  to?: { name?: string; email?: string };
  account: { name?: string; industry?: string; facts: string[] };
  sentence: string;
  uses: number[];
  case: (typeof RESEARCH_CASES)[number];
  split: Split;
}

function jsonl(dir: string): { value: Record<string, unknown>; where: string; file: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().flatMap((f) =>
    readFileSync(join(dir, f), 'utf8').split('\n').flatMap((text, i) => (text.trim() ? [{ value: JSON.parse(text) as Record<string, unknown>, where: `${f}:${i + 1}`, file: f }] : [])));
}

const fail = (where: string, what: string): never => { throw new Error(`eval/data/context/${where}: ${what}`); };

export function loadReplies(): ReplyItem[] {
  const seen = new Set<string>();
  return jsonl(join(CONTEXT, 'replies')).map(({ value: v, where, file }) => {
    const id = String(v.id ?? fail(where, 'no id'));
    if (seen.has(id)) fail(where, `duplicate id ${id}`);
    seen.add(id);
    const quoted = String(v.quoted ?? '');
    const asks = (v.asks as LabelledAsk[] | undefined) ?? fail(where, 'no asks');
    for (const a of asks) {
      if (!quoted.includes(a.text)) fail(where, `ask not in quoted: ${a.text}`);
      if (!ASK_TYPES.includes(a.type)) fail(where, `ask type ${a.type}`);
      if (!ANSWER_HOWS.includes(a.how)) fail(where, `answer how ${a.how}`);
      if (!['yes', 'partly', 'no'].includes(a.answered)) fail(where, `answered ${a.answered}`);
    }
    const notAsks = (v.notAsks as string[] | undefined) ?? [];
    for (const n of notAsks) if (!quoted.includes(n)) fail(where, `notAsk not in quoted: ${n}`);
    return {
      id, source: v.source as Source, role: v.role as Role, quoted, asker: (v.asker as string | null) ?? null,
      body: String(v.body ?? ''), asks, notAsks, split: splitOf(id), file,
    };
  });
}

export function loadResearch(): ResearchItem[] {
  const seen = new Set<string>();
  return jsonl(join(CONTEXT, 'research')).map(({ value: v, where }) => {
    const id = String(v.id ?? fail(where, 'no id'));
    if (seen.has(id)) fail(where, `duplicate id ${id}`);
    seen.add(id);
    const account = v.account as ResearchItem['account'];
    const uses = v.uses as number[];
    if (!Array.isArray(account?.facts) || uses.some((u) => u < 0 || u >= account.facts.length)) fail(where, 'bad facts/uses');
    if (!RESEARCH_CASES.includes(v.case as ResearchItem['case'])) fail(where, `case ${String(v.case)}`);
    return {
      id, source: v.source as Source, role: v.role as Role, ...(v.to ? { to: v.to as ResearchItem['to'] } : {}),
      account, sentence: String(v.sentence), uses, case: v.case as ResearchItem['case'], split: splitOf(id),
    };
  });
}

/** The frozen test split of the context set: ids and a hash of their labels (eval/context-test-split.json). */
export interface ContextManifest {
  replies: number;
  research: number;
  labels: string;
  ids: string[];
}

export function contextManifestOf(replies: readonly ReplyItem[], research: readonly ResearchItem[]): ContextManifest {
  const r = replies.filter((x) => x.split === 'test').sort((a, b) => a.id.localeCompare(b.id));
  const s = research.filter((x) => x.split === 'test').sort((a, b) => a.id.localeCompare(b.id));
  const labels = createHash('sha256')
    .update(JSON.stringify([
      r.map((x) => [x.id, x.role, x.quoted, x.body, x.asker, x.asks, x.notAsks]),
      s.map((x) => [x.id, x.role, x.to ?? null, x.account, x.sentence, x.uses, x.case]),
    ]))
    .digest('hex');
  return { replies: r.length, research: s.length, labels, ids: [...r.map((x) => x.id), ...s.map((x) => x.id)] };
}

export const CONTEXT_MANIFEST = join(DATA, '..', 'context-test-split.json');
