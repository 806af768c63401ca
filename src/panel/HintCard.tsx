import type { HintItem } from './format';
import { plainWhy, SEVERITY_LABELS } from './format';
import { gainOf } from '../model/hint-gain';

export interface HintActions {
  /** Scroll the compose to the hint's words and mark them. */
  focus(index: number): void;
  /** Replace the words with the hint's rewrite. */
  apply(index: number): void;
  /** Hide this hint for this draft. */
  dismiss(index: number): void;
  /** Turn the hint's rule off (undo in the options page). */
  turnOff(rule: string): void;
}

/**
 * One hint: what is wrong, the words it is about, why it costs trust, what to
 * write instead, and what fixing it is worth. Draft text is rendered as text.
 */
export function HintCard({ item, actions, ruleTitle, locked = false }: { item: HintItem; actions: HintActions; ruleTitle: string; locked?: boolean }) {
  const { hint, index, excerpt } = item;
  const located = hint.end > hint.start;
  const id = `hint-${index}`;
  return (
    <li className={`hint sev-${hint.severity}`} aria-labelledby={`${id}-msg`}>
      <div className="hint-head">
        <span className="hint-sev">{SEVERITY_LABELS[hint.severity]}</span>
        {gainOf(hint) > 0 && <span className="hint-points" aria-label={`fixing it adds ${gainOf(hint)} points`}>+{gainOf(hint)}</span>}
      </div>
      <p className="hint-msg" id={`${id}-msg`} tabIndex={-1} data-focus-key={item.key}>{hint.message}</p>
      {located && excerpt && (
        <button type="button" className="hint-excerpt" onClick={() => actions.focus(index)} aria-label={`Show in draft: ${excerpt}`}>
          <q>{excerpt}</q>
        </button>
      )}
      <p className="hint-why"><span className="label">Why: </span>{plainWhy(hint.why)}</p>
      {hint.learned && <p className="hint-learned">Found by the coach's trained model, not a listed phrase: the underlined words weighed most.</p>}
      {hint.suggestion && <p className="hint-suggestion"><span className="label">Try: </span>{hint.suggestion}</p>}
      {hint.coachNote && (
        <figure className="coach-note">
          <blockquote>{hint.coachNote.note}</blockquote>
          {hint.coachNote.author && <figcaption>— {hint.coachNote.author}, your coach</figcaption>}
        </figure>
      )}
      <div className="hint-actions">
        {hint.replacement !== undefined && located && (
          <button type="button" className="primary" onClick={() => actions.apply(index)} aria-describedby={`${id}-msg`}>
            {hint.replacement ? <>Apply: <q>{hint.replacement}</q></> : 'Apply: delete it'}
          </button>
        )}
        <button type="button" onClick={() => actions.dismiss(index)} aria-label={`Dismiss: ${hint.message}`}>Dismiss</button>
        {hint.rule.startsWith('playbook:') || locked ? (
          <span className="hint-team">{locked ? 'Required by your team' : 'From your team playbook'}</span>
        ) : (
          <button type="button" className="quiet" onClick={() => actions.turnOff(hint.rule)} aria-label={`Turn off rule: ${ruleTitle}`}>Turn off rule</button>
        )}
      </div>
    </li>
  );
}
