/** Turns files and batch lines into drafts; every problem becomes an InputError with a one-line message. */
import type { Draft, Recipient, Role } from '../model/index';
import { splitEmailText } from '../model/email-text';
import { EmlError, parseAddressList, parseEml } from './eml';
import { ReadError, tooLarge } from './read';

export class InputError extends Error {}

/** Reads one input, at most maxBytes of it (throwing when it is larger). */
export type ReadFile = (path: string, maxBytes: number) => Uint8Array | Promise<Uint8Array>;

const FS_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'no such file (a part of the path is not a directory)',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
};

function fsMessage(err: unknown): string {
  if (err instanceof ReadError) return err.message;
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  if (FS_ERRORS[code]) return FS_ERRORS[code];
  return err instanceof Error ? err.message.split('\n')[0]! : 'cannot be read';
}

export async function readInput(path: string, readFile: ReadFile, maxBytes: number): Promise<Uint8Array> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path, maxBytes);
  } catch (err) {
    throw new InputError(fsMessage(err));
  }
  if (bytes.length > maxBytes) throw new InputError(tooLarge(maxBytes).message);
  return bytes;
}

/** Strict UTF-8 text: NUL bytes or invalid sequences mean this is not a text draft. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new InputError('binary file (contains NUL bytes), not a text draft');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError('not valid UTF-8 text (save the draft as UTF-8)');
  }
}

/** Builds a draft from the writer's text; quoted history found elsewhere (HTML structure, a batch field) is added to draft.quoted. */
export function draftFromText(text: string, extraQuoted?: string): Draft {
  const parts = splitEmailText(text);
  if (parts.body.trim() === '') throw new InputError('empty draft (nothing left to score once quoted history and signature are removed)');
  const draft: Draft = { body: parts.body };
  const quoted = [parts.quoted, extraQuoted].filter((q): q is string => !!q && q.trim() !== '').join('\n\n');
  if (quoted) draft.quoted = quoted;
  return draft;
}

export function draftFromTxt(bytes: Uint8Array): Draft {
  return draftFromText(decodeText(bytes));
}

export async function draftFromEml(bytes: Uint8Array): Promise<Draft> {
  if (bytes.includes(0)) throw new InputError('binary file (contains NUL bytes), not an email');
  try {
    const email = await parseEml(bytes);
    const draft = draftFromText(email.text, email.quoted);
    if (email.subject) draft.subject = email.subject;
    if (email.recipients.length) draft.recipients = email.recipients;
    return draft;
  } catch (err) {
    if (err instanceof EmlError) throw new InputError(err.message);
    throw err;
  }
}

export function isEml(path: string): boolean {
  return /\.eml$/i.test(path);
}

export function recipientsFrom(values: readonly string[]): Recipient[] {
  return values.flatMap(parseAddressList);
}

export { guessRole } from '../model/role';
