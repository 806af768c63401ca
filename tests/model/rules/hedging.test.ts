// The hedging rule's one-click drop: offered where the sentence says the same without the hedge, never where
// dropping it would turn a doubt into a claim.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/model/index';
import { ctx } from '../helpers';

const hedges = (body: string) =>
  analyze({ body }, ctx('support')).hints.filter((h) => h.kind === 'hedging').map((h) => ({ text: body.slice(h.start, h.end), replacement: h.replacement }));

describe('hedging rewrites', () => {
  const body = "Hi Jon,\n\nI think you can do this, but I'm not 100% sure it covers every case. Hopefully it works on Monday, fingers crossed. I don't know if the export needs a restart.";

  it('drops a hedge whose sentence means the same without it', () => {
    const found = hedges(body);
    expect(found.find((h) => h.text.includes('fingers crossed'))?.replacement).toBe('');
    expect(found.find((h) => h.text.startsWith('Hopefully'))?.replacement).toBe('I');
  });

  it('offers no drop for "I\'m not sure" or "I don\'t know if": without them the sentence claims what the writer doubts', () => {
    const found = hedges(body);
    const doubts = found.filter((h) => /^I(?:'m not|'m not 100%| don't know)/.test(h.text));
    expect(doubts.map((h) => h.text)).toEqual(["I'm not 100% sure", "I don't know if"]);
    for (const h of doubts) expect(h.replacement).toBeUndefined();
  });
});
