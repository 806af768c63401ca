import type { Band, Hint, Report } from '../model/types';
import { timeChoices, type Nudge } from './nudge';
import type { PanelOpened } from './messages';
import { gainOf } from '../model/hint-gain';

export const BADGE_TAG = 'trust-coach-badge';

const BAND_COLOURS: Record<Band, { bg: string; fg: string; label: string }> = {
  low: { bg: '#c5221f', fg: '#fff', label: 'low' },
  fair: { bg: '#b06000', fg: '#fff', label: 'fair' },
  good: { bg: '#1967d2', fg: '#fff', label: 'good' },
  great: { bg: '#137333', fg: '#fff', label: 'great' },
};

const STYLE = `
:host { all: initial; display: inline-flex; position: relative; vertical-align: middle; margin: 0 6px; z-index: 2; font: 500 12px/1 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
button { all: unset; box-sizing: border-box; display: inline-flex; align-items: center; gap: 6px; height: 26px; padding: 0 10px 0 4px; border-radius: 13px; cursor: pointer; background: #f1f3f4; color: #202124; box-shadow: inset 0 0 0 1px rgba(0,0,0,.12); }
button:hover { background: #e8eaed; }
button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
.score { display: inline-flex; align-items: center; justify-content: center; min-width: 20px; height: 20px; padding: 0 4px; border-radius: 10px; font-weight: 700; font-variant-numeric: tabular-nums; }
.name { white-space: nowrap; }
.tip { display: none; position: absolute; bottom: calc(100% + 8px); left: 0; width: max-content; max-width: 300px; padding: 8px 10px; border-radius: 8px; background: #202124; color: #fff; font-weight: 400; line-height: 1.4; box-shadow: 0 2px 8px rgba(0,0,0,.3); white-space: normal; }
:host(:hover) .tip, button:focus-visible + .tip, :host([data-pinned]) .tip { display: block; }
:host([data-picking]) .tip, :host([data-notice]) .tip { display: none; }
.notice { display: none; position: absolute; bottom: calc(100% + 8px); left: 0; width: max-content; max-width: 300px; padding: 8px 10px; border-radius: 8px; background: #202124; color: #fff; font-weight: 400; line-height: 1.4; box-shadow: 0 2px 8px rgba(0,0,0,.3); white-space: normal; }
.notice.below { bottom: auto; top: calc(100% + 8px); }
:host([data-notice]) .notice { display: block; }
.tip ol { margin: 6px 0 0; padding-left: 18px; }
.tip li { margin: 2px 0; }
.tip.below { bottom: auto; top: calc(100% + 8px); }
.tip strong { display: block; margin-bottom: 2px; font-weight: 600; }
/* The check before Send lives in the badge's own popover: at rest the badge only wears an amber ring and a "!"
   (the same few pixels beside the site's controls, covering none of them); hover or focus opens the nudge, above
   the badge (or below it near the top of the window), in place of the tip. A click pins the tip instead. */
.nudge { display: none; position: absolute; bottom: calc(100% + 8px); left: 0; align-items: center; gap: 8px; width: max-content; max-width: 300px; padding: 6px 6px 6px 10px; border-radius: 8px; background: #fef7e0; color: #3c2a00; box-shadow: inset 0 0 0 1px #f9ab00, 0 2px 8px rgba(0,0,0,.2); font-weight: 400; line-height: 1.4; white-space: normal; }
.nudge.below { bottom: auto; top: calc(100% + 8px); }
/* A bridge over the gap, so the pointer can travel from the badge to the nudge's button without closing it. */
.nudge::before { content: ''; position: absolute; left: 0; right: 0; top: 100%; height: 10px; }
.nudge.below::before { top: auto; bottom: 100%; }
:host([data-nudge]:hover) .nudge, :host([data-nudge]:focus-within) .nudge { display: inline-flex; }
:host([data-nudge]:not([data-pinned])) .tip { display: none; }
:host([data-pinned]) .nudge, :host([data-picking]) .nudge, :host([data-notice]) .nudge { display: none; }
.flag { display: none; align-items: center; justify-content: center; width: 14px; height: 14px; margin-left: -2px; border-radius: 7px; background: #f9ab00; color: #202124; font-weight: 700; font-size: 10px; }
:host([data-nudge]) .flag { display: inline-flex; }
:host([data-nudge]) .main { box-shadow: inset 0 0 0 2px #f9ab00; }
.nudge-text { overflow: hidden; text-overflow: ellipsis; }
.nudge button { flex: none; white-space: nowrap; height: 22px; padding: 0 8px; border-radius: 11px; background: #fff; box-shadow: inset 0 0 0 1px #f9ab00; font-weight: 600; }
.picker { display: none; position: absolute; bottom: calc(100% + 8px); right: 0; min-width: 220px; padding: 8px; border-radius: 8px; background: #fff; color: #202124; box-shadow: 0 2px 10px rgba(0,0,0,.3); font-weight: 400; color-scheme: light; }
.picker.below { bottom: auto; top: calc(100% + 8px); }
/* Near the window's left edge (a pop-out compose puts Send there) the picker opens to the right of the badge, and
   near its right edge the tip, the notice and the nudge open to its left: never off the screen. */
.picker.start { right: auto; left: 0; }
.tip.end, .notice.end, .nudge.end { left: auto; right: 0; }
:host([data-picking]) .picker { display: grid; gap: 6px; }
.picker p { margin: 0 0 2px; font-weight: 600; }
.picker button, .picker input { all: revert; font: inherit; }
.picker .choice { text-align: left; padding: 4px 8px; border-radius: 6px; border: 1px solid #dadce0; background: #fff; cursor: pointer; }
.picker .choice:hover { background: #f1f3f4; }
.picker label { display: grid; gap: 2px; font-size: 11px; color: #5f6368; }
@media (prefers-color-scheme: dark) { .nudge { background: #3c2f00; color: #fde293; } .nudge button { background: #202124; color: #fde293; } .picker { background: #292a2d; color: #e8eaed; color-scheme: dark; } .picker .choice { background: #202124; color: #e8eaed; border-color: #5f6368; } .picker label { color: #bdc1c6; } }
@media (prefers-color-scheme: dark) { button { background: #3c4043; color: #e8eaed; } button:hover { background: #4a4e51; } }
`;

/** The biggest win: hints come sorted by what fixing each gains. */
function topHint(report: Report): Hint | undefined {
  return report.hints.find((h) => h.impact > 0);
}

/** A hint as the tip lists it: with the points fixing it gains, when it gains any. */
const pointed = (h: Hint) => (gainOf(h) > 0 ? `+${gainOf(h)}: ${h.message}` : h.message);

/**
 * The in-page badge: a shadow root so page styles don't leak in or out. Shows
 * the score coloured by band; hover or focus shows the top hint; click asks
 * for the side panel. All text is set as text, never as HTML.
 */
export class Badge {
  readonly host: HTMLElement;
  private readonly button: HTMLButtonElement;
  private readonly score: HTMLSpanElement;
  private readonly tip: HTMLDivElement;
  private readonly nudge: HTMLDivElement;
  private readonly nudgeText: HTMLSpanElement;
  private readonly nudgeButton: HTMLButtonElement;
  private readonly picker: HTMLDivElement;
  /** What the browser refused, said where the user clicked (a live region, so it is read out too). */
  private readonly notice: HTMLDivElement;
  private onPick: ((when: Date) => void) | undefined;
  /** The score's own words for the button's label; a nudge's sentence is added to them while it stands. */
  private scoreLabel = '';

  constructor(doc: Document, composeId: string, onActivate: () => Promise<PanelOpened> | void) {
    this.host = doc.createElement(BADGE_TAG);
    this.host.dataset.composeId = composeId;
    const root = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = STYLE;
    this.button = doc.createElement('button');
    this.button.type = 'button';
    this.button.className = 'main';
    this.score = doc.createElement('span');
    this.score.className = 'score';
    const name = doc.createElement('span');
    name.className = 'name';
    name.textContent = 'Trust';
    // The sign that a promise wants checking before Send (the nudge opens on hover or focus).
    const flag = doc.createElement('span');
    flag.className = 'flag';
    flag.textContent = '!';
    flag.setAttribute('aria-hidden', 'true');
    this.button.append(this.score, name, flag);
    this.tip = doc.createElement('div');
    this.tip.className = 'tip';
    this.tip.setAttribute('role', 'tooltip');
    this.tip.id = 'tip';
    this.button.setAttribute('aria-describedby', 'tip');
    // The gentle check before Send: never blocks, one click to make a promise concrete.
    this.nudge = doc.createElement('div');
    this.nudge.className = 'nudge';
    this.nudge.setAttribute('role', 'status');
    this.nudgeText = doc.createElement('span');
    this.nudgeText.className = 'nudge-text';
    this.nudgeButton = doc.createElement('button');
    this.nudgeButton.type = 'button';
    this.nudgeButton.setAttribute('aria-haspopup', 'true');
    this.nudgeButton.setAttribute('aria-expanded', 'false');
    this.nudge.append(this.nudgeText, this.nudgeButton);
    this.picker = doc.createElement('div');
    this.picker.className = 'picker';
    this.picker.setAttribute('role', 'dialog');
    this.picker.setAttribute('aria-label', 'Pick a time for this promise');
    this.notice = doc.createElement('div');
    this.notice.className = 'notice';
    this.notice.setAttribute('role', 'status');
    root.append(style, this.button, this.tip, this.notice, this.nudge, this.picker);
    this.nudgeButton.addEventListener('click', (e) => {
      e.preventDefault();
      e.stopPropagation();
      this.togglePicker(!this.host.hasAttribute('data-picking'));
    });
    this.picker.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        this.togglePicker(false);
        this.nudgeButton.focus();
      }
    });
    this.button.addEventListener('click', (e) => {
      e.preventDefault();
      e.stopPropagation();
      // Until the side panel answers, a click pins the tip open with the top hints.
      this.host.toggleAttribute('data-pinned');
      this.button.setAttribute('aria-expanded', String(this.host.hasAttribute('data-pinned')));
      this.showNotice(undefined);
      delete this.host.dataset.panel;
      const answer = onActivate();
      if (answer)
        void answer.then((a) => {
          // What came of the click, for tests and bug reports: 'opened' or 'refused'.
          this.host.dataset.panel = a.opened ? 'opened' : 'refused';
          this.showNotice(a.opened ? undefined : a.message);
        });
    });
    const place = () => this.place();
    this.host.addEventListener('pointerenter', place);
    this.button.addEventListener('focus', place);
    this.button.addEventListener('click', place);
    this.button.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        this.host.removeAttribute('data-pinned');
        this.button.setAttribute('aria-expanded', 'false');
        this.showNotice(undefined);
      }
    });
    this.button.setAttribute('aria-expanded', 'false');
    this.pending();
  }

  /** The button's accessible name: the score, and the promise to check before Send if there is one. */
  private label(scoreLabel = this.scoreLabel): void {
    this.scoreLabel = scoreLabel;
    const nudge = this.host.hasAttribute('data-nudge') ? this.nudgeText.textContent : '';
    this.button.setAttribute('aria-label', nudge ? `${scoreLabel}. Before you send: ${nudge}` : scoreLabel);
  }

  /** Says what the browser would not do (or clears it); shown in place of the tip until the next click or Escape. */
  showNotice(message: string | undefined): void {
    this.notice.textContent = message ?? '';
    this.host.toggleAttribute('data-notice', !!message);
  }

  pending(): void {
    this.score.textContent = '…';
    this.score.style.background = '#dadce0';
    this.score.style.color = '#202124';
    this.label('Trust score: checking your draft');
    this.tip.textContent = 'Trust Coach is reading your draft.';
  }

  update(report: Report): void {
    const band = BAND_COLOURS[report.band];
    this.host.dataset.trustScore = String(report.score);
    this.host.dataset.trustBand = report.band;
    this.host.dataset.trustKinds = [...new Set(report.hints.map((h) => h.kind))].join(' ');
    if (report.stats.words === 0) {
      // Nothing written yet: no score to earn, so none to show ("100" would praise an empty email).
      this.host.dataset.trustEmpty = '';
      this.score.textContent = '–';
      this.score.style.background = '#dadce0';
      this.score.style.color = '#202124';
      this.label('Trust score: start writing');
      this.tip.textContent = 'Start writing: the score and hints appear as you type.';
      return;
    }
    delete this.host.dataset.trustEmpty;
    this.score.textContent = String(report.score);
    this.score.style.background = band.bg;
    this.score.style.color = band.fg;
    this.label(`Trust score ${report.score}, ${band.label}`);
    const hint = topHint(report);
    this.tip.replaceChildren();
    const title = this.host.ownerDocument.createElement('strong');
    if (hint) {
      title.textContent = pointed(hint);
      this.tip.append(title, hint.suggestion);
      const more = report.hints.filter((h) => h.impact > 0 && h !== hint).slice(0, 3);
      if (more.length) {
        const list = this.host.ownerDocument.createElement('ol');
        for (const h of more) {
          const li = this.host.ownerDocument.createElement('li');
          li.textContent = pointed(h);
          list.append(li);
        }
        this.tip.append(list);
      }
    } else {
      title.textContent = 'Nothing to fix.';
      this.tip.append(title, 'Click for the full coaching view.');
    }
    if (report.truncated) this.tip.append(` ${report.truncated.message}`);
  }

  /**
   * Shows (or hides) the check before Send for a vague or unowned promise;
   * `pick` applies the time the user chose.
   */
  setNudge(nudge: Nudge | undefined, pick?: (when: Date) => void): void {
    this.onPick = pick;
    if (!nudge) {
      this.host.removeAttribute('data-nudge');
      this.togglePicker(false);
      this.label();
      return;
    }
    this.host.setAttribute('data-nudge', nudge.hint.kind);
    this.place();
    this.nudgeText.textContent = nudge.text;
    // The whole sentence on hover, should a long promise be cut short.
    this.nudgeText.title = nudge.text;
    this.nudgeButton.textContent = nudge.action;
    this.label();
  }

  /** Opens the popovers where there is room: above the badge, or below it near the top of the window. */
  private place(): void {
    const r = this.host.getBoundingClientRect();
    const below = r.top < 240;
    // The popovers are at most 300 px wide, the picker at least 220 px (with its padding, 236).
    const end = r.left + 308 > (this.host.ownerDocument.defaultView?.innerWidth ?? Infinity);
    for (const el of [this.tip, this.notice, this.nudge]) {
      el.classList.toggle('below', below);
      el.classList.toggle('end', end);
    }
    this.picker.classList.toggle('below', r.top < 260);
    this.picker.classList.toggle('start', r.right < 244);
  }

  private togglePicker(open: boolean): void {
    this.host.toggleAttribute('data-picking', open);
    this.nudgeButton.setAttribute('aria-expanded', String(open));
    if (!open) return;
    const doc = this.host.ownerDocument;
    const now = new Date();
    const title = doc.createElement('p');
    title.textContent = 'When will you do it?';
    const choices = timeChoices(now).map((c) => {
      const b = doc.createElement('button');
      b.type = 'button';
      b.className = 'choice';
      b.textContent = c.label;
      b.addEventListener('click', (e) => {
        e.stopPropagation();
        this.choose(c.date);
      });
      return b;
    });
    const label = doc.createElement('label');
    const input = doc.createElement('input');
    input.type = 'datetime-local';
    label.append('Or pick a day and time', input);
    const use = doc.createElement('button');
    use.type = 'button';
    use.className = 'choice';
    use.textContent = 'Use this time';
    use.addEventListener('click', (e) => {
      e.stopPropagation();
      const when = input.value ? new Date(input.value) : undefined;
      if (when && !Number.isNaN(when.getTime())) this.choose(when);
      else input.focus();
    });
    this.picker.replaceChildren(title, ...choices, label, use);
    this.place();
    choices[0]?.focus();
  }

  private choose(when: Date): void {
    this.togglePicker(false);
    this.onPick?.(when);
  }

  /** Re-attach after the site re-rendered the place it lived in. */
  attach(anchor: Element): void {
    if (this.host.parentElement !== anchor) anchor.append(this.host);
  }

  remove(): void {
    this.host.remove();
  }
}
