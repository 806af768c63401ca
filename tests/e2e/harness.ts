/**
 * End-to-end harness: the fixture pages served over HTTPS at the mail sites'
 * real host names (mapped to localhost), and Debian's Chromium with the built
 * extension loaded. No request leaves the machine.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Request, type Worker } from 'playwright-core';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const EXTENSION = join(ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
/** Screenshots for people to look at: git-ignored, so a test run never dirties the checkout. */
export const SHOTS = join(ROOT, 'test-results/screenshots/');
mkdirSync(SHOTS, { recursive: true });
export const HOSTS = ['mail.google.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.live.com'];

/** Why the browser tests cannot run here, or undefined when they can. */
export function browserMissing(): string | undefined {
  return CHROMIUM ? undefined : 'Chromium not found (apt-get install chromium); browser tests skipped';
}

export interface FixtureServer {
  port: number;
  close(): Promise<void>;
}

/** Serves tests/fixtures/gmail for mail.google.com and tests/fixtures/outlook for the Outlook hosts. */
export async function serveFixtures(): Promise<FixtureServer> {
  const dir = mkdtempSync(join(tmpdir(), 'tc-cert-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=mail.google.com', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
  const server: Server = createServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (req, res) => {
    const host = (req.headers.host ?? '').split(':')[0] ?? '';
    const site = host === 'mail.google.com' ? 'gmail' : host.startsWith('outlook.') ? 'outlook' : undefined;
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')).replace(/^(\.\.[/\\])+/, '');
    const file = site ? join(ROOT, 'tests/fixtures', site, path === '/' ? 'index.html' : path) : '';
    if (!site || !file.startsWith(join(ROOT, 'tests/fixtures')) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = extname(file) === '.html' ? 'text/html; charset=utf-8' : 'application/octet-stream';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { port, close: () => new Promise((r) => server.close(() => r())) };
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
  return { context, extensionId, worker, outside, close: () => context.close() };
}
