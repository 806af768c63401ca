import type { Band, Dimension, Role } from './types';
import { DIMENSIONS } from './types';
import calibration from './calibration.json';

/**
 * How much a built-in finding's penalty counts, per role and dimension: fitted
 * by `npm run calibrate` on the dev split's graded emails (eval/), so that the
 * trust cuts outweigh length and structure and a criticised email lands
 * "fair" or lower. A plain multiplier per dimension keeps every point
 * traceable: the impacts still add up to 100 - score.
 */
export const CALIBRATION = calibration as { multipliers: Record<Role, Record<Dimension, number>> };

export function calibrated(role: Role, dimension: Dimension, penalty: number): number {
  return Math.round(penalty * (CALIBRATION.multipliers[role]?.[dimension] ?? 1));
}

/** Weights per role (each row sums to 1): what matters most for each kind of email (rubric, "Who writes"). */
export const WEIGHTS: Record<Role, Record<Dimension, number>> = {
  prospecting: { personalization: 0.25, commitments: 0.1, research: 0.25, ownership: 0.1, humility: 0.2, clarity: 0.1 },
  // Support: owning the problem, a next step with a time, and answering what the customer asked
  // (at 15% for listening, a reply that ignored all five of a customer's questions still scored "great").
  support: { personalization: 0.1, commitments: 0.25, research: 0.2, ownership: 0.3, humility: 0.05, clarity: 0.1 },
  account: { personalization: 0.15, commitments: 0.3, research: 0.2, ownership: 0.15, humility: 0.1, clarity: 0.1 },
};

export function bandOf(score: number): Band {
  if (score >= 85) return 'great';
  if (score >= 70) return 'good';
  if (score >= 50) return 'fair';
  return 'low';
}

export interface Scored {
  score: number;
  dimensions: Record<Dimension, { score: number; weight: number }>;
  /** Integer points per penalty, in input order; they sum to exactly 100 - score. */
  impacts: number[];
}

/**
 * Penalties are points lost inside a dimension (capped at 100 there); the
 * overall score is 100 minus the role-weighted loss. Each hint's impact is its
 * share of that loss, rounded so the impacts add up to exactly 100 - score.
 */
export function score(role: Role, penalties: readonly { dimension: Dimension; penalty: number }[], weights: Record<Dimension, number> = WEIGHTS[role]): Scored {
  const totals = Object.fromEntries(DIMENSIONS.map((d) => [d, 0])) as Record<Dimension, number>;
  for (const p of penalties) totals[p.dimension] += p.penalty;
  const raw = penalties.map((p) => {
    const total = totals[p.dimension];
    const scale = total > 100 ? 100 / total : 1;
    return p.penalty * scale * weights[p.dimension];
  });
  // The loss is computed per dimension in exact integer hundredths (weights in %, penalties in
  // whole points), so the same dimension totals always round the same way.
  let hundredths = 0;
  for (const d of DIMENSIONS) hundredths += Math.round(weights[d] * 100) * Math.min(100, Math.round(totals[d]));
  const loss = Math.floor((hundredths + 50) / 100);
  // Largest-remainder rounding: integer impacts that sum to the rounded loss.
  const impacts = raw.map(Math.floor);
  let left = loss - impacts.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => ({ i, frac: r - Math.floor(r) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    impacts[i]! += 1;
    left--;
  }
  const dimensions = Object.fromEntries(
    DIMENSIONS.map((d) => [d, { score: Math.max(0, Math.round(100 - Math.min(100, totals[d]))), weight: weights[d] }]),
  ) as Scored['dimensions'];
  return { score: Math.max(0, Math.min(100, 100 - loss)), dimensions, impacts };
}
