import { describe, expect, it } from 'vitest';
import { loadEmailModel, type EmailWeightsFile } from '../../src/model/learned/email-model';
import emailWeights from '../../src/model/learned/email-weights.json';
import { analyze } from '../../src/model/index';
import { RULES } from '../../src/model/rules/index';
import { EMAIL_MODEL_KINDS, thresholdFor, trainEmailModel, wordsUsed } from '../../scripts/eval/learn-email';
import type { Dataset, LabelledEmail } from '../../scripts/eval/dataset';

const ctx = { role: 'account' as const, now: '2026-06-03T09:00:00Z', timeZone: 'UTC' };

/** Emails about us (pitch words, and "Orbitly", a name, in every one) and ordinary ones, in five files. */
function synthetic(): Dataset {
  const pitches = ['we are proud of our nationwide platform and its unmatched features', 'our leading platform is trusted nationwide and we keep launching features', 'we have launched unmatched features on our proud platform'];
  const plain = ['the invoice is attached and the meeting moved to room four', 'thanks for the notes, could you send the signed form', 'your order left the warehouse this morning, tracking attached', 'ana will join the call on friday to go through the quote'];
  const emails: LabelledEmail[] = [];
  for (let i = 0; i < 60; i++) {
    const about = i % 2 === 0;
    const text = about ? pitches[i % pitches.length]! : plain[i % plain.length]!;
    emails.push({
      id: `own:syn-${String(i).padStart(2, '0')}`, file: `emails/syn-${i % 5}.jsonl`, split: 'train', role: 'prospecting', grade: about ? 1 : 3,
      source: { kind: 'own', author: 'test' }, body: `Hi Sam,\n\nAt Orbitly ${text}. Reply ${i}.`, present: about ? ['self-focused'] : [], sentences: [],
    } as unknown as LabelledEmail);
  }
  return { emails, sentences: [], allSentences: () => [] };
}

describe('learned email layer: training', () => {
  const { file } = trainEmailModel(synthetic(), ['self-focused']);
  const model = loadEmailModel(file);
  const logit = (body: string) => model.logit('self-focused', [...wordsUsed(body)].map((w) => model.wordId(w)).filter((i) => i >= 0));

  it('trains deterministically', () => {
    expect(JSON.stringify(trainEmailModel(synthetic(), ['self-focused']).file)).toBe(JSON.stringify(file));
  });

  it('reads an email about us it never saw above one that is not, and sets a threshold between them', () => {
    expect(file.thresholds[0]).toBeLessThan(1e9);
    const about = 'Hi Jo, we are proud of our leading platform: trusted nationwide, with unmatched features we keep launching.';
    const plain = 'Hi Jo, the signed form is attached and Ana moved the call to Friday.';
    expect(logit(about)).toBeGreaterThan(logit(plain) + 2);
    expect(model.fires('self-focused', logit(about))).toBe(true);
    // Asked for flags that are never wrong, out of fold, the threshold sits above every ordinary email.
    const strict = loadEmailModel(trainEmailModel(synthetic(), ['self-focused'], undefined, 1).file);
    const strictLogit = (body: string) => strict.logit('self-focused', [...wordsUsed(body)].map((w) => strict.wordId(w)).filter((i) => i >= 0));
    expect(strict.fires('self-focused', strictLogit(about))).toBe(true);
    expect(strict.fires('self-focused', strictLogit(plain))).toBe(false);
  });

  it('never learns a name: only words the emails use in lower case are in its vocabulary', () => {
    // "Orbitly" is in every email, capitalised: it says nothing of the kind and must not count.
    expect(model.wordId('orbitly')).toBe(-1);
    expect(model.wordId('platform')).toBeGreaterThanOrEqual(0);
  });

  it('quotes the words that pushed it most, of those the email uses', () => {
    const ids = [...wordsUsed('we launched unmatched features, and the invoice is attached')].map((w) => model.wordId(w)).filter((i) => i >= 0);
    const drivers = model.drivers('self-focused', ids, 2);
    expect(drivers.length).toBe(2);
    for (const d of drivers) expect(model.weight('self-focused', model.wordId(d))).toBeGreaterThan(0);
    expect(drivers).not.toContain('invoice');
  });

  it('refuses a kind it does not know', () => {
    expect(() => model.logit('boasting', [])).toThrow(/no kind/);
  });
});

describe('learned email layer: the threshold', () => {
  const scored = (pairs: [number, boolean][]) => pairs.map(([logit, y]) => ({ logit, y }));

  it('is the lowest logit at which the flags reach the target precision', () => {
    // Twelve flags from the top: 11 right (0.92); thirteen: 11 of 13 (0.85).
    const items = scored([...Array.from({ length: 11 }, (_, i) => [10 - i * 0.1, true] as [number, boolean]), [8.5, false], [8, false], [7, true]]);
    expect(thresholdFor(items, 0.9)).toBe(8.5);
    expect(thresholdFor(items, 0.8)).toBe(7);
  });

  it('stays off when too few flags, or none, reach the target', () => {
    expect(thresholdFor(scored([[5, true], [4, true], [3, true]]), 0.9)).toBe(1e9);
    expect(thresholdFor(scored(Array.from({ length: 20 }, (_, i) => [i, i % 2 === 0] as [number, boolean])), 0.9)).toBe(1e9);
  });

  it('never cuts between emails of the same logit', () => {
    const items = scored([...Array.from({ length: 10 }, () => [5, true] as [number, boolean]), [4, true], [4, false], [4, false]]);
    expect(thresholdFor(items, 0.9)).toBe(5);
  });
});

describe('learned email layer: in the model', () => {
  const file = emailWeights as EmailWeightsFile;

  it('every kind it reads has a rule that speaks for it, and the committed weights hold those kinds', () => {
    expect(file.kinds).toEqual([...EMAIL_MODEL_KINDS]);
    for (const kind of file.kinds) expect(RULES.find((r) => r.kind === kind)?.learnedEmail, kind).toBeDefined();
  });

  it('finds an email about us the rule misses, pointing at a sentence of it (never the first line) and quoting its words', () => {
    const body = "Hi Priya,\n\nYour Ledgerly plan renews on 30 June. As the industry's most trusted bookkeeping platform, we keep innovating, and this year we've rolled out over 40 new features, from bank feeds to receipt matching. Teams nationwide love the new dashboard.\n\nWould Thursday at 2 pm suit for a walk-through of what's new?\n\nBest,\nTom";
    const hint = analyze({ body }, ctx).hints.find((h) => h.kind === 'self-focused');
    expect(hint?.learned).toBe(true);
    expect(hint!.end).toBeGreaterThan(hint!.start);
    expect(body.slice(hint!.start, hint!.end)).not.toMatch(/^Your Ledgerly plan/);
    expect(hint!.message).toMatch(/“platform”/);
    expect(hint!.impact).toBeGreaterThan(0);
    // Not for support replies: the rule does not read them.
    expect(analyze({ body }, { ...ctx, role: 'support' }).hints.some((h) => h.kind === 'self-focused')).toBe(false);
  });

  it('stays quiet on the same words in an email that never speaks as us, or never praises us', () => {
    const note = "Hi Priya,\n\nI'll be home by 8 tonight, so dinner at the new place sounds great. The class was world class and the kids loved it.\n\nLove,\nTom";
    const news = "Hi Priya,\n\nYour Ledgerly plan renews on 30 June. This year we've rolled out over 40 new features, from bank feeds to receipt matching, and teams nationwide love the new dashboard.\n\nWould Thursday at 2 pm suit for a walk-through of what's new?\n\nBest,\nTom";
    for (const body of [note, news]) expect(analyze({ body }, ctx).hints.some((h) => h.kind === 'self-focused'), body).toBe(false);
  });

  it('a fix that takes out a word against the kind is checked, so it never tips the email into a finding', () => {
    // Taking out "maybe" (a hedge) takes out a word that weighs against "about us": offered unchecked, the fix would cost points.
    const body = "Hi Priya,\n\nAs the industry's most trusted bookkeeping platform, we keep innovating. Your plan renews on 30 June. I think maybe we could just possibly look at it, hopefully.\n\nBest,\nTom";
    const report = analyze({ body }, ctx);
    expect(report.hints.some((h) => h.kind === 'self-focused')).toBe(false);
    for (const h of report.hints) {
      if (h.replacement === undefined) continue;
      const fixed = analyze({ body: body.slice(0, h.start) + h.replacement + body.slice(h.end) }, ctx);
      expect(fixed.score, `${h.kind}: ${body.slice(h.start, h.end)}`).toBeGreaterThanOrEqual(report.score);
    }
  });
});
