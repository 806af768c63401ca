import { useEffect, useRef, type ReactNode } from 'react';
import type { HintGroup } from './format';
import { HintCard, type HintActions } from './HintCard';

/** Where focus goes when the card acted on leaves: the next card, else the one before, else its group's heading. */
interface FocusPlan {
  key: string;
  next?: string;
  group: string;
  until: number;
}

/** The hints under fixed headings (so nothing jumps while typing), biggest win first in each. */
export function HintGroups({ groups, actions, ruleTitles, lockedRules = [], after = {} }: {
  groups: HintGroup[];
  actions: HintActions;
  ruleTitles: Readonly<Record<string, string>>;
  lockedRules?: readonly string[];
  /** Content shown right after a group (the account card after Account research). */
  after?: Partial<Record<string, ReactNode>>;
}) {
  const plan = useRef<FocusPlan | undefined>(undefined);
  const root = useRef<HTMLDivElement>(null);

  // Apply, Dismiss and Turn off rule remove the card (when the new report comes in): keep the
  // keyboard user's place instead of dropping focus to the top of the page.
  const remember = (index: number) => {
    const flat = groups.flatMap((g) => g.fixes.map((it) => ({ it, group: g.id })));
    const at = flat.findIndex((x) => x.it.index === index);
    if (at === -1) return;
    const next = flat.slice(at + 1).find((x) => x.it.hint.rule !== flat[at]!.it.hint.rule)?.it.key ?? flat[at - 1]?.it.key;
    plan.current = { key: flat[at]!.it.key, group: flat[at]!.group, until: Date.now() + 5000, ...(next ? { next } : {}) };
  };
  const cardActions = (index: number): HintActions => ({
    focus: actions.focus,
    apply: (i) => { remember(i); actions.apply(i); },
    dismiss: (i) => { remember(i); actions.dismiss(i); },
    turnOff: (rule) => { remember(index); actions.turnOff(rule); },
  });

  useEffect(() => {
    const p = plan.current;
    const el = root.current;
    if (!p || !el) return;
    if (Date.now() > p.until) {
      plan.current = undefined;
      return;
    }
    const card = (key: string) => [...el.querySelectorAll<HTMLElement>('[data-hint-key]')].find((c) => c.dataset.hintKey === key);
    if (card(p.key)) return; // still there (e.g. a refused fix)
    plan.current = undefined;
    const next = p.next ? card(p.next)?.querySelector<HTMLElement>('.hint-msg') : undefined;
    (next ?? el.querySelector<HTMLElement>(`#group-${p.group}`))?.focus();
  }, [groups]);

  return (
    <div className="groups" ref={root}>
      {groups.map((g) => (
        <div key={g.id} className="group-wrap">
          <section className="group" aria-labelledby={`group-${g.id}`}>
            <h2 id={`group-${g.id}`} tabIndex={-1}>
              <span>{g.title}</span>
              {g.points > 0 ? <span className="group-points">+{g.points} possible</span> : <span className="group-ok">✓ Looks good</span>}
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
