// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AccountsTransfer } from '../../../src/views/accounts/AccountsTransfer';
import { LIMITS } from '../../../src/accounts/schema';
import { listAccounts } from '../../../src/accounts/store';
import { fileText, northwind } from '../../accounts/fixtures';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** A file that says it is `size` bytes; reading it is recorded. */
function bigFile(size: number) {
  const file = new File([fileText([northwind()])], 'huge.json', { type: 'application/json' });
  Object.defineProperty(file, 'size', { value: size });
  const text = vi.spyOn(file, 'text');
  return { file, text };
}

describe('accounts import checks the file’s size before reading it', () => {
  it('refuses a file over the limit without reading it, in plain words', async () => {
    render(<AccountsTransfer count={0} />);
    const { file, text } = bigFile(LIMITS.fileBytes + 1);
    fireEvent.change(screen.getByLabelText('Trust Coach accounts file (.json)'), { target: { files: [file] } });
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Couldn’t import huge.json: the file is too big (5.1 MB). A Trust Coach accounts file is at most 5 MB. Nothing was changed.');
    expect(text).not.toHaveBeenCalled();
    expect(await listAccounts()).toEqual([]);
  });

  it('still reads a file within the limit', async () => {
    render(<AccountsTransfer count={0} />);
    const { file, text } = bigFile(LIMITS.fileBytes);
    fireEvent.change(screen.getByLabelText('Trust Coach accounts file (.json)'), { target: { files: [file] } });
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText(/^Imported huge\.json: 1 added/)).toBeTruthy();
    expect(text).toHaveBeenCalled();
  });
});
