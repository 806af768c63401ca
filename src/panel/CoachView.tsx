import { useEffect, useMemo, useRef, useState } from 'react';
import type { Commitment, Report, Role } from '../model/types';
import { BAND_LABELS, DIMENSION_LABELS, groupHints } from './format';
import { gainOf } from '../model/hint-gain';
import { ScoreGauge } from './ScoreGauge';
import { DimensionBars } from './DimensionBars';
import { HintGroups } from './HintGroups';
import { Commitments } from './Commitments';
import { RoleSwitcher } from './RoleSwitcher';
import type { HintActions } from './HintCard';
import type { AccountRecord } from '../accounts/types';
import { AccountCard } from '../views/accounts/AccountCard';
import { hasResearch, researchNudge } from '../accounts/notes';
import type { Recipient } from '../model/types';

export interface CoachActions extends HintActions {
  /** Show a promise in the draft. */
  focusSpan(start: number, end: number, text: string): void;
  /** Bring back the hints dismissed in this draft. */
  restore(): void;
  setRole(role: Role | undefined): void;
}

export interface CoachViewProps {
  report: Report;
  excerpts: readonly string[];
  ruleTitles: Readonly<Record<string, string>>;
  /** Rules the team's playbook locks on: no "Turn off rule" for them. */
  lockedRules?: readonly string[];
  /** The team playbook in use, named under the score. */
  playbookName?: string;
  roleGuessed: boolean;
  /** Why the role was guessed ("a reply to a complaint"). */
  roleReason?: string;
  /** The guess is not sure: the role line asks the writer to check it. */
  roleUnsure?: boolean;
  dismissedCount: number;
  siteName?: string;
  actions: CoachActions;
  locale?: string;
  timeZone?: string;
  /** The clock promise times are told against ("tomorrow 15:00"); the reader's own when left out. */
  now?: Date;
  /** The recipients' account and its research notes (the side panel; not the practice page). */
  account?: { key: string; record?: AccountRecord; usedFacts: string[]; recipients: Recipient[] };
  onSaveAccount?: (record: AccountRecord) => Promise<unknown>;
}

/**
 * Everything the coach says about one draft: the score and where it is lost,
 * the biggest win, the hints by group, and the promises. Used by the side
 * panel and the practice page alike.
 */
export function CoachView({ report, excerpts, ruleTitles, lockedRules, playbookName, roleGuessed, roleReason, roleUnsure, dismissedCount, siteName, actions, locale, timeZone, now, account, onSaveAccount }: CoachViewProps) {
  const [checklistOpen, setChecklistOpen] = useState(false);
  const nudge = account ? researchNudge(report.role, account.record, account.record?.name ?? account.key) : undefined;
  const groups = useMemo(() => groupHints(report.hints, excerpts), [report.hints, excerpts]);
  // One state for research: the heading never says "Looks good" while the draft uses none of the notes.
  const researchPending = account ? (nudge ? 'No research yet' : !hasResearch(account.record) ? 'No notes yet' : account.usedFacts.length === 0 ? 'No note used yet' : undefined) : undefined;
  const top = report.hints.find((h) => h.impact > 0 && gainOf(h) > 0);
  const topIndex = top ? report.hints.indexOf(top) : -1;
  const weakest = useMemo(() => {
    const dims = Object.entries(report.dimensions).filter(([, d]) => d.score < 100).sort((a, b) => (100 - b[1].score) * b[1].weight - (100 - a[1].score) * a[1].weight);
    return dims[0]?.[0] as keyof typeof DIMENSION_LABELS | undefined;
  }, [report.dimensions]);
  const announcement = useAnnouncement(report);
  const focusPromise = (c: Commitment) => actions.focusSpan(c.start, c.end, c.text);

  if (report.stats.words === 0) {
    return (
      <div className="coach">
        <div className="empty">
          <h2>Start writing</h2>
          <p>The score and hints appear here as you type. Trust Coach reads only your own words: not the quoted thread, not your signature.</p>
        </div>
        <RoleSwitcher role={report.role} guessed={roleGuessed} {...(roleReason ? { reason: roleReason } : {})} unsure={!!roleUnsure} siteName={siteName} {...(account?.key ? { recipient: account.key } : {})} onChange={actions.setRole} />
      </div>
    );
  }

  return (
    <div className="coach">
      <div className="summary">
        <ScoreGauge score={report.score} band={report.band} />
        <div className="summary-text">
          <p className="headline">
            {report.score >= 85
              ? 'This email earns trust.'
              : weakest
                ? <>Most trust is lost in <strong>{DIMENSION_LABELS[weakest].toLowerCase()}</strong>.</>
                : 'Keep writing.'}
          </p>
          {top && (
            <p className="top-fix">
              <span className="label">Biggest win (+{gainOf(top)}): </span>
              <button type="button" className="link" onClick={() => (top.end > top.start ? actions.focus(topIndex) : document.getElementById(`hint-${topIndex}-msg`)?.scrollIntoView?.({ block: 'center' }))}>
                {top.message}
              </button>
            </p>
          )}
        </div>
      </div>
      <p className="sr-only" role="status" aria-live="polite">{announcement}</p>
      {playbookName && <p className="muted playbook-name">Coaching with your team’s playbook: <strong>{playbookName}</strong></p>}
      <RoleSwitcher role={report.role} guessed={roleGuessed} {...(roleReason ? { reason: roleReason } : {})} unsure={!!roleUnsure} siteName={siteName} {...(account?.key ? { recipient: account.key } : {})} onChange={actions.setRole} />
      <DimensionBars dimensions={report.dimensions} {...(researchPending ? { notes: { research: researchPending.toLowerCase() } } : {})} />
      {report.truncated && <p className="notice" role="note">{report.truncated.message}</p>}
      {dismissedCount > 0 && (
        <p className="muted dismissed">
          {dismissedCount === 1 ? '1 hint dismissed in this draft.' : `${dismissedCount} hints dismissed in this draft.`}{' '}
          <button type="button" className="link" onClick={actions.restore}>Show again</button>
        </p>
      )}
      {nudge && (
        <div className="notice research-nudge" role="note">
          <p><strong>{nudge.message}</strong> {nudge.why}</p>
          <button type="button" className="primary" onClick={() => {
            setChecklistOpen(true);
            const card = document.getElementById('account-card');
            card?.scrollIntoView?.({ block: 'start' });
            // Keyboard users land on the card too, not back among the hints.
            card?.focus({ preventScroll: true });
          }}>{nudge.action}</button>
        </div>
      )}
      {/* The account card sits with the research hints it explains, not below everything. */}
      <HintGroups groups={groups} actions={actions} ruleTitles={ruleTitles} lockedRules={lockedRules} pending={researchPending ? { research: researchPending } : {}} after={{
        research: account && onSaveAccount && (
          <div id="account-card" className="group account" tabIndex={-1} aria-label={`Account notes: ${account.record?.name ?? account.key}`}>
            <AccountCard accountKey={account.key} record={account.record} recipients={account.recipients} usedFacts={account.usedFacts} onSave={onSaveAccount} headingLevel={2} checklistOpen={checklistOpen} role={report.role} />
          </div>
        ),
      }} />
      <Commitments commitments={report.commitments} role={report.role} locale={locale} timeZone={timeZone} {...(now ? { now } : {})} onFocus={focusPromise} />
    </div>
  );
}

/**
 * What screen readers hear: the score when it settles (a new band at once, a
 * move of 5 points or more once typing pauses), never every keystroke; the
 * text is cleared after a while so a stale score is never read later.
 */
function useAnnouncement(report: Report): string {
  const [text, setText] = useState('');
  const last = useRef<{ band: string; role: string; score: number } | undefined>(undefined);
  useEffect(() => {
    const prev = last.current;
    const bandChanged = !prev || prev.band !== report.band || prev.role !== report.role;
    if (!bandChanged && Math.abs(prev.score - report.score) < 5) return;
    const t = setTimeout(() => {
      last.current = { band: report.band, role: report.role, score: report.score };
      setText(`Trust score ${report.score}, ${BAND_LABELS[report.band]}.`);
    }, !prev ? 0 : bandChanged ? 800 : 2000);
    return () => clearTimeout(t);
  }, [report.band, report.role, report.score]);
  useEffect(() => {
    if (!text) return;
    const t = setTimeout(() => setText(''), 10_000);
    return () => clearTimeout(t);
  }, [text]);
  return text;
}
