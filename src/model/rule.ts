import type { Commitment, Dimension, Draft, RuleKind as Kind, Role, Severity, Stats } from './types';
import type { Sentence, Word } from './text';
import type { AccountNotes } from './types';
import type { Greeting } from './greeting';
import type { QuotedIssue, QuotedPoint } from './listening';

/** One finding of a rule, before scoring turns its penalty into points. */
export interface Finding {
  start: number;
  end: number;
  message: string;
  suggestion: string;
  replacement?: string;
  severity?: Severity;
  /** Points lost in the rule's dimension (0..100); 0 for positive findings. */
  penalty: number;
  /** A cut of the whole score as well, in percent (score.ts): for what no strength elsewhere makes up for. */
  overall?: number;
  /** Found by the learned layer (src/model/learned), not by the rule's own patterns. */
  learned?: true;
  /** Advice worth no points (penalty 0), shown as a tip rather than as a strength. */
  tip?: true;
}

/** What a sentence-level rule sees. Offsets it returns are relative to `text`. */
export interface SentenceView {
  text: string;
  words: Word[];
  /** Content-word stems (for matching what the customer wrote). */
  stems: string[];
  isQuestion: boolean;
  /** Commitments in this sentence, offsets relative to the sentence. */
  commitments: Commitment[];
  /** Kinds the learned layer finds in this sentence (src/model/learned), whether or not a hint shows them. */
  learned: readonly Kind[];
}

/**
 * Caches a per-sentence computation of a document rule: views are shared by
 * every analysis in which the sentence's text is unchanged, so an edit
 * recomputes only the sentences it touched.
 */
export function perSentence<T>(fn: (s: SentenceView) => T): (s: SentenceView) => T {
  const slot = slots++;
  return (s) => {
    // Answers are kept on the view, one slot per computation: an array read for every sentence but the edited one,
    // on every edit, by every document rule (a WeakMap lookup each cost more than the rest of those rules' loops).
    let kept = (s as { [KEPT]?: unknown[] })[KEPT];
    if (kept === undefined) {
      kept = [];
      Object.defineProperty(s, KEPT, { value: kept, enumerable: false });
    } else {
      const hit = kept[slot];
      if (hit !== undefined || slot in kept) return hit as T;
    }
    const v = fn(s);
    kept[slot] = v;
    return v;
  };
}
/** The hidden array on a view that holds perSentence's answers, and how many computations have a slot in it. */
const KEPT = Symbol('perSentence');
let slots = 0;

/** Everything a document-level rule sees; all of it precomputed and cheap. */
export interface Doc {
  body: string;
  draft: Draft;
  role: Role;
  sentences: (Sentence & { view: SentenceView })[];
  greeting: Greeting | undefined;
  /** Index in `sentences` of the first sentence after the greeting line. */
  firstContent: number;
  commitments: Commitment[];
  stats: Stats;
  /**
   * Words after the greeting line: what length thresholds count, so that
   * fixing the greeting ("Hi," -> "Hi Dana,") can never tip another rule.
   */
  contentWords: number;
  account: AccountNotes | undefined;
  quotedPoints: QuotedPoint[];
  /** The problem the customer wrote about, when the draft answers a message that names one. */
  quotedIssue?: QuotedIssue;
  /** Their message says no ("Please take me off your list"): read once per quoted message, like the asks. */
  quotedDeclines: boolean;
  /** Sentence-level findings of other rules, by rule id (absolute offsets). */
  found: (ruleId: string) => Finding[];
}

export type Example =
  | string
  | { body: string; subject?: string; recipients?: Draft['recipients']; quoted?: string; role?: Role; account?: AccountNotes; now?: string };

export interface Rule {
  /** The rule's id: its file name in rules/. */
  id: string;
  kind: Kind;
  dimension: Dimension;
  /** Roles the rule applies to. */
  roles: readonly Role[];
  /** A short title for lists ("Fake empathy"). */
  title: string;
  /** What it flags, in one line (README catalogue). */
  flags: string;
  /** Why it costs trust, from the rubric: shown to the user with every hint. */
  why: string;
  severity: Severity;
  /** Per-sentence check; cached by sentence text. */
  sentence?: (s: SentenceView) => Finding[];
  /**
   * How a finding of the learned layer of this rule's kind reads, when the
   * learned layer finds the kind in a sentence the rule's patterns missed
   * (excerpt: the words that drove it). Rules without it are never learned.
   */
  learned?: { penalty: number; message: (excerpt: string) => string; suggestion: string; applies?: (s: SentenceView) => boolean };
  /**
   * How a finding of the learned email layer (src/model/learned/email-model.ts) reads, when it finds this kind in
   * an email the rule found nothing in: `drivers`, the words of the draft that weighed most; `excerpt`, the sentence
   * that carries the most of them (the finding's span). Rules without it are never read by that layer.
   */
  learnedEmail?: { penalty: number; message: (drivers: readonly string[], excerpt: string) => string; suggestion: string; applies?: (doc: Doc) => boolean };
  /** Whole-draft check; runs on every analysis, so it must only read precomputed data. */
  document?: (doc: Doc) => Finding[];
  examples: { flag: Example[]; pass: Example[] };
}

/** A rule as the settings pages list it: what it is and says, not how it checks (src/model/rule-info.ts). */
export type RuleInfo = Pick<Rule, 'id' | 'kind' | 'dimension' | 'roles' | 'title' | 'why' | 'severity'>;

export const ALL_ROLES: readonly Role[] = ['prospecting', 'support', 'account'];
