/**
 * Links back to a conversation. A stored link is later opened from a
 * notification click, so only https links to the mail hosts the extension
 * runs on are ever kept or opened: a damaged or crafted value can never
 * send the user to another site or run a javascript: URL.
 */

import { cutAtOnLastLine } from '../model/chars';

/** The same four hosts the content script runs on (wxt.config.ts host_permissions). */
export const MAIL_HOSTS = ['mail.google.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.live.com'] as const;

const MAX_LINK_CHARS = 2000;

/** The link, normalized, when it is an https Gmail/Outlook URL without credentials; else undefined. */
export function safeConversationLink(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_LINK_CHARS) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return undefined;
  if (!(MAIL_HOSTS as readonly string[]).includes(url.hostname)) return undefined;
  return url.href;
}

/**
 * What identifies the conversation in a link, for the promise id: the same
 * thread opened from another folder or account slot (#inbox/… vs #sent/…,
 * /u/0/ vs /u/1/) is still the same conversation.
 */
export function conversationKey(link: string): string {
  const url = new URL(link);
  if (url.hostname === 'mail.google.com') {
    const thread = cutAtOnLastLine(url.hash, '?').split('/').pop() ?? '';
    if (/^[A-Za-z0-9_-]{10,}$/.test(thread)) return `gmail:${thread}`;
  } else {
    const m = /\/id\/([^/?#]+)/.exec(url.pathname + url.hash);
    if (m?.[1]) return `outlook:${decodeURIComponent(m[1])}`;
  }
  return `${url.hostname}${url.pathname}${url.hash}`;
}

/**
 * Where a sent email can be found again. The page's own address is the
 * conversation only for a reply written inside the thread; a new message
 * (or a reply popped out) is composed over whatever the user was reading,
 * so its page address would point at an unrelated email, and a Gmail
 * `?compose=` draft is gone once sent. Those link to the Sent folder
 * instead: in Gmail a search of Sent for the subject, in Outlook the Sent
 * Items folder. Undefined when the page isn't a mail host.
 */
export function sentEmailLink(input: { href: string; inThread: boolean; subject?: string }): string | undefined {
  const page = safeConversationLink(input.href);
  if (!page) return undefined;
  const url = new URL(page);
  if (url.hostname === 'mail.google.com') {
    const hash = url.hash.slice(1);
    const thread = hash.split('/').pop() ?? '';
    if (input.inThread && !hash.includes('?') && hash.includes('/') && /^[A-Za-z0-9_-]{10,}$/.test(thread)) return url.href;
    const account = /^\/mail\/u\/\d+\//.exec(url.pathname)?.[0] ?? '/mail/u/0/';
    const subject = (input.subject ?? '').replace(/["\s]+/g, ' ').trim().slice(0, 200);
    const search = subject ? `search/${encodeURIComponent(`in:sent subject:"${subject}"`)}` : 'sent';
    return `https://mail.google.com${account}#${search}`;
  }
  if (input.inThread && /\/id\/[^/?#]+/.test(url.pathname + url.hash)) return url.href;
  const prefix = /^\/mail\/(?:\d+\/)?/.exec(url.pathname)?.[0] ?? '/mail/';
  return `https://${url.hostname}${prefix}sentitems`;
}

/** Whether a stored link opens the conversation itself, or only the folder or search where it can be found. */
export function isConversationLink(link: string): boolean {
  try {
    const url = new URL(link);
    if (url.hostname === 'mail.google.com') return !/^#(?:search\/|sent$)/.test(url.hash);
    return !/\/sentitems\/?$/.test(url.pathname);
  } catch {
    return false;
  }
}
