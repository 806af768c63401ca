import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/model/index';
import { ctx } from '../helpers';

describe('generic-opener', () => {
  it('points at the whole stock line, not at the word the learned layer leans on', () => {
    const body = 'Hi Tom,\n\nJust circling back on my last email. Did you get a chance to look at the proposal?';
    const hint = analyze({ body }, ctx('prospecting')).hints.find((h) => h.kind === 'generic-opener');
    expect(hint && body.slice(hint.start, hint.end)).toBe('Just circling back on my last email');
  });
});
