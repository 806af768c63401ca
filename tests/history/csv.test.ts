import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, toCsv } from '../../src/history/csv';
import { toCsv as fromStats } from '../../src/history/stats';
import { rec } from './helpers';

/** A minimal RFC 4180 reader, to check the output parses back to the same cells. */
function parse(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && csv[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

describe('toCsv', () => {
  it('has a header row with one column per dimension, then one row per email with ISO dates', () => {
    const r = rec('2026-11-20T09:30:00+01:00', { score: 72, site: 'outlook', role: 'account', kinds: ['jargon', 'vague-timing', 'jargon'], words: 120, promises: 2, dimensions: { ownership: 40 } });
    const csv = toCsv([r], 'Europe/Berlin');
    expect(csv.endsWith('\r\n')).toBe(true);
    const [header, row] = parse(csv);
    expect(header).toEqual(['sent_at', 'sent_local', 'site', 'role', 'score', 'band', 'personalization', 'commitments', 'research', 'ownership', 'humility', 'clarity', 'hint_kinds', 'words', 'promises', 'text']);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(row).toEqual(['2026-11-20T08:30:00.000Z', '2026-11-20 09:30', 'outlook', 'account', '72', 'good', '72', '72', '72', '40', '72', '72', 'jargon;vague-timing;jargon', '120', '2', '']);
    expect(fromStats([r], 'Europe/Berlin')).toBe(csv);
    expect(toCsv([])).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });

  it('gives each email’s time in the writer’s own zone too, in the same format whatever the locale', () => {
    // 08:08 UTC is 09:08 in Berlin; 02:30 UTC is still the day before in New York, and midnight is 00, not 24.
    const rows = parse(toCsv([rec('2026-11-02T08:08:35.481Z'), rec('2026-11-03T02:30:00Z'), rec('2026-11-03T05:00:00Z')], 'America/New_York')).slice(1);
    expect(rows.map((r) => [r[0], r[1]])).toEqual([
      ['2026-11-02T08:08:35.481Z', '2026-11-02 03:08'],
      ['2026-11-03T02:30:00.000Z', '2026-11-02 21:30'],
      ['2026-11-03T05:00:00.000Z', '2026-11-03 00:00'],
    ]);
    expect(parse(toCsv([rec('2026-11-02T08:08:35.481Z')], 'Europe/Berlin'))[1]![1]).toBe('2026-11-02 09:08');
    // Summer time: 08:08 UTC is 10:08 in Berlin in July.
    expect(parse(toCsv([rec('2026-07-02T08:08:00Z')], 'Europe/Berlin'))[1]![1]).toBe('2026-07-02 10:08');
  });

  it('quotes commas, quotes and line breaks', () => {
    const text = 'Hi Dana,\nWe said "Thursday", and\r\nwe meant it.';
    const csv = toCsv([{ ...rec('2026-11-20T09:30:00Z'), text }]);
    expect(csv).toContain('"Hi Dana,\nWe said ""Thursday"", and\r\nwe meant it."');
    expect(parse(csv)[1]!.at(-1)).toBe(text);
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
  });

  it('neutralizes cells a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}SUM(A1)`).replace(/^"/, '')).toMatch(/^'/);
    const csv = toCsv([{ ...rec('2026-11-20T09:30:00Z'), text: '=HYPERLINK("http://x","click")' }]);
    expect(parse(csv)[1]!.at(-1)).toBe(`'=HYPERLINK("http://x","click")`);
    // Numbers are never prefixed.
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell('Sent = good')).toBe('Sent = good');
  });
});
