/**
 * The research checklist: four steps that take about five minutes and give a
 * prospecting email something specific to say. Each step comes with web
 * searches for the account (and, for profiles and posts, for each recipient).
 * Trust Coach never runs these searches itself: they are plain links the
 * writer may click, which open the search engine in a new tab. Nothing is
 * fetched, and nothing but the company's or person's name goes in the query.
 */
import type { Recipient } from '../model/types';
import { cutAtOnLastLine } from '../model/chars';
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

/** Whether the account is one person on a free-mail service (keyed by their address), rather than an organisation. */
export function isPersonAccount(account: Pick<AccountRecord, 'key'>): boolean {
  return account.key.includes('@');
}

/** The steps for a person on a free-mail service: only those about them, since there is no company site or company news to look up. */
const PERSON_CHECKLIST: readonly ChecklistStepInfo[] = [
  { ...CHECKLIST[2]!, label: 'Their public profile' },
  CHECKLIST[3]!,
];

/** The checklist's steps for this account: all four for an organisation, the person steps for a free-mail account. */
export function checklistFor(account: Pick<AccountRecord, 'key'>): readonly ChecklistStepInfo[] {
  return isPersonAccount(account) ? PERSON_CHECKLIST : CHECKLIST;
}

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
  const at = email.indexOf('@');
  const local = cutAtOnLastLine(at < 0 ? email : email.slice(0, at), '+');
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

/** The company to search for: the account's name, else its domain; undefined for a free-mail account (a person, not a company). */
function companyTerm(account: Pick<AccountRecord, 'key' | 'name'>): string | undefined {
  if (isPersonAccount(account) || isFreeMail(account.key)) return undefined;
  return account.name?.trim() ? quoted(account.name.trim()) : account.key;
}

/** At most this many people get their own searches, so the checklist stays short. */
export const MAX_PEOPLE_SEARCHED = 5;

/**
 * The people to search for: this compose's recipients who belong to this
 * account (with a name to search for), then the people in the notes. For a
 * free-mail account with neither, the person it is: its name, else one
 * guessed from its address.
 */
function peopleToSearch(account: Pick<AccountRecord, 'key' | 'name'>, recipients: readonly Recipient[], noted: readonly string[]): string[] {
  const names: string[] = [];
  const add = (name: string | undefined) => {
    const n = name?.trim();
    if (n && !names.some((m) => m.toLowerCase() === n.toLowerCase())) names.push(n);
  };
  for (const r of recipients) if (accountKeyOf(r) === account.key) add(personName(r));
  for (const n of noted) add(n);
  if (names.length === 0 && isPersonAccount(account)) add(account.name ?? nameFromAddress(account.key));
  return names.slice(0, MAX_PEOPLE_SEARCHED);
}

function link(text: string, what: string, query: string): SearchLink {
  return { text, description: `Search the web for ${what}`, query, url: searchUrl(query) };
}

/**
 * The searches for one step of the checklist: one for the company steps, one
 * per person for profiles and posts (the recipients at this account, then
 * `people`: the names in the notes). Empty when there is nothing to search
 * for: the company steps of a free-mail account (see checklistFor), or a
 * free-mail account with no name to search for.
 */
export function searchLinks(step: ChecklistStep, account: Pick<AccountRecord, 'key' | 'name'>, recipients: readonly Recipient[] = [], people: readonly string[] = []): SearchLink[] {
  const company = companyTerm(account);
  const persons = peopleToSearch(account, recipients, people);
  const plainCompany = company?.replace(/"/g, '');
  switch (step) {
    case 'site':
      return company ? [link('Search', `${plainCompany}’s site and newsroom`, `${company} newsroom`)] : [];
    case 'news':
      return company ? [link('Search', `news about ${plainCompany}`, `${company} news`)] : [];
    case 'profiles':
      if (persons.length) return persons.map((p) => link(p, `${p}’s public profile`, company ? `${quoted(p)} ${plainCompany}` : `${quoted(p)} profile`));
      return company ? [link('Search', `people at ${plainCompany}`, `${company} leadership team`)] : [];
    case 'posts':
      if (persons.length) return persons.map((p) => link(p, `posts and interviews by ${p}`, `${quoted(p)} interview OR podcast OR post`));
      return company ? [link('Search', `interviews with ${plainCompany}’s leaders`, `${company} interview OR podcast`)] : [];
  }
}

/** How many of these steps are done, for "2 of 4 done": ticked off, or (with `covered`) done by the notes. */
export function checklistDone(checklist: AccountRecord['checklist'], steps: readonly ChecklistStepInfo[] = CHECKLIST, covered: (step: ChecklistStep) => boolean = () => false): number {
  return steps.filter((s) => checklist[s.id] || covered(s.id)).length;
}

/** What the notes say about one step: done by the notes (and how), or why they don't cover it yet. */
export type StepFromNotes = { covered: true; text: string } | { covered: false; text?: string };

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const lines = (text: string | undefined) => (text ?? '').split('\n').map((l) => l.replace(/^\s*(?:[-*•]\s*)?/, '').trim()).filter(Boolean);
const and = (names: readonly string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

/**
 * Whether the account's notes already do a step's research, so the checklist
 * counts it done without a tick: what they're doing covers the company site,
 * recent news covers the news, everyone emailed noted with their role covers
 * the profiles, and someone's own words cover posts and interviews. A step the
 * notes don't cover says why, once there are notes at all.
 */
export function stepFromNotes(
  step: ChecklistStep,
  account: Pick<AccountRecord, 'key' | 'name' | 'strategy' | 'news' | 'people' | 'lastInteraction'>,
  recipients: readonly Recipient[] = [],
): StepFromNotes {
  const anyNotes = account.people.length > 0 || [account.strategy, account.news, account.lastInteraction].some((t) => lines(t).length > 0);
  const notYet = (text: string): StepFromNotes => (anyNotes ? { covered: false, text } : { covered: false });
  const people = account.people.filter((p) => p.name.trim());
  switch (step) {
    case 'site': {
      const n = lines(account.strategy).length;
      return n ? { covered: true, text: `Done in your notes: ${count(n, 'note')} on what they’re doing.` } : notYet('Not in your notes yet: nothing on what they’re doing.');
    }
    case 'news': {
      const n = lines(account.news).length;
      return n ? { covered: true, text: `Done in your notes: ${count(n, 'news item')}.` } : notYet('Not in your notes yet: no recent news.');
    }
    case 'profiles': {
      const noted = (name: string) => people.find((p) => p.name.trim().toLowerCase() === name.toLowerCase());
      const emailed = recipients.filter((r) => accountKeyOf(r) === account.key).map(personName).filter((n): n is string => Boolean(n));
      const missing = emailed.filter((n) => !noted(n));
      const noRole = people.filter((p) => !p.role?.trim()).map((p) => p.name.trim());
      if (people.length === 0) return notYet(emailed.length ? `Not in your notes yet: ${and(emailed)}.` : 'Not in your notes yet: no one at the account.');
      if (missing.length) return notYet(`Not in your notes yet: ${and(missing)}.`);
      if (noRole.length) return notYet(noRole.length === 1 ? `Your notes don’t say ${noRole[0]}’s role yet.` : `Your notes don’t say the roles of ${and(noRole)} yet.`);
      return { covered: true, text: `Done in your notes: ${and(people.map((p) => `${p.name.trim()} (${p.role!.trim()})`))}.` };
    }
    case 'posts': {
      const quoted = people.filter((p) => lines(p.said).length > 0);
      if (quoted.length) return { covered: true, text: `Done in your notes: what ${and(quoted.map((p) => p.name.trim()))} said in their own words.` };
      return notYet(people.length ? 'Not in your notes yet: what anyone said in their own words.' : 'Not in your notes yet: no one’s own words.');
    }
  }
}
