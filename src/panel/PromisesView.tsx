import { useEffect, useRef, useState } from 'react';
import { useFocusAfterLeaving } from './keep-focus';
import { DEFAULT_PROMISE_SETTINGS, type TrackedPromise } from '../promises/types';
import { groupPromises, snoozeChoices, statusOf } from '../promises/schedule';
import { describeDue, promiseTitle, recipientList } from '../promises/notify';
import { formatWhen } from '../model/time';
import { isConversationLink } from '../promises/link';

export interface PromiseActions {
  markKept(id: string): void;
  reopen(id: string): void;
  snooze(id: string, until: Date): void;
  /** `due` as a datetime-local value ("2026-11-26T15:00") or a date ("2026-11-26"). */
  reschedule(id: string, due: string): void;
  remove(id: string): void;
}

/** Re-renders every minute, so "upcoming" turns "overdue" on time. */
function useNow(clock: () => Date): Date {
  const [now, setNow] = useState(clock);
  useEffect(() => {
    const t = setInterval(() => setNow(clock()), 60_000);
    return () => clearInterval(t);
  }, [clock]);
  return now;
}

const defaultClock = () => new Date();

/**
 * The promises the writer made in sent emails: overdue first (in red), then
 * upcoming, undated and kept, each with what was promised, to whom, and when.
 */
export function PromisesView({ promises, actions, clock = defaultClock, locale, timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone, workdayStart = DEFAULT_PROMISE_SETTINGS.workdayStart }: { promises: readonly TrackedPromise[]; actions: PromiseActions; clock?: () => Date; locale?: string; timeZone?: string; /** 'HH:MM': when "the morning of" is. */ workdayStart?: string }) {
  const now = useNow(clock);
  const groups = groupPromises(promises, now);
  const root = useRef<HTMLDivElement>(null);
  // Mark kept and Delete move the promise away: keep the keyboard user's place on the next one.
  const order = [...groups.overdue, ...groups.upcoming, ...groups.undated, ...groups.kept].map((p) => p.id);
  const leave = useFocusAfterLeaving(root, promises, (id) => promises.some((p) => p.id === id && p.status === 'open'));
  const leaving = (id: string) => {
    const at = order.indexOf(id);
    leave(id, order[at + 1] ?? order[at - 1], '#pg-upcoming');
  };
  const tracked: PromiseActions = {
    ...actions,
    markKept: (id) => { leaving(id); actions.markKept(id); },
    remove: (id) => { leaving(id); actions.remove(id); },
  };
  if (promises.length === 0) {
    return (
      <div className="empty">
        <h2>No promises yet</h2>
        <p>When you send an email that promises something with a time (“I’ll send the pricing by Thursday at 3 pm”), it appears here and Trust Coach reminds you before it is due.</p>
      </div>
    );
  }
  const item = (p: TrackedPromise) => <PromiseItem key={p.id} p={p} now={now} actions={tracked} locale={locale} timeZone={timeZone} workdayStart={workdayStart} />;
  return (
    <div className="promises-view" ref={root}>
      {groups.overdue.length > 0 && (
        <section className="group" aria-labelledby="pg-overdue">
          <h2 id="pg-overdue" className="overdue-title"><span>Overdue</span><span className="group-count">{groups.overdue.length}</span></h2>
          <ul className="promises">{groups.overdue.map(item)}</ul>
        </section>
      )}
      <section className="group" aria-labelledby="pg-upcoming">
        <h2 id="pg-upcoming" tabIndex={-1}><span>Upcoming</span><span className="group-count">{groups.upcoming.length}</span></h2>
        {groups.upcoming.length ? <ul className="promises">{groups.upcoming.map(item)}</ul> : <p className="muted">Nothing due. Nicely done.</p>}
      </section>
      {groups.undated.length > 0 && (
        <section className="group" aria-labelledby="pg-undated">
          <h2 id="pg-undated"><span>No date given</span><span className="group-count">{groups.undated.length}</span></h2>
          <p className="muted">{groups.undated.every((p) => p.event) ? 'These wait on something to happen. Add a date once you know it, so you are reminded.' : 'The customer cannot hold you to these. Add a date so you are reminded.'}</p>
          <ul className="promises">{groups.undated.map(item)}</ul>
        </section>
      )}
      {groups.kept.length > 0 && (
        <details className="group kept">
          <summary><span>Kept</span> <span className="group-count">{groups.kept.length}</span></summary>
          <ul className="promises">{groups.kept.map(item)}</ul>
        </details>
      )}
    </div>
  );
}

function PromiseItem({ p, now, actions, locale, timeZone, workdayStart }: { p: TrackedPromise; now: Date; actions: PromiseActions; locale?: string; timeZone: string; workdayStart: string }) {
  const [editing, setEditing] = useState(false);
  const [confirm, setConfirm] = useState(false);
  const [value, setValue] = useState('');
  const status = statusOf(p, now);
  const when = describeDue(p, now, { timeZone, ...(locale ? { locale } : {}) });
  const labelId = `promise-${p.id}`;
  const title = promiseTitle(p.text);
  const choices = status === 'upcoming' || status === 'overdue' ? snoozeChoices(p, { workdayStart }, now, timeZone) : [];
  const fmt = { now, timeZone, ...(locale ? { locale } : {}) };
  const deleteButton = useRef<HTMLButtonElement>(null);
  const changeButton = useRef<HTMLButtonElement>(null);
  const snoozed = p.remindAt && Date.parse(p.remindAt) > now.getTime() && !p.notifiedAt ? new Date(p.remindAt) : undefined;
  const closeEdit = () => {
    setEditing(false);
    setTimeout(() => changeButton.current?.focus());
  };
  return (
    <li className={`promise ${status}`} aria-labelledby={labelId}>
      {status === 'overdue' && <span className="pill risk">Overdue</span>}
      {status === 'kept' && <span className="pill ok">Kept</span>}
      <p className="promise-what" id={labelId} data-focus-key={p.id} tabIndex={-1}>{title}</p>
      <p className="promise-meta">
        {when ? <span>{status === 'overdue' ? 'Was due' : 'Due'} {when}</span> : p.event ? <span>When it happens: {p.event}</span> : <span>No date</span>}
        {p.to.length > 0 && <span>To {recipientList(p.to)}</span>}
        {p.subject && <span>“{p.subject}”</span>}
      </p>
      {snoozed && (
        <p className="promise-meta snoozed" role="status">
          Reminder {formatWhen(snoozed.toISOString(), fmt)}
        </p>
      )}
      {editing ? (
        <form
          className="promise-edit"
          onSubmit={(e) => {
            e.preventDefault();
            if (value) {
              actions.reschedule(p.id, value);
              closeEdit();
            }
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              closeEdit();
            }
          }}
        >
          <label>
            New due date and time
            <input type="datetime-local" value={value} onChange={(e) => setValue(e.target.value)} required autoFocus />
          </label>
          <button type="submit" className="primary">Save</button>
          <button type="button" onClick={closeEdit}>Cancel</button>
        </form>
      ) : (
        <div className="hint-actions">
          {status === 'kept' ? (
            <button type="button" onClick={() => actions.reopen(p.id)}>Not done yet</button>
          ) : (
            <>
              <button type="button" className="primary" onClick={() => actions.markKept(p.id)}>Mark kept</button>
              {choices.length > 0 && (
                <span className="snooze" role="group" aria-label="Remind me">
                  Remind me:{' '}
                  {choices.map((c) => (
                    <button key={c.label} type="button" title={formatWhen(c.at.toISOString(), fmt)} onClick={() => actions.snooze(p.id, c.at)}>{c.label}</button>
                  ))}
                </span>
              )}
              <button type="button" ref={changeButton} onClick={() => {
                setValue(currentDue(p, timeZone));
                setEditing(true);
              }}>{p.due ? 'Change date' : 'Add a date'}</button>
            </>
          )}
          {p.link && (
            <a className="link" href={p.link} target="_blank" rel="noopener noreferrer">
              {isConversationLink(p.link) ? 'Open the email' : 'Find it in Sent'}
            </a>
          )}
          {confirm ? (
            <span className="confirm" role="group" aria-label="Delete this promise?">
              Delete? <button type="button" onClick={() => actions.remove(p.id)}>Yes, delete</button>{' '}
              <button type="button" autoFocus onClick={() => {
                setConfirm(false);
                setTimeout(() => deleteButton.current?.focus());
              }}>No</button>
            </span>
          ) : (
            <button type="button" ref={deleteButton} className="quiet" onClick={() => setConfirm(true)} aria-label={`Delete: ${title}`}>Delete</button>
          )}
        </div>
      )}
    </li>
  );
}

/** The promise's due time as a datetime-local value in the reader's zone, to start the date form from ("" without one). */
function currentDue(p: TrackedPromise, timeZone: string): string {
  if (!p.due) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(p.due)) return `${p.due}T17:00`;
  const at = new Date(p.due);
  if (Number.isNaN(at.getTime())) return '';
  const f = Object.fromEntries(new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at).map((x) => [x.type, x.value]));
  return `${f.year}-${f.month}-${f.day}T${f.hour}:${f.minute}`;
}
