// Builds the extension (Chrome and Firefox) and the library once before the tests (when there is a browser to run them).
import { buildOnce, requireBrowser } from '../e2e-shared/build';
import { browserMissing } from './harness';

export default async function setup(): Promise<void> {
  if (requireBrowser(browserMissing())) await buildOnce();
}
