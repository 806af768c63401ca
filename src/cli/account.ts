/**
 * `--account FILE`: the writer's research notes, in the same file the
 * extension exports (or one account's JSON), checked the same way. The
 * account used for a draft is the one its recipients belong to; a file with a
 * single account is used for every draft, since that is what it is for.
 */
import type { AccountNotes, Draft } from '../model/index';
import { findAccountFor } from '../accounts/key';
import { toAccountNotes } from '../accounts/notes';
import { parseAccountsFile } from '../accounts/schema';
import type { AccountRecord } from '../accounts/types';
import { decodeText, InputError, readInput, type ReadFile } from './input';

/** A bad accounts file: every problem found, each reported on its own line. */
export class AccountFileError extends InputError {
  constructor(readonly problems: string[]) {
    super(problems[0] ?? 'not a Trust Coach accounts file');
  }
}

/** Reads and checks the accounts file; throws InputError (or AccountFileError with every problem) when it is unusable. */
export async function loadAccounts(path: string, readFile: ReadFile, maxBytes: number, now: Date): Promise<AccountRecord[]> {
  const text = decodeText(await readInput(path, readFile, maxBytes));
  const parsed = parseAccountsFile(text, { now, allowSingleRecord: true });
  if (!parsed.ok) throw new AccountFileError(parsed.errors);
  return parsed.value;
}

/** The notes for this draft's account (see the file comment), as the model's context.account. */
export function accountNotesFor(records: readonly AccountRecord[], draft: Draft): AccountNotes | undefined {
  const record = findAccountFor(records, draft.recipients ?? []) ?? (records.length === 1 ? records[0] : undefined);
  return record ? toAccountNotes(record) : undefined;
}
