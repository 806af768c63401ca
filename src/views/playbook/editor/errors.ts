import { createContext, useContext } from 'react';
import type { PlaybookIssue } from '../../../playbook/validate';

/**
 * The form's current problems by playbook path, shown next to each field
 * (and marked aria-invalid) once a Save has failed. They follow the draft as
 * it is fixed; the summary above Save keeps the list from the attempt.
 */
export const FieldErrors = createContext<ReadonlyMap<string, string>>(new Map());

/** First problem per path. */
export function errorMap(errors: readonly PlaybookIssue[]): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const e of errors) if (!map.has(e.path)) map.set(e.path, e.message);
  return map;
}

/** The problem at `path`, or at any of `alsoUnder` (paths that start with them, e.g. a require phrase's `anyOf[2]`). */
export function useFieldError(path: string, alsoUnder: readonly string[] = []): string | undefined {
  const errors = useContext(FieldErrors);
  const exact = errors.get(path);
  if (exact !== undefined) return exact;
  for (const [p, message] of errors) if (alsoUnder.some((prefix) => p === prefix || p.startsWith(`${prefix}[`) || p.startsWith(`${prefix}.`))) return message;
  return undefined;
}
