/**
 * Measures the trust model on the labelled set (eval/README.md).
 *   npm run eval                  the frozen test split (what the README reports)
 *   npm run eval -- --split dev   the split to tune on
 *   npm run eval -- --write       also writes the README's eval block and eval/baseline.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset, ROOT, type Split } from './eval/dataset';
import { evaluate, f1, falseAlarm, headline, precision, recall, type Counts, type Evaluation } from './eval/metrics';

const args = process.argv.slice(2);
const splitAt = args.indexOf('--split');
const split = (splitAt >= 0 ? args[splitAt + 1] : 'test') as Split;
if (!['train', 'dev', 'test'].includes(split)) throw new Error(`unknown split ${split}`);

const data = loadDataset();
const t = performance.now();
const ev = evaluate(data, split);
const ms = performance.now() - t;

const pct = (x: number) => (Number.isNaN(x) ? '–' : x.toFixed(2));
const row = (name: string, c: Counts) => `| ${name} | ${pct(precision(c))} | ${pct(recall(c))} | ${pct(f1(c))} | ${c.tp + c.fn} |`;

export function render(ev: Evaluation): string {
  const e = ev.emails;
  const s = ev.sentences;
  const lines: string[] = [];
  lines.push(`Split **${ev.split}**: ${e.emails} emails (${Object.entries(e.byRole).map(([r, n]) => `${n} ${r}`).join(', ')}) and ${s.sentences} labelled sentences.`);
  lines.push('');
  lines.push('| figure | value |');
  lines.push('| --- | ---: |');
  lines.push(`| recall of what a careful reader flags | ${pct(recall(e.overall))} |`);
  lines.push(`| precision of the model's flags | ${pct(precision(e.overall))} |`);
  lines.push(`| false alarms on what the reader marked absent | ${pct(falseAlarm(e.overall))} |`);
  lines.push(`| false alarms on corpus emails labelled clean (${e.cleanCorpus.emails} emails; share of emails with any flag) | ${pct(e.cleanCorpus.pairAlarmRate)} (${pct(e.cleanCorpus.emailAlarmRate)}) |`);
  for (const [role, v] of Object.entries(e.auc)) {
    const m = e.meanScore[role as keyof typeof e.meanScore];
    lines.push(`| AUC praised vs criticised, ${role} (mean score praised ${Math.round(m.praised)} / mixed ${Math.round(m.mixed)} / criticised ${Math.round(m.criticised)}; n ${m.n.join('/')}) | ${pct(v)} |`);
  }
  lines.push('');
  lines.push('Per dimension and per kind (whole emails):');
  lines.push('');
  lines.push('| kind | precision | recall | F1 | present |');
  lines.push('| --- | ---: | ---: | ---: | ---: |');
  for (const [d, c] of Object.entries(e.perDimension)) lines.push(row(`**${d}**`, c));
  for (const [k, c] of Object.entries(e.perKind)) if (c.tp + c.fn + c.fp > 0) lines.push(row(k, c));
  lines.push('');
  lines.push('Ablation on the labelled sentences (F1 of the kinds the learned layer knows):');
  lines.push('');
  lines.push('| kind | rules alone | learned alone | both | present |');
  lines.push('| --- | ---: | ---: | ---: | ---: |');
  lines.push(`| **all** | ${pct(f1(s.total.rules))} (P ${pct(precision(s.total.rules))} R ${pct(recall(s.total.rules))}) | ${pct(f1(s.total.learned))} (P ${pct(precision(s.total.learned))} R ${pct(recall(s.total.learned))}) | ${pct(f1(s.total.both))} (P ${pct(precision(s.total.both))} R ${pct(recall(s.total.both))}) | ${s.total.both.tp + s.total.both.fn} |`);
  for (const [k, a] of Object.entries(s.ablation)) {
    if (a.both.tp + a.both.fn + a.both.fp === 0) continue;
    lines.push(`| ${k} | ${pct(f1(a.rules))} | ${pct(f1(a.learned))} | ${pct(f1(a.both))} | ${a.both.tp + a.both.fn} |`);
  }
  return lines.join('\n');
}

const text = render(ev);
console.log(text);
console.log(`\n(${ms.toFixed(0)} ms)`);

if (args.includes('--write')) {
  if (split !== 'test') throw new Error('--write reports the test split only');
  const readme = join(ROOT, 'README.md');
  const old = readFileSync(readme, 'utf8');
  const start = '<!-- eval:start (written by npm run eval -- --write) -->';
  const end = '<!-- eval:end -->';
  const a = old.indexOf(start);
  const b = old.indexOf(end);
  if (a < 0 || b < a) throw new Error(`README.md has no ${start} … ${end} block`);
  writeFileSync(readme, `${old.slice(0, a + start.length)}\n${text}\n${old.slice(b)}`);
  writeFileSync(join(ROOT, 'eval', 'baseline.json'), `${JSON.stringify(headline(ev), null, 2)}\n`);
  console.log('wrote README.md (eval block) and eval/baseline.json');
}
