/**
 * The frozen test split: its ids and a hash of their labels. Written once
 * (`npx tsx scripts/eval/freeze.ts --write`) when the set was labelled; a CI
 * test fails if the test split then changes (an item added, removed or
 * relabelled), so nothing is quietly tuned on it.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset, ROOT, type Dataset } from './dataset';

export const MANIFEST = join(ROOT, 'eval', 'test-split.json');

export interface Manifest {
  emails: number;
  sentences: number;
  labels: string;
  ids: string[];
}

export function manifestOf(data: Dataset): Manifest {
  const emails = data.emails.filter((e) => e.split === 'test').sort((a, b) => a.id.localeCompare(b.id));
  const sentences = data.sentences.filter((s) => s.split === 'test').sort((a, b) => a.id.localeCompare(b.id));
  const labels = createHash('sha256')
    .update(JSON.stringify([
      emails.map((e) => [e.id, e.role, e.grade, e.present.slice().sort(), e.sentences.map((s) => [s.start, s.end, s.kinds.slice().sort()]), e.to ?? null, e.quoted ?? null, e.source.kind === 'corpus' ? null : e.body]),
      sentences.map((s) => [s.id, s.text, s.kinds.slice().sort(), s.role ?? null]),
    ]))
    .digest('hex');
  return { emails: emails.length, sentences: sentences.length, labels, ids: [...emails.map((e) => e.id), ...sentences.map((s) => s.id)] };
}

export function readManifest(): Manifest {
  return JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
}

if (process.argv[1]?.endsWith('freeze.ts') && process.argv.includes('--write')) {
  const m = manifestOf(loadDataset());
  writeFileSync(MANIFEST, `${JSON.stringify(m, null, 1)}\n`);
  console.log(`froze the test split: ${m.emails} emails, ${m.sentences} standalone sentences`);
}
