// The hedging rule's one-click drop: offered where the sentence says the same without the hedge, never where
// dropping it would turn a doubt into a claim or break the grammar.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/model/index';
import { ctx } from '../helpers';

const hedges = (body: string) =>
  analyze({ body }, ctx('support')).hints.filter((h) => h.kind === 'hedging').map((h) => ({ text: body.slice(h.start, h.end), replacement: h.replacement }));

describe('hedging rewrites', () => {
  const body = "Hi Jon,\n\nYou can probably do this, but I'm not 100% sure it covers every case. It might work on Monday, fingers crossed.";

  it('drops a hedge whose sentence means the same without it', () => {
    const found = hedges(body);
    expect(found.find((h) => h.text.startsWith('probably'))?.replacement).toBe('');
  });

  it('offers no drop for "I\'m not sure" or "might": without them the sentence claims what the writer doubts', () => {
    const found = hedges(body);
    expect(found.map((h) => h.text)).toEqual(expect.arrayContaining(["I'm not 100% sure", 'might']));
    for (const h of found.filter((x) => /^(?:I'm not|might)/.test(x.text))) expect(h.replacement).toBeUndefined();
  });
});
