import type { Dimension, Kind, Role, Severity } from './types';
import { DIMENSIONS, KINDS, ROLES, TEAM_KINDS } from './types';
import { WEIGHTS } from './score';
import { patternProblem, patternRegExp } from './team-pattern';

/** Finds a team phrase (any of its patterns) in a text. */
export interface TeamMatcher {
  find(text: string): { start: number; end: number }[];
  test(text: string): boolean;
}

function matcherOf(patterns: readonly string[]): TeamMatcher | undefined {
  const res = patterns.filter((p) => !patternProblem(p)).map((p) => patternRegExp(p, 'giu'));
  if (res.length === 0) return undefined;
  return {
    find(text) {
      const out: { start: number; end: number }[] = [];
      for (const re of res) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          if (m[0].length === 0) {
            re.lastIndex++;
            continue;
          }
          out.push({ start: m.index, end: m.index + m[0].length });
        }
      }
      // Left to right, and one match per place when two patterns find the same words.
      out.sort((a, b) => a.start - b.start || b.end - a.end);
      return out.filter((m, i) => i === 0 || m.start >= out[i - 1]!.end);
    },
    test(text) {
      return res.some((re) => {
        re.lastIndex = 0;
        return re.test(text);
      });
    },
  };
}

/**
 * The parts of a team playbook the model uses, read leniently from
 * context.playbook (the extension and CLI validate the file against the
 * published schema first; here anything malformed is simply skipped).
 */
export interface ModelPlaybook {
  name: string;
  weights: Partial<Record<Role, Partial<Record<Dimension, number>>>>;
  rules: Map<string, { enabled?: boolean; severity?: Severity }>;
  avoid: TeamPhrase[];
  require: TeamPhrase[];
  notes: { kind: Kind; note: string; author?: string; roles?: Role[] }[];
}

export interface TeamPhrase {
  id: string;
  matcher: TeamMatcher;
  message: string;
  suggestion: string;
  replacement?: string;
  severity: Severity;
  dimension: Dimension;
  roles?: Role[];
}

const SEVERITIES: readonly Severity[] = ['info', 'warn', 'risk'];
const ALL_KINDS = new Set<string>([...KINDS, ...TEAM_KINDS]);
const cache = new WeakMap<object, ModelPlaybook | undefined>();

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const roleList = (v: unknown): Role[] | undefined => (Array.isArray(v) ? v.filter((r): r is Role => (ROLES as readonly string[]).includes(r)) : undefined);

function phrasesOf(list: unknown, type: 'avoid' | 'require'): TeamPhrase[] {
  if (!Array.isArray(list)) return [];
  const out: TeamPhrase[] = [];
  list.forEach((raw, i) => {
    if (!raw || typeof raw !== 'object') return;
    const p = raw as Record<string, unknown>;
    if (p.type !== type) return;
    const words = [...(str(p.pattern) ? [str(p.pattern)!] : []), ...(Array.isArray(p.anyOf) ? p.anyOf.map(str).filter((w): w is string => !!w) : [])];
    const message = str(p.message);
    const dimension = (DIMENSIONS as readonly string[]).includes(p.dimension as string) ? (p.dimension as Dimension) : undefined;
    const matcher = matcherOf(words);
    if (!matcher || !message || !dimension) return;
    const severity = SEVERITIES.includes(p.severity as Severity) ? (p.severity as Severity) : 'warn';
    out.push({
      id: str(p.id) ?? `${type}-${i + 1}`,
      matcher,
      message,
      suggestion: str(p.suggestion) ?? '',
      ...(typeof p.replacement === 'string' ? { replacement: p.replacement } : {}),
      severity,
      dimension,
      ...(roleList(p.roles)?.length ? { roles: roleList(p.roles) } : {}),
    });
  });
  return out;
}

export function readPlaybook(value: unknown): ModelPlaybook | undefined {
  if (!value || typeof value !== 'object') return undefined;
  if (cache.has(value)) return cache.get(value);
  const v = value as Record<string, unknown>;
  const weights: ModelPlaybook['weights'] = {};
  if (v.weights && typeof v.weights === 'object') {
    for (const role of ROLES) {
      const row = (v.weights as Record<string, unknown>)[role];
      if (!row || typeof row !== 'object') continue;
      const w: Partial<Record<Dimension, number>> = {};
      for (const d of DIMENSIONS) {
        const n = (row as Record<string, unknown>)[d];
        if (typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= 1) w[d] = n;
      }
      weights[role] = w;
    }
  }
  const rules: ModelPlaybook['rules'] = new Map();
  if (v.rules && typeof v.rules === 'object') {
    for (const [id, raw] of Object.entries(v.rules as Record<string, unknown>)) {
      if (!raw || typeof raw !== 'object') continue;
      const r = raw as Record<string, unknown>;
      rules.set(id, {
        ...(typeof r.enabled === 'boolean' ? { enabled: r.enabled } : {}),
        ...(SEVERITIES.includes(r.severity as Severity) ? { severity: r.severity as Severity } : {}),
      });
    }
  }
  const notes: ModelPlaybook['notes'] = [];
  if (Array.isArray(v.coachNotes)) {
    for (const raw of v.coachNotes) {
      if (!raw || typeof raw !== 'object') continue;
      const n = raw as Record<string, unknown>;
      const note = str(n.note);
      if (!note || !ALL_KINDS.has(n.kind as string)) continue;
      notes.push({ kind: n.kind as Kind, note, ...(str(n.author) ? { author: str(n.author) } : {}), ...(roleList(n.roles)?.length ? { roles: roleList(n.roles) } : {}) });
    }
  }
  const pb: ModelPlaybook = { name: str(v.name) ?? 'Team playbook', weights, rules, avoid: phrasesOf(v.phrases, 'avoid'), require: phrasesOf(v.phrases, 'require'), notes };
  cache.set(value, pb);
  return pb;
}

/**
 * The role's weights with the playbook's changes, renormalized to sum to 1
 * and kept in whole percents (the score is computed in exact hundredths).
 */
export function weightsFor(role: Role, pb: ModelPlaybook | undefined, base: Record<Dimension, number> = WEIGHTS[role]): Record<Dimension, number> {
  const custom = pb?.weights[role];
  if (!custom || Object.keys(custom).length === 0) return base;
  const merged = DIMENSIONS.map((d) => custom[d] ?? base[d]);
  const total = merged.reduce((a, b) => a + b, 0);
  if (total <= 0) return base;
  const exact = merged.map((w) => (w / total) * 100);
  const whole = exact.map(Math.floor);
  let left = 100 - whole.reduce((a, b) => a + b, 0);
  for (const i of exact.map((e, i) => ({ i, f: e - Math.floor(e) })).sort((a, b) => b.f - a.f).map((x) => x.i)) {
    if (left-- <= 0) break;
    whole[i]! += 1;
  }
  return Object.fromEntries(DIMENSIONS.map((d, i) => [d, whole[i]! / 100])) as Record<Dimension, number>;
}

/** How a severity the playbook sets scales a rule's penalty against the rule's own. */
export const SEVERITY_WEIGHT: Record<Severity, number> = { info: 0.5, warn: 1, risk: 1.5 };

/** Points a team phrase costs in its dimension. */
export const TEAM_PENALTY: Record<Severity, number> = { info: 5, warn: 12, risk: 20 };

export function applies(roles: readonly Role[] | undefined, role: Role): boolean {
  return !roles || roles.length === 0 || roles.includes(role);
}
