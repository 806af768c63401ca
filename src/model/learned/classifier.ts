import { features, tokenize, type Feature, type Token } from './features';
import type { RuleKind } from '../types';
import { STOPWORDS } from '../text';

/**
 * The learned layer: one logistic regression per sentence kind over hashed
 * n-grams (features.ts), trained by `npm run train` on the labelled set's
 * train split (eval/), thresholds set on its dev split for precision ≥ 0.95.
 * Weights are int8 with a scale per kind, rows sorted by feature hash.
 */
export interface WeightsFile {
  version: 1;
  kinds: RuleKind[];
  /** Per kind: decision threshold on the logit (Infinity-like 1e9 = kind off). */
  thresholds: number[];
  bias: number[];
  /** Per kind: the dequantisation scale of its int8 weights. */
  scale: number[];
  /** base64 of a Uint32Array (little-endian) of feature hashes, ascending. */
  hashes: string;
  /** base64 of an Int8Array, row-major: row per hash, column per kind. */
  weights: string;
  /** How it was trained, for the record. */
  meta?: Record<string, unknown>;
}

export interface LearnedFinding {
  kind: RuleKind;
  /** The logit; ≥ the kind's threshold. */
  score: number;
  /** The words that drove it (offsets in the sentence). */
  start: number;
  end: number;
}

function fromBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export interface Classifier {
  kinds: readonly RuleKind[];
  /** The logit of every kind for a sentence (for evaluation and training checks). */
  logits(text: string): number[];
  /** Kinds whose logit passes their threshold, each with the words that drove it. */
  classify(text: string): LearnedFinding[];
}

export function loadClassifier(file: WeightsFile): Classifier {
  const K = file.kinds.length;
  const hb = fromBase64(file.hashes);
  const hashes = new Uint32Array(hb.length / 4);
  const view = new DataView(hb.buffer, hb.byteOffset, hb.byteLength);
  for (let i = 0; i < hashes.length; i++) hashes[i] = view.getUint32(i * 4, true);
  const wb = fromBase64(file.weights);
  const weights = new Int8Array(wb.buffer, wb.byteOffset, wb.byteLength);
  if (weights.length !== hashes.length * K) throw new Error('learned weights: size does not match the hash table');

  // Rows by hash in an open-addressing table (twice the rows, linear probing): one probe or two per feature, where a
  // binary search over the sorted hashes took seventeen.
  let bits = 1;
  while (1 << bits < hashes.length * 2) bits++;
  const mask = (1 << bits) - 1;
  const slots = new Int32Array(1 << bits).fill(-1);
  const slotOf = (h: number) => Math.imul(h, 0x9e3779b1) >>> (32 - bits);
  for (let r = 0; r < hashes.length; r++) {
    let at = slotOf(hashes[r]!);
    while (slots[at] !== -1) at = (at + 1) & mask;
    slots[at] = r;
  }
  const row = (h: number): number => {
    for (let at = slotOf(h); ; at = (at + 1) & mask) {
      const r = slots[at]!;
      if (r === -1 || hashes[r] === h) return r;
    }
  };

  const score = (text: string): { tokens: Token[]; feats: Feature[]; rows: number[]; z: number[] } => {
    const tokens = tokenize(text);
    const feats = features(tokens);
    const rows = feats.map((f) => row(f.hash));
    const z = file.bias.slice();
    for (const r of rows) {
      if (r < 0) continue;
      const base = r * K;
      for (let k = 0; k < K; k++) z[k]! += weights[base + k]! * file.scale[k]!;
    }
    return { tokens, feats, rows, z };
  };

  return {
    kinds: file.kinds,
    logits: (text) => score(text).z,
    classify(text) {
      const { tokens, feats, rows, z } = score(text);
      const out: LearnedFinding[] = [];
      let content: boolean[] | undefined;
      for (let k = 0; k < K; k++) {
        if (z[k]! < file.thresholds[k]!) continue;
        // The span: the n-gram that pushed hardest towards this kind, joined by the next one when it is near. One made of
        // function words only ("this", "in a") counts half: it shows the reader nothing, and a word of substance
        // that pushed nearly as hard ("lock in", "for the hassle") is what the highlight should point at.
        content ??= tokens.map((t) => !STOPWORDS.has(text.slice(t.start, t.end).toLowerCase().replace(/’/g, "'")));
        const pull = (i: number): number => {
          const w = weights[rows[i]! * K + k]!;
          const f = feats[i]!;
          for (let j = f.from; j < f.to; j++) if (content![j]) return w;
          return w / 2;
        };
        let best = -1;
        let second = -1;
        for (let i = 0; i < feats.length; i++) {
          const r = rows[i]!;
          if (r < 0) continue;
          if (weights[r * K + k]! <= 0) continue;
          if (best < 0 || pull(i) > pull(best)) {
            second = best;
            best = i;
          } else if (second < 0 || pull(i) > pull(second)) second = i;
        }
        if (best < 0) continue;
        let from = feats[best]!.from;
        let to = feats[best]!.to;
        const s = second >= 0 ? feats[second]! : undefined;
        if (s && s.to >= from - 2 && s.from <= to + 2) {
          from = Math.min(from, s.from);
          to = Math.max(to, s.to);
        }
        // A span of function words only ("will") shows the reader nothing: it takes in the nearest word of substance,
        // after it first ("will reach out"), else before it ("Someone … will").
        if (!content.slice(from, to).some(Boolean)) {
          let r = to;
          while (r < tokens.length && r < to + 3 && !content[r]) r++;
          if (r < tokens.length && r < to + 3) to = r + 1;
          else {
            let l = from - 1;
            while (l >= 0 && l >= from - 3 && !content[l]) l--;
            if (l >= 0 && l >= from - 3) from = l;
          }
        }
        out.push({ kind: file.kinds[k]!, score: z[k]!, start: tokens[from]!.start, end: tokens[to - 1]!.end });
      }
      return out;
    },
  };
}
