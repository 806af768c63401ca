import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import Sequencer from './sequencer';

// Lives in tests/ so the project's top level stays as small as the design asks.
// Four projects in two groups. First, two files at a time: unit (Node and jsdom) and ui (React views in jsdom),
// what `npm test` runs. Then, two files at a time again: e2e (the build checked, then driven in real Chromium) and
// e2e-firefox (real Firefox ESR), what `npm run test:browser` runs, both browsers side by side (./sequencer.ts).
// `npm run test:all` runs both groups in one go, as CI does.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  plugins: [WxtVitest()],
  test: {
    sequence: { sequencer: Sequencer },
    projects: [
      {
        extends: true,
        test: {
          // The model, the stores, the CLI and the content script's logic: one module cache per worker (no
          // isolation), so compromise and the model load once per worker rather than once per file (halves the time).
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          // The build's own checks run with the browser suites, which build once for all of them.
          exclude: ['tests/e2e/**', 'tests/e2e-firefox/**', 'tests/build/build.test.ts', 'node_modules/**'],
          isolate: false,
          setupFiles: ['tests/unit-setup.ts'],
          // A guard against a hung test, not a speed target (speed belongs to `npm run bench`): a huge draft analysed
          // in jsdom took 24 s on a 2-core machine under a load of 10, past the 20 s this was.
          testTimeout: 60_000,
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          // React views in jsdom: each file in its own module graph (they mock modules and leave the DOM behind).
          name: 'ui',
          include: ['tests/**/*.test.tsx'],
          setupFiles: ['tests/ui-setup.ts'],
          exclude: ['tests/e2e/**', 'tests/e2e-firefox/**', 'node_modules/**'],
          testTimeout: 60_000,
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/build/build.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e-firefox',
          include: ['tests/e2e-firefox/**/*.test.ts'],
          globalSetup: ['tests/e2e-firefox/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
