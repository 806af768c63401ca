/**
 * Training of the role guess (src/model/learned/role-model.ts): softmax
 * regression by AdaGrad over the labelled emails' train split, in a seeded
 * order (deterministic), L2-regularised; weights rounded and small ones
 * dropped so the table stays small.
 */
import { roleFeatures, ROLE_ORDER, type RoleWeightsFile } from '../../src/model/learned/role-model';
import { topMessage } from '../../src/model/listening';
import type { Dataset, LabelledEmail } from './dataset';
import { mulberry32 } from './learn';

/** Chosen on the dev split (role accuracy per role, the lowest of the three highest). */
export const ROLE_DEFAULTS = { epochs: 20, rate: 0.2, l2: 1e-2, minCount: 3, keep: 0.01 };


export const emailRoleFeatures = (e: Pick<LabelledEmail, 'body' | 'quoted' | 'subject'>) =>
  roleFeatures(e, e.quoted ? topMessage(e.quoted).text : undefined);

/**
 * The emails the role is learned from. Not the second labelled batch (ids `…:b2-…`): written to show the trust
 * kinds the model missed, its roles are no sample of real mail, and with it the role guess did no better on dev
 * (94 of 116 right, against 93 without it). Nor the third (`…:b3-e-…`), written the same way: with it, support on dev
 * fell from 26 to 23 of 30. Nor the corpus emails labelled on 4 December (corpus-D.jsonl): chosen customer-facing
 * first, their notices with no thread are mostly account work, and with them the model read plain first emails to
 * prospects ("when teams grow fast… how do you ramp hires today?") as account work (tests/model/score.test.ts).
 * Nor those of 5 December (corpus-E.jsonl), chosen the same way, a third per role: with them, account on dev fell
 * from 41 to 38 of 52 (93 of 116 right in all, against 90); corpus-F, labelled the same way, is left out with them.
 * corpus-G, -H and -I were chosen for their look-alike sentences, not as a sample of roles (most are notes among
 * colleagues, labelled account): with them, support on dev fell from 26 to 24 of 30. corpus-J, a random draw of
 * inbox mail (nearly all account work), is left out the same way. own-batch5 (100 emails written blind by helpers on 5
 * December, with account emails chosen to look like prospecting and account managers answering complaints) is left
 * out too: with it, account on dev fell from 41 to 39 of 52 (91 of 116 right in all, against 93); so is own-batch6,
 * written the same way (account-management emails and support replies in other registers). So are own-batch7 and
 * own-batch8 (the third and fourth rounds): with them in, dev stayed at 93 of 116 (prospecting 28, support 25, account
 * 40, against 26, 26 and 41 without). own-batch9 (the fifth round: prospecting replies and sales-like customer emails)
 * is left out the same way, and so is own-batch10 (the sixth round: replies on commitments and listening, prospecting
 * emails on personalization), written for kinds, not as a sample of roles; and own-batch11 (the seventh round, a mixed
 * sample read unseen at the end of that stop), kept out with them so the role model stays the one measured.
 */
const ROLE_HELD_OUT = ['emails/own-batch5.jsonl', 'emails/own-batch6.jsonl', 'emails/own-batch7.jsonl', 'emails/own-batch8.jsonl', 'emails/own-batch9.jsonl', 'emails/own-batch10.jsonl', 'emails/own-batch11.jsonl', 'emails/corpus-D.jsonl', 'emails/corpus-E.jsonl', 'emails/corpus-F.jsonl', 'emails/corpus-G.jsonl', 'emails/corpus-H.jsonl', 'emails/corpus-I.jsonl', 'emails/corpus-J.jsonl'];
const forRole = (e: LabelledEmail) => !e.id.includes(':b2-') && !e.id.includes(':b3-e-') && !ROLE_HELD_OUT.includes(e.file ?? '');

export function trainRole(data: Dataset, opts = ROLE_DEFAULTS): RoleWeightsFile {
  const train = data.emails.filter((e) => e.split === 'train' && forRole(e)).sort((a, b) => (a.id < b.id ? -1 : 1));
  const feats = train.map(emailRoleFeatures);
  const counts = new Map<string, number>();
  for (const fs of feats) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts].filter(([, n]) => n >= opts.minCount).map(([f]) => f).sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const rows = feats.map((fs) => fs.map((f) => index.get(f)).filter((i): i is number => i !== undefined));
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
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const n of order) {
      const z = Array.from(b);
      for (const f of rows[n]!) for (let k = 0; k < K; k++) z[k]! += W[f * K + k]!;
      const m = Math.max(...z);
      const e = z.map((x) => Math.exp(x - m));
      const s = e.reduce((a, c) => a + c, 0);
      for (let k = 0; k < K; k++) {
        const g = (e[k]! / s - (y[n] === k ? 1 : 0)) * classWeight[y[n]!]!;
        gb2[k]! += g * g;
        b[k]! -= (opts.rate * g) / Math.sqrt(gb2[k]!);
        for (const f of rows[n]!) {
          const at = f * K + k;
          const gw = g + opts.l2 * W[at]!;
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
