/**
 * A playbook's weights merged with the built-in ones, as the editor shows
 * them. The merge itself is the model's (`weightsFor`), so what the manager
 * sees is exactly what the score uses.
 */
// From the model's own files, not its index: the index brings the analyzer and its language model.
import { ROLES, type Dimension, type Role } from '../model/types';
import { WEIGHTS } from '../model/score';
import { readPlaybook, weightsFor } from '../model/playbook';
import type { Playbook } from './schema';

export type WeightTable = Record<Role, Record<Dimension, number>>;

/** Merged, renormalized weights per role, in whole percents that add up to exactly 100%. */
export function effectiveWeights(playbook: Pick<Playbook, 'weights'> | undefined, builtIn: WeightTable = WEIGHTS): WeightTable {
  const model = readPlaybook(playbook ?? {});
  return Object.fromEntries(ROLES.map((role) => [role, builtIn === WEIGHTS ? weightsFor(role, model) : weightsFor(role, model, builtIn[role])])) as WeightTable;
}
