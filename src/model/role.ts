import type { Draft, Role } from './types';
import weights from './learned/role-weights.json';
import { ACCOUNT_TALK, COMPLAINT, CUE_REASONS, CUE_ROLES, head, loadRoleModel, SUPPORT_TALK, roleFeatures, ROLE_ORDER, type RoleWeightsFile } from './learned/role-model';
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

// The rules kept beside the model, for drafts too short or too plain for it to be sure of (rubric: "a reply
// to a complaint is support"): replies to a complaint are support, other replies account work, first emails
// prospecting unless they talk support or account business.
function ruleGuess(draft: Pick<Draft, 'body' | 'quoted'>): RoleGuess {
  if (draft.quoted?.trim()) {
    return COMPLAINT.test(draft.quoted) || COMPLAINT.test(draft.body)
      ? { role: 'support', reason: 'a reply to a complaint', confidence: 0 }
      : { role: 'account', reason: 'a reply to their message', confidence: 0 };
  }
  if (SUPPORT_TALK.test(draft.body)) return { role: 'support', reason: 'it talks about a problem of theirs', confidence: 0 };
  if (ACCOUNT_TALK.test(draft.body)) return { role: 'account', reason: 'it updates a customer on their account', confidence: 0 };
  return { role: 'prospecting', reason: 'a first email, with no thread', confidence: 0 };
}

/** Below this confidence the model defers to the rules (chosen on the dev split). */
export const ROLE_MIN_CONFIDENCE = 0.5;

/** The first word of the text whose stem is `s` ("invoic" → "invoice"), in the part the model read. */
function surface(s: string, text: string): string {
  for (const w of words(head(text))) if (stem(w.lower) === s) return w.lower;
  return s;
}

export function roleGuess(draft: Pick<Draft, 'body' | 'quoted' | 'subject'>): RoleGuess {
  const top = draft.quoted?.trim() ? topMessage(draft.quoted).text : undefined;
  const { probs, top: drivers } = MODEL.predict(roleFeatures(draft, top));
  const best = probs.indexOf(Math.max(...probs));
  if (probs[best]! < ROLE_MIN_CONFIDENCE) return { ...ruleGuess(draft), confidence: probs[best]! };
  const role = ROLE_ORDER[best]!;
  // A cue is the reason only for the roles it argues for (CUE_ROLES); otherwise the words that drove the guess are,
  // each looked up in the text it came from (the body, the quoted message, the subject).
  const cue = drivers.find((f) => f.startsWith('cue:') && CUE_ROLES[f]?.includes(role));
  if (cue) return { role, reason: CUE_REASONS[cue]!, confidence: probs[best]! };
  const from = { b: draft.body, q: top ?? '', s: draft.subject ?? '' };
  const wordsOf = drivers.filter((f) => /^[bqs]:[a-z]{3}/.test(f)).slice(0, 2).map((f) => `“${surface(f.slice(2), from[f[0] as keyof typeof from])}”`);
  return { role, reason: wordsOf.length > 0 ? `words like ${wordsOf.join(' and ')}` : 'nothing clearer in the draft yet', confidence: probs[best]! };
}

/** The guessed role alone. */
export function guessRole(draft: Pick<Draft, 'body' | 'quoted' | 'subject'>): Role {
  return roleGuess(draft).role;
}
