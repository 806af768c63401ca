import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const entry = 'src/cli/trust-coach.ts';

describe('the trust-coach entry', () => {
  it('starts with a node shebang', () => {
    expect(readFileSync(`${root}${entry}`, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  it('runs through tsx and exits 2 with one line for a missing file', () => {
    const r = spawnSync('npx', ['tsx', entry, 'no-such-draft.txt'], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('trust-coach'));
    expect(errors).toEqual(['trust-coach: no-such-draft.txt: no such file']);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  }, 60_000);

  it('reads a draft piped to - from the real standard input', () => {
    const r = spawnSync('npx', ['tsx', entry, '-', '--json', '--role', 'support'], { cwd: root, encoding: 'utf8', input: "Hi Dana,\n\nI'll send the file by Thursday at 3pm.\n\nSam\n", timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ role: 'support', score: expect.any(Number) });
  }, 60_000);

  it.runIf(existsSync('/dev/zero'))('stops reading an endless standard input at --max-bytes, exit 2', () => {
    const zero = openSync('/dev/zero', 'r');
    try {
      const r = spawnSync('npx', ['tsx', entry, '-', '--max-bytes', '1M'], { cwd: root, encoding: 'utf8', stdio: [zero, 'pipe', 'pipe'], timeout: 60_000 });
      expect(r.status).toBe(2);
      expect(r.stderr.split('\n').filter((l) => l.startsWith('trust-coach'))).toEqual(['trust-coach: -: larger than the size limit of 1,048,576 bytes; stopped reading (raise it with --max-bytes)']);
    } finally {
      closeSync(zero);
    }
  }, 60_000);
});
