/**
 * Outlook on the web's compose windows (evidence: ../shared/mail-sites/compose-dom.md §2 and §4):
 * - body: the form's only multiline textbox `[role=textbox][aria-multiline=true][contenteditable=true]`
 * - root: `closest('[id^="docking_InitVisiblePart"], [data-app-section="Form_Content"]')`, fallback `[role=main]`
 * - recipients: `[id^="MSG_"][id$="_TO"|"_CC"|"_BCC"]` fields, chips `[class*="textContainer-"]`, address from aria-label/title/text with "@"
 * - subject: `[id$="_SUBJECT"] input`
 * - history: `#appendonsend` and everything after it, `#divRplyFwdMsg`, `[id^="mail-editor-reference-message-container"]`
 * - signature: `#Signature`, `[id^="Signature"]`, `#x_Signature`
 * - send: `button[id*="primaryActionButton"]`
 * - pop-out: a script-built same-origin iframe; its document is searched too.
 */
import type { Recipient } from '../model/types';
import type { ComposeHandle, SiteAdapter } from './types';
import { readEditor } from './text';
import { isSpace, trimEndWhile, trimStartWhile } from '../model/chars';

const BODY = '[role="textbox"][aria-multiline="true"][contenteditable="true"]';
const ROOT = '[id^="docking_InitVisiblePart"], [data-app-section="Form_Content"], [role="main"]';
const SIGNATURE = '#Signature, [id^="Signature"], #x_Signature, [id*="ms-outlook-mobile-signature"], .ms-outlook-signature';
const HISTORY = '#appendonsend, #divRplyFwdMsg, [id^="mail-editor-reference-message-container"], [id$="appendonsend"], [id$="divRplyFwdMsg"]';

const ids = new WeakMap<Element, string>();
let counter = 0;

/** Everything from the reply history marker on is the thread, not the writer's words. */
function skipper(editor: HTMLElement): (el: Element) => boolean {
  const marker = editor.querySelector(HISTORY);
  return (el) => {
    if (el.matches(SIGNATURE) || el.matches(HISTORY)) return true;
    if (!marker) return false;
    // After the marker in document order (and not an ancestor of it).
    return !el.contains(marker) && !!(marker.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
  };
}

function docsOf(doc: Document): Document[] {
  const out = [doc];
  for (const frame of doc.querySelectorAll('iframe')) {
    try {
      const d = frame.contentDocument;
      if (d && d.documentElement) out.push(d);
    } catch {
      // cross-origin: not ours to read
    }
  }
  return out;
}

/**
 * The name on a chip that reads "Dana Reyes <dana@x.com>" (its text trimmed), as /^\s*"?([^"<@]+?)"?\s*</ read it,
 * by a scan: in that regex the name and the spaces around it could trade characters (polynomial backtracking).
 */
export function chipName(text: string): string | undefined {
  const lt = text.indexOf('<');
  if (lt < 0) return undefined;
  const before = text.slice(0, lt);
  if (before.includes('@')) return undefined;
  const name = before.startsWith('"') ? before.slice(1) : before;
  const quote = name.indexOf('"');
  // The shortest name that leaves only spaces (or a closing quote and spaces) before "<"; never empty.
  if (quote < 0) return name === '' ? undefined : name.slice(0, Math.max(1, trimEndWhile(name, isSpace).length));
  return quote > 0 && trimStartWhile(name.slice(quote + 1), isSpace) === '' ? name.slice(0, quote) : undefined;
}

/** The first word (split at white space, <, >, (, ) and ") with an "@" inside it, as /[^\s<>()"]+@[^\s<>()"]+/ found it. */
export function chipEmail(text: string): string | undefined {
  for (const word of text.match(/[^\s<>()"]+/g) ?? []) {
    const at = word.indexOf('@', 1);
    if (at > 0 && at < word.length - 1) return word;
  }
  return undefined;
}

function recipientsOf(root: Element): Recipient[] {
  const out: Recipient[] = [];
  for (const field of root.querySelectorAll('[id^="MSG_"][id$="_TO"], [id^="MSG_"][id$="_CC"], [id^="MSG_"][id$="_BCC"]')) {
    for (const chip of field.querySelectorAll('[class*="_EType_RECIPIENT_ENTITY"], :scope [contenteditable="false"]')) {
      const text = chip.querySelector('[class*="textContainer-"]')?.textContent?.trim() ?? '';
      // An address-only chip has no name; "Name <addr>" keeps just the name.
      const name = text.includes('@') ? chipName(text) : text || undefined;
      // "\S@\S" is there exactly when "\S+@\S+" is, without trying every start in a long word.
      const withAt = [chip.getAttribute('aria-label'), chip.getAttribute('title'), chip.textContent].find((s) => s && /\S@\S/.test(s));
      const email = withAt ? chipEmail(withAt) : undefined;
      if (name || email) out.push({ ...(name ? { name } : {}), ...(email ? { email } : {}) });
    }
  }
  return out.filter((r, i) => out.findIndex((o) => (o.email ?? o.name) === (r.email ?? r.name)) === i);
}

export const outlook: SiteAdapter = {
  site: 'outlook',
  matches: (loc) => /^outlook\.(?:office|office365|live)\.com$/.test(loc.hostname),
  findComposes(doc) {
    const out: ComposeHandle[] = [];
    for (const d of docsOf(doc)) {
      for (const editor of d.querySelectorAll<HTMLElement>(BODY)) {
        const root = editor.closest(ROOT) ?? editor.parentElement;
        if (!root) continue;
        let id = ids.get(root) ?? root.querySelector('[id^="MSG_"][id$="_TO"]')?.id.replace(/_TO$/, '');
        if (!id) {
          id = `local-${++counter}`;
        }
        ids.set(root, id);
        const variant = d !== doc ? 'outlook-popout' : root.closest('[data-app-section="ReadingPane"], [aria-label][role="complementary"]') || editor.querySelector(HISTORY) ? 'outlook-inline-reply' : 'outlook-new';
        out.push({ id: `outlook:${id}`, root, editor, variant });
      }
    }
    return out;
  },
  readDraft(c) {
    const body = readEditor(c.editor, skipper(c.editor)).body;
    const recipients = recipientsOf(c.root);
    const subject = c.root.querySelector<HTMLInputElement>('[id$="_SUBJECT"] input')?.value || undefined;
    const marker = c.editor.querySelector(HISTORY);
    let quoted: string | undefined;
    if (marker) {
      const all = readEditor(c.editor, (el) => el.matches(SIGNATURE)).body;
      const mine = body;
      quoted = all.slice(all.indexOf(mine) + mine.length).trim() || undefined;
    }
    return { body, site: 'outlook', composeId: c.id, ...(recipients.length ? { recipients } : {}), ...(subject ? { subject } : {}), ...(quoted ? { quoted } : {}) };
  },
  bodyMap: (c) => readEditor(c.editor, skipper(c.editor)),
  badgeAnchor: (c) => c.root.querySelector('button[id*="primaryActionButton"]')?.parentElement ?? c.root,
  isSend: (c, target) => {
    const button = target.closest('button[id*="primaryActionButton"]');
    return !!button && c.root.contains(button);
  },
};
