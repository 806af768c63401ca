/**
 * The words of a reminder notification. Short and concrete, because a
 * notification shows two or three lines: what is due and when in the title
 * ("Due at 15:00: send the revised pricing"), who it was promised to and in
 * which email in the message. Plain text only (the notifications API does
 * not render HTML). Pure: the caller passes "now", the locale and the zone.
 */
import { isConversationLink } from './link';
import { formatWhen } from '../model/time';
import { spaceOr, trimEndWhile } from '../model/chars';
import { dueInstant } from './schedule';
import type { TrackedPromise } from './types';

const MAX_TITLE_WHAT = 80;
/** The Promises list's titles. */
const MAX_TITLE = 90;

const OWNER_START =
  /^(?:and |also |so |then )?(?:(?:i|we)(?:['’]ll| will| shall| am going to|['’]m going to| are going to|['’]re going to| can| could| would| promise to| plan to| intend to| aim to| want to| need to| must| should)|let me|let us|let['’]s|(?:i|we)['’]d (?:be (?:happy|glad) to|like to))\s+(?:also |then |definitely |personally |make sure to |be sure to )*/i;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Tidy punctuation in text the coach writes: no space before a mark, no
 * doubled marks (",,", "..", ". .", ", ."), single spaces. The stronger mark
 * of a run wins ("?" over "!" over "." over ";" / ":" over ",").
 */
export function tidyText(text: string): string {
  const rank = ',:;.!?';
  return text
    .replace(/\s+/g, ' ')
    .replace(/ ([,.;:!?])/g, '$1')
    .replace(/[,.;:!?](?: ?[,.;:!?])+/g, (run) => [...run.replace(/ /g, '')].reduce((a, b) => (rank.indexOf(b) > rank.indexOf(a) ? b : a)))
    .trim();
}

/** `text` without the trailing white space and characters in `chars` (a scan, not a regex: no backtracking on long runs). */
export function trimEndOf(text: string, chars: string): string {
  return trimEndWhile(text, spaceOr(chars));
}

/** Cut to at most `max` characters at a word boundary, with "…" when anything was cut. */
export function clipWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  // One word longer than the room: cut it, there is no boundary to keep.
  const cut = space > max / 3 ? room.slice(0, space) : room;
  return `${trimEndOf(cut, ',;:.!?-')}…`;
}

/**
 * The promise's title in the Promises list: the commitment itself, in the
 * writer's words, without who promised it ("I'll send the revised quote by
 * Friday." → "Send the revised quote by Friday"), tidy, cut at a word boundary.
 */
export function promiseTitle(text: string, max = MAX_TITLE): string {
  const written = trimEndOf(tidyText(text), ',;:.!-');
  let s = written.replace(OWNER_START, '');
  if (s.length < 3) s = written;
  s = s.charAt(0).toUpperCase() + s.slice(1);
  return clipWords(s, max);
}

/**
 * The promise as an action: "I'll send the revised pricing by Thursday at
 * 3pm" → "send the revised pricing" (the when is in the title already).
 * Falls back to the words as written when little would be left.
 */
export function promiseAction(text: string, dueText?: string, to: readonly string[] = []): string {
  let s = text.trim().replace(OWNER_START, '');
  // Said to one person, "send you the pricing" reads better later as "send Dana the pricing".
  const name = to.length === 1 && !to[0]!.includes('@') ? to[0]!.trim().split(/\s+/)[0] : undefined;
  if (name) s = s.replace(/\byour\b/gi, 'their').replace(/\byou\b/gi, name);
  if (dueText?.trim()) {
    const when = new RegExp(`[\\s,]*(?:\\b(?:by|on|before|until|till|no later than|at|in|within|for)\\s+)?${escapeRegExp(dueText.trim())}`, 'i');
    s = s.replace(when, ' ');
  }
  s = trimEndOf(s.replace(/\s+/g, ' '), ',;:.!-').trim();
  if (s.length < 3) s = trimEndOf(text.trim(), '.!');
  s = trimEndOf(tidyText(s), ',;:.!-');
  return clipWords(s, MAX_TITLE_WHAT);
}

/** "Anna Meyer", "Anna Meyer and Ben Ode", "Anna Meyer, Ben Ode and 3 others". */
export function recipientList(to: readonly string[]): string {
  if (to.length <= 2) return to.join(' and ');
  const rest = to.length - 2;
  return `${to[0]}, ${to[1]} and ${rest} ${rest === 1 ? 'other' : 'others'}`;
}

export interface NotificationText {
  title: string;
  message: string;
}

export interface NotifyOptions {
  /** The user's locale for times and dates; the browser's when undefined. */
  locale?: string;
  /** The user's current zone, for "today" and the time shown. */
  timeZone: string;
}

/**
 * When it is due, in the one format used everywhere (formatWhen): "today 15:00",
 * "tomorrow 15:00", "Thu 26 Nov, 15:00"; for a date-only promise "today",
 * "tomorrow", "Fri 27 Nov"; the year too when it is more than 60 days away.
 * Undefined for an undated promise.
 */
export function describeDue(p: TrackedPromise, now: Date, opts: NotifyOptions): string | undefined {
  if (!p.due) return undefined;
  const base = { now, timeZone: opts.timeZone, ...(opts.locale ? { locale: opts.locale } : {}) };
  if (p.dateOnly) return formatWhen(p.due, base);
  const due = dueInstant(p);
  return due ? formatWhen(due.toISOString(), base) : undefined;
}

/** The reminder for a promise: "Due at 15:00: send the revised pricing", or "Was due …" once overdue. */
export function notificationFor(p: TrackedPromise, now: Date, opts: NotifyOptions): NotificationText {
  const what = promiseAction(p.text, p.dueText, p.to);
  const when = describeDue(p, now, opts);
  const overdue = (dueInstant(p)?.getTime() ?? Infinity) <= now.getTime();
  const title = when ? `${overdue ? 'Was due' : 'Due'} ${when}: ${what}` : `Your promise: ${what}`;
  const to = recipientList(p.to);
  const subject = p.subject ? `“${p.subject}”` : '';
  let message: string;
  if (to && subject) message = `You promised this to ${to} in ${subject}.`;
  else if (to) message = `You promised this to ${to}.`;
  else if (subject) message = `You promised this in ${subject}.`;
  else message = 'You promised this in an email you sent.';
  if (p.link) message += isConversationLink(p.link) ? ' Click to open the conversation.' : ' Click to find it in Sent.';
  return { title, message };
}
