import { useRef, type ReactNode } from 'react';
import type { HintGroup } from './format';
import { HintCard, type HintActions } from './HintCard';
import { useFocusAfterLeaving } from './keep-focus';

/** The hints under fixed headings (so nothing jumps while typing), biggest win first in each. */
export function HintGroups({ groups, actions, ruleTitles, lockedRules = [], after = {}, pending = {} }: {
  groups: HintGroup[];
  actions: HintActions;
  ruleTitles: Readonly<Record<string, string>>;
  lockedRules?: readonly string[];
  /** Content shown right after a group (the account card after Account research). */
  after?: Partial<Record<string, ReactNode>>;
  /** A group with nothing to fix that is not done either ("No note used yet"): said instead of "Looks good". */
  pending?: Partial<Record<string, string>>;
}) {
  const root = useRef<HTMLDivElement>(null);

  // Apply, Dismiss and Turn off rule remove the card (when the new report comes in): keep the
  // keyboard user's place on the next card (not one of the same rule), else the group's heading.
  const leaving = useFocusAfterLeaving(root, groups, (key) => groups.some((g) => g.fixes.some((it) => it.key === key)));
  const remember = (index: number) => {
    const flat = groups.flatMap((g) => g.fixes.map((it) => ({ it, group: g.id })));
    const at = flat.findIndex((x) => x.it.index === index);
    if (at === -1) return;
    const { it, group } = flat[at]!;
    const next = flat.slice(at + 1).find((x) => x.it.hint.rule !== it.hint.rule)?.it.key ?? flat[at - 1]?.it.key;
    leaving(it.key, next, `#group-${group}`);
  };
  const cardActions = (index: number): HintActions => ({
    focus: actions.focus,
    apply: (i) => { remember(i); actions.apply(i); },
    dismiss: (i) => { remember(i); actions.dismiss(i); },
    turnOff: (rule) => { remember(index); actions.turnOff(rule); },
  });

  return (
    <div className="groups" ref={root}>
      {groups.map((g) => (
        <div key={g.id} className="group-wrap">
          <section className="group" aria-labelledby={`group-${g.id}`}>
            <h2 id={`group-${g.id}`} tabIndex={-1}>
              <span>{g.title}</span>
              {g.points > 0 ? <span className="group-points">+{g.points} possible</span> : pending[g.id] ? <span className="group-pending">{pending[g.id]}</span> : <span className="group-ok">✓ Looks good</span>}
            </h2>
            {g.note && <p className="muted group-note">{g.note}</p>}
            {g.fixes.length > 0 && (
              <ul className="hints">
                {g.fixes.map((it) => (
                  <HintCard key={it.key} item={it} actions={cardActions(it.index)} ruleTitle={ruleTitles[it.hint.rule] ?? it.hint.rule} locked={lockedRules.includes(it.hint.rule)} />
                ))}
              </ul>
            )}
            {g.strengths.length > 0 && (
              <ul className="strengths" aria-label={`${g.title}: what already works`}>
                {g.strengths.map((it) => (
                  <li key={it.key}>
                    <span aria-hidden="true">✓ </span>
                    {it.hint.message}
                    {it.excerpt && it.hint.end > it.hint.start && (
                      <>
                        {' '}
                        <button type="button" className="link" onClick={() => actions.focus(it.index)} aria-label={`Show in draft: ${it.excerpt}`}>
                          Show
                        </button>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
          {after[g.id]}
        </div>
      ))}
    </div>
  );
}
