/**
 * Reading a reply sentence for steps (src/model/answers.ts), linear since
 * issue 18: the same answers as the regex it replaces, on random text and on
 * long runs of line breaks.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hasSteps } from '../../src/model/answers';
import { expectSameAsOld } from '../same-as-old';

// The old pattern: "\n\s*" was tried at every break of a run of them.
const OLD_STEPS = /(?:^|[.:;!?,]\s+|\bthen\s+|\n\s*(?:\d+[.)]\s*|[-*•]\s*)?)(?:go to|open|click|tap|select|choose|press|enter|type|navigate to|head to|under|in (?:the )?settings|from the \w+ menu|log in|sign in|visit|use the)\b/i;
const oldHasSteps = (text: string) => OLD_STEPS.test(text.replace(/\s+/g, (run) => (run.includes('\n') ? '\n' : run)));

describe('hasSteps', () => {
  it('finds steps as the old pattern did', () => {
    const piece = fc.constantFrom(' ', '  ', '\n', '\n\n', '\t', '\u00a0', '\r\n', '1.', '2)', '-', '•', '*', '.', ',', 'then', 'Then ', 'open', 'Open', 'click', 'go to', 'in the settings', 'from the File menu', 'x', 'opens', 'the');
    expectSameAsOld(piece, hasSteps, oldHasSteps, { maxLength: 16 });
  });

  it('ordinary sentences', () => {
    expect(hasSteps('Go to Settings, click Invite and enter their address.')).toBe(true);
    expect(hasSteps('Here is how:\n1. Open Billing\n2. Click Export')).toBe(true);
    expect(hasSteps('The export opens fine for me.')).toBe(false);
  });

  it('long runs of line breaks and list marks', () => {
    const N = 50_000;
    expect(hasSteps(`See below${'\n '.repeat(N)}x`)).toBe(false);
    expect(hasSteps(`See below${'\n '.repeat(N)}open Billing`)).toBe(true);
    expect(hasSteps(`${'\n1. '.repeat(N)}x`)).toBe(false);
    expect(hasSteps(`${'\n1. '.repeat(N)}click Export`)).toBe(true);
  });
});
