import type { Band } from '../model/types';
import { BAND_LABELS } from './format';

/** The overall score as a half-circle gauge, coloured by band; the number and band are real text. */
export function ScoreGauge({ score, band }: { score: number; band: Band }) {
  const r = 52;
  const half = Math.PI * r;
  const filled = (Math.max(0, Math.min(100, score)) / 100) * half;
  return (
    <div className={`gauge band-${band}`} role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={score} aria-valuetext={`${score} out of 100, ${BAND_LABELS[band]}`} aria-label="Trust score">
      <svg viewBox="0 0 128 72" aria-hidden="true" focusable="false">
        <path className="gauge-track" d="M 12 64 A 52 52 0 0 1 116 64" />
        <path className="gauge-fill" d="M 12 64 A 52 52 0 0 1 116 64" strokeDasharray={`${filled} ${half}`} />
      </svg>
      <div className="gauge-text" aria-hidden="true">
        <span className="gauge-score">{score}</span>
        <span className="gauge-band">{BAND_LABELS[band]}</span>
      </div>
    </div>
  );
}
