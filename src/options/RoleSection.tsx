import { ROLES, type Role } from '../model/types';
import { ROLE_BLURBS, ROLE_LABELS } from '../panel/format';
import { forgetRecipientRole, SITE_NAMES, SITES, setRole, withoutRecipient, type Site } from '../settings/settings';
import { SavedMark } from './SavedMark';
import type { SettingsState } from './useSettings';

const GUESS = 'guess';

function help(site: Site, role: Role | undefined): string {
  return role
    ? `Every ${SITE_NAMES[site]} email is coached as ${ROLE_BLURBS[role]}.`
    : `Trust Coach guesses the role from what each ${SITE_NAMES[site]} draft says.`;
}

/** One role per mail site: guessed from each draft unless the user picks one. */
export function RoleSection({ state }: { state: SettingsState & { settings: NonNullable<SettingsState['settings']> } }) {
  const { settings, status, save } = state;
  return (
    <>
      <p>The role changes what the coach looks for and how the score is weighed. Picking a role in the side panel changes it here too.</p>
      <dl className="opt-roles-legend">
        {ROLES.map((r) => (
          <div key={r}>
            <dt>{ROLE_LABELS[r]}</dt>
            <dd>{ROLE_BLURBS[r]}</dd>
          </div>
        ))}
      </dl>
      <div className="opt-sites">
        {SITES.map((site) => {
          const role = settings.roleBySite[site];
          const id = `role-${site}`;
          const key = `role:${site}`;
          return (
            <div className="opt-site" key={site}>
              <div className="opt-site-row">
                <label htmlFor={id} className="label">
                  {SITE_NAMES[site]}
                </label>
                <select
                  id={id}
                  value={role ?? GUESS}
                  aria-describedby={`${id}-help`}
                  onChange={(e) => {
                    const next = e.target.value === GUESS ? undefined : (e.target.value as Role);
                    const text = `Saved. ${SITE_NAMES[site]}: ${next ? ROLE_LABELS[next] : 'guess from each draft'}.`;
                    save(
                      key,
                      text,
                      (s) => {
                        const roleBySite = { ...s.roleBySite };
                        if (next) roleBySite[site] = next;
                        else delete roleBySite[site];
                        return { ...s, roleBySite };
                      },
                      () => setRole(site, next),
                    );
                  }}
                >
                  <option value={GUESS}>Guess from each draft</option>
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {ROLE_LABELS[r]}
                    </option>
                  ))}
                </select>
                <SavedMark status={status} statusKey={key} />
              </div>
              <p id={`${id}-help`} className="opt-help muted">
                {help(site, role)}
              </p>
            </div>
          );
        })}
      </div>
      <RecipientRoles state={state} />
    </>
  );
}

/** The roles picked in the side panel for a recipient: they win over the site's role, and each can be forgotten. */
function RecipientRoles({ state }: { state: SettingsState & { settings: NonNullable<SettingsState['settings']> } }) {
  const { settings, status, save } = state;
  const picked = Object.entries(settings.roleByRecipient ?? {}).sort(([a], [b]) => a.localeCompare(b));
  if (picked.length === 0) return <p className="opt-help muted">A role you pick in the side panel for an email is remembered for its recipient, and listed here.</p>;
  return (
    <div className="opt-recipient-roles">
      <h3>Picked for a recipient</h3>
      <p className="opt-help muted">Picked in the side panel; for these recipients they win over the site’s role.</p>
      <ul>
        {picked.map(([key, role]) => {
          const statusKey = `role-recipient:${key}`;
          return (
            <li key={key}>
              <span>{key}: {ROLE_LABELS[role]}</span>{' '}
              <button
                type="button"
                className="link"
                aria-label={`Forget the role picked for ${key}`}
                onClick={() => save(statusKey, `Forgot the role picked for ${key}.`, (s) => withoutRecipient(s, key), () => forgetRecipientRole(key))}
              >
                Forget
              </button>
              <SavedMark status={status} statusKey={statusKey} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
