import { useEffect, type ReactNode } from 'react';
import { browser } from 'wxt/browser';
import { LockIcon } from '../panel/icons';
import type { Settings } from '../settings/settings';
import { RoleSection } from './RoleSection';
import { RulesSection } from './RulesSection';
import { RemindersSection } from '../views/promises/RemindersSection';
import { AccountsSection } from '../views/accounts/AccountsSection';
import { PlaybooksSection } from '../views/playbook/PlaybooksSection';
import { CoachingSection } from '../views/history/CoachingSection';
import { listPromises } from '../promises/store';
import { useSettings, type SettingsState } from './useSettings';
import { UnreadableNotice } from './UnreadableNotice';
import { sectionOfHash, SETTINGS_SECTIONS, type SettingsSection } from './sections';

type LoadedState = SettingsState & { settings: Settings };

/**
 * The page's sections, in order: each gets a link in the nav, a <section>
 * and an h2. A new section (Playbooks, Coaching history) is one more entry.
 */
const SECTIONS: readonly { id: SettingsSection; title: string; render: (state: LoadedState) => ReactNode }[] = [
  { id: 'roles', title: 'Role per site', render: (state) => <RoleSection state={state} /> },
  { id: 'rules', title: 'Rules', render: (state) => <RulesSection state={state} /> },
  { id: 'reminders', title: 'Reminders', render: () => <RemindersSection /> },
  { id: 'accounts', title: 'Accounts', render: () => <AccountsSection /> },
  { id: 'playbooks', title: 'Playbooks', render: () => <PlaybooksSection /> },
  { id: 'coaching', title: 'Coaching', render: () => <CoachingSection loadPromises={listPromises} /> },
];

export interface OptionsProps {
  /** Opens the practice email; by default in a new tab. */
  openPractice?: () => void;
}

// The side panel links to these ids (sections.ts): the two lists must agree.
if (SECTIONS.map((s) => s.id).join() !== SETTINGS_SECTIONS.join()) throw new Error('SECTIONS and SETTINGS_SECTIONS disagree');

/**
 * Scrolls to the section the address names (`options.html#rules`) and moves
 * focus to its heading, as the nav's links do within the page. The sections
 * appear only once the settings have loaded, after the browser has looked for
 * the hash itself, so this runs then, and again whenever the hash changes
 * (the side panel reuses an open settings tab).
 */
export function showSection(hash: string, doc: Document = document): boolean {
  const id = sectionOfHash(hash);
  const section = id && doc.getElementById(id);
  const heading = id && doc.getElementById(`${id}-title`);
  if (!section || !heading) return false;
  section.scrollIntoView?.({ block: 'start' });
  heading.focus({ preventScroll: true });
  return true;
}

function useSectionFromAddress(ready: boolean) {
  useEffect(() => {
    if (!ready) return;
    const go = () => void showSection(window.location.hash);
    go();
    window.addEventListener('hashchange', go);
    return () => window.removeEventListener('hashchange', go);
  }, [ready]);
}

const openPracticeTab = () => void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html#practice' as never) });

/** The options page: Trust Coach's settings, stored on this device and kept in step with the side panel. */
export function Options({ openPractice = openPracticeTab }: OptionsProps) {
  const state = useSettings();
  const { settings, loadFailed, status } = state;
  useSectionFromAddress(Boolean(settings));

  return (
    <div className="opt">
      <header className="opt-header">
        <div className="opt-wrap">
          <h1>
            <img src="/icon/32.png" alt="" width="24" height="24" /> Trust Coach settings
          </h1>
          <p className="opt-promise">
            <LockIcon /> Everything stays on this device: no account, no server, no network requests.
          </p>
          <button type="button" onClick={openPractice}>
            Try the practice email<span className="sr-only"> (opens in a new tab)</span>
          </button>
        </div>
      </header>
      <nav className="opt-nav" aria-label="Settings sections">
        <ul className="opt-wrap">
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="opt-wrap">
        {status?.tone === 'error' && (
          <p className="notice error" role="alert">
            {status.text}
          </p>
        )}
        {loadFailed ? (
          <p className="notice error" role="alert">
            Couldn’t read your settings. Close this tab and open Settings again.
          </p>
        ) : !settings ? (
          <p className="muted">Loading your settings…</p>
        ) : (
          <>
            <UnreadableNotice />
            {SECTIONS.map((s) => (
            // Focusable, so the nav's links move keyboard focus to the section, not just the scroll.
            <section key={s.id} id={s.id} className="opt-section" aria-labelledby={`${s.id}-title`} tabIndex={-1}>
              <h2 id={`${s.id}-title`} tabIndex={-1}>{s.title}</h2>
              {s.render({ ...state, settings })}
            </section>
            ))}
          </>
        )}
        <p className="sr-only" role="status">
          {status?.tone === 'ok' ? status.text : ''}
        </p>
      </main>
    </div>
  );
}
