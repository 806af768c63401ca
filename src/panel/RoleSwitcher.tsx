import { ROLES, type Role } from '../model/types';
import { ROLE_LABELS } from './format';

/**
 * Who the writer is being in this email; the score weighs differently for
 * each. "Auto" guesses from the draft; a pick is remembered for the
 * recipient (their domain), or for the site when there is none.
 */
export function RoleSwitcher({ role, guessed, reason, unsure = false, siteName, recipient, onChange }: { role: Role; guessed: boolean; reason?: string; unsure?: boolean; siteName?: string; recipient?: string; onChange: (role: Role | undefined) => void }) {
  const value = guessed ? 'auto' : role;
  return (
    <div className="role">
      <label htmlFor="role-select">Writing as</label>
      <select id="role-select" value={value} onChange={(e) => onChange(e.target.value === 'auto' ? undefined : (e.target.value as Role))} aria-describedby="role-help">
        <option value="auto">{guessed ? `Auto: ${ROLE_LABELS[role]}` : 'Auto (guess from the draft)'}</option>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
      {/* An unsure guess says so, and asks for a pick: a wrong role weighs the whole score wrongly. */}
      {guessed && reason && (unsure
        ? <span className="role-reason role-unsure">Not sure this is {ROLE_LABELS[role].toLowerCase()} ({reason}). Pick the right role if not.</span>
        : <span className="muted role-reason">Guessed: {reason}.</span>)}
      <span id="role-help" className="sr-only">
        {/* What a pick will be remembered for, and, once picked, that it is. */}
        {guessed ? `A pick is remembered for ${recipient ?? siteName ?? 'this site'}.` : `Remembered for ${recipient ?? siteName ?? 'this site'}.`} Auto guesses the role from the draft{guessed && reason ? `: ${reason}` : ''}.
      </span>
    </div>
  );
}
