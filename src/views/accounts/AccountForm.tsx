import { useEffect, useRef, useState, type FormEvent } from 'react';
import { LIMITS } from '../../accounts/schema';
import type { AccountRecord, Person } from '../../accounts/types';

/** A person row while it is being edited: every field is plain text, blank allowed. */
interface PersonDraft {
  /** Stable React key: rows can be removed from the middle. */
  id: number;
  name: string;
  role: string;
  said: string;
}

export interface AccountFormProps {
  idBase: string;
  record: AccountRecord;
  /** Shown when the last save failed. */
  error?: string;
  saving: boolean;
  onSubmit(record: AccountRecord): void;
  onCancel(): void;
}

let nextRowId = 0;
const toDraft = (p: Person): PersonDraft => ({ id: nextRowId++, name: p.name, role: p.role ?? '', said: p.said ?? '' });

/** A person as stored: trimmed, empty fields left out. */
function toPerson(d: PersonDraft): Person {
  const role = d.role.trim();
  const said = d.said.trim();
  return { name: d.name.trim(), ...(role ? { role } : {}), ...(said ? { said } : {}) };
}

/**
 * The account's notes as a small form: the free-text fields (one note per
 * line, because each line becomes its own fact for the coach) and the people,
 * one row each. Rows left completely blank are dropped on save; a row with
 * words but no name is pointed out rather than silently lost. Escape cancels.
 */
export function AccountForm({ idBase, record, error, saving, onSubmit, onCancel }: AccountFormProps) {
  const [name, setName] = useState(record.name ?? '');
  const [strategy, setStrategy] = useState(record.strategy);
  const [news, setNews] = useState(record.news);
  const [people, setPeople] = useState<PersonDraft[]>(() => record.people.map(toDraft));
  const [lastInteraction, setLastInteraction] = useState(record.lastInteraction);
  const [missingName, setMissingName] = useState<number>();
  const firstField = useRef<HTMLInputElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  /** Where focus goes after the people rows change: a new row's name, or the add button after a removal. */
  const focusAfter = useRef<number | 'add' | undefined>(undefined);

  useEffect(() => firstField.current?.focus(), []);
  useEffect(() => {
    const target = focusAfter.current;
    focusAfter.current = undefined;
    if (target === 'add') addButton.current?.focus();
    else if (target !== undefined) document.getElementById(`${idBase}-person-${target}-name`)?.focus();
  }, [people, idBase]);

  const update = (id: number, change: Partial<PersonDraft>) => setPeople((rows) => rows.map((r) => (r.id === id ? { ...r, ...change } : r)));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    const kept = people.filter((p) => p.name.trim() || p.role.trim() || p.said.trim());
    const nameless = kept.find((p) => !p.name.trim());
    if (nameless) {
      setMissingName(nameless.id);
      document.getElementById(`${idBase}-person-${nameless.id}-name`)?.focus();
      return;
    }
    setMissingName(undefined);
    const trimmedName = name.trim();
    const next: AccountRecord = {
      ...record,
      strategy,
      news,
      people: kept.map(toPerson),
      lastInteraction,
      updatedAt: new Date().toISOString(),
    };
    if (trimmedName) next.name = trimmedName;
    else delete next.name;
    onSubmit(next);
  };

  const textField = (field: string, label: string, help: string, value: string, set: (v: string) => void) => {
    const id = `${idBase}-${field}`;
    return (
      <div className="acct-field-edit">
        <label htmlFor={id} className="label">
          {label}
        </label>
        <p id={`${id}-help`} className="acct-help muted">
          {help}
        </p>
        <textarea id={id} rows={3} value={value} maxLength={LIMITS.notes} aria-describedby={`${id}-help`} onChange={(e) => set(e.target.value)} />
      </div>
    );
  };

  const rowIndex = missingName === undefined ? -1 : people.findIndex((p) => p.id === missingName);
  return (
    <form
      className="acct-form"
      onSubmit={submit}
      noValidate
      aria-label="Edit account notes"
      onKeyDown={(e) => {
        // Escape cancels, as the Cancel button does (not while an input method is composing, nor mid-save).
        if (e.key !== 'Escape' || e.nativeEvent.isComposing || saving) return;
        e.preventDefault();
        e.stopPropagation();
        onCancel();
      }}
    >
      <div className="acct-field-edit">
        <label htmlFor={`${idBase}-name`} className="label">
          Company name
        </label>
        <input id={`${idBase}-name`} ref={firstField} type="text" value={name} maxLength={LIMITS.name} autoComplete="off" onChange={(e) => setName(e.target.value)} />
      </div>
      {textField('strategy', 'What they’re doing', 'Strategy, priorities, projects. One note per line.', strategy, setStrategy)}
      {textField('news', 'Recent news', 'One item per line.', news, setNews)}
      <fieldset className="acct-people-edit">
        <legend className="label">People</legend>
        {people.length === 0 && <p className="acct-help muted">No one yet. Add the people you write to, and what they said in their own words.</p>}
        <ul>
          {people.map((p, i) => {
            const id = `${idBase}-person-${p.id}`;
            const invalid = p.id === missingName;
            return (
              <li key={p.id}>
                <fieldset className="acct-person-edit">
                  <legend className="sr-only">Person {i + 1}</legend>
                  <div className="acct-person-row">
                    <div className="acct-field-edit">
                      <label htmlFor={`${id}-name`}>Name</label>
                      <input
                        id={`${id}-name`}
                        type="text"
                        value={p.name}
                        maxLength={LIMITS.name}
                        autoComplete="off"
                        aria-invalid={invalid || undefined}
                        aria-describedby={invalid ? `${idBase}-people-error` : undefined}
                        onChange={(e) => update(p.id, { name: e.target.value })}
                      />
                    </div>
                    <div className="acct-field-edit">
                      <label htmlFor={`${id}-role`}>Role</label>
                      <input id={`${id}-role`} type="text" value={p.role} maxLength={LIMITS.name} autoComplete="off" placeholder="e.g. CFO" onChange={(e) => update(p.id, { role: e.target.value })} />
                    </div>
                  </div>
                  <div className="acct-field-edit">
                    <label htmlFor={`${id}-said`}>What they said, in their own words</label>
                    <textarea id={`${id}-said`} rows={2} value={p.said} maxLength={LIMITS.said} onChange={(e) => update(p.id, { said: e.target.value })} />
                  </div>
                  <button
                    type="button"
                    className="quiet acct-remove"
                    onClick={() => {
                      focusAfter.current = 'add';
                      setPeople((rows) => rows.filter((r) => r.id !== p.id));
                      if (invalid) setMissingName(undefined);
                    }}
                  >
                    Remove{' '}<span className="sr-only">{p.name.trim() || `person ${i + 1}`}</span>
                  </button>
                </fieldset>
              </li>
            );
          })}
        </ul>
        {rowIndex !== -1 && (
          <p id={`${idBase}-people-error`} className="notice error" role="alert">
            Person {rowIndex + 1} needs a name, or remove that row.
          </p>
        )}
        <button
          type="button"
          ref={addButton}
          onClick={() => {
            const row = toDraft({ name: '' });
            focusAfter.current = row.id;
            setPeople((rows) => [...rows, row]);
          }}
        >
          Add a person
        </button>
      </fieldset>
      {textField('last', 'Last interaction', 'When you last spoke, and what about.', lastInteraction, setLastInteraction)}
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
      <div className="acct-actions">
        <button type="submit" className="primary" aria-disabled={saving || undefined}>
          {saving ? 'Saving…' : 'Save'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
