// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RemindersSection } from '../../../src/views/promises/RemindersSection';
import { loadPromiseSettings, savePromiseSettings } from '../../../src/promises/store';
import { axeViolations } from '../../panel/axe';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('reminder settings', () => {
  it('starts at one hour, 09:00 and no email text, and saves each change', async () => {
    const { container } = render(<RemindersSection />);
    const lead = (await screen.findByLabelText('Remind me')) as HTMLSelectElement;
    expect(lead.value).toBe('60');
    expect((screen.getByLabelText('My working day starts at') as HTMLInputElement).value).toBe('09:00');
    expect((screen.getByLabelText('Keep the text of emails with promises') as HTMLInputElement).checked).toBe(false);
    fireEvent.change(lead, { target: { value: '30' } });
    fireEvent.change(screen.getByLabelText('My working day starts at'), { target: { value: '08:30' } });
    fireEvent.click(screen.getByLabelText('Keep the text of emails with promises'));
    await waitFor(async () => expect(await loadPromiseSettings()).toEqual({ leadMinutes: 30, workdayStart: '08:30', keepEmailText: true }));
    expect(await axeViolations(container)).toEqual([]);
  });
  it('follows changes made elsewhere', async () => {
    render(<RemindersSection />);
    await screen.findByLabelText('Remind me');
    await savePromiseSettings({ leadMinutes: 1440 });
    await waitFor(() => expect((screen.getByLabelText('Remind me') as HTMLSelectElement).value).toBe('1440'));
  });
});
