import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recordSent } from '../../src/background/follow-through';
import { ModelHost } from '../../src/background/model-host';
import { listPromises, savePromiseSettings } from '../../src/promises/store';
import { listRecords } from '../../src/history/store';

describe('after Send', () => {
  beforeEach(() => fakeBrowser.reset());
  const host = new ModelHost(() => new Date('2026-11-23T09:00:00Z'), () => 'Europe/Berlin');
  const draft = { body: "Hi Dana,\n\nI'll send the revised pricing by Thursday at 3pm. Could we talk Friday?", subject: 'Pricing', recipients: [{ name: 'Dana Reyes', email: 'dana@northwind.example' }] };
  const event = () => ({
    tabId: 1, composeId: 'gmail:a', site: 'gmail' as const, draft,
    report: host.analyze(1, 'a', draft, { role: 'account' }).report,
    link: 'https://mail.google.com/mail/u/0/#inbox/FMfcg1', sentAt: new Date('2026-11-23T09:00:00Z'), timeZone: 'Europe/Berlin',
  });

  it('keeps the writer\'s promises and the email\'s scores, without the text by default', async () => {
    await recordSent(event());
    const promises = await listPromises();
    expect(promises).toHaveLength(1);
    expect(promises[0]).toMatchObject({ owner: 'me', due: '2026-11-26T15:00:00+01:00', to: ['Dana Reyes'], subject: 'Pricing', site: 'gmail', link: 'https://mail.google.com/mail/u/0/#inbox/FMfcg1', timeZone: 'Europe/Berlin' });
    expect(promises[0]!.emailText).toBeUndefined();
    const history = await listRecords({ now: new Date('2026-11-23T10:00:00Z') });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ site: 'gmail', role: 'account', promises: 1 });
    expect(history[0]!.text).toBeUndefined();
  });

  it('keeps the email text with a promise only when the user opted in, and a resend is one promise', async () => {
    await savePromiseSettings({ keepEmailText: true });
    await recordSent(event());
    await recordSent(event());
    const promises = await listPromises();
    expect(promises).toHaveLength(1);
    expect(promises[0]!.emailText).toContain('revised pricing');
  });
});
