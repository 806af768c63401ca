/**
 * Accounts from a CRM's CSV export (Salesforce or HubSpot, accounts/companies
 * or contacts): reads the file with papaparse in chunks, recognises the
 * columns by their names, and turns the rows into account records, one per
 * company web domain, with a contact row's person added to their company.
 * Pure logic (no React, no DOM): the options page shows what comes out
 * (AccountsCsvImport.tsx) and stores it through store.ts's one import path.
 *
 * Rows are counted as a spreadsheet shows them: the header is row 1, the
 * first company row 2, and a quoted field that spans lines is still one row.
 * A row that gives no company domain is never dropped in silence: it comes
 * back with the reason.
 */
import Papa from 'papaparse';
import { isFreeMail, normalizeAccountKey } from './key';
import { LIMITS } from './schema';
import { fold } from './store';
import { EMPTY_CHECKLIST, type AccountRecord, type Person } from './types';

/** A CSV file is at most as big as an accounts file (5 MB: a 10,000-row export is about 2 MB). */
export const CSV_LIMITS = { fileBytes: LIMITS.fileBytes, accounts: LIMITS.accounts, people: LIMITS.people } as const;

// ---- reading -----------------------------------------------------------------------

export interface CsvTable {
  /** The header row's column names, trimmed. */
  headers: string[];
  /** Every row after the header, as text; rows[0] is row 2 of the file. Blank rows are kept (as []) so row numbers stay the file's. */
  rows: string[][];
}

export type CsvRead = { ok: true; table: CsvTable } | { ok: false; errors: string[] };

export interface ReadOptions {
  /** Called after each chunk with how much of the text is read, 0 to 1. */
  onProgress?(fraction: number): void;
  /** Waits between chunks so the page stays responsive; the default gives the event loop one turn. */
  yieldNow?(): Promise<void>;
  /** Characters per chunk. */
  chunkSize?: number;
}

export const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const rowWord = (row: number) => `Row ${row.toLocaleString('en-US')}`;

/** Papa's own words for a broken file, as a person would say them. */
function parseErrorText(error: Papa.ParseError, row: number): string {
  switch (error.code) {
    case 'MissingQuotes':
      return `${rowWord(row)}: a quoted field starts here and is never closed (a " without its closing "), so the rest of the file can’t be read.`;
    case 'InvalidQuotes':
      return `${rowWord(row)}: a quoted field has text after its closing quote (a " inside a field must be written "").`;
    default:
      return `${rowWord(row)}: ${error.message}.`;
  }
}

/**
 * Reads CSV text (comma, semicolon, tab or pipe between fields, found from the
 * first lines; a byte-order mark is dropped) in chunks, waiting `yieldNow`
 * between them. A file whose quotes are broken is refused with the row where
 * it goes wrong.
 */
export function readCsv(text: string, options: ReadOptions = {}): Promise<CsvRead> {
  const { onProgress, yieldNow = nextTurn, chunkSize = 64 * 1024 } = options;
  if (text.length > CSV_LIMITS.fileBytes) return Promise.resolve({ ok: false, errors: ['This file is too big (over 5 MB): export fewer rows, or split it.'] });
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') return Promise.resolve({ ok: false, errors: ['This file is empty.'] });
  if (clean.includes('\u0000')) return Promise.resolve({ ok: false, errors: ['This is not a CSV file (it holds binary data). Export your accounts or contacts from the CRM as CSV.'] });

  return new Promise((resolve) => {
    const all: string[][] = [];
    const errors: string[] = [];
    // Papa streams a string in chunks too (its types say files only): each chunk pauses the parser until the page has had a turn.
    const config: Papa.ParseConfig<string[]> & { chunkSize: number; chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser): void } = {
      chunkSize,
      skipEmptyLines: false,
      chunk(results, parser) {
        for (const e of results.errors) {
          if (e.type === 'Delimiter') continue; // one column, or no delimiter found: read as commas
          errors.push(parseErrorText(e, all.length + (e.row ?? 0) + 1));
        }
        for (const row of results.data) all.push(row);
        onProgress?.(Math.min(1, results.meta.cursor / clean.length));
        parser.pause();
        void yieldNow().then(() => parser.resume());
      },
      complete() {
        onProgress?.(1);
        if (errors.length) return resolve({ ok: false, errors: errors.slice(0, LIMITS.errors) });
        // A final line break leaves one empty row behind.
        while (all.length && all[all.length - 1]!.every((cell) => cell.trim() === '')) all.pop();
        const [header, ...rows] = all;
        const headers = (header ?? []).map((h) => h.trim());
        if (headers.every((h) => h === '')) return resolve({ ok: false, errors: ['Row 1 should name the columns (like “Account Name,Website”), but it is empty.'] });
        resolve({ ok: true, table: { headers, rows: rows.map((r) => (r.every((c) => c.trim() === '') ? [] : r)) } });
      },
    };
    Papa.parse(clean, config);
  });
}

// ---- columns -----------------------------------------------------------------------

/** What a column can become, in the order the mapping shows them. */
export const CSV_FIELDS = [
  { id: 'domain', label: 'Domain' },
  { id: 'website', label: 'Website' },
  { id: 'email', label: 'Email' },
  { id: 'company', label: 'Company name' },
  { id: 'description', label: 'Description' },
  { id: 'industry', label: 'Industry' },
  { id: 'city', label: 'City' },
  { id: 'country', label: 'Country' },
  { id: 'employees', label: 'Number of employees' },
  { id: 'revenue', label: 'Annual revenue' },
  { id: 'owner', label: 'Owner in the CRM' },
  { id: 'lastActivity', label: 'Last activity' },
  { id: 'firstName', label: 'First name' },
  { id: 'lastName', label: 'Last name' },
  { id: 'fullName', label: 'Full name' },
  { id: 'title', label: 'Job title' },
] as const;

export type CsvField = (typeof CSV_FIELDS)[number]['id'];

/** For each field, the index of the column it is read from, or null: not imported. */
export type CsvMapping = Record<CsvField, number | null>;

/** Column names (lower case, letters and digits only) of Salesforce and HubSpot exports, and of their API names, best first. */
const ALIASES: Record<CsvField, readonly string[]> = {
  domain: ['companydomainname', 'domain', 'companydomain', 'domainname', 'emaildomain'],
  website: ['website', 'websiteurl', 'companywebsite', 'accountwebsite', 'url', 'web'],
  email: ['email', 'emailaddress', 'workemail', 'businessemail', 'primaryemail', 'contactemail'],
  company: ['accountname', 'companyname', 'company', 'associatedcompany', 'organization', 'organisation', 'organizationname', 'account', 'accountnamename'],
  description: ['description', 'aboutus', 'accountdescription', 'companydescription', 'about'],
  industry: ['industry'],
  // A contacts export's plain City is where the person is, not the company: only the company's address counts there (see recognizeColumns).
  city: ['billingcity', 'shippingcity', 'city'],
  country: ['billingcountry', 'shippingcountry', 'countryregion', 'country'],
  employees: ['employees', 'numberofemployees', 'numemployees', 'companysize'],
  revenue: ['annualrevenue', 'revenue'],
  owner: ['accountowner', 'companyowner', 'contactowner', 'owner', 'ownername'],
  lastActivity: ['lastactivity', 'lastactivitydate', 'lastcontacted', 'lastengagementdate'],
  firstName: ['firstname', 'givenname'],
  lastName: ['lastname', 'surname', 'familyname'],
  fullName: ['fullname', 'contactname'],
  title: ['title', 'jobtitle', 'position'],
};

/** "Billing City" → "billingcity", "Country/Region" → "countryregion". */
export const columnKey = (header: string): string => fold(header).replace(/[^\p{L}\p{N}]+/gu, '');

export const NO_MAPPING: CsvMapping = Object.fromEntries(CSV_FIELDS.map((f) => [f.id, null])) as CsvMapping;

/**
 * The column each field is read from, found by the headers' names; each
 * column is used once. In a contacts export a plain City or Country is the
 * person's, so only a billing or shipping address is read. A bare "Name" is the company's (a HubSpot companies
 * export) unless the file already names the company elsewhere and has no
 * first and last name, when it is the person's.
 */
export function recognizeColumns(headers: readonly string[]): CsvMapping {
  const keys = headers.map(columnKey);
  const used = new Set<number>();
  const mapping: CsvMapping = { ...NO_MAPPING };
  const contacts = keys.some((k) => ['firstname', 'lastname', 'fullname', 'contactname'].includes(k));
  for (const { id } of CSV_FIELDS) {
    for (const alias of ALIASES[id]) {
      if (contacts && (id === 'city' || id === 'country') && !/^(billing|shipping)/.test(alias)) continue;
      const i = keys.findIndex((k, j) => k === alias && !used.has(j));
      if (i !== -1) {
        mapping[id] = i;
        used.add(i);
        break;
      }
    }
  }
  const name = keys.findIndex((k, j) => k === 'name' && !used.has(j));
  if (name !== -1) {
    if (mapping.company === null) mapping.company = name;
    else if (mapping.firstName === null && mapping.lastName === null && mapping.fullName === null) mapping.fullName = name;
  }
  return mapping;
}

/** Which CRM and which kind of export the headers look like, for the preview ("a HubSpot contacts export"); undefined when unsure. */
export function describeExport(headers: readonly string[]): string | undefined {
  const keys = new Set(headers.map(columnKey));
  const has = (...ks: string[]) => ks.some((k) => keys.has(k));
  const contacts = has('firstname', 'lastname', 'fullname', 'contactname');
  const hubspot = has('recordid', 'companydomainname', 'websiteurl', 'companyowner', 'aboutus', 'numberofemployees', 'associatedcompany', 'jobtitle', 'countryregion', 'lastactivitydate');
  const salesforce = has('accountname', 'accountowner', 'billingcity', 'billingcountry', 'mailingcity', 'mailingcountry', 'accountid', 'contactid', 'billingstreet');
  const crm = hubspot && !salesforce ? 'HubSpot' : salesforce && !hubspot ? 'Salesforce' : undefined;
  if (!crm) return undefined;
  const kind = contacts ? 'contacts' : crm === 'HubSpot' ? 'companies' : 'accounts';
  return `a ${crm} ${kind} export`;
}

// ---- rows → accounts ---------------------------------------------------------------

export type SkipReason = 'no-domain' | 'free-mail' | 'extra-fields' | 'people-limit';

export const SKIP_REASONS: Record<SkipReason, string> = {
  'no-domain': 'no website, domain or work email to tell which company it is',
  'free-mail': 'only a free-mail address (like gmail.com), which says nothing about the company',
  'extra-fields': 'more fields than the header names (a comma or semicolon outside quotes?)',
  'people-limit': `the company already has ${LIMITS.people} people from this file, the most an account holds`,
};

/** What one row becomes. */
export type RowResult =
  | { row: number; blank: true }
  | { row: number; skipped: SkipReason; detail?: string }
  | { row: number; key: string; name?: string; notes: string[]; person?: Person; lastInteraction: string[] };

export interface CsvAccounts {
  /** One per company, in the order they first appear; updatedAt is `now`. */
  accounts: AccountRecord[];
  /** For each account (same index), the rows it came from. */
  sources: number[][];
  /** Rows with something in them. */
  rowCount: number;
  skipped: { row: number; reason: SkipReason; detail?: string }[];
}

const cell = (row: readonly string[], column: number | null): string => (column === null ? '' : (row[column] ?? '').trim());

/** Lines of a free-text field, without blank ones. */
const lines = (text: string): string[] =>
  text
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/** The row's account key: its domain, else its website's, else its email's (never a free-mail domain), or why there is none. */
function rowKey(row: readonly string[], mapping: CsvMapping): { key: string } | { skipped: SkipReason; detail?: string } {
  for (const column of [mapping.domain, mapping.website]) {
    const site = cell(row, column);
    const key = site && !site.includes('@') ? normalizeAccountKey(site) : undefined;
    if (key) return { key };
  }
  const email = cell(row, mapping.email);
  const at = email.lastIndexOf('@');
  // "Dana <dana@northwind.com>": the domain ends at the closing bracket.
  const domain = at > 0 ? email.slice(at + 1).split('>')[0]!.trim().toLowerCase() : '';
  if (domain && isFreeMail(domain)) return { skipped: 'free-mail', detail: domain };
  const fromEmail = domain ? normalizeAccountKey(domain) : undefined;
  if (fromEmail) return { key: fromEmail };
  return { skipped: 'no-domain' };
}

/** "Industry: Retail", "Based in Leeds, United Kingdom": the row's company facts, one note per line. */
function rowNotes(row: readonly string[], m: CsvMapping): string[] {
  const notes = lines(cell(row, m.description));
  const place = [cell(row, m.city), cell(row, m.country)].filter(Boolean).join(', ');
  const facts: [string, string][] = [
    ['Industry', cell(row, m.industry)],
    ['Employees', cell(row, m.employees)],
    ['Annual revenue', cell(row, m.revenue)],
  ];
  if (place) notes.push(`Based in ${place}`);
  for (const [label, value] of facts) if (value) notes.push(`${label}: ${value}`);
  return notes;
}

function rowPerson(row: readonly string[], m: CsvMapping): Person | undefined {
  const name = [cell(row, m.firstName), cell(row, m.lastName)].filter(Boolean).join(' ') || cell(row, m.fullName);
  const hasPersonColumns = m.firstName !== null || m.lastName !== null || m.fullName !== null;
  // A contact with an address but no name is still someone: named by the address.
  const email = cell(row, m.email);
  const shown = name || (hasPersonColumns && email.includes('@') ? email : '');
  if (!shown) return undefined;
  const role = cell(row, m.title);
  return { name: shown, ...(role ? { role } : {}) };
}

/** What one row becomes under this mapping (`index` 0 is row 2 of the file). */
export function mapRow(row: readonly string[], index: number, mapping: CsvMapping, headerCount: number): RowResult {
  const number = index + 2;
  if (row.length === 0 || row.every((c) => c.trim() === '')) return { row: number, blank: true };
  // Fields past the header's with something in them: the row's columns are shifted.
  if (row.slice(headerCount).some((c) => c.trim() !== '')) return { row: number, skipped: 'extra-fields' };
  const key = rowKey(row, mapping);
  if ('skipped' in key) return { row: number, ...key };
  const name = cell(row, mapping.company);
  const person = rowPerson(row, mapping);
  const lastInteraction = [
    ...(cell(row, mapping.lastActivity) ? [`Last activity in the CRM: ${cell(row, mapping.lastActivity)}`] : []),
    ...(cell(row, mapping.owner) ? [`Owner in the CRM: ${cell(row, mapping.owner)}`] : []),
  ];
  return { row: number, key: key.key, ...(name ? { name } : {}), notes: rowNotes(row, mapping), ...(person ? { person } : {}), lastInteraction };
}

/** Adds lines not already there (compared without case or accents). */
function addLines(existing: string, more: readonly string[]): string {
  const have = new Set(lines(existing).map(fold));
  const added = more.filter((l) => {
    const k = fold(l);
    if (have.has(k)) return false;
    have.add(k);
    return true;
  });
  return [existing.trimEnd(), ...added].filter(Boolean).join('\n');
}

/** Adds people not already there (by name); a known person without a role gets the new one. */
function addPeople(existing: readonly Person[], more: readonly Person[], max = Infinity): { people: Person[]; refused: Person[] } {
  const people = existing.map((p) => ({ ...p }));
  const refused: Person[] = [];
  for (const p of more) {
    const same = people.find((q) => fold(q.name) === fold(p.name));
    if (same) {
      if (!same.role && p.role) same.role = p.role;
    } else if (people.length >= max) refused.push(p);
    else people.push({ ...p });
  }
  return { people, refused };
}

/**
 * The accounts the rows make under this mapping: rows of one company (by
 * domain) become one account, each contact row adding its person. Pure and
 * quick (string work only), so the preview can redo it whenever the mapping
 * changes.
 */
export function csvAccounts(table: CsvTable, mapping: CsvMapping, now: Date): CsvAccounts {
  const byKey = new Map<string, number>();
  const accounts: AccountRecord[] = [];
  const sources: number[][] = [];
  const skipped: CsvAccounts['skipped'] = [];
  let rowCount = 0;
  table.rows.forEach((row, i) => {
    const r = mapRow(row, i, mapping, table.headers.length);
    if ('blank' in r) return;
    rowCount++;
    if ('skipped' in r) {
      skipped.push({ row: r.row, reason: r.skipped, ...(r.detail ? { detail: r.detail } : {}) });
      return;
    }
    let at = byKey.get(r.key);
    if (at === undefined) {
      at = accounts.length;
      byKey.set(r.key, at);
      accounts.push({ key: r.key, strategy: '', news: '', people: [], lastInteraction: '', checklist: { ...EMPTY_CHECKLIST }, updatedAt: now.toISOString() });
      sources.push([]);
    }
    const account = accounts[at]!;
    if (r.person) {
      const { people, refused } = addPeople(account.people, [r.person], CSV_LIMITS.people);
      if (refused.length) {
        skipped.push({ row: r.row, reason: 'people-limit' });
        return;
      }
      account.people = people;
    }
    if (!account.name && r.name) account.name = r.name;
    account.strategy = addLines(account.strategy, r.notes);
    account.lastInteraction = addLines(account.lastInteraction, r.lastInteraction);
    sources[at]!.push(r.row);
  });
  return { accounts, sources, rowCount, skipped };
}

/**
 * An account from the CRM added to the writer's own notes on it: nothing of
 * theirs is replaced. Their name, last interaction and checklist stay; the
 * CRM's note lines and people that are not there yet are added; a name or
 * last interaction they never wrote is taken from the CRM.
 */
export function addCrmAccount(stored: AccountRecord, crm: AccountRecord): AccountRecord {
  const name = stored.name?.trim() || crm.name?.trim();
  return {
    ...stored,
    ...(name ? { name } : {}),
    strategy: addLines(stored.strategy, lines(crm.strategy)),
    news: addLines(stored.news, lines(crm.news)),
    people: addPeople(stored.people, crm.people).people,
    lastInteraction: addLines(stored.lastInteraction, lines(crm.lastInteraction)),
  };
}

// ---- words -------------------------------------------------------------------------

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** "rows 4, 9 and 12", "rows 4, 9, 12, … and 30 more": at most `shown` numbers. */
export function rowList(rows: readonly number[], shown = 10): string {
  const nums = rows.slice(0, shown).map((n) => n.toLocaleString('en-US'));
  const word = rows.length === 1 ? 'row' : 'rows';
  if (rows.length > shown) return `${word} ${nums.join(', ')} and ${(rows.length - shown).toLocaleString('en-US')} more`;
  if (nums.length <= 1) return `${word} ${nums.join('')}`;
  return `${word} ${nums.slice(0, -1).join(', ')} and ${nums[nums.length - 1]}`;
}

/** "3 accounts from 5 rows." */
export function countsText(result: Pick<CsvAccounts, 'accounts' | 'rowCount'>): string {
  return `${plural(result.accounts.length, 'account')} from ${plural(result.rowCount, 'row')}.`;
}

/** One line per reason: "2 rows skipped (rows 4 and 9): only a free-mail address (like gmail.com), …". */
export function skippedLines(skipped: CsvAccounts['skipped']): string[] {
  const byReason = new Map<SkipReason, number[]>();
  for (const s of skipped) byReason.set(s.reason, [...(byReason.get(s.reason) ?? []), s.row]);
  return [...byReason].map(([reason, rows]) => `${plural(rows.length, 'row')} skipped (${rowList(rows)}): ${SKIP_REASONS[reason]}.`);
}

/** Why this result cannot be imported as it is, or undefined. */
export function cannotImport(result: CsvAccounts, mapping: CsvMapping): string | undefined {
  if (mapping.domain === null && mapping.website === null && mapping.email === null)
    return 'Choose the column with the company’s domain or website, or the contacts’ email: Trust Coach keeps notes by company domain.';
  if (result.rowCount === 0) return 'The file has a header but no rows.';
  if (result.accounts.length === 0) return 'No row gives a company domain, so there is nothing to import.';
  if (result.accounts.length > CSV_LIMITS.accounts)
    return `This file makes ${plural(result.accounts.length, 'account')}; Trust Coach imports at most ${CSV_LIMITS.accounts.toLocaleString('en-US')} at a time. Split the export and import each part.`;
  return undefined;
}
