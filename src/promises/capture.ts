/**
 * Turning a sent email's commitments into tracked promises. Only the
 * writer's own promises (owner "me" or "we") are kept: those are the ones the
 * customer will chase them for. A promise without a date is kept too, shown
 * as "no date" so the writer sees it, but it gets no reminder; one bound to
 * an event ("as soon as it is live") keeps the event, and no date is made up for it.
 */
import type { Commitment, Recipient } from '../model/types';
import { isValidTimeZone } from '../model/time';
import { isDateOnly, isValidDue } from './due';
import { promiseId } from './id';
import { safeConversationLink } from './link';
import { cleanNames, cleanText } from './normalize';
import { MAX_EMAIL_TEXT_CHARS, type PromiseSite, type TrackedPromise } from './types';

export interface CaptureInput {
  /** The sent draft's commitments, as the model found them (due resolved against the send time and zone). */
  commitments: readonly Commitment[];
  subject?: string;
  recipients?: readonly Recipient[];
  site: PromiseSite;
  /** The conversation's address, when the page has one; kept only if it is an https Gmail/Outlook link. */
  link?: string;
  sentAt: Date;
  /** IANA zone of the writer at send. */
  timeZone: string;
  /** The writer's own words in the email; kept only when `keepEmailText`. */
  body?: string;
  keepEmailText: boolean;
}

/** Who the email went to, as the writer knows them: names, else addresses. */
function recipientNames(recipients: readonly Recipient[]): string[] {
  return cleanNames(recipients.map((r) => r.name?.trim() || r.email?.trim() || ''));
}

/** The sent email's promises, one per id (a promise repeated in the same email is kept once). */
export function capturePromises(input: CaptureInput): TrackedPromise[] {
  if (Number.isNaN(input.sentAt.getTime())) return [];
  const to = recipientNames(input.recipients ?? []);
  const subject = cleanText(input.subject, 300);
  const link = safeConversationLink(input.link);
  const timeZone = isValidTimeZone(input.timeZone) ? input.timeZone : 'UTC';
  const emailText = input.keepEmailText ? cleanText(input.body, MAX_EMAIL_TEXT_CHARS) : undefined;
  const out: TrackedPromise[] = [];
  for (const c of input.commitments) {
    if (c.owner !== 'me' && c.owner !== 'we') continue;
    const text = cleanText(c.text, 1000);
    if (!text) continue;
    const due = isValidDue(c.due) ? c.due : undefined;
    const id = promiseId({ site: input.site, link, subject, text, due });
    if (out.some((p) => p.id === id)) continue;
    const p: TrackedPromise = {
      id,
      text,
      dateOnly: due !== undefined && isDateOnly(due),
      owner: c.owner,
      to: [...to],
      site: input.site,
      sentAt: input.sentAt.toISOString(),
      timeZone,
      status: 'open',
    };
    if (due) p.due = due;
    const dueText = cleanText(c.dueText, 300);
    if (dueText) p.dueText = dueText;
    const event = cleanText(c.event, 300);
    if (event) p.event = event;
    if (subject) p.subject = subject;
    if (link) p.link = link;
    if (emailText) p.emailText = emailText;
    out.push(p);
  }
  return out;
}
