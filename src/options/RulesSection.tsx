import { useEffect, useRef, useState } from 'react';
import type { RuleInfo } from '../model/rule';
import { DIMENSION_LABELS, plainWhy } from '../panel/format';
import { setRuleEnabled, updateSettings, type Settings } from '../settings/settings';
import { describeRoles, filterRules, groupRules, ORDERED_RULES, ruleById } from './rules-view';
import { SavedMark } from './SavedMark';
import type { SettingsState } from './useSettings';
import { loadPlaybookState, watchPlaybooks } from '../playbook/store';

/** Rules the team's playbook or the administrator locks: the playbook decides them, not the switch. */
function useLockedRules(): ReadonlySet<string> {
  const [locked, setLocked] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    let live = true;
    void loadPlaybookState().then((s) => live && setLocked(new Set(s.locked)), () => undefined);
    const stop = watchPlaybooks((s) => setLocked(new Set(s.locked)));
    return () => {
      live = false;
      stop();
    };
  }, []);
  return locked;
}

type LoadedState = SettingsState & { settings: Settings };

const ruleKey = (id: string) => `rule:${id}`;

/** Every rule, grouped by dimension, with the ones turned off listed first so they are easy to bring back. */
export function RulesSection({ state }: { state: LoadedState }) {
  const { settings, status, save } = state;
  const [query, setQuery] = useState('');
  const disabled = new Set(settings.disabledRules);
  const locked = useLockedRules();
  const shown = filterRules(ORDERED_RULES, query);
  const groups = groupRules(shown);

  const setEnabled = (rule: RuleInfo, enabled: boolean) =>
    save(
      ruleKey(rule.id),
      `Saved. “${rule.title}” is ${enabled ? 'on' : 'off'}.`,
      (s) => ({ ...s, disabledRules: enabled ? s.disabledRules.filter((id) => id !== rule.id) : [...s.disabledRules.filter((id) => id !== rule.id), rule.id] }),
      () => setRuleEnabled(rule.id, enabled),
    );

  return (
    <>
      <p>Each rule looks for one thing in your email that costs, or earns, a customer’s trust. A rule you turn off shows no hints and doesn’t count toward the score.</p>
      <TurnedOff
        ids={settings.disabledRules}
        onTurnOn={(rule) => setEnabled(rule, true)}
        onTurnAllOn={(count) =>
          save(
            'rules:all',
            `Saved. ${count === 1 ? 'One rule is' : `${count} rules are`} back on.`,
            (s) => ({ ...s, disabledRules: [] }),
            () => updateSettings((s) => ({ ...s, disabledRules: [] })),
          )
        }
      />

      <div className="opt-filter" role="search">
        <label htmlFor="rule-filter" className="label">
          Filter rules
        </label>
        <input id="rule-filter" type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" spellCheck={false} placeholder="e.g. jargon" aria-describedby="rule-filter-count" />
        <p id="rule-filter-count" className="opt-help muted" role="status">
          {query.trim() === '' ? '' : shown.length === 0 ? `No rules match “${query.trim()}”.` : `${shown.length} of ${ORDERED_RULES.length} rules match.`}
        </p>
        {query.trim() !== '' && shown.length === 0 && (
          <button type="button" onClick={() => setQuery('')}>
            Clear filter
          </button>
        )}
      </div>

      {groups.map(({ dimension, rules }) => {
        const off = rules.filter((r) => disabled.has(r.id)).length;
        const total = ORDERED_RULES.filter((r) => r.dimension === dimension).length;
        return (
          <div className="opt-dim" key={dimension}>
            <h3 id={`dim-${dimension}`}>
              {DIMENSION_LABELS[dimension]}{' '}
              <span className="opt-count muted">
                {rules.length < total ? `${rules.length} of ${total} rules` : total === 1 ? '1 rule' : `${total} rules`}
                {off > 0 ? `, ${off} off` : ''}
              </span>
            </h3>
            <ul className="opt-rules" aria-labelledby={`dim-${dimension}`}>
              {rules.map((rule) => (
                <RuleRow key={rule.id} rule={rule} enabled={locked.has(rule.id) || !disabled.has(rule.id)} locked={locked.has(rule.id)} onChange={(on) => setEnabled(rule, on)} status={status} />
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}

function RuleRow({ rule, enabled, locked, onChange, status }: { rule: RuleInfo; enabled: boolean; locked: boolean; onChange: (enabled: boolean) => void; status: SettingsState['status'] }) {
  const id = `rule-${rule.id}`;
  return (
    <li className={`opt-rule${enabled ? '' : ' is-off'}`}>
      <div className="opt-rule-head">
        <input id={id} type="checkbox" checked={enabled} disabled={locked} onChange={(e) => onChange(e.target.checked)} aria-describedby={`${id}-roles ${id}-why${locked ? ` ${id}-locked` : ''}`} />
        <label htmlFor={id} className="opt-rule-title">
          {rule.title}
        </label>
        {!enabled && (
          <span className="opt-badge" aria-hidden="true">
            Off
          </span>
        )}
        {locked && (
          <span className="opt-badge" id={`${id}-locked`}>
            Set by your team
          </span>
        )}
        <SavedMark status={status} statusKey={ruleKey(rule.id)} />
      </div>
      <p id={`${id}-roles`} className="opt-rule-roles muted">
        Applies to: {describeRoles(rule.roles)}
      </p>
      <p id={`${id}-why`} className="opt-rule-why muted">
        {plainWhy(rule.why)}
      </p>
    </li>
  );
}

/**
 * The rules turned off (here or with "Turn off this rule" in the side panel),
 * latest first, each with a way back. Focus never falls off the page when a
 * button disappears: it moves to the next one, or to the "all on" note.
 */
function TurnedOff({ ids, onTurnOn, onTurnAllOn }: { ids: readonly string[]; onTurnOn: (rule: RuleInfo) => void; onTurnAllOn: (count: number) => void }) {
  const rules = [...ids].reverse().flatMap((id) => ruleById(id) ?? []);
  const box = useRef<HTMLDivElement>(null);
  const allOn = useRef<HTMLParagraphElement>(null);
  const [refocus, setRefocus] = useState<number | null>(null);

  useEffect(() => {
    if (refocus === null) return;
    const buttons = box.current?.querySelectorAll<HTMLButtonElement>('button[data-turn-on]');
    const next = buttons && buttons.length > 0 ? buttons[Math.min(refocus, buttons.length - 1)] : allOn.current;
    next?.focus();
    setRefocus(null);
  }, [refocus, rules.length]);

  return (
    <div className="opt-off" ref={box}>
      {rules.length === 0 ? (
        <p className="opt-all-on muted" ref={allOn} tabIndex={-1}>
          All rules are on. To turn one off, clear its box below or use “Turn off this rule” in the side panel.
        </p>
      ) : (
        <>
          <h3 id="turned-off-title">Turned off ({rules.length})</h3>
          <p className="opt-help muted">These rules show no hints and don’t count toward the score.</p>
          <ul className="opt-off-list" aria-labelledby="turned-off-title">
            {rules.map((rule, i) => (
              <li key={rule.id}>
                <span className="opt-off-name">
                  <span className="label">{rule.title}</span> <span className="muted">· {DIMENSION_LABELS[rule.dimension]}</span>
                </span>
                <button
                  type="button"
                  data-turn-on=""
                  aria-label={`Turn back on ${rule.title}`}
                  onClick={() => {
                    onTurnOn(rule);
                    setRefocus(i);
                  }}
                >
                  Turn back on
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="primary"
            onClick={() => {
              onTurnAllOn(rules.length);
              setRefocus(0);
            }}
          >
            Turn all back on
          </button>
        </>
      )}
    </div>
  );
}
