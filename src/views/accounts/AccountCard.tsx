import { useEffect, useId, useRef, useState } from 'react';
import type { Recipient, Role } from '../../model/types';
import { AccountForm } from './AccountForm';
import { hasResearch, noteLines } from '../../accounts/notes';
import { ResearchChecklist } from './ResearchChecklist';
import { accountLabel, emptyAccount, type AccountRecord, type Checklist, type ChecklistStep } from '../../accounts/types';
import './accounts.css';

export interface AccountCardProps {
  /** The account's key: its email domain, or a free-mail address. */
  accountKey: string;
  /** The stored notes; undefined when the writer has none on this account yet. */
  record?: AccountRecord;
  /** The compose's recipients: the checklist searches for the ones at this account. */
  recipients: readonly Recipient[];
  /** Texts of the facts the draft already uses (see usedFactTexts): marked "✓ used in this email". */
  usedFacts?: readonly string[];
  /** Stores the record. A returned promise keeps the form open until it settles; a rejection is shown. */
  onSave(record: AccountRecord): void | Promise<unknown>;
  /** Opens a search URL; without it the search links open in a new tab themselves. */
  onOpenSearch?(url: string): void;
  /** The account name's heading level: 2 in the side panel, 3 inside an options page section. */
  headingLevel?: 2 | 3 | 4;
  /** Opens the checklist when it turns true (the panel's "no research yet" hint). */
  checklistOpen?: boolean;
  /** Shows the account's name as a heading; off where the page already shows it (the options list), then it is for screen readers only. */
  showTitle?: boolean;
  /**
   * What the email is: research is a prospect's first question, so with no
   * notes a prospecting email gets the why and an open checklist; a support
   * reply or an account update gets one quiet line, the checklist closed.
   */
  role?: Role;
}

type Heading = 'h2' | 'h3' | 'h4' | 'h5';

function saveError(err: unknown): string {
  const detail = err instanceof Error && err.message ? ` ${err.message.split('\n').join(' ')}` : '';
  return `Couldn’t save your notes.${detail} Please try again.`;
}

/** One note, with the mark that the draft already uses it. */
function Note({ text, used, quote }: { text: string; used: boolean; quote?: boolean }) {
  return (
    <li className={used ? 'acct-note is-used' : 'acct-note'}>
      {quote ? <q>{text}</q> : text}
      {used && (
        <span className="acct-used">
          {' '}
          <span aria-hidden="true">✓</span> used in this email
        </span>
      )}
    </li>
  );
}

/** The research in view mode: only the fields that hold something. */
function NotesView({ record, used, Sub }: { record: AccountRecord; used: (text: string) => boolean; Sub: Heading }) {
  const fields: [string, string, string][] = [
    ['strategy', 'What they’re doing', record.strategy],
    ['news', 'Recent news', record.news],
  ];
  const last = noteLines(record.lastInteraction);
  return (
    <div className="acct-notes">
      {fields.map(([id, title, text]) => {
        const lines = noteLines(text);
        if (lines.length === 0) return null;
        return (
          <div key={id} className="acct-field">
            <Sub>{title}</Sub>
            <ul>
              {lines.map((line, i) => (
                <Note key={i} text={line} used={used(line)} />
              ))}
            </ul>
          </div>
        );
      })}
      {record.people.length > 0 && (
        <div className="acct-field">
          <Sub>People</Sub>
          <ul className="acct-people">
            {record.people.map((p, i) => {
              const said = noteLines(p.said);
              return (
                <li key={i}>
                  <span className="label">{p.name}</span>
                  {p.role && <span className="muted">, {p.role}</span>}
                  {said.length > 0 && (
                    <ul>
                      {said.map((line, j) => (
                        <Note key={j} text={line} used={used(line)} quote />
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {last.length > 0 && (
        <div className="acct-field">
          <Sub>Last interaction</Sub>
          <ul>
            {last.map((line, i) => (
              <Note key={i} text={line} used={used(line)} />
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/**
 * The account card (see AccountCardBody). Keyed by the account, so when the
 * compose's recipients change to another account, an open form, the ticks
 * and the messages start afresh instead of carrying one account's notes into
 * the other's.
 */
export function AccountCard(props: AccountCardProps) {
  return <AccountCardBody key={props.accountKey} {...props} />;
}

/**
 * The account card: the writer's research on the recipient's organisation,
 * which notes the email already uses, an editor for the notes, and the
 * research checklist. With no research yet it says why research matters and
 * opens the checklist. Pure props: the caller stores what onSave gives it and
 * passes the stored record back. Everything the writer typed is rendered as
 * text.
 */
function AccountCardBody({ accountKey, record, recipients, usedFacts = [], onSave, onOpenSearch, headingLevel = 2, checklistOpen = false, showTitle = true, role = 'prospecting' }: AccountCardProps) {
  const idBase = `acct${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const base = record ?? emptyAccount(accountKey);
  const researched = hasResearch(record);
  const label = accountLabel(base);
  const H = `h${headingLevel}` as Heading;
  const Sub = `h${headingLevel + 1}` as Heading;

  const [editing, setEditing] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');
  const [tickError, setTickError] = useState<string>();
  const [open, setOpen] = useState((!researched && role === 'prospecting') || checklistOpen);
  const [ticks, setTicks] = useState<Checklist>(base.checklist);
  const editButton = useRef<HTMLButtonElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  /** The button that gets focus when the form closes: the one that will open it again. */
  const focusAfter = useRef<'edit' | 'add'>(undefined);

  const storedChecklist = record?.checklist;
  useEffect(() => {
    if (storedChecklist) setTicks(storedChecklist);
  }, [storedChecklist]);
  useEffect(() => {
    if (checklistOpen) setOpen(true);
  }, [checklistOpen]);
  // After every render, not only when the form closes: a new account's first save shows
  // "Edit notes" only once the stored record comes back, a render or two later.
  useEffect(() => {
    const button = focusAfter.current === 'edit' ? editButton.current : focusAfter.current === 'add' ? addButton.current : null;
    if (!button) return;
    focusAfter.current = undefined;
    // Only when focus went with the form: never take it from where the writer has moved it since.
    if (!document.activeElement || document.activeElement === document.body) button.focus();
  });

  const usedSet = new Set(usedFacts.map((t) => t.trim().toLowerCase()));
  const used = (text: string) => usedSet.has(text.toLowerCase());
  const allNotes = [...noteLines(base.strategy), ...noteLines(base.news), ...base.people.flatMap((p) => noteLines(p.said)), ...noteLines(base.lastInteraction)];
  const usedCount = allNotes.filter(used).length;

  /** Closes the form; focus goes to the button that opens it again ("Edit notes" once there are notes). */
  const stopEditing = (hasNotes: boolean) => {
    focusAfter.current = hasNotes ? 'edit' : 'add';
    setEditing(false);
    setError(undefined);
  };

  const submit = (next: AccountRecord) => {
    const saved = `Saved your notes on ${accountLabel(next)}.`;
    const result = onSave({ ...next, checklist: ticks });
    if (!(result instanceof Promise)) {
      setStatus(saved);
      stopEditing(hasResearch(next));
      return;
    }
    setSaving(true);
    setError(undefined);
    result.then(
      () => {
        setSaving(false);
        setStatus(saved);
        stopEditing(hasResearch(next));
      },
      (err: unknown) => {
        setSaving(false);
        setError(saveError(err));
      },
    );
  };

  const tick = (step: ChecklistStep, done: boolean) => {
    const checklist = { ...ticks, [step]: done };
    setTicks(checklist);
    setTickError(undefined);
    const result = onSave({ ...base, checklist, updatedAt: new Date().toISOString() });
    if (result instanceof Promise) {
      result.then(
        () => undefined,
        (err: unknown) => {
          setTicks(record?.checklist ?? emptyAccount(accountKey).checklist);
          setTickError(saveError(err));
        },
      );
    }
  };

  return (
    <section className="acct" aria-labelledby={`${idBase}-title`}>
      {showTitle ? (
        <div className="acct-head">
          <H id={`${idBase}-title`} className="acct-title">
            {label}
          </H>
          {base.name && <span className="acct-key muted">{accountKey}</span>}
        </div>
      ) : (
        <H id={`${idBase}-title`} className="sr-only">
          {label}
        </H>
      )}

      {editing ? (
        <AccountForm idBase={idBase} record={base} error={error} saving={saving} onSubmit={submit} onCancel={() => stopEditing(researched)} />
      ) : researched ? (
        <>
          {usedCount > 0 && (
            <p className="acct-summary">
              This email uses {usedCount} of your {allNotes.length} note{allNotes.length === 1 ? '' : 's'}.
            </p>
          )}
          <NotesView record={base} used={used} Sub={Sub} />
          <button type="button" ref={editButton} onClick={() => setEditing(true)}>
            Edit notes
          </button>
        </>
      ) : (
        <div className="acct-empty">
          {role === 'prospecting'
            ? <p>No research on {label} yet. Prospects trust emails that show you know their business. Spend five minutes on these steps:</p>
            : <p className="muted">No notes on {label} yet. A line on what they are working on, and on who is who, makes every next email to them better.</p>}
        </div>
      )}

      <ResearchChecklist
        idBase={idBase}
        account={base}
        recipients={recipients}
        people={base.people.map((p) => p.name)}
        notes={base}
        checklist={ticks}
        open={open}
        onToggleOpen={setOpen}
        onTick={tick}
        {...(onOpenSearch ? { onOpenSearch } : {})}
      />

      {tickError && (
        <p className="notice error" role="alert">
          {tickError}
        </p>
      )}
      {!editing && !researched && (
        <button type="button" className="primary acct-add" ref={addButton} onClick={() => setEditing(true)}>
          Add your notes
        </button>
      )}
      <p className="sr-only" role="status">
        {status}
      </p>
    </section>
  );
}
