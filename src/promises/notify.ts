/**
 * The words of a reminder notification. Short and concrete, because a
 * notification shows two or three lines: what is due and when in the title
 * ("Due at 15:00: send the revised pricing"), who it was promised to and in
 * which email in the message. Plain text only (the notifications API does
 * not render HTML). Pure: the caller passes "now", the locale and the zone.
 */
import { isConversationLink } from './link';
import { dueInstant, localDate } from './schedule';
import type { TrackedPromise } from './types';

const MAX_TITLE_WHAT = 80;

const OWNER_START =
  /^(?:and |also |so |then )?(?:(?:i|we)(?:['’]ll| will| shall| am going to|['’]m going to| are going to|['’]re going to| can| could| would| promise to| plan to| intend to| aim to| want to| need to| must| should)|let me|let us|let['’]s|(?:i|we)['’]d (?:be (?:happy|glad) to|like to))\s+(?:also |then |definitely |personally |make sure to |be sure to )*/i;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
  s = s.replace(/\s+/g, ' ').replace(/[\s,;:.!-]+$/, '').trim();
  if (s.length < 3) s = text.trim().replace(/[\s.!]+$/, '');
  return s.length > MAX_TITLE_WHAT ? `${s.slice(0, MAX_TITLE_WHAT - 1).trimEnd()}…` : s;
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

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * When it is due, relative to now: "at 15:00", "tomorrow at 15:00",
 * "Thu 26 Nov at 15:00"; for a date-only promise "today", "tomorrow",
 * "Thu 26 Nov". Undefined for an undated promise.
 */
export function describeDue(p: TrackedPromise, now: Date, opts: NotifyOptions): string | undefined {
  if (!p.due) return undefined;
  const today = localDate(now, opts.timeZone);
  const dayWords = (day: string, instant: Date, zone: string) => {
    if (day === today) return 'today';
    if (day === addDays(today, 1)) return 'tomorrow';
    if (day === addDays(today, -1)) return 'yesterday';
    const f = new Intl.DateTimeFormat(opts.locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: zone });
    const parts = Object.fromEntries(f.formatToParts(instant).map((x) => [x.type, x.value]));
    return `${parts.weekday} ${parts.day} ${parts.month}`;
  };
  if (p.dateOnly) return dayWords(p.due, new Date(`${p.due}T12:00:00Z`), 'UTC');
  const due = dueInstant(p);
  if (!due) return undefined;
  const time = new Intl.DateTimeFormat(opts.locale, { hour: 'numeric', minute: '2-digit', timeZone: opts.timeZone }).format(due);
  const day = dayWords(localDate(due, opts.timeZone), due, opts.timeZone);
  return day === 'today' ? `at ${time}` : `${day} at ${time}`;
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
