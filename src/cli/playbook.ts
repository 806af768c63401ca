/**
 * `--playbook FILE`: a team playbook, checked against the same schema the
 * extension uses, so a manager can score a folder or an export of emails
 * against the team's rules. A bad file stops the run with every problem's
 * path and reason.
 */
import { formatIssues, parsePlaybook } from '../playbook/validate';
import type { Playbook } from '../playbook/schema';
import { decodeText, InputError, readInput, type ReadFile } from './input';

export class PlaybookFileError extends InputError {
  constructor(readonly problems: string[]) {
    super(problems[0] ?? 'not a Trust Coach playbook');
  }
}

export async function loadPlaybook(path: string, readFile: ReadFile, maxBytes: number): Promise<Playbook> {
  const text = decodeText(await readInput(path, readFile, maxBytes));
  const parsed = parsePlaybook(text);
  if (!parsed.ok) throw new PlaybookFileError(formatIssues(parsed.errors).split('\n'));
  return parsed.playbook;
}
