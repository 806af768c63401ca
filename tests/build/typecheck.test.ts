// The whole project typechecks under strict TypeScript (tsconfig.json), tests and scripts included.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('typecheck', () => {
  it('has no TypeScript errors', () => {
    let output = '';
    try {
      execFileSync('npx', ['tsc', '--noEmit', '-p', '.'], { cwd: new URL('../../', import.meta.url).pathname, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      output = String((e as { stdout?: string }).stdout ?? e);
    }
    expect(output).toBe('');
  }, 120_000);
});
