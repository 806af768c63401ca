// The badge is there, at once, every time (issue 17 §1): after cold starts (fresh profile, extension just installed,
// compose opened at once and typed into), every badge gets a score, never a silent "…". How fast it comes is a speed
// target, measured over 20 cold starts by `npm run bench:browser` (speed belongs to the bench, not to a test).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserMissing, serveFixtures, type FixtureServer } from './harness';
import { coldStartToScore } from './cold-start';

const missing = browserMissing();

describe.skipIf(!!missing)('cold start in Chromium', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await serveFixtures();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('scores the first draft after each of 3 cold starts', async () => {
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await coldStartToScore(server.port));
    expect(runs.map((r) => r.ms === null ? `no score: "${r.badgeText}"` : 'scored')).toEqual(['scored', 'scored', 'scored']);
  }, 90_000);
});
