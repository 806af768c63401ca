// Everything `npm run build` builds (Chrome, Firefox, the library), once per test run, whichever browser suite asks first.
import { execFileSync } from 'node:child_process';
import { ROOT } from './fixtures';

export function buildOnce(): void {
  if (process.env.TRUST_COACH_BUILT) return;
  // As users get it: Vitest's NODE_ENV=test would bundle React's development build. The build test (tests/build)
  // reads the same output instead of building it again.
  const env = { ...process.env, NODE_ENV: 'production' };
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore', env });
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'ignore', env });
  execFileSync('npx', ['tsx', 'scripts/build-lib.ts'], { cwd: ROOT, stdio: 'ignore', env });
  process.env.TRUST_COACH_BUILT = String(Date.now());
}

/** A missing browser skips its suite on a workstation; under CI it is a failure. */
export function requireBrowser(missing: string | undefined): boolean {
  if (!missing) return true;
  if (process.env.CI === 'true') throw new Error(`${missing}: under CI a missing browser is a failure`);
  console.warn(`\n⚠ ${missing}.\n`);
  return false;
}
