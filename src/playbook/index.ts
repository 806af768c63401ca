/**
 * Team playbooks: the pure part (schema, validation, patterns, weights,
 * managed policy, export), safe for the model, the CLI and the background.
 * Storage lives in ./store (needs the extension's storage); the settings-page
 * editor in ./PlaybooksSection.
 */
export * from './schema';
export { parsePlaybook, validatePlaybook, formatIssues, formatPath, MAX_PLAYBOOK_CHARS, type PlaybookIssue, type PlaybookResult } from './validate';
export { patternRegExp, patternSource, patternProblem, MAX_PATTERN_LENGTH } from './pattern';
export { effectiveWeights, type WeightTable } from './weights';
export { exportPlaybook, playbookFileName } from './export';
export { readManaged, interpretManaged, lockedRules, applyLocks, MANAGED_KEYS, type ActivePlaybook, type ManagedArea, type ManagedPolicy, type ManagedProblem } from './managed';
export { SALES_PLAYBOOK, SUPPORT_PLAYBOOK, blankPlaybook, playbookTemplates, type PlaybookTemplate } from './samples';
