import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Lives in tests/ so the project's top level stays as small as the design asks.
// `npm test` runs every project: unit (Node and jsdom), ui (React views in jsdom), e2e (real Chromium) and
// e2e-firefox (real Firefox ESR).
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  plugins: [WxtVitest()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          // The model, the stores, the CLI and the content script's logic: one module cache per worker (no
          // isolation), so compromise and the model load once per worker rather than once per file (halves the time).
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'tests/e2e-firefox/**', 'node_modules/**'],
          isolate: false,
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          // React views in jsdom: each file in its own module graph (they mock modules and leave the DOM behind).
          name: 'ui',
          include: ['tests/**/*.test.tsx'],
          exclude: ['tests/e2e/**', 'tests/e2e-firefox/**', 'node_modules/**'],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
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
          fileParallelism: false,
        },
      },
    ],
  },
});
