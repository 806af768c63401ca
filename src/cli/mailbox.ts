/**
 * Mailboxes: a folder of .eml files or an mbox file (Gmail Takeout,
 * Thunderbird), read one message at a time. An mbox is streamed in chunks and
 * split on lines starting with "From "; memory holds one message at most, and
 * a message over the size cap is skipped (its bytes dropped as they come).
 */
import { constants } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { kindOf, notRegular } from './read';

const CHUNK = 64 * 1024;
const NL = 0x0a;
const FROM = [0x46, 0x72, 0x6f, 0x6d, 0x20]; // "From "

/** One message of a mailbox: its bytes, or tooLarge when it passed the cap. */
export interface MailboxMessage {
  /** 1-based position in the mailbox. */
  index: number;
  bytes?: Uint8Array;
  tooLarge?: boolean;
}

export async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** The .eml files of a folder (not its subfolders), by name. */
export async function emlFilesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => /\.eml$/i.test(e.name) && !e.isDirectory())
    .map((e) => e.name)
    .sort()
    .map((name) => join(dir, name));
}

function startsWithFrom(line: Uint8Array): boolean {
  if (line.length < FROM.length) return false;
  for (let i = 0; i < FROM.length; i++) if (line[i] !== FROM[i]) return false;
  return true;
}

/** mboxrd escaping: ">From ", ">>From " … lose one ">". */
function unescapeFrom(line: Uint8Array): Uint8Array {
  let i = 0;
  while (i < line.length && line[i] === 0x3e) i++;
  return i > 0 && startsWithFrom(line.subarray(i)) ? line.subarray(1) : line;
}

/** An mbox envelope line: "From sender Mon Nov 23 10:00:00 2026" (asctime date, as Thunderbird and Takeout write it). */
const ENVELOPE = /^From \S+ +[A-Z][a-z]{2} [A-Z][a-z]{2} +\d{1,2} \d{1,2}:\d{2}/;

/** Does this file look like an mbox: named .mbox, or (not a .txt or .eml) starting with an mbox envelope line? */
export async function looksLikeMbox(path: string): Promise<boolean> {
  if (/\.mbox$/i.test(path)) return true;
  if (/\.(?:txt|eml)$/i.test(path)) return false;
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    if (!(await handle.stat()).isFile()) return false;
    const head = new Uint8Array(1024);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const text = new TextDecoder('latin1').decode(head.subarray(0, bytesRead));
    return ENVELOPE.test(text);
  } catch {
    return false;
  } finally {
    await handle?.close();
  }
}

/**
 * The messages of an mbox, in order. Lines are carried across chunks; a
 * message (or a line) over maxBytes is dropped as it is read, and reported
 * as tooLarge once it ends.
 */
export async function* mboxMessages(path: string, maxBytes: number): AsyncGenerator<MailboxMessage> {
  const before = await stat(path);
  const kind = kindOf(before);
  if (kind) throw notRegular(kind);
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const kindNow = kindOf(await handle.stat());
    if (kindNow) throw notRegular(kindNow);
    let index = 0;
    let started = false;
    let parts: Uint8Array[] = [];
    let size = 0;
    let tooLarge = false;
    /** The start of the current line (only its first bytes are kept once the message is too large). */
    let line: Uint8Array[] = [];
    let lineSize = 0;

    const finish = (): MailboxMessage | undefined => {
      if (!started) return undefined;
      index++;
      if (tooLarge) return { index, tooLarge: true };
      const bytes = new Uint8Array(size);
      let at = 0;
      for (const p of parts) {
        bytes.set(p, at);
        at += p.length;
      }
      return { index, bytes };
    };
    const addToMessage = (bytes: Uint8Array): void => {
      if (tooLarge) return;
      size += bytes.length;
      if (size > maxBytes) {
        tooLarge = true;
        parts = [];
        return;
      }
      parts.push(bytes);
    };
    /** A whole line (newline included); returns a finished message when it starts the next one. */
    const endLine = (whole: Uint8Array): MailboxMessage | undefined => {
      if (startsWithFrom(whole)) {
        const done = finish();
        started = true;
        parts = [];
        size = 0;
        tooLarge = false;
        return done;
      }
      if (started) addToMessage(unescapeFrom(whole));
      return undefined;
    };
    const joinLine = (): Uint8Array => {
      const out = new Uint8Array(lineSize);
      let at = 0;
      for (const p of line) {
        out.set(p, at);
        at += p.length;
      }
      line = [];
      lineSize = 0;
      return out;
    };
    /** A line longer than the cap: only its first bytes are kept (to tell a "From " line), the rest is dropped. */
    let lineOverflow = false;
    const keep = (piece: Uint8Array): void => {
      line.push(piece);
      lineSize += piece.length;
      if (lineSize > maxBytes + FROM.length) {
        const head = joinLine().slice(0, FROM.length);
        line = [head];
        lineSize = head.length;
        lineOverflow = true;
      }
    };
    const wholeLine = (): MailboxMessage | undefined => {
      const whole = joinLine();
      if (!lineOverflow || startsWithFrom(whole)) {
        lineOverflow = false;
        return endLine(whole);
      }
      lineOverflow = false;
      if (started) {
        tooLarge = true;
        parts = [];
      }
      return undefined;
    };

    for (;;) {
      const chunk = new Uint8Array(CHUNK);
      const { bytesRead } = await handle.read(chunk, 0, CHUNK, null);
      if (bytesRead === 0) break;
      const data = chunk.subarray(0, bytesRead);
      let from = 0;
      while (from < data.length) {
        const nl = data.indexOf(NL, from);
        if (nl === -1) {
          keep(data.subarray(from));
          break;
        }
        keep(data.subarray(from, nl + 1));
        from = nl + 1;
        const done = wholeLine();
        if (done) yield done;
      }
    }
    if (lineSize) {
      const done = wholeLine();
      if (done) yield done;
    }
    const last = finish();
    if (last) yield last;
  } finally {
    await handle.close();
  }
}
