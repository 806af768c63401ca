/**
 * Account research notes: what a writer knows about a customer's
 * organisation. An account is keyed by the recipients' email domain (or, for
 * people on free-mail services, by their address), so every email to that
 * organisation finds the same notes. These types are the shape stored on the
 * device and the shape of the export file; the schema (schema.ts) checks
 * anything read from outside against them.
 */

/** The four research steps, in the order a writer works through them. */
export const CHECKLIST_STEPS = ['site', 'news', 'profiles', 'posts'] as const;
export type ChecklistStep = (typeof CHECKLIST_STEPS)[number];

/** Which research steps the writer has ticked off for this account. */
export type Checklist = Record<ChecklistStep, boolean>;

/** Someone at the account, and what they said in their own words. */
export interface Person {
  name: string;
  /** Their job, e.g. "CFO". Context for the writer, not a fact to quote. */
  role?: string;
  /** What they said (in a call, a post, an interview): their own words, one note per line. */
  said?: string;
}

export interface AccountRecord {
  /** Lower-case email domain ("northwind.com") or, for free-mail users, the address ("dana@gmail.com"). */
  key: string;
  /** The organisation's name, e.g. "Northwind Traders". */
  name?: string;
  /** What the company is doing: strategy, priorities, projects. One note per line. */
  strategy: string;
  /** Recent news. One item per line. */
  news: string;
  people: Person[];
  /** When the writer last spoke with them, and about what. */
  lastInteraction: string;
  checklist: Checklist;
  /** ISO date-time of the last change. */
  updatedAt: string;
}

export const ACCOUNTS_FILE_FORMAT = 'trust-coach-accounts';
export const ACCOUNTS_FILE_VERSION = 1;

/** The export/import file (and what `trust-coach --account FILE` reads). */
export interface AccountsFile {
  format: typeof ACCOUNTS_FILE_FORMAT;
  version: typeof ACCOUNTS_FILE_VERSION;
  /** ISO date-time the file was written. */
  exportedAt: string;
  accounts: AccountRecord[];
}

export const EMPTY_CHECKLIST: Checklist = { site: false, news: false, profiles: false, posts: false };

/** A new, empty record for an account the writer has not researched yet. */
export function emptyAccount(key: string, now: Date = new Date()): AccountRecord {
  return { key, strategy: '', news: '', people: [], lastInteraction: '', checklist: { ...EMPTY_CHECKLIST }, updatedAt: now.toISOString() };
}

/** What the UI calls the account: its name, else its key. */
export function accountLabel(record: Pick<AccountRecord, 'key' | 'name'>): string {
  return record.name?.trim() || record.key;
}
