/** Trust Coach's trust model: pure, local, explainable. */
export { analyze, createSession, MAX_ANALYZED_CHARS, type Session } from './analyze';
export { hintKey } from './hint-key';
export { RULES } from './rules/index';
export { guessRole, roleGuess, type RoleGuess } from './role';
export { WEIGHTS, bandOf, gainOf } from './score';
export * from './types';
export type { Rule, Example } from './rule';
