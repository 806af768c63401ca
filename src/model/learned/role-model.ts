import { contentStems, words } from '../text';
import type { Draft, Role } from '../types';

/**
 * The role guess, learned: a softmax regression over what the whole context
 * says (the body's words, the quoted message's words, the subject, whether it
 * is a reply, and a few cues a reader would name), trained by `npm run train`
 * on the roles of the labelled emails (eval/, train split).
 */
export const ROLE_ORDER: readonly Role[] = ['prospecting', 'support', 'account'];

export interface RoleWeightsFile {
  version: 1;
  roles: Role[];
  bias: number[];
  /** Feature → one weight per role, in `roles` order. */
  weights: Record<string, number[]>;
  meta?: Record<string, unknown>;
}

/** What a reader would name as the reason for a guess ("a reply to a complaint"). */
export const CUE_REASONS: Record<string, string> = {
  'cue:complaint-reply': 'a reply to a complaint',
  'cue:reply': 'a reply to their message',
  'cue:first': 'a first email, with no thread',
  'cue:support-talk': 'it talks about a refund, a ticket or an outage',
  'cue:account-talk': 'it updates a customer on their account',
  'cue:subject-re': 'its subject is a reply',
};

/**
 * The roles each cue can be said to argue for. The model learns what a cue does to the odds, and on real mail
 * "no thread" also leans towards account work (internal notes, updates): but "a first email, with no thread" is
 * no reason a reader would accept for calling an email account work. A cue is named only for its own roles;
 * otherwise the words that drove the guess are.
 */
export const CUE_ROLES: Record<string, readonly Role[]> = {
  'cue:complaint-reply': ['support'],
  'cue:reply': ['account', 'support'],
  'cue:first': ['prospecting'],
  'cue:support-talk': ['support'],
  'cue:account-talk': ['account'],
  'cue:subject-re': ['account', 'support'],
};

const COMPLAINT = /\b(?:problems?|issues?|errors?|broken|refund\w*|charged (?:\w+ )?twice|double[- ]charged|not working|complain(?:t|ts|ed|ing)?|disappointed|still waiting|charged twice|overcharged|cancel(?:led|ed)?|wrong|late|missing|failed|failing|outage|down|frustrat\w*|unacceptable)\b/i;
const SUPPORT_TALK = /\b(?:refund(?:ed|s)?|ticket|frustrat\w*|(?:per )?our policy|case (?:number|#)|inconvenience|troubleshoot\w*|reset your|outage|replacement|apologi[sz]e|sorry for|the (?:bug|error|issue|problem)|our (?:engineers|support team))\b/i;
const ACCOUNT_TALK = /\b(?:(?:quick|status|project|rollout|monthly|weekly) update|update on (?:the|your)|as (?:we )?(?:discussed|agreed)|following up on (?:our|the) (?:call|meeting|conversation|review)|roll-?out|go(?:es)? live|went live|renewal|kick-?off|QBR|business review|your (?:account|contract|subscription|order|renewal|rollout|implementation|deployment|invoice|go-live|team))\b/i;

const MAX_WORDS = 300;
const head = (text: string) => {
  const ws = words(text);
  return ws.length > MAX_WORDS ? text.slice(0, ws[MAX_WORDS]!.start) : text;
};

/** The features of a draft for the role model (each at most once). */
export function roleFeatures(draft: Pick<Draft, 'body' | 'quoted' | 'subject'>, quotedTop?: string): string[] {
  const out = new Set<string>();
  const body = head(draft.body);
  for (const s of contentStems(body)) out.add(`b:${s}`);
  const quoted = quotedTop ?? draft.quoted ?? '';
  if (quoted.trim()) {
    const q = head(quoted);
    for (const s of contentStems(q)) out.add(`q:${s}`);
    out.add(COMPLAINT.test(q) ? 'cue:complaint-reply' : 'cue:reply');
  } else out.add('cue:first');
  if (draft.subject) {
    for (const s of contentStems(draft.subject)) out.add(`s:${s}`);
    if (/^\s*(?:re|aw|sv)\s*:/i.test(draft.subject)) out.add('cue:subject-re');
  }
  if (SUPPORT_TALK.test(body)) out.add('cue:support-talk');
  if (ACCOUNT_TALK.test(body)) out.add('cue:account-talk');
  return [...out];
}

export interface RoleModel {
  /** Probabilities per role (ROLE_ORDER) and the features that pushed the winner most. */
  predict(features: readonly string[]): { probs: number[]; top: string[] };
}

export function loadRoleModel(file: RoleWeightsFile): RoleModel {
  if (file.roles.join() !== ROLE_ORDER.join()) throw new Error('role weights: roles out of order');
  const K = ROLE_ORDER.length;
  return {
    predict(features) {
      const z = file.bias.slice();
      const rows = features.map((f) => [f, file.weights[f]] as const).filter((r): r is readonly [string, number[]] => !!r[1]);
      for (const [, w] of rows) for (let k = 0; k < K; k++) z[k]! += w[k]!;
      const m = Math.max(...z);
      const e = z.map((x) => Math.exp(x - m));
      const sum = e.reduce((a, b) => a + b, 0);
      const probs = e.map((x) => x / sum);
      const best = probs.indexOf(Math.max(...probs));
      // A feature's push toward the winner, against the mean of the others.
      const push = (w: number[]) => w[best]! - (w.reduce((a, b) => a + b, 0) - w[best]!) / (K - 1);
      const top = rows.filter(([, w]) => push(w) > 0).sort((a, b) => push(b[1]) - push(a[1]) || (a[0] < b[0] ? -1 : 1)).map(([f]) => f);
      return { probs, top };
    },
  };
}
