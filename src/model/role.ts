import type { Draft, Role } from './types';
import weights from './learned/role-weights.json';
import { CUE_REASONS, loadRoleModel, roleFeatures, ROLE_ORDER, type RoleWeightsFile } from './learned/role-model';
import { topMessage } from './listening';
import { stem, words } from './text';

/**
 * A sensible default role, guessed from the whole context (the body, the
 * quoted message, the subject) by the learned role model
 * (learned/role-model.ts), with the reason a reader would give ("a reply to
 * a complaint"). The user's own choice always wins over this.
 */
export interface RoleGuess {
  role: Role;
  /** Why, in a few words: "a reply to a complaint", "words like “refund” and “ticket”". */
  reason: string;
  /** The model's confidence in the role (0..1). */
  confidence: number;
}

const MODEL = loadRoleModel(weights as RoleWeightsFile);

/** The first word of the text whose stem is `s` ("invoic" → "invoice"). */
function surface(s: string, texts: readonly string[]): string {
  for (const t of texts) for (const w of words(t)) if (stem(w.lower) === s) return w.lower;
  return s;
}

export function roleGuess(draft: Pick<Draft, 'body' | 'quoted' | 'subject'>): RoleGuess {
  const top = draft.quoted?.trim() ? topMessage(draft.quoted).text : undefined;
  const { probs, top: drivers } = MODEL.predict(roleFeatures(draft, top));
  const best = probs.indexOf(Math.max(...probs));
  const role = ROLE_ORDER[best]!;
  const cue = drivers.find((f) => f.startsWith('cue:'));
  const wordsOf = drivers.filter((f) => /^[bqs]:/.test(f)).slice(0, 2).map((f) => `“${surface(f.slice(2), [draft.body, top ?? '', draft.subject ?? ''])}”`);
  const reason = cue ? CUE_REASONS[cue]! : wordsOf.length > 0 ? `words like ${wordsOf.join(' and ')}` : 'nothing clearer in the draft yet';
  return { role, reason, confidence: probs[best]! };
}

/** The guessed role alone. */
export function guessRole(draft: Pick<Draft, 'body' | 'quoted' | 'subject'>): Role {
  return roleGuess(draft).role;
}
