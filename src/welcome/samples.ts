import type { Role } from '../model/types';
import { isLineTerminator, isSpace } from '../model/chars';

export interface PracticeSample {
  role: Role;
  label: string;
  to: string;
  subject: string;
  body: string;
  /** The customer's message this draft answers, if any. */
  quoted?: string;
}

/** Drafts with the usual trust leaks, one per role, for the practice compose. */
export const SAMPLES: PracticeSample[] = [
  {
    role: 'prospecting',
    label: 'A first email to a prospect',
    to: 'Dana Reyes <dana@northwind.example>',
    subject: 'Quick question',
    body:
      "Hi,\n\nI hope this email finds you well. My name is Sam and I work at Ledgerly, the industry-leading platform for finance teams. We leverage best-in-class automation to help companies like yours close the books faster.\n\nI'll follow up soon with a deck.\n\nBest,\nSam",
  },
  {
    role: 'support',
    label: 'A reply to an upset customer',
    to: 'Lee Park <lee.park@fabrikam.example>',
    subject: 'Re: Charged twice for November',
    body:
      "Hello,\n\nI understand your frustration. We apologize for any inconvenience this may have caused. Per our policy, refunds take 30 days to process.\n\nSomeone will get back to you shortly.\n\nThanks,\nSupport",
    quoted:
      "Hi, my card was charged twice for the November invoice (#4471). Can you refund the second charge? And how do I make sure this doesn't happen again in December?\n\nLee",
  },
  {
    role: 'account',
    label: 'An update to a customer',
    to: 'Dana Reyes <dana@northwind.example>',
    subject: 'Your rollout',
    body:
      "Hi Dana,\n\nThanks for your business! We're excited to keep working together. The team is looking into the payroll export and we'll circle back at some point next week.\n\nLet me know if you have any questions.\n\nBest,\nSam",
  },
];

/**
 * "Dana Reyes <dana@x.com>" → [name, address], as /^(.*?)\s*<([^>]+)>$/ read it, by a scan: in that regex the
 * name and the spaces after it could trade characters. The address is between the "<" after the last inner ">"
 * and the closing ">"; the name is what comes before, without the spaces before "<", on one line.
 */
function angleAddress(part: string): [string, string] | undefined {
  const last = part.length - 1;
  if (last < 2 || part[last] !== '>') return undefined;
  const lt = part.indexOf('<', part.lastIndexOf('>', last - 1) + 1);
  if (lt < 0 || lt > last - 2) return undefined;
  let end = lt;
  while (end > 0 && isSpace(part[end - 1])) end--;
  for (let i = 0; i < end; i++) if (isLineTerminator(part[i])) return undefined;
  return [part.slice(0, end), part.slice(lt + 1, last)];
}

/** "Dana Reyes <dana@x.com>, lee@y.com" → recipients. */
export function parseRecipients(to: string): { name?: string; email?: string }[] {
  return to
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const m = angleAddress(part);
      if (m) return { ...(m[0] ? { name: m[0].replace(/^"|"$/g, '') } : {}), email: m[1].trim() };
      return part.includes('@') ? { email: part } : { name: part };
    });
}
