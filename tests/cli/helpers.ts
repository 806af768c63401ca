import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { main, type Io } from '../../src/cli/main';

/** A fixed clock and zone so reports do not depend on when or where tests run. */
export const NOW = '2026-11-23T10:00:00+01:00';
export const TZ = 'Europe/Berlin';
export const CLOCK = ['--now', NOW, '--tz', TZ];

export const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  /** stderr split into lines, the final newline dropped. */
  errors: string[];
}

export async function run(argv: string[], io: Partial<Io> = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    isTTY: false,
    env: {},
    ...io,
  });
  return { code, stdout, stderr, errors: stderr.split('\n').filter(Boolean) };
}

/** Parses the one-JSON-object-per-line output. */
export function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** A temporary directory for the current test file, removed after it. */
export function tempDir(): { path: (name: string) => string; write: (name: string, data: string | Uint8Array) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'trust-coach-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const path = (name: string) => join(dir, name);
  return {
    path,
    write: (name, data) => {
      writeFileSync(path(name), data);
      return path(name);
    },
  };
}

/** No line of stderr looks like a stack frame. */
export function hasStackTrace(stderr: string): boolean {
  return /^\s+at /m.test(stderr) || /\n\s*at \S+ \(/.test(stderr);
}
