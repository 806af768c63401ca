/**
 * What listening gets wrong, ask by ask, on the train or dev split (never test):
 * npx tsx scripts/eval/context-misses.ts [--split dev] [--fp|--fn]
 */
import { loadReplies, loadResearch } from './context';
import { evaluateListening, evaluateResearch } from './context-metrics';

const args = process.argv.slice(2);
const at = args.indexOf('--split');
const split = at >= 0 ? args[at + 1] : 'dev';
if (split === 'test') throw new Error('the test split is frozen: read train or dev');
const only_ = args.indexOf('--ids');
const items = loadReplies().filter((r) => (split === 'train+dev' ? r.split !== 'test' : r.split === split) && (only_ < 0 || r.id.startsWith(args[only_ + 1]!)));
const r = evaluateListening(items);
const byId = new Map(items.map((i) => [i.id, i]));
const only = args.includes('--fp') ? true : args.includes('--fn') ? false : undefined;
const c = r.notAnswered;
console.log(`${split}: ${items.length} items, not answered P ${(c.tp / (c.tp + c.fp)).toFixed(2)} R ${(c.tp / (c.tp + c.fn)).toFixed(2)} (tp ${c.tp} fp ${c.fp} fn ${c.fn})`);
for (const e of r.errors) {
  if (only !== undefined && e.flagged !== only) continue;
  const item = byId.get(e.id)!;
  console.log(`\n[${e.flagged ? 'FP' : 'FN'}] ${e.id} (${e.how}${e.found ? '' : ', ask not found'})\n  ASK: ${e.ask}\n  REPLY: ${item.body.replace(/\s+/g, ' ').slice(0, 700)}`);
}

// Research: the (sentence, note) pairs judged wrongly on the same split.
if (args.includes('--research')) {
  const rs = loadResearch().filter((r) => (split === 'train+dev' ? r.split !== 'test' : r.split === split));
  const res = evaluateResearch(rs);
  const u = res.uses;
  console.log(`\nresearch ${split}: ${rs.length} sentences, P ${(u.tp / (u.tp + u.fp)).toFixed(2)} R ${(u.tp / (u.tp + u.fn)).toFixed(2)} (tp ${u.tp} fp ${u.fp} fn ${u.fn})`);
  for (const e of res.errors) console.log(`\n[${e.label ? 'FN' : 'FP'}] ${e.id} (${e.case})\n  NOTE: ${e.fact}\n  SENTENCE: ${e.sentence}`);
}
