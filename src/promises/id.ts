/**
 * Stable promise ids. Sending the same promise twice (a resend, a reply that
 * repeats it) must not add it twice, so the id depends only on what makes a
 * promise the same one: the site, the conversation, the words and the due.
 */
import { conversationKey } from './link';
import type { PromiseSite } from './types';
import { spaceOr, trimEndWhile } from '../model/chars';

/** Lower case, straight quotes, single spaces, no closing punctuation: "I’ll send it." ≡ "i'll  send it". */
export function normalizeText(text: string): string {
  const single = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ');
  return trimEndWhile(single, spaceOr('.!,;:')).trim();
}

/** The subject without reply/forward prefixes, so "Re: Pricing" and "Pricing" are one conversation. */
export function normalizeSubject(subject: string): string {
  let s = normalizeText(subject);
  for (;;) {
    // The spaces around "[2]" belong to it, so two runs of spaces never meet (they could trade characters).
    const next = s.replace(/^(?:re|fw|fwd|aw|wg|sv|vs|tr|rv)\s*(?:\[\d+\]\s*)?:\s*/i, '');
    if (next === s) return s;
    s = next;
  }
}

/** Two independent 32-bit hashes (FNV-1a and a Murmur-style mix): 64 bits, enough for a few thousand promises. */
function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
  b ^= b >>> 16;
  return (a >>> 0).toString(36).padStart(7, '0') + (b >>> 0).toString(36).padStart(7, '0');
}

export function promiseId(input: { site: PromiseSite; link?: string; subject?: string; text: string; due?: string }): string {
  const where = input.link ? `link:${conversationKey(input.link)}` : `subject:${normalizeSubject(input.subject ?? '')}`;
  return `p${hash64([input.site, where, normalizeText(input.text), input.due ?? ''].join('\u0000'))}`;
}
