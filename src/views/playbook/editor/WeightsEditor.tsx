import { useContext, useEffect, useState } from 'react';
import { WEIGHTS } from '../../../model/score';
import { DIMENSIONS, ROLES, type Dimension, type Role } from '../../../model/types';
import { DIMENSION_LABELS, ROLE_LABELS } from '../../../panel/format';
import type { Playbook } from '../../../playbook/schema';
import { effectiveWeights } from '../../../playbook/weights';
import { fieldId, setWeight } from './draft';
import { FieldErrors } from './errors';

const percent = (w: number) => `${Math.round(w * 100)}%`;

/**
 * The role's six weights as typed (built-in where left empty), added up in
 * whole percents: "110%" means they will be scaled down to fit 100%.
 */
export function weightsTotal(draft: Pick<Playbook, 'weights'>, role: Role): number {
  const typed = draft.weights?.[role] ?? {};
  const valid = (n: number | undefined): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= 1;
  return Math.round(DIMENSIONS.reduce((sum, d) => sum + (valid(typed[d]) ? typed[d] : WEIGHTS[role][d]), 0) * 100);
}

/**
 * How much each dimension counts, per role. The manager sets only what they
 * want to change (0 to 1); weights are shares, so the "Share in use" column
 * shows each one after the built-in ones fill the gaps and all six are scaled
 * to 100%, and the total under the table says how much scaling that took.
 * The role shown is the editor's, so an error about another role's weight
 * can switch to it.
 */
export function WeightsEditor({ draft, onChange, role, onRole }: { draft: Playbook; onChange: (next: Playbook) => void; role: Role; onRole: (role: Role) => void }) {
  const effective = effectiveWeights(draft, WEIGHTS)[role];
  const errors = useContext(FieldErrors);
  const roleError = errors.get(`weights.${role}`);
  const cellErrors = DIMENSIONS.flatMap((d) => {
    const message = errors.get(`weights.${role}.${d}`);
    return message === undefined ? [] : [{ d, message }];
  });
  const errorsId = 'pb-weights-errors';
  const changed = ROLES.filter((r) => Object.keys(draft.weights?.[r] ?? {}).length > 0);
  const total = weightsTotal(draft, role);

  return (
    <>
      <p className="opt-help muted">
        Weights are shares: they are scaled so a role’s weights add up to 100%. Leave a box empty to keep the built-in weight; to have a weight count exactly as typed (0.4 as 40%),
        make the six add up to 1.
        {changed.length > 0 && ` Changed for: ${changed.map((r) => ROLE_LABELS[r]).join(', ')}.`}
      </p>
      <div className="pb-field">
        <label htmlFor="pb-weights-role" className="label">
          Weights for
        </label>
        <select id="pb-weights-role" value={role} onChange={(e) => onRole(e.target.value as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </div>
      <table className="pb-weights">
        <caption>{ROLE_LABELS[role]} weights</caption>
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            <th scope="col">Built-in</th>
            <th scope="col">This playbook</th>
            <th scope="col">Share in use</th>
          </tr>
        </thead>
        <tbody>
          {DIMENSIONS.map((d) => (
            <tr key={d}>
              <th scope="row">{DIMENSION_LABELS[d]}</th>
              <td>{WEIGHTS[role][d].toFixed(2)}</td>
              <td>
                <WeightInput
                  role={role}
                  dimension={d}
                  value={draft.weights?.[role]?.[d]}
                  invalid={cellErrors.some((e) => e.d === d)}
                  describedBy={cellErrors.some((e) => e.d === d) ? errorsId : undefined}
                  onChange={(v) => onChange(setWeight(draft, role, d, v))}
                />
              </td>
              <td>
                <output htmlFor={fieldId(`weights.${role}.${d}`)}>{percent(effective[d])}</output>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="pb-weights-total" aria-live="polite">
        {total === 100
          ? 'Total: 100%, so each weight counts as typed.'
          : total === 0
            ? 'Total: 0%: with nothing to scale, the built-in weights are used.'
            : `Total: ${total}% → scaled to 100%, so each weight counts ${total > 100 ? 'less' : 'more'} than typed.`}
      </p>
      {(roleError !== undefined || cellErrors.length > 0) && (
        <ul id={errorsId} className="pb-field-error pb-weights-errors">
          {roleError !== undefined && <li>{`${ROLE_LABELS[role]} weights ${roleError}.`}</li>}
          {cellErrors.map(({ d, message }) => (
            <li key={d}>{`${DIMENSION_LABELS[d]} ${message}.`}</li>
          ))}
        </ul>
      )}
    </>
  );
}

/** A 0–1 number box that keeps half-typed text ("0.") while passing real numbers up. */
function WeightInput(props: { role: Role; dimension: Dimension; value: number | undefined; invalid: boolean; describedBy: string | undefined; onChange: (v: number | undefined) => void }) {
  const { role, dimension, value, invalid, describedBy, onChange } = props;
  const [text, setText] = useState(value === undefined ? '' : String(value));
  useEffect(() => {
    setText((typed) => {
      const n = typed.trim() === '' ? undefined : Number(typed);
      return n === value ? typed : value === undefined ? '' : String(value);
    });
  }, [value]);
  return (
    <input
      id={fieldId(`weights.${role}.${dimension}`)}
      type="number"
      inputMode="decimal"
      min={0}
      max={1}
      step={0.05}
      value={text}
      aria-label={`${ROLE_LABELS[role]}, ${DIMENSION_LABELS[dimension]}: playbook weight`}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      onChange={(e) => {
        setText(e.target.value);
        const t = e.target.value.trim();
        const n = t === '' ? undefined : Number(t);
        if (n === undefined || Number.isFinite(n)) onChange(n);
      }}
    />
  );
}
