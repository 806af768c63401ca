// no-question says which case it is: no question at all, or questions that only offer or ask for a meeting.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/model/index';
import { ctx } from '../helpers';

const message = (body: string) => analyze({ body }, ctx('prospecting')).hints.find((h) => h.kind === 'no-question')?.message;

describe('no-question message', () => {
  it('says the email asks nothing when it has no question', () => {
    expect(message('Hi Ada,\n\nOur analytics suite gives finance teams a live view of cash. I have attached a brochure with the details and pricing.')).toBe('This email asks them nothing.');
  });

  it('says its questions only offer or ask for a meeting when that is all they do', () => {
    expect(message('Hi Ada,\n\nOur analytics suite gives finance teams a live view of cash, with a brochure attached. Would you like a demo? Could we meet on Tuesday?'))
      .toMatch(/offer something or ask for a meeting; none asks about them/);
  });

  it('is quiet when a question asks about them, whatever else is asked', () => {
    expect(message('Hi Ada,\n\nI saw the new Leeds office on your careers page. Who closes the books there today? Could we meet on Tuesday?')).toBeUndefined();
  });
});
