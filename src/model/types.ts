/**
 * The trust model's public types. This file is the model's contract with the
 * extension, the CLI and library users: keep it stable and documented.
 */

export const DIMENSIONS = [
  'personalization',
  'commitments',
  'research',
  'ownership',
  'humility',
  'clarity',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const ROLES = ['prospecting', 'support', 'account'] as const;
export type Role = (typeof ROLES)[number];

/** The fixed vocabulary of hint kinds, grouped by dimension. Public contract. */
export const KINDS_BY_DIMENSION = {
  personalization: [
    'no-greeting-name',
    'wrong-name',
    'merge-field',
    'generic-opener',
    'self-focused',
    'about-us-first',
    'no-company-mention',
  ],
  commitments: ['vague-timing', 'unowned-promise', 'no-next-step', 'specific-commitment'],
  research: [
    'no-question',
    'pitch-before-question',
    'unaddressed-point',
    'unreflected-issue',
    'no-account-reference',
    'account-reference',
  ],
  ownership: [
    'fake-empathy',
    'non-apology',
    'policy-speak',
    'buck-passing',
    'blame-shifting',
    'hedging',
    'no-prevention',
  ],
  humility: ['jargon', 'boasting', 'thanks-for-business', 'pressure', 'challenge-customer'],
  clarity: ['too-long', 'hard-to-read', 'long-subject'],
} as const satisfies Record<Dimension, readonly string[]>;

/** The kinds of the built-in rules (one rule per kind). */
export type RuleKind = (typeof KINDS_BY_DIMENSION)[Dimension][number];
export const KINDS: readonly RuleKind[] = DIMENSIONS.flatMap((d) => KINDS_BY_DIMENSION[d]);

/**
 * Hints from a team playbook (context.playbook): a phrase the team avoids, or
 * one it requires. They count in the dimension the playbook gives them.
 */
export const TEAM_KINDS = ['team-phrase', 'team-required'] as const;
export type TeamKind = (typeof TEAM_KINDS)[number];

export type Kind = RuleKind | TeamKind;

export interface Recipient {
  name?: string;
  email?: string;
}

export interface Draft {
  /** The writer's own words: no quoted thread, no signature. */
  body: string;
  subject?: string;
  recipients?: Recipient[];
  /** The message being answered, if any. */
  quoted?: string;
}

/** What the writer knows about the recipient's organisation (see AccountNotes). */
export interface AccountFact {
  /** The note as the writer wrote it: "expanding into Brazil in Q2". */
  text: string;
  /** Where it came from, shown with a match: "strategy", "news", "person", "interaction". */
  source?: string;
}
export interface AccountNotes {
  /** The organisation's name, e.g. "Northwind Traders". */
  name?: string;
  /** The email domain (or, for free-mail users, the address) the account is keyed by. */
  key?: string;
  facts: AccountFact[];
}

export interface Context {
  role: Role;
  /** ISO date-time of "now"; the model never reads the clock itself. */
  now: string;
  /** IANA time zone name of the writer, e.g. "Europe/Berlin". */
  timeZone: string;
  /** Research notes for the recipient's account (AccountNotes). */
  account?: unknown;
  /**
   * The team's playbook (see src/playbook/README.md and playbook.schema.json):
   * weights, rules on/off and severity, the team's own phrases, and coach
   * notes. Read leniently: what is not playbook-shaped is ignored.
   */
  playbook?: unknown;
  /** Rule ids the writer turned off: they neither show nor count. */
  disabledRules?: readonly string[];
  /** Hints the writer dismissed for this draft, as hintKey(rule, excerpt): they neither show nor count. */
  dismissed?: readonly string[];
}

export type Severity = 'info' | 'warn' | 'risk';

export interface Hint {
  kind: Kind;
  /** Id of the rule that produced it (its file name in src/model/rules). */
  rule: string;
  dimension: Dimension;
  severity: Severity;
  /** Offsets in draft.body; both 0 for "missing" hints. */
  start: number;
  end: number;
  /** What is wrong, in plain words. */
  message: string;
  /** Why it costs trust (from the rubric). */
  why: string;
  /** What to write instead. */
  suggestion: string;
  /** A safe one-click rewrite of body[start, end), when one exists. */
  replacement?: string;
  /**
   * This hint's share of the points the draft loses (0 for positive findings): the impacts add up to exactly
   * 100 - score, and fixing every hint of a dimension wins back the sum of theirs.
   */
  impact: number;
  /** Points the score gains when this hint alone is fixed: what "+N" on it says (often less than its impact when its dimension is cut many times over). */
  gain: number;
  /** Found by the learned layer: the excerpt is the words that weighed most, not a listed phrase. */
  learned?: true;
  /**
   * Advice that costs no points ("…has no time: add when"): shown among the things to fix, marked as a tip, never
   * as something the draft does well. Positive findings have impact 0 and no tip.
   */
  tip?: true;
  /** The manager's own words for hints of this kind, from the team playbook. */
  coachNote?: { note: string; author?: string };
}

export type Owner = 'me' | 'we' | 'you' | 'other' | 'none';

export interface Commitment {
  start: number;
  end: number;
  /** The promise as written. */
  text: string;
  owner: Owner;
  /** ISO date-time (with offset) when due, resolved against context.now and timeZone. */
  due?: string;
  /** The words that gave the time: "by Thursday at 3pm", "soon". */
  dueText?: string;
  /**
   * The event the promise waits on, in the writer's words ("as soon as it is live",
   * "once the contract is signed"): such a promise needs no date, and none is invented for it.
   */
  event?: string;
  /** Owner, action and a concrete time. */
  specific: boolean;
  /** Taken back as it is made: "we'll try our best to… by Friday, but no promises". Never specific. */
  hedged?: true;
  /** The time had already passed when it was written ("today at 7am" at 8am): a promise broken before it is sent. */
  past?: true;
}

export type Band = 'low' | 'fair' | 'good' | 'great';

export interface Stats {
  words: number;
  sentences: number;
  questions: number;
  /** Flesch-Kincaid grade level. */
  readingGrade: number;
  /** Share (0..1) of customer-focused words ("you", "your") among you-words and company-talk ("we", "our", "us"). */
  youShare: number;
}

export interface Report {
  score: number;
  band: Band;
  role: Role;
  dimensions: Record<Dimension, { score: number; weight: number }>;
  hints: Hint[];
  commitments: Commitment[];
  stats: Stats;
  /** Set when the draft was too long to analyze whole. */
  truncated?: { analyzedChars: number; totalChars: number; message: string };
}
