import type { Draft, Role } from './types';

const COMPLAINT = /\b(?:problems?|issues?|errors?|broken|refunds?|not working|complain(?:t|ts|ed|ing)?|disappointed|still waiting|charged twice|overcharged|cancel(?:led|ed)?|wrong|late|missing)\b/i;

/**
 * A sensible default role (rubric: "a reply to a complaint is support"):
 * replies to a complaint are support, other replies are account work, first
 * emails are prospecting. The user's own choice always wins over this.
 */
// A new message can be support work too: apologies, refunds, tickets, policy.
const SUPPORT_TALK = /\b(?:refund(?:ed|s)?|ticket|case (?:number|#)|frustrat\w*|inconvenience|apologi[sz]e|sorry|our policy|troubleshoot\w*|reset your|outage|replacement)\b/i;

// ...or an update to a customer: a rollout, a renewal, their order, what was agreed on a call.
const ACCOUNT_TALK = /\b(?:(?:quick|status|project|rollout|monthly|weekly) update|update on (?:the|your)|as (?:we )?(?:discussed|agreed)|following up on (?:our|the) (?:call|meeting|conversation|review)|roll-?out|go(?:es)? live|went live|renewal|kick-?off|QBR|business review|your (?:account|contract|subscription|order|renewal|rollout|implementation|deployment|invoice|go-live))\b/i;

export function guessRole(draft: Pick<Draft, 'body' | 'quoted'>): Role {
  if (draft.quoted === undefined || draft.quoted.trim() === '') {
    return SUPPORT_TALK.test(draft.body) ? 'support' : ACCOUNT_TALK.test(draft.body) ? 'account' : 'prospecting';
  }
  return COMPLAINT.test(draft.quoted) || COMPLAINT.test(draft.body) ? 'support' : 'account';
}
