// Property tests (fast-check) in CI draw the same random cases on every run: a fixed seed, which FC_SEED overrides, so
// a merge never fails by chance. A local run draws new cases each time, and fast-check prints the seed of any failure,
// to be kept as a named case beside the property (tests/model/properties.test.ts has two).
import fc from 'fast-check';

if (process.env.FC_SEED || process.env.CI) fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261206) });
