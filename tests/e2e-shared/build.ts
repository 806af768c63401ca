// Everything `npm run build` builds (Chrome, Firefox, the library), once per test run, whichever browser suite asks first.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ROOT } from './fixtures';

const run = promisify(execFile);
let building: Promise<void> | undefined;

export function buildOnce(): Promise<void> {
  if (process.env.TRUST_COACH_BUILT) return Promise.resolve();
  // Both browser suites' global setups ask; the first one builds, the second waits for the same build.
  building ??= (async () => {
    // As users get it: Vitest's NODE_ENV=test would bundle React's development build. The build test (tests/build)
    // reads the same output instead of building it again. The three builds write to separate folders
    // (.output/chrome-mv3, .output/firefox-mv2, dist/model) and each is mostly one thread, so they run side by side.
    const env = { ...process.env, NODE_ENV: 'production' };
    const opts = { cwd: ROOT, env, maxBuffer: 64 * 1024 * 1024 };
    await Promise.all([
      run('npx', ['wxt', 'build'], opts),
      run('npx', ['wxt', 'build', '-b', 'firefox'], opts),
      run('npx', ['tsx', 'scripts/build-lib.ts'], opts),
    ]);
    process.env.TRUST_COACH_BUILT = String(Date.now());
  })();
  return building;
}

/** A missing browser skips its suite on a workstation; under CI it is a failure. */
export function requireBrowser(missing: string | undefined): boolean {
  if (!missing) return true;
  if (process.env.CI === 'true') throw new Error(`${missing}: under CI a missing browser is a failure`);
  console.warn(`\n⚠ ${missing}.\n`);
  return false;
}
