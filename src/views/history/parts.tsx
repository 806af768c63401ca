/**
 * Pieces the coaching section and the printed summary share: the headline
 * numbers, the hint list with its tips, and the data tables that stand in for
 * the charts (for screen readers, and for anyone who wants the exact numbers).
 */
import { BAND_LABELS, DIMENSION_LABELS } from '../../panel/format';
import { bandOf } from '../../model/score';
import { describeChange, describeFirstPoint, OUTCOME_LABELS, OUTCOMES, plural, pointName, pointsWithEmails } from '../../history/format';
import type { CoachingSummary, DimensionAverage, KindSummary, PromiseOutcomes, Trend } from '../../history/stats';

export function Headline({ summary: s }: { summary: CoachingSummary }) {
  const band = s.averageScore === null ? undefined : bandOf(s.averageScore);
  return (
    <dl className="hist-headline">
      <div>
        <dt>Emails sent</dt>
        <dd className="hist-big">{s.emails}</dd>
      </div>
      <div>
        <dt>Average score</dt>
        <dd>
          <span className="hist-big">{s.averageScore ?? '–'}</span>
          {band && <span className={`hist-band band-${band}`}> {BAND_LABELS[band]}</span>}
          <span className="hist-sub">{describeChange(s)}</span>
        </dd>
      </div>
      <div>
        <dt>Strongest area</dt>
        <dd>{s.best ? `${DIMENSION_LABELS[s.best.dimension]} (${s.best.average})` : s.evenAverage !== null ? `All areas even (${s.evenAverage})` : '–'}</dd>
      </div>
      <div>
        <dt>Area to work on</dt>
        <dd>{s.weakest ? `${DIMENSION_LABELS[s.weakest.dimension]} (${s.weakest.average})` : s.evenAverage !== null ? 'All areas even' : '–'}</dd>
      </div>
    </dl>
  );
}

/**
 * The most frequent hints, each with a bar for its share of emails and a
 * coaching tip; a team playbook kind also names its most frequent phrases.
 */
export function KindList({ kinds, emails, labelledBy }: { kinds: readonly KindSummary[]; emails: number; labelledBy: string }) {
  if (kinds.length === 0) return <p className="muted">No hints cost points in this period. Nice work.</p>;
  return (
    <ol className="hist-kinds" aria-labelledby={labelledBy}>
      {kinds.map((k) => {
        const percent = Math.round(k.share * 100);
        return (
          <li key={k.kind}>
            <div className="hist-kind-head">
              <span className="label">{k.label}</span>
              <span className="hist-kind-count">
                in {k.emails} of {plural(emails, 'email')} ({percent}%)
              </span>
            </div>
            <span className="hist-bar" aria-hidden="true">
              <span className="hist-bar-fill" style={{ width: `${percent}%` }} />
            </span>
            {k.phrases && (
              <ul className="hist-phrases" aria-label={`${k.label}, by phrase`}>
                {k.phrases.map((p) => (
                  <li key={p.label}>
                    <span className="hist-phrase">{p.label}</span> <span className="hist-kind-count">in {plural(p.emails, 'email')}</span>
                  </li>
                ))}
              </ul>
            )}
            <p className="hist-tip">{k.tip}</p>
          </li>
        );
      })}
    </ol>
  );
}

/**
 * The score over time while there is only one point (one day, or one week,
 * with emails): the number and a sentence, since a chart would be a lone dot.
 */
export function TrendSoFar({ trend, locale }: { trend: Trend; locale?: string }) {
  const point = pointsWithEmails(trend)[0];
  const words = describeFirstPoint(trend, locale);
  if (!point || !words) return null;
  return (
    <div className="hist-so-far">
      <p>
        <span className="hist-big">{point.average}</span> {words.when}
      </p>
      <p className="muted">{words.next}</p>
    </div>
  );
}

export function TrendTable({ trend, caption, locale }: { trend: Trend; caption: string; locale?: string }) {
  return (
    <table className="hist-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{trend.unit === 'day' ? 'Day' : 'Week'}</th>
          <th scope="col">Emails</th>
          <th scope="col">Average score</th>
        </tr>
      </thead>
      <tbody>
        {trend.points.map((p) => (
          <tr key={p.start}>
            <th scope="row">{pointName(p, trend, locale)}</th>
            <td>{p.count}</td>
            <td>{p.average ?? <span className="muted">none</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DimensionTable({ dimensions, caption }: { dimensions: readonly DimensionAverage[]; caption: string }) {
  return (
    <table className="hist-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Area</th>
          <th scope="col">Average score</th>
        </tr>
      </thead>
      <tbody>
        {dimensions.map((d) => (
          <tr key={d.dimension}>
            <th scope="row">{DIMENSION_LABELS[d.dimension]}</th>
            <td>{d.average ?? <span className="muted">none</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function PromisesTable({ promises, caption }: { promises: PromiseOutcomes; caption: string }) {
  return (
    <table className="hist-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Promises</th>
          <th scope="col">Count</th>
        </tr>
      </thead>
      <tbody>
        {OUTCOMES.map((o) => (
          <tr key={o}>
            <th scope="row">{OUTCOME_LABELS[o]}</th>
            <td>{promises[o]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
