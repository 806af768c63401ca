/**
 * What the model misses and wrongly flags, sentence by sentence, on the train
 * or dev split (never test): npx tsx scripts/eval/misses.ts KIND [--split dev] [--fp]
 */
import { sentenceKinds } from '../../src/model/analyze';
import { loadDataset, type Split } from './dataset';
import { EVAL_CONTEXT } from './metrics';

const args = process.argv.slice(2);
const kind = args[0];
const at = args.indexOf('--split');
const split = (at >= 0 ? args[at + 1] : 'train') as Split;
if (split === 'test') throw new Error('the test split is frozen: read train or dev');
const fp = args.includes('--fp');
for (const s of loadDataset().allSentences()) {
  if (s.split !== split) continue;
  const { rules, learned } = sentenceKinds(s.text, EVAL_CONTEXT);
  const found = rules.has(kind as never) || learned.has(kind as never);
  const labelled = (s.kinds as string[]).includes(kind!);
  if (fp ? found && !labelled : labelled && !found) console.log(`- ${s.text.replace(/\s+/g, ' ').slice(0, 220)}`);
}
