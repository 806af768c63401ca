import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { SITE_NAMES } from '../settings/settings';
import { LockIcon } from './icons';
import { PromisesView, type PromiseActions } from './PromisesView';
import { overdueCount } from '../promises/schedule';
import { loadPromiseSettings, watchPromiseSettings } from '../promises/store';
import { DEFAULT_PROMISE_SETTINGS } from '../promises/types';
import { saveAccount } from '../accounts/store';
import { CoachView, type CoachActions } from './CoachView';
import { selectedView, type PanelStore } from './store';
import type { SettingsSection } from '../options/sections';

export interface PanelProps {
  store: PanelStore;
  actions: CoachActions & { reload(): void };
  promiseActions: PromiseActions;
  openPractice(): void;
  /** Opens the options page: at a section (`options.html#rules`), or at its top. */
  openSettings(section?: SettingsSection): void;
  /** The clock the promises are told against (tests inject one). */
  clock?: () => Date;
}

/** The side panel: the compose being written (with a switcher when there are several), or what to do next. */
export function Panel({ store, actions, promiseActions, openPractice, openSettings, clock }: PanelProps) {
  const panelView = useStore(store, (s) => s.view);
  const promises = useStore(store, (s) => s.promises);
  const showView = useStore(store, (s) => s.showView);
  const overdue = overdueCount(promises, new Date());
  // "The morning of" in the reminder choices is the writer's own working-day start (Settings → Reminders).
  const [workdayStart, setWorkdayStart] = useState(DEFAULT_PROMISE_SETTINGS.workdayStart);
  useEffect(() => {
    let live = true;
    void loadPromiseSettings().then((s) => { if (live) setWorkdayStart(s.workdayStart); }).catch(() => undefined);
    const stop = watchPromiseSettings((s) => setWorkdayStart(s.workdayStart));
    return () => { live = false; stop(); };
  }, []);
  const status = useStore(store, (s) => s.status);
  const site = useStore(store, (s) => s.site);
  const composes = useStore(store, (s) => s.composes);
  const view = useStore(store, selectedView);
  const notice = useStore(store, (s) => s.notice);
  const select = useStore(store, (s) => s.select);
  const siteName = site ? SITE_NAMES[site] : undefined;
  const noticeRef = useRef<HTMLParagraphElement>(null);
  // A confirmation ("Rule turned off…") fades once read; errors stay until the next action.
  // Not while keyboard focus is on its link: it waits until focus moves on.
  useEffect(() => {
    if (notice?.tone !== 'info') return;
    let t: ReturnType<typeof setTimeout>;
    const fade = () => {
      if (noticeRef.current?.contains(document.activeElement)) t = setTimeout(fade, 2000);
      else store.getState().setNotice(undefined);
    };
    t = setTimeout(fade, 8000);
    return () => clearTimeout(t);
  }, [notice, store]);

  return (
    <main className="panel">
      <div className="panel-top">
      <header className="panel-header">
        <h1>
          <img src="/icon/32.png" alt="" width="20" height="20" /> Trust Coach
        </h1>
        {composes.length > 1 && panelView === 'coach' && (
          <div className="switcher">
            <label htmlFor="compose-select">Email</label>
            <select id="compose-select" value={view?.composeId ?? ''} onChange={(e) => select(e.target.value)}>
              {composes.map((c) => (
                <option key={c.composeId} value={c.composeId}>
                  {c.title} — {c.report.stats.words === 0 ? 'not started' : c.report.score}
                </option>
              ))}
            </select>
          </div>
        )}
      </header>
      <div className="tabs" role="tablist" aria-label="Trust Coach views" onKeyDown={(e) => {
        if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
          const next = panelView === 'coach' ? 'promises' : 'coach';
          showView(next);
          document.getElementById(`tab-${next}`)?.focus();
        }
      }}>
        <button type="button" role="tab" id="tab-coach" aria-controls="view" aria-selected={panelView === 'coach'} tabIndex={panelView === 'coach' ? 0 : -1} onClick={() => showView('coach')}>This email</button>
        <button type="button" role="tab" id="tab-promises" aria-controls="view" aria-selected={panelView === 'promises'} tabIndex={panelView === 'promises' ? 0 : -1} onClick={() => showView('promises')}>
          Promises{overdue > 0 && <span className="tab-count" aria-label={`${overdue} overdue`}>{overdue}</span>}
        </button>
      </div>
      </div>
      <div id="view" role="tabpanel" aria-labelledby={`tab-${panelView}`} className="view">
        {notice && (
          <p ref={noticeRef} className={`notice ${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
            {notice.text}
            {notice.settings && (
              <>
                {' '}
                <button type="button" className="link" onClick={() => openSettings(notice.settings!.section)}>
                  {notice.settings.label}
                </button>
              </>
            )}
          </p>
        )}
        {panelView === 'promises' ? (
          <PromisesView promises={promises} actions={promiseActions} workdayStart={workdayStart} {...(clock ? { clock } : {})} />
        ) : status === 'loading' ? (
          <p className="empty" role="status">Looking for your email…</p>
        ) : status === 'unsupported' ? (
          <div className="empty">
            <h2>This page isn’t supported</h2>
            <p>Trust Coach coaches the emails you write in <strong>Gmail</strong> and <strong>Outlook on the web</strong>. Open one of them in this tab, or try it on a sample email first.</p>
            <button type="button" className="primary" onClick={openPractice}>Try the practice email</button>
          </div>
        ) : status === 'reload' ? (
          <div className="empty">
            <h2>Reload this tab to start coaching</h2>
            <p>This mail tab was open before Trust Coach was installed or updated, so the coach isn’t running in it yet.</p>
            <button type="button" className="primary" onClick={actions.reload}>Reload tab</button>
          </div>
        ) : !view ? (
          <div className="empty">
            <h2>Open a compose window{siteName ? ` in ${siteName}` : ' in Gmail or Outlook'} to get coaching</h2>
            <p>Write a new email or reply to one: the score and hints appear here as you type.</p>
          </div>
        ) : (
          <CoachView
            key={view.composeId}
            report={view.report}
            excerpts={view.excerpts}
            ruleTitles={view.ruleTitles}
            lockedRules={view.lockedRules}
            playbookName={view.playbookName}
            account={view.account}
            onSaveAccount={saveAccount}
            roleGuessed={view.roleGuessed}
            {...(view.roleReason ? { roleReason: view.roleReason } : {})}
            {...(view.roleUnsure ? { roleUnsure: true } : {})}
            dismissedCount={view.dismissed.length}
            siteName={SITE_NAMES[view.site]}
            actions={actions}
          />
        )}
      </div>
      <footer className="panel-footer">
        <p><LockIcon /> Nothing you write leaves this device.</p>
        <button type="button" className="link" onClick={() => openSettings()}>Settings</button>
      </footer>
    </main>
  );
}
