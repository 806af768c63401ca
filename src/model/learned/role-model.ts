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
  'cue:support-talk': 'it talks about a problem of theirs',
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

export const COMPLAINT = /\b(?:problems?|issues?|errors?|broken|refund\w*|charged (?:\w+ )?twice|double[- ]charged|not working|complain(?:t|ts|ed|ing)?|disappointed|still waiting|overcharged|cancel(?:led|ed)?|wrong|late|missing|failed|failing|outage|down|frustrat\w*|unacceptable|leak(?:s|ed|ing)?|damaged|faulty|defective|cracked|delayed|overdue|stopped working|still (?:no|not|haven['’]t)|(?:haven['’]t|have not|hasn['’]t|has not) (?:received|arrived|heard|turned up)|no sign of|excursion|spoil(?:ed|t)|incorrect)\b/i;
export const SUPPORT_TALK = /\b(?:refund(?:ed|s)?|ticket|frustrat\w*|(?:per )?our policy|case (?:number|#)|inconvenience|troubleshoot\w*|reset your|outage|replacement|apologi[sz]e|sorry for|the (?:bug|error|issue|problem)|our (?:engineers|support team))\b/i;
export const ACCOUNT_TALK = /\b(?:(?:quick|status|project|rollout|monthly|weekly) update|update on (?:the|your)|as (?:we )?(?:discussed|agreed)|following up on (?:our|the) (?:call|meeting|conversation|review)|roll-?out|go(?:es)? live|went live|renewal|kick-?off|QBR|business review|your (?:account|contract|subscription|order|renewal|rollout|implementation|deployment|invoice|go-live|team))\b/i;

const MAX_WORDS = 300;
/** Mail words run under 20 characters with their spaces: the first 300 lie well inside the first 6,000. */
const MAX_HEAD_CHARS = 6_000;
/** The first 300 words, read without tokenising the rest of a long draft (this runs on every edit). */
export const head = (text: string) => {
  const ws = words(text.length > MAX_HEAD_CHARS ? text.slice(0, MAX_HEAD_CHARS) : text);
  return ws.length > MAX_WORDS ? text.slice(0, ws[MAX_WORDS]!.start) : text;
};

/**
 * The text read for the role, with each name in it (a capitalised word that does not start a sentence: "Hi Priya",
 * "at Verdant") as the one word "xname": who the email greets or what the company is called says nothing of the
 * role, and a model that learns names learns its training set. Adds each pair of neighbouring words, as written (lower
 * case, function words kept): the role lives in phrases more than in words ("we help", "thank you for contacting",
 * "your account", "as discussed"). With the pairs, the role guess read 0.78 of the train split's emails right in
 * leave-one-file-out cross-validation (scripts/eval/role-cv.ts), against 0.74 on words alone; with names masked, 0.80.
 * One pass over the words for both.
 */
function readForRole(text: string, pairPrefix: string, out: Set<string>): string {
  let masked = '';
  let at = 0;
  let prevEnd = -1;
  let prev: string | undefined;
  for (const w of words(text)) {
    // A sentence starts at the first word and after a stop, a colon or a line break.
    const starts = prevEnd < 0 || /[.!?:;\n]/.test(text.slice(prevEnd, w.start));
    prevEnd = w.end;
    const name = !starts && /^[A-Z][a-z]/.test(w.text);
    if (name) {
      masked += `${text.slice(at, w.start)}xname`;
      at = w.end;
    }
    const lower = name ? 'xname' : w.lower;
    if (prev !== undefined) out.add(`${pairPrefix}${prev} ${lower}`);
    prev = lower;
  }
  return masked + text.slice(at);
}

/** The features of a draft for the role model (each at most once). */
export function roleFeatures(draft: Pick<Draft, 'body' | 'quoted' | 'subject'>, quotedTop?: string): string[] {
  const out = new Set<string>();
  const body = readForRole(head(draft.body), '2:', out);
  for (const s of contentStems(body)) out.add(`b:${s}`);
  const quoted = quotedTop ?? draft.quoted ?? '';
  if (quoted.trim()) {
    const q = readForRole(head(quoted), 'q2:', out);
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

/**
 * The value of each feature (in order): a cue, what a reader would name ("a reply to a complaint"), counts 1; a
 * word or a pair of words counts 5/√n, n the number of them, so that a draft's evidence does not grow with its
 * length. With a value of 1 each, a short update ("quick update on the rollout: 40 of your 55 stores are live") had
 * too few words to outweigh the bias learned from long emails, and short drafts read as prospecting. The scale 5
 * was chosen by the cross-validation over train files (scripts/eval/role-cv.ts; 2, 3 and 5 tried, 0.79 to 0.80 right).
 */
export function featureValues(features: readonly string[]): number[] {
  const n = features.filter((f) => !f.startsWith('cue:')).length;
  const x = n > 0 ? 5 / Math.sqrt(n) : 0;
  return features.map((f) => (f.startsWith('cue:') ? 1 : x));
}

export function loadRoleModel(file: RoleWeightsFile): RoleModel {
  if (file.roles.join() !== ROLE_ORDER.join()) throw new Error('role weights: roles out of order');
  const K = ROLE_ORDER.length;
  return {
    predict(features) {
      const z = file.bias.slice();
      const values = featureValues(features);
      const rows = features.map((f, i) => [f, file.weights[f], values[i]!] as const).filter((r): r is readonly [string, number[], number] => !!r[1]);
      for (const [, w, x] of rows) for (let k = 0; k < K; k++) z[k]! += w[k]! * x;
      const m = Math.max(...z);
      const e = z.map((x) => Math.exp(x - m));
      const sum = e.reduce((a, b) => a + b, 0);
      const probs = e.map((x) => x / sum);
      const best = probs.indexOf(Math.max(...probs));
      // A feature's push toward the winner, against the mean of the others.
      const push = (w: number[]) => w[best]! - (w.reduce((a, b) => a + b, 0) - w[best]!) / (K - 1);
      const top = rows.filter(([, w]) => push(w) > 0).sort((a, b) => push(b[1]) * b[2] - push(a[1]) * a[2] || (a[0] < b[0] ? -1 : 1)).map(([f]) => f);
      return { probs, top };
    },
  };
}
