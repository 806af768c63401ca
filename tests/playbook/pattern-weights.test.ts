import { describe, expect, it } from 'vitest';
import { WEIGHTS } from '../../src/model/score';
import { DIMENSIONS, ROLES } from '../../src/model/types';
import { exportPlaybook, playbookFileName } from '../../src/playbook/export';
import { patternProblem, patternRegExp } from '../../src/playbook/pattern';
import { SALES_PLAYBOOK } from '../../src/playbook/samples';
import { PLAYBOOK_SCHEMA_FILE, type Playbook } from '../../src/playbook/schema';
import { parsePlaybook } from '../../src/playbook/validate';
import { effectiveWeights } from '../../src/playbook/weights';

const found = (pattern: string, text: string) => [...text.matchAll(patternRegExp(pattern))].map((m) => m[0]);

describe('phrase patterns', () => {
  it('match whole words in any case, across line breaks and both apostrophes', () => {
    expect(found('touch base', 'Let’s Touch  base\nsoon; touch basement')).toEqual(['Touch  base']);
    expect(found('touch base', 'touch\nbase')).toEqual(['touch\nbase']);
    // Hyphenated in the email, apart in the pattern: the same words.
    expect(found('touch base', 'Let’s touch-base on Friday')).toEqual(['touch-base']);
    expect(found("don't hesitate", 'Please don’t hesitate')).toEqual(['don’t hesitate']);
    expect(found('case', 'showcase the case')).toEqual(['case']);
  });

  it('treat * as any ending inside a word, and as one word on its own', () => {
    expect(found('apolog*', 'We apologize. Apologies! apology')).toEqual(['apologize', 'Apologies', 'apology']);
    expect(found('per * policy', 'per our policy, per company policy, per our refund policy')).toEqual(['per our policy', 'per company policy']);
  });

  it('find a pattern ending in a symbol right before a number', () => {
    expect(found('case #', 'Your case #4821 is open')).toEqual(['case #']);
    expect(found('ticket #', 'see ticket # 12')).toEqual(['ticket #']);
  });

  it('take other punctuation literally and letters beyond English', () => {
    expect(found('e.g.', 'e.g. this, not eXg.')).toEqual(['e.g.']);
    expect(found('Zürich office', 'our Zürich office')).toEqual(['Zürich office']);
    expect(found('any update?', 'Any update? any updates')).toEqual(['Any update?']);
  });

  it('refuse regular expressions and empty patterns, and never compile them', () => {
    expect(patternProblem('touch base')).toBeUndefined();
    expect(patternProblem('  ')).toBe('must not be empty');
    expect(patternProblem('a|b')).toMatch(/“\|” isn’t allowed/);
    expect(patternProblem('***')).toMatch(/at least one word/);
    expect(patternProblem('x'.repeat(101))).toMatch(/at most 100/);
    expect(() => patternRegExp('(a)')).toThrow(/must be plain words/);
  });
});

describe('effective weights', () => {
  const sum = (w: Record<string, number>) => Math.round(Object.values(w).reduce((a, b) => a + b, 0) * 100);

  it('keep the built-in weights without a playbook or without weights', () => {
    for (const p of [undefined, { weights: undefined }, { weights: {} }]) {
      const w = effectiveWeights(p, WEIGHTS);
      for (const role of ROLES) for (const d of DIMENSIONS) expect(w[role][d]).toBeCloseTo(WEIGHTS[role][d], 10);
    }
  });

  it('merge the given dimensions with the built-in ones and scale all six to 100%', () => {
    const w = effectiveWeights(SALES_PLAYBOOK, WEIGHTS);
    const merged = { ...WEIGHTS.prospecting, research: 0.35, personalization: 0.25 };
    const total = Object.values(merged).reduce((a, b) => a + b, 0);
    for (const d of DIMENSIONS) expect(Math.abs(w.prospecting[d] - merged[d] / total)).toBeLessThanOrEqual(0.01);
    // With today's built-in weights: 0.25 + 0.1 + 0.35 + 0.1 + 0.2 + 0.1 = 1.1.
    if (Math.abs(total - 1.1) < 1e-9) expect(w.prospecting).toEqual({ personalization: 0.23, commitments: 0.09, research: 0.32, ownership: 0.09, humility: 0.18, clarity: 0.09 });
    expect(w.prospecting.research).toBeGreaterThan(WEIGHTS.prospecting.research);
    expect(w.support).toEqual(WEIGHTS.support);
    for (const role of ROLES) expect(sum(w[role])).toBe(100);
  });

  it('always land on whole percents that add up to exactly 100', () => {
    const thirds = { prospecting: { personalization: 1, commitments: 1, research: 1, ownership: 0, humility: 0, clarity: 0 } };
    const w = effectiveWeights({ weights: thirds }, WEIGHTS).prospecting;
    expect(Object.values(w)).toEqual([0.34, 0.33, 0.33, 0, 0, 0]);
    for (const v of Object.values(w)) expect(Math.round(v * 100)).toBeCloseTo(v * 100, 9);
  });

  it('fall back to the built-in weights for a role that adds up to 0', () => {
    const zero = Object.fromEntries(DIMENSIONS.map((d) => [d, 0]));
    expect(effectiveWeights({ weights: { account: zero } }, WEIGHTS).account).toEqual(WEIGHTS.account);
  });
});

describe('export', () => {
  it('writes pretty JSON pointing at the packaged schema, in a fixed key order, that reads back the same', () => {
    const reversed = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).reverse()) as T;
    const shuffled: Playbook = { ...reversed(SALES_PLAYBOOK), weights: { prospecting: reversed(SALES_PLAYBOOK.weights!.prospecting!) }, rules: reversed(SALES_PLAYBOOK.rules!) };
    const text = exportPlaybook(shuffled);
    expect(text).toBe(exportPlaybook(SALES_PLAYBOOK));
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe(`  "$schema": "${PLAYBOOK_SCHEMA_FILE}",`);
    expect(Object.keys(JSON.parse(text))).toEqual(['$schema', 'format', 'schemaVersion', 'name', 'version', 'description', 'defaultRole', 'weights', 'rules', 'phrases', 'coachNotes']);
    const back = parsePlaybook(text);
    expect(back.ok && { ...back.playbook, $schema: undefined }).toEqual({ ...SALES_PLAYBOOK, $schema: undefined });
  });

  it('names the file after the playbook', () => {
    expect(playbookFileName(SALES_PLAYBOOK)).toBe('northwind-sales-playbook.json');
    expect(playbookFileName({ name: 'Équipe “Support” / EU' })).toBe('equipe-support-eu.json');
    expect(playbookFileName({ name: '***' })).toBe('playbook.json');
  });
});
