/**
 * How the model behaves on real email nobody here wrote: runs every email of
 * ../shared/corpus/aeslc-enron.jsonl (evaluation data; never copied into the
 * project) and prints how often each kind fires, the score spread, and speed.
 *   npx tsx scripts/corpus-eval.ts [--role R] [--sample KIND N]
 */
import { existsSync, readFileSync } from 'node:fs';
import { analyze, ROLES, type Role } from '../src/model/index';

const path = new URL('../../shared/corpus/aeslc-enron.jsonl', import.meta.url);
if (!existsSync(path)) {
  console.error('corpus-eval: ../shared/corpus/aeslc-enron.jsonl not found');
  process.exit(2);
}
const args = process.argv.slice(2);
const roleAt = args.indexOf('--role');
const role = (roleAt >= 0 ? args[roleAt + 1] : 'account') as Role;
if (!ROLES.includes(role)) throw new Error(`unknown role ${role}`);
const sampleAt = args.indexOf('--sample');
const sampleKind = sampleAt >= 0 ? args[sampleAt + 1] : undefined;
const sampleN = sampleAt >= 0 ? Number(args[sampleAt + 2] ?? 5) : 0;

const lines = readFileSync(path, 'utf8').split('\n').filter(Boolean);
const counts = new Map<string, number>();
const scores: number[] = [];
let ms = 0;
let words = 0;
const samples: string[] = [];
for (const line of lines) {
  const e = JSON.parse(line) as { subject?: string; body: string };
  const t = performance.now();
  const r = analyze({ body: e.body, ...(e.subject ? { subject: e.subject } : {}) }, { role, now: '2001-05-14T09:00:00-05:00', timeZone: 'America/Chicago' });
  ms += performance.now() - t;
  words += r.stats.words;
  scores.push(r.score);
  for (const k of new Set(r.hints.map((h) => h.kind))) counts.set(k, (counts.get(k) ?? 0) + 1);
  if (sampleKind && samples.length < sampleN) {
    for (const h of r.hints.filter((x) => x.kind === sampleKind)) {
      const s = Math.max(0, h.start - 60);
      samples.push(`…${e.body.slice(s, h.end + 60).replace(/\s+/g, ' ')}…\n   [${e.body.slice(h.start, h.end)}] ${h.message}`);
    }
  }
}
scores.sort((a, b) => a - b);
const pct = (p: number) => scores[Math.floor((scores.length - 1) * p)];
console.log(`${lines.length} emails, role ${role}: ${words} words in ${ms.toFixed(0)} ms (${((ms / words) * 1000).toFixed(1)} µs/word)`);
console.log(`score p10 ${pct(0.1)}  p50 ${pct(0.5)}  p90 ${pct(0.9)}`);
console.log('share of emails with each kind:');
for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(22)} ${((n / lines.length) * 100).toFixed(1).padStart(5)}%  (${n})`);
for (const s of samples.slice(0, sampleN)) console.log(`\n${s}`);
