// `npm start` after the build: opens Chromium with Trust Coach installed, on its welcome page
// (the practice compose), in a throwaway profile. Where there is no screen (CI, SSH), it renders
// the welcome page headless and saves a screenshot instead, and scores the sample drafts with
// the CLI. Set CHROMIUM_PATH to use another Chromium or Chrome.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const EXTENSION = resolve('.output/chrome-mv3');
const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
].filter(Boolean);
const browserPath = CANDIDATES.find((p) => existsSync(p));
const hasScreen = process.platform === 'darwin' || process.platform === 'win32' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;

if (!existsSync(join(EXTENSION, 'manifest.json'))) {
  console.error('The extension is not built: run `npm run build` first.');
  process.exit(1);
}

const demo = spawnSync(process.execPath, ['scripts/demo.mjs'], { stdio: 'inherit' });
if (demo.status !== 0) process.exit(demo.status ?? 1);

if (!browserPath) {
  console.log('\nNo Chromium or Chrome found (set CHROMIUM_PATH). Load .output/chrome-mv3 by hand: chrome://extensions, Developer mode, Load unpacked.');
  process.exit(0);
}

const { chromium } = await import('playwright-core');
const profile = mkdtempSync(join(tmpdir(), 'trust-coach-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: browserPath,
  headless: !hasScreen,
  viewport: hasScreen ? null : { width: 1280, height: 900 },
  args: [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, '--no-first-run', '--no-default-browser-check', ...(hasScreen ? [] : ['--headless=new', '--no-sandbox'])],
});
// The extension opens its welcome page on install.
const welcome = context.pages().find((p) => p.url().endsWith('/welcome.html')) ?? (await context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/welcome.html'), timeout: 15_000 }));
await welcome.bringToFront();
await welcome.getByRole('meter', { name: 'Trust score' }).waitFor();
const score = await welcome.getByRole('meter', { name: 'Trust score' }).getAttribute('aria-valuenow');
for (const p of context.pages()) if (p !== welcome && p.url() === 'about:blank') await p.close();

if (hasScreen) {
  console.log(`\nChromium is open on Trust Coach's welcome page (practice email scored ${score}). Close the browser to stop.`);
  await new Promise((done) => context.on('close', done));
} else {
  const shot = resolve('.output/welcome.png');
  await welcome.screenshot({ path: shot, fullPage: true });
  console.log(`\nNo screen here, so Chromium ran headless: the welcome page's practice email scored ${score}; screenshot at ${shot}.`);
  await context.close();
}
