import type { Commitment, Dimension, Hint, Owner } from '../model/types';
import { hintKey } from '../model/hint-key';
import { gainOf } from '../model/hint-gain';
import { formatWhen } from '../model/time';
import { dropRunsBefore, isSpace, oneOf, removeWithSpaceBefore, spaceOr } from '../model/chars';

export { BAND_LABELS, DIMENSION_LABELS, ROLE_BLURBS, ROLE_LABELS } from '../model/labels';

/** The panel's hint groups, in the order a writer should work through them. */
export const GROUPS = [
  { id: 'personalization', title: 'Personalization', dimensions: ['personalization'] },
  { id: 'commitments', title: 'Follow-up commitments', dimensions: ['commitments'] },
  { id: 'research', title: 'Account research', dimensions: ['research'] },
  { id: 'risks', title: 'Trust risks', note: 'Ownership and humility', dimensions: ['ownership', 'humility'] },
  { id: 'clarity', title: 'Clarity', dimensions: ['clarity'] },
] as const satisfies readonly { id: string; title: string; note?: string; dimensions: readonly Dimension[] }[];

export type GroupId = (typeof GROUPS)[number]['id'];

export interface HintItem {
  hint: Hint;
  /** Index in report.hints (what the actions take). */
  index: number;
  excerpt: string;
  /** Stable across edits: the hint's rule and words, plus which occurrence. */
  key: string;
}

export interface HintGroup {
  id: GroupId;
  title: string;
  /** Which score bars the group covers, where its title does not say ("Ownership and humility"). */
  note?: string;
  /** Things to fix, biggest win first. */
  fixes: HintItem[];
  /** What the draft already does well (positive findings). */
  strengths: HintItem[];
  /** Points to gain in this group. */
  points: number;
}

export function groupHints(hints: readonly Hint[], excerpts: readonly string[]): HintGroup[] {
  const seen = new Map<string, number>();
  const items: HintItem[] = hints.map((hint, index) => {
    const excerpt = excerpts[index] ?? '';
    const base = hintKey(hint.rule, excerpt);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { hint, index, excerpt, key: `${base}#${n}` };
  });
  return GROUPS.map((g) => {
    const mine = items.filter((it) => (g.dimensions as readonly Dimension[]).includes(it.hint.dimension));
    const fixes = mine.filter((it) => it.hint.impact > 0 || it.hint.severity !== 'info' || it.hint.tip).sort((a, b) => gainOf(b.hint) - gainOf(a.hint) || b.hint.impact - a.hint.impact || a.hint.start - b.hint.start);
    const strengths = mine.filter((it) => !fixes.includes(it));
    return { id: g.id, title: g.title, ...('note' in g ? { note: g.note } : {}), fixes, strengths, points: fixes.reduce((n, it) => n + it.hint.impact, 0) };
  });
}

export const SEVERITY_LABELS = { risk: 'Trust risk', warn: 'Worth fixing', info: 'Tip' } as const;

export const OWNER_LABELS: Record<Owner, string> = {
  me: 'You',
  we: 'Your team',
  you: 'The customer',
  other: 'Someone else',
  none: 'No one named',
};

/**
 * A due date in the one format the extension uses everywhere (see formatWhen):
 * "Thu 26 Nov, 15:00" in the reader's locale and zone, "Thu 26 Nov" for a
 * date-only due; given `now`, "tomorrow 17:00" where relative reads better and
 * the year on a date more than 60 days away.
 */
export function formatDue(due: string, locale?: string, timeZone?: string, now?: Date): string {
  return formatWhen(due, { ...(locale ? { locale } : {}), ...(timeZone ? { timeZone } : {}), ...(now ? { now } : {}) });
}

export function describeCommitment(c: Commitment): string {
  // "Monday 1 Dec" when the 1st is a Tuesday: a time was named, but no date could be read from it.
  if (c.specific && !c.due && c.dueText) return 'Check the date';
  if (c.specific) return 'Specific';
  if (c.owner === 'none' || c.owner === 'other') return 'No owner';
  if (!c.due && c.event && !c.dueText) return 'When it happens';
  if (!c.due) return c.dueText ? 'Vague time' : 'No time';
  return 'Vague';
}

/**
 * A rule's "why" for the writer: the rule files cite their sources ("seed
 * 003", "rubric, ownership") for maintainers; the panel keeps the reasoning
 * and the quotes and drops the citation marks.
 */
export function plainWhy(why: string): string {
  // Runs of spaces and marks before a mark are dropped by scans (src/model/chars.ts): as regexes
  // (/\s*\(rubric, \w+\)/gi, /[\s,;:]*\)/g, /\s*\(\)/g, /\s+([.,;:])/g) each was tried at every place in a long run.
  let s = removeWithSpaceBefore(why, /\(rubric, \w+\)/gi)
    .replace(/rubric, \w+;\s*/gi, '')
    .replace(/\bseeds? \d{3}(?:(?:,\s*| and )\d{3})*(?: (?:#\d+|habits? \d+(?: and \d+)?))?(?:,\s*the\b)?/gi, '')
    .replace(/\([\s,;:]*/g, '(');
  s = dropRunsBefore(s, spaceOr(',;:'), oneOf(')')).replace(/[;:]\s*(?=[;:])/g, '');
  s = removeWithSpaceBefore(s, /\(\)/g).replace(/\s{2,}/g, ' ');
  return dropRunsBefore(s, isSpace, oneOf('.,;:')).trim();
}
