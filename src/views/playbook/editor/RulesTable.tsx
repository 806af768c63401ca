import type { Kind, Severity } from '../../../model/types';
import { DIMENSION_LABELS, SEVERITY_LABELS } from '../../../panel/format';
import { groupRules, ORDERED_RULES } from '../../../options/rules-view';
import { RULE_IDS, SEVERITIES, type Playbook } from '../../../playbook/schema';
import { fieldId, setRule } from './draft';

/** How many rules the playbook changes from their built-in setting. */
export function changedRules(draft: Pick<Playbook, 'rules'>): number {
  return RULE_IDS.filter((id) => Object.values(draft.rules?.[id] ?? {}).some((v) => v !== undefined)).length;
}

/**
 * Every rule with the team's choices: on or off, how serious its hints look,
 * and whether writers may switch it themselves. A rule left at its defaults
 * isn't written into the playbook at all.
 */
export function RulesTable({ draft, onChange }: { draft: Playbook; onChange: (next: Playbook) => void }) {
  return (
    <>
      <p className="opt-help muted">
        Rules you leave as they are keep their built-in setting; a severity the team sets is shown in bold. “Locked” means writers can’t switch the rule on or off themselves: the
        playbook decides.
      </p>
      {groupRules(ORDERED_RULES).map(({ dimension, rules }) => (
        <table className="pb-rules" key={dimension}>
          <caption>{DIMENSION_LABELS[dimension]}</caption>
          {/* The same column widths in every dimension's table (see playbooks.css). */}
          <colgroup>
            <col />
            <col className="pb-col-on" />
            <col className="pb-col-severity" />
            <col className="pb-col-locked" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">On</th>
              <th scope="col">Severity</th>
              <th scope="col">Locked</th>
            </tr>
          </thead>
          <tbody>
            {rules.map((rule) => {
              const id = rule.id as Kind;
              const setting = draft.rules?.[id];
              const on = setting?.enabled !== false;
              return (
                <tr key={id} className={on ? undefined : 'is-off'}>
                  <th scope="row" className="pb-rule-name">
                    {rule.title}
                  </th>
                  <td>
                    <input
                      id={fieldId(`rules.${id}.enabled`)}
                      type="checkbox"
                      checked={on}
                      aria-label={`${rule.title}: on`}
                      onChange={(e) => onChange(setRule(draft, id, { enabled: e.target.checked ? undefined : false }))}
                    />
                  </td>
                  <td>
                    {/* Short options, so they fit the column even 400 px wide: the group says which one is the built-in. */}
                    <select
                      id={fieldId(`rules.${id}.severity`)}
                      aria-label={`${rule.title}: severity`}
                      className={setting?.severity ? 'is-set' : undefined}
                      value={setting?.severity ?? ''}
                      onChange={(e) => onChange(setRule(draft, id, { severity: e.target.value === '' ? undefined : (e.target.value as Severity) }))}
                    >
                      <optgroup label="Built-in">
                        <option value="">{SEVERITY_LABELS[rule.severity]}</option>
                      </optgroup>
                      <optgroup label="Set for the team">
                        {SEVERITIES.map((s) => (
                          <option key={s} value={s}>
                            {SEVERITY_LABELS[s]}
                          </option>
                        ))}
                      </optgroup>
                    </select>
                  </td>
                  <td>
                    <input
                      id={fieldId(`rules.${id}.locked`)}
                      type="checkbox"
                      checked={setting?.locked === true}
                      aria-label={`${rule.title}: locked`}
                      onChange={(e) => onChange(setRule(draft, id, { locked: e.target.checked ? true : undefined }))}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ))}
    </>
  );
}
