import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** Each test of a view starts on a fresh page: empty extension storage, an English document, no mocks or DOM left over. */
export function freshPageEachTest(): void {
  beforeEach(() => {
    fakeBrowser.reset();
    document.documentElement.lang = 'en';
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });
}
