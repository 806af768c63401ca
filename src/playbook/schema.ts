/**
 * The team playbook: one JSON document a manager writes once and the whole
 * team coaches with. This zod schema is the single source of truth: the
 * validator, the TypeScript types and the published JSON Schema
 * (assets/playbook.schema.json, made by `npm run playbook-schema`) all come
 * from it, so every field carries a `.describe()` that documents it there.
 *
 * Pure: no DOM and no browser APIs, so the model and the CLI can use it.
 */
import { z } from 'zod';
import { DIMENSIONS, KINDS_BY_DIMENSION, ROLES, type Dimension, type Kind, type Role, type Severity } from '../model/types';
import { MAX_PATTERN_LENGTH, PLAIN_PATTERN, patternProblem, regexCharsMessage } from './pattern';

/** The value of every playbook's `format` field: tells a playbook apart from any other JSON file. */
export const PLAYBOOK_FORMAT = 'trust-coach-playbook';
/** The schema version this build reads and writes. A later shape bumps it (and this build refuses it). */
export const PLAYBOOK_SCHEMA_VERSION = 1;
/** Where the JSON Schema sits in the packaged extension (and what an exported file's `$schema` points at). */
export const PLAYBOOK_SCHEMA_FILE = 'playbook.schema.json';

export const SEVERITIES = ['info', 'warn', 'risk'] as const satisfies readonly Severity[];
/** A phrase without a severity counts as "worth fixing". */
export const DEFAULT_PHRASE_SEVERITY: Severity = 'warn';

/** Size limits: generous for real playbooks, small enough that a wrong file is refused quickly. */
export const LIMITS = {
  name: 80,
  version: 40,
  description: 500,
  id: 40,
  pattern: MAX_PATTERN_LENGTH,
  anyOf: 20,
  message: 200,
  suggestion: 200,
  replacement: 100,
  phrases: 200,
  note: 280,
  author: 60,
  coachNotes: 100,
} as const;

/** Every rule id (a rule's id is its hint kind), in catalogue order. */
export const RULE_IDS = DIMENSIONS.flatMap((d) => KINDS_BY_DIMENSION[d]) as unknown as readonly [Kind, ...Kind[]];

const dimensionOfKind = (kind: Kind): Dimension => DIMENSIONS.find((d) => (KINDS_BY_DIMENSION[d] as readonly string[]).includes(kind))!;

const text = (max: number, what: string) =>
  z
    .string()
    .min(1, { abort: true })
    .max(max, { abort: true })
    .refine((s) => s.trim() !== '', { message: 'must not be empty' })
    .describe(what);

const RoleSchema = z.enum(ROLES).describe('A kind of email: prospecting (a first email to a prospect), support (a reply to a customer’s problem) or account (an update to an existing customer).');

const RolesSchema = z
  .array(RoleSchema)
  .min(1)
  .max(ROLES.length)
  .refine((roles) => new Set(roles).size === roles.length, { message: 'lists a role twice' })
  .describe('The roles this applies to. Leave it out to apply to every role.');

const SeveritySchema = z.enum(SEVERITIES).describe('How the hint is shown: info (a tip), warn (worth fixing) or risk (a trust risk).');

const DimensionSchema = z.enum(DIMENSIONS).describe('The trust dimension this counts against: personalization, commitments, research, ownership, humility or clarity.');

const KindSchema = z.enum(RULE_IDS).describe('A hint kind (the same as its rule id), e.g. "no-next-step" or "policy-speak".');

const PatternSchema = z
  .string()
  .max(LIMITS.pattern, { abort: true })
  .regex(PLAIN_PATTERN, { error: (issue) => patternProblem(String(issue.input)) ?? regexCharsMessage(), abort: true })
  .superRefine((p, ctx) => {
    const problem = patternProblem(p);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .describe(
    'Plain words to look for, matched as whole words whatever their case. * inside a word stands for any letters ("apolog*"); * on its own stands for one word ("per * policy"). No regular expressions.',
  );

const PhraseIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'must be lower-case letters, digits and dashes, e.g. "no-touch-base"' })
  .max(LIMITS.id)
  .describe('An optional short id for the phrase (lower-case letters, digits and dashes), e.g. "no-touch-base". Must be unique in the playbook.');

/** What a rule becomes under this playbook. */
export const RuleSettingSchema = z
  .strictObject({
    enabled: z.boolean().optional().describe('false turns the rule off for the team; true (or leaving it out) keeps it on.'),
    severity: SeveritySchema.optional().describe('Shows the rule’s hints as info (a tip), warn (worth fixing) or risk (a trust risk) instead of the rule’s own severity.'),
    locked: z.boolean().optional().describe('true: the writer can’t turn this rule on or off themselves; the playbook decides.'),
  })
  .describe('How the team uses one rule.');

const rulesShape = Object.fromEntries(
  RULE_IDS.map((id) => [id, RuleSettingSchema.optional().describe(`The “${id}” rule (${dimensionOfKind(id)}).`)]),
) as Record<Kind, z.ZodOptional<typeof RuleSettingSchema>>;

const RulesSchema = z
  .strictObject(rulesShape)
  .describe('Rules the team turns on or off, re-grades or locks, by rule id. Rules not listed keep their built-in setting.');

const roleWeightsShape = Object.fromEntries(
  DIMENSIONS.map((d) => [d, z.number().min(0).max(1).optional().describe(`Weight of ${d} (0 to 1).`)]),
) as Record<Dimension, z.ZodOptional<z.ZodNumber>>;

const RoleWeightsSchema = z
  .strictObject(roleWeightsShape)
  .refine((w) => DIMENSIONS.some((d) => w[d] === undefined || w[d] > 0), { message: 'must give at least one dimension a weight above 0' })
  .describe('Weights for one role, 0 to 1 per dimension. Dimensions left out keep their built-in weight; all six are then scaled to add up to 1.');

const weightsShape = Object.fromEntries(ROLES.map((r) => [r, RoleWeightsSchema.optional().describe(`Weights for ${r} emails, 0 to 1 per dimension. Dimensions left out keep their built-in weight; then all six are scaled to add up to 1.`)])) as Record<
  Role,
  z.ZodOptional<typeof RoleWeightsSchema>
>;

const WeightsSchema = z
  .strictObject(weightsShape)
  .describe('How much each trust dimension counts toward the score, per role. Leave out a role to keep its built-in weights.');

const phraseCommon = {
  id: PhraseIdSchema.optional(),
  message: text(LIMITS.message, 'What the coach says when the phrase is found (avoid) or missing (require), in the team’s words.'),
  suggestion: text(LIMITS.suggestion, 'What to write instead, shown under the message.').optional(),
  severity: SeveritySchema.optional().meta({ default: DEFAULT_PHRASE_SEVERITY }).describe('How the hint is shown: info (a tip), warn (worth fixing, the default) or risk (a trust risk).'),
  dimension: DimensionSchema,
  roles: RolesSchema.optional(),
};

export const AvoidPhraseSchema = z
  .strictObject({
    type: z.literal('avoid').describe('"avoid": the coach flags the phrase wherever it appears.'),
    pattern: PatternSchema,
    ...phraseCommon,
    replacement: text(LIMITS.replacement, 'A one-click rewrite for the words found, e.g. "follow up". Leave it out when the sentence needs rethinking.').optional(),
  })
  .describe('A phrase the team avoids: each time it appears, the coach shows the message.');

export const RequirePhraseSchema = z
  .strictObject({
    type: z.literal('require').describe('"require": the coach reminds the writer when none of the words appear.'),
    pattern: PatternSchema.optional().describe('The words every email should include. Give this or anyOf.'),
    anyOf: z
      .array(PatternSchema)
      .min(1)
      .max(LIMITS.anyOf)
      .optional()
      .describe('Several ways to say it; any one of them counts, e.g. ["case #", "case number", "ticket #"]. Give this or pattern.'),
    ...phraseCommon,
  })
  .refine((p) => p.pattern !== undefined || p.anyOf !== undefined, { message: 'is missing: give the words to look for as "pattern", or several as "anyOf"', path: ['pattern'] })
  .describe('Something every email (of the given roles) should say: when it’s missing, the coach shows the message.');

export const PhraseSchema = z
  .discriminatedUnion('type', [AvoidPhraseSchema, RequirePhraseSchema])
  .describe('One of the team’s own phrases: "avoid" flags it, "require" asks for it.');

export const CoachNoteSchema = z
  .strictObject({
    kind: KindSchema.describe('The hint kind the note rides on: it shows whenever the coach shows a hint of this kind, e.g. "no-next-step".'),
    note: text(LIMITS.note, 'The manager’s own words, up to 280 characters, e.g. "Remember: always offer a time for the next call."'),
    author: text(LIMITS.author, 'Who wrote the note, shown after it, e.g. "Priya".').optional(),
    roles: RolesSchema.optional(),
  })
  .describe('A manager’s note shown with every hint of one kind.');

export const PlaybookSchema = z
  .strictObject({
    $schema: z.string().max(500).optional().describe('Where editors find this schema, e.g. "playbook.schema.json". Ignored by Trust Coach.'),
    format: z.literal(PLAYBOOK_FORMAT).describe(`Always "${PLAYBOOK_FORMAT}": marks the file as a Trust Coach playbook.`),
    schemaVersion: z.literal(PLAYBOOK_SCHEMA_VERSION).describe(`The playbook format’s version: ${PLAYBOOK_SCHEMA_VERSION}.`),
    name: text(LIMITS.name, 'The playbook’s name as the team sees it, e.g. "Northwind sales playbook".'),
    version: text(LIMITS.version, 'The team’s own version of the playbook: any text, e.g. "2026.11" or "1.4.0".'),
    description: text(LIMITS.description, 'What the playbook is for and who it’s for.').optional(),
    defaultRole: RoleSchema.optional().describe('The role to coach as when the writer hasn’t picked one. Leave it out to guess from each draft.'),
    weights: WeightsSchema.optional(),
    rules: RulesSchema.optional(),
    phrases: z.array(PhraseSchema).max(LIMITS.phrases).optional().describe('The team’s own phrases: ones to avoid, and ones every email should include.'),
    coachNotes: z.array(CoachNoteSchema).max(LIMITS.coachNotes).optional().describe('Managers’ notes, each shown with the hints of one kind.'),
  })
  .superRefine((p, ctx) => {
    const seen = new Map<string, number>();
    p.phrases?.forEach((phrase, i) => {
      if (phrase.id === undefined) return;
      const first = seen.get(phrase.id);
      if (first !== undefined) ctx.addIssue({ code: 'custom', path: ['phrases', i, 'id'], message: `is already used by phrase ${first + 1}: each phrase id must be unique` });
      else seen.set(phrase.id, i);
    });
  })
  .describe('A Trust Coach team playbook: the team’s own coaching, in one file.');

export type Playbook = z.infer<typeof PlaybookSchema>;
export type RuleSetting = z.infer<typeof RuleSettingSchema>;
export type AvoidPhrase = z.infer<typeof AvoidPhraseSchema>;
export type RequirePhrase = z.infer<typeof RequirePhraseSchema>;
export type PlaybookPhrase = z.infer<typeof PhraseSchema>;
export type CoachNote = z.infer<typeof CoachNoteSchema>;
export type PlaybookWeights = NonNullable<Playbook['weights']>;

/** The words a require phrase looks for: its pattern and/or its anyOf list. */
export function requiredPatterns(phrase: RequirePhrase): string[] {
  return [...(phrase.pattern !== undefined ? [phrase.pattern] : []), ...(phrase.anyOf ?? [])];
}

/** Does a phrase or note apply to this role? (No roles listed: every role.) */
export function appliesToRole(item: { roles?: readonly Role[] | undefined }, role: Role): boolean {
  return item.roles === undefined || item.roles.includes(role);
}
