/**
 * The writer owning the problem in the same sentence: taking the fault ("it's my mistake", "I booked your parcel on
 * the wrong service", "we should have checked") or having made the fix ("I've refunded the delivery fee", "I've set
 * that aside for you"). A sentence that does either is no dodge, whatever else it names: blame named with the fault
 * taken back is a fact, and a rule quoted and then set aside is an explanation.
 *
 * Every expression is bounded (no nested repetition), so it runs in linear time.
 */

/** What the writer has already done for them ("I've refunded the second charge"): the verbs of a fix made. */
export const DONE_VERBS = "sent (?:it|this|them|your \\w+|the \\w+) (?:on |over |straight )?to|sent (?:out|off)|sent (?:a|an|the|your|two|three|four|\\d+)(?: [\\w-]+){0,3}? (?:out|off|over|round)\\b|refunded|fixed|rebooked|re-?routed|re-?shipped|re-?ordered|re-?dispatched|sourced|found (?:you |another |a replacement|a new)|credited|resolved|reversed|restored|replaced|reissued|issued|shipped|corrected|reset|cancell?ed|processed|escalated|booked|rescheduled|unlocked|reactivated|re-?sent|sent you|removed|deleted|updated|changed|waived|applied|extended|upgraded|re-?enabled|enabled|disabled|adjusted|amended|dispatched|arranged|ordered|approved|released|merged|closed|re-?opened|unblocked|raised|logged|added|credited back|passed (?:this|it|your (?!comments|feedback|concerns|complaint)\\w+) (?:on )?to|set up|set (?:it|this|that|them|everything|you) up|sorted (?:it|this|that|them)(?: out)?|taken care of (?:it|this|that|them)|took care of (?:it|this|that|them)|switched|moved|transferred|emailed you|posted|exported|put you down for|pencill?ed (?:you|it|that|this) in|signed you up";

/** The fault taken: "my mistake", "our own oversight", "that's on us", "we take full responsibility", "our error, not yours", "we should have", "we didn't catch it", "you bought it from us", "the confusion caused by my email". */
export const OWNED = /\b(?:(?<!(?:not|n't|never|no) )(?:my|our) (?:own )?(?:job|fault|mistake|error|oversight|slip|responsibility|problem to (?:fix|solve|sort))|(?:that|this|it)(?:['’]s| is| was) on (?:us|me)|(?:we|i) (?:take|accept) (?:full )?(?:responsibility|the blame)|(?:we|i) should have|(?:we|i) (?:completely |simply )?(?:missed|forgot|overlooked|dropped the ball|slipped up|messed up|got (?:it|this|that) wrong)|(?:we|i) (?:didn't|did not) (?:notice|spot|catch|check)|(?:bought|ordered) it from (?:us|me)|not yours|(?:caused by|in|from) my (?:email|message|note|reply|letter|call|quote|invoice|typo|slip)|(?:caused by|in|from) our (?:typo|slip|mistake|error))\b/i;

/** The writer's own slip: "I booked your parcel on the wrong service", "we sent the wrong size". */
const OWN_SLIP = /\b(?:I|we)\s+(?:\w+\s+)?(?:booked|sent|entered|typed|picked|chose|put|set|used|ordered|shipped|gave you|quoted|charged|packed|labell?ed|applied)\b[^.;!?]{0,40}?\b(?:the|a|an) wrong\b/i;

/** The fix made, by the writer: "I have refunded the delivery fee", "I've set that aside for you", "we've waived it". */
const FIXED = new RegExp(`\\b(?:I|we)(?:['’]ve| have)\\s+(?:just\\s+|already\\s+|now\\s+|also\\s+|personally\\s+)?(?:${DONE_VERBS}|set (?:that|it|this|the rule) aside|made an exception)\\b`, 'i');

/** Does the sentence own the problem: the fault taken, or the fix made by the writer? */
export function ownsIt(text: string): boolean {
  return OWNED.test(text) || OWN_SLIP.test(text) || FIXED.test(text);
}
