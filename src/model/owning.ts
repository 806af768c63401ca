/**
 * The writer owning the problem in the same sentence: taking the fault ("it's my mistake", "I booked your parcel on
 * the wrong service", "we should have checked") or having made the fix ("I've refunded the delivery fee", "I've set
 * that aside for you"). A sentence that does either is no dodge, whatever else it names: blame named with the fault
 * taken back is a fact, and a rule quoted and then set aside is an explanation.
 *
 * Every expression is bounded (no nested repetition), so it runs in linear time.
 */
import { PREVENTION } from './lexicon/phrases';
import { wordRegex } from './match';

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

// Advice to the reader is their step, not ours: "In future, adding a safe-place note can help avoid missed deliveries".
const ADVICE = /\b(?:you can|you could|you may want|you might want|you(?:['’]ll| will) want|please|we recommend|we suggest|we(?:['’]d| would) suggest|i recommend|i suggest|i(?:['’]d| would) suggest|adding|using|making sure|remember to|be sure to)\b/i;
const OURS = /\b(?:we|i|our(?: \w+){1,3}?)(?:['’]ve|['’]ll|['’]re| have| has| will| are| now| also)\b/i;
// A review of how the work is done is a prevention in other words: "We're reviewing how upgrades are scheduled".
const OUR_REVIEW = /\b(?:we(?:['’]re| are)|i(?:['’]m| am)|we(?:['’]ll| will)|i(?:['’]ll| will)|we(?:['’]ve| have)|i(?:['’]ve| have)) (?:now |also |since |already )?(?:reviewing|reviewed|review|looking at|changing|changed|change|updating|updated|tightening|tightened) (?:how|the way|our (?:process|procedure|checks?|rota|schedule))\b/i;
// A change of ours that holds from a day on is a prevention in other words: "so as of today they're separated and a second
// pharmacist checks the strength on every order", "we've moved three more staff onto the phones from 7 am tomorrow".
const FROM_NOW = /\b(?:as of (?:today|now|this (?:week|morning|afternoon))|from (?:now on|today|this week|next (?:week|month)|(?:\d{1,2}(?::\d{2})? ?[ap]m )?tomorrow(?: morning)?))\b/i;
const OUR_CHANGE = /\b(?:we(?:['’]ve| have)|i(?:['’]ve| have)|we(?:['’]ll| will)|we(?:['’]re| are)|they(?:['’]re| are)) (?:now |also |already )?(?:moved|added|put|set up|introduced|changed|separated|switched|started|trained|assigned|hired|brought in|increased|doubled|adding|moving|putting|introducing|changing|starting|training)\b|\b(?:a second|an extra|another) [\w-]+ (?:checks?|reviews?|signs? off)\b/i;
const PREVENTION_SAID = wordRegex(PREVENTION);

/**
 * A check of ours from a day on, said as how the work is done: "From Monday the bays carry product names as well as
 * numbers, and drivers check the ticket against the bag before they tip" (not advice to them: no "you").
 */
const FROM_DAY_LEAD = /^(?:(?:and|so|also)[, ]+)?(?:from|starting|as of|beginning) (?:now on|now|today|tomorrow|this week|next (?:week|month|shift|run)|(?:next |this )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|the \d{1,2}(?:st|nd|rd|th)|(?:january|february|march|april|may|june|july|august|september|october|november|december)(?: \d{1,2})?)\b,?/i;
const CONTROL = /\b(?:checks?|checked|verif(?:y|ies|ied)|double-checks?|labell?(?:ed|s)?|carry|carries|reviews?|reviewed|confirms?|signs? off|signed off|photographs?|scans?|tests?|tested|audits?|matches|match|compares?|reconcil(?:e|es|ed))\b/i;
const TO_THEM = /\byou(?:r|rs)?\b/i;
/**
 * The cause put right at its source by the people who own it: "I have asked our web team to correct the error message",
 * "have asked our records team to fix the link", "asked our reception team to update both systems", "asked our claims team
 * to add a 5-day reminder to any claim waiting on a vet" (not a one-off check:
 * "I've asked the warehouse to check the stock before Friday").
 */
const FIX_AT_SOURCE = /\b(?:asked|told|had|got|instructed) (?:our|the|my) (?:[\w-]+ ){0,2}(?:team|developers?|engineers?|staff|department|desk|manager) to (?:(?:correct|fix|change|update|amend|reword|rewrite|repair) (?:the|both|our|its|their|how|that|this|these)\b|(?:add|introduce|set up|put in|build) (?:a|an) (?:[\w-]+ ){0,3}(?:reminder|check|alert|step|rule|flag|warning|review)s? (?:to|for|on) (?:any|every|each|all)\b)/i;
/**
 * Does the sentence say what changes so the problem does not come back: a listed prevention of ours (not advice to the
 * reader), a review of how the work is done, or a change of ours from a day on? Read by no-prevention, and by the answer
 * judge for "tell me how you will stop this".
 */
export function saysPrevention(text: string): boolean {
  return (PREVENTION_SAID.test(text) && (!ADVICE.test(text) || OURS.test(text))) || OUR_REVIEW.test(text) || FIX_AT_SOURCE.test(text) || (FROM_NOW.test(text) && OUR_CHANGE.test(text)) || (FROM_DAY_LEAD.test(text.trim()) && CONTROL.test(text) && !TO_THEM.test(text));
}
