/**
 * The research checklist: four steps that take about five minutes and give a
 * prospecting email something specific to say. Each step comes with web
 * searches for the account (and, for profiles and posts, for each recipient).
 * Trust Coach never runs these searches itself: they are plain links the
 * writer may click, which open the search engine in a new tab. Nothing is
 * fetched, and nothing but the company's or person's name goes in the query.
 */
import type { Recipient } from '../model/types';
import { accountKeyOf, isFreeMail } from './key';
import { CHECKLIST_STEPS, type AccountRecord, type ChecklistStep } from './types';

export interface ChecklistStepInfo {
  id: ChecklistStep;
  label: string;
  /** What to look for, in a few words. */
  help: string;
}

export const CHECKLIST: readonly ChecklistStepInfo[] = [
  { id: 'site', label: 'Company site and newsroom', help: 'What they sell, to whom, and what they announced lately.' },
  { id: 'news', label: 'Recent news', help: 'Launches, funding, hires, new markets: a reason to write now.' },
  { id: 'profiles', label: 'Each recipient’s public profile', help: 'Their role, what they own, how long they have been there.' },
  { id: 'posts', label: 'Their own posts or interviews', help: 'What they said in their own words: the best thing to refer to.' },
];

// Keep the order in one place: the step ids are the types' list.
if (CHECKLIST.map((s) => s.id).join() !== CHECKLIST_STEPS.join()) throw new Error('CHECKLIST and CHECKLIST_STEPS disagree');

/** The web search the writer's click opens. A plain search engine that does not need an account. */
export const SEARCH_ENGINE = 'DuckDuckGo';
export function searchUrl(query: string): string {
  return `https://duckduckgo.com/?q=${encodeURIComponent(query)}`;
}

export interface SearchLink {
  /** The link's visible text: "Search" for the account, or the person's name. */
  text: string;
  /** What the search is for, for its accessible name: "Search the web for Northwind Traders newsroom". */
  description: string;
  query: string;
  url: string;
}

const quoted = (s: string) => `"${s.replace(/"/g, '')}"`;

/** "dana.reyes@…" → "Dana Reyes": a searchable name when the compose shows only an address. */
function nameFromAddress(email: string): string | undefined {
  const local = email.split('@')[0]?.replace(/\+.*$/, '') ?? '';
  const parts = local.split(/[._-]+/).filter((p) => /^\p{L}{2,}$/u.test(p));
  if (parts.length < 2 || parts.length > 3) return undefined;
  return parts.map((p) => p[0]!.toUpperCase() + p.slice(1)).join(' ');
}

/** How a recipient is searched for: their name as shown, else one guessed from the address. */
export function personName(recipient: Recipient): string | undefined {
  const name = recipient.name?.trim();
  if (name && !name.includes('@')) return name;
  return recipient.email ? nameFromAddress(recipient.email) : undefined;
}

/** The company to search for: the account's name, else its domain; undefined for an unnamed free-mail account. */
function companyTerm(account: Pick<AccountRecord, 'key' | 'name'>): string | undefined {
  if (account.name?.trim()) return quoted(account.name.trim());
  if (account.key.includes('@')) return undefined;
  return isFreeMail(account.key) ? undefined : account.key;
}

/** At most this many people get their own searches, so the checklist stays short. */
export const MAX_PEOPLE_SEARCHED = 5;

/**
 * The people to search for: this compose's recipients who belong to this
 * account (with a name to search for), then the people in the notes.
 */
function peopleToSearch(account: Pick<AccountRecord, 'key'>, recipients: readonly Recipient[], noted: readonly string[]): string[] {
  const names: string[] = [];
  const add = (name: string | undefined) => {
    const n = name?.trim();
    if (n && !names.some((m) => m.toLowerCase() === n.toLowerCase())) names.push(n);
  };
  for (const r of recipients) if (accountKeyOf(r) === account.key) add(personName(r));
  for (const n of noted) add(n);
  return names.slice(0, MAX_PEOPLE_SEARCHED);
}

function link(text: string, what: string, query: string): SearchLink {
  return { text, description: `Search the web for ${what}`, query, url: searchUrl(query) };
}

/**
 * The searches for one step of the checklist: one for the company steps, one
 * per person for profiles and posts (the recipients at this account, then
 * `people`: the names in the notes). Empty when there is nothing to search
 * for (an unnamed free-mail account with no named person).
 */
export function searchLinks(step: ChecklistStep, account: Pick<AccountRecord, 'key' | 'name'>, recipients: readonly Recipient[] = [], people: readonly string[] = []): SearchLink[] {
  const company = companyTerm(account);
  const persons = peopleToSearch(account, recipients, people);
  const plainCompany = company?.replace(/"/g, '');
  switch (step) {
    case 'site':
      if (company) return [link('Search', `${plainCompany}’s site and newsroom`, `${company} newsroom`)];
      return persons.map((p) => link(p, `${p}’s company`, `${quoted(p)} company`));
    case 'news':
      if (company) return [link('Search', `news about ${plainCompany}`, `${company} news`)];
      return persons.map((p) => link(p, `news about ${p}`, `${quoted(p)} news`));
    case 'profiles':
      if (persons.length) return persons.map((p) => link(p, `${p}’s public profile`, company ? `${quoted(p)} ${plainCompany}` : `${quoted(p)} profile`));
      return company ? [link('Search', `people at ${plainCompany}`, `${company} leadership team`)] : [];
    case 'posts':
      if (persons.length) return persons.map((p) => link(p, `posts and interviews by ${p}`, `${quoted(p)} interview OR podcast OR post`));
      return company ? [link('Search', `interviews with ${plainCompany}’s leaders`, `${company} interview OR podcast`)] : [];
  }
}

/** How many steps are ticked off, for "2 of 4 done". */
export function checklistDone(checklist: AccountRecord['checklist']): number {
  return CHECKLIST_STEPS.filter((s) => checklist[s]).length;
}
