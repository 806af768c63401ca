// Builds the Chrome extension once before the browser tests (when there is a browser to run them).
import { execFileSync } from 'node:child_process';
import { browserMissing, ROOT } from './harness';

export default function setup(): void {
  const missing = browserMissing();
  if (missing) {
    if (process.env.CI === 'true') throw new Error(`${missing}: under CI a missing browser is a failure`);
    console.warn(`\n⚠ ${missing}.\n`);
    return;
  }
  // As users get it: Vitest's NODE_ENV=test would bundle React's development build.
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } });
}
