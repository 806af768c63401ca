// Fails when a rule is not registered, is misnamed, lacks its texts or examples, or is missing from the README.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleInfoModule, updateReadme } from '../../scripts/catalogue';
import { DIMENSIONS, KINDS, KINDS_BY_DIMENSION, ROLES, RULES } from '../../src/model/index';

const rulesDir = new URL('../../src/model/rules/', import.meta.url);
const files = readdirSync(rulesDir).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.replace(/\.ts$/, ''));
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('rule registry', () => {
  it('registers every rule file exactly once, under its file name', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([...files].sort());
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });
  it('covers every hint kind of the public vocabulary', () => {
    expect([...new Set(RULES.map((r) => r.kind))].sort()).toEqual([...KINDS].sort());
  });
  it.each(RULES.map((r) => [r.id, r] as const))('%s is complete', (_id, r) => {
    expect((KINDS_BY_DIMENSION[r.dimension] as readonly string[]).includes(r.kind)).toBe(true);
    expect(DIMENSIONS).toContain(r.dimension);
    expect(r.roles.length).toBeGreaterThan(0);
    for (const role of r.roles) expect(ROLES).toContain(role);
    expect(r.title.length).toBeGreaterThan(3);
    expect(r.flags.length).toBeGreaterThan(20);
    expect(r.why.length).toBeGreaterThan(40);
    expect(r.examples.flag.length).toBeGreaterThan(0);
    expect(r.examples.pass.length).toBeGreaterThan(0);
    expect(!!(r.sentence || r.document)).toBe(true);
  });
});

describe('src/model/rule-info.ts, the rules as the settings pages list them', () => {
  it('is exactly what the rules generate (run `npm run catalogue` after changing a rule)', () => {
    expect(readFileSync(new URL('../../src/model/rule-info.ts', import.meta.url), 'utf8')).toBe(ruleInfoModule());
  });
});

describe('README rule catalogue', () => {
  it('is exactly what the rules generate (run `npm run catalogue` after changing a rule)', () => {
    expect(updateReadme(readme)).toBe(readme);
  });
  const section = readme.slice(readme.indexOf('## Rule catalogue'));
  const rows = section.split('\n').filter((l) => /^\|\s*`[a-z-]+`/.test(l));
  it('has a section', () => expect(readme).toContain('## Rule catalogue'));
  it.each(RULES.map((r) => [r.id, r] as const))('lists %s with its dimension, roles and an example', (_id, r) => {
    const row = rows.find((l) => l.startsWith(`| \`${r.id}\``));
    expect(row, `README catalogue row for ${r.id}`).toBeDefined();
    const cells = row!.split('|').map((c) => c.trim());
    expect(cells[2]).toBe(r.dimension);
    expect(cells[3]).toBe(r.roles.length === ROLES.length ? 'all' : r.roles.join(', '));
    expect(cells[4]).toBe(r.flags.replace(/\|/g, '\\|'));
    expect(cells[5]?.length).toBeGreaterThan(2);
  });
  it('lists no rule that does not exist', () => {
    const ids = rows.map((l) => /^\|\s*`([a-z-]+)`/.exec(l)?.[1]);
    expect(ids.sort()).toEqual(RULES.map((r) => r.id).sort());
  });
});
