/**
 * Identifies a hint within a draft across edits: its rule and the words it is
 * about (case and spacing folded), not its offsets, which move as the writer
 * types. Its own module so the side panel can use it without the model.
 */
export function hintKey(rule: string, excerpt: string): string {
  return `${rule}:${excerpt.trim().replace(/\s+/g, ' ').toLowerCase()}`;
}
