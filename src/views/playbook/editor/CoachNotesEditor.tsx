import type { Kind } from '../../../model/types';
import { DIMENSION_LABELS } from '../../../panel/format';
import { groupRules, ORDERED_RULES } from '../../../options/rules-view';
import { LIMITS, type CoachNote, type Playbook } from '../../../playbook/schema';
import { fieldId, newCoachNote, replaceAt } from './draft';
import { RolesPicker, SelectField, TextField } from './fields';
import { useFocusLater } from './useFocusLater';

/** Hint kinds grouped by dimension, named by their rule's title (a rule's id is its kind). */
const KIND_GROUPS = groupRules(ORDERED_RULES).map(({ dimension, rules }) => ({
  group: DIMENSION_LABELS[dimension],
  options: rules.map((r) => ({ value: r.kind, label: r.title })),
}));

/** Managers' own words, shown with every hint of one kind ("Remember: always offer a time for the next call — Priya"). */
export function CoachNotesEditor({ draft, onChange }: { draft: Playbook; onChange: (next: Playbook) => void }) {
  const notes = draft.coachNotes ?? [];
  const focusLater = useFocusLater();
  const set = (list: CoachNote[]) => onChange({ ...draft, coachNotes: list });

  const add = () => {
    set([...notes, newCoachNote()]);
    focusLater(fieldId(`coachNotes[${notes.length}].kind`));
  };
  const remove = (i: number) => {
    set(notes.filter((_, j) => j !== i));
    const left = notes.length - 1;
    focusLater(left === 0 ? 'pb-add-note' : fieldId(`coachNotes[${Math.min(i, left - 1)}].kind`));
  };

  return (
    <>
      <p className="opt-help muted">A coach note shows with every hint of the kind you pick, in your words and with your name.</p>
      {notes.length === 0 && <p className="muted">No coach notes yet.</p>}
      <ol className="pb-items">
        {notes.map((note, i) => {
          const base = `coachNotes[${i}]`;
          return (
            <li key={i}>
              <fieldset className="pb-item">
                <legend>Coach note {i + 1}</legend>
                <SelectField<Kind>
                  path={`${base}.kind`}
                  label="Show with hints about"
                  value={note.kind}
                  options={KIND_GROUPS}
                  onChange={(kind) => kind && set(replaceAt(notes, i, { ...note, kind }))}
                />
                <TextField
                  path={`${base}.note`}
                  label="Note"
                  value={note.note}
                  onChange={(text) => set(replaceAt(notes, i, { ...note, note: text }))}
                  multiline
                  required
                  max={LIMITS.note}
                  placeholder="Remember: always offer a time for the next call."
                />
                <TextField path={`${base}.author`} label="Signed" value={note.author} onChange={(author) => set(replaceAt(notes, i, { ...note, author }))} placeholder="Priya" />
                <RolesPicker path={`${base}.roles`} value={note.roles} onChange={(roles) => set(replaceAt(notes, i, { ...note, roles }))} />
                <button type="button" className="pb-remove" onClick={() => remove(i)}>
                  Remove coach note {i + 1}
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="pb-row-actions">
        <button type="button" id="pb-add-note" onClick={add}>
          Add a coach note
        </button>
      </div>
    </>
  );
}
