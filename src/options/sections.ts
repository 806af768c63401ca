/**
 * The options page's sections, by the id in its address (`options.html#rules`).
 * Kept apart from the page itself so the side panel can link to a section
 * without loading the options page's code.
 */
export const SETTINGS_SECTIONS = ['roles', 'rules', 'reminders', 'accounts', 'playbooks', 'coaching'] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

export const isSettingsSection = (id: string): id is SettingsSection => (SETTINGS_SECTIONS as readonly string[]).includes(id);

/** The section a page address names (`#rules`, `#/rules`), or undefined. */
export function sectionOfHash(hash: string): SettingsSection | undefined {
  const id = decodeURIComponent(hash.replace(/^#\/?/, ''));
  return isSettingsSection(id) ? id : undefined;
}
