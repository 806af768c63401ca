/**
 * What the model misses and wrongly flags on the train or dev split (never test):
 *   npx tsx scripts/eval/misses.ts KIND [--split dev] [--fp]            sentence by sentence
 *   npx tsx scripts/eval/misses.ts KIND [--split dev] [--fp] --emails   whole emails (the email-level kinds:
 *                                                                       self-focused, no-prevention, no-next-step…)
 */
import { sentenceKinds } from '../../src/model/analyze';
import { loadDataset, type Split } from './dataset';
import { EVAL_CONTEXT, judged, reportFor } from './metrics';

const args = process.argv.slice(2);
const kind = args[0];
const at = args.indexOf('--split');
const split = (at >= 0 ? args[at + 1] : 'train') as Split;
if (split === 'test') throw new Error('the test split is frozen: read train or dev');
const fp = args.includes('--fp');
const oneLine = (t: string, n: number) => t.replace(/\s+/g, ' ').slice(0, n);
if (args.includes('--emails')) {
  for (const e of loadDataset().emails) {
    if (e.split !== split || !judged(kind as never, e)) continue;
    const hints = reportFor(e).hints.filter((h) => h.impact > 0 || h.kind === 'hedging');
    const found = hints.some((h) => h.kind === kind);
    const labelled = (e.present as string[]).includes(kind!);
    if (fp ? found && !labelled : labelled && !found) {
      console.log(`## ${e.id} (${e.role}, grade ${e.grade})${fp ? `: ${hints.find((h) => h.kind === kind)!.message}` : ''}`);
      if (e.quoted) console.log(`> ${oneLine(e.quoted, 300)}`);
      console.log(oneLine(e.body, 900));
    }
  }
} else {
  for (const s of loadDataset().allSentences()) {
    if (s.split !== split) continue;
    const { rules, learned } = sentenceKinds(s.text, EVAL_CONTEXT);
    const found = rules.has(kind as never) || learned.has(kind as never);
    const labelled = (s.kinds as string[]).includes(kind!);
    if (fp ? found && !labelled : labelled && !found) console.log(`- ${oneLine(s.text, 220)}`);
  }
}
