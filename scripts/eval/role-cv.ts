/**
 * The role guess measured on emails it never learned from: each file of the train split is left out in turn, the
 * role model learned from the rest (scripts/eval/learn-role.ts) and read on it. The dev split is read by the model
 * learned from the whole train split, as `npm run train` learns it.
 *   npx tsx scripts/eval/role-cv.ts [--files]     --files prints each left-out file's figures
 *   ROLE_OPTS='{"l2":0.03}' npx tsx scripts/eval/role-cv.ts   tries other training options
 */
import { loadDataset, type LabelledEmail } from './dataset';
import { emailRoleFeatures, fitRole, forRole, ROLE_DEFAULTS } from './learn-role';
import { loadRoleModel, ROLE_ORDER, type RoleModel } from '../../src/model/learned/role-model';

type Tally = Record<string, [number, number]>;
const tally = (): Tally => Object.fromEntries(ROLE_ORDER.map((r) => [r, [0, 0]]));
const read = (model: RoleModel, emails: readonly LabelledEmail[], into = tally()): Tally => {
  for (const e of emails) {
    const { probs } = model.predict(emailRoleFeatures(e));
    into[e.role]![1]++;
    if (ROLE_ORDER[probs.indexOf(Math.max(...probs))] === e.role) into[e.role]![0]++;
  }
  return into;
};
const show = (t: Tally) => {
  const [right, all] = Object.values(t).reduce(([a, b], [x, y]) => [a + x, b + y], [0, 0]);
  return `${Object.entries(t).map(([k, [a, b]]) => `${k} ${(a / Math.max(b, 1)).toFixed(2)} (${a}/${b})`).join('  ')}  all ${(right / Math.max(all, 1)).toFixed(2)}`;
};

const data = loadDataset();
const opts = { ...ROLE_DEFAULTS, ...(JSON.parse(process.env.ROLE_OPTS ?? '{}') as Partial<typeof ROLE_DEFAULTS>) };
const train = data.emails.filter((e) => e.split === 'train' && forRole(e));
const total = tally();
for (const file of [...new Set(train.map((e) => e.file ?? ''))].sort()) {
  const t = read(loadRoleModel(fitRole(train.filter((e) => e.file !== file), opts)), train.filter((e) => e.file === file));
  for (const r of ROLE_ORDER) for (const i of [0, 1]) total[r]![i]! += t[r]![i]!;
  if (process.argv.includes('--files')) console.log(`${file.padEnd(32)} ${show(t)}`);
}
console.log(`left-out files (${train.length} emails): ${show(total)}`);
console.log(`dev, learned from all of train:   ${show(read(loadRoleModel(fitRole(train, opts)), data.emails.filter((e) => e.split === 'dev')))}`);
