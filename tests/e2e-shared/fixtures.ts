/**
 * What every browser's end-to-end harness shares: the fixture pages served over
 * HTTPS at the mail sites' real host names (each browser maps those names to
 * localhost its own way), the built extension's place, and where screenshots go.
 * No request leaves the machine.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, mkdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

export const ROOT = new URL('../../', import.meta.url).pathname;
/** Screenshots for people to look at: git-ignored, so a test run never dirties the checkout. */
export const SHOTS = join(ROOT, 'test-results/screenshots/');
mkdirSync(SHOTS, { recursive: true });
/** The mail hosts the content script runs on: the only hosts a test browser may reach. */
export const HOSTS = ['mail.google.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.live.com'];

export interface FixtureServer {
  port: number;
  close(): Promise<void>;
}

/** Serves tests/fixtures/gmail for mail.google.com and tests/fixtures/outlook for the Outlook hosts. */
export async function serveFixtures(): Promise<FixtureServer> {
  const dir = mkdtempSync(join(tmpdir(), 'tc-cert-'));
  const names = HOSTS.map((h) => `DNS:${h}`).join(',');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=mail.google.com', '-addext', `subjectAltName=${names}`, '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
  const key = readFileSync(join(dir, 'key.pem'));
  const cert = readFileSync(join(dir, 'cert.pem'));
  // The key and certificate live in memory from here: nothing of them stays in the temp folder.
  rmSync(dir, { recursive: true, force: true });
  const server: Server = createServer({ key, cert }, (req, res) => {
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
