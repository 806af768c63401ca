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
import { CONTEXT_MANIFEST, contextManifestOf, loadReplies, loadResearch } from './eval/context';
import { contextHeadline, evaluateListening, evaluateResearch, evaluateRole, type ContextEvaluation } from './eval/context-metrics';
import { wordnetRelated } from './eval/wordnet';
import { writeReadmeBlock } from './readme-block';

const args = process.argv.slice(2);
const splitAt = args.indexOf('--split');
const split = (splitAt >= 0 ? args[splitAt + 1] : 'test') as Split;
if (!['train', 'dev', 'test'].includes(split)) throw new Error(`unknown split ${split}`);

const data = loadDataset();
const t = performance.now();
const ev = evaluate(data, split);
const replies = loadReplies();
const research = loadResearch();
const inSplit = <T extends { split: Split }>(xs: readonly T[]) => xs.filter((x) => x.split === split);
const ctx: ContextEvaluation = {
  split,
  listening: evaluateListening(inSplit(replies)),
  research: evaluateResearch(inSplit(research)),
  role: evaluateRole(inSplit(data.emails)),
};
// What WordNet would add to the domain's clusters, measured here rather than shipped (scripts/eval/wordnet.ts).
const withWordnet = evaluateListening(inSplit(replies), { related: wordnetRelated() });
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

export function renderContext(c: ContextEvaluation, wn: ReturnType<typeof evaluateListening>): string {
  const L = c.listening;
  const lines: string[] = [];
  const share = (a: number, b: number) => (b ? `${pct(a / b)} (${a} of ${b})` : '–');
  lines.push(`Context, split **${c.split}**: ${L.items} question-and-reply items (${L.asks} labelled asks), ${c.research.pairs} note-and-sentence pairs, and the ${c.role.emails} labelled emails for the role.`);
  lines.push('');
  lines.push('| figure | value | target |');
  lines.push('| --- | ---: | ---: |');
  lines.push(`| "not answered": precision | ${pct(precision(L.notAnswered))} | 0.90 |`);
  lines.push(`| "not answered": recall | ${pct(recall(L.notAnswered))} | 0.85 |`);
  lines.push(`| of those, said as sure ("mentions it but does not answer it", "answers part of it"): precision | ${pct(precision(L.notAnsweredSure))} | |`);
  lines.push(`| said as sure: recall | ${pct(recall(L.notAnsweredSure))} | |`);
  lines.push(`| asks found in the customer's message | ${share(L.found.found, L.found.of)} | |`);
  lines.push(`| points read where the reader sees no ask (courtesy, older history) | ${L.falseAsks.points} (${L.falseAsks.flagged} flagged) | |`);
  lines.push(`| the asker's name read right | ${share(L.asker.right, L.asker.of)} | |`);
  lines.push(`| partly answered asks whose hint names the missing part | ${share(L.partial.named, L.partial.of)} | |`);
  lines.push(`| "uses your research": precision | ${pct(precision(c.research.uses))} | 0.95 |`);
  lines.push(`| "uses your research": recall | ${pct(recall(c.research.uses))} | 0.80 |`);
  for (const [role, v] of Object.entries(c.role.perRole)) lines.push(`| role guessed right, ${role} | ${share(v.right, v.of)} | 0.90 |`);
  lines.push('');
  lines.push(`Topic matching by stems and the domain's clusters (shipped), against the same plus WordNet 3.1 (first sense of each common word, derivations; scripts/eval/wordnet.ts, not shipped): "not answered" precision ${pct(precision(L.notAnswered))} / recall ${pct(recall(L.notAnswered))} without WordNet, ${pct(precision(wn.notAnswered))} / ${pct(recall(wn.notAnswered))} with it.`);
  lines.push('');
  lines.push('Flagged "not answered", per what the reply does with the ask:');
  lines.push('');
  lines.push('| the reply | flagged | asks |');
  lines.push('| --- | ---: | ---: |');
  for (const [how, v] of Object.entries(L.byHow).sort()) lines.push(`| ${how} | ${v.flagged} | ${v.of} |`);
  lines.push('');
  lines.push('"Uses your research", per kind of sentence (a note used / flagged as used):');
  lines.push('');
  lines.push('| sentence | notes used | found | flagged wrongly |');
  lines.push('| --- | ---: | ---: | ---: |');
  for (const [k, v] of Object.entries(c.research.byCase).sort()) lines.push(`| ${k} | ${v.tp + v.fn} | ${v.tp} | ${v.fp} |`);
  return lines.join('\n');
}

const text = `${render(ev)}\n\n${renderContext(ctx, withWordnet)}`;
console.log(text);
console.log(`\n(${ms.toFixed(0)} ms)`);

if (args.includes('--write')) {
  if (split !== 'test') throw new Error('--write reports the test split only');
  writeReadmeBlock('<!-- eval:start (written by npm run eval -- --write) -->', '<!-- eval:end -->', text);
  writeFileSync(join(ROOT, 'eval', 'baseline.json'), `${JSON.stringify(headline(ev), null, 2)}\n`);
  writeFileSync(join(ROOT, 'eval', 'context-baseline.json'), `${JSON.stringify(contextHeadline(ctx), null, 2)}\n`);
  console.log('wrote README.md (eval block), eval/baseline.json and eval/context-baseline.json');
}

if (args.includes('--freeze-context')) {
  writeFileSync(CONTEXT_MANIFEST, `${JSON.stringify(contextManifestOf(replies, research), null, 1)}\n`);
  console.log(`froze the context test split: ${CONTEXT_MANIFEST}`);
}
