import type { Draft, Role } from './types';
import weights from './learned/role-weights.json';
import { ACCOUNT_TALK, COMPLAINT, CUE_REASONS, CUE_ROLES, head, loadRoleModel, SUPPORT_TALK, roleFeatures, ROLE_ORDER, type RoleWeightsFile } from './learned/role-model';
import { topMessage } from './listening';
import { stem, STOPWORDS, words } from './text';

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
  /** The cue the reason names, when a cue is the reason ("cue:complaint-reply"; learned/role-model.ts CUE_REASONS). */
  cue?: string;
  /** The model's confidence in the role (0..1). */
  confidence: number;
  /** Whether the guess is sure enough to state (ROLE_SURE); the panel asks the writer to check it otherwise. */
  sure: boolean;
}

const MODEL = loadRoleModel(weights as RoleWeightsFile);

// The rules kept beside the model, for drafts too short or too plain for it to be sure of (rubric: "a reply
// to a complaint is support"): replies to a complaint are support, other replies account work, first emails
// prospecting unless they talk support or account business.
function ruleGuess(draft: Pick<Draft, 'body' | 'quoted'>): Pick<RoleGuess, 'role' | 'reason'> {
  if (draft.quoted?.trim()) {
    return COMPLAINT.test(draft.quoted) || COMPLAINT.test(draft.body)
      ? { role: 'support', reason: 'a reply to a complaint' }
      : { role: 'account', reason: 'a reply to their message' };
  }
  if (SUPPORT_TALK.test(draft.body)) return { role: 'support', reason: withWords(CUE_REASONS['cue:support-talk']!, SUPPORT_WORDS, draft.body) };
  if (ACCOUNT_TALK.test(draft.body)) return { role: 'account', reason: withWords(CUE_REASONS['cue:account-talk']!, ACCOUNT_WORDS, draft.body) };
  return { role: 'prospecting', reason: 'a first email, with no thread' };
}

const SUPPORT_WORDS = new RegExp(SUPPORT_TALK.source, 'gi');
const ACCOUNT_WORDS = new RegExp(ACCOUNT_TALK.source, 'gi');
/** The words a talk cue stood on, kept for its reason. */
const CUE_WORDS: Record<string, RegExp> = { 'cue:support-talk': SUPPORT_WORDS, 'cue:account-talk': ACCOUNT_WORDS };
/**
 * A cue's reason with the words of the draft it stood on: "it talks about a problem of theirs (“frustration”, “our
 * policy”)", not a list of words the draft may not hold ("a refund, a ticket or an outage" for a draft with neither).
 */
function withWords(reason: string, pattern: RegExp, body: string): string {
  const found: string[] = [];
  for (const m of head(body).matchAll(pattern)) {
    const w = m[0].toLowerCase();
    if (!found.includes(w)) found.push(w);
    if (found.length === 2) break;
  }
  return found.length ? `${reason} (${found.map((w) => `“${w}”`).join(', ')})` : reason;
}

/** Below this confidence the model defers to the rules (chosen on the dev split). */
export const ROLE_MIN_CONFIDENCE = 0.5;
/**
 * Below this confidence the guess is shown as unsure, and the writer asked to check it. On the dev split's 116 labelled
 * emails, guesses under 0.6 were right 11 times in 18, those at or above it 87 times in 98 (scripts/eval: role).
 */
export const ROLE_SURE = 0.6;

/** Each stem of the part of a text the model read, with the first word that has it ("invoic" → "invoice"). */
function surfaces(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const common = new Set<string>();
  for (const w of words(head(text))) {
    const s = stem(w.lower);
    if (!out.has(s)) out.set(s, w.lower);
    if (w.text[0] === w.lower[0]) common.add(s);
  }
  // A word only ever written with a capital is a name ("Sara", "October", "Ikeja"): no reason a writer would take.
  for (const s of out.keys()) if (!common.has(s)) out.delete(s);
  return out;
}

/** Small words the role model may weigh but a writer would not take for a reason. */
const FUNCTION_WORDS = new Set(['per', 'via', 'etc', 'plus', 'also', 'just', 'still', 'really', 'very', 'well', 'even', 'already', 'yet', 'though', 'however', 'whose', "what's", 'him', 'her', 'his', 'hers']);

export function roleGuess(draft: Pick<Draft, 'body' | 'quoted' | 'subject'>): RoleGuess {
  const top = draft.quoted?.trim() ? topMessage(draft.quoted).text : undefined;
  const { probs, top: drivers } = MODEL.predict(roleFeatures(draft, top));
  const best = probs.indexOf(Math.max(...probs));
  const confidence = probs[best]!;
  const sure = confidence >= ROLE_SURE;
  if (confidence < ROLE_MIN_CONFIDENCE) return { ...ruleGuess(draft), confidence, sure };
  const role = ROLE_ORDER[best]!;
  // A cue is the reason only for the roles it argues for (CUE_ROLES); otherwise the words that drove the guess are,
  // each looked up in the text it came from (the body, the quoted message, the subject).
  const cue = drivers.find((f) => f.startsWith('cue:') && CUE_ROLES[f]?.includes(role));
  if (cue) return { role, reason: CUE_WORDS[cue] ? withWords(CUE_REASONS[cue]!, CUE_WORDS[cue], draft.body) : CUE_REASONS[cue]!, cue, confidence, sure };
  // The first two drivers that are words of the draft, each text read once at most (this runs on every edit). A name the
  // model read as "xname" ("Hi Sam") is no word of the draft to show.
  const from = { b: draft.body, q: top ?? '', s: draft.subject ?? '' };
  const read = new Map<string, Map<string, string>>();
  const wordsOf: string[] = [];
  for (const f of drivers) {
    if (wordsOf.length === 2) break;
    if (!/^[bqs]:[a-z]{3}/.test(f)) continue;
    let seen = read.get(f[0]!);
    if (!seen) read.set(f[0]!, (seen = surfaces(from[f[0] as keyof typeof from])));
    const w = seen.get(f.slice(2));
    // A word that says nothing of the email's kind to the writer ("per", "via") is no reason to show, however it weighs.
    if (w && !STOPWORDS.has(w.toLowerCase()) && !FUNCTION_WORDS.has(w.toLowerCase())) wordsOf.push(`“${w}”`);
  }
  return { role, reason: wordsOf.length > 0 ? `words like ${wordsOf.join(' and ')}` : 'nothing clearer in the draft yet', confidence, sure };
}

/** The guessed role alone. */
export function guessRole(draft: Pick<Draft, 'body' | 'quoted' | 'subject'>): Role {
  return roleGuess(draft).role;
}
