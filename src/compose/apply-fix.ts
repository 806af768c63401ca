import type { BodyMap } from '../sites/types';

export type ApplyResult = { ok: true } | { ok: false; reason: string };

/**
 * Replaces body[start, end) with `replacement` through the editor's own
 * editing path (select the range, then execCommand insertText), so the mail
 * site notices the change and Ctrl+Z undoes it. Refuses when the text there is
 * no longer what the hint was about: the user kept typing.
 */
export function applyFix(editor: HTMLElement, map: BodyMap, start: number, end: number, expected: string, replacement: string): ApplyResult {
  if (map.body.slice(start, end) !== expected) return { ok: false, reason: 'The draft changed since this hint was made; it will refresh in a moment.' };
  const range = map.range(start, end);
  if (!range) return { ok: false, reason: 'That text is no longer in the editor.' };
  const doc = editor.ownerDocument;
  editor.focus();
  const sel = doc.getSelection();
  if (!sel) return { ok: false, reason: 'The editor cannot be selected.' };
  sel.removeAllRanges();
  sel.addRange(range);
  const done = replacement === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, replacement);
  return done ? { ok: true } : { ok: false, reason: 'The editor refused the change.' };
}
