// The rules' texts, not their code: the code loads the language model, which this page never runs.
import { RULE_INFO } from '../model/rule-info';
import type { RuleInfo } from '../model/rule';
import { DIMENSIONS, KINDS, ROLES, type Dimension, type Role } from '../model/types';
import { ROLE_LABELS } from '../panel/format';

/** Rules in catalogue order: by dimension, then as KINDS_BY_DIMENSION lists them. */
export const ORDERED_RULES: readonly RuleInfo[] = [...RULE_INFO].sort(
  (a, b) => DIMENSIONS.indexOf(a.dimension) - DIMENSIONS.indexOf(b.dimension) || KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind),
);

const BY_ID = new Map(RULE_INFO.map((r) => [r.id, r]));
export const ruleById = (id: string): RuleInfo | undefined => BY_ID.get(id);

/** Lower-case, accents and curly quotes folded, runs of spaces collapsed. */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[“”„"]/g, '')
    .replace(/[‘’']/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Rules whose title contains the query (case- and accent-insensitive); every rule for an empty query. */
export function filterRules(rules: readonly RuleInfo[], query: string): RuleInfo[] {
  const q = fold(query);
  return q ? rules.filter((r) => fold(r.title).includes(q)) : [...rules];
}

export interface RuleGroup {
  dimension: Dimension;
  rules: RuleInfo[];
}

/** Non-empty groups in DIMENSIONS order. */
export function groupRules(rules: readonly RuleInfo[]): RuleGroup[] {
  return DIMENSIONS.map((dimension) => ({ dimension, rules: rules.filter((r) => r.dimension === dimension) })).filter((g) => g.rules.length > 0);
}

/** "All roles", or the roles' labels in ROLES order: "Prospecting, Account management". */
export function describeRoles(roles: readonly Role[]): string {
  const mine = ROLES.filter((r) => roles.includes(r));
  return mine.length === ROLES.length ? 'All roles' : mine.map((r) => ROLE_LABELS[r]).join(', ');
}
