/**
 * The editor's working copy of a playbook and the small, pure changes the
 * form makes to it. The draft may hold invalid values while the manager
 * types (an empty message, a weight of 2); only Save validates, so the form
 * never fights the keyboard.
 */
import { ROLES, type Dimension, type Kind, type Role } from '../../../model/types';
import { oneOf, trimEndWhile } from '../../../model/chars';
import type { AvoidPhrase, CoachNote, Playbook, PlaybookPhrase, RequirePhrase, RuleSetting } from '../../../playbook/schema';

/** A stable DOM id for the form field at a playbook path (`phrases[2].pattern` → `pbf-phrases-2-pattern`). */
export function fieldId(path: string): string {
  return `pbf-${trimEndWhile(path.replace(/[^A-Za-z0-9_-]+/g, '-'), oneOf('-'))}`;
}

/** Ids to try, most specific first, for an error at `path` (a require phrase's anyOf lives in its pattern box). */
export function fieldIdCandidates(path: string): string[] {
  const parts = path.replace(/\.anyOf(\[\d+\])?$/, '.pattern').split(/(?=\.|\[)/);
  const out: string[] = [];
  for (let n = parts.length; n > 0; n--) out.push(fieldId(parts.slice(0, n).join('')));
  return out;
}

const blank = (s: string | undefined) => s === undefined || s.trim() === '';

/** Removes a key whose text is empty (optional text fields left blank). */
function dropBlank<T extends object>(value: T, keys: readonly (keyof T)[]): T {
  const out = { ...value };
  for (const k of keys) if (blank(out[k] as string | undefined)) delete out[k];
  return out;
}

/**
 * What Save validates: the draft without blank optional texts, empty rule
 * settings, empty weight tables and empty lists. Required fields stay even
 * when blank (so validation names them), and no list is re-indexed, so error
 * paths point at the same form fields.
 */
export function cleanDraft(draft: Playbook): Playbook {
  const p: Playbook = dropBlank({ ...draft }, ['description']);
  if (p.rules) {
    const rules = Object.fromEntries(Object.entries(p.rules).filter(([, r]) => r && Object.values(r).some((v) => v !== undefined)));
    if (Object.keys(rules).length > 0) p.rules = rules;
    else delete p.rules;
  }
  if (p.weights) {
    const weights = Object.fromEntries(
      Object.entries(p.weights)
        .map(([role, w]) => [role, w && Object.fromEntries(Object.entries(w).filter(([, v]) => v !== undefined))] as const)
        .filter(([, w]) => w && Object.keys(w).length > 0),
    );
    if (Object.keys(weights).length > 0) p.weights = weights;
    else delete p.weights;
  }
  if (p.phrases) {
    if (p.phrases.length > 0) {
      p.phrases = p.phrases.map((ph) => (ph.type === 'avoid' ? dropBlank(ph, ['suggestion', 'replacement']) : dropBlank(ph, ['suggestion'])));
    } else delete p.phrases;
  }
  if (p.coachNotes) {
    if (p.coachNotes.length > 0) p.coachNotes = p.coachNotes.map((n) => dropBlank(n, ['author']));
    else delete p.coachNotes;
  }
  return p;
}

/** Changes one rule's setting; a setting back to all defaults disappears. */
export function setRule(draft: Playbook, id: Kind, patch: Partial<RuleSetting>): Playbook {
  const next: RuleSetting = { ...draft.rules?.[id], ...patch };
  for (const k of Object.keys(next) as (keyof RuleSetting)[]) if (next[k] === undefined) delete next[k];
  const rules = { ...draft.rules };
  if (Object.keys(next).length > 0) rules[id] = next;
  else delete rules[id];
  return { ...draft, rules };
}

/** Sets (or, with undefined, clears) one weight. */
export function setWeight(draft: Playbook, role: Role, dimension: Dimension, value: number | undefined): Playbook {
  const forRole = { ...draft.weights?.[role], [dimension]: value };
  if (value === undefined) delete forRole[dimension];
  return { ...draft, weights: { ...draft.weights, [role]: forRole } };
}

/** The roles a "who it applies to" picker shows: all of them when none are listed. */
export const rolesOrAll = (roles: readonly Role[] | undefined): readonly Role[] => roles ?? ROLES;

/** Every role ticked means "all roles": the key is left out. */
export function rolesValue(roles: readonly Role[]): Role[] | undefined {
  const ordered = ROLES.filter((r) => roles.includes(r));
  return ordered.length === ROLES.length ? undefined : ordered;
}

export function newAvoidPhrase(): AvoidPhrase {
  return { type: 'avoid', pattern: '', message: '', dimension: 'humility' };
}

export function newRequirePhrase(): RequirePhrase {
  return { type: 'require', pattern: '', message: '', dimension: 'commitments' };
}

export function newCoachNote(): CoachNote {
  return { kind: 'no-next-step', note: '' };
}

/** Switches a phrase between avoid and require, keeping what both kinds share. */
export function changePhraseType(phrase: PlaybookPhrase, type: PlaybookPhrase['type']): PlaybookPhrase {
  if (phrase.type === type) return phrase;
  if (phrase.type === 'avoid') {
    const { replacement: _r, type: _t, ...rest } = phrase;
    return { ...rest, type: 'require' };
  }
  const { anyOf, pattern, type: _t, ...rest } = phrase;
  return { ...rest, type: 'avoid', pattern: pattern ?? anyOf?.[0] ?? '' };
}

/** A require phrase's words as the form shows them: one per line. */
export function requireLines(phrase: RequirePhrase): string {
  return [...(phrase.pattern !== undefined ? [phrase.pattern] : []), ...(phrase.anyOf ?? [])].join('\n');
}

/** Lines typed in the form → `pattern` (one line) or `anyOf` (several). Blank lines are skipped. */
export function withRequireLines(phrase: RequirePhrase, text: string): RequirePhrase {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const { pattern: _p, anyOf: _a, ...rest } = phrase;
  if (lines.length > 1) return { ...rest, anyOf: lines };
  return { ...rest, pattern: lines[0] ?? '' };
}

/** Normalized form of typed lines, to tell a real change from a stray newline. */
export const sameLines = (a: string, b: string) =>
  a
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n') ===
  b
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');

/** Replaces the item at `index` of a list (immutably). */
export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((x, i) => (i === index ? item : x));
}
