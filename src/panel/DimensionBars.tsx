import { DIMENSIONS, type Dimension, type Report } from '../model/types';
import { DIMENSION_LABELS } from './format';

/**
 * One bar per dimension, so the writer sees where trust is lost; the weight says how much each counts for this role.
 * `notes` says what a bar's number cannot: research at 100 with no notes on the account is nothing lost, not research
 * done ("no notes yet"), the same words the research section's heading uses. Such a bar at 100 is drawn empty, with a
 * dash for its number: nothing was lost, but nothing was measured either (a full grey bar read as full marks in a
 * walkthrough). A bar below 100 keeps its band (listening shares it, and a loss is a loss).
 */
export function DimensionBars({ dimensions, notes }: { dimensions: Report['dimensions']; notes?: Partial<Record<Dimension, string>> }) {
  return (
    <ul className="dims" aria-label="Score by dimension">
      {DIMENSIONS.map((d) => {
        const { score, weight } = dimensions[d];
        const unmeasured = !!notes?.[d] && score === 100;
        const level = unmeasured ? 'none' : score >= 85 ? 'great' : score >= 70 ? 'good' : score >= 50 ? 'fair' : 'low';
        return (
          <li key={d} className="dim">
            <span className="dim-label" id={`dim-${d}`}>
              {DIMENSION_LABELS[d]}
              <span className="dim-weight"> · counts {Math.round(weight * 100)}%</span>
              {notes?.[d] && <span className="dim-note"> · {notes[d]}</span>}
            </span>
            <span className={`dim-bar band-${level}`} role="meter" aria-labelledby={`dim-${d}`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={score} {...(unmeasured ? { 'aria-valuetext': `not measured: ${notes[d]}` } : {})}>
              <span className="dim-fill" style={{ width: unmeasured ? '0%' : `${score}%` }} />
            </span>
            <span className="dim-score" aria-hidden="true">{unmeasured ? '–' : score}</span>
          </li>
        );
      })}
    </ul>
  );
}
