import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { interpretManaged } from '../../src/playbook/managed';
import { parsePlaybook } from '../../src/playbook/validate';

const readme = readFileSync(new URL('../../src/playbook/README.md', import.meta.url), 'utf8');
const jsonBlocks = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('playbook README examples', () => {
  it('the example playbook is valid', () => {
    const result = parsePlaybook(jsonBlocks[0]!);
    expect(result.ok && result.playbook.name).toBe('Northwind sales playbook');
  });

  it('the Linux and Firefox policy files carry a valid playbook and known locked rules', () => {
    const linux = JSON.parse(jsonBlocks.find((b) => b.includes('"3rdparty"') && b.includes('"extensions"'))!) as { '3rdparty': { extensions: Record<string, Record<string, unknown>> } };
    const firefox = JSON.parse(jsonBlocks.find((b) => b.includes('"Extensions"'))!) as { policies: { '3rdparty': { Extensions: Record<string, Record<string, unknown>> } } };
    expect(Object.keys(firefox.policies['3rdparty'].Extensions)).toEqual(['trust-coach@trustcoach.app']);
    for (const policy of [Object.values(linux['3rdparty'].extensions)[0]!, firefox.policies['3rdparty'].Extensions['trust-coach@trustcoach.app']!]) {
      const read = interpretManaged(policy);
      expect(read.problems).toEqual([]);
      expect(read.playbook?.name).toBe('Support desk playbook');
      expect(read.lockedRules).toEqual(['policy-speak', 'no-prevention']);
    }
  });

  it('the JSON text shown for policies is the same playbook', () => {
    const quoted = /^"\{\\"format\\".*\}"$/m.exec(readme)![0];
    const result = parsePlaybook(JSON.parse(quoted) as string);
    expect(result.ok && result.playbook.rules).toEqual({ 'policy-speak': { severity: 'risk', locked: true } });
  });
});
