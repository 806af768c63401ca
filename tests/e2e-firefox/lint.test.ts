// web-ext lint of the built Firefox add-on: the checks addons.mozilla.org runs on upload.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import webExt from 'web-ext';
import { browserMissing, EXTENSION } from './harness';

const missing = browserMissing(); // the build is made by this project's setup, when Firefox is here

/**
 * The only warnings allowed: React DOM's own two `innerHTML` assignments, in the one chunk that bundles it. Pinned by
 * code, count and that chunk's content (Rollup names a shared chunk after one of its modules, and the name moves when
 * the pages' imports do: "settings-…" until the welcome page loaded its practice box lazily, "browser-polyfill-…"
 * since), never by line: a new warning anywhere fails.
 */
const KNOWN = ['UNSAFE_VAR_ASSIGNMENT', 'UNSAFE_VAR_ASSIGNMENT'];

describe.skipIf(!!missing)('web-ext lint of the Firefox build', () => {
  it('has no error, no notice, and no warning but React DOM\'s innerHTML', async () => {
    const result = await webExt.cmd.lint(
      { sourceDir: EXTENSION, output: 'none', selfHosted: false, boring: true, warningsAsErrors: false, pretty: false, metadata: false, privileged: false },
      { shouldExitProgram: false },
    );
    const show = (ms: { code: string; file?: string; message: string }[]) => ms.map((m) => `${m.code} ${m.file ?? ''}: ${m.message}`).join('\n');
    expect(result.errors, show(result.errors)).toEqual([]);
    expect(result.notices, show(result.notices)).toEqual([]);
    expect(result.warnings.map((w) => w.code).sort(), show(result.warnings)).toEqual(KNOWN);
    // …both in one chunk, and that chunk is the one with React DOM in it (its production error links), so the pin means
    // what it says.
    const files = [...new Set(result.warnings.map((w) => w.file!))];
    expect(files, show(result.warnings)).toHaveLength(1);
    expect(files[0]!, show(result.warnings)).toMatch(/^chunks\/[\w-]+\.js$/);
    expect(readFileSync(join(EXTENSION, files[0]!), 'utf8')).toContain('react.dev/errors/');
  });
});

if (missing) console.warn(missing);
