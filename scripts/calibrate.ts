/**
 * Fits the score's calibration (src/model/calibration.json): one penalty
 * multiplier per role and dimension, on the dev split's graded emails, so
 * that praised emails score above criticised ones (AUC), criticised emails
 * land "fair" or lower and praised ones "great". Coordinate ascent over a
 * small grid, from 1 everywhere, with a pull towards 1: deterministic and
 * explainable (every point still traces to a hint).
 *   npm run calibrate            writes src/model/calibration.json
 *   npm run calibrate -- --check  exits 1 if the committed calibration differs from a refit
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { penaltiesOf, type RawPenalty } from '../src/model/analyze';
import { score, WEIGHTS } from '../src/model/score';
import { DIMENSIONS, ROLES, type Dimension, type Role } from '../src/model/types';
import { loadDataset, ROOT, type LabelledEmail } from './eval/dataset';
import { auc, EVAL_CONTEXT } from './eval/metrics';

export const CALIBRATION_PATH = join(ROOT, 'src', 'model', 'calibration.json');
const GRID = [0.5, 0.75, 1, 1.25, 1.5, 2] as const;

interface Item {
  grade: 1 | 2 | 3;
  penalties: RawPenalty[];
}

function draftOf(e: LabelledEmail) {
  return {
    body: e.body,
    ...(e.subject ? { subject: e.subject } : {}),
    ...(e.toField ? { recipients: [e.toField] } : {}),
    ...(e.quoted ? { quoted: e.quoted } : {}),
  };
}

export function scoreWith(role: Role, penalties: readonly RawPenalty[], m: Record<Dimension, number>): number {
  return score(role, penalties.map((p) => ({ dimension: p.dimension, penalty: p.base !== undefined ? Math.round(p.base * m[p.dimension]) : p.penalty, ...(p.overall ? { overall: p.overall } : {}) })), WEIGHTS[role]).score;
}

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

function objective(role: Role, items: readonly Item[], m: Record<Dimension, number>): number {
  const by: Record<1 | 2 | 3, number[]> = { 1: [], 2: [], 3: [] };
  for (const it of items) by[it.grade].push(scoreWith(role, it.penalties, m));
  const a = (x: number[], y: number[]) => (x.length && y.length ? auc(x, y) : 0.5);
  let j = a(by[3], by[1]) + 0.5 * a(by[3], by[2]) + 0.5 * a(by[2], by[1]);
  // Bands: criticised "fair" or lower (< 70, aim 65), praised "great" (≥ 85).
  if (by[1].length) j -= Math.max(0, mean(by[1]) - 65) / 20;
  if (by[3].length) j -= Math.max(0, 87 - mean(by[3])) / 20;
  for (const d of DIMENSIONS) j -= 0.01 * Math.abs(Math.log(m[d]));
  return j;
}

export function fit(emails: readonly LabelledEmail[]): { multipliers: Record<Role, Record<Dimension, number>>; fittedOn: Record<Role, number> } {
  const multipliers = {} as Record<Role, Record<Dimension, number>>;
  const fittedOn = {} as Record<Role, number>;
  for (const role of ROLES) {
    const items: Item[] = emails.filter((e) => e.role === role).map((e) => ({ grade: e.grade, penalties: penaltiesOf(draftOf(e), { role, ...EVAL_CONTEXT }) }));
    fittedOn[role] = items.length;
    const m = Object.fromEntries(DIMENSIONS.map((d) => [d, 1])) as Record<Dimension, number>;
    let best = objective(role, items, m);
    for (let pass = 0; pass < 4; pass++) {
      let moved = false;
      for (const d of DIMENSIONS) {
        for (const v of GRID) {
          const trial = { ...m, [d]: v };
          const j = objective(role, items, trial);
          if (j > best + 1e-9) {
            best = j;
            m[d] = v;
            moved = true;
          }
        }
      }
      if (!moved) break;
    }
    multipliers[role] = m;
  }
  return { multipliers, fittedOn };
}

if (process.argv[1]?.endsWith('calibrate.ts')) {
  const data = loadDataset();
  const dev = data.emails.filter((e) => e.split === 'dev');
  const result = fit(dev);
  const text = `${JSON.stringify({ multipliers: result.multipliers, fittedOn: { split: 'dev', emails: result.fittedOn } }, null, 1)}\n`;
  if (process.argv.includes('--check')) {
    const same = readFileSync(CALIBRATION_PATH, 'utf8') === text;
    console.log(same ? 'calibration.json matches a fresh fit' : 'calibration.json differs from a fresh fit: run `npm run calibrate`');
    process.exit(same ? 0 : 1);
  }
  writeFileSync(CALIBRATION_PATH, text);
  for (const role of ROLES) console.log(`${role.padEnd(12)} (${result.fittedOn[role]} dev emails) ${DIMENSIONS.map((d) => `${d} ×${result.multipliers[role][d]}`).join('  ')}`);
}
