/**
 * Training of the learned email layer (src/model/learned/email-model.ts): per kind, logistic regression by AdaGrad
 * over which vocabulary words an email uses, in a seeded order (deterministic), L2-regularised, each class weighing
 * the same. Each kind's threshold is set out of fold: the train split is cut into five folds by file, each fold read
 * by a model learned from the other four, and the threshold is the lowest logit at which those out-of-fold flags
 * reach TARGET_PRECISION. The dev split and the emails the learned layers are not trained on (NOT_TRAINED_ON) check it.
 */
import { words } from '../../src/model/text';
import type { EmailWeightsFile } from '../../src/model/learned/email-model';
import type { Dataset, EmailKind, LabelledEmail } from './dataset';
import { mulberry32, NOT_TRAINED_ON, shuffleInPlace } from './learn';
import { judged } from './metrics';

/**
 * The kinds the email layer reads. Chosen on the train split's out-of-fold reading and the 630 labelled emails it
 * never learns from (eval/README.md): self-focused, the kind most missed (a pitch all about us, in any words).
 */
export const EMAIL_MODEL_KINDS = ['self-focused'] as const satisfies readonly EmailKind[];

export const EMAIL_DEFAULTS = { epochs: 30, rate: 0.3, l2: 0.003, minEmails: 5, keep: 0.01, folds: 5 };
/** The out-of-fold precision a kind's flags must reach; a kind that cannot reach it stays off. */
export const EMAIL_TARGET_PRECISION = 0.9;
/** Fewer out-of-fold flags than this at the target, and the threshold is not trusted: the kind stays off. */
const MIN_FLAGS = 10;
const OFF = 1e9;


/** Every word of the text, lower-cased, each once: what the model reads (letters only). */
export function wordsUsed(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of words(text)) if (/^[a-z][a-z']*$/.test(w.lower)) out.add(w.lower);
  return out;
}

/** Words the text uses in lower case (addresses and links left out): a name, capitalised, is never one. */
function lowerCaseWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of words(text.replace(/\S+@\S+|\bhttps?:\/\/\S+|\bwww\.\S+|\b[\w-]+\.(?:com|co|io|org|net|ai|app)\b/gi, ' '))) {
    if (/^[a-z][a-z']*$/.test(w.text)) out.add(w.lower);
  }
  return out;
}

/** The emails the layer learns from: the train split, without the files the learned layers are kept from. */
export const emailTrainSet = (data: Dataset) => data.emails.filter((e) => e.split === 'train' && !NOT_TRAINED_ON.includes(e.file ?? ''));

interface Fitted { bias: number; weights: Map<string, number> }

function fitKind(emails: readonly LabelledEmail[], used: ReadonlyMap<string, ReadonlySet<string>>, kind: EmailKind, vocab: ReadonlySet<string>, opts = EMAIL_DEFAULTS): Fitted {
  const rows = emails.map((e) => [...used.get(e.id)!].filter((w) => vocab.has(w)).sort());
  const y = emails.map((e) => (e.present.includes(kind) ? 1 : 0));
  const pos = y.reduce<number>((a, b) => a + b, 0);
  const neg = y.length - pos;
  const w = new Map<string, number>();
  const g2 = new Map<string, number>();
  let b = 0;
  let gb2 = 1e-8;
  const rand = mulberry32(0xe3a1);
  const order = emails.map((_, i) => i);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffleInPlace(order, rand);
    for (const n of order) {
      let z = b;
      for (const f of rows[n]!) z += w.get(f) ?? 0;
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - y[n]!) * (y[n] ? y.length / (2 * Math.max(pos, 1)) : y.length / (2 * Math.max(neg, 1)));
      gb2 += g * g;
      b -= (opts.rate * g) / Math.sqrt(gb2);
      for (const f of rows[n]!) {
        const wv = w.get(f) ?? 0;
        const gw = g + opts.l2 * wv;
        const s = (g2.get(f) ?? 1e-8) + gw * gw;
        g2.set(f, s);
        w.set(f, wv - (opts.rate * gw) / Math.sqrt(s));
      }
    }
  }
  return { bias: b, weights: w };
}

const logitOf = (m: Fitted, ws: ReadonlySet<string>) => {
  let z = m.bias;
  for (const f of ws) z += m.weights.get(f) ?? 0;
  return z;
};

/** The lowest logit at which the flags of `scored` reach `target` precision with at least MIN_FLAGS of them (OFF if none). */
export function thresholdFor(scored: readonly { logit: number; y: boolean }[], target: number): number {
  const sorted = [...scored].sort((a, b) => b.logit - a.logit);
  let tp = 0;
  let best = OFF;
  for (let i = 0; i < sorted.length; i++) {
    if (sorted[i]!.y) tp++;
    // Cut only between distinct logits.
    if (i + 1 < sorted.length && sorted[i + 1]!.logit === sorted[i]!.logit) continue;
    if (i + 1 >= MIN_FLAGS && tp / (i + 1) >= target) best = sorted[i]!.logit;
  }
  return best;
}

export interface EmailTraining {
  file: EmailWeightsFile;
  /** Per kind, the out-of-fold logit of every email it was judged on (for the evaluation's record). */
  outOfFold: Record<string, Map<string, number>>;
}

export function trainEmailModel(data: Dataset, kinds: readonly EmailKind[] = EMAIL_MODEL_KINDS, opts = EMAIL_DEFAULTS, target = EMAIL_TARGET_PRECISION): EmailTraining {
  const all = [...emailTrainSet(data)].sort((a, b) => (a.id < b.id ? -1 : 1));
  const used = new Map(all.map((e) => [e.id, wordsUsed(e.body)]));
  const counts = new Map<string, number>();
  for (const e of all) for (const w of lowerCaseWords(e.body)) counts.set(w, (counts.get(w) ?? 0) + 1);
  const vocab = new Set([...counts].filter(([, n]) => n >= opts.minEmails).map(([w]) => w));
  const files = [...new Set(all.map((e) => e.file ?? ''))].sort();
  const fold = new Map(files.map((f, i) => [f, i % opts.folds]));
  const r = (x: number) => Math.round(x * 1000) / 1000;
  const file: EmailWeightsFile = { version: 1, kinds: [...kinds], thresholds: [], bias: [], weights: [] };
  const outOfFold: EmailTraining['outOfFold'] = {};
  for (const kind of kinds) {
    const emails = all.filter((e) => judged(kind, e));
    const oof = new Map<string, number>();
    for (let k = 0; k < opts.folds; k++) {
      const m = fitKind(emails.filter((e) => fold.get(e.file ?? '') !== k), used, kind, vocab, opts);
      for (const e of emails) if (fold.get(e.file ?? '') === k) oof.set(e.id, logitOf(m, used.get(e.id)!));
    }
    outOfFold[kind] = oof;
    const m = fitKind(emails, used, kind, vocab, opts);
    const weights: Record<string, number> = {};
    for (const w of [...m.weights.keys()].sort()) {
      const v = r(m.weights.get(w)!);
      if (Math.abs(v) >= opts.keep) weights[w] = v;
    }
    file.thresholds.push(r(thresholdFor(emails.map((e) => ({ logit: oof.get(e.id)!, y: e.present.includes(kind) })), target)));
    file.bias.push(r(m.bias));
    file.weights.push(weights);
  }
  file.meta = { trainedOn: `${all.length} emails of the train split (eval/data/emails), without NOT_TRAINED_ON`, vocabulary: vocab.size, target, ...opts };
  return { file, outOfFold };
}
