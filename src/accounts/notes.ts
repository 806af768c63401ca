/**
 * Turns the writer's research into what the trust model reads
 * (context.account): one fact per note. The model matches each fact
 * forgivingly against the draft ("your Brazil expansion" uses "Expanding into
 * Brazil in Q2"), so a fact should be one short note: each line of a field is
 * its own fact. A person's name and role ("Dana Reyes, CFO") are context for
 * the writer, not something to quote back, so they are not facts; what the
 * person said is.
 */
import type { AccountFact, AccountNotes, Hint, Role } from '../model/types';
import { q } from '../model/phrase-rule';
import type { AccountRecord } from './types';

/** Where a fact came from, as the model shows it next to a match. */
export const FACT_SOURCES = { strategy: 'strategy', news: 'news', person: 'person', interaction: 'interaction' } as const;

/**
 * The notes in a free-text field, one per line, without list markers
 * ("- ", "• ", "1. ") or lines with no word in them (blank, a lone "-").
 */
export function noteLines(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\r?\n|\r/)
    .map((line) => line.replace(/^\s*(?:[-*•·–—]|\d{1,3}[.)])\s+/u, '').trim())
    .filter((line) => /[\p{L}\p{N}]/u.test(line));
}

/** The account's research as the model's AccountNotes: one fact per note, no duplicates. */
export function toAccountNotes(record: AccountRecord): AccountNotes {
  const facts: AccountFact[] = [];
  const seen = new Set<string>();
  const add = (text: string, source: string) => {
    const id = text.toLowerCase();
    if (seen.has(id)) return;
    seen.add(id);
    facts.push({ text, source });
  };
  for (const line of noteLines(record.strategy)) add(line, FACT_SOURCES.strategy);
  for (const line of noteLines(record.news)) add(line, FACT_SOURCES.news);
  for (const person of record.people) for (const line of noteLines(person.said)) add(line, FACT_SOURCES.person);
  for (const line of noteLines(record.lastInteraction)) add(line, FACT_SOURCES.interaction);
  return { ...(record.name ? { name: record.name } : {}), key: record.key, facts };
}

/**
 * Whether the writer has any research on the account yet: a note in any
 * field, or someone they noted down. Ticking checklist steps alone is not
 * research the email can use.
 */
export function hasResearch(record: AccountRecord | undefined): boolean {
  if (!record) return false;
  return record.people.length > 0 || [record.strategy, record.news, record.lastInteraction].some((t) => noteLines(t).length > 0);
}

/**
 * The facts the draft already uses, from the report's "Uses your research"
 * hints: what the account card marks "✓ used in this email".
 */
export function usedFactTexts(hints: readonly Hint[], notes: AccountNotes | undefined): string[] {
  if (!notes) return [];
  const messages = new Set(hints.filter((h) => h.kind === 'account-reference').map((h) => h.message));
  if (messages.size === 0) return [];
  return notes.facts.filter((f) => messages.has(`Uses your research: ${q(f.text)}.`)).map((f) => f.text);
}

/** The panel's nudge when a prospecting email goes to an account with no research at all. */
export interface ResearchNudge {
  message: string;
  why: string;
  /** The label of the button that opens the account card's checklist. */
  action: string;
}

/**
 * A nudge for a prospecting email to an account with no research yet;
 * undefined otherwise (other roles, or there are notes: then the model's own
 * research hints take over).
 */
export function researchNudge(role: Role, record: AccountRecord | undefined, accountName: string): ResearchNudge | undefined {
  if (role !== 'prospecting' || hasResearch(record)) return undefined;
  return {
    message: `You have no research on ${accountName} yet.`,
    why: 'Prospects trust emails that show you know their business. Five minutes of research gives you something specific to say.',
    action: 'Open the research checklist',
  };
}
