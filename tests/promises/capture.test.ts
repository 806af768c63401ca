import { describe, expect, it } from 'vitest';
import { capturePromises, type CaptureInput } from '../../src/promises/capture';
import { promiseId } from '../../src/promises/id';
import { commitment } from './helpers';

const base: CaptureInput = {
  commitments: [
    commitment("I'll send the revised pricing by Thursday at 3pm", 'me', '2026-11-26T15:00:00+01:00', 'Thursday at 3pm'),
    commitment('We will review the contract by Friday', 'we', '2026-11-27', 'Friday'),
    commitment('Could you send me the signed order by Monday?', 'you', '2026-11-30', 'Monday'),
    commitment('Legal will get back to you', 'other'),
    commitment('The invoice will be corrected', 'none'),
    commitment("I'll look into it", 'me'),
  ],
  subject: 'Re: Pricing',
  recipients: [{ name: 'Anna Meyer', email: 'anna@example.com' }, { email: 'ben@example.com' }, { name: '  ', email: '' }],
  site: 'gmail',
  link: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmnbvcxz',
  sentAt: new Date('2026-11-23T09:00:00Z'),
  timeZone: 'Europe/Berlin',
  body: "Hi Anna, I'll send the revised pricing by Thursday at 3pm.",
  keepEmailText: false,
};

describe('capturePromises', () => {
  it("keeps only the writer's own promises (me and we), undated ones included", () => {
    const got = capturePromises(base);
    expect(got.map((p) => [p.text, p.owner])).toEqual([
      ["I'll send the revised pricing by Thursday at 3pm", 'me'],
      ['We will review the contract by Friday', 'we'],
      ["I'll look into it", 'me'],
    ]);
    expect(got[2]?.due).toBeUndefined();
    expect(got[2]?.dateOnly).toBe(false);
  });

  it('records who, what, when, where and the link back', () => {
    const [timed, dated] = capturePromises(base);
    expect(timed).toMatchObject({
      to: ['Anna Meyer', 'ben@example.com'],
      subject: 'Re: Pricing',
      site: 'gmail',
      link: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmnbvcxz',
      sentAt: '2026-11-23T09:00:00.000Z',
      timeZone: 'Europe/Berlin',
      due: '2026-11-26T15:00:00+01:00',
      dueText: 'Thursday at 3pm',
      dateOnly: false,
      status: 'open',
    });
    expect(dated).toMatchObject({ due: '2026-11-27', dateOnly: true });
  });

  it('keeps the email text only when the writer opted in', () => {
    expect(capturePromises(base).every((p) => p.emailText === undefined)).toBe(true);
    const kept = capturePromises({ ...base, keepEmailText: true });
    expect(kept.map((p) => p.emailText)).toEqual(Array(3).fill(base.body));
    expect(capturePromises({ ...base, keepEmailText: true, body: '   ' }).every((p) => p.emailText === undefined)).toBe(true);
  });

  it('drops links that are not https Gmail/Outlook addresses', () => {
    for (const link of ['javascript:alert(1)', 'http://mail.google.com/mail/u/0/#inbox/x', 'https://evil.example/mail', 'https://user:pw@mail.google.com/', 'not a url']) {
      expect(capturePromises({ ...base, link })[0]?.link).toBeUndefined();
    }
    expect(capturePromises({ ...base, site: 'outlook', link: 'https://outlook.office.com/mail/inbox/id/AAQkADAw' })[0]?.link).toBe(
      'https://outlook.office.com/mail/inbox/id/AAQkADAw',
    );
  });

  it('drops a due time it cannot read rather than guess', () => {
    const [p] = capturePromises({ ...base, commitments: [commitment("I'll call you Thursday", 'me', 'Thursday-ish', 'Thursday')] });
    expect(p?.due).toBeUndefined();
    expect(p?.dueText).toBe('Thursday');
  });

  it('gives the same promise the same id, so sending it twice does not duplicate it', () => {
    const first = capturePromises(base);
    const again = capturePromises({ ...base, sentAt: new Date('2026-11-23T11:00:00Z'), recipients: [] });
    expect(again.map((p) => p.id)).toEqual(first.map((p) => p.id));
    // Same thread opened from another folder, different quotes and spacing: still the same promise.
    const sameThread = capturePromises({
      ...base,
      link: 'https://mail.google.com/mail/u/1/#sent/FMfcgzQXJWDsKmnbvcxz',
      commitments: [commitment('I’ll send the revised  pricing by Thursday at 3pm.', 'me', '2026-11-26T15:00:00+01:00')],
    });
    expect(sameThread[0]?.id).toBe(first[0]?.id);
  });

  it('without a link, the subject (ignoring Re:/Fwd:) identifies the conversation', () => {
    const noLink = { ...base, link: undefined };
    const a = capturePromises({ ...noLink, subject: 'Re: Fwd: Pricing' })[0]?.id;
    expect(capturePromises({ ...noLink, subject: 'pricing' })[0]?.id).toBe(a);
    expect(capturePromises({ ...noLink, subject: 'Onboarding' })[0]?.id).not.toBe(a);
  });

  it('tells apart promises with a different due, site or conversation', () => {
    const key = { site: 'gmail' as const, subject: 'Pricing', text: "I'll call you", due: '2026-11-26' };
    const id = promiseId(key);
    expect(id).toMatch(/^p[a-z0-9]{14}$/);
    expect(promiseId({ ...key, due: '2026-11-27' })).not.toBe(id);
    expect(promiseId({ ...key, site: 'outlook' })).not.toBe(id);
    expect(promiseId({ ...key, subject: 'Renewal' })).not.toBe(id);
    expect(promiseId({ ...key, text: "I'll email you" })).not.toBe(id);
  });

  it('keeps a promise repeated within one email once', () => {
    const c = commitment("I'll call you tomorrow", 'me', '2026-11-24', 'tomorrow');
    expect(capturePromises({ ...base, commitments: [c, { ...c, start: 40, end: 62 }] })).toHaveLength(1);
  });

  it('falls back to UTC for an unknown time zone', () => {
    expect(capturePromises({ ...base, timeZone: 'Mars/Olympus' })[0]?.timeZone).toBe('UTC');
  });
});

describe('a promise bound to an event', () => {
  it('is tracked with its event and no date, from the model to storage', async () => {
    const { analyze } = await import('../../src/model/index');
    const { normalizePromise } = await import('../../src/promises/normalize');
    const sentAt = new Date('2026-11-23T09:00:00Z');
    const report = analyze({ body: 'Hi Anna,\n\nI will send you the deck as soon as it is live, and I will follow up once the contract is signed.' }, { role: 'account', now: sentAt.toISOString(), timeZone: 'Europe/Berlin' });
    const got = capturePromises({ ...base, commitments: report.commitments, sentAt });
    expect(got.map((p) => [p.text, p.event, p.due, p.dueText])).toEqual([
      ['I will send you the deck as soon as it is live', 'as soon as it is live', undefined, undefined],
      ['I will follow up once the contract is signed', 'once the contract is signed', undefined, undefined],
    ]);
    expect(normalizePromise(JSON.parse(JSON.stringify(got[0])))?.event).toBe('as soon as it is live');
  });
});
