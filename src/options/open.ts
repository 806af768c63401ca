import { browser } from 'wxt/browser';
import type { SettingsSection } from './sections';

/** What openSettingsAt needs from the browser (a fake in tests). */
export interface OpenSettingsEnv {
  /** The options page's address, e.g. chrome-extension://…/options.html. */
  optionsUrl: string;
  /** The extension's own pages open in tabs (extension.getViews); [] where the browser can't tell. */
  openPages(): Window[];
  /** Brings the (one) options tab to the front, opening it if needed. */
  openOptionsPage(): Promise<void>;
  createTab(url: string): Promise<unknown>;
}

const browserEnv = (): OpenSettingsEnv => ({
  optionsUrl: browser.runtime.getURL('/options.html' as never),
  openPages: () => {
    try {
      return (browser.extension?.getViews?.({ type: 'tab' }) ?? []) as Window[];
    } catch {
      return [];
    }
  },
  openOptionsPage: () => browser.runtime.openOptionsPage(),
  createTab: (url) => browser.tabs.create({ url }),
});

/**
 * Opens the options page at a section (`options.html#rules`), or at its top.
 * An options tab already open is reused: its address moves to the section
 * (the page scrolls there and focuses the section's heading) and the tab comes
 * to the front; otherwise a new tab opens at the section.
 */
export async function openSettingsAt(section?: SettingsSection, env: OpenSettingsEnv = browserEnv()): Promise<void> {
  if (!section) return env.openOptionsPage();
  const open = env.openPages().find((w) => {
    try {
      return w.location.href.split('#')[0] === env.optionsUrl;
    } catch {
      return false;
    }
  });
  if (!open) {
    await env.createTab(`${env.optionsUrl}#${section}`);
    return;
  }
  // The same hash again fires no hashchange: the page is told directly.
  if (open.location.hash === `#${section}`) open.dispatchEvent(new Event('hashchange'));
  else open.location.hash = section;
  await env.openOptionsPage();
}
