import type { Commitment, Role } from '../model/types';
import { describeCommitment, formatDue, OWNER_LABELS } from './format';

/** The promises in the draft, so the writer sees exactly what they are committing to, and when. */
export function Commitments({ commitments, role, locale, timeZone, now, onFocus }: { commitments: Commitment[]; role?: Role; locale?: string; timeZone?: string; now?: Date; onFocus?: (c: Commitment) => void }) {
  // The panel is no pure model: without a "now" passed in, the reader's own clock is it.
  const at = now ?? new Date();
  return (
    <section className="group commitments" aria-labelledby="commitments-title">
      <h2 id="commitments-title">
        <span>Promises in this draft</span>
        <span className="group-count">{commitments.length}</span>
      </h2>
      {commitments.length === 0 ? (
        // A first email's next step is the question it asks: no promise is missing there, and none is asked for.
        <p className="muted">
          {role === 'prospecting'
            ? 'No promises in this draft. A first email moves on with a question they can answer; a promise of yours (“I’ll send the case study on Thursday”) shows here, with its day.'
            : 'No promises yet. Customers trust a next step with an owner and a time: “I’ll call you Thursday at 3 pm.”'}
        </p>
      ) : (
        <ul className="promises">
          {commitments.map((c, i) => {
            const status = describeCommitment(c);
            return (
              <li key={`${c.text}#${i}`} className={c.specific ? 'promise specific' : 'promise vague'}>
                <span className={`pill ${c.specific ? 'ok' : 'warn'}`}>{status}</span>
                <button type="button" className="promise-text" onClick={() => onFocus?.(c)} aria-label={`Show in draft: ${c.text}`}>
                  <q>{c.text}</q>
                </button>
                <span className="promise-meta">
                  <span>Who: {OWNER_LABELS[c.owner]}</span>
                  <span>When: {c.due ? <time dateTime={c.due}>{formatDue(c.due, locale, timeZone, at)}</time> : c.dueText ? `“${c.dueText}” — no date` : c.event ? c.event : 'no time given'}</span>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
