/**
 * A saved email (.eml, or one message of an mbox) to what the coach reads.
 * The MIME work (structure, transfer encodings, charsets, RFC 2047 headers,
 * format=flowed, address lists) is postal-mime's. Ours: which text the coach
 * reads (text/plain, else the HTML through ./html), the To: recipients and
 * the subject, and four repairs for mail as it is in the wild, where postal-mime
 * (4.0) or Node's TextDecoder would lose text that the hand-written parser
 * this replaced (issue 18 §3) read right.
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

/**
 * Nested messages (forwards) are someone else's words: attachments, never read.
 * Nesting deeper than any mail client writes is refused (postal-mime allows 256).
 */
const OPTIONS = { forceRfc822Attachments: true, maxNestingDepth: 20 } as const;

/**
 * postal-mime's memory and time grow with lines (about 1.5 KB and 20 µs a line,
 * measured on Node 20): a 10 MB message of empty lines would take gigabytes. A
 * 10 MB message of ordinary 76-character lines has about 140,000.
 */
export const MAX_LINES = 200_000;

/** Headers that say a text is an email (postal-mime takes any first line for a header). */
const MESSAGE_HEADERS = new Set(['from', 'to', 'subject', 'date', 'content-type', 'mime-version', 'message-id', 'received']);

export async function parseEml(input: Uint8Array): Promise<ParsedEmail> {
  if (countLines(input) > MAX_LINES) throw new EmlError(`more than ${MAX_LINES.toLocaleString('en-US')} lines, too many to read as an email`);
  const bom = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf;
  const bytes = withoutTransportPadding(utf8Headers(bom ? input.subarray(3) : input));
  let email = await parse(bytes);
  if (!email.headers.some((h) => MESSAGE_HEADERS.has(h.key))) throw new EmlError('not an RFC 822 email (no headers found)');
  let chosen = chooseText(email);
  if (chosen.text.includes('\uFFFD') && !isUtf8(bytes)) {
    // Repair 3: 8-bit text mislabelled as UTF-8, or not labelled at all (common in the wild), comes
    // out as U+FFFD; then the lines that are not UTF-8 are read as windows-1252, as mail clients do.
    email = await parse(linesAsUtf8(bytes));
    chosen = chooseText(email);
  }
  const parsed: ParsedEmail = { recipients: recipientsOf(email.to ?? []), text: fixC1(chosen.text) };
  if (chosen.quoted !== undefined) parsed.quoted = fixC1(chosen.quoted);
  if (email.subject !== undefined) parsed.subject = fixC1(email.subject);
  return parsed;
}

/** Newlines, stopping once past MAX_LINES. */
function countLines(bytes: Uint8Array): number {
  let n = 0;
  for (let nl = bytes.indexOf(0x0a); nl >= 0 && n <= MAX_LINES; nl = bytes.indexOf(0x0a, nl + 1)) n++;
  return n;
}

async function parse(bytes: Uint8Array): Promise<Email> {
  try {
    return await PostalMime.parse(bytes, OPTIONS);
  } catch (err) {
    throw new EmlError(`could not be read as an email (${err instanceof Error ? err.message : String(err)})`);
  }
}

function chooseText(email: Email): { text: string; quoted?: string } {
  if (email.text !== undefined) return { text: email.text };
  if (email.html !== undefined) return htmlToText(email.html);
  throw new EmlError('no text/plain or text/html part to score');
}

/** An address list as in a To: header or --to; groups ("team: a@x, b@y;") are flattened. */
export function parseAddressList(list: string): Recipient[] {
  return recipientsOf(addressParser(list));
}

function recipientsOf(addresses: readonly Address[]): Recipient[] {
  return addresses.flatMap((a) => a.group ?? [a]).flatMap(({ name, address }) => {
    const r: Recipient = {};
    const n = fixC1(name).replace(/\s+/g, ' ').trim();
    if (n) r.name = n;
    if (address.trim()) r.email = address.trim();
    return r.name === undefined && r.email === undefined ? [] : [r];
  });
}

// ---------------------------------------------------------------- repairs

/** windows-1252's 0x80–0x9F (undefined bytes map to themselves, as in WHATWG). */
const CP1252_HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ';

/**
 * Repair 1: WHATWG makes windows-1252 the decoder for latin1, iso-8859-1 and
 * us-ascii too, and Node's TextDecoder in some versions (20.20 here;
 * nodejs/node#56542) reads it as Latin-1, so curly quotes, dashes and the euro
 * sign come out as C1 control characters. No mail means those: they are read
 * as windows-1252.
 */
function fixC1(s: string): string {
  return s.replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/**
 * Repair 2: header bytes are ASCII or raw UTF-8 (RFC 6532), but old mailers
 * wrote raw Latin-1, which postal-mime would read as U+FFFD.
 */
function utf8Headers(bytes: Uint8Array): Uint8Array {
  const end = headerEnd(bytes);
  return isUtf8(bytes.subarray(0, end)) ? bytes : join([linesAsUtf8(bytes.subarray(0, end)), bytes.subarray(end)]);
}

/**
 * Repair 4: RFC 2045 (6.7) lets a transport pad a quoted-printable line, so a
 * soft line break can arrive as "=" and blanks before the line end; postal-mime
 * takes only a final "=". Blanks after a "=" that ends a line are dropped.
 */
function withoutTransportPadding(bytes: Uint8Array): Uint8Array {
  const pieces: Uint8Array[] = [];
  let from = 0;
  for (let nl = bytes.indexOf(0x0a); nl >= 0; nl = bytes.indexOf(0x0a, nl + 1)) {
    const end = bytes[nl - 1] === 0x0d ? nl - 1 : nl;
    let start = end;
    while (start > from && (bytes[start - 1] === 0x20 || bytes[start - 1] === 0x09)) start--;
    if (start < end && bytes[start - 1] === 0x3d) {
      pieces.push(bytes.subarray(from, start));
      from = end;
    }
  }
  if (!pieces.length) return bytes;
  pieces.push(bytes.subarray(from));
  return join(pieces);
}

/** Where the message's own header block ends (after its blank line's newline), or the end. */
function headerEnd(bytes: Uint8Array): number {
  if (bytes[0] === 0x0a || (bytes[0] === 0x0d && bytes[1] === 0x0a)) return 0;
  for (let nl = bytes.indexOf(0x0a); nl >= 0; nl = bytes.indexOf(0x0a, nl + 1)) {
    if (bytes[nl + 1] === 0x0a || (bytes[nl + 1] === 0x0d && bytes[nl + 2] === 0x0a)) return nl + 1;
  }
  return bytes.length;
}

const encoder = new TextEncoder();

/** Each line that is not valid UTF-8 read as windows-1252, so that the whole is UTF-8. */
function linesAsUtf8(bytes: Uint8Array): Uint8Array {
  if (isUtf8(bytes)) return bytes;
  const lines: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; ) {
    const nl = bytes.indexOf(0x0a, at);
    const line = bytes.subarray(at, nl < 0 ? bytes.length : nl + 1);
    lines.push(isUtf8(line) ? line : encoder.encode(decodeWindows1252(line)));
    at += line.length;
  }
  return join(lines);
}

/** windows-1252 by hand, for the reason in fixC1. */
function decodeWindows1252(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b);
  return s;
}

function join(pieces: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
