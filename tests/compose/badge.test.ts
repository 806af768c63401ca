// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { Badge } from '../../src/compose/badge';
import { analyze } from '../../src/model/index';
import { nudgeFor } from '../../src/compose/nudge';
import type { PanelOpened } from '../../src/compose/messages';

const ctx = { role: 'support' as const, now: '2026-11-23T10:00:00+01:00', timeZone: 'Europe/Berlin' };

describe('Badge', () => {
  it('shows the score with its band as an accessible name and test attributes', () => {
    const onClick = vi.fn();
    const badge = new Badge(document, 'draft-1', onClick);
    document.body.append(badge.host);
    const report = analyze({ body: "Hi,\n\nSomeone will get back to you soon. That's our policy." }, ctx);
    badge.update(report);
    const button = badge.host.shadowRoot!.querySelector('button')!;
    expect(button.getAttribute('aria-label')).toBe(`Trust score ${report.score}, ${report.band}`);
    expect(badge.host.dataset).toMatchObject({ composeId: 'draft-1', trustScore: String(report.score), trustBand: report.band });
    expect(badge.host.dataset.trustKinds!.split(' ')).toEqual(expect.arrayContaining(['unowned-promise', 'policy-speak']));
    button.click();
    expect(onClick).toHaveBeenCalledOnce();
    expect(badge.host.hasAttribute('data-pinned')).toBe(true);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(badge.host.shadowRoot!.querySelectorAll('[role=tooltip] li').length).toBeGreaterThan(0);
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(badge.host.hasAttribute('data-pinned')).toBe(false);
  });

  it('says on the badge when the browser would not open the panel, and says nothing when it did', async () => {
    let answer: Promise<PanelOpened> = Promise.resolve({ opened: false, message: 'Click the Trust Coach toolbar button to open the coach.' });
    const badge = new Badge(document, 'refused', () => answer);
    document.body.append(badge.host);
    const button = badge.host.shadowRoot!.querySelector('button')!;
    const notice = badge.host.shadowRoot!.querySelector('[role=status]:not(.nudge)')!;
    button.click();
    await answer;
    await Promise.resolve();
    expect(badge.host.hasAttribute('data-notice')).toBe(true);
    expect(badge.host.dataset.panel).toBe('refused');
    expect(notice.textContent).toBe('Click the Trust Coach toolbar button to open the coach.');
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(badge.host.hasAttribute('data-notice')).toBe(false);
    answer = Promise.resolve({ opened: true });
    button.click();
    await answer;
    await Promise.resolve();
    expect(badge.host.hasAttribute('data-notice')).toBe(false);
    expect(badge.host.dataset.panel).toBe('opened');
    expect(notice.textContent).toBe('');
    badge.remove();
  });

  it('shows no score for an empty draft, and the score once there are words', () => {
    const badge = new Badge(document, 'empty', () => undefined);
    badge.update(analyze({ body: '' }, ctx));
    const button = badge.host.shadowRoot!.querySelector('button')!;
    expect(button.getAttribute('aria-label')).toBe('Trust score: start writing');
    expect(badge.host.shadowRoot!.querySelector('.score')!.textContent).toBe('–');
    expect(badge.host.hasAttribute('data-trust-empty')).toBe(true);
    const report = analyze({ body: 'Hi Dana,\n\nI will send the pricing by Thursday at 3pm.' }, ctx);
    badge.update(report);
    expect(badge.host.shadowRoot!.querySelector('.score')!.textContent).toBe(String(report.score));
    expect(badge.host.hasAttribute('data-trust-empty')).toBe(false);
  });

  it('is keyboard reachable and keeps page styles out (shadow root)', () => {
    const badge = new Badge(document, 'x', () => undefined);
    document.body.append(badge.host);
    const button = badge.host.shadowRoot!.querySelector('button')!;
    expect(button.tabIndex).toBe(0);
    expect(document.querySelector('button')).toBeNull(); // nothing leaks into the page's tree
  });

  it('renders text from the draft as text only', () => {
    const badge = new Badge(document, 'x', () => undefined);
    const evil = '<img src=x onerror="alert(1)">';
    const report = analyze({ body: `Hi,\n\nSomeone will get back to you ${evil} soon.` }, ctx);
    report.hints[0]!.message = `${evil} ${report.hints[0]!.message}`;
    badge.update(report);
    const tip = badge.host.shadowRoot!.querySelector('[role=tooltip]')!;
    expect(tip.querySelector('img')).toBeNull();
    expect(tip.textContent).toContain(evil);
  });

  it('says when it is still reading and when there is nothing to fix', () => {
    const badge = new Badge(document, 'x', () => undefined);
    expect(badge.host.shadowRoot!.querySelector('button')!.getAttribute('aria-label')).toMatch(/checking/);
    badge.update(analyze({ body: "Hi Dana,\n\nI'm sorry the invoice was wrong; I refunded the $40 today and added a check so it can't happen again. I'll call you at 3pm today to confirm." }, ctx));
    expect(badge.host.shadowRoot!.querySelector('[role=tooltip]')!.textContent).toMatch(/Nothing to fix|\+\d+/);
  });
});

describe('Badge: the check before Send', () => {
  it('says so for a vague promise and applies the time the user picks, never blocking anything', () => {
    const badge = new Badge(document, 'n1', () => undefined);
    document.body.append(badge.host);
    const body = "Hi Dana,\n\nI'll follow up soon with a deck.";
    const report = analyze({ body }, { ...ctx, role: 'account' });
    badge.update(report);
    const picked: Date[] = [];
    badge.setNudge(nudgeFor(report, body), (when) => picked.push(when));
    const root = badge.host.shadowRoot!;
    expect(badge.host.getAttribute('data-nudge')).toBe('vague-timing');
    expect(root.querySelector('.nudge')!.textContent).toBe('You promised “soon” — add a day?Add a day');
    // The check is named with the score, for those who do not hover.
    expect(root.querySelector('.main')!.getAttribute('aria-label')).toBe(`Trust score ${report.score}, ${report.band}. Before you send: You promised “soon” — add a day?`);
    const open = root.querySelector<HTMLButtonElement>('.nudge button')!;
    open.click();
    expect(open.getAttribute('aria-expanded')).toBe('true');
    const choices = [...root.querySelectorAll<HTMLButtonElement>('.picker .choice')];
    expect(choices.length).toBeGreaterThanOrEqual(3);
    choices[0]!.click();
    expect(picked).toHaveLength(1);
    expect(picked[0]!.getTime()).toBeGreaterThan(Date.now());
    expect(badge.host.hasAttribute('data-picking')).toBe(false);
    // A custom day and time.
    open.click();
    const input = root.querySelector<HTMLInputElement>('.picker input[type="datetime-local"]')!;
    input.value = '2030-01-15T09:30';
    [...root.querySelectorAll<HTMLButtonElement>('.picker .choice')].at(-1)!.click();
    expect(picked[1]!.getFullYear()).toBe(2030);
    expect([picked[1]!.getMonth(), picked[1]!.getDate(), picked[1]!.getHours(), picked[1]!.getMinutes()]).toEqual([0, 15, 9, 30]);
    badge.setNudge(undefined);
    expect(badge.host.hasAttribute('data-nudge')).toBe(false);
    expect(root.querySelector('.main')!.getAttribute('aria-label')).toBe(`Trust score ${report.score}, ${report.band}`);
  });

  it('opens its popovers on the side with room: the picker rightwards near the left edge, the tip leftwards near the right', () => {
    const body = "Hi Dana,\n\nThanks for the call. I'll follow up soon with a deck.\n\nSam";
    const report = analyze({ body, recipients: [{ name: 'Dana Reyes' }] }, { ...ctx, role: 'account' });
    const at = (left: number, top: number) => {
      const badge = new Badge(document, `edge-${left}`, () => undefined);
      badge.host.getBoundingClientRect = () => ({ left, right: left + 60, top, bottom: top + 24, width: 60, height: 24, x: left, y: top, toJSON: () => ({}) });
      document.body.append(badge.host);
      badge.update(report);
      badge.setNudge(nudgeFor(report, body), () => undefined);
      const root = badge.host.shadowRoot!;
      root.querySelector<HTMLButtonElement>('.nudge button')!.click();
      const cls = (sel: string) => root.querySelector(sel)!.classList;
      const out = { pickerStart: cls('.picker').contains('start'), pickerBelow: cls('.picker').contains('below'), tipEnd: cls('.tip').contains('end'), nudgeEnd: cls('.nudge').contains('end') };
      badge.remove();
      return out;
    };
    const width = window.innerWidth;
    // A pop-out compose: Send, and the badge beside it, at the window's left edge, low on the screen.
    expect(at(8, 600)).toEqual({ pickerStart: true, pickerBelow: false, tipEnd: false, nudgeEnd: false });
    // The badge near the right edge, near the top.
    expect(at(width - 100, 100)).toEqual({ pickerStart: false, pickerBelow: true, tipEnd: true, nudgeEnd: true });
    // Room on both sides.
    expect(at(Math.round(width / 2), 600)).toEqual({ pickerStart: false, pickerBelow: false, tipEnd: false, nudgeEnd: false });
  });
});
