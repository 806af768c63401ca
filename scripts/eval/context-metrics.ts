/**
 * Measures listening, research and the role guess on the context set and the
 * labelled emails (eval/README.md, "Context").
 */
import { analyze } from '../../src/model/index';
import { extractQuotedPoints, type AskPart, type QuotedPoint } from '../../src/model/listening';
import { q } from '../../src/model/phrase-rule';
import { judgeAll, replySentences, type JudgeOptions, type Verdict } from '../../src/model/answers';
import { roleGuess } from '../../src/model/role';
import { splitSentences } from '../../src/model/text';
import type { Role } from '../../src/model/types';
import { EVAL_CONTEXT, precision, recall, type Counts } from './metrics';
import type { LabelledEmail, Split } from './dataset';
import type { ReplyItem, ResearchItem } from './context';

const ROLES: Role[] = ['prospecting', 'support', 'account'];
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
const wordsOf = (s: string) => new Set(norm(s).match(/[a-z0-9']+/g) ?? []);

/** The share of words two texts have in common (of the longer). */
function likeness(a: string, b: string): number {
  const x = wordsOf(a);
  const y = wordsOf(b);
  let n = 0;
  for (const w of x) if (y.has(w)) n++;
  return n / Math.max(x.size, y.size, 1);
}

/** Does a point the model found stand for this labelled sentence? (The model strips greetings and joins lines.) */
function sameAsk(point: string, labelled: string): boolean {
  const p = norm(point);
  const l = norm(labelled);
  if (p.includes(l) || l.includes(p)) return true;
  const a = wordsOf(point);
  const b = wordsOf(labelled);
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n / Math.max(a.size, b.size) >= 0.6;
}

export interface ListeningResults {
  items: number;
  asks: number;
  /** "Not answered": positive = the reader marks the ask unanswered or partly answered. */
  notAnswered: Counts;
  /**
   * The flags the hint says as sure (the reply names the ask and leaves it, or answers one part of two); the others
   * ask the writer to check. Positive as above.
   */
  notAnsweredSure: Counts;
  /** Asks the model found, of those labelled. */
  found: { found: number; of: number };
  /** Points the model found that the reader marks as no ask (courtesy, older history) or does not list. */
  falseAsks: { points: number; notAsks: number; unlisted: number; flagged: number };
  /** The asker's name read right (a name, or none where none can be read). */
  asker: { right: number; of: number };
  /** Of the partly answered asks flagged, how many name the part that is missing. */
  partial: { named: number; of: number };
  /** Per answer form: how many asks the model flags as unanswered. */
  byHow: Record<string, { flagged: number; of: number }>;
  /** The misses, for tuning on dev. */
  errors: { id: string; ask: string; how: string; flagged: boolean; found: boolean }[];
}

export function evaluateListening(items: readonly ReplyItem[], options: JudgeOptions = {}): ListeningResults {
  const r: ListeningResults = {
    items: items.length, asks: 0, notAnswered: { tp: 0, fp: 0, fn: 0, tn: 0 }, notAnsweredSure: { tp: 0, fp: 0, fn: 0, tn: 0 }, found: { found: 0, of: 0 },
    falseAsks: { points: 0, notAsks: 0, unlisted: 0, flagged: 0 }, asker: { right: 0, of: 0 }, partial: { named: 0, of: 0 }, byHow: {}, errors: [],
  };
  for (const item of items) {
    const points = extractQuotedPoints(item.quoted);
    const sentences = replySentences(splitSentences(item.body).map((s) => s.text));
    const all = judgeAll(points, sentences, options);
    const verdicts = new Map<QuotedPoint, Verdict>(points.map((p, i) => [p, all[i]!]));
    const used = new Set<QuotedPoint>();
    r.asker.of++;
    const author = points[0]?.author ?? null;
    // The asker is only shown with a point; items where the model finds none are judged on the header reader alone.
    if (points.length === 0 || (author ?? null) === (item.asker ?? null)) r.asker.right++;
    // An ask of two parts ("What does E-412 mean and when will it be fixed?") is two labelled asks: each is matched
    // to its part, flagged when the verdict leaves that part open.
    const usedParts = new Set<AskPart>();
    for (const ask of item.asks) {
      r.asks++;
      let point: QuotedPoint | undefined;
      let part: AskPart | undefined;
      for (const p of points) {
        part = p.parts?.find((x) => !usedParts.has(x) && sameAsk(x.text, ask.text) && likeness(x.text, ask.text) > likeness(p.text, ask.text));
        if (part) { point = p; usedParts.add(part); break; }
      }
      point ??= points.find((p) => !used.has(p) && sameAsk(p.text, ask.text));
      // One labelled ask the model cut in two ("will you delete our data afterwards" / "confirm in writing?", of "How do
      // we do that, and will you delete our data afterwards and confirm in writing?"): found, as the parts it holds,
      // and flagged when any of them is left open.
      let held: AskPart[] = [];
      if (!point) {
        const said = norm(ask.text);
        for (const p of points) {
          held = (p.parts ?? []).filter((x) => !usedParts.has(x) && said.includes(norm(x.text).replace(/[?.!]+$/, '')));
          if (held.length > 0) { point = p; for (const x of held) usedParts.add(x); break; }
        }
      }
      if (point) used.add(point);
      const verdict = point ? verdicts.get(point)! : undefined;
      const openOf = (x: AskPart) => !verdict!.open || verdict!.open.includes(x);
      const flagged = !!verdict && !verdict.answered && (held.length > 0 ? held.some(openOf) : !part || openOf(part));
      const positive = ask.answered !== 'yes';
      r.found.of++;
      if (point) r.found.found++;
      const sure = flagged && (!!verdict!.missing || !!verdict!.acknowledged);
      for (const [c, f] of [[r.notAnswered, flagged], [r.notAnsweredSure, sure]] as const) {
        if (positive && f) c.tp++;
        else if (positive) c.fn++;
        else if (f) c.fp++;
        else c.tn++;
      }
      const h = (r.byHow[ask.how] ??= { flagged: 0, of: 0 });
      h.of++;
      if (flagged) h.flagged++;
      if (ask.answered === 'partly' && flagged) {
        r.partial.of++;
        if (verdict!.missing) r.partial.named++;
      }
      if (flagged !== positive) r.errors.push({ id: item.id, ask: ask.text, how: ask.how, flagged, found: !!point });
    }
    for (const p of points) {
      if (used.has(p)) continue;
      r.falseAsks.points++;
      if (item.notAsks.some((n) => sameAsk(p.text, n))) r.falseAsks.notAsks++;
      else r.falseAsks.unlisted++;
      const v = verdicts.get(p)!;
      if (!v.answered) {
        r.falseAsks.flagged++;
        r.notAnswered.fp++;
        if (v.missing || v.acknowledged) r.notAnsweredSure.fp++;
        r.errors.push({ id: item.id, ask: p.text, how: 'not an ask', flagged: true, found: true });
      }
    }
  }
  return r;
}

export interface ResearchResults {
  pairs: number;
  /** "Uses your research", per (sentence, note). */
  uses: Counts;
  byCase: Record<string, Counts>;
  errors: { id: string; fact: string; sentence: string; case: string; label: boolean }[];
}

/** Runs the whole model on the sentence as a draft to the account, as the panel does, and reads its research findings. */
export function evaluateResearch(items: readonly ResearchItem[]): ResearchResults {
  const r: ResearchResults = { pairs: 0, uses: { tp: 0, fp: 0, fn: 0, tn: 0 }, byCase: {}, errors: [] };
  for (const item of items) {
    const report = analyze(
      { body: item.sentence, ...(item.to ? { recipients: [item.to] } : {}) },
      { role: item.role, ...EVAL_CONTEXT, account: { ...(item.account.name ? { name: item.account.name } : {}), facts: item.account.facts.map((text) => ({ text })) } },
    );
    const used = report.hints.filter((h) => h.kind === 'account-reference').map((h) => h.message);
    item.account.facts.forEach((fact, i) => {
      r.pairs++;
      const label = item.uses.includes(i);
      // The hint quotes the note as the rule does (shortened with "…" past its length).
      const pred = used.some((m) => m.includes(q(fact)));
      const c = (r.byCase[item.case] ??= { tp: 0, fp: 0, fn: 0, tn: 0 });
      for (const k of [r.uses, c]) {
        if (label && pred) k.tp++;
        else if (label) k.fn++;
        else if (pred) k.fp++;
        else k.tn++;
      }
      if (label !== pred) r.errors.push({ id: item.id, fact, sentence: item.sentence, case: item.case, label });
    });
  }
  return r;
}

export interface RoleResults {
  emails: number;
  perRole: Record<Role, { right: number; of: number }>;
  confusion: Record<Role, Record<Role, number>>;
  errors: { id: string; label: Role; guess: Role }[];
}

export function evaluateRole(emails: readonly LabelledEmail[]): RoleResults {
  const r: RoleResults = {
    emails: emails.length,
    perRole: Object.fromEntries(ROLES.map((x) => [x, { right: 0, of: 0 }])) as RoleResults['perRole'],
    confusion: Object.fromEntries(ROLES.map((x) => [x, Object.fromEntries(ROLES.map((y) => [y, 0]))])) as RoleResults['confusion'],
    errors: [],
  };
  for (const e of emails) {
    const guess = roleGuess({ body: e.body, ...(e.quoted ? { quoted: e.quoted } : {}), ...(e.subject ? { subject: e.subject } : {}), ...(e.toField ? { recipients: [e.toField] } : {}) }).role;
    r.perRole[e.role].of++;
    r.confusion[e.role][guess]++;
    if (guess === e.role) r.perRole[e.role].right++;
    else r.errors.push({ id: e.id, label: e.role, guess });
  }
  return r;
}

export interface ContextEvaluation {
  split: Split;
  listening: ListeningResults;
  research: ResearchResults;
  role: RoleResults;
}

/** The context figures a CI test holds the model to. */
export function contextHeadline(ev: ContextEvaluation): Record<string, number> {
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return {
    'notAnswered.precision': r3(precision(ev.listening.notAnswered)),
    'notAnswered.recall': r3(recall(ev.listening.notAnswered)),
    'notAnswered.sure.precision': r3(precision(ev.listening.notAnsweredSure)),
    // The name a hint gives the asker ("Rachel asked: …").
    asker: r3(ev.listening.asker.of ? ev.listening.asker.right / ev.listening.asker.of : 1),
    'research.precision': r3(precision(ev.research.uses)),
    'research.recall': r3(recall(ev.research.uses)),
    ...Object.fromEntries(ROLES.map((x) => [`role.${x}`, r3(ev.role.perRole[x].of ? ev.role.perRole[x].right / ev.role.perRole[x].of : 1)])),
  };
}
