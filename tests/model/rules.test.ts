// The rule tester: every rule's own flag/pass examples, run through the whole model.
import { describe, expect, it } from 'vitest';
import { analyze, RULES } from '../../src/model/index';
import { exampleInput } from './helpers';

describe.each(RULES.map((r) => [r.id, r] as const))('rule %s', (_id, rule) => {
  it.each(rule.examples.flag.map((ex, i) => [i, ex] as const))('flags example %i', (_i, ex) => {
    const { draft, context } = exampleInput(rule, ex);
    const report = analyze(draft, context);
    const hits = report.hints.filter((h) => h.kind === rule.kind);
    expect(hits.map((h) => h.kind), `kinds found: ${report.hints.map((h) => h.kind).join(', ')}`).toContain(rule.kind);
    for (const h of hits) {
      expect(h.rule).toBe(rule.id);
      expect(h.dimension).toBe(rule.dimension);
      expect(h.why).toBe(rule.why);
      expect(h.message.length).toBeGreaterThan(5);
      expect(h.suggestion.length).toBeGreaterThan(5);
    }
  });
  it.each(rule.examples.pass.map((ex, i) => [i, ex] as const))('passes example %i', (_i, ex) => {
    const { draft, context } = exampleInput(rule, ex);
    const report = analyze(draft, context);
    expect(report.hints.filter((h) => h.kind === rule.kind)).toEqual([]);
  });
});
