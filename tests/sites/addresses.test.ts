/**
 * Recipient parsing in the Gmail and Outlook adapters (src/sites/gmail.ts,
 * outlook.ts): scans since issue 18, reading what the old regexes read, on
 * random text and on long runs of spaces, quotes and commas.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseAddress, splitAddressList } from '../../src/sites/gmail';
import { chipEmail, chipName } from '../../src/sites/outlook';

const N = 50_000;
const piece = fc.constantFrom(' ', '  ', '\t', '\n', '"', '""', '<', '>', '<d@x.com>', '@', ',', 'Dana', 'Reyes', 'd@x', '(', ')', 'a');
const text = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''));
const check = (f: (s: string) => unknown, g: (s: string) => unknown, prep = (s: string) => s) =>
  fc.assert(
    fc.property(text, (raw) => {
      const s = prep(raw);
      expect(f(s), JSON.stringify(s)).toEqual(g(s));
    }),
    { numRuns: 10_000 },
  );

function oldGmailAddress(s: string) {
  const m = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(s);
  if (m) return { ...(m[1] ? { name: m[1] } : {}), email: m[2]! };
  const t = s.trim();
  if (!t) return undefined;
  return t.includes('@') ? { email: t } : { name: t };
}
const oldSplit = (value: string) => value.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/);
const oldChipName = (text: string) => /^\s*"?([^"<@]+?)"?\s*</.exec(text)?.[1];
const oldChipEmail = (text: string) => (/\S+@\S+/.test(text) ? /[^\s<>()"]+@[^\s<>()"]+/.exec(text)?.[0] : undefined);

describe('Gmail: the hidden To/Cc field', () => {
  it('is split and read as the old regexes did', () => {
    check(parseAddress, oldGmailAddress);
    check(splitAddressList, oldSplit);
  });

  it('ordinary fields', () => {
    expect(splitAddressList('"Reyes, Dana" <dana@x.com>, lee@y.com').map(parseAddress)).toEqual([
      { name: 'Reyes, Dana', email: 'dana@x.com' },
      { email: 'lee@y.com' },
    ]);
    expect(parseAddress(' Dana Reyes  <dana@x.com> ')).toEqual({ name: 'Dana Reyes', email: 'dana@x.com' });
    expect(parseAddress('<dana@x.com>')).toEqual({ email: 'dana@x.com' });
  });

  it('long runs of spaces, quotes and commas', () => {
    const spaces = ' '.repeat(N);
    expect(parseAddress(`Dana${spaces}x<d@x.com>`)).toEqual({ name: `Dana${spaces}x`, email: 'd@x.com' });
    // Something after the ">": no "Name <address>", so the whole (with an "@") is the address, as before.
    expect(parseAddress(`Dana${spaces}<d@x.com>${spaces}x`)).toEqual({ email: `Dana${spaces}<d@x.com>${spaces}x` });
    expect(splitAddressList(`${','.repeat(N)}"`)).toHaveLength(1);
    expect(splitAddressList(','.repeat(N))).toHaveLength(N + 1);
  });
});

describe('Outlook: a recipient chip', () => {
  it('gives the name and address the old regexes gave', () => {
    check(chipName, oldChipName, (s) => s.trim());
    check(chipEmail, oldChipEmail);
  });

  it('ordinary chips', () => {
    expect(chipName('Dana Reyes <dana@x.com>')).toBe('Dana Reyes');
    expect(chipName('"Dana Reyes" <dana@x.com>')).toBe('Dana Reyes');
    expect(chipName('dana@x.com')).toBeUndefined();
    expect(chipEmail('Dana Reyes (dana@x.com)')).toBe('dana@x.com');
  });

  it('long runs of spaces and of "@"', () => {
    const spaces = ' '.repeat(N);
    expect(chipName(`Dana${spaces}x`)).toBeUndefined();
    expect(chipName(`Dana${spaces}x${spaces}<d@x.com>`)).toBe(`Dana${spaces}x`);
    expect(chipEmail(`${'@'.repeat(N)} d@x`)).toBe('@'.repeat(N));
    expect(chipEmail(`${'a'.repeat(N)} d@x`)).toBe('d@x');
    expect(chipEmail(`${'a@ '.repeat(N)}`)).toBeUndefined();
  });
});
