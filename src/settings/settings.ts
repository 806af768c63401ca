import { storage } from 'wxt/utils/storage';
import { KINDS, ROLES, type Role } from '../model/types';
import { serialized } from '../storage/serialize';

export const SITES = ['gmail', 'outlook'] as const;
export type Site = (typeof SITES)[number];
export const SITE_NAMES: Record<Site, string> = { gmail: 'Gmail', outlook: 'Outlook' };

/**
 * The user's settings, kept in extension storage on this device
 * (`storage.local`, key `settings`). Versioned: a later shape adds a
 * migration below and bumps SETTINGS_VERSION; whatever is read is normalized,
 * so a damaged value never breaks the coach.
 */
export interface Settings {
  /** The role picked per site; a site missing here means "guess from the draft". */
  roleBySite: Partial<Record<Site, Role>>;
  /** Rule ids the user turned off (undo in the options page). */
  disabledRules: string[];
  /**
   * The role picked in the panel for a recipient (by account key: their domain, or their address at a
   * free-mail provider); it wins over the site's role. Absent when none was picked.
   */
  roleByRecipient?: Record<string, Role>;
}

/** At most this many recipients' roles are kept (the oldest picks go first). */
export const MAX_RECIPIENT_ROLES = 500;

export const SETTINGS_VERSION = 1;
export const DEFAULT_SETTINGS: Settings = { roleBySite: {}, disabledRules: [] };

/** Every rule's id is its hint kind. */
const RULE_IDS = new Set<string>(KINDS);

/** Keeps what is valid in a stored value and drops the rest. */
export function normalizeSettings(value: unknown): Settings {
  const v = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const roleBySite: Settings['roleBySite'] = {};
  const roles = (v.roleBySite && typeof v.roleBySite === 'object' ? v.roleBySite : {}) as Record<string, unknown>;
  for (const site of SITES) {
    const r = roles[site];
    if (typeof r === 'string' && (ROLES as readonly string[]).includes(r)) roleBySite[site] = r as Role;
  }
  const disabledRules = Array.isArray(v.disabledRules)
    ? [...new Set(v.disabledRules.filter((id): id is string => typeof id === 'string' && RULE_IDS.has(id)))]
    : [];
  const byRecipient = (v.roleByRecipient && typeof v.roleByRecipient === 'object' ? v.roleByRecipient : {}) as Record<string, unknown>;
  const roleByRecipient: Record<string, Role> = {};
  for (const [key, r] of Object.entries(byRecipient).slice(-MAX_RECIPIENT_ROLES)) {
    if (key && key.length <= 320 && typeof r === 'string' && (ROLES as readonly string[]).includes(r)) roleByRecipient[key] = r as Role;
  }
  return { roleBySite, disabledRules, ...(Object.keys(roleByRecipient).length > 0 ? { roleByRecipient } : {}) };
}

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: {},
});

export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

/**
 * Read-modify-write of the settings, one at a time (here and across the
 * extension's pages), so changes made at once all land; returns the new value.
 */
export function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  return serialized('settings', async () => {
    const next = normalizeSettings(change(await loadSettings()));
    await settingsItem.setValue(next);
    return next;
  });
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((v) => cb(normalizeSettings(v)));
}

export const setRole = (site: Site, role: Role | undefined) =>
  updateSettings((s) => {
    const roleBySite = { ...s.roleBySite };
    if (role) roleBySite[site] = role;
    else delete roleBySite[site];
    return { ...s, roleBySite };
  });

/**
 * The panel's pick: remembered for this recipient (their account key) when there is one, else for the site.
 * "Auto" (undefined) forgets both, so the draft is guessed again.
 */
export const setRoleFor = (site: Site, recipientKey: string | undefined, role: Role | undefined) =>
  updateSettings((s) => {
    if (!recipientKey) {
      const roleBySite = { ...s.roleBySite };
      if (role) roleBySite[site] = role;
      else delete roleBySite[site];
      return { ...s, roleBySite };
    }
    const rest = withoutRecipient(s, recipientKey);
    if (role) return { ...rest, roleByRecipient: { ...(rest.roleByRecipient ?? {}), [recipientKey]: role } };
    // "Auto" means guess: the site's pick goes too.
    const roleBySite = { ...s.roleBySite };
    delete roleBySite[site];
    return { ...rest, roleBySite };
  });

/** Forgets the role picked for one recipient (Settings → Roles). */
export const forgetRecipientRole = (recipientKey: string) => updateSettings((s) => withoutRecipient(s, recipientKey));

/** The settings without one recipient's role. */
export function withoutRecipient(s: Settings, recipientKey: string): Settings {
  const roleByRecipient = { ...(s.roleByRecipient ?? {}) };
  delete roleByRecipient[recipientKey];
  const { roleByRecipient: _old, ...rest } = s;
  return { ...rest, ...(Object.keys(roleByRecipient).length > 0 ? { roleByRecipient } : {}) };
}

export const setRuleEnabled = (ruleId: string, enabled: boolean) =>
  updateSettings((s) => ({
    ...s,
    disabledRules: enabled ? s.disabledRules.filter((id) => id !== ruleId) : [...s.disabledRules, ruleId],
  }));
