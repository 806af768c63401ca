import type { AccountFact, AccountNotes } from './types';
import { contentStems, stem, words } from './text';
import { stemsMatch } from './listening';

/** Reads context.account leniently: anything that is not AccountNotes-shaped is ignored. */
export function readAccount(value: unknown): AccountNotes | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  const facts: AccountFact[] = [];
  if (Array.isArray(v.facts)) {
    for (const f of v.facts) {
      if (typeof f === 'string' && f.trim()) facts.push({ text: f.trim() });
      else if (f && typeof f === 'object' && typeof (f as AccountFact).text === 'string' && (f as AccountFact).text.trim()) {
        const src = (f as AccountFact).source;
        facts.push({ text: (f as AccountFact).text.trim(), ...(typeof src === 'string' ? { source: src } : {}) });
      }
    }
  }
  return {
    ...(typeof v.name === 'string' ? { name: v.name } : {}),
    ...(typeof v.key === 'string' ? { key: v.key } : {}),
    facts,
  };
}

// Words too common in notes to identify a fact by themselves.
const WEAK = new Set(['company', 'business', 'team', 'customer', 'client', 'product', 'year', 'quarter', 'month', 'week', 'project', 'plan', 'work', 'said', 'new', 'help', 'time', 'need', 'good', 'great', 'call', 'email', 'meet', 'last', 'next', 'today'].map(stem));

export interface FactMatch {
  fact: AccountFact;
  start: number;
  end: number;
}

/**
 * Finds where the body uses a fact, forgivingly: "your Brazil expansion"
 * matches "expanding into Brazil in Q2". A fact matches a sentence that uses
 * two of its distinctive words, or its one proper name.
 */
export function matchFact(fact: AccountFact, sentences: readonly { start: number; text: string }[]): FactMatch | undefined {
  const factStems = [...new Set(contentStems(fact.text))].filter((s) => !WEAK.has(s));
  if (factStems.length === 0) return undefined;
  const proper = new Set(words(fact.text).filter((w, i) => i > 0 && /^[A-Z]/.test(w.text) && w.text.length > 2).map((w) => stem(w.lower)));
  for (const s of sentences) {
    const ws = words(s.text, s.start);
    const hits = ws.filter((w) => factStems.some((f) => stemsMatch(f, stem(w.lower))));
    const distinct = new Set(hits.map((h) => factStems.find((f) => stemsMatch(f, stem(h.lower)))));
    if (hits.some((h) => proper.has(stem(h.lower)))) return span(fact, hits);
    // A fact that names a place or person ("cross-dock sites in Ohio") but is used without it
    // needs three of its words: two common ones ("dock", "sites") may be about something else.
    const need = factStems.length === 1 ? 1 : proper.size > 0 && factStems.length > 3 ? 3 : 2;
    if (distinct.size >= need) return span(fact, hits);
  }
  return undefined;
}

function span(fact: AccountFact, hits: readonly { start: number; end: number }[]): FactMatch {
  return { fact, start: hits[0]!.start, end: hits[hits.length - 1]!.end };
}


