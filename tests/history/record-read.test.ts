/**
 * normalizeHistory reads a well-formed stored record without zod (wellFormedRecord), for speed, and
 * leaves everything else to the schema (recordFromSchema). The quick way must never read a record
 * differently from the schema: same fields, same values, same key order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeHistory, recordFromSchema, unreadableHistory, wellFormedRecord } from '../../src/history/store';
import { DIMENSIONS, KINDS, TEAM_KINDS } from '../../src/model/types';
import { rec } from './helpers';

/** A record as Trust Coach stores it. */
const stored = (i: number) => ({
  id: `r-${i}`,
  sentAt: new Date(Date.UTC(2026, 10, 1) + i * 3_600_000).toISOString(),
  site: 'gmail',
  role: 'support',
  score: 50 + (i % 50),
  band: 'good',
  dimensions: Object.fromEntries(DIMENSIONS.map((d, k) => [d, 40 + ((i + k) % 60)])),
  kinds: ['jargon', 'vague-timing'],
  words: 120,
  promises: 1,
});

// Values each field may hold in storage: good ones, and what an older or newer version, or damage, might leave.
const anything = fc.oneof(
  fc.constantFrom(undefined, null, '', 'x', 0, -1, 1.5, 100, 101, Number.NaN, Number.POSITIVE_INFINITY, -0, 2 ** 53, true, [], {}),
  fc.string({ maxLength: 8 }),
  fc.integer({ min: -5, max: 120 }),
  fc.double(),
);
const field = {
  id: fc.oneof(fc.string({ minLength: 0, maxLength: 3 }), fc.constant('a'.repeat(200)), fc.constant('a'.repeat(201)), anything),
  sentAt: fc.oneof(
    fc.date({ min: new Date(-1e14), max: new Date(1e14) }).map((d) => (Number.isNaN(d.getTime()) ? 'x' : d.toISOString())),
    fc.constantFrom('2026-11-03', '2026-11-03T10:00:00+01:00', 'Tue, 03 Nov 2026 10:00:00 GMT', 'not a date', '+275760-09-13T00:00:00.000Z', '+275760-09-13T00:00:00.001Z'),
    anything,
  ),
  site: fc.oneof(fc.constantFrom('gmail', 'outlook', 'yahoo', 'Gmail'), anything),
  role: fc.oneof(fc.constantFrom('prospecting', 'support', 'account', 'sales'), anything),
  score: fc.oneof(fc.integer({ min: -1, max: 101 }), fc.double({ min: -1, max: 101 }), anything),
  band: fc.oneof(fc.constantFrom('low', 'fair', 'good', 'great', 'bad'), anything),
  dimensions: fc.oneof(
    fc.record(Object.fromEntries(DIMENSIONS.map((d) => [d, fc.oneof(fc.integer({ min: -1, max: 101 }), anything)]))),
    fc.record(Object.fromEntries(DIMENSIONS.map((d) => [d, fc.integer({ min: 0, max: 100 })])), { requiredKeys: [] }),
    fc.record({ ...Object.fromEntries(DIMENSIONS.map((d) => [d, fc.integer({ min: 0, max: 100 })])), extra: anything }),
    anything,
  ),
  kinds: fc.oneof(fc.array(fc.oneof(fc.constantFrom(...KINDS, ...TEAM_KINDS, 'no-such-kind'), anything), { maxLength: 4 }), anything),
  words: fc.oneof(fc.nat(), anything),
  promises: fc.oneof(fc.nat(5), anything),
  teamHints: fc.oneof(fc.constant(undefined), fc.array(fc.record({ kind: fc.constantFrom(...TEAM_KINDS, 'x'), label: fc.string() }), { maxLength: 2 }), anything),
  text: fc.oneof(fc.constant(undefined), fc.string(), anything),
  extra: anything,
};
const REMOVE = Symbol('remove');
/** A stored record with up to three of its fields (or one of its areas) replaced or left out. */
const record = fc
  .tuple(
    fc.nat(1000),
    fc.array(
      fc.oneof(
        ...Object.entries(field).map(([key, value]) => value.map((v): [string, unknown] => [key, v])),
        fc.constantFrom(...Object.keys(field)).map((key): [string, unknown] => [key, REMOVE]),
        fc.tuple(fc.constantFrom(...DIMENSIONS), fc.oneof(fc.integer({ min: -1, max: 101 }), fc.double({ min: -1, max: 101 }), anything)).map(([d, v]): [string, unknown] => [`dimensions.${d}`, v]),
      ),
      { maxLength: 3 },
    ),
  )
  .map(([i, changes]) => {
    const r: Record<string, unknown> = { ...stored(i), dimensions: { ...stored(i).dimensions } };
    for (const [key, value] of changes) {
      const [top, sub] = key.split('.') as [string, string | undefined];
      const target = sub ? (r[top] as Record<string, unknown>) : r;
      const name = sub ?? top;
      if (typeof target !== 'object' || target === null) continue;
      if (value === REMOVE) delete target[name];
      else target[name] = value;
    }
    return r;
  });

describe('reading stored history records', () => {
  it('reads what Trust Coach stores the quick way', () => {
    for (let i = 0; i < 50; i++) expect(wellFormedRecord(stored(i))).toBeDefined();
    expect(wellFormedRecord(rec('2026-11-20T09:00:00.000Z'))).toBeDefined();
    expect(wellFormedRecord({ ...stored(1), text: 'Hi Dana' })).toEqual(recordFromSchema({ ...stored(1), text: 'Hi Dana' }));
  });

  it('never reads a record differently from the schema', () => {
    let quickly = 0;
    fc.assert(
      fc.property(record, (r) => {
        const quick = wellFormedRecord(r);
        if (quick === undefined) return;
        quickly++;
        expect(JSON.stringify(quick)).toBe(JSON.stringify(recordFromSchema(r)));
        expect(quick).toEqual(recordFromSchema(r));
      }),
      { numRuns: 3000 },
    );
    // The property says something only if the quick way reads many of the records.
    expect(quickly).toBeGreaterThan(600);
  });

  it('keeps and sets aside the same records as the schema alone', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 12 }), (list) => {
        const bySchema = list.flatMap((r) => recordFromSchema(r) ?? []);
        const kept = normalizeHistory(list);
        expect(kept.length).toBeLessThanOrEqual(bySchema.length);
        expect(new Set(kept.map((r) => r.id))).toEqual(new Set(bySchema.map((r) => r.id)));
        expect(unreadableHistory(list)).toEqual(list.filter((r) => recordFromSchema(r) === undefined));
      }),
      { numRuns: 500 },
    );
  });
});
