import { describe, expect, it } from 'vitest';
import { features, hash32, tokenize } from '../../src/model/learned/features';
import { loadClassifier, type WeightsFile } from '../../src/model/learned/classifier';
import weights from '../../src/model/learned/weights.json';
import { analyze } from '../../src/model/index';
import { RULES } from '../../src/model/rules/index';
import { LEARNED_KINDS, trainWeights } from '../../scripts/eval/learn';
import type { Dataset } from '../../scripts/eval/dataset';

type Item = ReturnType<Dataset['allSentences']>[number];

/** A small synthetic labelled set: boasts in several words, ordinary sentences around them. */
function synthetic(): Dataset {
  const boasts = ['We are the premier provider of freight software', 'Our award-winning team is second to none', 'We are truly unmatched in this market', 'Our phenomenal platform is the premier choice', 'We are the premier name in payroll', 'Our award-winning support is simply phenomenal'];
  const plain = ['The invoice is attached', 'I will call you on Tuesday at 10', 'Your order left the warehouse this morning', 'Could you send the signed form', 'The meeting moved to room 4', 'Thanks for the notes from the call', 'We fixed the export bug in version 2', 'Ana will join the call on Friday', 'The quote covers ten seats', 'Let me know which slot suits you'];
  const items: Item[] = [];
  let n = 0;
  const add = (text: string, kinds: Item['kinds'], split: Item['split']) => items.push({ id: `s${n++}`, text, kinds, split });
  for (let r = 0; r < 4; r++) {
    boasts.forEach((b, i) => add(`${b} ${r}.`, ['boasting'], r < 3 ? 'train' : i % 2 ? 'dev' : 'train'));
    plain.forEach((p, i) => add(`${p} ${r}.`, [], r < 3 ? 'train' : i % 2 ? 'dev' : 'train'));
  }
  // Dev needs enough positives for a threshold: four more.
  for (const b of ['We are the premier firm', 'Our award-winning service', 'Truly unmatched results', 'The premier award-winning team']) add(b, ['boasting'], 'dev');
  return { emails: [], sentences: [], allSentences: () => items };
}

describe('learned layer: features', () => {
  it('tokenizes with offsets, stems words and folds numbers and apostrophes', () => {
    const text = 'We’re shipping 3 orders';
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['We’re', 'shipping', '3', 'orders']);
    expect(tokens.map((t) => t.stem)).toEqual(["we're", 'ship', '#num', 'order']);
  });

  it('makes 1-, 2- and 3-grams that point at the words they cover', () => {
    const f = features(tokenize('a b c'));
    // 3 unigrams, 2 bigrams, 1 trigram, the opening word and the opening bigram.
    expect(f).toHaveLength(8);
    expect(f.filter((x) => x.to - x.from === 3)).toEqual([expect.objectContaining({ from: 0, to: 3 })]);
  });
});

describe('learned layer: training and classifying', () => {
  const file = trainWeights(synthetic());
  const model = loadClassifier(file);
  const k = file.kinds.indexOf('boasting');

  it('trains deterministically', () => {
    expect(JSON.stringify(trainWeights(synthetic()))).toBe(JSON.stringify(file));
  });

  it('sets a threshold only for kinds with enough dev examples', () => {
    expect(file.thresholds[k]).toBeLessThan(1e9);
    expect(file.thresholds[file.kinds.indexOf('pressure')]).toBe(1e9);
  });

  it('finds the kind in a sentence it never saw and points at the words that drove it', () => {
    const text = 'Honestly, our award-winning crew is the premier option for you.';
    const found = model.classify(text);
    const boast = found.find((f) => f.kind === 'boasting');
    expect(boast).toBeDefined();
    expect(text.slice(boast!.start, boast!.end)).toMatch(/award|premier/);
  });

  it('stays quiet on ordinary sentences', () => {
    for (const text of ['The signed form is attached.', 'I will call you on Monday at 9.', 'Ana moved the meeting to room 2.']) {
      expect(model.classify(text)).toEqual([]);
    }
  });

  it('points at a word of substance that pushed nearly as hard as a function word', () => {
    // Two features drive "boasting": the word "the" and the word "premier". A span of "the" shows the reader nothing.
    const tiny = (the: number, premier: number): WeightsFile => {
      const rows = [[hash32('1 the'), the], [hash32('1 premier'), premier]].sort((a, b) => a[0]! - b[0]!);
      const hashes = new Uint32Array(rows.map((r) => r[0]!));
      const ws = new Int8Array(rows.map((r) => r[1]!));
      const b64 = (u: Uint8Array) => btoa(String.fromCharCode(...u));
      return { version: 1, kinds: ['boasting'], thresholds: [1], bias: [0], scale: [0.1], hashes: b64(new Uint8Array(hashes.buffer)), weights: b64(new Uint8Array(ws.buffer)) };
    };
    const spanOf = (f: WeightsFile) => { const text = 'The offer we make is truly a premier choice.'; const x = loadClassifier(f).classify(text)[0]!; return text.slice(x.start, x.end); };
    expect(spanOf(tiny(100, 60))).toBe('premier');
    // Far weaker, the word of substance is not what drove it: the span stays with the function word, and takes in the
    // nearest word of substance after it so the reader sees something ("will" alone says nothing).
    expect(spanOf(tiny(100, 30))).toBe('The offer');
  });

  it('refuses weights whose table does not match', () => {
    expect(() => loadClassifier({ ...file, weights: '' })).toThrow(/size/);
  });
});

describe('learned layer: in the model', () => {
  it('every kind it can find has a rule that speaks for it', () => {
    // about-us-first is read by document rules (about-us-first, self-focused), not shown as its own learned hint.
    for (const kind of LEARNED_KINDS) if (kind !== 'about-us-first') expect(RULES.find((r) => r.kind === kind)?.learned, kind).toBeDefined();
    for (const kind of (weights as WeightsFile).kinds) expect((LEARNED_KINDS as readonly string[]).includes(kind)).toBe(true);
  });

  it('learned hints quote words of the draft, count like the rule, and never double a rule on its sentence', () => {
    const drafts = RULES.flatMap((r) => [...r.examples.flag, ...r.examples.pass]).map((e) => (typeof e === 'string' ? { body: e } : e));
    for (const ex of drafts) {
      const report = analyze({ body: ex.body, ...(ex.quoted ? { quoted: ex.quoted } : {}), ...(ex.recipients ? { recipients: ex.recipients } : {}) }, { role: ex.role ?? 'prospecting', now: ex.now ?? '2026-06-03T09:00:00Z', timeZone: 'UTC' });
      for (const h of report.hints.filter((x) => x.learned)) {
        expect(h.start).toBeGreaterThanOrEqual(0);
        expect(h.end).toBeLessThanOrEqual(ex.body.length);
        expect(h.message).toContain(ex.body.slice(h.start, h.end).slice(0, 20));
        expect(h.replacement).toBeUndefined();
        const sameKind = report.hints.filter((o) => o !== h && o.kind === h.kind && !o.learned && o.start < h.end + 200 && o.end > h.start - 200);
        for (const o of sameKind) expect(o.start >= h.end || o.end <= h.start).toBe(true);
      }
    }
  });
});
