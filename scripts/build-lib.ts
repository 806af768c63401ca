/**
 * Builds the model as a library (dist/model/index.js, ESM, with .d.ts) and the
 * CLI (dist/cli/trust-coach.js), both from the same source the extension uses.
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, rmSync } from 'node:fs';

const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', minify: false, sourcemap: true, logLevel: 'warning' } as const;

rmSync('dist', { recursive: true, force: true });
await build({ ...common, entryPoints: ['src/model/index.ts'], outfile: 'dist/model/index.js' });
execFileSync('npx', ['tsc', '-p', 'src/model/tsconfig.lib.json'], { stdio: 'inherit' });
if (existsSync('src/cli/trust-coach.ts')) {
  await build({
    ...common,
    entryPoints: ['src/cli/trust-coach.ts'],
    outfile: 'dist/cli/trust-coach.js',
    // The entry carries its own shebang; CommonJS deps need require in ESM.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  chmodSync('dist/cli/trust-coach.js', 0o755);
}
console.log('Built dist/model (library) and dist/cli (trust-coach).');
