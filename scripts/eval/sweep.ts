/** Tries training settings on the dev split (never the test split): npx tsx scripts/eval/sweep.ts */
import { loadDataset } from './dataset';
import { gzipSync } from 'node:zlib';
import { DEFAULTS, TARGET_PRECISION, trainWeights, type TrainOptions } from './learn';

const data = loadDataset();
const grid: Partial<TrainOptions>[] = (process.argv[2] ? JSON.parse(process.argv[2]) : [{ minCount: 2 }, { minCount: 3 }, { prune: 10 }, { prune: 14 }, { minCount: 3, prune: 10 }]) as Partial<TrainOptions>[];
for (const g of grid) {
  const file = trainWeights(data, { ...DEFAULTS, ...g });
  const per = (file.meta as { perKind: Record<string, { dev: number; recall: number; on: boolean }> }).perKind;
  let found = 0, total = 0, on = 0;
  for (const v of Object.values(per)) { total += v.dev; found += v.recall * v.dev; if (v.on) on++; }
  console.log(JSON.stringify(g).padEnd(36), `dev recall at P>=${TARGET_PRECISION}: ${(found / total).toFixed(3)}  kinds on: ${on}  gzip ${(gzipSync(JSON.stringify(file, null, 1)).length / 1024).toFixed(0)} KB`);
}
