import type { Draft, Role } from './types';

const COMPLAINT = /\b(?:problems?|issues?|errors?|broken|refunds?|not working|complain(?:t|ts|ed|ing)?|disappointed|still waiting|charged twice|overcharged|cancel(?:led|ed)?|wrong|late|missing)\b/i;

/**
 * A sensible default role (rubric: "a reply to a complaint is support"):
 * replies to a complaint are support, other replies are account work, first
 * emails are prospecting. The user's own choice always wins over this.
 */
// A new message can be support work too: refunds, tickets, outages say so at once...
const SUPPORT_TALK = /\b(?:refund(?:ed|s)?|ticket|case (?:number|#)|inconvenience|troubleshoot\w*|reset your|outage|replacement)\b/i;
// ...while an apology or a policy alone does not: "sorry for the cold email" is still prospecting.
const SUPPORT_HINTS = /\b(?:frustrat\w*|apologi[sz]e|sorry|our policy|charged|not working|the (?:bug|error|issue|problem))\b/gi;
const isSupportTalk = (body: string) => SUPPORT_TALK.test(body) || new Set(body.match(SUPPORT_HINTS)?.map((m) => m.toLowerCase())).size >= 2;

// ...or an update to a customer: a rollout, a renewal, their order, what was agreed on a call.
const ACCOUNT_TALK = /\b(?:(?:quick|status|project|rollout|monthly|weekly) update|update on (?:the|your)|as (?:we )?(?:discussed|agreed)|following up on (?:our|the) (?:call|meeting|conversation|review)|roll-?out|go(?:es)? live|went live|renewal|kick-?off|QBR|business review|your (?:account|contract|subscription|order|renewal|rollout|implementation|deployment|invoice|go-live))\b/i;

export function guessRole(draft: Pick<Draft, 'body' | 'quoted'>): Role {
  if (draft.quoted === undefined || draft.quoted.trim() === '') {
    return isSupportTalk(draft.body) ? 'support' : ACCOUNT_TALK.test(draft.body) ? 'account' : 'prospecting';
  }
  return COMPLAINT.test(draft.quoted) || COMPLAINT.test(draft.body) ? 'support' : 'account';
}
