import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/model/index';
import { recordFromReport, teamHintLabel } from '../../src/history/record';

const context = { role: 'support' as const, now: '2026-11-23T10:00:00+01:00', timeZone: 'Europe/Berlin' };
const sentAt = new Date('2026-11-23T09:05:00Z');
const POOR = 'Hi,\n\nI understand your frustration. Someone will get back to you soon. Sorry for any inconvenience.';
const GOOD = "Hi Dana,\n\nI'll send the pricing by Thursday at 3pm. We will also check the logs.";

describe('recordFromReport', () => {
  it('keeps the scores, the role and one kind per hint that cost points', () => {
    const report = analyze({ body: POOR }, context);
    const record = recordFromReport(report, { site: 'outlook', sentAt, keepText: false, id: 'a1' });
    expect(record).toMatchObject({ id: 'a1', sentAt: '2026-11-23T09:05:00.000Z', site: 'outlook', role: 'support', score: report.score, band: report.band, words: report.stats.words });
    expect(record.kinds).toEqual(report.hints.filter((h) => h.impact > 0).map((h) => h.kind));
    expect(record.kinds).toContain('fake-empathy');
    for (const [d, v] of Object.entries(report.dimensions)) expect(record.dimensions[d as keyof typeof record.dimensions]).toBe(v.score);
    // "Someone will get back to you" has no owner: not a promise of mine or my team's.
    expect(record.promises).toBe(0);
  });

  it('leaves out positive findings (no impact) and counts promises owned by me or we', () => {
    const report = analyze({ body: GOOD }, context);
    expect(report.hints.some((h) => h.kind === 'specific-commitment' && h.impact === 0)).toBe(true);
    const record = recordFromReport(report, { site: 'gmail', sentAt, keepText: false });
    expect(record.kinds).not.toContain('specific-commitment');
    expect(record.kinds.every((k) => report.hints.some((h) => h.kind === k && h.impact > 0))).toBe(true);
    expect(record.promises).toBe(report.commitments.filter((c) => c.owner === 'me' || c.owner === 'we').length);
    expect(record.promises).toBeGreaterThan(0);
    expect(record.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('counts a repeated hint kind once per hint', () => {
    const report = analyze({ body: POOR }, context);
    const doubled = { ...report, hints: [...report.hints, ...report.hints] };
    const record = recordFromReport(doubled, { site: 'gmail', sentAt, keepText: false });
    expect(record.kinds.filter((k) => k === 'fake-empathy')).toHaveLength(2);
  });

  it('names each team playbook phrase that cost points by the playbook’s message, never by the email’s words', () => {
    const playbook = {
      format: 'trust-coach-playbook',
      schemaVersion: 1,
      name: 'Northwind sales',
      phrases: [
        { type: 'avoid', pattern: 'touch base', message: '“Touch base” says nothing: name the next step.', dimension: 'clarity' },
        { type: 'avoid', pattern: 'circle back', message: 'Say when you will reply, not “circle back”.', dimension: 'commitments' },
        { type: 'require', anyOf: ['case #', 'case number'], message: 'Mention the case number.', dimension: 'clarity' },
      ],
    };
    const body = 'Hi Dana,\n\nLet me touch base with Finance about the Acme Corp renewal and touch base again Friday.\n\nSam';
    const report = analyze({ body }, { ...context, playbook });
    const record = recordFromReport(report, { site: 'gmail', sentAt, body, keepText: false });
    // One per hint that cost points (in the report's order, biggest first): "touch base" twice.
    expect([...record.teamHints!].sort((x, y) => x.kind.localeCompare(y.kind))).toEqual([
      { kind: 'team-phrase', label: '“Touch base” says nothing: name the next step.' },
      { kind: 'team-phrase', label: '“Touch base” says nothing: name the next step.' },
      { kind: 'team-required', label: 'Mention the case number.' },
    ]);
    // One label per team hint kind kept in kinds, in the same order.
    expect(record.kinds.filter((k) => k.startsWith('team-'))).toEqual(record.teamHints!.map((h) => h.kind));
    // Nothing the writer wrote: neither the flagged words nor the sentence around them.
    expect(JSON.stringify(record)).not.toMatch(/Acme|Finance|Friday|Let me/);
    expect(record).not.toHaveProperty('text');
  });

  it('labels a team hint by its phrase id when it has no message, and keeps labels short', () => {
    expect(teamHintLabel({ message: '  ', rule: 'playbook:no-touch-base' })).toBe('no-touch-base');
    expect(teamHintLabel({ message: 'Say\n“follow up”', rule: 'playbook:avoid-1' })).toBe('Say “follow up”');
    expect(teamHintLabel({ message: 'x'.repeat(300), rule: 'playbook:avoid-1' })).toHaveLength(200);
    // Without team hints, records stay as they were.
    expect(recordFromReport(analyze({ body: POOR }, context), { site: 'gmail', sentAt, keepText: false })).not.toHaveProperty('teamHints');
  });

  it('stores the text only when the writer opted in', () => {
    const report = analyze({ body: GOOD }, context);
    expect(recordFromReport(report, { site: 'gmail', sentAt, body: GOOD, keepText: false })).not.toHaveProperty('text');
    expect(recordFromReport(report, { site: 'gmail', sentAt, body: GOOD, keepText: true }).text).toBe(GOOD);
    expect(recordFromReport(report, { site: 'gmail', sentAt, keepText: true })).not.toHaveProperty('text');
  });
});
