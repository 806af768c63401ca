/**
 * Trains the learned layer (src/model/learned/) on the labelled set's train
 * split and sets each kind's threshold on the dev split for precision ≥ 0.95 (TARGET_PRECISION).
 * Deterministic: the same data gives byte-identical weights (a test checks).
 *   npm run train            writes src/model/learned/weights.json
 *   npm run train -- --check  exits 1 if the committed weights differ from a retrain
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset, ROOT, type SentenceKind } from './eval/dataset';
import { TARGET_PRECISION, trainWeights } from './eval/learn';
import { trainRole } from './eval/learn-role';
import { trainEmailModel } from './eval/learn-email';

export const WEIGHTS_PATH = join(ROOT, 'src', 'model', 'learned', 'weights.json');
export const ROLE_WEIGHTS_PATH = join(ROOT, 'src', 'model', 'learned', 'role-weights.json');
export const EMAIL_WEIGHTS_PATH = join(ROOT, 'src', 'model', 'learned', 'email-weights.json');

const data = loadDataset();
const file = trainWeights(data);
const text = `${JSON.stringify(file, null, 1)}\n`;
const roleFile = trainRole(data);
const roleText = `${JSON.stringify(roleFile)}\n`;
const emailFile = trainEmailModel(data).file;
const emailText = `${JSON.stringify(emailFile)}\n`;
if (process.argv.includes('--check')) {
  const same = readFileSync(WEIGHTS_PATH, 'utf8') === text && readFileSync(ROLE_WEIGHTS_PATH, 'utf8') === roleText && readFileSync(EMAIL_WEIGHTS_PATH, 'utf8') === emailText;
  console.log(same ? 'weights.json, role-weights.json and email-weights.json match a fresh training run' : 'the committed weights differ from a fresh training run: run `npm run train`');
  process.exit(same ? 0 : 1);
}
writeFileSync(WEIGHTS_PATH, text);
writeFileSync(ROLE_WEIGHTS_PATH, roleText);
writeFileSync(EMAIL_WEIGHTS_PATH, emailText);
console.log(`email model: ${emailFile.kinds.map((k, i) => `${k} (threshold ${emailFile.thresholds[i]}, ${Object.keys(emailFile.weights[i]!).length} words)`).join(', ')}, ${(emailText.length / 1024).toFixed(0)} KB`);
console.log(`role model: ${String(roleFile.meta?.features)} features, ${(roleText.length / 1024).toFixed(0)} KB`);
const meta = file.meta as { features: number; train: number; dev: number; perKind: Record<SentenceKind, { train: number; dev: number; precision: number; recall: number; on: boolean }> };
console.log(`trained on ${meta.train} sentences (dev ${meta.dev}); ${meta.features} features; ${(text.length / 1024).toFixed(0)} KB`);
for (const [k, v] of Object.entries(meta.perKind)) {
  console.log(`  ${k.padEnd(20)} train+ ${String(v.train).padStart(4)}  dev+ ${String(v.dev).padStart(3)}  ${v.on ? `dev P ${v.precision.toFixed(2)} R ${v.recall.toFixed(2)}` : `off (too few, or no threshold reaches P ${TARGET_PRECISION})`}`);
}
