import type { Role } from '../types';
import type { Rule } from '../rule';

/** Word counts past which replies fall off (Boomerang: 50–125 words answered best; support replies run longer). */
export const LIMITS: Record<Role, number> = { prospecting: 150, support: 250, account: 250 };

const rule: Rule = {
  id: 'too-long',
  kind: 'too-long',
  dimension: 'clarity',
  roles: ['prospecting', 'support', 'account'],
  title: 'Too long',
  flags: 'An email longer than its role calls for (prospecting 150 words, support and account 250).',
  why: 'Long emails get skimmed and the promise in them missed; Boomerang\'s study of tens of millions of emails found 50–125 words answered best. A soft signal, not trust by itself.',
  severity: 'info',
  document(doc) {
    const limit = LIMITS[doc.role];
    const words = doc.contentWords;
    if (words <= limit) return [];
    // Point at the sentence where the email crosses the limit.
    let count = 0;
    const at = doc.sentences.find((s) => (count += s.view.words.length) > limit) ?? doc.sentences[doc.sentences.length - 1];
    const over = words / limit;
    return [{
      start: at?.start ?? 0, end: at?.end ?? 0, severity: over > 1.5 ? 'warn' : 'info',
      penalty: Math.min(60, Math.round(15 + 30 * (over - 1))),
      message: `${words} words: past about ${limit}, readers skim and miss your point. It crosses the line here.`,
      suggestion: 'Cut to the one ask and the one promise; move background to a link or attachment.',
    }];
  },
  examples: {
    flag: ['Hi Ike,\n\n' + 'Our team reviewed the quarterly figures you sent and compared them with the plan we agreed in the spring. '.repeat(10) + 'Could we meet Tuesday?'],
    pass: ['Hi Ike,\n\nI reviewed the quarterly figures you sent. Could we meet Tuesday to go through the gap in March?'],
  },
};
export default rule;
