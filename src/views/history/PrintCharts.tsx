/**
 * The printed summary's charts, in plain SVG and CSS rather than Chart.js: a
 * canvas prints as a bitmap that can come out blurred or blank, while these
 * print sharp at any paper size and need no script. Each one carries its
 * numbers as text (a label, a legend or a screen-reader table).
 */
import { DIMENSION_LABELS } from '../../panel/format';
import { describeTrend, OUTCOME_LABELS, OUTCOMES, pointLabel, promiseTotal, trendHasLine } from '../../history/format';
import { TrendSoFar, TrendTable } from './parts';
import type { DimensionAverage, PromiseOutcomes, Trend } from '../../history/stats';

const W = 640;
const H = 160;
const PAD = { left: 30, right: 10, top: 10, bottom: 24 };

/**
 * The score over time as an SVG line, 0–100, with the first, middle and last
 * dates under it; with emails on only one day (or week), the number and a
 * sentence instead of a lone dot.
 */
export function TrendSvg({ trend, days, locale }: { trend: Trend; days: number; locale?: string }) {
  if (!trendHasLine(trend)) return <TrendSoFar trend={trend} locale={locale} />;
  const n = trend.points.length;
  const x = (i: number) => PAD.left + (n <= 1 ? (W - PAD.left - PAD.right) / 2 : (i * (W - PAD.left - PAD.right)) / (n - 1));
  const y = (score: number) => PAD.top + ((100 - score) * (H - PAD.top - PAD.bottom)) / 100;
  const dots = trend.points.flatMap((p, i) => (p.average === null ? [] : [{ key: p.start, cx: x(i), cy: y(p.average) }]));
  const ticks = [...new Set([0, Math.floor((n - 1) / 2), n - 1])].filter((i) => i >= 0 && i < n);
  return (
    <figure className="sum-trend">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={describeTrend(trend, days, locale)}>
        {[0, 50, 100].map((v) => (
          <g key={v}>
            <line className="sum-grid-line" x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
            <text className="sum-axis" x={PAD.left - 6} y={y(v) + 4} textAnchor="end">
              {v}
            </text>
          </g>
        ))}
        {dots.length > 1 && <polyline className="sum-line" points={dots.map((d) => `${d.cx},${d.cy}`).join(' ')} />}
        {dots.map((d) => (
          <circle key={d.key} className="sum-dot" cx={d.cx} cy={d.cy} r={3.5} />
        ))}
        {ticks.map((i) => (
          <text key={i} className="sum-axis" x={x(i)} y={H - 6} textAnchor={i === 0 ? 'start' : i === n - 1 ? 'end' : 'middle'}>
            {pointLabel(trend.points[i]!, trend, days, locale)}
          </text>
        ))}
      </svg>
      <div className="sr-only">
        <TrendTable trend={trend} locale={locale} caption={`Average score by ${trend.unit}`} />
      </div>
    </figure>
  );
}

/** One bar per area, on the 0–100 scale, with its number beside it. */
export function AreaBars({ dimensions }: { dimensions: readonly DimensionAverage[] }) {
  return (
    <ul className="sum-bars">
      {dimensions.map((d) => (
        <li key={d.dimension}>
          <span className="sum-bar-label">{DIMENSION_LABELS[d.dimension]}</span>
          <span className="hist-bar" aria-hidden="true">
            <span className="hist-bar-fill" style={{ width: `${d.average ?? 0}%` }} />
          </span>
          <span className="sum-bar-value">{d.average ?? '–'}</span>
        </li>
      ))}
    </ul>
  );
}

/** Promises as one stacked bar (decoration) and a legend that holds the numbers. */
export function PromiseBar({ promises }: { promises: PromiseOutcomes }) {
  const total = promiseTotal(promises);
  if (total === 0) return <p className="muted">No promises to review for this period.</p>;
  return (
    <div className="sum-promises">
      <span className="sum-stack" aria-hidden="true">
        {OUTCOMES.filter((o) => promises[o] > 0).map((o) => (
          <span key={o} className={`sum-seg sum-${o}`} style={{ width: `${(promises[o] / total) * 100}%` }} />
        ))}
      </span>
      <ul className="sum-legend">
        {OUTCOMES.map((o) => (
          <li key={o}>
            <span className={`sum-swatch sum-${o}`} aria-hidden="true" /> {OUTCOME_LABELS[o]}: <strong>{promises[o]}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}
