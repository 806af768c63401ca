/**
 * End-to-end harness for Firefox: Debian's firefox-esr with the built add-on
 * installed, driven over WebDriver BiDi by puppeteer-core (see
 * ../../README.md, Testing). The mail hosts resolve to the shared fixture
 * server (../e2e-shared); every other connection goes to a proxy that refuses
 * it and writes it down, so a request from any part of the add-on,
 * background page included, shows up in `outside`.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import puppeteer, { type Browser as PBrowser, type Page } from 'puppeteer-core';
import { HOSTS, ROOT } from '../e2e-shared/fixtures';

export { HOSTS, ROOT, SHOTS, serveFixtures, type FixtureServer } from '../e2e-shared/fixtures';
export const EXTENSION = join(ROOT, '.output/firefox-mv2');
export const FIREFOX = process.env.FIREFOX_PATH ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));
export const GECKO_ID = 'trust-coach@trustcoach.app';
/** Set before install, so the add-on's pages live at a known origin. */
export const UUID = '6f1e0c2a-5b7d-4e8f-9a1b-2c3d4e5f6a7b';
export const ORIGIN = `moz-extension://${UUID}`;
/** Firefox's id for the add-on's toolbar button and sidebar (its gecko id made into a widget id). */
const WIDGET = GECKO_ID.toLowerCase().replace(/[^a-z0-9_-]/g, '_');

/** Why the Firefox tests cannot run here, or undefined when they can. */
export function browserMissing(): string | undefined {
  return FIREFOX ? undefined : 'Firefox not found (apt-get install firefox-esr); Firefox tests skipped';
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
  on(event: string, cb: (params: Record<string, unknown>) => void): void;
}
interface EvalResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

export interface Firefox {
  browser: PBrowser;
  /** An https URL on a mail host, served by the fixture server. */
  url(host: string, path: string): string;
  /** Connections to anything but the mail hosts, from any part of the browser. */
  outside: string[];
  /** Uncaught errors in any page, content scripts included. */
  errors: string[];
  /** Opens one of the add-on's pages in a new tab (moz-extension:// loads never report done, so poll). */
  extensionPage(path: string): Promise<Page>;
  /** Evaluates an expression in the browser window itself (toolbar, sidebar), awaiting a promise. */
  chrome(expression: string): Promise<unknown>;
  /** A real mouse click, through the window's event handling, on an element of the browser window. */
  clickChrome(selector: string): Promise<void>;
  /** Which sidebar is open, and the page in it. */
  sidebar(): Promise<{ open: boolean; id: string; url: string }>;
  /** The add-on's toolbar button, clicked as a user would: the Extensions button, then Trust Coach in its panel. */
  clickToolbarButton(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Firefox's own connections, not the add-on's: release builds reach their remote settings whatever the prefs say
 * (the proxy refuses them too; they are just not the add-on's to answer for). Exact host names, nothing wider.
 */
const BROWSER_OWN = new Set(['firefox.settings.services.mozilla.com']);

/** Refuses and records every connection that is not to a mail host; tunnels the mail hosts to the fixture server. */
async function recordingProxy(fixturePort: number, outside: string[], sockets: Set<Socket>): Promise<Server> {
  const { connect } = await import('node:net');
  const server = createServer((client) => {
    // Every socket is kept so close() can end them: a tunnel Firefox leaves open would keep the server from closing.
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.once('data', (head) => {
      const line = head.toString('latin1').split('\r\n')[0] ?? '';
      const [method, target] = line.split(' ');
      const host = method === 'CONNECT' ? (target ?? '').split(':')[0] ?? '' : (() => { try { return new URL(target ?? '').hostname; } catch { return ''; } })();
      if (method === 'CONNECT' && HOSTS.includes(host)) {
        const upstream = connect(fixturePort, '127.0.0.1', () => {
          client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
          upstream.pipe(client);
          client.pipe(upstream);
        });
        sockets.add(upstream);
        upstream.on('close', () => sockets.delete(upstream));
        upstream.on('error', () => client.destroy());
        client.on('error', () => upstream.destroy());
        return;
      }
      if (!BROWSER_OWN.has(host)) outside.push(method === 'CONNECT' ? `https://${target}` : target ?? line);
      client.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
    });
    client.on('error', () => undefined); // a refused connection the browser hung up on: nothing to record
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

export async function launch(fixturePort: number): Promise<Firefox> {
  const outside: string[] = [];
  const errors: string[] = [];
  const sockets = new Set<Socket>();
  const proxy = await recordingProxy(fixturePort, outside, sockets);
  const proxyPort = (proxy.address() as { port: number }).port;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX!,
    headless: true,
    acceptInsecureCerts: true,
    // Lets BiDi open moz-extension:// pages and reach the browser window itself (toolbar, sidebar).
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'network.dns.localDomains': HOSTS.join(','),
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      // Everything through the recording proxy: the mail hosts reach the fixtures, the rest is refused and listed.
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
    },
  });
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  await connection.send('session.subscribe', { events: ['log.entryAdded'] });
  connection.on('log.entryAdded', (entry) => {
    if (entry.type === 'javascript' || entry.level === 'error') errors.push(String(entry.text));
  });
  const id = await browser.installExtension(EXTENSION);
  if (id !== GECKO_ID) throw new Error(`installed ${id}, expected ${GECKO_ID}`);

  const chromeContext = async (): Promise<string> => {
    const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const top = (tree.result.contexts as { context: string; url: string }[]).find((c) => c.url === 'chrome://browser/content/browser.xhtml');
    if (!top) throw new Error('no browser window');
    return top.context;
  };
  const chrome = async (expression: string): Promise<unknown> => {
    const r = (await connection.send('script.evaluate', { expression, target: { context: await chromeContext() }, awaitPromise: true })).result as unknown as EvalResult;
    if (r.type === 'exception') throw new Error(`in the browser window: ${r.exceptionDetails?.text}`);
    return r.result?.value;
  };
  const clickChrome = async (selector: string): Promise<void> => {
    // BiDi input does not reach the browser window (chrome scope); synthesizeMouseEvent goes through the same
    // event handling as the mouse, so Firefox counts it as user input, as it does a person's click.
    const done = await chrome(`(() => {
      const n = document.querySelector(${JSON.stringify(selector)});
      if (!n) return 'missing';
      const r = n.getBoundingClientRect();
      if (!r.width) return 'hidden';
      const x = r.left + r.width / 2, y = r.top + r.height / 2;
      window.synthesizeMouseEvent('mousedown', x, y, { button: 0, clickCount: 1 });
      window.synthesizeMouseEvent('mouseup', x, y, { button: 0, clickCount: 1 });
      return 'clicked';
    })()`);
    if (done !== 'clicked') throw new Error(`${selector}: ${String(done)}`);
  };
  const until = async (what: string, expression: string): Promise<void> => {
    for (let i = 0; i < 200; i++) {
      if (await chrome(expression)) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`timed out waiting for ${what}`);
  };

  return {
    browser,
    url: (host, path) => `https://${host}:${fixturePort}${path}`,
    outside,
    errors,
    async extensionPage(path) {
      const page = await browser.newPage();
      page.on('pageerror', (e) => errors.push(`${path}: ${e instanceof Error ? e.message : String(e)}`));
      await connection.send('browsingContext.navigate', { context: (page.mainFrame() as unknown as { _id: string })._id, url: `${ORIGIN}/${path}`, wait: 'none' });
      await page.waitForFunction((p) => location.href.endsWith(p) && document.readyState === 'complete', { polling: 25 }, path);
      return page;
    },
    chrome,
    clickChrome,
    async sidebar() {
      return JSON.parse(String(await chrome(`JSON.stringify({
        open: SidebarController.isOpen,
        id: SidebarController.currentID ?? '',
        url: SidebarController.browser?.contentDocument?.getElementById('webext-panels-browser')?.currentURI?.spec ?? '',
      })`))) as { open: boolean; id: string; url: string };
    },
    async clickToolbarButton() {
      const button = `#${WIDGET}-browser-action`;
      // Where Firefox puts an add-on's button until the user pins it: the Extensions panel.
      if (await chrome(`!!document.querySelector('#unified-extensions-area ${button}, #unified-extensions-area ~ * ${button}') || CustomizableUI.getPlacementOfWidget('${WIDGET}-browser-action')?.area === 'unified-extensions-area'`)) {
        await clickChrome('#unified-extensions-button');
        await until('the Extensions panel', `document.getElementById('unified-extensions-panel')?.state === 'open'`);
        await clickChrome(`${button} .unified-extensions-item-action-button`);
      } else {
        await clickChrome(button);
      }
    },
    async close() {
      // Firefox sometimes never answers the close command (seen once in CI after every test had passed): give it 20 s,
      // then end the process, and end whatever tunnels it left open so the proxy can close.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<'late'>((r) => { timer = setTimeout(() => r('late'), 20_000); });
      const closed = await Promise.race([browser.close().then(() => 'closed' as const, () => 'closed' as const), late]);
      clearTimeout(timer);
      if (closed === 'late') browser.process()?.kill('SIGKILL');
      for (const s of sockets) s.destroy();
      await new Promise((r) => proxy.close(() => r(undefined)));
    },
  };
}

/** The sidebar id Firefox gives the add-on's panel. */
export const SIDEBAR_ID = `${WIDGET}-sidebar-action`;
