import { issuePlace, type PlaybookIssue } from '../../playbook/validate';

/** Long lists are cut here: past this, the file is probably not a playbook at all. */
const MAX_SHOWN = 30;

/**
 * Validation errors, each with the place in words people count in ("phrase 3
 * › pattern", from 1, with the file's line when it has lines) and the reason. With `onGo`, a place the form has a field for becomes a button
 * that moves focus to that field. An error about the whole text has no place:
 * it reads as a sentence about `whole` ("The whole file isn’t valid JSON: …").
 */
export function IssueList({ errors, onGo, whole = 'The whole file' }: { errors: readonly PlaybookIssue[]; onGo?: ((path: string) => boolean) | undefined; whole?: string }) {
  const shown = errors.slice(0, MAX_SHOWN);
  return (
    <ul className="pb-issues">
      {shown.map((e, i) => (
        <li key={`${e.path}#${i}`}>
          {e.path === '' ? (
            <span className="pb-issue-whole">{whole}</span>
          ) : onGo ? (
            <>
              <button type="button" className="link pb-issue-path" onClick={() => onGo(e.path)}>
                {issuePlace(e)}
              </button>
              :
            </>
          ) : (
            <span className="pb-issue-path">{issuePlace(e)}:</span>
          )}{' '}
          <span className="pb-issue-reason">{e.message}</span>
        </li>
      ))}
      {errors.length > shown.length && <li className="muted">…and {errors.length - shown.length} more.</li>}
    </ul>
  );
}
