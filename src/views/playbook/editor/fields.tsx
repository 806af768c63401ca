import type { ReactNode } from 'react';
import { ROLES, type Role } from '../../../model/types';
import { ROLE_LABELS } from '../../../panel/format';
import { fieldId, rolesOrAll, rolesValue } from './draft';
import { useFieldError } from './errors';

/**
 * Labelled form controls for the playbook editor. Each control's id comes
 * from its playbook path (fieldId), so a validation error can move focus
 * straight to the field it names; after a failed Save, each field shows its
 * own problem under its label and is marked aria-invalid.
 */

/** "help error count" ids for aria-describedby, skipping the parts a field doesn't have. */
const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

/** A field's problem, in words, right under its label. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (message === undefined) return null;
  return (
    <p id={id} className="pb-field-error">
      {message}
    </p>
  );
}

interface TextFieldProps {
  path: string;
  label: string;
  value: string | undefined;
  onChange: (value: string) => void;
  help?: ReactNode;
  /** A text box of this many rows instead of a one-line input. */
  multiline?: boolean | number;
  required?: boolean;
  /** Shows "n of max characters" under the field. */
  max?: number;
  placeholder?: string;
}

export function TextField({ path, label, value = '', onChange, help, multiline, required, max, placeholder }: TextFieldProps) {
  const id = fieldId(path);
  const error = useFieldError(path);
  const over = max !== undefined && value.length > max;
  const common = {
    id,
    value,
    required,
    placeholder,
    'aria-describedby': describedBy(error !== undefined && `${id}-error`, help !== undefined && `${id}-help`, max !== undefined && `${id}-count`),
    'aria-invalid': over || error !== undefined || undefined,
    spellCheck: true,
    autoComplete: 'off',
  } as const;
  return (
    <div className="pb-field">
      <label htmlFor={id} className="label">
        {required ? label : `${label} (optional)`}
      </label>
      <FieldError id={`${id}-error`} message={error} />
      {multiline ? (
        <textarea {...common} rows={typeof multiline === 'number' ? multiline : 3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => onChange(e.target.value)} />
      )}
      {help && (
        <p id={`${id}-help`} className="opt-help muted pb-help">
          {help}
        </p>
      )}
      {max !== undefined && (
        <p id={`${id}-count`} className={`opt-help pb-count${over ? ' is-over' : ' muted'}`}>
          {value.length} of {max} characters{over ? ' (too long)' : ''}
        </p>
      )}
    </div>
  );
}

interface SelectFieldProps<T extends string> {
  path: string;
  label: string;
  value: T | '';
  options: readonly { value: T | ''; label: string }[] | readonly { group: string; options: readonly { value: T; label: string }[] }[];
  onChange: (value: T | '') => void;
  help?: ReactNode;
}

export function SelectField<T extends string>({ path, label, value, options, onChange, help }: SelectFieldProps<T>) {
  const id = fieldId(path);
  const error = useFieldError(path);
  return (
    <div className="pb-field">
      <label htmlFor={id} className="label">
        {label}
      </label>
      <FieldError id={`${id}-error`} message={error} />
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value as T | '')}
        aria-invalid={error !== undefined || undefined}
        aria-describedby={describedBy(error !== undefined && `${id}-error`, help !== undefined && `${id}-help`)}
      >
        {options.map((o) =>
          'group' in o ? (
            <optgroup key={o.group} label={o.group}>
              {o.options.map((x) => (
                <option key={x.value} value={x.value}>
                  {x.label}
                </option>
              ))}
            </optgroup>
          ) : (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ),
        )}
      </select>
      {help && (
        <p id={`${id}-help`} className="opt-help muted pb-help">
          {help}
        </p>
      )}
    </div>
  );
}

/** "Applies to": one box per role; all ticked means every role (the playbook leaves `roles` out). */
export function RolesPicker({ path, value, onChange }: { path: string; value: readonly Role[] | undefined; onChange: (roles: Role[] | undefined) => void }) {
  const shown = rolesOrAll(value);
  const id = fieldId(path);
  const error = useFieldError(path, [path]);
  return (
    <fieldset className="pb-roles" id={id} aria-describedby={error !== undefined ? `${id}-error` : undefined}>
      <legend className="label">Applies to</legend>
      {ROLES.map((r) => (
        <label key={r} className="pb-check">
          <input
            type="checkbox"
            checked={shown.includes(r)}
            onChange={(e) => onChange(rolesValue(e.target.checked ? [...shown, r] : shown.filter((x) => x !== r)))}
          />{' '}
          {ROLE_LABELS[r]}
        </label>
      ))}
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  );
}
