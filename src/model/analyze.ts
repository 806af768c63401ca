import type { Commitment, Context, Dimension, Draft, Hint, Report, Role, Stats } from './types';
import { ROLES } from './types';
import type { Doc, Finding, Rule, SentenceView } from './rule';
import { RULES } from './rules/index';
import selfFocused, { personTotals, selfFocusedCouldFire, type PersonTotals } from './rules/self-focused';
import { weYou } from './pitch';
import { contentStems, fleschKincaid, splitSentencesFrom, syllables, words, STOPWORDS, type Sentence, type SplitMemo, type Word } from './text';
import { findGreeting, type Greeting } from './greeting';
import { findCommitments, type Clock } from './commitments';
import { declined, extractIssue, extractQuotedPoints, type QuotedIssue, type QuotedPoint } from './listening';
import { readAccount } from './account';
import { bandOf, calibrated, score } from './score';
import { isValidTimeZone } from './time';
import { hintKey } from './hint-key';
import { applies, readPlaybook, SEVERITY_WEIGHT, TEAM_PENALTY, weightsFor } from './playbook';
import type { Kind } from './types';
import { loadClassifier, type LearnedFinding, type WeightsFile } from './learned/classifier';
import weights from './learned/weights.json';
import { loadEmailModel, type EmailWeightsFile } from './learned/email-model';
import emailWeights from './learned/email-weights.json';

/** Drafts longer than this are analyzed up to here (at a line break), with a notice. */
export const MAX_ANALYZED_CHARS = 200_000;

/** Everything computed for one sentence; depends only on its text (and the clock). */
interface SentenceResult {
  view: SentenceView;
  syllables: number;
  you: number;
  we: number;
  /** Findings of sentence-level rules, offsets relative to the sentence. */
  findings: Map<string, Finding[]>;
  /** The learned email layer's vocabulary words the sentence uses, each once. */
  emailWords: readonly number[];
}

const SENTENCE_RULES = RULES.filter((r) => r.sentence);
const RULES_BY_ID = new Map(RULES.map((r) => [r.id, r]));
/** The learned layer, and the rule that speaks for each kind it finds. */
const LEARNED = loadClassifier(weights as WeightsFile);
const LEARNED_RULES = new Map(RULES.filter((r) => r.learned).map((r) => [r.kind, r]));

/** The learned email layer (kinds no single sentence decides), and the rules that speak for the kinds it reads. */
const EMAIL_MODEL = loadEmailModel(emailWeights as EmailWeightsFile);
const EMAIL_RULES = RULES.filter((r) => r.learnedEmail && EMAIL_MODEL.kinds.includes(r.kind));

/** The email layer's vocabulary words among these, each once. */
function emailWordIds(ws: readonly Word[]): number[] {
  const out: number[] = [];
  for (const w of ws) {
    const i = EMAIL_MODEL.wordId(w.lower);
    if (i >= 0 && !out.includes(i)) out.push(i);
  }
  return out;
}

/**
 * The learned email layer's finding of a rule's kind, for an email the rule found nothing in: it points at the
 * sentence that carries the most of what drove it, and quotes the words that weighed most.
 */
function learnedEmailFinding(rule: Rule, doc: Doc, sentences: readonly { start: number; end: number; text: string; view: SentenceView; result: SentenceResult }[], ids: ReadonlySet<number>): Finding[] {
  const spec = rule.learnedEmail;
  if (!spec || !EMAIL_MODEL.kinds.includes(rule.kind) || !EMAIL_MODEL.fires(rule.kind, EMAIL_MODEL.logit(rule.kind, ids))) return [];
  if (spec.applies && !spec.applies(doc)) return [];
  const { firstContent } = doc;
  let at: (typeof sentences)[number] | undefined;
  let most = 0;
  // Never the first line ("Opens with us", about-us-first, speaks for it) nor a line another finding of the same
  // dimension points at (an opener, a placeholder): two findings on the same words would hide each other (dedupe).
  const taken = (s: (typeof sentences)[number]) => s === sentences[firstContent] || [...s.result.findings.keys()].some((id) => RULES_BY_ID.get(id)?.dimension === rule.dimension);
  for (const s of sentences) {
    if (taken(s)) continue;
    let w = 0;
    for (const i of s.result.emailWords) w += Math.max(0, EMAIL_MODEL.weight(rule.kind, i));
    if (w > most) {
      most = w;
      at = s;
    }
  }
  // The words as the writer typed them, the sentence shown first.
  const surface = (lower: string) => {
    for (const s of at ? [at, ...sentences] : sentences) for (const w of s.view.words) if (w.lower === lower) return w.text;
    return lower;
  };
  // Words that carry meaning: "just" or "we've" may weigh, but name nothing a writer could change.
  const drivers = EMAIL_MODEL.drivers(rule.kind, ids, 12).filter((w) => !STOPWORDS.has(w) && !/^(?:we|i|you)'/.test(w)).slice(0, 3).map(surface);
  return [{ start: at?.start ?? 0, end: at?.end ?? 0, message: spec.message(drivers, at?.text ?? ''), suggestion: spec.suggestion, penalty: spec.penalty, learned: true }];
}

/**
 * Findings of the learned layer in a sentence, for kinds whose rule found
 * nothing there: the rule's precise span and rewrite win where it has one.
 */
function learnedFindings(view: SentenceView, learned: readonly LearnedFinding[], found: ReadonlyMap<string, Finding[]>): [string, Finding][] {
  const { text, commitments } = view;
  const out: [string, Finding][] = [];
  // A sentence that already makes a specific promise (owner, action, time) is not vague about it.
  const specific = commitments.some((c) => c.specific);
  for (const l of learned) {
    const rule = LEARNED_RULES.get(l.kind);
    if (!rule?.learned || found.has(rule.id)) continue;
    if (specific && rule.dimension === 'commitments') continue;
    if (rule.learned.applies && !rule.learned.applies(view)) continue;
    // Words inside the writer's own specific promise ("I will send the new terms by Friday") are the best thing in
    // the sentence, never the trust risk the layer points at: the finding goes, quiet rather than wrong.
    if (commitments.some((c) => c.specific && l.start >= c.start && l.end <= c.end)) continue;
    const excerpt = text.slice(l.start, l.end);
    out.push([rule.id, { start: l.start, end: l.end, message: rule.learned.message(excerpt), suggestion: rule.learned.suggestion, penalty: rule.learned.penalty, learned: true }]);
  }
  return out;
}

function analyzeSentence(text: string, clock: Clock): SentenceResult {
  const ws = words(text);
  const learned = LEARNED.classify(text);
  const view: SentenceView = {
    text,
    words: ws,
    stems: contentStems(text),
    isQuestion: /\?["'”’)\]]*$/.test(text),
    commitments: findCommitments(text, clock),
    learned: learned.map((l) => l.kind),
  };
  const findings = new Map<string, Finding[]>();
  for (const rule of SENTENCE_RULES) {
    const found = rule.sentence!(view);
    if (found.length) findings.set(rule.id, found);
  }
  for (const [id, f] of learnedFindings(view, learned, findings)) findings.set(id, [f]);
  let you = 0;
  let we = 0;
  let syl = 0;
  for (const w of ws) {
    syl += syllables(w.text);
    if (/^(?:you|your|yours|you're|you've|you'll|you'd)$/.test(w.lower)) you++;
    else if (/^(?:we|we're|we've|we'll|we'd|us|our|ours)$/.test(w.lower)) we++;
  }
  return { view, syllables: syl, you, we, findings, emailWords: emailWordIds(ws) };
}

/**
 * The kinds found in one sentence by the rules' sentence checks and by the
 * learned layer, apart: what `npm run eval` compares (its ablation).
 */
export function sentenceKinds(text: string, context: Pick<Context, 'now' | 'timeZone'>): { rules: Set<Kind>; learned: Set<Kind> } {
  const clock: Clock = { now: new Date(context.now), timeZone: context.timeZone };
  const r = analyzeSentence(text, clock);
  const rules = new Set<Kind>();
  const learned = new Set<Kind>();
  for (const [id, list] of r.findings) {
    const rule = RULES_BY_ID.get(id);
    if (!rule) continue;
    for (const f of list) if (f.penalty > 0 || rule.kind === 'specific-commitment') (f.learned ? learned : rules).add(rule.kind);
  }
  // The learned layer alone: every kind it found in the sentence, shown as a hint or not (classified once, in analyzeSentence).
  for (const kind of r.view.learned) learned.add(kind);
  return { rules, learned };
}

function validate(draft: Draft, context: Context): { now: Date; role: Role } {
  if (!draft || typeof draft.body !== 'string') throw new TypeError('analyze: draft.body must be a string');
  if (!context || !ROLES.includes(context.role)) throw new TypeError(`analyze: context.role must be one of ${ROLES.join(', ')}`);
  const now = new Date(context.now);
  if (typeof context.now !== 'string' || Number.isNaN(now.getTime())) throw new TypeError('analyze: context.now must be an ISO date-time');
  if (typeof context.timeZone !== 'string' || !isValidTimeZone(context.timeZone)) throw new TypeError(`analyze: unknown time zone "${String(context.timeZone)}"`);
  return { now, role: context.role };
}

/** Cuts a huge body at a line (or sentence) break before the limit. */
function truncate(body: string): { text: string; truncated?: Report['truncated'] } {
  if (body.length <= MAX_ANALYZED_CHARS) return { text: body };
  let cut = body.lastIndexOf('\n', MAX_ANALYZED_CHARS);
  if (cut < MAX_ANALYZED_CHARS * 0.9) cut = body.lastIndexOf('. ', MAX_ANALYZED_CHARS) + 1;
  if (cut < MAX_ANALYZED_CHARS * 0.9) cut = MAX_ANALYZED_CHARS;
  const words = Math.round(cut / 6 / 1000);
  return {
    text: body.slice(0, cut),
    truncated: {
      analyzedChars: cut,
      totalChars: body.length,
      message: `This draft is very long: only the first ${cut.toLocaleString('en-US')} characters (about ${words}k words) were checked.`,
    },
  };
}

/** Where a finding came from: a built-in rule, or a phrase of the team's playbook. */
type Source = Pick<Rule, 'id' | 'dimension' | 'severity' | 'why'> & { kind: Kind };

/**
 * Two rules of one dimension flagging the same words (each covering at least
 * half of the other) count once: the heavier finding stays (the earlier rule on
 * a tie). A phrase inside a longer finding is other words: "shortly" in
 * "Someone from our team will reach out shortly" is a vague time and the whole
 * an unowned promise, two faults a reader flags apart (measured on the labelled
 * train split: vague-timing recall 0.82 -> 0.95 at precision 0.78 -> 0.81, when
 * any overlap dropped the lighter one), and a document finding that points at a
 * sentence holding a placeholder is still its own finding. A team's avoid-phrase is never
 * dropped for a built-in finding: on the same words (at least half of the
 * built-in finding's text), whatever their dimensions, the team's stays and
 * the built-in one goes, since the manager's own words are the point of a
 * playbook; a smaller overlap (a phrase inside a long sentence) keeps both,
 * and so does a positive finding (what the writer did right).
 * Sort-and-sweep, so O(n log n).
 */
function dedupe<T extends { rule: Pick<Source, 'id' | 'dimension' | 'kind'>; f: Finding; displaced?: boolean }>(raw: T[]): T[] {
  const dropped = new Set<number>();
  const spans = raw.map((x, i) => ({ x, i })).filter(({ x }) => x.f.end > x.f.start).sort((a, b) => a.x.f.start - b.x.f.start || a.i - b.i);
  const open: { x: T; i: number }[] = [];
  const team = (x: T) => x.rule.kind === 'team-phrase';
  for (const cur of spans) {
    for (let k = open.length - 1; k >= 0; k--) if (open[k]!.x.f.end <= cur.x.f.start) open.splice(k, 1);
    for (const o of open) {
      if (o.x.rule.id === cur.x.rule.id || dropped.has(o.i)) continue;
      if (team(o.x) !== team(cur.x)) {
        const [winner, builtIn] = team(o.x) ? [o, cur] : [cur, o];
        const overlap = Math.min(o.x.f.end, cur.x.f.end) - cur.x.f.start;
        if (builtIn.x.f.penalty > 0 && overlap * 2 >= builtIn.x.f.end - builtIn.x.f.start) {
          dropped.add(builtIn.i);
          winner.x.displaced = true;
          // The manager's words win the hint, never the points: a playbook cannot make a flagged draft score better.
          if (builtIn.x.f.penalty > winner.x.f.penalty) winner.x.f = { ...winner.x.f, penalty: builtIn.x.f.penalty };
        }
        continue;
      }
      if (o.x.rule.dimension !== cur.x.rule.dimension) continue;
      const shared = Math.min(o.x.f.end, cur.x.f.end) - cur.x.f.start;
      if (shared * 2 < o.x.f.end - o.x.f.start || shared * 2 < cur.x.f.end - cur.x.f.start) continue;
      const loser = cur.x.f.penalty > o.x.f.penalty || (cur.x.f.penalty === o.x.f.penalty && cur.i < o.i) ? o : cur;
      dropped.add(loser.i);
    }
    if (!dropped.has(cur.i)) open.push(cur);
  }
  return raw.filter((_, i) => !dropped.has(i));
}

/**
 * A replacement that adds words can push the draft over another rule's
 * threshold, and any rewrite can change how the sentence around it reads:
 * replacements are checked by analyzing the fixed draft (up to a budget), and
 * dropped when they would lower the score. Past the budget, those that add
 * words are dropped and the rest offered unchecked. A team
 * phrase's replacement that took over a built-in finding (`recheck`) is checked
 * too: it may keep the words the built-in rule flags, and that finding would
 * come back at its own cost.
 */
function verifyReplacements(report: Report, draft: Draft, context: Context, cache: Caches, quotedCache: QuotedCache, recheck: ReadonlySet<Hint>, sentences: readonly { start: number; end: number; text: string; view: SentenceView }[], emailIds: () => ReadonlySet<number>): void {
  let budget = MAX_VERIFICATIONS;
  // The learned email layer weighs every word of the draft, for and against a kind: a rewrite that adds or takes
  // out words may tip a kind it does not flag yet, when the words' weights could cover the distance to its threshold.
  const open = EMAIL_RULES.filter((r) => r.roles.includes(context.role) && !report.hints.some((k) => k.kind === r.kind));
  let margins: number[] | undefined;
  const turnsLearned = (old: string, replacement: string): boolean => {
    if (open.length === 0) return false;
    margins ??= open.map((r) => EMAIL_MODEL.threshold(r.kind) - EMAIL_MODEL.logit(r.kind, emailIds()));
    const touched = new Set([...emailWordIds(words(old)), ...emailWordIds(words(replacement))]);
    return open.some((r, k) => {
      let reach = 0;
      for (const i of touched) reach += Math.abs(EMAIL_MODEL.weight(r.kind, i));
      return reach >= margins![k]!;
    });
  };
  // Self-focused weighs "we" against "you" across the draft: a rewrite that changes either may tip it, if it does
  // not already flag (the draft's totals read once, and only when such a rewrite comes up).
  const canTurn = selfFocused.roles.includes(context.role) && !report.hints.some((k) => k.kind === 'self-focused');
  let totals: PersonTotals | undefined;
  const turnsSelfFocused = (old: string, replacement: string): boolean => {
    if (!canTurn) return false;
    const d = personDelta(old, replacement);
    if (d.we === 0 && d.you === 0) return false;
    totals ??= personTotals(sentences.map((s) => s.view));
    return selfFocusedCouldFire(totals, d);
  };
  for (const h of report.hints) {
    if (h.replacement === undefined) continue;
    // A built-in deletion only removes words, so no rule's threshold can tip, unless the email layer weighs a word it
    // takes out against a kind (turnsLearned); a team's may leave words the learned layer reads anew.
    const old = draft.body.slice(h.start, h.end);
    if (!h.replacement && h.kind !== 'team-phrase' && !turnsLearned(old, '')) continue;
    // A team's own rewrite is checked always: it may put in words a built-in rule flags ("circle back").
    // So is one that changes how often the draft says "we" or "you" where that could make self-focused flag it.
    // So is a placeholder filled with their name: "Hi {{first_name}}," becomes a greeting, which moves where the
    // email's content starts (a property test found "…billing department. Hi x, Thank you…" losing its next step).
    // So is a greeting given their name: "Dear Customer," reads as a notice to many, "Dear Dana," as a reply to one
    // that owes a next step (a property test found "Dear Customer, I think maybe we could just try." losing 19 points).
    const must = recheck.has(h) || h.kind === 'team-phrase' || h.kind === 'merge-field' || h.kind === 'no-greeting-name' || h.kind === 'wrong-name' || growsText(old, h.replacement) || turnsSelfFocused(old, h.replacement) || turnsLearned(old, h.replacement);
    // One that keeps or cuts words is checked when its sentence, rewritten, shows a kind it did not show before.
    if (!must && !readsAnew(sentences, h.start, h.end, h.replacement, context)) continue;
    // Past the budget a growing replacement is not offered rather than offered unchecked. Within it, every
    // rewrite is checked: one that keeps or cuts words can still change how the sentence around it is read
    // (a property test found "Thank you for your business.0Sorry…" read anew as a non-apology).
    if (budget-- <= 0) {
      if (must) delete h.replacement;
      continue;
    }
    const body = draft.body.slice(0, h.start) + h.replacement + draft.body.slice(h.end);
    const after = run({ ...draft, body }, context, cache, quotedCache, false).report;
    if (after.score < report.score) delete h.replacement;
  }
}

/**
 * Does the sentence around a rewrite, rewritten, show a kind (of a rule or of the learned layer) it did not
 * show before? The sentence is the splitter's (so "business.0Sorry…" is one sentence, as in the draft), found
 * by binary search; its answer is kept with the sentence's cached view, so an edit elsewhere reads it again
 * for free.
 */
function readsAnew(sentences: readonly { start: number; end: number; text: string; view: SentenceView }[], start: number, end: number, replacement: string, context: Context): boolean {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end < end) lo = mid + 1;
    else hi = mid;
  }
  const s = sentences[lo];
  if (!s || s.start > start || s.end < end) return true;
  const key = `${start - s.start}\u0000${end - s.start}\u0000${replacement}\u0000${context.now}`;
  let memo = anew.get(s.view);
  if (!memo) anew.set(s.view, (memo = new Map()));
  let v = memo.get(key);
  if (v === undefined) {
    const after = s.text.slice(0, start - s.start) + replacement + s.text.slice(end - s.start);
    const kinds = (t: string) => { const k = sentenceKinds(t, context); return new Set([...k.rules, ...k.learned]); };
    const had = kinds(s.text);
    v = [...kinds(after)].some((k) => !had.has(k));
    memo.set(key, v);
  }
  return v;
}

/** readsAnew's answers, kept with each sentence's view (views are shared while a sentence's text is unchanged). */
const anew = new WeakMap<SentenceView, Map<string, boolean>>();

/** At most this many whole-draft re-checks per analysis, so an edit stays cheap however many hints there are. */
const MAX_VERIFICATIONS = 3;

const growth = new Map<string, boolean>();
function growsText(old: string, replacement: string): boolean {
  const key = `${old}\u0000${replacement}`;
  let v = growth.get(key);
  if (v === undefined) {
    if (growth.size > 2000) growth.clear();
    growth.set(key, (v = computeGrowth(old, replacement)));
  }
  return v;
}

/** How a rewrite changes the times a text says "we" and "you" (kept per pair: the same hints come back on every edit). */
const personChange = new Map<string, { we: number; you: number }>();
function personDelta(old: string, replacement: string): { we: number; you: number } {
  const key = `${old}\u0000${replacement}`;
  let v = personChange.get(key);
  if (v === undefined) {
    if (personChange.size > 2000) personChange.clear();
    const a = weYou(words(old));
    const b = weYou(words(replacement));
    personChange.set(key, (v = { we: b.we - a.we, you: b.you - a.you }));
  }
  return v;
}

function computeGrowth(old: string, replacement: string): boolean {
  const a = words(old);
  const b = words(replacement);
  if (b.length > a.length || /[.!?\n]/.test(replacement)) return true;
  const syl = (ws: typeof a) => ws.reduce((n, w) => n + syllables(w.text), 0);
  return syl(b) > syl(a);
}

interface QuotedCache {
  text?: string;
  points: QuotedPoint[];
  issue?: QuotedIssue;
  declines?: boolean;
}

/** What a session keeps between analyses: per-sentence results by text, and the last text's split into sentences. */
interface Caches {
  sentences: Map<string, SentenceResult>;
  split?: SplitMemo;
}

/**
 * A greeting typed on the same line as the first sentence ("Dear Sports Fan, At Betquick, we allow…") is its own
 * sentence: the first line after it is what the reader meets first, and the rules that read it (about-us-first, the
 * opener) must see it without the greeting. Only when at least three words follow the greeting.
 */
export function splitAtGreeting(sentences: Sentence[], greeting: Greeting | undefined): Sentence[] {
  if (!greeting) return sentences;
  const at = sentences.findIndex((s) => s.start < greeting.end && greeting.end < s.end);
  if (at === -1) return sentences;
  const s = sentences[at]!;
  const cut = greeting.end - s.start;
  const restRaw = s.text.slice(cut);
  const lead = restRaw.length - restRaw.trimStart().length;
  const rest = restRaw.trimStart();
  if (rest.split(/\s+/).filter(Boolean).length < 3) return sentences;
  const head: Sentence = { ...s, end: greeting.end, text: s.text.slice(0, cut).trimEnd() };
  const tail: Sentence = { ...s, start: greeting.end + lead, text: rest };
  // Every sentence after it moves up one place (written out: a spread per sentence costs more than the split).
  const moved = sentences.slice(at + 1).map((x) => ({ start: x.start, end: x.end, text: x.text, line: x.line, paragraph: x.paragraph, index: x.index + 1 }));
  return [...sentences.slice(0, at), head, { ...tail, index: at + 1 }, ...moved];
}

/** One analysis, reusing cached per-sentence work. */
function run(draft: Draft, context: Context, cache: Caches, quotedCache: QuotedCache, verify = true): { report: Report; cache: Caches; penalties: RawPenalty[] } {
  const { now, role } = validate(draft, context);
  const clock: Clock = { now, timeZone: context.timeZone };
  const { text: body, truncated } = truncate(draft.body);
  const split = splitSentencesFrom(body, cache.split);
  const next: Caches = { sentences: new Map(), split: split.memo };
  const greeting = findGreeting(body);
  const sentences = splitAtGreeting(split.sentences, greeting).map((s: Sentence) => {
    let r = cache.sentences.get(s.text);
    if (!r) {
      r = next.sentences.get(s.text) ?? analyzeSentence(s.text, clock);
    }
    next.sentences.set(s.text, r);
    return { start: s.start, end: s.end, text: s.text, line: s.line, paragraph: s.paragraph, index: s.index, result: r, view: r.view };
  });

  // Stats.
  let wordCount = 0, syl = 0, questions = 0, you = 0, we = 0;
  for (const s of sentences) {
    wordCount += s.view.words.length;
    syl += s.result.syllables;
    if (s.view.isQuestion) questions++;
    you += s.result.you;
    we += s.result.we;
  }
  const stats: Stats = {
    words: wordCount,
    sentences: sentences.length,
    questions,
    readingGrade: fleschKincaid(wordCount, sentences.length, syl),
    youShare: you + we === 0 ? 0 : Math.round((you / (you + we)) * 100) / 100,
  };

  const commitments: Commitment[] = sentences.flatMap((s) =>
    s.view.commitments.map((c) => ({ ...c, start: c.start + s.start, end: c.end + s.start })),
  );
  // Sentence-level findings, rebased to body offsets in one sweep (most sentences have none).
  const rebased = new Map<string, Finding[]>();
  for (const s of sentences) {
    if (s.result.findings.size === 0) continue;
    for (const [ruleId, list] of s.result.findings) {
      let out = rebased.get(ruleId);
      if (!out) rebased.set(ruleId, (out = []));
      for (const f of list) out.push({ ...f, start: f.start + s.start, end: f.end + s.start });
    }
  }
  const absolute = (ruleId: string): Finding[] => rebased.get(ruleId) ?? [];
  // The first sentence that says something: after the greeting, not boilerplate, not a stray placeholder.
  let firstContent = sentences.findIndex((s) => s.start >= (greeting?.end ?? 0) && !s.result.findings.has('generic-opener') && s.view.words.length >= 3 && !s.result.findings.has('merge-field'));
  if (firstContent === -1) firstContent = sentences.length;
  if (quotedCache.text !== draft.quoted) {
    quotedCache.text = draft.quoted;
    quotedCache.points = extractQuotedPoints(draft.quoted);
    quotedCache.issue = extractIssue(draft.quoted);
    quotedCache.declines = declined(draft.quoted);
  }
  let contentWords = 0;
  for (const s of sentences) if (s.start >= (greeting?.end ?? 0)) contentWords += s.view.words.length;
  const doc: Doc = {
    body, draft, role, sentences, greeting, firstContent, commitments, stats, contentWords,
    account: readAccount(context.account),
    quotedPoints: quotedCache.points,
    ...(quotedCache.issue ? { quotedIssue: quotedCache.issue } : {}),
    quotedDeclines: quotedCache.declines ?? false,
    found: absolute,
  };

  // The learned email layer's words in the draft, gathered once per analysis and only when asked.
  let used: Set<number> | undefined;
  const emailIds = (): ReadonlySet<number> => {
    if (!used) {
      used = new Set();
      for (const s of sentences) for (const i of s.result.emailWords) used.add(i);
    }
    return used;
  };

  // Run the rules that apply to this role, minus what the writer or the team turned off, and what was dismissed.
  const playbook = readPlaybook(context.playbook);
  const off = new Set(context.disabledRules ?? []);
  if (playbook) for (const [id, r] of playbook.rules) if (r.enabled === false) off.add(id);
  const dismissed = context.dismissed?.length ? new Set(context.dismissed) : undefined;
  const keep = (id: string, f: Finding) => !dismissed?.has(hintKey(id, body.slice(f.start, f.end)));
  // base: a built-in finding's penalty before calibration (score.ts), for fitting it.
  const raw: { rule: Source; f: Finding; displaced?: boolean; base?: number }[] = [];
  for (const rule of RULES) {
    if (!rule.roles.includes(role) || off.has(rule.id)) continue;
    const severity = playbook?.rules.get(rule.id)?.severity;
    const ruled = rule.document ? rule.document(doc) : absolute(rule.id);
    // Where the rule found nothing, the learned email layer may read its kind in the email as a whole.
    const found = ruled.length === 0 && rule.learnedEmail ? learnedEmailFinding(rule, doc, sentences, emailIds()) : ruled;
    for (const f of found) {
      if (!keep(rule.id, f)) continue;
      // A severity the team sets re-weighs the rule: "risk" costs more than the rule's own "warn".
      const scaled = severity ? { ...f, severity, penalty: Math.round((f.penalty * SEVERITY_WEIGHT[severity]) / SEVERITY_WEIGHT[f.severity ?? rule.severity]) } : f;
      raw.push({ rule, f: { ...scaled, penalty: calibrated(role, rule.dimension, scaled.penalty) }, base: scaled.penalty });
    }
  }
  if (playbook) {
    const avoidWhy = `Your team's playbook, “${playbook.name}”, asks you not to write this.`;
    const requireWhy = `Your team's playbook, “${playbook.name}”, asks for this.`;
    for (const p of playbook.avoid) {
      if (!applies(p.roles, role)) continue;
      const rule: Source = { id: `playbook:${p.id}`, kind: 'team-phrase', dimension: p.dimension, severity: p.severity, why: avoidWhy };
      for (const m of p.matcher.find(body)) {
        const f: Finding = { start: m.start, end: m.end, message: `${p.message}`, suggestion: p.suggestion, ...(p.replacement !== undefined ? { replacement: p.replacement } : {}), penalty: TEAM_PENALTY[p.severity] };
        if (keep(rule.id, f)) raw.push({ rule, f });
      }
    }
    for (const p of playbook.require) {
      if (!applies(p.roles, role) || p.matcher.test(body)) continue;
      const rule: Source = { id: `playbook:${p.id}`, kind: 'team-required', dimension: p.dimension, severity: p.severity, why: requireWhy };
      const f: Finding = { start: 0, end: 0, message: p.message, suggestion: p.suggestion, penalty: TEAM_PENALTY[p.severity] };
      if (keep(rule.id, f)) raw.push({ rule, f });
    }
  }
  const kept = dedupe(raw);

  const scored = score(role, kept.map(({ rule, f }) => ({ dimension: rule.dimension, penalty: f.penalty, ...(f.overall ? { overall: f.overall } : {}) })), weightsFor(role, playbook));
  const noteFor = (kind: Kind) => playbook?.notes.find((n) => n.kind === kind && applies(n.roles, role));
  const recheck = new Set<Hint>();
  const hints: Hint[] = kept.map(({ rule, f, displaced }, i) => {
    const note = noteFor(rule.kind);
    const hint: Hint = {
      kind: rule.kind,
      rule: rule.id,
      dimension: rule.dimension,
      severity: f.severity ?? rule.severity,
      start: f.start,
      end: f.end,
      message: f.message,
      why: rule.why,
      suggestion: f.suggestion,
      ...(f.replacement !== undefined ? { replacement: f.replacement } : {}),
      impact: scored.impacts[i] ?? 0,
      gain: scored.gains[i] ?? 0,
      ...(f.learned ? { learned: true as const } : {}),
      ...(f.tip ? { tip: true as const } : {}),
      ...(note ? { coachNote: { note: note.note, ...(note.author ? { author: note.author } : {}) } } : {}),
    };
    if (displaced) recheck.add(hint);
    return hint;
  });
  // The fix that moves the score most first (then the biggest share of what is lost).
  hints.sort((a, b) => b.gain - a.gain || b.impact - a.impact || a.start - b.start || a.kind.localeCompare(b.kind));

  const report: Report = {
    score: scored.score,
    band: bandOf(scored.score),
    role,
    dimensions: scored.dimensions,
    hints,
    commitments,
    stats,
    ...(truncated ? { truncated } : {}),
  };
  if (verify && !truncated) verifyReplacements(report, draft, context, next, quotedCache, recheck, sentences, emailIds);
  const penalties = kept.map(({ rule, f, base }) => ({ kind: rule.kind, dimension: rule.dimension, penalty: f.penalty, ...(base !== undefined ? { base } : {}), ...(f.overall ? { overall: f.overall } : {}) }));
  return { report, cache: next, penalties };
}

/** A counted finding's penalty, before (`base`, built-in rules) and after calibration. */
export interface RawPenalty {
  kind: Kind;
  dimension: Dimension;
  penalty: number;
  base?: number;
  overall?: number;
}

/** The penalties a report's score is made of: what `scripts/calibrate.ts` fits the calibration on. */
export function penaltiesOf(draft: Draft, context: Context): RawPenalty[] {
  return run(draft, context, { sentences: new Map() }, { points: [] }, false).penalties;
}

/** Analyzes a draft. Pure and deterministic: the same draft and context give the same report. */
export function analyze(draft: Draft, context: Context): Report {
  return run(draft, context, { sentences: new Map() }, { points: [] }).report;
}

export interface Session {
  analyze(draft: Draft, context: Context): Report;
}

/**
 * An incremental analyzer for a draft being typed: per-sentence work is
 * cached by sentence text, so an edit re-analyzes only the sentences it
 * touched. Gives exactly the same reports as analyze().
 */
export function createSession(): Session {
  let cache: Caches = { sentences: new Map() };
  let clockKey = '';
  const quotedCache: QuotedCache = { points: [] };
  return {
    analyze(draft, context) {
      // Dates resolve against now and the zone: a new minute or zone invalidates the cache.
      const key = `${String(context?.now).slice(0, 16)}|${context?.timeZone}`;
      if (key !== clockKey) {
        cache = { sentences: new Map(), ...(cache.split ? { split: cache.split } : {}) };
        clockKey = key;
      }
      const out = run(draft, context, cache, quotedCache);
      cache = out.cache;
      return out.report;
    },
  };
}
