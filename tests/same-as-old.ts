// Shared by the tests of issue 18's linear rewrites: a scan must give exactly what the regex it replaced gave.
import fc from 'fast-check';
import { expect } from 'vitest';

/**
 * Over text joined from `pieces` (chosen to hit the old regex's edge cases), `mine` gives what `old` gave.
 * The failing text is named in the message.
 */
export function expectSameAsOld<T>(
  pieces: fc.Arbitrary<string>,
  mine: (text: string) => T,
  old: (text: string) => T,
  { minLength = 0, maxLength = 14, numRuns = 5000 }: { minLength?: number; maxLength?: number; numRuns?: number } = {},
): void {
  fc.assert(
    fc.property(fc.array(pieces, { minLength, maxLength }), (parts) => {
      const text = parts.join('');
      expect(mine(text), JSON.stringify(text)).toEqual(old(text));
    }),
    { numRuns },
  );
}
