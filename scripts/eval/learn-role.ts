/**
 * Training of the role guess (src/model/learned/role-model.ts): softmax
 * regression by AdaGrad over the labelled emails' train split, in a seeded
 * order (deterministic), L2-regularised; weights rounded and small ones
 * dropped so the table stays small.
 */
import { featureValues, roleFeatures, ROLE_ORDER, type RoleWeightsFile } from '../../src/model/learned/role-model';
import { topMessage } from '../../src/model/listening';
import type { Dataset, LabelledEmail } from './dataset';
import { mulberry32, shuffleInPlace } from './learn';

/** Chosen by the cross-validation over train files (scripts/eval/role-cv.ts), with the dev split as the check. */
export const ROLE_DEFAULTS = { epochs: 20, rate: 0.2, l2: 3e-2, minCount: 8, keep: 0.01 };


export const emailRoleFeatures = (e: Pick<LabelledEmail, 'body' | 'quoted' | 'subject'>) =>
  roleFeatures(e, e.quoted ? topMessage(e.quoted).text : undefined);

/**
 * The emails the role is learned from: every email of the train split but those of the second and third labelled
 * batches (ids `…:b2-…`, `…:b3-e-…`), written to show the trust kinds the model missed, whose roles are no sample of
 * real mail. Until 6 December the later helper batches and the corpus emails chosen customer-facing first were left
 * out too, each judged on the dev split's 116 emails, a few emails either way. Judged instead on files the model never
 * learned from (scripts/eval/role-cv.ts leaves out one file of the train split at a time), learning from all of them
 * reads unseen mail better: with the words and pairs of words, names masked and values scaled by length
 * (learned/role-model.ts), 0.80 of 1,245 emails right; dev 102 of 116 (93 before); and the 120 emails of the eighth
 * blind round, read before and after, 104 of 120 (91 before). With that round's emails learned from too (own-batch12):
 * 0.81 of 1,365 left-out emails right, dev 97 of 116; with the ninth round's too (own-batch13), 0.82 of 1,410, dev 98.
 * The thirteenth round's 45 emails (own-batch14, ids `…:b14-…`; read 44 of 45 right before any training on them) are
 * left out: learned from, the 1,410 earlier emails went from 1,157 to 1,158 right when left out in turn, and dev from
 * 99 to 98 of 116, no gain on the split we tune on. So are the fourteenth round's (own-batch15, `…:b15-…`; read 40 of
 * 45 right before): learned from, 1,157 to 1,155 of the 1,410 left out in turn, dev 99 to 100. So are the fifteenth
 * round's (own-batch16, `…:b16-…`, 43 of 45 right before; corpus-K, 19 customer-facing corpus emails, 13 of 19):
 * learned from, the same 1,410 emails left out in turn went from 1,157 to 1,161 right and dev stayed at 99, but the
 * test split's guard fell (account 55 -> 53 of 64), and a gain of four in 1,410 is no reason to let it slide. The
 * sixteenth round's (own-batch17, `…:b17-…`, 41 of 45 right before) is left out with them, and so are the seventeenth
 * and eighteenth rounds' (own-batch18 and own-batch19, `…:b18-…` and `…:b19-…`, 41 and 40 of 45 right before), and
 * the nineteenth to twenty-first rounds' (own-batch20 to own-batch22, `…:b20-…` to `…:b22-…`, 45, 42 and 43 of 45 right
 * before), and the twenty-second to twenty-fourth rounds' (own-batch23 to own-batch25, `…:b23-…` to `…:b25-…`, 43, 40 and
 * 43 of 45 right before), and the twenty-fifth to twenty-eighth rounds' (own-batch26 to own-batch29, `…:b26-…` to `…:b29-…`, 44, 37, 38 and
 * 44 of 45 right before), and the twenty-ninth to thirty-fourth rounds' (own-batch30 to own-batch35, `…:b30-…` to `…:b35-…`, 43, 39, 43, 42 and 42 of 45 and 27 of 30 right before), and the thirty-fifth's and thirty-sixth's
 * (own-batch36 and own-batch37, `…:b36-…` and `…:b37-…`, 37 and 35 of 40 right before), and every round since (own-batch38
 * to own-batch44, `…:b38-…` to `…:b48-…`; the corpus sets corpus-K to corpus-AC, labelled blind, whose support replies
 * the guess reads worst: 1 to 4 of 11 to 13 in each of rounds 47 and 48).
 */
/** The ids of the rounds left out (`…:b2-…`, `…:b3-e-…`, `…:b14-…` to `…:b37-…`). */
const LEFT_OUT_ROUND = /:(?:b2|b3-e|b1[4-9]|b2\d|b[34]\d)-/;
export const forRole = (e: LabelledEmail) => !LEFT_OUT_ROUND.test(e.id) && !/^emails\/corpus-(?:[K-Z]|A[A-E])\.jsonl$/.test(e.file ?? '');

export function trainRole(data: Dataset, opts = ROLE_DEFAULTS): RoleWeightsFile {
  return fitRole(data.emails.filter((e) => e.split === 'train' && forRole(e)), opts);
}

/** Fits the role model on the given emails (sorted by id first, so the order of the input does not matter). */
export function fitRole(emails: readonly LabelledEmail[], opts = ROLE_DEFAULTS): RoleWeightsFile {
  const train = [...emails].sort((a, b) => (a.id < b.id ? -1 : 1));
  const feats = train.map(emailRoleFeatures);
  const counts = new Map<string, number>();
  for (const fs of feats) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts].filter(([, n]) => n >= opts.minCount).map(([f]) => f).sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const rows = feats.map((fs) => {
    const values = featureValues(fs);
    return fs.map((f, i) => [index.get(f), values[i]!] as const).filter((r): r is readonly [number, number] => r[0] !== undefined);
  });
  const K = ROLE_ORDER.length;
  const y = train.map((e) => ROLE_ORDER.indexOf(e.role));
  // Each role weighs the same in the loss, however many emails it has.
  const perRole = ROLE_ORDER.map((_, k) => y.filter((v) => v === k).length);
  const classWeight = perRole.map((n) => (n ? train.length / (K * n) : 0));
  const W = new Float64Array(vocab.length * K);
  const b = new Float64Array(K);
  const g2 = new Float64Array(vocab.length * K).fill(1e-8);
  const gb2 = new Float64Array(K).fill(1e-8);
  const rand = mulberry32(0x70e5);
  const order = train.map((_, i) => i);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffleInPlace(order, rand);
    for (const n of order) {
      const z = Array.from(b);
      for (const [f, x] of rows[n]!) for (let k = 0; k < K; k++) z[k]! += W[f * K + k]! * x;
      const m = Math.max(...z);
      const e = z.map((x) => Math.exp(x - m));
      const s = e.reduce((a, c) => a + c, 0);
      for (let k = 0; k < K; k++) {
        const g = (e[k]! / s - (y[n] === k ? 1 : 0)) * classWeight[y[n]!]!;
        gb2[k]! += g * g;
        b[k]! -= (opts.rate * g) / Math.sqrt(gb2[k]!);
        for (const [f, x] of rows[n]!) {
          const at = f * K + k;
          const gw = g * x + opts.l2 * W[at]!;
          g2[at]! += gw * gw;
          W[at]! -= (opts.rate * gw) / Math.sqrt(g2[at]!);
        }
      }
    }
  }
  const r = (x: number) => Math.round(x * 1000) / 1000;
  const weights: Record<string, number[]> = {};
  vocab.forEach((f, i) => {
    const w = Array.from(W.subarray(i * K, i * K + K)).map(r);
    if (w.some((x) => Math.abs(x) >= opts.keep)) weights[f] = w;
  });
  return {
    version: 1,
    roles: [...ROLE_ORDER],
    bias: Array.from(b).map(r),
    weights,
    meta: { trainedOn: `${train.length} emails of the train split (eval/data/emails)`, ...opts, features: Object.keys(weights).length },
  };
}
