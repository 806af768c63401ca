import type { SaveStatus } from './useSettings';

/**
 * A visible "Saved" next to the control that was just changed. Screen readers
 * hear the page's status region instead, so this one is hidden from them.
 */
export function SavedMark({ status, statusKey }: { status: SaveStatus | undefined; statusKey: string }) {
  if (!status || status.key !== statusKey) return null;
  return (
    <span className={`opt-saved ${status.tone}`} aria-hidden="true">
      {status.tone === 'ok' ? '✓ Saved' : 'Not saved'}
    </span>
  );
}
