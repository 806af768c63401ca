import type { Commitment } from '../../src/model/types';
import type { TrackedPromise } from '../../src/promises/types';

/** A valid open promise; override what a test is about. */
export function makePromise(overrides: Partial<TrackedPromise> = {}): TrackedPromise {
  return {
    id: 'p1',
    text: "I'll send the revised pricing by Thursday at 3pm",
    dueText: 'Thursday at 3pm',
    due: '2026-11-26T15:00:00+01:00',
    dateOnly: false,
    owner: 'me',
    to: ['Anna Meyer'],
    subject: 'Pricing',
    site: 'gmail',
    link: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmnbvcxz',
    sentAt: '2026-11-23T09:00:00.000Z',
    timeZone: 'Europe/Berlin',
    status: 'open',
    ...overrides,
  };
}

export function commitment(text: string, owner: Commitment['owner'], due?: string, dueText?: string): Commitment {
  const c: Commitment = { start: 0, end: text.length, text, owner, specific: Boolean(due) };
  if (due) c.due = due;
  if (dueText) c.dueText = dueText;
  return c;
}
