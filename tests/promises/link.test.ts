import { describe, expect, it } from 'vitest';
import { conversationKey, isConversationLink, sentEmailLink } from '../../src/promises/link';

describe('sentEmailLink: where a sent email can be found again', () => {
  it('keeps the thread address for a reply written inside a Gmail thread', () => {
    const href = 'https://mail.google.com/mail/u/1/#inbox/FMfcgzQXJWDsKmnbvcxz';
    expect(sentEmailLink({ href, inThread: true, subject: 'Re: Pricing' })).toBe(href);
    expect(isConversationLink(href)).toBe(true);
  });

  it('a new Gmail message links to a search of Sent for its subject, in the same account', () => {
    const link = sentEmailLink({ href: 'https://mail.google.com/mail/u/1/#inbox?compose=CllgCJZbDkx', inThread: false, subject: 'Lisbon "payroll" pilot' })!;
    const url = new URL(link);
    expect(url.pathname).toBe('/mail/u/1/');
    expect(decodeURIComponent(url.hash)).toBe('#search/in:sent subject:"Lisbon payroll pilot"');
    expect(isConversationLink(link)).toBe(false);
  });

  it('a new message written over an open thread does not link to that unrelated thread', () => {
    const link = sentEmailLink({ href: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmnbvcxz', inThread: false, subject: 'Intro' })!;
    expect(link).not.toContain('FMfcgz');
    expect(link).toContain('#search/');
  });

  it('an inline reply whose page is not a thread (a compose draft) falls back to Sent', () => {
    expect(sentEmailLink({ href: 'https://mail.google.com/mail/u/0/#inbox?compose=new', inThread: true, subject: '' })).toBe('https://mail.google.com/mail/u/0/#sent');
  });

  it('Outlook: a reply keeps the message address; a new message links to Sent Items', () => {
    const reply = 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgAQAEFF';
    expect(sentEmailLink({ href: reply, inThread: true })).toBe(reply);
    expect(sentEmailLink({ href: reply, inThread: false })).toBe('https://outlook.office.com/mail/sentitems');
    expect(sentEmailLink({ href: 'https://outlook.live.com/mail/0/deeplink/compose', inThread: false })).toBe('https://outlook.live.com/mail/0/sentitems');
    expect(isConversationLink(reply)).toBe(true);
    expect(isConversationLink('https://outlook.live.com/mail/0/sentitems')).toBe(false);
  });

  it('never makes a link off the mail hosts', () => {
    for (const href of ['https://evil.example/mail/u/0/#inbox', 'http://mail.google.com/mail/u/0/#inbox', 'javascript:alert(1)', 'chrome-extension://x/welcome.html']) {
      expect(sentEmailLink({ href, inThread: false, subject: 'x' })).toBeUndefined();
    }
  });
});

describe('conversationKey (issue 18: the hash cut at "?" by a scan)', () => {
  it('ordinary links', () => {
    expect(conversationKey('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmnbvcxz?compose=new')).toBe('gmail:FMfcgzQXJWDsKmnbvcxz');
    expect(conversationKey('https://mail.google.com/mail/u/1/#sent/FMfcgzQXJWDsKmnbvcxz')).toBe('gmail:FMfcgzQXJWDsKmnbvcxz');
  });

  it('a long run of "?" in the hash', () => {
    expect(conversationKey(`https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmnbvcxz${'?'.repeat(50_000)}x`)).toBe('gmail:FMfcgzQXJWDsKmnbvcxz');
  });
});
