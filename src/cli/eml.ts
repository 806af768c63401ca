/**
 * Just enough RFC 822 / MIME to score a saved email: headers (with RFC 2047
 * encoded-words), multipart bodies, quoted-printable and base64, and the
 * common charsets. Bytes are carried as "binary strings" (one char per byte)
 * until a part's charset is known.
 */
import type { Recipient } from '../model/index';
import { htmlToText } from './html';
import { cutAtOnLastLine, isSpace, oneOf, trimEndWhile } from '../model/chars';

export class EmlError extends Error {}

export interface ParsedEmail {
  /** The raw To: header, if any. */
  to?: string;
  subject?: string;
  /** The chosen body as plain text (HTML converted). */
  text: string;
  /** Quoted history found in the HTML structure (blockquote, gmail_quote, Outlook reply). */
  quoted?: string;
}

interface Part {
  headers: Map<string, string>;
  /** Raw body, one char per byte. */
  body: string;
}

interface ContentType {
  type: string;
  params: Map<string, string>;
}

const MAX_DEPTH = 20;

// ---------------------------------------------------------------- bytes & charsets

function binaryString(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return s;
}

function toBytes(binary: string): Uint8Array {
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i) & 0xff;
  return bytes;
}

function decoderFor(charset: string): TextDecoder {
  try {
    return new TextDecoder(charset || 'utf-8');
  } catch {
    throw new EmlError(`unsupported charset "${charset}"`);
  }
}

/** windows-1252's 0x80–0x9F (undefined bytes map to themselves, as in WHATWG). */
const CP1252_HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ';

/**
 * windows-1252 by hand: WHATWG makes it the decoder for latin1, iso-8859-1 and
 * us-ascii too, and some Node builds drop its 0x80–0x9F range (curly quotes, dashes).
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] ?? '') : String.fromCharCode(b);
  return s;
}

/** Decodes bytes in a charset; mislabelled UTF-8 (common in the wild) falls back to windows-1252. */
export function decodeCharset(bytes: Uint8Array, charset: string): string {
  const decoder = decoderFor(charset.trim().toLowerCase());
  if (decoder.encoding === 'windows-1252') return decodeWindows1252(bytes);
  if (decoder.encoding !== 'utf-8') return decoder.decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

// ---------------------------------------------------------------- transfer encodings

export function decodeQuotedPrintable(binary: string): Uint8Array {
  const s = binary.replace(/=[ \t]*\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return toBytes(s);
}

export function decodeBase64(binary: string): Uint8Array {
  const clean = trimEndWhile(binary.replace(/[^A-Za-z0-9+/=]/g, ''), oneOf('='));
  const padded = clean + '='.repeat((4 - (clean.length % 4)) % 4);
  try {
    return toBytes(atob(padded));
  } catch {
    throw new EmlError('invalid base64 body');
  }
}

function decodeTransfer(body: string, encoding: string): Uint8Array {
  switch (encoding.trim().toLowerCase()) {
    case 'quoted-printable':
      return decodeQuotedPrintable(body);
    case 'base64':
      return decodeBase64(body);
    default:
      return toBytes(body);
  }
}

// ---------------------------------------------------------------- headers

/** Decodes RFC 2047 encoded-words (=?charset?Q|B?text?=); spaces between adjacent words vanish. */
export function decodeEncodedWords(value: string): string {
  const word = /=\?([^?\s]+)\?([QqBb])\?([^?\s]*)\?=/g;
  return value.replace(/(=\?[^?\s]+\?[QqBb]\?[^?\s]*\?=)\s+(?==\?)/g, '$1').replace(word, (all, charset: string, enc: string, text: string) => {
    try {
      const bytes = enc.toUpperCase() === 'B' ? decodeBase64(text) : decodeQuotedPrintable(text.replace(/_/g, ' '));
      return decodeCharset(bytes, cutAtOnLastLine(charset, '*'));
    } catch {
      return all;
    }
  });
}

/** Header bytes are ASCII or, these days, raw UTF-8 (RFC 6532); otherwise Latin-1. */
function headerText(binary: string): string {
  return decodeCharset(toBytes(binary), 'utf-8');
}

function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  const unfolded = block.replace(/\r?\n(?=[ \t])/g, '');
  for (const line of unfolded.split(/\r?\n/)) {
    // The value is trimmed, so the spaces after the colon need no pattern of their own (with one, "[ \t]*(.*)" could trade them).
    const m = /^([!-9;-~]+):(.*)$/.exec(line);
    if (m && !headers.has(m[1]!.toLowerCase())) headers.set(m[1]!.toLowerCase(), m[2]!.trim());
  }
  return headers;
}

function splitPart(raw: string): Part {
  const m = /^\r?\n|\r?\n\r?\n/.exec(raw);
  const head = m ? raw.slice(0, m.index) : raw;
  const body = m ? raw.slice(m.index + m[0].length) : '';
  return { headers: parseHeaders(head), body };
}

function parseContentType(value: string | undefined): ContentType {
  const [type = '', ...rest] = (value ?? 'text/plain').split(';');
  const params = new Map<string, string>();
  // A name starts where a run of name characters does: tried inside a run, it failed again for each of them.
  for (const m of rest.join(';').matchAll(/(?<![\w*-])([\w*-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))/g)) {
    params.set(m[1]!.toLowerCase(), (m[2] ?? m[3] ?? '').replace(/\\(.)/g, '$1'));
  }
  return { type: type.trim().toLowerCase() || 'text/plain', params };
}

// ---------------------------------------------------------------- MIME structure

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function splitMultipart(body: string, boundary: string): string[] {
  const delimiter = new RegExp(`(?:^|\\r?\\n)--${escapeRegExp(boundary)}(--)?[ \\t]*(?=\\r?\\n|$)`, 'g');
  const parts: string[] = [];
  let start = -1;
  for (const m of body.matchAll(delimiter)) {
    if (start >= 0) parts.push(body.slice(start, m.index).replace(/^\r?\n/, ''));
    if (m[1]) return parts;
    start = m.index + m[0].length;
  }
  if (start >= 0) parts.push(body.slice(start).replace(/^\r?\n/, ''));
  return parts;
}

function isAttachment(part: Part): boolean {
  return /^\s*attachment/i.test(part.headers.get('content-disposition') ?? '');
}

/** Leaf parts in document order, attachments and nested messages left out. */
function leaves(part: Part, depth = 0): Part[] {
  const ct = parseContentType(part.headers.get('content-type'));
  if (ct.type.startsWith('multipart/')) {
    const boundary = ct.params.get('boundary');
    if (!boundary || depth >= MAX_DEPTH) return [];
    return splitMultipart(part.body, boundary).flatMap((raw) => leaves(splitPart(raw), depth + 1));
  }
  return isAttachment(part) ? [] : [part];
}

/** RFC 3676 format=flowed: a line ending in a space continues on the next (the sig delimiter excepted). */
function unflow(text: string, delsp: boolean): string {
  return text.replace(/(?<!^--) \r?\n(?!\r?\n)/gm, delsp ? '' : ' ');
}

function partText(part: Part): string {
  const ct = parseContentType(part.headers.get('content-type'));
  const bytes = decodeTransfer(part.body, part.headers.get('content-transfer-encoding') ?? '7bit');
  const text = decodeCharset(bytes, ct.params.get('charset') ?? 'utf-8');
  if (ct.type !== 'text/plain' || ct.params.get('format')?.toLowerCase() !== 'flowed') return text;
  return unflow(text, ct.params.get('delsp')?.toLowerCase() === 'yes');
}

function chooseBody(root: Part): { part: Part; html: boolean } {
  const found = leaves(root);
  const typeOf = (p: Part) => parseContentType(p.headers.get('content-type')).type;
  const plain = found.find((p) => typeOf(p) === 'text/plain');
  if (plain) return { part: plain, html: false };
  const html = found.find((p) => typeOf(p) === 'text/html');
  if (html) return { part: html, html: true };
  throw new EmlError('no text/plain or text/html part to score');
}

function looksLikeMessage(headers: Map<string, string>): boolean {
  return ['from', 'to', 'subject', 'date', 'content-type', 'mime-version', 'message-id', 'received'].some((h) => headers.has(h));
}

export function parseEml(bytes: Uint8Array): ParsedEmail {
  const root = splitPart(binaryString(bytes).replace(/^\xEF\xBB\xBF/, ''));
  if (!looksLikeMessage(root.headers)) throw new EmlError('not an RFC 822 email (no headers found)');
  const { part, html } = chooseBody(root);
  const text = partText(part);
  const email: ParsedEmail = html ? htmlToText(text) : { text };
  const to = root.headers.get('to');
  const subject = root.headers.get('subject');
  if (to !== undefined) email.to = headerText(to);
  if (subject !== undefined) email.subject = decodeEncodedWords(headerText(subject));
  return email;
}

// ---------------------------------------------------------------- addresses

/** Splits on commas outside quotes, angle brackets and comments. */
function splitAddresses(list: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  let angle = 0;
  let comment = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    if (c === '\\' && quoted) {
      current += c + (list[++i] ?? '');
      continue;
    }
    if (c === '"' && !comment) quoted = !quoted;
    else if (!quoted && c === '<') angle++;
    else if (!quoted && c === '>') angle = Math.max(0, angle - 1);
    else if (!quoted && c === '(') comment++;
    else if (!quoted && c === ')') comment = Math.max(0, comment - 1);
    if (c === ',' && !quoted && !angle && !comment) {
      out.push(current);
      current = '';
    } else current += c;
  }
  out.push(current);
  return out.map((s) => s.trim()).filter(Boolean);
}

function cleanName(name: string): string | undefined {
  const unquoted = name.trim().replace(/^"(.*)"$/s, '$1').replace(/\\(.)/g, '$1').trim();
  const decoded = decodeEncodedWords(unquoted).replace(/\s+/g, ' ').trim();
  return decoded || undefined;
}

function recipient(name: string | undefined, email: string | undefined): Recipient {
  const r: Recipient = {};
  const n = name === undefined ? undefined : cleanName(name);
  if (n) r.name = n;
  if (email) r.email = email.trim();
  return r;
}

/**
 * `dana@x.com (Dana)` as [address, comment], as /^(\S+@\S+)\s*\((.*)\)\s*$/s read it (`s` is trimmed). A scan: that
 * regex backtracked polynomially on runs of "@" or "(". The address is the first word, or the part of it before
 * its last "(", and holds an "@" with something either side; the comment runs to the closing ")" at the end.
 */
function commentForm(s: string): [string, string] | undefined {
  if (!s.endsWith(')')) return undefined;
  let word = 0;
  while (word < s.length && !isSpace(s[word])) word++;
  const at = s.indexOf('@', 1);
  if (at < 0) return undefined;
  let open = word;
  while (open < s.length && isSpace(s[open])) open++;
  let end = word;
  if (!(open > word && s[open] === '(' && word >= at + 2)) {
    end = open = s.lastIndexOf('(', word - 1);
    if (open < at + 2) return undefined;
  }
  return [s.slice(0, end), s.slice(open + 1, -1)];
}

/** One address: `"Dana Reyes" <dana@x.com>`, `dana@x.com (Dana)`, `dana@x.com`, or a bare name. */
export function parseAddress(text: string): Recipient {
  const s = text.trim();
  const angle = /^(.*?)<([^<>]*)>\s*$/s.exec(s);
  if (angle) return recipient(angle[1], angle[2]);
  const comment = commentForm(s);
  if (comment) return recipient(comment[1], comment[0]);
  if (/^[^\s@"]+@[^\s@"]+$/.test(s)) return recipient(undefined, s);
  return recipient(s, undefined);
}

/** An address list as in a To: header; groups ("team: a@x, b@y;") are flattened. */
export function parseAddressList(list: string): Recipient[] {
  const withoutGroups = list.replace(/^[^"<>,@]*:/, '').replace(/;\s*$/, '');
  return splitAddresses(withoutGroups)
    .map(parseAddress)
    .filter((r) => r.name !== undefined || r.email !== undefined);
}
