// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { analyze, RULES } from '../../src/model/index';
import type { Report } from '../../src/model/types';
import { CoachView, type CoachActions } from '../../src/panel/CoachView';
import { BAND_LABELS, formatDue, groupHints, plainWhy } from '../../src/panel/format';
import { ctx } from '../model/helpers';
import { axeViolations } from './axe';

const TITLES = Object.fromEntries(RULES.map((r) => [r.id, r.title]));
const SUPPORT = {
  body: "Hello,\n\nI understand your frustration. Per our policy, refunds take 30 days. Someone will get back to you soon.\n\nI'll call you Thursday at 3pm.",
  recipients: [{ name: 'Dana Reyes' }],
  quoted: 'I was charged twice. Can you refund the second charge?',
};

function setup(report: Report = analyze(SUPPORT, ctx('support')), body = SUPPORT.body, extra: Partial<Parameters<typeof CoachView>[0]> = {}) {
  const actions: CoachActions = { focus: vi.fn(), focusSpan: vi.fn(), apply: vi.fn(), dismiss: vi.fn(), restore: vi.fn(), turnOff: vi.fn(), setRole: vi.fn() };
  const excerpts = report.hints.map((h) => body.slice(h.start, h.end));
  const utils = render(<CoachView report={report} excerpts={excerpts} ruleTitles={TITLES} roleGuessed dismissedCount={0} actions={actions} locale="en-GB" timeZone="Europe/Berlin" now={new Date(ctx('support').now)} {...extra} />);
  return { ...utils, actions, report, excerpts };
}

afterEach(cleanup);

describe('CoachView', () => {
  it('shows the score as a gauge with its band, and a bar per dimension', () => {
    const { report } = setup();
    const gauge = screen.getByRole('meter', { name: 'Trust score' });
    expect(gauge.getAttribute('aria-valuenow')).toBe(String(report.score));
    expect(gauge.getAttribute('aria-valuetext')).toMatch(new RegExp(`^${report.score} out of 100`));
    const bars = within(screen.getByRole('list', { name: 'Score by dimension' })).getAllByRole('meter');
    expect(bars).toHaveLength(6);
    expect(bars.map((b) => b.getAttribute('aria-valuenow'))).toEqual(['personalization', 'commitments', 'research', 'ownership', 'humility', 'clarity'].map((d) => String(report.dimensions[d as keyof Report['dimensions']].score)));
    expect(screen.getByText(/Most trust is lost in/)).toBeTruthy();
  });

  it('groups hints under the five headings in order, biggest win first, with excerpt, why, suggestion and points', () => {
    const { report } = setup();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.querySelector('span')?.textContent);
    expect(headings).toEqual(['Personalization', 'Follow-up commitments', 'Account research', 'Trust risks', 'Clarity', 'Promises in this draft']);
    const risks = screen.getByRole('region', { name: /Trust risks/ });
    const cards = within(risks).getAllByRole('listitem');
    const points = cards.map((c) => Number(c.querySelector('.hint-points')?.textContent?.slice(1) ?? 0));
    expect(points).toEqual([...points].sort((a, b) => b - a));
    const empathy = report.hints.find((h) => h.rule === 'fake-empathy')!;
    const card = cards.find((c) => c.textContent?.includes(empathy.message))!;
    expect(within(card).getByRole('button', { name: 'Show in draft: I understand your frustration' })).toBeTruthy();
    expect(card.textContent).toContain(plainWhy(empathy.why));
    expect(card.textContent).toContain(empathy.suggestion);
    // "+N" is what fixing it alone gains, not its share of what is lost.
    expect(card.textContent).toContain(`+${empathy.gain}`);
    expect(empathy.gain).toBeLessThanOrEqual(empathy.impact);
  });

  it('routes each action with the hint it belongs to', () => {
    const { actions, report } = setup();
    const i = report.hints.findIndex((h) => h.rule === 'fake-empathy');
    const card = screen.getByRole('button', { name: 'Show in draft: I understand your frustration' }).closest('li')!;
    fireEvent.click(within(card).getByRole('button', { name: /Show in draft/ }));
    expect(actions.focus).toHaveBeenCalledWith(i);
    fireEvent.click(within(card).getByRole('button', { name: /^Dismiss/ }));
    expect(actions.dismiss).toHaveBeenCalledWith(i);
    fireEvent.click(within(card).getByRole('button', { name: /^Turn off rule: / }));
    expect(actions.turnOff).toHaveBeenCalledWith('fake-empathy');
    const withFix = report.hints.findIndex((h) => h.replacement !== undefined && h.end > h.start);
    expect(withFix).toBeGreaterThanOrEqual(0);
    const fixCard = document.getElementById(`hint-${withFix}-msg`)!.closest('li')!;
    fireEvent.click(within(fixCard).getByRole('button', { name: /^Apply/ }));
    expect(actions.apply).toHaveBeenCalledWith(withFix);
  });

  it('lists the promises, specific or vague, with the resolved day and time', () => {
    setup();
    const promises = screen.getByRole('region', { name: /Promises in this draft/ });
    const items = within(promises).getAllByRole('listitem');
    const call = items.find((li) => li.textContent?.includes('call you Thursday'))!;
    expect(call.textContent).toContain('Specific');
    expect(call.textContent).toContain('Thu 26 Nov, 15:00');
    const vague = items.find((li) => li.textContent?.includes('get back to you soon'))!;
    expect(vague.textContent).toMatch(/No owner|Vague/);
  });

  it('says what "no promises" means for the role: a first email moves on with a question, a reply with a dated step', () => {
    const first = { body: 'Hi Dana,\n\nHow do you plan shifts across your four depots today?\n\nSam', recipients: [{ name: 'Dana Reyes' }] };
    setup(analyze(first, ctx('prospecting')), first.body);
    const empty = within(screen.getByRole('region', { name: /Promises in this draft/ })).getByText(/No promises/);
    expect(empty.textContent).toMatch(/question they can answer/);
    cleanup();
    setup(analyze(first, ctx('support')), first.body);
    expect(within(screen.getByRole('region', { name: /Promises in this draft/ })).getByText(/No promises/).textContent).toMatch(/next step with an owner and a time/);
  });

  it('switches role: Auto shows the guess; picking one reports it; Auto again clears it', () => {
    const { actions } = setup();
    const select = screen.getByLabelText('Writing as') as HTMLSelectElement;
    expect(select.value).toBe('auto');
    expect(select.selectedOptions[0]!.textContent).toBe('Auto: Support');
    fireEvent.change(select, { target: { value: 'account' } });
    expect(actions.setRole).toHaveBeenCalledWith('account');
    fireEvent.change(select, { target: { value: 'auto' } });
    expect(actions.setRole).toHaveBeenLastCalledWith(undefined);
  });

  it('says how many hints are dismissed and brings them back', () => {
    const { actions } = setup(undefined, undefined, { dismissedCount: 2 });
    fireEvent.click(screen.getByRole('button', { name: 'Show again' }));
    expect(screen.getByText(/2 hints dismissed/)).toBeTruthy();
    expect(actions.restore).toHaveBeenCalled();
  });

  it('praises a draft that earns trust and lists what already works', () => {
    const body = "Hi Dana,\n\nThanks for telling me about the double charge on invoice 4471. I've refunded the second charge today, and I will email you the confirmation by Thursday at 3pm. We have also fixed the billing check that let it happen.\n\nDoes Thursday work for a short call?\n\nSam";
    const report = analyze({ body, recipients: [{ name: 'Dana Reyes' }] }, ctx('support'));
    setup(report, body);
    expect(report.score).toBeGreaterThanOrEqual(85);
    expect(screen.getByText('This email earns trust.')).toBeTruthy();
    expect(screen.getAllByText('✓ Looks good').length).toBeGreaterThan(2);
    expect(within(screen.getByRole('list', { name: /Follow-up commitments: what already works/ })).getAllByRole('listitem').length).toBeGreaterThan(0);
  });

  it('renders draft text as text, never as markup', () => {
    const body = 'Hi,\n\n<img src=x onerror="alert(1)"> I understand your frustration. Someone will get back to you soon.';
    const report = analyze({ body }, ctx('support'));
    const excerpts = report.hints.map(() => '<img src=x onerror="alert(1)">');
    const actions = { focus: vi.fn(), focusSpan: vi.fn(), apply: vi.fn(), dismiss: vi.fn(), restore: vi.fn(), turnOff: vi.fn(), setRole: vi.fn() };
    const { container } = render(<CoachView report={report} excerpts={excerpts} ruleTitles={TITLES} roleGuessed dismissedCount={0} actions={actions} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror="alert(1)">');
  });

  it('tells the writer when a huge draft was only partly checked', () => {
    const body = 'Hi Dana,\n\n' + 'We shipped the fix for your export today and I will confirm by Friday at noon.\n'.repeat(3000);
    const report = analyze({ body }, ctx('account'));
    setup(report, body);
    expect(screen.getByRole('note').textContent).toMatch(/very long/);
  });

  it('has no accessibility violations axe can find', async () => {
    const { container } = setup();
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('panel formatting', () => {
  it('formats due times in the reader\'s locale and zone, and date-only dues without a time', () => {
    expect(formatDue('2026-11-26T15:00:00+01:00', 'en-GB', 'Europe/Berlin')).toBe('Thu 26 Nov, 15:00');
    expect(formatDue('2026-11-26T15:00:00+01:00', 'en-US', 'America/New_York')).toBe('Thu Nov 26, 9:00 AM'.replace('Thu Nov 26', 'Thu 26 Nov'));
    expect(formatDue('2026-11-26', 'en-GB', 'Pacific/Auckland')).toBe('Thu 26 Nov');
    expect(formatDue('not a date')).toBe('not a date');
  });
  it('keys repeated hints apart and puts positive findings under strengths', () => {
    const body = 'Hi Dana, synergy and synergy. I will call you Thursday at 3pm.';
    const report = analyze({ body, recipients: [{ name: 'Dana Reyes' }] }, ctx('account'));
    const groups = groupHints(report.hints, report.hints.map((h) => body.slice(h.start, h.end)));
    const keys = groups.flatMap((g) => [...g.fixes, ...g.strengths].map((i) => i.key));
    expect(new Set(keys).size).toBe(keys.length);
    expect(groups.find((g) => g.id === 'commitments')!.strengths.map((i) => i.hint.kind)).toContain('specific-commitment');
  });
  it('lists a promise with no time as a tip among the fixes, worth no points, never as a strength', () => {
    const body = "Hi Dana,\n\nI'll send you the revised contract. I will call you Thursday at 3pm.";
    const report = analyze({ body, recipients: [{ name: 'Dana Reyes' }] }, ctx('account'));
    const tip = report.hints.find((h) => h.kind === 'vague-timing')!;
    expect(tip).toMatchObject({ tip: true, impact: 0, severity: 'info' });
    expect(body.slice(tip.start, tip.end)).toBe("I'll send you the revised contract");
    const commitments = groupHints(report.hints, report.hints.map((h) => body.slice(h.start, h.end))).find((g) => g.id === 'commitments')!;
    expect(commitments.fixes.map((i) => i.hint.kind)).toContain('vague-timing');
    expect(commitments.strengths.map((i) => i.hint.kind)).toEqual(['specific-commitment']);
    expect(commitments.points).toBe(0);
    setup(report, body);
    expect(screen.getByText(/has no time/).closest('li')!.querySelector('.hint-sev')!.textContent).toBe('Tip');
  });
});

describe('why it costs trust, for the writer', () => {
  it('keeps the reasoning and quotes of every rule and drops the source citations', () => {
    for (const r of RULES) {
      const why = plainWhy(r.why);
      expect(why, r.id).not.toMatch(/seed|rubric,|\(\s*\)|\s[,;:.]|\(\s*[,;:]|^'s/i);
      // No academic citation: the reason is for a salesperson, not a reviewer.
      expect(why, r.id).not.toMatch(/et al\.|\b(?:19|20)\d{2}\)/);
      expect(why.length, r.id).toBeGreaterThan(r.why.length * 0.6);
    }
    expect(plainWhy('Say it plainly ("Don\'t pretend-feel", seed 000; seed 003).')).toBe('Say it plainly ("Don\'t pretend-feel").');
  });
});

describe('CoachView with a team playbook', () => {
  it('shows the coach\'s note, names the playbook, and offers no "Turn off" for team or locked rules', () => {
    const playbook = {
      name: 'Support desk',
      phrases: [{ type: 'avoid', pattern: 'touch base', message: 'Say what the call is for.', dimension: 'clarity' }],
      coachNotes: [{ kind: 'fake-empathy', note: 'Name their problem instead.', author: 'Priya' }],
    };
    const body = "Hello,\n\nI understand your frustration. Per our policy, refunds take 30 days. Let's touch base.";
    const report = analyze({ body }, ctx('support', { playbook }));
    const actions = { focus: vi.fn(), focusSpan: vi.fn(), apply: vi.fn(), dismiss: vi.fn(), restore: vi.fn(), turnOff: vi.fn(), setRole: vi.fn() };
    render(<CoachView report={report} excerpts={report.hints.map((h) => body.slice(h.start, h.end))} ruleTitles={TITLES} lockedRules={['policy-speak']} playbookName="Support desk" roleGuessed dismissedCount={0} actions={actions} />);
    expect(screen.getByText(/Coaching with your team’s playbook/).textContent).toContain('Support desk');
    const empathy = screen.getByRole('button', { name: 'Show in draft: I understand your frustration' }).closest('li')!;
    expect(within(empathy).getByText('Name their problem instead.').tagName).toBe('BLOCKQUOTE');
    expect(empathy.textContent).toContain('— Priya, your coach');
    const team = screen.getByRole('button', { name: 'Show in draft: touch base' }).closest('li')!;
    expect(within(team).queryByRole('button', { name: /Turn off rule/ })).toBeNull();
    expect(team.textContent).toContain('From your team playbook');
    const policy = screen.getByRole('button', { name: 'Show in draft: Per our policy' }).closest('li')!;
    expect(within(policy).queryByRole('button', { name: /Turn off rule/ })).toBeNull();
    expect(policy.textContent).toContain('Required by your team');
    expect(within(empathy).getByRole('button', { name: /Turn off rule/ })).toBeTruthy();
  });
});

describe('CoachView with the recipients\' account', () => {
  const actions = () => ({ focus: vi.fn(), focusSpan: vi.fn(), apply: vi.fn(), dismiss: vi.fn(), restore: vi.fn(), turnOff: vi.fn(), setRole: vi.fn() });
  const record = { key: 'northwind.example', name: 'Northwind Traders', strategy: 'Expanding into Brazil in Q2', news: '', people: [], lastInteraction: '', checklist: { site: false, news: false, profiles: false, posts: false }, updatedAt: '2026-11-20T10:00:00.000Z' };
  it('shows the account card with the notes the draft uses marked', async () => {
    const body = 'Hi Dana,\n\nHow is your Brazil expansion going?';
    const report = analyze({ body }, ctx('prospecting', { account: { facts: [{ text: 'Expanding into Brazil in Q2', source: 'strategy' }] } }));
    const { container } = render(<CoachView report={report} excerpts={report.hints.map((h) => body.slice(h.start, h.end))} ruleTitles={TITLES} roleGuessed dismissedCount={0} actions={actions()}
      account={{ key: 'northwind.example', record, usedFacts: ['Expanding into Brazil in Q2'], recipients: [{ name: 'Dana Reyes', email: 'dana@northwind.example' }] }} onSaveAccount={async () => undefined} />);
    expect(screen.getByRole('heading', { level: 2, name: /Northwind Traders/ })).toBeTruthy();
    expect(screen.getByText(/used in this email/)).toBeTruthy();
    expect(screen.queryByText(/no research on/)).toBeNull();
    // The card sits with the research hints it explains: after Account research, before Trust risks.
    const order = [...container.querySelectorAll('#group-research, #account-card, #group-risks')].map((e) => e.id);
    expect(order).toEqual(['group-research', 'account-card', 'group-risks']);
    expect(await axeViolations(container)).toEqual([]);
  });
  it('nudges a prospecting email to an account with no research, and opens the checklist', () => {
    const body = 'Hi Lee,\n\nWe make finance software. Could we talk Tuesday at 10am?';
    const report = analyze({ body }, ctx('prospecting'));
    render(<CoachView report={report} excerpts={report.hints.map((h) => body.slice(h.start, h.end))} ruleTitles={TITLES} roleGuessed dismissedCount={0} actions={actions()}
      account={{ key: 'fabrikam.example', usedFacts: [], recipients: [{ email: 'lee@fabrikam.example' }] }} onSaveAccount={async () => undefined} />);
    expect(screen.getByText('You have no research on fabrikam.example yet.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Open the research checklist' }));
    expect(screen.getAllByRole('checkbox').length).toBeGreaterThanOrEqual(4);
    expect(document.activeElement?.id).toBe('account-card');
  });
});

describe('CoachView says one thing about research, and why it guessed the role', () => {
  const actions = () => ({ focus: vi.fn(), focusSpan: vi.fn(), apply: vi.fn(), dismiss: vi.fn(), restore: vi.fn(), turnOff: vi.fn(), setRole: vi.fn() });
  const record = { key: 'northwind.example', name: 'Northwind Traders', strategy: 'Expanding into Brazil in Q2', news: '', people: [], lastInteraction: '', checklist: { site: false, news: false, profiles: false, posts: false }, updatedAt: '2026-11-20T10:00:00.000Z' };
  const heading = () => screen.getByRole('heading', { level: 2, name: /Account research/ });
  it('a support reply that uses none of the notes is not "Looks good" under research', () => {
    const body = 'Hi Dana,\n\nI refunded the duplicate charge this morning; it shows on your card by Friday.';
    const report = analyze({ body }, ctx('support', { account: { facts: [{ text: 'Expanding into Brazil in Q2', source: 'strategy' }] } }));
    render(<CoachView report={report} excerpts={report.hints.map((h) => body.slice(h.start, h.end))} ruleTitles={TITLES} roleGuessed dismissedCount={0} actions={actions()}
      account={{ key: 'northwind.example', record, usedFacts: [], recipients: [{ name: 'Dana Reyes', email: 'dana@northwind.example' }] }} onSaveAccount={async () => undefined} />);
    expect(heading().textContent).toContain('No note used yet');
    expect(heading().textContent).not.toContain('Looks good');
  });
  it('a prospecting email to an account with no research says so in the heading too', () => {
    const body = 'Hi Lee,\n\nWe make finance software. Could we talk Tuesday at 10am?';
    const report = analyze({ body }, ctx('prospecting'));
    render(<CoachView report={report} excerpts={report.hints.map((h) => body.slice(h.start, h.end))} ruleTitles={TITLES} roleGuessed dismissedCount={0} actions={actions()}
      account={{ key: 'fabrikam.example', usedFacts: [], recipients: [{ email: 'lee@fabrikam.example' }] }} onSaveAccount={async () => undefined} />);
    expect(heading().textContent).not.toContain('Looks good');
  });
  it('a support reply to an account with no notes says so, not "Looks good"', () => {
    const body = 'Hi Dana,\n\nI refunded the duplicate charge this morning; it shows on your card by Friday.';
    const report = analyze({ body }, ctx('support'));
    render(<CoachView report={report} excerpts={report.hints.map((h) => body.slice(h.start, h.end))} ruleTitles={TITLES} roleGuessed dismissedCount={0} actions={actions()}
      account={{ key: 'example.org', usedFacts: [], recipients: [{ name: 'Dana Reyes', email: 'dana@example.org' }] }} onSaveAccount={async () => undefined} />);
    expect(heading().textContent).toContain('No notes yet');
    // The bar says it too: research at 100 with no notes is nothing lost, not research done.
    const bar = screen.getByRole('meter', { name: /Account research/ });
    expect(bar.closest('li')!.textContent).toContain('no notes yet');
    // Drawn muted, not in the green of a job done; a measured bar keeps its band.
    expect(bar.className).toContain('band-none');
    // Drawn empty, with a dash: a full bar read as full marks.
    expect((bar.querySelector('.dim-fill') as HTMLElement).style.width).toBe('0%');
    expect(bar.closest('li')!.querySelector('.dim-score')!.textContent).toBe('–');
    expect(bar.getAttribute('aria-valuetext')).toBe('not measured: no notes yet');
    expect(screen.getByRole('meter', { name: /Follow-up commitments/ }).className).toMatch(/band-(?:great|good|fair|low)/);
  });
  it('a draft that uses a note keeps "Looks good"', () => {
    const body = 'Hi Dana,\n\nHow is your Brazil expansion going?';
    const report = analyze({ body }, ctx('prospecting', { account: { facts: [{ text: 'Expanding into Brazil in Q2', source: 'strategy' }] } }));
    render(<CoachView report={report} excerpts={report.hints.map((h) => body.slice(h.start, h.end))} ruleTitles={TITLES} roleGuessed dismissedCount={0} actions={actions()}
      account={{ key: 'northwind.example', record, usedFacts: ['Expanding into Brazil in Q2'], recipients: [{ name: 'Dana Reyes', email: 'dana@northwind.example' }] }} onSaveAccount={async () => undefined} />);
    expect(heading().textContent).toContain('Looks good');
  });
  it('says why it guessed the role, and only while it guesses', () => {
    const body = 'Hi Dana,\n\nI refunded the duplicate charge.';
    const report = analyze({ body }, ctx('support'));
    const { rerender } = render(<CoachView report={report} excerpts={[]} ruleTitles={TITLES} roleGuessed roleReason="a reply to a complaint" dismissedCount={0} actions={actions()} />);
    expect(screen.getByText('Guessed: a reply to a complaint.')).toBeTruthy();
    rerender(<CoachView report={report} excerpts={[]} ruleTitles={TITLES} roleGuessed={false} roleReason="a reply to a complaint" dismissedCount={0} actions={actions()} />);
    expect(screen.queryByText(/Guessed:/)).toBeNull();
  });
  it('an unsure guess says so and asks for a pick, in place of "Guessed:"', () => {
    const body = 'Hi Dana,\n\nThanks, see you then.';
    const report = analyze({ body }, ctx('account'));
    render(<CoachView report={report} excerpts={[]} ruleTitles={TITLES} roleGuessed roleReason="a reply to their message" roleUnsure dismissedCount={0} actions={actions()} />);
    const line = screen.getByText(/^Not sure this is account management/);
    expect(line.textContent).toBe('Not sure this is account management (a reply to their message). Pick the right role if not.');
    expect(line.className).toContain('role-unsure');
    expect(screen.queryByText(/Guessed:/)).toBeNull();
  });
});

describe('CoachView for keyboard and screen-reader users', () => {
  const without = (report: Report, i: number): Report => ({ ...report, hints: report.hints.filter((_, j) => j !== i) });

  it('after Dismiss, focus moves to the next hint once the card is gone, not to the top of the page', () => {
    const { report, rerender, excerpts, actions } = setup();
    const cards = screen.getAllByRole('button', { name: /^Dismiss: / });
    const first = cards[0]!.closest('li')!;
    const second = cards[1]!.closest('li')!.querySelector('.hint-msg')!.textContent;
    const i = report.hints.findIndex((h) => h.message === first.querySelector('.hint-msg')!.textContent);
    fireEvent.click(cards[0]!);
    expect(actions.dismiss).toHaveBeenCalledWith(i);
    const next = without(report, i);
    rerender(<CoachView report={next} excerpts={excerpts.filter((_, j) => j !== i)} ruleTitles={TITLES} roleGuessed dismissedCount={1} actions={actions} locale="en-GB" timeZone="Europe/Berlin" />);
    expect(document.activeElement?.classList.contains('hint-msg')).toBe(true);
    expect(document.activeElement?.textContent).toBe(second);
  });

  it('after the last hint of a group goes, focus lands on its heading', () => {
    const { report, rerender, excerpts, actions } = setup();
    const group = screen.getByRole('region', { name: /Personalization/ });
    const only = within(group).getAllByRole('button', { name: /^Dismiss: / });
    expect(only).toHaveLength(1);
    const i = report.hints.findIndex((h) => h.dimension === 'personalization' && h.impact > 0);
    fireEvent.click(only[0]!);
    // With no other card left anywhere, the group's heading keeps the place.
    const rest = { ...report, hints: report.hints.filter((h, j) => j !== i && h.dimension === 'personalization') };
    rerender(<CoachView report={rest} excerpts={[]} ruleTitles={TITLES} roleGuessed dismissedCount={1} actions={actions} locale="en-GB" timeZone="Europe/Berlin" />);
    void excerpts;
    expect(document.activeElement?.id).toBe('group-personalization');
  });

  it('announces the score when it settles, not every keystroke, and clears the announcement later', () => {
    vi.useFakeTimers();
    try {
      const { report, rerender, excerpts, actions } = setup();
      const status = () => screen.getByRole('status').textContent;
      const wait = (ms: number) => act(() => { vi.advanceTimersByTime(ms); });
      const show = (r: Report) => rerender(<CoachView report={r} excerpts={excerpts} ruleTitles={TITLES} roleGuessed dismissedCount={0} actions={actions} locale="en-GB" timeZone="Europe/Berlin" />);
      wait(10);
      expect(status()).toBe(`Trust score ${report.score}, ${BAND_LABELS[report.band]}.`);
      wait(10_000);
      expect(status()).toBe('');
      // A small move in the same band is not announced...
      show({ ...report, score: report.score + 2 });
      wait(3000);
      expect(status()).toBe('');
      // ...a move of 5 points is, once typing pauses.
      show({ ...report, score: report.score + 6 });
      wait(1000);
      expect(status()).toBe('');
      wait(1500);
      expect(status()).toBe(`Trust score ${report.score + 6}, ${BAND_LABELS[report.band]}.`);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('CoachView before the first word', () => {
  it('asks the writer to start, instead of praising an empty email with 100', () => {
    setup(analyze({ body: '' }, ctx('prospecting')), '');
    expect(screen.getByRole('heading', { name: 'Start writing' })).toBeTruthy();
    expect(screen.queryByRole('meter', { name: 'Trust score' })).toBeNull();
    expect(screen.getByRole('combobox', { name: /Writing as/ })).toBeTruthy();
  });
});

describe('CoachView account card by role', () => {
  it('a support reply to an unresearched account gets one quiet line, not the prospecting pitch', () => {
    const body = 'Hi Maria,\n\nYou were charged twice for November. I refunded the second charge today.';
    const report = analyze({ body, quoted: 'I was charged twice for November.' }, ctx('support'));
    const acts = { focus: vi.fn(), focusSpan: vi.fn(), apply: vi.fn(), dismiss: vi.fn(), restore: vi.fn(), turnOff: vi.fn(), setRole: vi.fn() };
    render(<CoachView report={report} excerpts={report.hints.map((h) => body.slice(h.start, h.end))} ruleTitles={TITLES} roleGuessed dismissedCount={0} actions={acts}
      account={{ key: 'brightpath.io', usedFacts: [], recipients: [{ name: 'Maria Lopez', email: 'maria@brightpath.io' }] }} onSaveAccount={async () => undefined} />);
    expect(screen.getByText(/No notes on brightpath.io yet/)).toBeTruthy();
    expect(screen.queryByText(/Prospects trust emails/)).toBeNull();
    expect(document.querySelector('details')?.open).toBe(false);
  });
});
