/**
 * Playbooks as files: the JSON a manager exports and shares with the team.
 * Keys come out in one fixed order (the order the schema documents them;
 * rules, roles and dimensions in catalogue order), so two exports of the same
 * playbook are identical however it was written, and diffs stay small.
 */
import { DIMENSIONS, ROLES } from '../model/types';
import { oneOf, trimEndWhile, trimWhile } from '../model/chars';
import { PLAYBOOK_SCHEMA_FILE, RULE_IDS, type Playbook } from './schema';

const TOP = ['$schema', 'format', 'schemaVersion', 'name', 'version', 'description', 'defaultRole', 'weights', 'rules', 'phrases', 'coachNotes'];
const PHRASE = ['type', 'id', 'pattern', 'anyOf', 'message', 'suggestion', 'replacement', 'severity', 'dimension', 'roles'];
const NOTE = ['kind', 'note', 'author', 'roles'];
const RULE = ['enabled', 'severity', 'locked'];

/** A copy with known keys first, in `order`, then any others as they were. */
function ordered<T extends object>(value: T, order: readonly string[]): T {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  return Object.fromEntries(entries.sort(([a], [b]) => rank(a) - rank(b))) as T;
}

/**
 * Pretty JSON (two spaces, trailing newline) with "$schema" pointing at the
 * schema packaged with the extension, so editors that know it can check and
 * complete the file.
 */
export function exportPlaybook(playbook: Playbook): string {
  const p: Playbook = ordered({ ...playbook, $schema: PLAYBOOK_SCHEMA_FILE }, TOP);
  if (p.weights) p.weights = ordered(Object.fromEntries(Object.entries(p.weights).map(([role, w]) => [role, w && ordered(w, DIMENSIONS)])), ROLES);
  if (p.rules) p.rules = ordered(Object.fromEntries(Object.entries(p.rules).map(([id, r]) => [id, r && ordered(r, RULE)])), RULE_IDS);
  if (p.phrases) p.phrases = p.phrases.map((ph) => ordered(ph, PHRASE));
  if (p.coachNotes) p.coachNotes = p.coachNotes.map((n) => ordered(n, NOTE));
  return `${JSON.stringify(p, null, 2)}\n`;
}

/** "Northwind sales playbook" → "northwind-sales-playbook.json". */
export function playbookFileName(playbook: Pick<Playbook, 'name'>): string {
  const words = playbook.name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
  const slug = trimEndWhile(trimWhile(words, oneOf('-')).slice(0, 60), oneOf('-'));
  return `${slug || 'playbook'}.json`;
}
