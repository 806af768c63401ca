/** Words the accounts' export and imports (JSON and CSV) share, so both say the same thing the same way. */

/** What an export or import ends with: a status for success, an alert (with every problem) for a refusal. */
export type Outcome = { tone: 'ok'; text: string } | { tone: 'error'; text: string; errors: string[] };

export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** "3 added, 2 updated, 1 already up to date". */
export function importSummary(r: { added: number; updated: number; unchanged: number; removed: number }): string {
  const parts = [`${r.added} added`, `${r.updated} updated`];
  if (r.unchanged) parts.push(`${r.unchanged} already up to date`);
  if (r.removed) parts.push(`${r.removed} removed`);
  return parts.join(', ');
}

/** "5.1 MB": a file's size, rounded up, so a file just over the limit never reads as the limit. */
export const megabytes = (bytes: number) => `${(Math.ceil(bytes / 100_000) / 10).toLocaleString('en-US')} MB`;
