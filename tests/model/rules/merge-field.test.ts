/**
 * The merge-field rule's "{{ … }}" pattern, linear since issue 18: the same
 * placeholders as before, on random text and on "{{" with long runs of spaces.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import rule from '../../../src/model/rules/merge-field';
import type { SentenceView } from '../../../src/model/rule';
import { expectSameAsOld } from '../../same-as-old';

// The old pattern ("{{" + spaces was quadratic); the rule's other patterns need "{!", "(" or "[", left out below.
const OLD_PLACEHOLDER =
  /\{\{\s*[^{}\n]{1,40}?\s*\}\}|\{\s*[A-Za-z_]{2,30}\s*\}|\$\{[A-Za-z_.]{1,30}\}|\*\|[A-Z_]{2,30}\|\*|%[A-Z_]{3,30}%|\[(?:(?:first|last|full|your|their|his|her|contact|customer|client|recipient|prospect|company|account|business|org(?:anization)?|sender|my|rep) ?)?(?:name|first ?name|last ?name|company|company name|title|role|city|industry|product|date|pain point|\w+ ?name)\]|<(?:FIRST[_ ]?NAME|LAST[_ ]?NAME|NAME|COMPANY|FNAME|LNAME|TITLE|CONTACT)>/gi;

const spans = (text: string) => rule.sentence!({ text } as SentenceView).map((f) => [f.start, f.end]);
const oldSpans = (text: string) => [...text.matchAll(OLD_PLACEHOLDER)].map((m) => [m.index, m.index + m[0].length]);

describe('merge-field placeholders', () => {
  it('finds the same "{{ … }}" fields as the old pattern', () => {
    const piece = fc.constantFrom('{', '{{', '}', '}}', ' ', '   ', '\n', '\t', '\u00a0', 'x', 'ab', 'first_name', '1234567890', '12345678901234567890', '.', '-', '$', '%', '*|', '|*', 'FNAME', '<', '>', 'NAME');
    expectSameAsOld(piece, spans, oldSpans);
  });

  it('ordinary fields', () => {
    expect(spans('Hi {{first_name}}, and {{ company }}.')).toEqual([[3, 17], [23, 36]]);
    expect(spans('Hi {{ }}')).toEqual([[3, 8]]);
    expect(spans(`Hi {{${'x'.repeat(41)}}}`)).toEqual([]);
    expect(spans('Hi {{\n}}, {{a\nb}}')).toEqual([]);
  });

  it('"{{" and long runs of spaces', () => {
    const N = 50_000;
    const spaces = ' '.repeat(N);
    expect(spans(`{{${spaces}x`)).toEqual([]);
    expect(spans(`{{${spaces}x${spaces}}}`)).toEqual([[0, 2 * N + 5]]);
    expect(spans(`${'{{ '.repeat(N)}`)).toEqual([]);
    expect(spans(`{{${spaces}}}`)).toEqual([[0, N + 4]]);
  });
});
