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

export { gainOf } from './hint-gain';

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
  /**
   * Points the score gains when that penalty alone goes (in input order): what "+N" on a hint promises. In a
   * dimension cut many times over, one fix wins back less than its share (impacts), and the writer sees the score
   * move by exactly this.
   */
  gains: number[];
}

/**
 * Penalties are points lost inside a dimension, combined so that each further
 * cut takes its share of what is left (two 50-point cuts lose 75, not 100):
 * a dimension approaches 0 but never saturates, so fixing any hint always
 * wins points back. The overall score is 100 minus the role-weighted loss.
 * Each hint's impact is its share of its dimension's loss (and of the whole
 * score's, for a finding that cuts it), rounded so the impacts add up to
 * exactly 100 - score.
 */
type Penalty = { dimension: Dimension; penalty: number; overall?: number };

export function score(role: Role, penalties: readonly Penalty[], weights: Record<Dimension, number> = WEIGHTS[role]): Scored {
  const scored = shares(penalties, weights);
  return { ...scored, gains: gainsOf(penalties, weights, scored.score) };
}

// One formula for the score and its gains, so the two never drift apart.
/** A penalty (or an overall cut) in 0..100. */
const clamp = (x: number) => Math.min(100, Math.max(0, x));
/** What a cut of x leaves of what was there. */
const cut = (x: number) => 1 - clamp(x) / 100;
/** Lost points from what is kept, to a hundredth, so the same findings always round the same way. */
const lostOf = (kept: number) => Math.round((1 - kept) * 10000) / 100;
/** What the whole cut takes of the score the dimensions leave. */
const wholeLossOf = (loss: number, wholeKept: number) => Math.round((100 - loss) * (1 - wholeKept) * 100) / 100;
/** The score for a total loss. */
const scoreOf = (loss: number) => Math.max(0, Math.min(100, 100 - Math.round(loss + 1e-9)));

/**
 * The score without each penalty, less the score: what `shares` would give for the list without it, in one pass
 * (each dimension's and the whole cut's product of the others, from the products before and after it), so a draft
 * with a thousand findings costs a thousand steps, not a million.
 */
function gainsOf(penalties: readonly Penalty[], weights: Record<Dimension, number>, base: number): number[] {
  const n = penalties.length;
  const dimBefore = new Array<number>(n);
  const dimAfter = new Array<number>(n);
  const wholeBefore = new Array<number>(n);
  const wholeAfter = new Array<number>(n);
  const runs = new Map<Dimension, number>();
  let whole = 1;
  for (let i = 0; i < n; i++) {
    const p = penalties[i]!;
    dimBefore[i] = runs.get(p.dimension) ?? 1;
    runs.set(p.dimension, dimBefore[i]! * cut(p.penalty));
    wholeBefore[i] = whole;
    if (p.overall) whole *= cut(p.overall);
  }
  const lostAll = Object.fromEntries(DIMENSIONS.map((d) => [d, lostOf(runs.get(d) ?? 1)])) as Record<Dimension, number>;
  runs.clear();
  whole = 1;
  for (let i = n - 1; i >= 0; i--) {
    const p = penalties[i]!;
    dimAfter[i] = runs.get(p.dimension) ?? 1;
    runs.set(p.dimension, dimAfter[i]! * cut(p.penalty));
    wholeAfter[i] = whole;
    if (p.overall) whole *= cut(p.overall);
  }
  return penalties.map((p, i) => {
    if (!(p.penalty > 0) && !p.overall) return 0;
    let loss = 0;
    for (const d of DIMENSIONS) loss += weights[d] * (d === p.dimension ? lostOf(dimBefore[i]! * dimAfter[i]!) : lostAll[d]);
    return scoreOf(loss + wholeLossOf(loss, wholeBefore[i]! * wholeAfter[i]!)) - base;
  });
}

function shares(penalties: readonly Penalty[], weights: Record<Dimension, number>): Omit<Scored, 'gains'> {
  const kept = Object.fromEntries(DIMENSIONS.map((d) => [d, 1])) as Record<Dimension, number>;
  const totals = Object.fromEntries(DIMENSIONS.map((d) => [d, 0])) as Record<Dimension, number>;
  for (const p of penalties) {
    kept[p.dimension] *= cut(p.penalty);
    totals[p.dimension] += clamp(p.penalty);
  }
  const lost = Object.fromEntries(DIMENSIONS.map((d) => [d, lostOf(kept[d])])) as Record<Dimension, number>;
  const raw = penalties.map((p) => {
    const total = totals[p.dimension];
    return total > 0 ? (clamp(p.penalty) / total) * lost[p.dimension] * weights[p.dimension] : 0;
  });
  let loss = 0;
  for (const d of DIMENSIONS) loss += weights[d] * lost[d];
  // A cut of the whole score on top of a finding's own dimension (`overall`, in percent): what no strength elsewhere
  // makes up for (a reply that answers none of the customer's questions is no "great" reply, however well it is
  // written). Multiplied in, so that fixing any other hint still wins points back; shared among those findings.
  let wholeKept = 1;
  let wholeSum = 0;
  for (const p of penalties) if (p.overall) {
    wholeKept *= cut(p.overall);
    wholeSum += clamp(p.overall);
  }
  const wholeLoss = wholeLossOf(loss, wholeKept);
  if (wholeSum > 0) penalties.forEach((p, i) => { if (p.overall) raw[i]! += (clamp(p.overall) / wholeSum) * wholeLoss; });
  loss += wholeLoss;
  const rounded = Math.round(loss + 1e-9);
  // Largest-remainder rounding: integer impacts that sum to the rounded loss.
  const impacts = raw.map(Math.floor);
  let left = rounded - impacts.reduce((x, y) => x + y, 0);
  const order = raw.map((r, i) => ({ i, frac: r - Math.floor(r) })).sort((x, y) => y.frac - x.frac || x.i - y.i);
  for (const { i } of order) {
    if (left <= 0) break;
    impacts[i]! += 1;
    left--;
  }
  const dimensions = Object.fromEntries(
    DIMENSIONS.map((d) => [d, { score: Math.max(0, Math.round(100 - lost[d])), weight: weights[d] }]),
  ) as Scored['dimensions'];
  return { score: scoreOf(loss), dimensions, impacts };
}
