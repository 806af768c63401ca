/**
 * A playbook's weights merged with the built-in ones. A manager gives only the
 * dimensions they care about ("research counts more for prospecting"); the
 * rest keep their built-in weight, and the six are scaled to add up to 1 so
 * the score stays out of 100.
 */
import { DIMENSIONS, ROLES, type Dimension, type Role } from '../model/types';
import type { Playbook } from './schema';

export type WeightTable = Record<Role, Record<Dimension, number>>;

/**
 * Merged, renormalized weights per role. Each weight is a whole percent
 * (0.01 steps, largest remainder first) and each role's weights add up to
 * exactly 100%: the score works in whole percents, so unrounded weights would
 * let the rounding there drift from the total. A role whose merged weights
 * add up to 0 (which validation refuses) keeps its built-in weights.
 */
export function effectiveWeights(playbook: Pick<Playbook, 'weights'> | undefined, builtIn: WeightTable): WeightTable {
  const out = {} as WeightTable;
  for (const role of ROLES) {
    const given = playbook?.weights?.[role];
    const merged = DIMENSIONS.map((d) => {
      const w = given?.[d];
      return typeof w === 'number' && Number.isFinite(w) && w >= 0 ? w : builtIn[role][d];
    });
    const total = merged.reduce((a, b) => a + b, 0);
    out[role] = total > 0 ? toPercents(merged.map((w) => w / total)) : { ...builtIn[role] };
  }
  return out;
}

/** Shares (summing to 1) as hundredths that sum to exactly 100, keyed by dimension. */
function toPercents(shares: readonly number[]): Record<Dimension, number> {
  const raw = shares.map((s) => s * 100);
  const whole = raw.map(Math.floor);
  let left = 100 - whole.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => ({ i, frac: r - Math.floor(r) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    whole[i]! += 1;
    left--;
  }
  return Object.fromEntries(DIMENSIONS.map((d, i) => [d, whole[i]! / 100])) as Record<Dimension, number>;
}
