// Builds the extension (Chrome and Firefox) and the library once before the tests (when there is a browser to run them).
import { execFileSync } from 'node:child_process';
import { browserMissing, ROOT } from './harness';

export default function setup(): void {
  const missing = browserMissing();
  if (missing) {
    if (process.env.CI === 'true') throw new Error(`${missing}: under CI a missing browser is a failure`);
    console.warn(`\n⚠ ${missing}.\n`);
    return;
  }
  // As users get it: Vitest's NODE_ENV=test would bundle React's development build. Everything `npm run build`
  // builds, once: the build test (tests/build) reads the same output instead of building it again.
  const env = { ...process.env, NODE_ENV: 'production' };
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore', env });
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'ignore', env });
  execFileSync('npx', ['tsx', 'scripts/build-lib.ts'], { cwd: ROOT, stdio: 'ignore', env });
  process.env.TRUST_COACH_BUILT = String(Date.now());
}
