import type { Hint, Severity } from '../model/types';
import type { BodyMap } from '../sites/types';

const NAMES: Record<Severity, string> = { risk: 'trust-coach-risk', warn: 'trust-coach-warn', info: 'trust-coach-info' };
const CSS_TEXT = `
::highlight(trust-coach-risk) { text-decoration: underline wavy #d93025 1px; text-underline-offset: 3px; }
::highlight(trust-coach-warn) { text-decoration: underline wavy #e37400 1px; text-underline-offset: 3px; }
::highlight(trust-coach-info) { text-decoration: underline dotted #5f6368 1px; text-underline-offset: 3px; }
::highlight(trust-coach-focus) { background-color: rgba(251, 188, 4, .45); }
`;

interface HighlightRegistry {
  set(name: string, h: unknown): void;
  delete(name: string): void;
}
type HighlightCtor = new (...ranges: Range[]) => { add(r: Range): void };

/**
 * Underlines hint spans without touching the editor's DOM: the CSS Custom
 * Highlight API where the browser has it, else an overlay of thin lines
 * positioned over the text (kept in place on scroll and resize).
 */
export class Highlighter {
  private readonly registry: HighlightRegistry | undefined;
  private readonly Highlight: HighlightCtor | undefined;
  private overlay: HTMLElement | undefined;
  private last: { map: BodyMap; hints: Hint[] } | undefined;
  private readonly reposition = () => this.last && this.drawOverlay(this.last.map, this.last.hints);

  constructor(private readonly doc: Document, private readonly editor: HTMLElement, signal: AbortSignal) {
    const win = doc.defaultView as (Window & { CSS?: { highlights?: HighlightRegistry }; Highlight?: HighlightCtor }) | null;
    this.registry = win?.CSS?.highlights;
    this.Highlight = win?.Highlight;
    if (this.registry && this.Highlight) {
      ensureSheet(doc);
    } else {
      win?.addEventListener('resize', this.reposition, { signal, passive: true });
      doc.addEventListener('scroll', this.reposition, { signal, passive: true, capture: true });
    }
    signal.addEventListener('abort', () => this.clear());
  }

  /** Spans that have a location (missing hints have none). */
  show(map: BodyMap, hints: Hint[]): void {
    const located = hints.filter((h) => h.end > h.start && h.impact > 0);
    if (this.registry && this.Highlight) {
      for (const severity of Object.keys(NAMES) as Severity[]) {
        const ranges = located.filter((h) => h.severity === severity).map((h) => map.range(h.start, h.end)).filter((r): r is Range => !!r);
        if (ranges.length) this.registry.set(NAMES[severity], new this.Highlight(...ranges));
        else this.registry.delete(NAMES[severity]);
      }
      return;
    }
    this.last = { map, hints: located };
    this.drawOverlay(map, located);
  }

  /** Briefly marks one span (when the user picks a hint in the panel). */
  focus(range: Range): void {
    if (this.registry && this.Highlight) this.registry.set('trust-coach-focus', new this.Highlight(range));
  }

  clearFocus(): void {
    this.registry?.delete('trust-coach-focus');
  }

  clear(): void {
    if (this.registry) for (const name of [...Object.values(NAMES), 'trust-coach-focus']) this.registry.delete(name);
    this.overlay?.remove();
    this.overlay = undefined;
    this.last = undefined;
  }

  private drawOverlay(map: BodyMap, hints: Hint[]): void {
    if (!this.overlay) {
      this.overlay = this.doc.createElement('trust-coach-overlay');
      const shadow = this.overlay.attachShadow({ mode: 'open' });
      shadow.append(this.doc.createElement('div'));
      Object.assign(this.overlay.style, { position: 'fixed', inset: '0', pointerEvents: 'none', zIndex: '2147483646' });
      this.doc.documentElement.append(this.overlay);
    }
    const box = this.overlay.shadowRoot!.firstElementChild as HTMLElement;
    const editorRect = this.editor.getBoundingClientRect();
    const lines: HTMLElement[] = [];
    for (const h of hints) {
      const range = map.range(h.start, h.end);
      if (!range) continue;
      for (const r of range.getClientRects()) {
        if (r.bottom < editorRect.top || r.top > editorRect.bottom) continue;
        const line = this.doc.createElement('div');
        const colour = h.severity === 'risk' ? '#d93025' : h.severity === 'warn' ? '#e37400' : '#5f6368';
        Object.assign(line.style, { position: 'fixed', left: `${r.left}px`, top: `${r.bottom - 1}px`, width: `${r.width}px`, height: '0', borderBottom: `2px ${h.severity === 'info' ? 'dotted' : 'solid'} ${colour}` });
        lines.push(line);
      }
    }
    box.replaceChildren(...lines);
  }
}

/** One constructed stylesheet for the ::highlight rules: adopted, so no element is added to the page. */
function ensureSheet(doc: Document): void {
  const marker = '__trustCoachSheet';
  const d = doc as Document & { [marker]?: CSSStyleSheet };
  if (d[marker]) return;
  const sheet = new (doc.defaultView as Window & typeof globalThis).CSSStyleSheet();
  sheet.replaceSync(CSS_TEXT);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  d[marker] = sheet;
}
