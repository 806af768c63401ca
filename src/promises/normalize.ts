/**
 * Reading stored promises back safely. Whatever is in storage (an older
 * shape, a half-written value, something edited by hand) is checked field
 * by field: valid promises are kept, broken fields dropped, and entries that
 * cannot be trusted (no id, no words, no send date) left out, so a damaged
 * value never breaks the reminders or the Promises view.
 */
import { isValidTimeZone } from '../model/time';
import { isDateOnly, isValidDue, validIso } from './due';
import { safeConversationLink } from './link';
import {
  DEFAULT_PROMISE_SETTINGS, MAX_EMAIL_TEXT_CHARS, MAX_LEAD_MINUTES, MAX_PROMISES, MAX_PROMISES_WITH_EMAIL_TEXT, PROMISE_SITES,
  type PromiseSettings, type PromiseSite, type TrackedPromise,
} from './types';

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_TEXT_CHARS = 1000;
const MAX_SHORT_CHARS = 300;
const MAX_RECIPIENTS = 50;
const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** A trimmed, length-capped string, or undefined when empty or not a string. */
export function cleanText(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  return s ? s.slice(0, max) : undefined;
}

/** Distinct non-empty names, capped: who a promise was made to. */
export function cleanNames(values: readonly unknown[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    const s = cleanText(v, MAX_SHORT_CHARS)?.replace(/\s+/g, ' ');
    if (s && !out.some((o) => o.toLowerCase() === s.toLowerCase())) out.push(s);
    if (out.length >= MAX_RECIPIENTS) break;
  }
  return out;
}

/** One stored promise, or undefined when it cannot be trusted. */
export function normalizePromise(value: unknown): TrackedPromise | undefined {
  const v = record(value);
  const id = typeof v.id === 'string' && ID.test(v.id) ? v.id : undefined;
  const text = cleanText(v.text, MAX_TEXT_CHARS);
  const sentAt = validIso(v.sentAt);
  const site = (PROMISE_SITES as readonly unknown[]).includes(v.site) ? (v.site as PromiseSite) : undefined;
  if (!id || !text || !sentAt || !site) return undefined;
  const due = isValidDue(v.due) ? v.due : undefined;
  const p: TrackedPromise = {
    id,
    text,
    dateOnly: due !== undefined && isDateOnly(due),
    owner: v.owner === 'we' ? 'we' : 'me',
    to: Array.isArray(v.to) ? cleanNames(v.to) : [],
    site,
    sentAt,
    timeZone: typeof v.timeZone === 'string' && v.timeZone.length <= 64 && isValidTimeZone(v.timeZone) ? v.timeZone : 'UTC',
    status: v.status === 'kept' ? 'kept' : 'open',
  };
  if (due) p.due = due;
  const dueText = cleanText(v.dueText, MAX_SHORT_CHARS);
  if (dueText) p.dueText = dueText;
  const event = cleanText(v.event, MAX_SHORT_CHARS);
  if (event) p.event = event;
  const subject = cleanText(v.subject, MAX_SHORT_CHARS);
  if (subject) p.subject = subject;
  const link = safeConversationLink(v.link);
  if (link) p.link = link;
  if (p.status === 'kept') p.keptAt = validIso(v.keptAt) ?? sentAt;
  const remindAt = validIso(v.remindAt);
  if (remindAt) p.remindAt = remindAt;
  const notifiedAt = validIso(v.notifiedAt);
  if (notifiedAt) p.notifiedAt = notifiedAt;
  if (typeof v.emailText === 'string' && v.emailText.trim()) p.emailText = v.emailText.slice(0, MAX_EMAIL_TEXT_CHARS);
  return p;
}

const time = (iso: string | undefined) => (iso ? Date.parse(iso) : 0);

/**
 * Keeps the list within its limits: at most MAX_PROMISES (dropping the
 * oldest kept promises first, then the oldest open ones), and email text only
 * on the MAX_PROMISES_WITH_EMAIL_TEXT most recently sent. Order is kept.
 */
export function capPromises(list: readonly TrackedPromise[]): TrackedPromise[] {
  let kept = [...list];
  const excess = kept.length - MAX_PROMISES;
  if (excess > 0) {
    const dropOrder = [...kept].sort((a, b) => {
      if (a.status !== b.status) return a.status === 'kept' ? -1 : 1;
      return a.status === 'kept' ? time(a.keptAt) - time(b.keptAt) || time(a.sentAt) - time(b.sentAt) : time(a.sentAt) - time(b.sentAt);
    });
    const drop = new Set(dropOrder.slice(0, excess));
    kept = kept.filter((p) => !drop.has(p));
  }
  const withText = kept.filter((p) => p.emailText !== undefined);
  if (withText.length > MAX_PROMISES_WITH_EMAIL_TEXT) {
    const newest = new Set(withText.sort((a, b) => time(b.sentAt) - time(a.sentAt)).slice(0, MAX_PROMISES_WITH_EMAIL_TEXT));
    kept = kept.map((p) => {
      if (p.emailText === undefined || newest.has(p)) return p;
      const { emailText: _dropped, ...rest } = p;
      return rest;
    });
  }
  return kept;
}

/** The stored list: valid promises only, one per id (the first wins), within the limits. */
export function normalizePromises(value: unknown): TrackedPromise[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const out: TrackedPromise[] = [];
  for (const item of value) {
    const p = normalizePromise(item);
    if (p && !seen.has(p.id)) {
      seen.add(p.id);
      out.push(p);
    }
  }
  return capPromises(out);
}

export function normalizePromiseSettings(value: unknown): PromiseSettings {
  const v = record(value);
  const lead = typeof v.leadMinutes === 'number' && Number.isFinite(v.leadMinutes) ? Math.round(v.leadMinutes) : undefined;
  return {
    leadMinutes: lead === undefined ? DEFAULT_PROMISE_SETTINGS.leadMinutes : Math.min(MAX_LEAD_MINUTES, Math.max(0, lead)),
    workdayStart: typeof v.workdayStart === 'string' && HH_MM.test(v.workdayStart) ? v.workdayStart : DEFAULT_PROMISE_SETTINGS.workdayStart,
    keepEmailText: v.keepEmailText === true,
  };
}
