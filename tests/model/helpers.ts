import type { Context, Draft, Role } from '../../src/model/index';
import type { Example, Rule } from '../../src/model/rule';

export const NOW = '2026-11-23T10:00:00+01:00'; // a Monday morning in Berlin
export const TZ = 'Europe/Berlin';

export function ctx(role: Role = 'prospecting', extra: Partial<Context> = {}): Context {
  return { role, now: NOW, timeZone: TZ, ...extra };
}

/** A rule example as the draft and context analyze() takes. */
export function exampleInput(rule: Rule, ex: Example): { draft: Draft; context: Context } {
  const e = typeof ex === 'string' ? { body: ex } : ex;
  const draft: Draft = { body: e.body };
  if (e.subject !== undefined) draft.subject = e.subject;
  if (e.recipients) draft.recipients = e.recipients;
  if (e.quoted !== undefined) draft.quoted = e.quoted;
  const role = e.role ?? rule.roles[0] ?? 'prospecting';
  return { draft, context: ctx(role, { ...(e.account ? { account: e.account } : {}), ...(e.now ? { now: e.now } : {}) }) };
}
