/** fieldId (src/views/playbook/editor/draft.ts): its trailing "-" cut by a scan since issue 18. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fieldId } from '../../../../src/views/playbook/editor/draft';
import { expectSameAsOld } from '../../../same-as-old';

const oldFieldId = (path: string) => `pbf-${path.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/-+$/, '')}`;

describe('fieldId', () => {
  it('is what the old regexes gave', () => {
    const piece = fc.constantFrom('phrases', '[', ']', '2', '.', 'pattern', '-', '--', '_', ' ', 'é');
    expectSameAsOld(piece, fieldId, oldFieldId, { maxLength: 12, numRuns: 3000 });
    expect(fieldId('phrases[2].pattern')).toBe('pbf-phrases-2-pattern');
    expect(fieldId('rules.no-next-step[0]')).toBe('pbf-rules-no-next-step-0');
  });

  it('a long run of "-" and marks inside the path, and at its end', () => {
    const N = 50_000;
    expect(fieldId(`a${'-'.repeat(N)}b`)).toBe(`pbf-a${'-'.repeat(N)}b`);
    expect(fieldId(`a${'-.'.repeat(N)}`)).toBe('pbf-a');
  });
});
