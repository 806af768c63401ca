/**
 * Reading inputs safely: only regular files (or `-`, standard input), never
 * more than a size cap, in fixed-size chunks so memory stays bounded whatever
 * the input is (/dev/zero, a named pipe, a 50 GB file).
 */
import { constants, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';

/** 10 MiB: far more than any email draft, small enough to hold in memory. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
const CHUNK = 64 * 1024;

/** The argument that means standard input. */
export const STDIN = '-';

/** A problem with the input itself, reported on one line with exit 2. */
export class ReadError extends Error {}

/** Standard input, or anything that yields byte chunks (a Readable is one). */
export type ByteSource = AsyncIterable<Uint8Array | string>;

/** What a path is, in words, when it is not a regular file. */
export function kindOf(st: Stats): string | undefined {
  if (st.isFile()) return undefined;
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a named pipe';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  return 'a special file';
}

export function notRegular(kind: string): ReadError {
  if (kind === 'a directory') return new ReadError('is a directory');
  return new ReadError(`not a regular file (${kind}); use - to read standard input`);
}

export function tooLarge(maxBytes: number): ReadError {
  return new ReadError(`larger than the size limit of ${maxBytes.toLocaleString('en-US')} bytes; stopped reading (raise it with --max-bytes)`);
}

function join(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]!.length === total) return chunks[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * A regular file, at most maxBytes of it. The path is checked with stat
 * before it is opened (opening a named pipe would block), and again on the
 * open descriptor (opened non-blocking) in case it was swapped in between.
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<Uint8Array> {
  const before = await stat(path);
  const kind = kindOf(before);
  if (kind) throw notRegular(kind);
  if (before.size > maxBytes) throw tooLarge(maxBytes);
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const st = await handle.stat();
    const kindNow = kindOf(st);
    if (kindNow) throw notRegular(kindNow);
    if (st.size > maxBytes) throw tooLarge(maxBytes);
    // The file may grow while we read: read at most maxBytes + 1 and stop.
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const want = Math.min(CHUNK, maxBytes + 1 - total);
      const buffer = new Uint8Array(want);
      const { bytesRead } = await handle.read(buffer, 0, want, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw tooLarge(maxBytes);
      chunks.push(bytesRead === want ? buffer : buffer.subarray(0, bytesRead));
    }
    return join(chunks, total);
  } finally {
    await handle.close();
  }
}

/** Standard input (or any byte source), at most maxBytes; stops pulling as soon as the cap is passed. */
export async function readSource(source: ByteSource, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const encoder = new TextEncoder();
  for await (const piece of source) {
    const bytes = typeof piece === 'string' ? encoder.encode(piece) : piece;
    total += bytes.length;
    // Leaving the loop ends the iteration (a Readable is destroyed): the rest is never read.
    if (total > maxBytes) throw tooLarge(maxBytes);
    chunks.push(bytes);
  }
  return join(chunks, total);
}
