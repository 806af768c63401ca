/**
 * The model measured against the labelled set (eval/README.md): what
 * `npm run eval` prints and the README shows, and what the CI test keeps from
 * sliding. Pure given the dataset: the model is deterministic.
 */
import { analyze } from '../../src/model/analyze';
import { sentenceKinds } from '../../src/model/analyze';
import { RULES } from '../../src/model/rules/index';
import { dimensionOf } from '../../src/model/phrase-rule';
import { ROLES, type Dimension, type Report, type Role, type RuleKind } from '../../src/model/types';
import { EMAIL_KINDS, type Dataset, type EmailKind, type LabelledEmail, type Split } from './dataset';
import { LEARNED_KINDS } from './learn';

/** "Now" for every labelled email: weekday names and dates resolve against it. */
export const EVAL_CONTEXT = { now: '2026-06-03T09:00:00Z', timeZone: 'UTC' } as const;

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
export const precision = (c: Counts) => (c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1);
export const recall = (c: Counts) => (c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1);
export const f1 = (c: Counts) => {
  const p = precision(c);
  const r = recall(c);
  return p + r ? (2 * p * r) / (p + r) : 0;
};
export const falseAlarm = (c: Counts) => (c.fp + c.tn ? c.fp / (c.fp + c.tn) : 0);

/** Mann–Whitney AUC: the chance a praised email scores above a criticised one (ties count half). */
export function auc(praised: readonly number[], criticised: readonly number[]): number {
  if (!praised.length || !criticised.length) return NaN;
  let wins = 0;
  for (const p of praised) for (const c of criticised) wins += p > c ? 1 : p === c ? 0.5 : 0;
  return wins / (praised.length * criticised.length);
}

const RULE_ROLES = new Map<RuleKind, readonly Role[]>(RULES.map((r) => [r.kind, r.roles]));
/** A kind is judged on an email only where its rule applies to the email's role. */
export const judged = (kind: EmailKind, e: Pick<LabelledEmail, 'role' | 'quoted'>): boolean =>
  (RULE_ROLES.get(kind)?.includes(e.role) ?? false) && ((kind !== 'unaddressed-point' && kind !== 'unreflected-issue') || !!e.quoted);

export function reportFor(e: LabelledEmail): Report {
  return analyze(
    {
      body: e.body,
      ...(e.subject ? { subject: e.subject } : {}),
      ...(e.toField ? { recipients: [e.toField] } : {}),
      ...(e.quoted ? { quoted: e.quoted } : {}),
    },
    { role: e.role, ...EVAL_CONTEXT, ...(e.account ? { account: { ...(e.account.name ? { name: e.account.name } : {}), facts: e.account.facts.map((text) => ({ text })) } } : {}) },
  );
}

export interface EmailResults {
  emails: number;
  byRole: Record<Role, number>;
  overall: Counts;
  perKind: Record<string, Counts>;
  perDimension: Record<string, Counts>;
  /** Corpus emails a reader found nothing in: share of their judged (email, kind) pairs the model flags, and share of those emails with any flag. */
  cleanCorpus: { emails: number; pairAlarmRate: number; emailAlarmRate: number };
  auc: Record<Role, number>;
  meanScore: Record<Role, { praised: number; mixed: number; criticised: number; n: [number, number, number] }>;
}

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

export function evaluateEmails(emails: readonly LabelledEmail[]): EmailResults {
  const overall = zero();
  const perKind: Record<string, Counts> = Object.fromEntries(EMAIL_KINDS.map((k) => [k, zero()]));
  const perDimension: Record<string, Counts> = {};
  const scores = Object.fromEntries(ROLES.map((r) => [r, { 1: [] as number[], 2: [] as number[], 3: [] as number[] }])) as Record<Role, Record<1 | 2 | 3, number[]>>;
  let clean = 0;
  let cleanPairs = 0;
  let cleanAlarms = 0;
  let cleanEmailsAlarmed = 0;
  const byRole = Object.fromEntries(ROLES.map((r) => [r, 0])) as Record<Role, number>;
  for (const e of emails) {
    byRole[e.role]++;
    const report = reportFor(e);
    scores[e.role][e.grade].push(report.score);
    const fired = new Set(report.hints.filter((h) => h.impact > 0 || h.kind === 'hedging').map((h) => h.kind));
    const isClean = e.source.kind === 'corpus' && e.present.length === 0;
    if (isClean) clean++;
    let alarmed = false;
    for (const kind of EMAIL_KINDS) {
      if (!judged(kind, e)) continue;
      const y = e.present.includes(kind);
      const p = fired.has(kind);
      const cell: keyof Counts = y ? (p ? 'tp' : 'fn') : p ? 'fp' : 'tn';
      overall[cell]++;
      perKind[kind]![cell]++;
      const d: Dimension = dimensionOf(kind);
      (perDimension[d] ??= zero())[cell]++;
      if (isClean) {
        cleanPairs++;
        if (p) {
          cleanAlarms++;
          alarmed = true;
        }
      }
    }
    if (isClean && alarmed) cleanEmailsAlarmed++;
  }
  return {
    emails: emails.length,
    byRole,
    overall,
    perKind,
    perDimension,
    cleanCorpus: { emails: clean, pairAlarmRate: cleanPairs ? cleanAlarms / cleanPairs : 0, emailAlarmRate: clean ? cleanEmailsAlarmed / clean : 0 },
    auc: Object.fromEntries(ROLES.map((r) => [r, auc(scores[r][3], scores[r][1])])) as Record<Role, number>,
    meanScore: Object.fromEntries(
      ROLES.map((r) => [r, { praised: mean(scores[r][3]), mixed: mean(scores[r][2]), criticised: mean(scores[r][1]), n: [scores[r][3].length, scores[r][2].length, scores[r][1].length] }]),
    ) as EmailResults['meanScore'],
  };
}

export interface SentenceResults {
  sentences: number;
  /** Per learned kind: rules alone, learned layer alone, both. */
  ablation: Record<string, { rules: Counts; learned: Counts; both: Counts }>;
  total: { rules: Counts; learned: Counts; both: Counts };
}

export function evaluateSentences(sentences: ReturnType<Dataset['allSentences']>): SentenceResults {
  const ablation: SentenceResults['ablation'] = Object.fromEntries(LEARNED_KINDS.map((k) => [k, { rules: zero(), learned: zero(), both: zero() }]));
  const total = { rules: zero(), learned: zero(), both: zero() };
  const add = (c: Counts, y: boolean, p: boolean) => c[y ? (p ? 'tp' : 'fn') : p ? 'fp' : 'tn']++;
  for (const s of sentences) {
    const { rules, learned } = sentenceKinds(s.text, EVAL_CONTEXT);
    for (const kind of LEARNED_KINDS) {
      const y = s.kinds.includes(kind);
      const r = rules.has(kind);
      const l = learned.has(kind);
      const a = ablation[kind]!;
      add(a.rules, y, r);
      add(a.learned, y, l);
      add(a.both, y, r || l);
      add(total.rules, y, r);
      add(total.learned, y, l);
      add(total.both, y, r || l);
    }
  }
  return { sentences: sentences.length, ablation, total };
}

export interface Evaluation {
  split: Split;
  emails: EmailResults;
  sentences: SentenceResults;
}

export function evaluate(data: Dataset, split: Split): Evaluation {
  return {
    split,
    emails: evaluateEmails(data.emails.filter((e) => e.split === split)),
    sentences: evaluateSentences(data.allSentences().filter((s) => s.split === split)),
  };
}

/** The headline figures a CI test holds the model to (higher is better for each, alarms negated). */
export function headline(ev: Evaluation): Record<string, number> {
  const e = ev.emails;
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return {
    recall: r3(recall(e.overall)),
    precision: r3(precision(e.overall)),
    falseAlarmRate: r3(falseAlarm(e.overall)),
    cleanCorpusAlarmRate: r3(e.cleanCorpus.pairAlarmRate),
    ...Object.fromEntries(ROLES.map((r) => [`auc.${r}`, r3(e.auc[r])])),
    sentenceF1Both: r3(f1(ev.sentences.total.both)),
  };
}
