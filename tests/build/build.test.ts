// Builds what `npm run build` builds and checks the results are usable.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
// Vitest sets NODE_ENV=test, which would bundle React's development build: build as users get it.
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'production' } });
/** Strings only compromise and chrono-node carry, to tell whether the model was bundled. */
const MODEL_SIGNATURE = /compromise: |ENCasualDateParser/;
/** A string only Chart.js carries. */
const CHART_JS_SIGNATURE = /Failed to create chart: can't acquire context/;
/** A string only postal-mime carries. */
const POSTAL_MIME_SIGNATURE = /Can not reuse parser, create a new PostalMime object/;

// With the browser suites (`npm run test:browser`, `npm run test:all`) their global setup has just built everything (tests/e2e/global-setup.ts) and says so;
// run alone, this file builds for itself.
const built = !!process.env.TRUST_COACH_BUILT;

describe('library build', () => {
  beforeAll(() => {
    if (!built) run('npx', ['tsx', 'scripts/build-lib.ts']);
  }, 120_000);

  it('is importable from plain Node with analyze, createSession and the types', () => {
    const out = run('node', ['--input-type=module', '-e', `
      const m = await import('./dist/model/index.js');
      const r = m.analyze({ body: "Hi Dana,\\n\\nI'll send the pricing by Thursday at 3pm." }, { role: 'account', now: '2026-11-23T10:00:00+01:00', timeZone: 'Europe/Berlin' });
      const s = m.createSession().analyze({ body: 'Hi Dana' }, { role: 'support', now: '2026-11-23T10:00:00+01:00', timeZone: 'UTC' });
      console.log(JSON.stringify({ score: r.score, due: r.commitments[0].due, s: typeof s.score, kinds: m.KINDS.length, rules: m.RULES.length }));
    `]);
    const got = JSON.parse(out);
    expect(got).toEqual({ score: expect.any(Number), due: '2026-11-26T15:00:00+01:00', s: 'number', kinds: expect.any(Number), rules: expect.any(Number) });
    expect(got.kinds).toBe(got.rules); // one rule per kind, in the built library too
  });

  it('ships type declarations', () => {
    const dts = readFileSync(`${root}dist/model/index.d.ts`, 'utf8');
    expect(dts).toMatch(/export \{ analyze, createSession/);
    expect(existsSync(`${root}dist/model/types.d.ts`)).toBe(true);
    expect(readFileSync(`${root}dist/model/types.d.ts`, 'utf8')).toMatch(/interface Report/);
  });
});

describe('extension build', () => {
  beforeAll(() => {
    if (built) return;
    run('npx', ['wxt', 'build']);
    run('npx', ['wxt', 'build', '-b', 'firefox']);
  }, 240_000);

  it.each([['chrome-mv3', 3], ['firefox-mv2', 2]])('%s has a complete manifest with minimal permissions', (dir, version) => {
    const manifest = JSON.parse(readFileSync(`${root}.output/${dir}/manifest.json`, 'utf8'));
    expect(manifest.manifest_version).toBe(version);
    expect(manifest.name).toBe('Trust Coach');
    expect(manifest.description).toMatch(/trust/);
    for (const size of ['16', '32', '48', '96', '128']) {
      expect(manifest.icons[size]).toBeDefined();
      expect(existsSync(`${root}.output/${dir}/${manifest.icons[size]}`), `icon ${size}`).toBe(true);
    }
    const hosts: string[] = [...(manifest.host_permissions ?? []), ...(manifest.permissions ?? []).filter((p: string) => p.includes('://')), ...(manifest.content_scripts ?? []).flatMap((c: { matches: string[] }) => c.matches)];
    for (const h of hosts) expect(h).toMatch(/^https:\/\/(mail\.google\.com|outlook\.office\.com|outlook\.office365\.com|outlook\.live\.com)\//);
    expect(manifest.permissions ?? []).not.toContain('<all_urls>');
    expect(manifest.permissions ?? []).not.toContain('tabs');
    const others = (manifest.permissions ?? []).filter((p: string) => !p.includes('://'));
    expect(others.sort()).toEqual(dir === 'chrome-mv3' ? ['alarms', 'notifications', 'sidePanel', 'storage'] : ['alarms', 'notifications', 'storage']);
  });

  it('declares the side panel (Chrome) and sidebar (Firefox), the options page, and ships the welcome page', () => {
    const chrome = JSON.parse(readFileSync(`${root}.output/chrome-mv3/manifest.json`, 'utf8'));
    const firefox = JSON.parse(readFileSync(`${root}.output/firefox-mv2/manifest.json`, 'utf8'));
    expect(chrome.side_panel.default_path).toBe('sidepanel.html');
    expect(chrome.action).toBeDefined();
    expect(firefox.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html', open_at_install: false, browser_style: false });
    // Collects nothing, and says so (Firefox's built-in data consent, from Firefox 140).
    expect(firefox.browser_specific_settings.gecko).toEqual({ id: 'trust-coach@trustcoach.app', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } });
    expect(firefox.browser_specific_settings.gecko_android).toEqual({ strict_min_version: '142.0' }); // Android reads the data consent from 142
    // Team playbooks by policy: Chrome's managed storage schema ships with the extension.
    expect(chrome.storage.managed_schema).toBe('managed_schema.json');
    const schema = JSON.parse(readFileSync(`${root}.output/chrome-mv3/managed_schema.json`, 'utf8'));
    expect(Object.keys(schema.properties).sort()).toEqual(['lockedRules', 'playbook']);
    for (const [dir, m] of [['chrome-mv3', chrome], ['firefox-mv2', firefox]] as const) {
      expect(m.options_ui.page).toBe('options.html');
      for (const page of ['sidepanel.html', 'options.html', 'welcome.html', 'coaching.html']) expect(existsSync(`${root}.output/${dir}/${page}`), `${dir}/${page}`).toBe(true);
    }
  });

  /** What a page loads before it runs: its script and every chunk it imports statically, with their code. */
  const pageChunks = (page: string): { js: string; code: string }[] => {
    const html = readFileSync(`${root}.output/chrome-mv3/${page}`, 'utf8');
    const queue = [...html.matchAll(/src="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
    expect(queue.length).toBeGreaterThan(0);
    const seen = new Map<string, string>();
    // Follow the static imports between chunks.
    while (queue.length) {
      const js = queue.shift()!;
      if (seen.has(js)) continue;
      const code = readFileSync(`${root}.output/chrome-mv3/${js}`, 'utf8');
      seen.set(js, code);
      for (const m of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) queue.push(`${js.slice(0, js.lastIndexOf('/') + 1)}${m[1]}`);
    }
    return [...seen].map(([js, code]) => ({ js, code }));
  };

  it('keeps the model out of the side panel, so it opens fast', () => {
    const chunks = pageChunks('sidepanel.html');
    for (const { js, code } of chunks) expect(code, `compromise must not be bundled into the panel (${js})`).not.toMatch(MODEL_SIGNATURE);
    expect(chunks.length).toBeGreaterThan(1);
    // 411 KB measured on 4 Dec 2026 after the promise, settings-link and storage-safety views landed (under 400 KB before).
    expect(chunks.reduce((n, c) => n + c.code.length, 0)).toBeLessThan(420 * 1024);
  });

  it('keeps the model out of the options page, so it opens fast: the rules list reads their texts (src/model/rule-info.ts), not their code', () => {
    const chunks = pageChunks('options.html');
    for (const { js, code } of chunks) expect(MODEL_SIGNATURE.test(code), `compromise must not be bundled into the options page (${js})`).toBe(false);
    expect(chunks.length).toBeGreaterThan(1);
  });

  it('loads Chart.js on the options page only when a coaching chart nears the screen, not as the page opens', () => {
    const chunks = pageChunks('options.html');
    for (const { js, code } of chunks) expect(CHART_JS_SIGNATURE.test(code), `Chart.js must not load with the options page (${js})`).toBe(false);
    const js = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? js(`${dir}/${e.name}`) : e.name.endsWith('.js') ? [`${dir}/${e.name}`] : []));
    // It is still in the build, for the charts.
    expect(js(`${root}.output/chrome-mv3`).some((f) => CHART_JS_SIGNATURE.test(readFileSync(f, 'utf8')))).toBe(true);
  });

  it("the README's content-script size is the build's, within 10% (npm run bench -- --write writes it)", () => {
    const readme = readFileSync(`${root}README.md`, 'utf8');
    const m = /Content script, what the mail page loads \(`\.output\/chrome-mv3\/content-scripts\/compose\.js`\): ([\d.]+) KB/.exec(readme);
    expect(m, 'the speed block has no content-script size: run npm run build, then npm run bench -- --write').not.toBeNull();
    const built = readFileSync(`${root}.output/chrome-mv3/content-scripts/compose.js`).length / 1024;
    expect(Math.abs(Number(m![1]) - built) / built, `README ${m![1]} KB, build ${built.toFixed(1)} KB`).toBeLessThanOrEqual(0.1);
  });

  it("keeps postal-mime, the CLI's MIME parser, out of every extension bundle (and knows it when it sees it: the CLI bundles it)", () => {
    const js = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? js(`${dir}/${e.name}`) : e.name.endsWith('.js') ? [`${dir}/${e.name}`] : []));
    const files = ['chrome-mv3', 'firefox-mv2'].flatMap((dir) => js(`${root}.output/${dir}`));
    expect(files.length).toBeGreaterThan(4);
    for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toMatch(POSTAL_MIME_SIGNATURE);
    expect(readFileSync(`${root}dist/cli/trust-coach.js`, 'utf8')).toMatch(POSTAL_MIME_SIGNATURE);
  });

  it('knows the model when it sees it: the background bundles it', () => {
    expect(readFileSync(`${root}.output/chrome-mv3/background.js`, 'utf8')).toMatch(MODEL_SIGNATURE);
  });

  it('keeps the content script small: the model runs in the background, not in the mail tab', () => {
    const manifest = JSON.parse(readFileSync(`${root}.output/chrome-mv3/manifest.json`, 'utf8'));
    const scripts: string[] = manifest.content_scripts.flatMap((c: { js: string[] }) => c.js);
    expect(scripts.length).toBeGreaterThan(0);
    for (const js of scripts) {
      const code = readFileSync(`${root}.output/chrome-mv3/${js}`, 'utf8');
      expect(code.length, js).toBeLessThan(60 * 1024);
      expect(code, 'compromise must not be bundled into the content script').not.toMatch(MODEL_SIGNATURE);
    }
  });
});
