import { DIMENSIONS } from '../model/types';
import { localDateTime, systemTimeZone } from './dates';
import type { SentRecord } from './types';

/**
 * The history as CSV (RFC 4180): a header row, one row per email, CRLF line
 * ends, one column per dimension and the hint kinds joined with ';'. Each
 * email's time is given twice: `sent_at` in ISO UTC for machines, and
 * `sent_local` ("2026-11-02 09:08") in the writer's own time zone, the days
 * the coaching summary counts in.
 * Meant to be opened in a spreadsheet, so any cell that a spreadsheet would
 * run as a formula (starting with = + - @, or a tab or carriage return) is
 * prefixed with a single quote: kept email text can never run as a formula.
 */
export const CSV_COLUMNS = ['sent_at', 'sent_local', 'site', 'role', 'score', 'band', ...DIMENSIONS, 'hint_kinds', 'words', 'promises', 'text'] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, neutralized and quoted when it holds a comma, a quote or a line break. */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(records: readonly SentRecord[], timeZone: string = systemTimeZone()): string {
  const rows = records.map((r) => [
    r.sentAt,
    localDateTime(r.sentAt, timeZone),
    r.site,
    r.role,
    r.score,
    r.band,
    ...DIMENSIONS.map((d) => r.dimensions[d]),
    r.kinds.join(';'),
    r.words,
    r.promises,
    r.text ?? '',
  ]);
  return [CSV_COLUMNS, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
