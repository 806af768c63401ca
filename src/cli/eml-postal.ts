/**
 * A saved email (.eml, or one message of an mbox) to what the coach reads.
 * The MIME work (structure, transfer encodings, charsets, RFC 2047 headers,
 * format=flowed, address lists) is postal-mime's; ours is the choice of text
 * (text/plain, else the HTML through ./html) and three repairs for mail as it
 * is in the wild, each noted where it is made.
 */
import PostalMime, { addressParser, type Address, type Email } from 'postal-mime';
import { isUtf8 } from 'node:buffer';
import type { Recipient } from '../model/index';
import { htmlToText } from './html';

export class EmlError extends Error {}

export interface ParsedEmail {
  /** The To: recipients (groups flattened). */
  recipients: Recipient[];
  subject?: string;
  /** The chosen body as plain text (HTML converted). */
  text: string;
  /** Quoted history found in the HTML structure (blockquote, gmail_quote, Outlook reply). */
  quoted?: string;
}

/** windows-1252's 0x80–0x9F (undefined bytes map to themselves, as in WHATWG). */
const CP1252_HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ';

/** windows-1252 by hand (see fixC1 for why not TextDecoder). */
function decodeWindows1252(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b);
  return s;
}

/**
 * Repair 1: WHATWG makes windows-1252 the decoder for latin1, iso-8859-1 and
 * us-ascii too, and Node's TextDecoder (20.x, 22.x: nodejs/node#56542) reads
 * it as Latin-1, so curly quotes, dashes and the euro sign come out as C1
 * control characters. No mail means those; they are read as windows-1252.
 */
function fixC1(s: string): string {
  return s.replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

const encoder = new TextEncoder();

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Each line that is not valid UTF-8 read as windows-1252, so that the whole is UTF-8. */
function linesAsUtf8(bytes: Uint8Array): Uint8Array {
  if (isUtf8(bytes)) return bytes;
  const out: Uint8Array[] = [];
  let size = 0;
  for (let at = 0; at < bytes.length; ) {
    const nl = bytes.indexOf(0x0a, at);
    const end = nl < 0 ? bytes.length : nl + 1;
    const line = bytes.subarray(at, end);
    const fixed = isUtf8(line) ? line : encoder.encode(decodeWindows1252(line));
    out.push(fixed);
    size += fixed.length;
    at = end;
  }
  const joined = new Uint8Array(size);
  let at = 0;
  for (const piece of out) {
    joined.set(piece, at);
    at += piece.length;
  }
  return joined;
}

/** Where the message's own header block ends (its blank line), or the end. */
function headerEnd(bytes: Uint8Array): number {
  if (bytes[0] === 0x0a || (bytes[0] === 0x0d && bytes[1] === 0x0a)) return 0;
  for (let nl = bytes.indexOf(0x0a); nl >= 0; nl = bytes.indexOf(0x0a, nl + 1)) {
    if (bytes[nl + 1] === 0x0a || (bytes[nl + 1] === 0x0d && bytes[nl + 2] === 0x0a)) return nl + 1;
  }
  return bytes.length;
}

/**
 * Repair 2: header bytes are ASCII or raw UTF-8 (RFC 6532), but old mailers
 * wrote raw Latin-1, which postal-mime would read as U+FFFD.
 */
function utf8Headers(bytes: Uint8Array): Uint8Array {
  const end = headerEnd(bytes);
  const head = bytes.subarray(0, end);
  return isUtf8(head) ? bytes : concat(linesAsUtf8(head), bytes.subarray(end));
}

const REPLACEMENT = Uint8Array.of(0xef, 0xbf, 0xbd);

function hasReplacementBytes(bytes: Uint8Array): boolean {
  for (let i = bytes.indexOf(0xef); i >= 0; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === REPLACEMENT[1] && bytes[i + 2] === REPLACEMENT[2]) return true;
  }
  return false;
}

/** Nested messages (forwards) are someone else's words: attachments, never read. */
const OPTIONS = { forceRfc822Attachments: true, maxNestingDepth: 50 } as const;

async function parse(bytes: Uint8Array): Promise<Email> {
  try {
    return await PostalMime.parse(bytes, OPTIONS);
  } catch (err) {
    throw new EmlError(`could not be read as an email (${err instanceof Error ? err.message : String(err)})`);
  }
}

const MESSAGE_HEADERS = new Set(['from', 'to', 'subject', 'date', 'content-type', 'mime-version', 'message-id', 'received']);

function chooseText(email: Email): { text: string; quoted?: string } {
  if (email.text !== undefined) return { text: email.text };
  if (email.html !== undefined) return htmlToText(email.html);
  throw new EmlError('no text/plain or text/html part to score');
}

function recipientsOf(addresses: readonly Address[]): Recipient[] {
  return addresses.flatMap((a) => (a.group ? a.group : [a])).flatMap(({ name, address }) => {
    const r: Recipient = {};
    const n = fixC1(name).replace(/\s+/g, ' ').trim();
    if (n) r.name = n;
    if (address.trim()) r.email = address.trim();
    return r.name === undefined && r.email === undefined ? [] : [r];
  });
}

/** An address list as in a To: header or --to; groups ("team: a@x, b@y;") are flattened. */
export function parseAddressList(list: string): Recipient[] {
  return recipientsOf(addressParser(list));
}

export async function parseEml(input: Uint8Array): Promise<ParsedEmail> {
  const bom = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf;
  const bytes = utf8Headers(bom ? input.subarray(3) : input);
  let email = await parse(bytes);
  if (!email.headers.some((h) => MESSAGE_HEADERS.has(h.key))) throw new EmlError('not an RFC 822 email (no headers found)');
  let chosen = chooseText(email);
  // Repair 3: mislabelled (or unlabelled) 8-bit text, common in the wild, is read as
  // U+FFFD; when that is what came out, the lines that are not UTF-8 are read as windows-1252.
  if (chosen.text.includes('\uFFFD') && !hasReplacementBytes(bytes)) {
    email = await parse(linesAsUtf8(bytes));
    chosen = chooseText(email);
  }
  const parsed: ParsedEmail = { recipients: recipientsOf(email.to ?? []), text: fixC1(chosen.text) };
  if (chosen.quoted !== undefined) parsed.quoted = fixC1(chosen.quoted);
  if (email.subject !== undefined) parsed.subject = fixC1(email.subject);
  return parsed;
}
