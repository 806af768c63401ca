import { describe, it, expect, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, closeSync, openSync, ftruncateSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { Readable } from 'node:stream';
import type { Report } from '../../src/model/index';
import { parseArgs } from '../../src/cli/args';
import { DEFAULT_MAX_BYTES, readRegularFile, readSource } from '../../src/cli/read';
import { CLOCK, hasStackTrace, jsonLines, run, tempDir } from './helpers';

const tmp = tempDir();
const BODY = "Hi Dana,\n\nI fixed the export and re-ran last night's file. I'll send it by Thursday at 3pm. Does that work?\n\nSam";
const PLAYBOOK_OPTS = ['--batch', '--account', '--playbook'] as const;

/** Runs with a special path as FILE or as the value of an option; other inputs are good. */
function argsFor(where: 'FILE' | (typeof PLAYBOOK_OPTS)[number], path: string): string[] {
  const draft = tmp.write('ok.txt', BODY);
  if (where === 'FILE') return [path, ...CLOCK];
  if (where === '--batch') return ['--batch', path, ...CLOCK];
  return [draft, where, path, ...CLOCK];
}

function expectRefused(r: { code: number; errors: string[]; stdout: string; stderr: string }, path: string, what: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.errors).toHaveLength(1);
  expect(r.errors[0]!.startsWith(`trust-coach: ${path}: `)).toBe(true);
  expect(r.errors[0]).toMatch(what);
  expect(hasStackTrace(r.stderr)).toBe(false);
}

const WHERE = ['FILE', ...PLAYBOOK_OPTS] as const;
const unix = process.platform !== 'win32';

describe('only regular files are read', () => {
  const fifo = tmp.path('pipe');
  const socket = tmp.path('sock');
  let server: Server | undefined;
  const haveFifo = unix && spawnSync('mkfifo', [fifo]).status === 0;
  afterAll(() => server?.close());

  it.runIf(existsSync('/dev/zero')).each(WHERE)('refuses /dev/zero as %s, without reading it', async (where) => {
    const r = await run(argsFor(where, '/dev/zero'));
    expectRefused(r, '/dev/zero', /: not a regular file \(a character device\)/);
  }, 5_000);

  it.runIf(haveFifo).each(WHERE)('refuses a named pipe as %s instead of waiting for a writer', async (where) => {
    const r = await run(argsFor(where, fifo));
    expectRefused(r, fifo, /: not a regular file \(a named pipe\); use - to read standard input$/);
  }, 5_000);

  it.runIf(unix).each(WHERE)('refuses a socket as %s', async (where) => {
    if (!server) {
      server = createServer();
      await new Promise<void>((resolve) => server!.listen(socket, resolve));
    }
    const r = await run(argsFor(where, socket));
    expectRefused(r, socket, /: not a regular file \(a socket\)/);
  }, 5_000);

  it.each(PLAYBOOK_OPTS)('refuses a directory as %s', async (where) => {
    const dir = tmp.path('');
    const r = await run(argsFor(where, dir));
    expectRefused(r, dir, /: is a directory$/);
  });

  it('still scores the regular files next to a refused one', async () => {
    const good = tmp.write('good.txt', BODY);
    const r = await run([good, '/dev/zero', '--json', ...CLOCK]);
    expect(r.code).toBe(2);
    expect(jsonLines(r.stdout).map((l) => l.file)).toEqual([good]);
  });
});

describe('- reads standard input', () => {
  it('scores a draft from standard input', async () => {
    const r = await run(['-', '--json', '--role', 'support', ...CLOCK], { stdin: Readable.from([Buffer.from(BODY.slice(0, 20)), Buffer.from(BODY.slice(20))]) });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const fromFile = await run([tmp.write('same.txt', BODY), '--json', '--role', 'support', ...CLOCK]);
    expect(JSON.parse(r.stdout) as Report).toEqual(JSON.parse(fromFile.stdout) as Report);
  });

  it('reads a --batch from standard input', async () => {
    const lines = `${JSON.stringify({ body: BODY })}\n${JSON.stringify({ body: BODY, role: 'support' })}\n`;
    const r = await run(['--batch', '-', ...CLOCK], { stdin: Readable.from([lines]) });
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout).map((o) => o.line)).toEqual([1, 2]);
  });

  it('refuses to read standard input twice', async () => {
    const r = await run(['-', '--playbook', '-', ...CLOCK], { stdin: Readable.from([BODY]) });
    expect(r.code).toBe(2);
    expect(r.errors).toEqual(['trust-coach: standard input (-) can be read only once']);
  });
});

describe('the size cap', () => {
  it('defaults to 10 MiB', () => {
    expect(DEFAULT_MAX_BYTES).toBe(10 * 1024 * 1024);
  });

  it('parses --max-bytes with K, M and G, and rejects anything else', () => {
    const max = (v: string) => {
      const r = parseArgs(['a.txt', '--max-bytes', v]);
      return r.ok ? r.options.maxBytes : r.error;
    };
    expect(max('5000')).toBe(5000);
    expect(max('64K')).toBe(65536);
    expect(max('10m')).toBe(10 * 1024 * 1024);
    expect(max('1G')).toBe(1024 ** 3);
    for (const bad of ['0', '-5', '1.5M', 'ten', '10 MB', '']) expect(max(bad)).toMatch(/--max-bytes must be a positive number of bytes/);
  });

  it('scores a file at the cap and refuses one byte more, for FILE and every option', async () => {
    const text = `${BODY}\n`;
    const size = Buffer.byteLength(text);
    const at = tmp.write('at.txt', text);
    expect((await run([at, ...CLOCK, '--max-bytes', String(size)])).code).toBe(0);
    const over = tmp.write('over.txt', `${text} `);
    for (const where of WHERE) {
      const r = await run([...argsFor(where, over), '--max-bytes', String(size)]);
      expectRefused(r, over, new RegExp(`: larger than the size limit of ${size.toLocaleString('en-US')} bytes; stopped reading \\(raise it with --max-bytes\\)$`));
    }
  });

  it.runIf(unix)('refuses a huge file by default without reading it', async () => {
    // A sparse 4 GiB file: nothing on disk, but reading it whole would take gigabytes of memory.
    const huge = tmp.path('huge.txt');
    const fd = openSync(huge, 'w');
    ftruncateSync(fd, 4 * 1024 ** 3);
    closeSync(fd);
    const r = await run([huge, ...CLOCK]);
    expectRefused(r, huge, /larger than the size limit of 10,485,760 bytes/);
  }, 10_000);

  it('stops pulling standard input at the cap (an endless stream ends with exit 2)', async () => {
    let pulled = 0;
    let closed = false;
    async function* endless(): AsyncGenerator<Uint8Array> {
      try {
        for (;;) {
          pulled++;
          yield new Uint8Array(16 * 1024).fill(0x61);
        }
      } finally {
        closed = true;
      }
    }
    const r = await run(['-', ...CLOCK, '--max-bytes', '100K'], { stdin: endless() });
    expectRefused(r, '-', /: larger than the size limit of 102,400 bytes; stopped reading/);
    expect(pulled).toBe(7);
    expect(closed).toBe(true);
  });

  it('reads a regular file or a stream up to the cap exactly, and refuses one byte more', async () => {
    const file = tmp.write('chunks.txt', 'x'.repeat(200_000));
    expect((await readRegularFile(file, 200_000)).length).toBe(200_000);
    await expect(readRegularFile(file, 199_999)).rejects.toThrow(/larger than the size limit of 199,999 bytes/);
    await expect(readSource(Readable.from([Buffer.alloc(10), Buffer.alloc(10)]), 19)).rejects.toThrow(/size limit of 19 bytes/);
    expect((await readSource(Readable.from([Buffer.alloc(10), Buffer.alloc(9)]), 19)).length).toBe(19);
  });
});
