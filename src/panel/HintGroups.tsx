import type { HintGroup } from './format';
import { HintCard, type HintActions } from './HintCard';

/** The hints under fixed headings (so nothing jumps while typing), biggest win first in each. */
export function HintGroups({ groups, actions, ruleTitles, lockedRules = [] }: { groups: HintGroup[]; actions: HintActions; ruleTitles: Readonly<Record<string, string>>; lockedRules?: readonly string[] }) {
  return (
    <div className="groups">
      {groups.map((g) => (
        <section key={g.id} className="group" aria-labelledby={`group-${g.id}`}>
          <h2 id={`group-${g.id}`}>
            <span>{g.title}</span>
            {g.points > 0 ? <span className="group-points">+{g.points} possible</span> : <span className="group-ok">✓ Looks good</span>}
          </h2>
          {g.fixes.length > 0 && (
            <ul className="hints">
              {g.fixes.map((it) => (
                <HintCard key={it.key} item={it} actions={actions} ruleTitle={ruleTitles[it.hint.rule] ?? it.hint.rule} locked={lockedRules.includes(it.hint.rule)} />
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
                        show
                      </button>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
