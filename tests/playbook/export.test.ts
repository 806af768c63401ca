/** playbookFileName (src/playbook/export.ts): the slug's "-" trimmed by scans since issue 18. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { playbookFileName } from '../../src/playbook/export';
import { expectSameAsOld } from '../same-as-old';

function oldFileName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'playbook'}.json`;
}

describe('playbookFileName', () => {
  it('is what the old regexes gave', () => {
    const piece = fc.constantFrom('Northwind', ' ', '-', '--', 'Sales', 'playbook', 'é', '!', 'x'.repeat(30), '2026');
    expectSameAsOld(piece, (name) => playbookFileName({ name }), oldFileName, { maxLength: 10, numRuns: 3000 });
    expect(playbookFileName({ name: 'Northwind sales playbook' })).toBe('northwind-sales-playbook.json');
    expect(playbookFileName({ name: '  Équipe  Support! ' })).toBe('equipe-support.json');
    expect(playbookFileName({ name: '!!!' })).toBe('playbook.json');
  });

  it('long runs of "-" and spaces', () => {
    const N = 50_000;
    // "a" then one "-" for the whole run, then "b".
    expect(playbookFileName({ name: `${'-'.repeat(N)}a${' -'.repeat(N)}b` })).toBe('a-b.json');
    expect(playbookFileName({ name: `a${'-'.repeat(N)}` })).toBe('a.json');
  });
});
