/**
 * The promises tracker's data. A TrackedPromise is a commitment the writer
 * made in an email they sent ("I'll send the revised pricing by Thursday at
 * 3pm"), kept on this device so the writer can follow through before the
 * customer has to chase them. Pure types and constants: no storage, no DOM.
 */
import type { Site } from '../settings/settings';

/** The mail sites a promise can come from (the same as the coach's). */
export const PROMISE_SITES = ['gmail', 'outlook'] as const satisfies readonly Site[];
export type PromiseSite = (typeof PROMISE_SITES)[number];

/** Only the writer's own promises are tracked: the customer's or a third party's are not theirs to keep. */
export type PromiseOwner = 'me' | 'we';

export interface TrackedPromise {
  /**
   * Stable: derived from the site, the conversation (its link, else the
   * subject), the promise's words and its due time, so sending the same
   * promise twice does not add it twice (see id.ts).
   */
  id: string;
  /** The promise as written. */
  text: string;
  /** The words that gave the time: "by Thursday at 3pm". */
  dueText?: string;
  /**
   * The event the promise waits on, in the writer's words ("as soon as it is
   * live"): such a promise has no date until the writer gives one; none is invented.
   */
  event?: string;
  /** As the model gave it: ISO date-time with offset, or 'YYYY-MM-DD' for a date-only promise ("by Friday"). */
  due?: string;
  /** True when `due` is a date without a time: the reminder then comes at the start of the working day. */
  dateOnly: boolean;
  owner: PromiseOwner;
  /** Who it was promised to: recipient names, else their email addresses. */
  to: string[];
  subject?: string;
  site: PromiseSite;
  /** The conversation on Gmail/Outlook (https only), when the page had one. */
  link?: string;
  /** ISO date-time the email was sent. */
  sentAt: string;
  /** IANA time zone of the writer when they sent it: a date-only promise is due by the end of that day there. */
  timeZone: string;
  status: 'open' | 'kept';
  /** ISO date-time the writer marked it kept. */
  keptAt?: string;
  /** ISO date-time of an explicit reminder (snooze): wins over the computed one. */
  remindAt?: string;
  /**
   * ISO date-time a reminder for this promise was last shown, so the same
   * reminder is not shown again on every re-sync. Cleared when the date or
   * the reminder changes.
   */
  notifiedAt?: string;
  /** The sent email's own words; only when the writer opted in to keeping it. */
  emailText?: string;
}

/** Where a promise stands at a given moment (see schedule.ts). */
export type PromiseStatus = 'upcoming' | 'overdue' | 'kept' | 'undated';

export interface PromiseSettings {
  /** Minutes before a timed promise is due that the reminder comes. */
  leadMinutes: number;
  /** 'HH:MM' local time: when date-only promises are reminded on their day. */
  workdayStart: string;
  /** Keep the whole sent email with its promises (off by default: less kept, less to lose). */
  keepEmailText: boolean;
}

export const DEFAULT_PROMISE_SETTINGS: PromiseSettings = { leadMinutes: 60, workdayStart: '09:00', keepEmailText: false };

/** A week: a longer lead time is almost certainly a mistake. */
export const MAX_LEAD_MINUTES = 7 * 24 * 60;

/** At most this many promises are kept; beyond it the oldest kept ones go first (storage.local is limited). */
export const MAX_PROMISES = 2000;
/** Kept email text is cut to this length, so one long thread cannot fill the storage. */
export const MAX_EMAIL_TEXT_CHARS = 5000;
/** Only the most recently sent promises keep their email text; older ones keep the promise itself. */
export const MAX_PROMISES_WITH_EMAIL_TEXT = 300;
