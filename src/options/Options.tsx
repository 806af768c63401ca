import type { ReactNode } from 'react';
import { browser } from 'wxt/browser';
import { LockIcon } from '../panel/icons';
import type { Settings } from '../settings/settings';
import { RoleSection } from './RoleSection';
import { RulesSection } from './RulesSection';
import { RemindersSection } from '../promises/RemindersSection';
import { AccountsSection } from '../accounts/AccountsSection';
import { PlaybooksSection } from '../playbook/PlaybooksSection';
import { CoachingSection } from '../history/CoachingSection';
import { listPromises } from '../promises/store';
import { useSettings, type SettingsState } from './useSettings';

type LoadedState = SettingsState & { settings: Settings };

/**
 * The page's sections, in order: each gets a link in the nav, a <section>
 * and an h2. A new section (Playbooks, Coaching history) is one more entry.
 */
const SECTIONS: readonly { id: string; title: string; render: (state: LoadedState) => ReactNode }[] = [
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

const openPracticeTab = () => void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html#practice' as never) });

/** The options page: Trust Coach's settings, stored on this device and kept in step with the side panel. */
export function Options({ openPractice = openPracticeTab }: OptionsProps) {
  const state = useSettings();
  const { settings, loadFailed, status } = state;

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
          SECTIONS.map((s) => (
            // Focusable, so the nav's links move keyboard focus to the section, not just the scroll.
            <section key={s.id} id={s.id} className="opt-section" aria-labelledby={`${s.id}-title`} tabIndex={-1}>
              <h2 id={`${s.id}-title`}>{s.title}</h2>
              {s.render({ ...state, settings })}
            </section>
          ))
        )}
        <p className="sr-only" role="status">
          {status?.tone === 'ok' ? status.text : ''}
        </p>
      </main>
    </div>
  );
}
