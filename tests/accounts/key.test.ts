import { describe, expect, it } from 'vitest';
import { accountKeyOf, accountKeysOf, findAccountFor, FREE_MAIL, isFreeMail, normalizeAccountKey, registrableDomain } from '../../src/accounts/key';

describe('accountKeyOf', () => {
  it('keys a company address by its lower-case domain', () => {
    expect(accountKeyOf({ name: 'Dana Reyes', email: 'Dana.Reyes@Northwind.com' })).toBe('northwind.com');
    expect(accountKeyOf({ email: 'Dana Reyes <dana@northwind.com>' })).toBe('northwind.com');
    expect(accountKeyOf({ email: 'mailto:dana@northwind.com' })).toBe('northwind.com');
  });

  it('folds subdomains to the registrable domain', () => {
    expect(accountKeyOf({ email: 'ops@eu.northwind.com' })).toBe('northwind.com');
    expect(accountKeyOf({ email: 'ops@mail.eu.northwind.com.' })).toBe('northwind.com');
    expect(registrableDomain('a.b.c.example.org')).toBe('example.org');
  });

  it('keeps the organisation under two-part suffixes like co.uk, com.au and co.jp', () => {
    expect(accountKeyOf({ email: 'sam@northwind.co.uk' })).toBe('northwind.co.uk');
    expect(accountKeyOf({ email: 'sam@sales.northwind.co.uk' })).toBe('northwind.co.uk');
    expect(accountKeyOf({ email: 'kai@tokyo.kestrel.co.jp' })).toBe('kestrel.co.jp');
    expect(accountKeyOf({ email: 'lee@perth.wattle.com.au' })).toBe('wattle.com.au');
  });

  it('keys people on free-mail services by their own address', () => {
    expect(accountKeyOf({ email: 'Dana.Reyes@Gmail.com' })).toBe('dana.reyes@gmail.com');
    expect(accountKeyOf({ email: 'sam@outlook.com' })).toBe('sam@outlook.com');
    expect(accountKeyOf({ email: 'kim@yahoo.co.uk' })).toBe('kim@yahoo.co.uk');
    expect(accountKeyOf({ email: 'dana+work@gmail.com' })).toBe('dana@gmail.com');
    for (const d of ['gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com', 'ymail.com', 'icloud.com', 'me.com', 'aol.com', 'proton.me', 'protonmail.com', 'gmx.com', 'gmx.de', 'web.de', 'mail.com', 'yandex.com', 'zoho.com', 'fastmail.com', 'hey.com', 'qq.com', '163.com']) {
      expect(FREE_MAIL.has(d)).toBe(true);
      expect(accountKeyOf({ email: `a@${d}` })).toBe(`a@${d}`);
    }
    expect(isFreeMail('northwind.com')).toBe(false);
  });

  it('gives no key without a usable address', () => {
    expect(accountKeyOf({ name: 'Dana Reyes' })).toBeUndefined();
    expect(accountKeyOf({ email: '' })).toBeUndefined();
    expect(accountKeyOf({ email: 'dana' })).toBeUndefined();
    expect(accountKeyOf({ email: 'dana@localhost' })).toBeUndefined();
    expect(accountKeyOf({ email: 'dana@10.0.0.1' })).toBeUndefined();
    expect(accountKeyOf({ email: '@northwind.com' })).toBeUndefined();
    expect(accountKeyOf({ email: 'dana@-bad-.com' })).toBeUndefined();
  });
});

describe('accountKeysOf', () => {
  it('lists distinct accounts in the order they first appear', () => {
    expect(
      accountKeysOf([
        { name: 'Dana', email: 'dana@eu.northwind.com' },
        { name: 'No address' },
        { email: 'lee@gmail.com' },
        { email: 'sam@northwind.com' },
        { email: 'kai@kestrel.co.jp' },
        { email: 'LEE@gmail.com' },
      ]),
    ).toEqual(['northwind.com', 'lee@gmail.com', 'kestrel.co.jp']);
    expect(accountKeysOf([])).toEqual([]);
  });
});

describe('normalizeAccountKey', () => {
  it('turns what a person types into the key accountKeyOf gives', () => {
    expect(normalizeAccountKey(' Northwind.com ')).toBe('northwind.com');
    expect(normalizeAccountKey('https://www.northwind.com/about?x=1')).toBe('northwind.com');
    expect(normalizeAccountKey('@northwind.co.uk')).toBe('northwind.co.uk');
    expect(normalizeAccountKey('dana@eu.northwind.com')).toBe('northwind.com');
    expect(normalizeAccountKey('Dana@Gmail.com')).toBe('dana@gmail.com');
  });

  it('refuses what is neither a domain nor an address, and a free-mail domain alone', () => {
    for (const bad of ['', 'northwind', 'north wind.com', 'gmail.com', 'dana@', '1.2.3.4']) expect(normalizeAccountKey(bad)).toBeUndefined();
  });
});

describe('findAccountFor', () => {
  const records = [{ key: 'northwind.com' }, { key: 'lee@gmail.com' }];
  it('picks the first recipient account that has a record', () => {
    expect(findAccountFor(records, [{ email: 'x@kestrel.com' }, { email: 'dana@eu.northwind.com' }])?.key).toBe('northwind.com');
    expect(findAccountFor(records, [{ email: 'lee@gmail.com' }, { email: 'dana@northwind.com' }])?.key).toBe('lee@gmail.com');
    expect(findAccountFor(records, [{ email: 'x@kestrel.com' }, { name: 'Dana' }])).toBeUndefined();
  });
});

describe('keys cut by a scan (issue 18: /\\+.*$/ and /[/?#].*$/s were quadratic on runs of "+" or "/")', () => {
  const N = 50_000;
  it('ordinary keys as before', () => {
    expect(accountKeyOf({ email: 'dana+work+q3@gmail.com' })).toBe('dana@gmail.com');
    expect(accountKeyOf({ email: '+work@gmail.com' })).toBe('+work@gmail.com');
    expect(normalizeAccountKey('northwind.com#team')).toBe('northwind.com');
    expect(normalizeAccountKey('http://northwind.com:8080/x')).toBe('northwind.com');
  });

  it('long runs of "+" and "/"', () => {
    expect(accountKeyOf({ email: `dana${'+'.repeat(N)}x@gmail.com` })).toBe('dana@gmail.com');
    expect(normalizeAccountKey(`northwind.com${'/'.repeat(N)}x`)).toBe('northwind.com');
    expect(normalizeAccountKey(`${'/'.repeat(N)}northwind.com`)).toBeUndefined();
  });
});
