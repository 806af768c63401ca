// The order test files run in. Vitest's own order, except that the browser group's two projects (e2e in
// Chromium, e2e-firefox in Firefox) take turns instead of Firefox waiting for every Chromium file: the group
// runs two files at a time, so each browser's files run beside the other's.
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const BROWSERS = new Set(['e2e', 'e2e-firefox']);

export default class Sequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rest = sorted.filter((f) => !BROWSERS.has(f.project.name));
    const chromium = sorted.filter((f) => f.project.name === 'e2e');
    const firefox = sorted.filter((f) => f.project.name === 'e2e-firefox');
    const browsers: TestSpecification[] = [];
    for (let i = 0; i < Math.max(chromium.length, firefox.length); i++) {
      if (chromium[i]) browsers.push(chromium[i]!);
      if (firefox[i]) browsers.push(firefox[i]!);
    }
    return [...rest, ...browsers];
  }
}
