/**
 * Which account a recipient belongs to. Everyone at northwind.com (and at
 * eu.northwind.com) is the Northwind account, so notes follow the
 * organisation rather than one person; people on free-mail services
 * (gmail.com, outlook.com, …) share nothing but the provider, so each of them
 * is an account of their own, keyed by address.
 */
import type { Recipient } from '../model/types';
import { cutAt, cutAtOnLastLine } from '../model/chars';

/**
 * Mail services anyone can sign up to: their domain says nothing about the
 * person's organisation. Not exhaustive; the common ones worldwide.
 */
export const FREE_MAIL: ReadonlySet<string> = new Set([
  'gmail.com', 'googlemail.com',
  'outlook.com', 'outlook.de', 'outlook.fr', 'hotmail.com', 'hotmail.co.uk', 'hotmail.fr', 'hotmail.de', 'hotmail.it', 'hotmail.es',
  'live.com', 'live.co.uk', 'live.fr', 'msn.com',
  'yahoo.com', 'yahoo.co.uk', 'yahoo.fr', 'yahoo.de', 'yahoo.es', 'yahoo.it', 'yahoo.co.jp', 'yahoo.com.au', 'yahoo.com.br', 'ymail.com', 'rocketmail.com',
  'icloud.com', 'me.com', 'mac.com',
  'aol.com',
  'proton.me', 'protonmail.com', 'protonmail.ch', 'pm.me',
  'gmx.com', 'gmx.de', 'gmx.net', 'gmx.at', 'gmx.ch', 'web.de', 't-online.de', 'freenet.de',
  'mail.com', 'email.com',
  'yandex.com', 'yandex.ru', 'mail.ru', 'rambler.ru',
  'zoho.com', 'zohomail.com',
  'fastmail.com', 'fastmail.fm',
  'hey.com',
  'tutanota.com', 'tuta.io', 'tutamail.com',
  'qq.com', '163.com', '126.com', 'sina.com', 'yeah.net', 'aliyun.com',
  'naver.com', 'daum.net', 'hanmail.net',
  'orange.fr', 'wanadoo.fr', 'free.fr', 'laposte.net', 'sfr.fr',
  'libero.it', 'virgilio.it',
  'btinternet.com', 'sky.com',
  'comcast.net', 'verizon.net', 'att.net', 'sbcglobal.net', 'bellsouth.net', 'cox.net',
  'rediffmail.com',
  'duck.com',
]);

/**
 * Public suffixes of two labels, under which organisations register their
 * names (northwind.co.uk). A small list for the simple cases, not the whole
 * public suffix list: an unknown one folds one label too far, which only
 * merges two accounts that share a rare suffix.
 */
export const TWO_PART_SUFFIXES: ReadonlySet<string> = new Set([
  'co.uk', 'org.uk', 'ac.uk', 'gov.uk', 'ltd.uk', 'plc.uk', 'me.uk', 'nhs.uk',
  'com.au', 'net.au', 'org.au', 'edu.au', 'gov.au',
  'co.nz', 'org.nz', 'govt.nz',
  'co.jp', 'ne.jp', 'or.jp', 'ac.jp', 'go.jp',
  'co.kr', 'or.kr',
  'co.in', 'net.in', 'org.in', 'gov.in',
  'co.za', 'org.za',
  'co.il', 'org.il',
  'co.id', 'co.th', 'com.vn',
  'com.br', 'net.br', 'org.br', 'gov.br',
  'com.mx', 'com.ar', 'com.co', 'com.pe', 'com.cl',
  'com.cn', 'net.cn', 'org.cn', 'com.hk', 'com.tw', 'com.sg', 'com.my', 'com.ph', 'com.pk',
  'com.tr', 'com.ua', 'com.eg', 'com.sa', 'com.ng',
]);

const LABEL = /^(?!-)[\p{L}\p{N}-]{1,63}(?<!-)$/u;

/** A lower-case host name of two or more labels, or undefined. */
function cleanDomain(raw: string): string | undefined {
  const domain = raw.trim().toLowerCase().replace(/\.$/, '');
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) return undefined;
  // A top-level domain is never all digits: that is an IP address.
  if (/^\d+$/.test(labels[labels.length - 1]!)) return undefined;
  return domain;
}

/** The name an organisation registered: eu.northwind.com → northwind.com, mail.northwind.co.uk → northwind.co.uk. */
export function registrableDomain(domain: string): string {
  const labels = domain.split('.');
  const lastTwo = labels.slice(-2).join('.');
  const keep = TWO_PART_SUFFIXES.has(lastTwo) && labels.length > 2 ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** Whether the domain (or the organisation it belongs to) is a free-mail service. */
export function isFreeMail(domain: string): boolean {
  const d = domain.toLowerCase();
  return FREE_MAIL.has(d) || FREE_MAIL.has(registrableDomain(d));
}

/** "Dana Reyes <Dana@Northwind.com>" or "dana@northwind.com" → its parts, lower-cased; undefined if it is no address. */
function parseAddress(raw: string): { local: string; domain: string } | undefined {
  const inner = /<([^<>]*)>/.exec(raw)?.[1] ?? raw;
  const address = inner.trim().replace(/^mailto:/i, '').toLowerCase();
  const at = address.lastIndexOf('@');
  if (at <= 0) return undefined;
  const local = address.slice(0, at);
  const domain = cleanDomain(address.slice(at + 1));
  if (!domain || /\s/.test(local)) return undefined;
  return { local, domain };
}

function keyOfAddress(raw: string): string | undefined {
  const parts = parseAddress(raw);
  if (!parts) return undefined;
  if (isFreeMail(parts.domain)) {
    // dana+work@gmail.com reaches dana@gmail.com: the same person.
    const local = cutAtOnLastLine(parts.local, '+') || parts.local;
    return `${local}@${parts.domain}`;
  }
  return registrableDomain(parts.domain);
}

/**
 * The account a recipient belongs to: their organisation's domain, or their
 * own address on a free-mail service. Undefined when there is no usable
 * address (a bare name, a typo).
 */
export function accountKeyOf(recipient: Recipient): string | undefined {
  return recipient.email ? keyOfAddress(recipient.email) : undefined;
}

/** The distinct accounts of a list of recipients, in the order they first appear. */
export function accountKeysOf(recipients: readonly Recipient[]): string[] {
  const keys: string[] = [];
  for (const r of recipients) {
    const key = accountKeyOf(r);
    if (key && !keys.includes(key)) keys.push(key);
  }
  return keys;
}

/**
 * A key as a person typed it (or a file holds it), made into the key
 * accountKeyOf gives: "Northwind.com", "https://www.northwind.com/about",
 * "@northwind.com" and "dana@northwind.com" all become "northwind.com";
 * "Dana@Gmail.com" becomes "dana@gmail.com". Undefined when it is neither a
 * domain nor an address.
 */
export function normalizeAccountKey(raw: string): string | undefined {
  const text = raw.trim();
  if (text.includes('@') && !text.startsWith('@')) return keyOfAddress(text);
  const host = cutAt(text.replace(/^@/, '').replace(/^[a-z][a-z0-9+.-]*:\/\//i, ''), '/?#').replace(/:\d+$/, '');
  const domain = cleanDomain(host);
  if (!domain) return undefined;
  // A free-mail domain alone would lump every user of it into one account.
  if (isFreeMail(domain)) return undefined;
  return registrableDomain(domain);
}

/**
 * The account, among `records`, that an email to these recipients is for: the
 * first recipient's account that has a record. Undefined when none has one.
 */
export function findAccountFor<T extends { key: string }>(records: readonly T[], recipients: readonly Recipient[]): T | undefined {
  for (const key of accountKeysOf(recipients)) {
    const found = records.find((r) => r.key === key);
    if (found) return found;
  }
  return undefined;
}
