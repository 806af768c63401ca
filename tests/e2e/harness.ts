/**
 * End-to-end harness for Chromium: Debian's Chromium with the built extension
 * loaded, the mail hosts mapped to the shared fixture server (../e2e-shared).
 * No request leaves the machine.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Request, type Worker } from 'playwright-core';
import { HOSTS, ROOT } from '../e2e-shared/fixtures';

export { HOSTS, ROOT, SHOTS, serveFixtures, type FixtureServer } from '../e2e-shared/fixtures';
export const EXTENSION = join(ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));

/** Why the browser tests cannot run here, or undefined when they can. */
export function browserMissing(): string | undefined {
  return CHROMIUM ? undefined : 'Chromium not found (apt-get install chromium); browser tests skipped';
}

export interface Browser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Every request the browser made, service worker included, except the mapped fixture hosts. */
  outside: string[];
  close(): Promise<void>;
}

export async function launch(port: number): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'tc-profile-'));
  const rules = HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM!,
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, `--host-resolver-rules=${rules}`,
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--headless=new',
    ],
  });
  const outside: string[] = [];
  const watch = (r: Request) => {
    const url = new URL(r.url());
    if (url.protocol === 'chrome-extension:' || url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (HOSTS.includes(url.hostname) && url.protocol === 'https:') return;
    outside.push(r.url());
  };
  context.on('request', watch);
  let worker = context.serviceWorkers()[0];
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  // The profile is a throwaway: removed with the browser, so test runs leave nothing behind in the temp folder.
  return { context, extensionId, worker, outside, close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
}
