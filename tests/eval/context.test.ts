import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusAvailable, loadDataset, ROOT } from '../../scripts/eval/dataset';
import { CONTEXT_MANIFEST, contextManifestOf, loadReplies, loadResearch } from '../../scripts/eval/context';
import { contextHeadline, evaluateListening, evaluateResearch, evaluateRole } from '../../scripts/eval/context-metrics';
import { trainRole } from '../../scripts/eval/learn-role';
import { roleGuess } from '../../src/model/role';
import { CUE_REASONS, CUE_ROLES } from '../../src/model/learned/role-model';

// The role is measured on the labelled emails, which read corpus emails from ../shared/corpus (CI has it).
const corpus = corpusAvailable();
if (!corpus && process.env.CI) throw new Error('../shared/corpus/aeslc-enron.jsonl is missing: the evaluation tests need it');

describe('the context set (listening, research, role)', () => {
  const replies = loadReplies();
  const research = loadResearch();

  it('holds at least 300 labelled asks and 150 note-and-sentence pairs, each with its provenance', () => {
    expect(replies.reduce((n, r) => n + r.asks.length, 0)).toBeGreaterThanOrEqual(300);
    expect(research.length).toBeGreaterThanOrEqual(150);
    for (const x of [...replies, ...research]) expect(['own', 'pattern', 'corpus']).toContain(x.source.kind);
  });

  it('keeps its test split frozen: the same items with the same labels', () => {
    const frozen = JSON.parse(readFileSync(CONTEXT_MANIFEST, 'utf8')) as ReturnType<typeof contextManifestOf>;
    const now = contextManifestOf(replies, research);
    expect(now.ids).toEqual(frozen.ids);
    expect(now.labels).toBe(frozen.labels);
  });

  it('counts one labelled ask the model cut in two as found, and flags it when either part is left open', () => {
    const item = {
      id: 'own:unit-1', source: { kind: 'own' as const, author: 'unit test' }, role: 'support' as const, split: 'dev' as const, file: 'unit', asker: 'Nadia', notAsks: [],
      quoted: 'From: Nadia Petrova <nadia@example.com>\n\nHi Chris,\n\nHow do we export our data, and will you delete it afterwards and confirm in writing?\n\nNadia',
      asks: [
        { text: 'How do we export our data', type: 'how' as const, answered: 'yes' as const, how: 'other-words' as const },
        { text: 'will you delete it afterwards and confirm in writing?', type: 'yesno' as const, answered: 'no' as const, how: 'ignored' as const },
      ],
    };
    const body = 'Hi Nadia,\n\nGo to Settings > Export and choose "Everything"; the file arrives by email within the hour.\n\nChris';
    const r = evaluateListening([{ ...item, body }]);
    expect(r.found).toEqual({ found: 2, of: 2 });
    expect(r.notAnswered).toMatchObject({ tp: 1, fn: 0 });
  });

  it.runIf(corpus)('holds listening, research and the role at or above their committed baseline on the test split', () => {
    const baseline = JSON.parse(readFileSync(join(ROOT, 'eval', 'context-baseline.json'), 'utf8')) as Record<string, number>;
    const data = loadDataset();
    const now = contextHeadline({
      split: 'test',
      listening: evaluateListening(replies.filter((r) => r.split === 'test')),
      research: evaluateResearch(research.filter((r) => r.split === 'test')),
      role: evaluateRole(data.emails.filter((e) => e.split === 'test')),
    });
    for (const [name, value] of Object.entries(baseline)) expect(now[name], name).toBeGreaterThanOrEqual(value - 0.001);
  });

  it.runIf(corpus)('gives a reason that argues for the role it guessed, on every labelled email', () => {
    // "a first email, with no thread" once explained a guess of account work: no reader would accept it.
    let cues = 0;
    for (const e of loadDataset().emails) {
      const g = roleGuess(e);
      const cue = g.cue;
      if (!cue || g.confidence < 0.5) continue;
      expect(g.reason.startsWith(CUE_REASONS[cue]!), `${e.id}: ${g.reason}`).toBe(true);
      cues++;
      expect(CUE_ROLES[cue], `${e.id}: ${g.role} because ${g.reason}`).toContain(g.role);
    }
    expect(cues).toBeGreaterThan(100);
  });

  it.runIf(corpus)('retraining reproduces the committed role model exactly', () => {
    const committed = readFileSync(join(ROOT, 'src', 'model', 'learned', 'role-weights.json'), 'utf8');
    expect(`${JSON.stringify(trainRole(loadDataset()))}\n`).toBe(committed);
  });
});
