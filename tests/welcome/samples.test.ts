/** parseRecipients (src/welcome/samples.ts): "Name <address>" read by a scan since issue 18. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseRecipients } from '../../src/welcome/samples';
import { expectSameAsOld } from '../same-as-old';

// The old pattern, /^(.*?)\s*<([^>]+)>$/, is the reference.
describe('parseRecipients on odd and long input', () => {
  const oldParse = (to: string) =>
    to
      .split(/[,;]/)
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const m = /^(.*?)\s*<([^>]+)>$/.exec(part);
        if (m) return { ...(m[1] ? { name: m[1].replace(/^"|"$/g, '') } : {}), email: m[2]!.trim() };
        return part.includes('@') ? { email: part } : { name: part };
      });

  it('reads what the old pattern read', () => {
    const piece = fc.constantFrom(' ', '  ', '\n', '\u2028', '"', '<', '>', '<<', '>>', '<d@x.com>', '@', ',', ';', 'Dana', 'a');
    expectSameAsOld(piece, parseRecipients, oldParse, { numRuns: 10_000 });
  });

  it('a long run of spaces before "<", and one with no address after it', () => {
    const spaces = ' '.repeat(50_000);
    expect(parseRecipients(`Dana${spaces}<d@x.com>`)).toEqual([{ name: 'Dana', email: 'd@x.com' }]);
    expect(parseRecipients(`Dana${spaces}<>`)).toEqual([{ name: `Dana${spaces}<>` }]);
    // The address starts at the first "<" (it may hold more of them).
    expect(parseRecipients(`${'<'.repeat(50_000)}x>`)).toEqual([{ email: `${'<'.repeat(49_999)}x` }]);
  });
});
