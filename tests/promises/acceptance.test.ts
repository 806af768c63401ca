/**
 * The "Done when", literally: a user who promises "I'll send the
 * revised pricing by Thursday at 3pm" and sends the email is reminded on
 * Thursday before 3 pm, in their own time zone, even if the browser was
 * restarted in between.
 */
import { beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze } from '../../src/model/index';
import { capturePromises } from '../../src/promises/capture';
import { Reminders } from '../../src/promises/reminders';
import { addPromises, loadPromiseSettings } from '../../src/promises/store';

beforeEach(() => fakeBrowser.reset());

it('reminds on Thursday at 14:00 Berlin time, after a browser restart, for "by Thursday at 3pm" sent on Monday', async () => {
  const timeZone = 'Europe/Berlin';
  const sentAt = new Date('2026-11-23T09:00:00Z'); // Monday 2026-11-23, 10:00 in Berlin
  const draft = {
    body: "Hi Anna,\n\nThanks for your time today. I'll send the revised pricing by Thursday at 3pm.\n\nBest,\nTom",
    subject: 'Revised pricing',
    recipients: [{ name: 'Anna Meyer', email: 'anna@northwind.example' }],
  };
  const report = analyze(draft, { role: 'account', now: '2026-11-23T10:00:00+01:00', timeZone });

  // The email is sent: its promises are captured and stored.
  const settings = await loadPromiseSettings();
  const captured = capturePromises({
    commitments: report.commitments,
    subject: draft.subject,
    recipients: draft.recipients,
    site: 'gmail',
    link: 'https://mail.google.com/mail/u/0/#sent/FMfcgzQXJWDsKmnbvcxz',
    sentAt,
    timeZone,
    body: draft.body,
    keepEmailText: settings.keepEmailText,
  });
  expect(captured).toHaveLength(1);
  expect(captured[0]).toMatchObject({ text: "I'll send the revised pricing by Thursday at 3pm", due: '2026-11-26T15:00:00+01:00', to: ['Anna Meyer'] });
  expect(captured[0]?.emailText).toBeUndefined();
  await addPromises(captured);
  const alarmName = `promise:${captured[0]!.id}`;

  const start = (now: Date) =>
    new Reminders({ browser: fakeBrowser, iconUrl: fakeBrowser.runtime.getURL('/icon/128.png'), clock: () => now, locale: 'en-GB', timeZone });
  await start(sentAt).sync();
  const thursday1400Berlin = Date.parse('2026-11-26T13:00:00Z');
  expect((await fakeBrowser.alarms.get(alarmName))?.scheduledTime).toBe(thursday1400Berlin);

  // Tuesday: the browser restarts and comes back without its alarms.
  await fakeBrowser.alarms.clearAll();
  const afterRestart = start(new Date('2026-11-24T08:00:00Z'));
  await afterRestart.onStartup();
  expect((await fakeBrowser.alarms.get(alarmName))?.scheduledTime).toBe(thursday1400Berlin);

  // Thursday 14:00 in Berlin: the alarm fires and the reminder shows.
  expect(await afterRestart.onAlarm({ name: alarmName }, new Date(thursday1400Berlin))).toBe(true);
  const shown = (await fakeBrowser.notifications.getAll()) as Record<string, { title: string; message: string }>;
  expect(shown[alarmName]).toMatchObject({
    title: 'Due today 15:00: send the revised pricing',
    message: 'You promised this to Anna Meyer in “Revised pricing”. Click to open the conversation.',
  });
});
