import { DIMENSIONS, type Report } from '../model/types';
import { DIMENSION_LABELS } from './format';

/** One bar per dimension, so the writer sees where trust is lost; the weight says how much each counts for this role. */
export function DimensionBars({ dimensions }: { dimensions: Report['dimensions'] }) {
  return (
    <ul className="dims" aria-label="Score by dimension">
      {DIMENSIONS.map((d) => {
        const { score, weight } = dimensions[d];
        const level = score >= 85 ? 'great' : score >= 70 ? 'good' : score >= 50 ? 'fair' : 'low';
        return (
          <li key={d} className="dim">
            <span className="dim-label" id={`dim-${d}`}>
              {DIMENSION_LABELS[d]}
              <span className="dim-weight"> · counts {Math.round(weight * 100)}%</span>
            </span>
            <span className={`dim-bar band-${level}`} role="meter" aria-labelledby={`dim-${d}`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={score}>
              <span className="dim-fill" style={{ width: `${score}%` }} />
            </span>
            <span className="dim-score" aria-hidden="true">{score}</span>
          </li>
        );
      })}
    </ul>
  );
}
