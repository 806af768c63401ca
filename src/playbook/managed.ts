/**
 * Playbooks pushed by an administrator through the browser's own policy
 * mechanism (Chrome/Edge: the extension's managed storage, declared by
 * assets/managed_schema.json; Firefox: the "3rdparty" section of
 * policies.json). Two policies: `playbook` (the playbook as JSON text) and
 * `lockedRules` (rule ids writers can't switch themselves).
 *
 * Pure: it takes the storage area as an argument, so it runs in tests and in
 * any extension context. A bad policy never breaks the coach: it is ignored,
 * and the reason is kept for the settings page to show.
 */
import { closest, parsePlaybook, validatePlaybook, type PlaybookIssue, type PlaybookResult } from './validate';
import { RULE_IDS, type Playbook } from './schema';

/** The part of `browser.storage.managed` this needs (any storage area fits). */
export interface ManagedArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
}

/** Why part of the policy was ignored, for the settings page. */
export interface ManagedProblem {
  key: 'playbook' | 'lockedRules';
  message: string;
  errors: PlaybookIssue[];
}

export interface ManagedPolicy {
  /** The administrator's playbook, when set and valid: it wins over the user's own. */
  playbook?: Playbook;
  /** Known rule ids the administrator locked, in catalogue order. */
  lockedRules: string[];
  problems: ManagedProblem[];
}

export const MANAGED_KEYS = ['playbook', 'lockedRules'] as const;
export const NO_POLICY: ManagedPolicy = { lockedRules: [], problems: [] };

/**
 * Reads the policy. An area that is missing or can't be read (Firefox
 * rejects when no policy is installed) means "no policy", not an error.
 */
export async function readManaged(area: ManagedArea | undefined): Promise<ManagedPolicy> {
  if (!area) return NO_POLICY;
  let values: Record<string, unknown>;
  try {
    values = (await area.get([...MANAGED_KEYS])) ?? {};
  } catch {
    return NO_POLICY;
  }
  return interpretManaged(values);
}

/** Turns raw policy values into a policy, keeping what is valid. */
export function interpretManaged(values: Record<string, unknown>): ManagedPolicy {
  const problems: ManagedProblem[] = [];
  let playbook: Playbook | undefined;

  const raw = values.playbook;
  if (raw !== undefined && raw !== null && raw !== '') {
    // Chrome delivers JSON text (its policy schema has no way to describe a playbook);
    // a Firefox policies.json may hold the object itself.
    const result: PlaybookResult =
      typeof raw === 'string' ? parsePlaybook(raw) : typeof raw === 'object' ? validatePlaybook(raw) : { ok: false, errors: [{ path: '', message: 'must be the playbook as JSON text' }] };
    if (result.ok) playbook = result.playbook;
    else {
      problems.push({
        key: 'playbook',
        message: 'The playbook your administrator set can’t be used, so Trust Coach is ignoring it. Please pass these details on to your administrator:',
        errors: result.errors,
      });
    }
  }

  const locked = new Set<string>();
  const rawLocked = values.lockedRules;
  if (rawLocked !== undefined && rawLocked !== null) {
    const errors: PlaybookIssue[] = [];
    if (!Array.isArray(rawLocked)) errors.push({ path: 'lockedRules', message: 'must be a list of rule ids, e.g. ["policy-speak"]' });
    else {
      rawLocked.forEach((id, i) => {
        if (typeof id === 'string' && (RULE_IDS as readonly string[]).includes(id)) locked.add(id);
        else {
          const guess = typeof id === 'string' ? closest(id, RULE_IDS) : undefined;
          errors.push({ path: `lockedRules[${i}]`, message: `${typeof id === 'string' ? `“${id}”` : JSON.stringify(id)} isn’t a rule id.${guess ? ` Did you mean “${guess}”?` : ''}` });
        }
      });
    }
    if (errors.length > 0) {
      const message = Array.isArray(rawLocked)
        ? 'Some rules your administrator locked aren’t known to this version of Trust Coach, so those are ignored:'
        : 'The list of locked rules your administrator set is malformed, so Trust Coach is ignoring it. Please pass these details on to your administrator:';
      problems.push({ key: 'lockedRules', message, errors });
    }
  }

  return { ...(playbook ? { playbook } : {}), lockedRules: RULE_IDS.filter((id) => locked.has(id)), problems };
}

/** The playbook in use and where it came from. */
export interface ActivePlaybook {
  playbook: Playbook;
  source: 'managed' | 'local';
  /** The stored playbook's id; 'managed' for the administrator's. */
  id: string;
}

/**
 * Rules the writer can't switch on or off themselves: those the active
 * playbook marks `locked: true`, plus the administrator's `lockedRules`
 * (which apply whichever playbook is in use, or none). In catalogue order.
 */
export function lockedRules(active: ActivePlaybook | undefined, managed: Pick<ManagedPolicy, 'lockedRules'> | undefined): string[] {
  const locked = new Set<string>(managed?.lockedRules ?? []);
  for (const [id, setting] of Object.entries(active?.playbook.rules ?? {})) if (setting?.locked) locked.add(id);
  return RULE_IDS.filter((id) => locked.has(id));
}

/**
 * The writer's own "turned off" list with locked rules taken out: a locked
 * rule follows the playbook (on unless it says `enabled: false`).
 */
export function applyLocks(disabledRules: readonly string[], locked: readonly string[]): string[] {
  const l = new Set(locked);
  return disabledRules.filter((id) => !l.has(id));
}
