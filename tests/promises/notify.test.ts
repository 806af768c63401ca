import { describe, expect, it } from 'vitest';
import { safeConversationLink } from '../../src/promises/link';
import { describeDue, notificationFor, promiseAction, promiseTitle, recipientList, trimEndOf } from '../../src/promises/notify';
import { makePromise } from './helpers';

const berlin = { locale: 'en-GB', timeZone: 'Europe/Berlin' };

describe('notification words', () => {
  it('turns the promise into the action, without who and when', () => {
    expect(promiseAction("I'll send the revised pricing by Thursday at 3pm", 'Thursday at 3pm')).toBe('send the revised pricing');
    expect(promiseAction('We will review the contract by Friday.', 'Friday')).toBe('review the contract');
    expect(promiseAction('I’m going to call you on Monday', 'Monday')).toBe('call you');
    // Said to one person, the title names them; to several, or to an address, it stays as written.
    expect(promiseAction("I'll send you your refund confirmation by Friday", 'Friday', ['Maria Lopez'])).toBe('send Maria their refund confirmation');
    expect(promiseAction("I'll get back to you by Friday", 'Friday', ['Maria Lopez'])).toBe('get back to Maria');
    expect(promiseAction("I'll get back to you by Friday", 'Friday', ['Maria Lopez', 'Tom Becker'])).toBe('get back to you');
    expect(promiseAction("I'll get back to you by Friday", 'Friday', ['maria@brightpath.io'])).toBe('get back to you');
    expect(promiseAction('Let me check with our billing team before Tuesday', 'Tuesday')).toBe('check with our billing team');
    expect(promiseAction("I'll look into it")).toBe('look into it');
    expect(promiseAction('Tomorrow.', 'Tomorrow')).toBe('Tomorrow');
    expect(promiseAction(`I'll ${'send '.repeat(40)}it`).length).toBeLessThanOrEqual(80);
  });

  it('names the recipients briefly', () => {
    expect(recipientList([])).toBe('');
    expect(recipientList(['Anna'])).toBe('Anna');
    expect(recipientList(['Anna', 'Ben'])).toBe('Anna and Ben');
    expect(recipientList(['Anna', 'Ben', 'Cleo'])).toBe('Anna, Ben and 1 other');
    expect(recipientList(['Anna', 'Ben', 'Cleo', 'Dev'])).toBe('Anna, Ben and 2 others');
  });

  it('says when in the one format, relative where it reads better, in the user’s zone and locale', () => {
    const p = makePromise(); // Thu 26 Nov 15:00 Berlin
    expect(describeDue(p, new Date('2026-11-26T08:00:00Z'), berlin)).toBe('today 15:00');
    expect(describeDue(p, new Date('2026-11-25T08:00:00Z'), berlin)).toBe('tomorrow 15:00');
    expect(describeDue(p, new Date('2026-11-27T08:00:00Z'), berlin)).toBe('yesterday 15:00');
    expect(describeDue(p, new Date('2026-11-23T08:00:00Z'), berlin)).toBe('Thu 26 Nov, 15:00');
    expect(describeDue(p, new Date('2026-11-26T08:00:00Z'), { locale: 'en-US', timeZone: 'America/New_York' })).toBe('today 9:00 AM');
    // The browser's locale words it: German says "morgen".
    expect(describeDue(p, new Date('2026-11-25T08:00:00Z'), { locale: 'de-DE', timeZone: 'Europe/Berlin' })).toBe('morgen 15:00');
    const d = makePromise({ due: '2026-11-27', dateOnly: true });
    expect(describeDue(d, new Date('2026-11-27T08:00:00Z'), berlin)).toBe('today');
    expect(describeDue(d, new Date('2026-11-26T08:00:00Z'), berlin)).toBe('tomorrow');
    expect(describeDue(d, new Date('2026-11-23T08:00:00Z'), berlin)).toBe('Fri 27 Nov');
    expect(describeDue(makePromise({ due: undefined }), new Date(), berlin)).toBeUndefined();
  });

  it('shows the year of a date more than 60 days away, and only then', () => {
    const now = new Date('2026-11-23T08:00:00Z');
    expect(describeDue(makePromise({ due: '2027-11-01', dateOnly: true }), now, berlin)).toBe('Mon 1 Nov 2027');
    expect(describeDue(makePromise({ due: '2027-01-29T10:00:00+01:00' }), now, berlin)).toBe('Fri 29 Jan 2027, 10:00');
    expect(describeDue(makePromise({ due: '2027-01-21', dateOnly: true }), now, berlin)).toBe('Thu 21 Jan');
  });

  it('titles a promise with the commitment itself, in the writer’s words, tidy and cut at a word', () => {
    expect(promiseTitle('I will send the revised quote by Friday.')).toBe('Send the revised quote by Friday');
    expect(promiseTitle("I'll also call you on Monday at 10am..")).toBe('Call you on Monday at 10am');
    expect(promiseTitle('Let me check with our billing team , and confirm the refund ,, by Tuesday')).toBe('Check with our billing team, and confirm the refund, by Tuesday');
    expect(promiseTitle('We will send you the deck as soon as it is live. .')).toBe('Send you the deck as soon as it is live');
    const long = promiseTitle("I'll send you the complete migration plan for the warehouse systems, including the cut-over checklist and the rollback steps, by Thursday at 3pm");
    expect(long.length).toBeLessThanOrEqual(90);
    expect(long.endsWith('…')).toBe(true);
    // Cut between words, never inside one, and no punctuation left before the ellipsis.
    expect(long).toBe('Send you the complete migration plan for the warehouse systems, including the cut-over…');
    expect(promiseTitle('Will do.')).toBe('Will do');
  });

  it('keeps notification actions cut at a word and tidy', () => {
    const action = promiseAction(`I'll send the ${'quarterly '.repeat(12)}report by Friday`, 'Friday');
    expect(action.length).toBeLessThanOrEqual(80);
    expect(action).toMatch(/^send the (?:quarterly )+quarterly…$/);
    expect(promiseAction("I'll send the quote,, and the contract by Friday.", 'Friday')).toBe('send the quote, and the contract');
  });

  it('writes a message that works with or without recipients, subject and link', () => {
    const now = new Date('2026-11-26T13:00:00Z');
    expect(notificationFor(makePromise({ to: ['Anna', 'Ben'], link: undefined }), now, berlin)).toEqual({
      title: 'Due today 15:00: send the revised pricing',
      message: 'You promised this to Anna and Ben in “Pricing”.',
    });
    expect(notificationFor(makePromise({ to: [], subject: undefined, link: undefined }), now, berlin).message).toBe('You promised this in an email you sent.');
    expect(notificationFor(makePromise({ to: [] }), now, berlin).message).toBe('You promised this in “Pricing”. Click to open the conversation.');
    expect(notificationFor(makePromise({ to: [], link: 'https://outlook.office.com/mail/sentitems' }), now, berlin).message).toBe('You promised this in “Pricing”. Click to find it in Sent.');
    expect(notificationFor(makePromise({ due: undefined, dueText: undefined, text: "I'll look into it" }), now, berlin).title).toBe('Your promise: look into it');
  });
});

describe('safeConversationLink', () => {
  it('allows only https links to the mail sites', () => {
    expect(safeConversationLink('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmnbvcxz')).toBe('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmnbvcxz');
    expect(safeConversationLink('https://outlook.live.com/mail/0/inbox/id/AQQkADAw')).toBe('https://outlook.live.com/mail/0/inbox/id/AQQkADAw');
    for (const bad of [
      'javascript:alert(1)', 'data:text/html,hi', 'http://mail.google.com/', 'https://mail.google.com.evil.example/', 'https://evil.example/?https://mail.google.com/',
      'https://a:b@outlook.office.com/', 'https://mail.google.com:8443/', 'file:///etc/passwd', 42, undefined,
    ]) {
      expect(safeConversationLink(bad), String(bad)).toBeUndefined();
    }
  });
});

describe('trailing marks cut by a scan (issue 18)', () => {
  const N = 50_000;
  it('ordinary actions and titles as before', () => {
    expect(promiseAction("I'll look into it, ok. ")).toBe('look into it, ok');
    expect(promiseAction('I will.')).toBe('I will');
    expect(promiseTitle("I'll send the revised quote by Friday.")).toBe('Send the revised quote by Friday');
  });

  it('long runs of marks and spaces, inside and at the end', () => {
    expect(promiseAction(`I'll look into it${' ,'.repeat(N)}`)).toBe('look into it');
    expect(promiseAction(`I will${' !'.repeat(N)}`)).toBe('I will');
    expect(trimEndOf(`a${' ,'.repeat(N)}b`, ',;:')).toBe(`a${' ,'.repeat(N)}b`);
  });
});
