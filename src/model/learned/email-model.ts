import type { RuleKind } from '../types';

/**
 * The learned email layer: for a few email kinds that no single sentence
 * decides (an email all about us), one logistic regression per kind over
 * which common words the writer's text uses at all (each word once, whatever
 * its case), trained by `npm run train` on the labelled emails' train split
 * (scripts/eval/learn-email.ts). Its vocabulary holds only words the labelled
 * emails use in lower case, so a company's or a person's name never counts.
 * The rules decide first: a kind is read here only where its rule found nothing.
 */
export interface EmailWeightsFile {
  version: 1;
  kinds: RuleKind[];
  /** Per kind: the logit at which it fires, set for precision on emails the model did not learn from. */
  thresholds: number[];
  bias: number[];
  /** Per kind: word → weight (small weights dropped). */
  weights: Record<string, number>[];
  meta?: Record<string, unknown>;
}

export interface EmailModel {
  kinds: readonly RuleKind[];
  /** Index of a word in the model's vocabulary (any kind), or -1. */
  wordId(lower: string): number;
  /** The logit of `kind` for an email that uses the vocabulary words `ids` (each id once). */
  logit(kind: RuleKind, ids: Iterable<number>): number;
  /** Does `kind` fire at this logit? */
  fires(kind: RuleKind, logit: number): boolean;
  /** The weight of a vocabulary word for `kind`. */
  weight(kind: RuleKind, id: number): number;
  /** The logit at which `kind` fires. */
  threshold(kind: RuleKind): number;
  /** The words that push `kind` up most, of those the email uses: what a finding quotes. */
  drivers(kind: RuleKind, ids: Iterable<number>, n: number): string[];
}

export function loadEmailModel(file: EmailWeightsFile): EmailModel {
  const vocab = [...new Set(file.weights.flatMap((w) => Object.keys(w)))].sort();
  const index = new Map(vocab.map((w, i) => [w, i]));
  // Per kind, a dense row over the shared vocabulary: the sum is an array read per word.
  const rows = file.weights.map((w) => {
    const row = new Float64Array(vocab.length);
    for (const [word, v] of Object.entries(w)) row[index.get(word)!] = v;
    return row;
  });
  const at = (kind: RuleKind) => {
    const k = file.kinds.indexOf(kind);
    if (k < 0) throw new Error(`email model: no kind ${kind}`);
    return k;
  };
  return {
    kinds: file.kinds,
    wordId: (lower) => index.get(lower) ?? -1,
    logit(kind, ids) {
      const k = at(kind);
      const row = rows[k]!;
      let z = file.bias[k]!;
      for (const i of ids) z += row[i]!;
      return z;
    },
    fires: (kind, logit) => logit >= file.thresholds[at(kind)]!,
    weight: (kind, id) => rows[at(kind)]![id] ?? 0,
    threshold: (kind) => file.thresholds[at(kind)]!,
    drivers(kind, ids, n) {
      const row = rows[at(kind)]!;
      return [...ids].filter((i) => row[i]! > 0).sort((a, b) => row[b]! - row[a]! || a - b).slice(0, n).map((i) => vocab[i]!);
    },
  };
}
