import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MANAGED_SCHEMA_FILE, PLAYBOOK_SCHEMA_ID, renderSchemaFiles } from '../../src/playbook/json-schema';
import { SALES_PLAYBOOK, SUPPORT_PLAYBOOK, blankPlaybook } from '../../src/playbook/samples';
import { PLAYBOOK_SCHEMA_FILE, PlaybookSchema, RULE_IDS } from '../../src/playbook/schema';

type Schema = Record<string, unknown>;
const asset = (name: string) => readFileSync(new URL(`../../assets/${name}`, import.meta.url), 'utf8');

/**
 * A small JSON Schema checker for the keywords the generated schema uses:
 * enough to prove the published file describes the same playbooks the
 * validator accepts. Returns the paths that fail.
 */
function check(schema: Schema, value: unknown, root: Schema, path = ''): string[] {
  if (typeof schema.$ref === 'string') {
    const target = schema.$ref.replace('#/$defs/', '');
    return check((root.$defs as Record<string, Schema>)[target]!, value, root, path);
  }
  const bad = (why: string) => [`${path || '(root)'}: ${why}`];
  if ('const' in schema && value !== schema.const) return bad('const');
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return bad('enum');
  const type = schema.type as string | undefined;
  if (type === 'string') {
    if (typeof value !== 'string') return bad('type');
    if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) return bad('maxLength');
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) return bad('minLength');
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) return bad('pattern');
  }
  if (type === 'number' && (typeof value !== 'number' || value < (schema.minimum as number) || value > (schema.maximum as number))) return bad('number');
  if (type === 'boolean' && typeof value !== 'boolean') return bad('type');
  if (type === 'array') {
    if (!Array.isArray(value)) return bad('type');
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) return bad('maxItems');
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) return bad('minItems');
    return value.flatMap((v, i) => check(schema.items as Schema, v, root, `${path}[${i}]`));
  }
  if (Array.isArray(schema.oneOf)) {
    const matches = (schema.oneOf as Schema[]).filter((s) => check(s, value, root, path).length === 0);
    if (matches.length !== 1) return bad(`oneOf matched ${matches.length}`);
  }
  if (Array.isArray(schema.anyOf) && !(schema.anyOf as Schema[]).some((s) => check(s, value, root, path).length === 0)) return bad('anyOf');
  if (type === 'object' || schema.required) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return type === 'object' ? bad('type') : [];
    const obj = value as Record<string, unknown>;
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    const errors: string[] = [];
    for (const key of (schema.required as string[] | undefined) ?? []) if (!(key in obj)) errors.push(`${path}.${key}: required`);
    for (const [key, v] of Object.entries(obj)) {
      if (props[key]) errors.push(...check(props[key], v, root, `${path}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${path}.${key}: not allowed`);
    }
    return errors;
  }
  return [];
}

describe('published schemas', () => {
  it('the committed files are exactly what `npm run playbook-schema` writes (never stale)', () => {
    const files = renderSchemaFiles();
    expect(Object.keys(files).sort()).toEqual([MANAGED_SCHEMA_FILE, PLAYBOOK_SCHEMA_FILE].sort());
    for (const [name, text] of Object.entries(files)) expect(asset(name), `assets/${name} is stale: run npm run playbook-schema`).toBe(text);
  });

  it('documents the playbook: draft 2020-12, a non-network id, every top-level field with a description', () => {
    const schema = JSON.parse(asset(PLAYBOOK_SCHEMA_FILE)) as Schema;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(PLAYBOOK_SCHEMA_ID);
    expect(new URL(PLAYBOOK_SCHEMA_ID).hostname.endsWith('.invalid')).toBe(true);
    expect(schema.title).toBe('Trust Coach team playbook');
    const props = schema.properties as Record<string, Schema>;
    expect(Object.keys(props)).toEqual(Object.keys(PlaybookSchema.shape));
    expect(Object.keys(props)).toEqual(['$schema', 'format', 'schemaVersion', 'name', 'version', 'description', 'defaultRole', 'weights', 'rules', 'phrases', 'coachNotes']);
    for (const [key, p] of Object.entries(props)) expect(p.description, key).toEqual(expect.any(String));
    expect(schema.required).toEqual(['format', 'schemaVersion', 'name', 'version']);
    expect(Object.keys((props.rules!.properties as object) ?? {})).toEqual([...RULE_IDS]);
    expect((props.rules!.properties as Record<string, Schema>)['policy-speak']!.description).toMatch(/^Hiding behind policy \(ownership\): /);
  });

  it('accepts the samples and refuses what the validator refuses', () => {
    const schema = JSON.parse(asset(PLAYBOOK_SCHEMA_FILE)) as Schema;
    for (const p of [SALES_PLAYBOOK, SUPPORT_PLAYBOOK, blankPlaybook(), ...(schema.examples as unknown[])]) expect(check(schema, p, schema)).toEqual([]);
    const bad = {
      ...SALES_PLAYBOOK,
      schemaVersion: 2,
      colour: 'blue',
      rules: { jargn: {}, jargon: { severity: 'critical' } },
      weights: { support: { research: 2 } },
      phrases: [{ type: 'require', message: 'm', dimension: 'clarity' }, { type: 'avoid', pattern: '(a|b)', message: 'm', dimension: 'clarity' }],
      coachNotes: [{ kind: 'no-nxt-step', note: 'x' }],
    };
    expect(check(schema, bad, schema).map((e) => e.split(':')[0])).toEqual(
      expect.arrayContaining(['.schemaVersion', '.colour', '.rules.jargn', '.rules.jargon.severity', '.weights.support.research', '.phrases[0]', '.phrases[1]', '.coachNotes[0].kind']),
    );
  });

  it('gives Chrome a managed schema it accepts: a plain object of two policies, each with exactly one type', () => {
    const managed = JSON.parse(asset(MANAGED_SCHEMA_FILE)) as Schema;
    expect(managed.type).toBe('object');
    expect(managed).not.toHaveProperty('additionalProperties');
    const props = managed.properties as Record<string, Schema>;
    expect(Object.keys(props)).toEqual(['playbook', 'lockedRules']);
    expect(props.playbook).toMatchObject({ type: 'string', title: expect.any(String), description: expect.any(String) });
    expect(props.lockedRules).toMatchObject({ type: 'array', items: { type: 'string' } });
    const walk = (s: Schema): void => {
      expect(Number('type' in s) + Number('$ref' in s)).toBe(1);
      for (const child of Object.values((s.properties ?? {}) as Record<string, Schema>)) walk(child);
      if (s.items) walk(s.items as Schema);
    };
    walk(managed);
  });
});
