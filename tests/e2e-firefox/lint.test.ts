// web-ext lint of the built Firefox add-on: the checks addons.mozilla.org runs on upload.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import webExt from 'web-ext';
import { browserMissing, EXTENSION } from './harness';

const missing = browserMissing(); // the build is made by this project's setup, when Firefox is here

/**
 * The only warnings allowed: React DOM's own two `innerHTML` assignments, in the chunk that bundles it. Pinned by
 * code and file (the chunk's name without its content hash), never by line: a new warning anywhere fails.
 */
const KNOWN = [
  'UNSAFE_VAR_ASSIGNMENT chunks/settings-*.js',
  'UNSAFE_VAR_ASSIGNMENT chunks/settings-*.js',
];

describe.skipIf(!!missing)('web-ext lint of the Firefox build', () => {
  it('has no error, no notice, and no warning but React DOM\'s innerHTML', async () => {
    const result = await webExt.cmd.lint(
      { sourceDir: EXTENSION, output: 'none', selfHosted: false, boring: true, warningsAsErrors: false, pretty: false, metadata: false, privileged: false },
      { shouldExitProgram: false },
    );
    const show = (ms: { code: string; file?: string; message: string }[]) => ms.map((m) => `${m.code} ${m.file ?? ''}: ${m.message}`).join('\n');
    expect(result.errors, show(result.errors)).toEqual([]);
    expect(result.notices, show(result.notices)).toEqual([]);
    const found = result.warnings.map((w) => `${w.code} ${(w.file ?? '').replace(/-[\w-]{8}\.js$/, '-*.js')}`).sort();
    expect(found, show(result.warnings)).toEqual(KNOWN);
    // …and that chunk is the one with React DOM in it (its production error links), so the pin means what it says.
    for (const file of new Set(result.warnings.map((w) => w.file!))) expect(readFileSync(join(EXTENSION, file), 'utf8')).toContain('react.dev/errors/');
  });
});

if (missing) console.warn(missing);
