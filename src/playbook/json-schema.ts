/**
 * The published schemas, generated from the zod schema so they can never
 * disagree with the validator:
 *
 * - `playbook.schema.json`: the playbook format as JSON Schema (draft
 *   2020-12), for editors (autocomplete, inline docs) and other tools.
 * - `managed_schema.json`: Chrome's managed-storage schema (the policies an
 *   administrator can set). Chrome accepts only a small JSON Schema subset
 *   there and refuses to load an extension whose schema it can't read, so it
 *   stays minimal: the playbook travels as JSON text.
 *
 * `npm run playbook-schema` writes both into assets/; a test checks that the
 * committed files match what this module renders.
 */
import { z } from 'zod';
import { RULES } from '../model/rules';
import { DIMENSIONS, KINDS_BY_DIMENSION } from '../model/types';
import { SALES_PLAYBOOK } from './samples';
import { PLAYBOOK_SCHEMA_FILE, PlaybookSchema, RULE_IDS } from './schema';

/** A non-network id (`.invalid` never resolves): names the schema without pointing anywhere. */
export const PLAYBOOK_SCHEMA_ID = `https://trust-coach.invalid/${PLAYBOOK_SCHEMA_FILE}`;
export const MANAGED_SCHEMA_FILE = 'managed_schema.json';

type Json = Record<string, unknown>;

/** The playbook format as a JSON Schema object. */
export function playbookJsonSchema(): Json {
  const generated = z.toJSONSchema(PlaybookSchema, { target: 'draft-2020-12', io: 'input' }) as Json;
  const { $schema, ...body } = generated;
  const properties = body.properties as Record<string, Json>;

  // Thirty identical rule settings read better as one definition with thirty titled references.
  const rules = properties.rules!;
  const ruleProps = rules.properties as Record<string, Json>;
  const ruleSetting = ruleProps[RULE_IDS[0]]!;
  const { description: _ruleDescription, ...ruleSettingBody } = ruleSetting;
  for (const id of RULE_IDS) {
    const rule = RULES.find((r) => r.id === id);
    const dimension = DIMENSIONS.find((d) => (KINDS_BY_DIMENSION[d] as readonly string[]).includes(id))!;
    ruleProps[id] = { $ref: '#/$defs/ruleSetting', description: rule ? `${rule.title} (${dimension}): ${rule.flags}` : `The “${id}” rule (${dimension}).` };
  }
  ruleSettingBody.description = 'How the team uses one rule: on or off, its severity, and whether writers may change it.';

  // A require phrase needs "pattern" or "anyOf": a zod refinement, which JSON Schema can say too.
  const phraseItems = (properties.phrases!.items as Json).oneOf as Json[];
  const requirePhrase = phraseItems.find((p) => ((p.properties as Record<string, Json>).type!.const as string) === 'require')!;
  requirePhrase.anyOf = [{ required: ['pattern'] }, { required: ['anyOf'] }];

  return {
    $schema,
    $id: PLAYBOOK_SCHEMA_ID,
    title: 'Trust Coach team playbook',
    ...body,
    description:
      'A team playbook for Trust Coach: the team’s own phrases to avoid or include, managers’ coach notes, which rules apply and how much each trust dimension counts. Save it as a .json file and import it in Trust Coach’s settings, or have an administrator push it as the "playbook" policy.',
    $defs: { ruleSetting: ruleSettingBody },
    examples: [SALES_PLAYBOOK],
  };
}

/** Chrome's managed storage schema: the two policies an administrator can set. */
export function managedSchema(): Json {
  return {
    type: 'object',
    properties: {
      playbook: {
        title: 'Team playbook',
        description: `The team playbook as JSON text (the format is described by ${PLAYBOOK_SCHEMA_FILE} in the extension). Every user coaches with it; users can’t edit or delete it. An invalid playbook is ignored and the reason is shown in the extension’s settings.`,
        type: 'string',
      },
      lockedRules: {
        title: 'Locked rules',
        description: `Rule ids users can’t turn on or off themselves, e.g. "policy-speak". Valid ids: ${RULE_IDS.join(', ')}.`,
        type: 'array',
        items: { type: 'string' },
      },
    },
  };
}

/** File name → exact file text (two-space JSON, trailing newline), as committed in assets/. */
export function renderSchemaFiles(): Record<string, string> {
  const text = (v: Json) => `${JSON.stringify(v, null, 2)}\n`;
  return { [PLAYBOOK_SCHEMA_FILE]: text(playbookJsonSchema()), [MANAGED_SCHEMA_FILE]: text(managedSchema()) };
}
