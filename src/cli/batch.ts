/** One line of a --batch JSON Lines file: {body, subject?, to?, role?, now?, quoted?}. */
import { ROLES, type Draft, type Role } from '../model/index';
import { isIsoDateTime, isRole } from './args';
import { draftFromText, InputError, recipientsFrom } from './input';

export interface BatchItem {
  draft: Draft;
  role?: Role;
  now?: string;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new InputError(`not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
}

function optionalString(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new InputError(`"${key}" must be a string`);
  return value;
}

function toList(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((v): v is string => typeof v === 'string')) return value;
  throw new InputError('"to" must be a string or an array of strings');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseBatchLine(text: string): BatchItem {
  const record = parseJson(text);
  if (!isRecord(record)) throw new InputError('each line must be a JSON object with a "body"');
  const body = optionalString(record, 'body');
  if (body === undefined) throw new InputError('"body" is missing');
  const role = optionalString(record, 'role');
  if (role !== undefined && !isRole(role)) throw new InputError(`"role" must be one of ${ROLES.join(', ')} (got "${role}")`);
  const now = optionalString(record, 'now');
  if (now !== undefined && !isIsoDateTime(now)) throw new InputError(`"now" must be an ISO date-time (got "${now}")`);

  const draft = draftFromText(body, optionalString(record, 'quoted'));
  const subject = optionalString(record, 'subject');
  if (subject !== undefined) draft.subject = subject;
  const recipients = recipientsFrom(toList(record.to));
  if (recipients.length) draft.recipients = recipients;

  const item: BatchItem = { draft };
  if (role !== undefined) item.role = role;
  if (now !== undefined) item.now = now;
  return item;
}
