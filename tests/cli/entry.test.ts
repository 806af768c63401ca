import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
});
