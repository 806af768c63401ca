/**
 * What fixing a hint alone gains ("+N" on its card); a report stored before gains were kept has only its share of
 * the loss, the impact. Its own module, with no imports, so the content script's badge reads it without the scoring
 * tables.
 */
export function gainOf(hint: { impact: number; gain?: number }): number {
  return typeof hint.gain === 'number' ? hint.gain : hint.impact;
}
