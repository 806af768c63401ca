import type { MouseEvent } from 'react';
import type { Recipient } from '../../model/types';
import { checklistDone, checklistFor, SEARCH_ENGINE, searchLinks, stepFromNotes } from '../../accounts/checklist';
import type { AccountRecord, Checklist, ChecklistStep } from '../../accounts/types';

export interface ResearchChecklistProps {
  /** Prefix for element ids, unique on the page. */
  idBase: string;
  account: Pick<AccountRecord, 'key' | 'name'>;
  recipients: readonly Recipient[];
  /** Names of the people in the notes: searched for too, after the recipients. */
  people: readonly string[];
  /** The account's notes: a step they already cover counts as done, and one they don't says why. */
  notes?: Pick<AccountRecord, 'strategy' | 'news' | 'people' | 'lastInteraction'>;
  checklist: Checklist;
  open: boolean;
  onToggleOpen(open: boolean): void;
  onTick(step: ChecklistStep, done: boolean): void;
  /** Opens a search; without it the links open themselves in a new tab. */
  onOpenSearch?: (url: string) => void;
}

/**
 * The research steps (four for an organisation, the two about the person for
 * a free-mail account), each with a box to tick off and web searches for
 * the account. A search runs only when the writer clicks its link: a plain
 * link to the search engine, opened in a new tab, nothing fetched here.
 */
export function ResearchChecklist({ idBase, account, recipients, people, notes, checklist, open, onToggleOpen, onTick, onOpenSearch }: ResearchChecklistProps) {
  const steps = checklistFor(account);
  const fromNotes = (step: ChecklistStep) => (notes ? stepFromNotes(step, { ...account, ...notes }, recipients) : { covered: false as const });
  const done = checklistDone(checklist, steps, (step) => fromNotes(step).covered);
  const open_ = (url: string) => (e: MouseEvent<HTMLAnchorElement>) => {
    if (!onOpenSearch) return;
    e.preventDefault();
    onOpenSearch(url);
  };
  return (
    <details className="acct-checklist" id={`${idBase}-checklist`} open={open} onToggle={(e) => onToggleOpen(e.currentTarget.open)}>
      <summary>
        <span className="label">Research checklist</span>{' '}
        <span className="muted">
          ({done} of {steps.length} done)
        </span>
      </summary>
      <ul className="acct-steps">
        {steps.map((step) => {
          const id = `${idBase}-step-${step.id}`;
          const links = searchLinks(step.id, account, recipients, people);
          const status = fromNotes(step.id);
          // What the notes cover is done: ticked, and not to be unticked while the notes say it.
          const ticked = status.covered || checklist[step.id];
          const showStatus = status.text && (status.covered || !checklist[step.id]);
          return (
            <li key={step.id} className={status.covered ? 'acct-step is-covered' : 'acct-step'}>
              <div className="acct-step-head">
                <input
                  type="checkbox"
                  id={id}
                  checked={ticked}
                  disabled={status.covered}
                  onChange={(e) => onTick(step.id, e.target.checked)}
                  aria-describedby={showStatus ? `${id}-status ${id}-help` : `${id}-help`}
                />
                <label htmlFor={id}>{step.label}</label>
              </div>
              {showStatus && (
                <p id={`${id}-status`} className="acct-step-status">
                  {status.text}
                </p>
              )}
              <p id={`${id}-help`} className="acct-step-help muted">
                {step.help}
              </p>
              {links.length > 0 && (
                <ul className="acct-searches" aria-label={`Searches for: ${step.label}`}>
                  {links.map((l) => (
                    <li key={l.url}>
                      <a href={l.url} target="_blank" rel="noopener noreferrer" onClick={open_(l.url)}>
                        {l.text}
                        <span className="sr-only">
                          : {l.description} (opens {SEARCH_ENGINE} in a new tab)
                        </span>
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      <p className="acct-search-note muted">Search links open {SEARCH_ENGINE} in a new tab, only when you click one.</p>
    </details>
  );
}
