/**
 * Gmail's compose windows. Selectors, most stable first (evidence:
 * ../shared/mail-sites/compose-dom.md §4; fixtures in tests/fixtures/gmail):
 * - body: Closure's own marker `[g_editable=true][contenteditable=true][role=textbox]` (§1.0), fallback `.Am.Al.editable`
 * - root: `closest('.M9')` (§1.0)
 * - id: hidden `input[name=composeid]`, then `input[name=draft]` (§1.0, §5 "key state by composeid")
 * - subject: `input[name=subjectbox]`, then hidden `input[name=subject]`, then the thread's `h2.hP` (§1.0, §1.4)
 * - recipients: `[name=to|cc|bcc] [role=option][data-hovercard-id]` with `data-name`; classic `span[email]`,
 *   hidden `input[name=to]` "Name <addr>" (§1.6)
 * - quote: `.gmail_quote`, `.gmail_extra`; signature: `.gmail_signature`, `[data-smartmail=gmail_signature]`,
 *   `.gmail_signature_prefix` (§1.5); inline reply's thread message: `closest('.adn') .a3s` (§1.4)
 * - badge: the send row `.IZ .Up` (§1.0, language-independent class chain)
 * - send: `[role=button]` inside `.IZ .Up`, not the `aria-haspopup` schedule arrow; `.Uo` (Send & archive) sends too (§1.0, compose-dom.md "Send button")
 * No selector reads an English label.
 */
import type { Recipient } from '../model/types';
import type { ComposeHandle, SiteAdapter } from './types';
import { readEditor } from './text';
import { isSpace, trimEndWhile, trimStartWhile } from '../model/chars';

const BODY = '[g_editable="true"][contenteditable="true"][role="textbox"], div.Am.Al.editable[contenteditable="true"]';
const QUOTE_OR_SIGNATURE = '.gmail_quote, .gmail_extra, .gmail_signature, [data-smartmail="gmail_signature"], .gmail_signature_prefix, .ajR';

const ids = new WeakMap<Element, string>();
let counter = 0;

function composeId(root: Element): string {
  const input = root.querySelector<HTMLInputElement>('input[name="composeid"], input[name="draft"]');
  if (input?.value) return `gmail:${input.value}`;
  let id = ids.get(root);
  if (!id) ids.set(root, (id = `gmail:local-${++counter}`));
  return id;
}

function variantOf(root: Element): string {
  const doc = root.ownerDocument;
  if (root.closest('.ip, .adn')) return 'gmail-inline-reply';
  if (root.closest('.aSs')) return 'gmail-fullscreen';
  if (doc.body.classList.contains('xE') && doc.body.classList.contains('xp')) return 'gmail-popout';
  return 'gmail-dialog';
}

/**
 * `"Dana Reyes" <dana@x.com>` → [name, address], as /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/ read it, by a scan:
 * in that regex the spaces, the name and the spaces after it could trade characters (polynomial backtracking).
 * The address is between the first "<" and the ">" after it, with only white space after that; the name is
 * what comes before, without the spaces around it and a quote either side (it keeps spaces inside the quotes).
 */
function angleAddress(s: string): [string, string] | undefined {
  const lt = s.indexOf('<');
  if (lt < 0) return undefined;
  const gt = s.indexOf('>', lt + 1);
  if (gt < lt + 2 || trimStartWhile(s.slice(gt + 1), isSpace) !== '') return undefined;
  let start = 0;
  while (start < lt && isSpace(s[start])) start++;
  if (s[start] === '"') start++;
  const name = s.slice(start, lt);
  const quote = name.indexOf('"');
  if (quote < 0) return [trimEndWhile(name, isSpace), s.slice(lt + 1, gt)];
  // A closing quote may only have spaces after it.
  return trimStartWhile(name.slice(quote + 1), isSpace) === '' ? [name.slice(0, quote), s.slice(lt + 1, gt)] : undefined;
}

/** Commas outside quotes, where /,(?=(?:[^"]*"[^"]*")*[^"]*$)/ split (an even number of quotes after them), found in one pass. */
export function splitAddressList(value: string): string[] {
  let quotesAfter = 0;
  for (let i = 0; i < value.length; i++) if (value[i] === '"') quotesAfter++;
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '"') quotesAfter--;
    else if (value[i] === ',' && quotesAfter % 2 === 0) {
      parts.push(value.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(value.slice(from));
  return parts;
}

/** One recipient from a hidden To/Cc field: `"Dana Reyes" <dana@x.com>`, an address or a name. */
export function parseAddress(s: string): Recipient | undefined {
  const m = angleAddress(s);
  if (m) return { ...(m[0] ? { name: m[0] } : {}), email: m[1] };
  const t = s.trim();
  if (!t) return undefined;
  return t.includes('@') ? { email: t } : { name: t };
}

function recipientsOf(root: Element): Recipient[] {
  const out: Recipient[] = [];
  const seen = new Set<string>();
  const add = (r: Recipient | undefined) => {
    if (!r) return;
    const key = (r.email ?? r.name ?? '').toLowerCase();
    if (!key || seen.has(key)) return;
    seen.add(key);
    out.push(r);
  };
  for (const chip of root.querySelectorAll('[name="to"] [data-hovercard-id], [name="cc"] [data-hovercard-id], [name="bcc"] [data-hovercard-id]')) {
    const email = chip.getAttribute('data-hovercard-id') ?? undefined;
    const name = chip.getAttribute('data-name') ?? undefined;
    add({ ...(name ? { name } : {}), ...(email ? { email } : {}) });
  }
  for (const span of root.querySelectorAll('span[email]')) {
    const email = span.getAttribute('email') ?? undefined;
    const name = span.getAttribute('name') ?? span.textContent?.trim() ?? undefined;
    add({ ...(name && name !== email ? { name } : {}), ...(email ? { email } : {}) });
  }
  for (const input of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[type="hidden"][name="to"], input[type="hidden"][name="cc"], textarea[name="to"], textarea[name="cc"]')) {
    for (const part of splitAddressList(input.value)) add(parseAddress(part));
  }
  return out;
}

function subjectOf(root: Element): string | undefined {
  const box = root.querySelector<HTMLInputElement>('input[name="subjectbox"]');
  if (box?.value) return box.value;
  const hidden = root.querySelector<HTMLInputElement>('input[name="subject"]');
  if (hidden?.value) return hidden.value;
  const thread = root.ownerDocument.querySelector('h2.hP');
  return thread?.textContent?.trim() || undefined;
}

/** The message being answered: the expanded quote in the editor, else the last message of the open thread. */
function quotedOf(root: Element, editor: HTMLElement): string | undefined {
  const quote = editor.querySelector('.gmail_quote');
  if (quote) return readEditor(quote as HTMLElement, (el) => el.matches('.gmail_signature, [data-smartmail="gmail_signature"]')).body || undefined;
  const message = root.closest('.adn');
  const thread = message ?? (root.closest('[role="list"]') ?? root.ownerDocument).querySelector('.adn:last-of-type');
  const bodyEl = thread?.querySelector<HTMLElement>('.a3s');
  if (!bodyEl) return undefined;
  const text = readEditor(bodyEl, (el) => el.matches('.gmail_quote, .gmail_extra, .gmail_signature')).body;
  const sender = thread?.querySelector('span.gD[email]');
  const who = sender?.getAttribute('name') ?? sender?.textContent?.trim();
  return text ? (who ? `On ${who} wrote:\n${text}` : text) : undefined;
}

export const gmail: SiteAdapter = {
  site: 'gmail',
  matches: (loc) => loc.hostname === 'mail.google.com',
  findComposes(doc) {
    const out: ComposeHandle[] = [];
    for (const editor of doc.querySelectorAll<HTMLElement>(BODY)) {
      if (editor.tagName === 'TEXTAREA') continue;
      const root = editor.closest('.M9') ?? editor.closest('[role="dialog"]') ?? editor.parentElement;
      if (!root || out.some((c) => c.root === root)) continue;
      out.push({ id: composeId(root), root, editor, variant: variantOf(root) });
    }
    return out;
  },
  readDraft(c) {
    const body = readEditor(c.editor, (el) => el.matches(QUOTE_OR_SIGNATURE)).body;
    const recipients = recipientsOf(c.root);
    const subject = subjectOf(c.root);
    const quoted = quotedOf(c.root, c.editor);
    return { body, site: 'gmail', composeId: c.id, ...(recipients.length ? { recipients } : {}), ...(subject ? { subject } : {}), ...(quoted ? { quoted } : {}) };
  },
  bodyMap: (c) => readEditor(c.editor, (el) => el.matches(QUOTE_OR_SIGNATURE)),
  badgeAnchor: (c) => c.root.querySelector('.IZ .Up') ?? c.root.querySelector('table[role="group"]') ?? c.root,
  // Send and "Send & archive" (.Uo) both send; the arrow beside them (aria-haspopup) only opens schedule options.
  isSend: (c, target) => {
    const button = target.closest('[role="button"]');
    return !!button && c.root.contains(button) && !!button.closest('.IZ .Up') && button.getAttribute('aria-haspopup') !== 'true';
  },
};
