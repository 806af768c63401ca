import type { BodyMap } from './types';

const BLOCK = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'TR', 'TABLE', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'SECTION', 'ARTICLE', 'HR']);

interface Segment {
  node: Text;
  /** Offset of the node's first character in the body. */
  at: number;
}

/**
 * Reads an editor's text the way the writer sees it (each block on its own
 * line, <br> a line break, &nbsp; a space), skipping what `skip` says is not
 * the writer's own (quoted thread, signature), and keeps where each character
 * came from so body offsets map back to DOM ranges. Reads only.
 */
export function readEditor(editor: HTMLElement, skip: (el: Element) => boolean): BodyMap {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  let pendingBreak = false;
  const push = (s: string, node?: Text) => {
    if (pendingBreak && length > 0) {
      parts.push('\n');
      length += 1;
    }
    pendingBreak = false;
    if (node) segments.push({ node, at: length });
    parts.push(s);
    length += s.length;
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const t = (node as Text).data.replace(/\u00a0/g, ' ');
      if (t.length) push(t, node as Text);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (skip(el) || el.hasAttribute('hidden') || /display:\s*none/i.test(el.getAttribute('style') ?? '')) return;
    if (el.tagName === 'BR') {
      push('\n');
      return;
    }
    const block = BLOCK.has(el.tagName);
    if (block && length > 0 && parts[parts.length - 1] !== '\n') pendingBreak = true;
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    if (block && length > 0 && parts[parts.length - 1] !== '\n') pendingBreak = true;
  };
  for (let c = editor.firstChild; c; c = c.nextSibling) walk(c);
  const raw = parts.join('');
  // trimEnd() drops the same characters as /\s+$/, in linear time (the regex was quadratic on a long run of white space).
  const body = raw.trimEnd();
  const doc = editor.ownerDocument;
  return {
    body,
    range(start, end) {
      if (start < 0 || end > body.length || start > end) return null;
      const a = locate(segments, start, false);
      const b = locate(segments, end, true);
      if (!a || !b || !a.node.isConnected || !b.node.isConnected) return null;
      const r = doc.createRange();
      r.setStart(a.node, a.offset);
      r.setEnd(b.node, b.offset);
      return r;
    },
  };
}

/** The DOM position of a body offset. Starts snap forward off synthetic line breaks; ends snap back. */
function locate(segments: Segment[], offset: number, isEnd: boolean): { node: Text; offset: number } | undefined {
  // Last segment starting at or before the offset (strictly before, for an end).
  let lo = 0;
  let hi = segments.length - 1;
  let i = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = segments[mid]!.at;
    if (isEnd ? at < offset : at <= offset) {
      i = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (isEnd && i === -1) i = 0;
  const seg = segments[i];
  if (!seg) return undefined;
  const within = offset - seg.at;
  if (within <= seg.node.data.length) return { node: seg.node, offset: Math.max(0, within) };
  if (isEnd) return { node: seg.node, offset: seg.node.data.length };
  const next = segments[i + 1];
  return next ? { node: next.node, offset: 0 } : { node: seg.node, offset: seg.node.data.length };
}
