import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusAvailable, loadDataset, ROOT } from '../../scripts/eval/dataset';
import { manifestOf, readManifest } from '../../scripts/eval/freeze';
import { evaluate, headline } from '../../scripts/eval/metrics';
import { trainWeights } from '../../scripts/eval/learn';
import { trainEmailModel } from '../../scripts/eval/learn-email';

// The labelled set reads corpus emails from ../shared/corpus at run time; CI has it beside the clone.
const corpus = corpusAvailable();
if (!corpus && process.env.CI) throw new Error('../shared/corpus/aeslc-enron.jsonl is missing: the evaluation tests need it');

describe.runIf(corpus)('the labelled evaluation set', () => {
  const data = loadDataset();

  it('keeps its test split frozen: the same items with the same labels', () => {
    const now = manifestOf(data);
    const frozen = readManifest();
    expect(now.ids).toEqual(frozen.ids);
    expect(now.labels).toBe(frozen.labels);
  });

  it('holds the model at or above its committed baseline on the test split', () => {
    const baseline = JSON.parse(readFileSync(join(ROOT, 'eval', 'baseline.json'), 'utf8')) as Record<string, number>;
    const now = headline(evaluate(data, 'test'));
    for (const [name, value] of Object.entries(baseline)) {
      // Alarm rates must not rise; every other figure must not fall.
      if (/alarm/i.test(name)) expect(now[name], name).toBeLessThanOrEqual(value + 0.001);
      else expect(now[name], name).toBeGreaterThanOrEqual(value - 0.001);
    }
  });

  it('retraining reproduces the committed weights of the learned layer exactly', () => {
    const committed = readFileSync(join(ROOT, 'src', 'model', 'learned', 'weights.json'), 'utf8');
    expect(`${JSON.stringify(trainWeights(data), null, 1)}\n`).toBe(committed);
  });

  it('retraining reproduces the committed weights of the learned email layer exactly', () => {
    const committed = readFileSync(join(ROOT, 'src', 'model', 'learned', 'email-weights.json'), 'utf8');
    expect(`${JSON.stringify(trainEmailModel(data).file)}\n`).toBe(committed);
  });
});
