import { perSentence, type Rule } from '../rule';
import { AT_A_TIME, statesDatedStep } from '../listening';
import { DONE_VERBS } from '../owning';
import { verdictsFor } from '../answers';

// A fix already made by the writer is itself the next step: "I've refunded the second charge".
const DONE = new RegExp(`\\b(?:I|we)(?:['’]ve| have)?\\s+(?:just\\s+|already\\s+|now\\s+|also\\s+)?(?:${DONE_VERBS})\\b`, 'i');
// The second verb of one subject: "I've received your note and refunded the full $186", "we've checked the logs and restored the feed".
const DONE_TOO = new RegExp(`\\b(?:I|we)(?:['’]ve| have)\\s+[^.;:!?]{1,60}?\\sand\\s+(?:have\\s+|also\\s+|then\\s+|already\\s+)?(?:${DONE_VERBS})\\b`, 'i');
// Doing it now is a next step too: "I'm sending you a voucher", "we are refunding the fee".
const DOING = /\b(?:I['’]m|I am|we['’]re|we are)\s+(?:now\s+|also\s+)?(?:building|rebuilding|testing|preparing|finali[sz]ing|working on|sending|shipping|refunding|issuing|crediting|mailing|posting|couriering|arranging|booking|processing|fixing|replacing|escalating|reversing|waiving|cancell?ing|removing|correcting|updating|releasing|dispatching|(?:calling|phoning|ringing|chasing|contacting)(?! (?:you|to|about|regarding)\b))\b/i;
// Done, said of the thing: "your order is on its way", "your replacement left our warehouse this morning", "the refund has been processed", "the site is back up",
// "Done - your subscription is cancelled".
const DONE_THING = /(?<!\b(?:when|once|if|until|as soon as) (?:[\w'’]+ ){1,3})\b(?:is|are)\s+(?:now\s+|already\s+)?on (?:its|their|the) way\b|\b(?:left|has left|have left|departed) (?:our|the) (?:[\w-]+ )?(?:warehouse|depot|factory|hub|facility|workshop|lab)\b(?! (?:when|once|if)\b)|\btracking (?:number|code|link|reference) (?:is|:)\s|(?<!\b(?:when|once|if|until|unless|before|after|as soon as) )\b(?:your|it|this)(?: [\w'’-]+){0,2} (?:is|are)\s+(?:now\s+)?(?:cancell?ed|closed|refunded|deleted|paused|unlocked|reactivated|switched (?:on|off)|turned (?:on|off))\b|\byour [\w-]+(?:['’]s| is) (?:now\s+|all\s+)?(?:ready|done|fixed|repaired|finished|sorted)(?: (?:for|to) (?:collection|pick-?up|collect))?\b(?! (?:when|once|if|after|by)\b)|^done\b\s*[-–—:,!.]|\b(?:service|supply|access|power|the (?:site|service|system|feed|connection|server|network)) (?:was|were) (?:fully\s+)?(?:restored|fixed|resolved|back)\b|\b(?:has|have)\s+(?:now\s+|already\s+|just\s+)?been\s+(?:(?:fully|completely|successfully)\s+)?(?:refunded|fixed|credited|resolved|reversed|restored|replaced|reissued|issued|shipped|dispatched|sent|corrected|cancell?ed|processed|removed|updated|waived|applied|approved|released|posted|delivered|generated|raised|retrained|trained|changed|amended|adjusted|reset|repaired|unblocked|unlocked|reactivated|reinstated)\b|\b(?:is|are) now (?:sent|dispatched|checked|run|reviewed|triggered|routed|flagged|monitored|enabled|switched on|set up|done|handled|escalated) (?:automatically|every|each|daily|weekly|nightly|within|after|by)\b|\b(?:is|are)\s+(?:now\s+)?(?:back (?:up|online|to normal)|working again|live again|fixed now|reconnected|running again|available again|restored)\b|\b(?:it|this|they|these|your \w+) (?:was|were) (?:sent|forwarded|passed|delivered|posted|shipped) (?:to|on|today|yesterday|this)\b|(?:^|[.;:!,—–-]\s*)(?:(?:it['’]s|that['’]s|all|everything['’]s|this is|that is)\s+(?:now\s+|all\s+)?)?(?:fixed|sorted|corrected|resolved|rebooked) now\b|\b(?:it['’]s|that['’]s|all|everything['’]s) (?:now\s+)?(?:fixed|sorted|corrected|resolved|rebooked)\b/i;
// The reader's next step, asked for plainly ("Please review the attached and sign"; a bare "Let me know." is none), or the thing itself
// sent with the email ("Attached is the summary"): the ball is clearly somewhere.
const ASKS_READER = /\b(?:(?:please|kindly)\s+|(?:we|I)(?: would)? ask (?:that )?(?:you\s+)?|(?:we|I) (?:strongly )?(?:recommend|advise|suggest) (?:that )?you\s+)(?:\w+\s+){0,2}?(?:let|send|review|confirm|contact|call|reply|e-?mail|provide|prepare|approve|file|see|check|sign|return|forward|advise|update|submit|complete|use|log|process|pay|register|book)\b/i;
// What they asked for, given in the email ("Here are the correct statistics", "Bart-here is the information you requested",
// "As you asked, I have taken a quick look at…"): delivered, the step is done (a forty-eighth round; 12 of the train
// emails it fired on did this, none labelled as lacking a step).
const DELIVERED = /^\s*(?:[\w'’-]+\s*[-–—:,]\s*)?here(?:['’]s| is| are) (?:the|a|an|your|my|our|some|that|those|these)\b|\bas (?:you )?(?:requested|asked)\b|\bper your request\b|\b(?:information|info|details|figures|numbers|files?|documents?|reports?|copy|copies|list|pages|summary|data) (?:that )?you (?:asked for|requested)\b/i;
const ENCLOSED = /\b(?:attached|attaching|enclosed|enclosing)\b|\byou (?:can|may) (?:now )?(?:access|download|view|read|find) (?:it|them|the|this|your|our)\b/i;
// …unless what was found is a no: "I checked your account and I don't see a cancellation on file".
const FOUND_NOTHING = /\b(?:don['’]t|do not|didn['’]t|did not|can['’]t|cannot|couldn['’]t|could not|unable|no record|nothing)\b/i;
// An answer that is a no, or not known yet.
const NEGATIVE = new RegExp(`${FOUND_NOTHING.source}|\\b(?:won['’]t|not (?:yet|made|possible|available|offered|eligible|able)|under (?:any|no) circumstances|no (?:exceptions?|discounts?|refunds?|way))\\b`, 'i');
// Looked into already, the answer given: "I checked with Beth, and October is unpaid", "I ran them by our attorney".
const LOOKED = /\b(?:I|we)(?:['’]ve| have)?\s+(?:just\s+|already\s+|also\s+)?(?:checked|looked into|investigated|traced|determined|spoken (?:to|with)|spoke (?:to|with)|talked (?:to|with)|ran (?:it|them|this|these) by|made (?:the |some )?changes)\b/i;
// "I'll fax it to you", "we will re-run those dates": a step of ours, as a promise the commitment reader took is.
const WILL = /\b(?:I|we)(?:['’]ll| will| shall)\b/i;
// An offer with a time is a step the reader can take up: "we can send a replacement by express today".
const CAN_WHEN = /\b(?:I|we) can (?!(?:see|tell|understand|imagine|assure|appreciate|only|not|confirm that|promise)\b)/i;
// The answer is the step: "the workaround is to duplicate the form".
const WAY_OUT = /\bthe (?:workaround|fix|solution|quickest way|way round this|way around this) (?:for now )?is to\b/i;
// A promise to watch, or to say something only if something changes, or "soon": "we'll keep an eye on it and let you
// know if anything changes", "we will come back to you very soon". Nobody is doing anything by a time.
const IDLE = /\b(?:(?:we|i)(?:['’]ll| will) see\b(?! (?:you|it through)\b)|keep an eye on|keep monitoring|keep (?:you|everyone|them|you all) (?:in the loop|posted|updated|informed|in the picture)|monitor(?:ing)? (?:it|this|the)|(?:let you know|be in touch|get back to you|update you|contact you|hear from us|hear back) (?:if|when|once|should|as soon as)|closer to the time|try to get back|soon|shortly|as soon as (?:possible|we can)|asap|in due course|in the (?:near|coming) (?:future|days|weeks)|at some point|when we can|(?:look|looking) into (?:it|this|that|the|your|these|those)\b(?![^.;!?]{0,40}\b(?:by|before|today|tomorrow|tonight|this (?:afternoon|evening)|on (?:mon|tues|wednes|thurs|fri)day)\b))\b/i;
// The reader's step as an instruction: "Open the doc, click Share > Settings", "Head to your account page".
const INSTRUCTION = /^(?:(?:first|next|then|now|just|simply),?\s+)?(?:open|click|tap|select|choose|pick|go to|head to|visit|log in|sign in|renew|reply|call|book|use|try|install|download|update|enter|add|turn on|switch on|untick|tick|drag|press|type)\b/i;
// A date the work is set for, or a visit: "the new completion date is 14 November", "our review is on 14 June at 11",
// "I'm at your cellar on 18 September", "I'd like to switch it on from this Sunday", "you're on the 14th at 10am",
// "I've put 30 minutes in your calendar for 12 March at 4 pm".
const SET_FOR = /\byou(?:['’]re| are) (?:now )?(?:booked|scheduled|down|on|in) (?:for |on |in )?(?:the |our )?\w|\b(?:in|into|to) your (?:calendar|diary|outlook)\b|\b(?:sent|put in|booked) (?:you )?(?:an? |the )?(?:calendar )?(?:invite|invitation|hold)\b|\b(?:(?:date|deadline|review|meeting|call|visit|delivery|appointment|session|slot|launch|demo|handover|go-live) (?:is|are) (?:now )?(?:on|at|for|set for|booked for)?|(?:I['’]m|I am|we['’]re|we are) (?:at|visiting|seeing|meeting|on site|onsite|back|coming)|(?:I|we)(?:['’]d| would) like to)\b/i;
// Their order on a schedule, in the present tense: "delivering Thursday between 8 and 10 am", "ships from the new hub on
// the 18th" (with a time: see statesNextStep).
const SCHEDULED = /\b(?:delivering|arriving|shipping|dispatching)\b|\b(?:your|the|it|they|this|these)(?: [\w-]+){0,3}? (?:ships|arrives|goes out|is delivered|is due|are due)\b|\b(?:tracking|the carrier|the courier)(?: now)? (?:shows|says|confirms|has)(?: (?:it|them))? (?:for )?(?:delivery|arrival)\b/i;
// Lines that make an email outreach to a customer, not a note among colleagues: a pitch, pressure, thanks for the
// business, a scripted opener or a placeholder. Such an email owes its reader a next step too.
const OUTREACH = ['pressure', 'boasting', 'thanks-for-business', 'generic-opener', 'merge-field', 'jargon', 'fake-empathy'];
// A problem, an apology or a request in the draft: something the reader will expect a step on.
const CALLS_FOR_STEP = /\b(?:sorry|apologi[sz]e|apologies|regret|problem|issue|error|mistake|delay(?:ed)?|late|wrong|missing|broken|fail(?:ed|ure)?|complain\w*|outage|refund|overcharged|damaged|cancel(?:led)?|unable|cannot|can['’]t|request(?:ed)?|asked)\b/i;
const asksReader = perSentence((s) => ASKS_READER.test(s.text));
const callsForStepIn = perSentence((s) => CALLS_FOR_STEP.test(s.text) || IDLE.test(s.text));
// A time hoped for is no step: "hopefully it'll be with you Monday, fingers crossed".
const HOPED = /\b(?:hopefully|fingers crossed|with any luck|touch wood|all being well)\b/i;
const statesNextStep = perSentence((s) =>
  INSTRUCTION.test(s.text) || ((SET_FOR.test(s.text) || SCHEDULED.test(s.text)) && AT_A_TIME.test(s.text)) ||
  DONE.test(s.text) || DONE_TOO.test(s.text) || (LOOKED.test(s.text) && !FOUND_NOTHING.test(s.text)) || DOING.test(s.text) || DONE_THING.test(s.text) || (statesDatedStep(s.text) && !HOPED.test(s.text)) ||
  ENCLOSED.test(s.text) || DELIVERED.test(s.text) || WAY_OUT.test(s.text) ||
  (CAN_WHEN.test(s.text) && AT_A_TIME.test(s.text)) || (WILL.test(s.text) && !IDLE.test(s.text)));

// A note to a whole list or team ("All,", "Hello Everyone:", "To those still on the list…", "Many of you have asked…",
// a mailing list's header) announces; it answers no one customer who waits on a step. Narrower than the greeting
// reader's group greetings on purpose: "Hi team," and "Hi both," are readers who do wait on a step.
const TO_MANY = /^\s*(?:(?:hello|hi|dear|greetings)[ ,]+)?(?:all|everyone|everybody|colleagues|folks)\b\s*[,:!\n]|^\s*(?:to (?:all|those|everyone)\b|many of you\b|this is (?:just )?to let (?:everyone|all)\b|[\w.@-]{1,60} writes to the [\w -]{1,60}list\b)/i;

const rule: Rule = {
  id: 'no-next-step',
  kind: 'no-next-step',
  dimension: 'commitments',
  roles: ['support', 'account'],
  title: 'No next step',
  flags: 'A support reply or account update that commits to nothing: no promise, no fix already made, no dated next step and no question back.',
  why: 'A reply that names a problem but gives no next step and no time leaves the customer wondering "will they or won\'t they?" (seed 004 #2).',
  severity: 'warn',
  document(doc) {
    if (doc.contentWords < 8 || TO_MANY.test(doc.draft.body)) return [];
    // A promise counts unless all it gives is a vague time ("we will come back to you very soon"): a vague promise is
    // no next step (vague-timing says why).
    // So is a promise only to look into it or to say so if something changes ("We'll look into it").
    const owned = doc.commitments.some((c) => c.owner !== 'none' && (!!c.due || (!(c.dueText && IDLE.test(c.dueText)) && !IDLE.test(c.text))));
    // Sending them elsewhere is no step of ours, whatever it asks of them ("please contact the manufacturer directly").
    const passed = doc.found('buck-passing');
    const unpassed = (x: (typeof doc.sentences)[number]) => !passed.some((f) => f.start < x.end && f.end > x.start);
    const step = (x: (typeof doc.sentences)[number]) => statesNextStep(x.view) && unpassed(x);
    // A question back is a step, unless it is a put-down ("Have you tried turning it off and on again?").
    const challenged = doc.found('challenge-customer');
    const asksBack = doc.stats.questions > 0 && doc.sentences.some((x) => x.view.isQuestion && !challenged.some((f) => f.start < x.end && f.end > x.start));
    // Asking them to do something is a next step, except as the whole answer to their complaint ("Please submit a reading
    // via the portal", "Please check your filters"): the work sent back to them.
    const readerStep = (x: (typeof doc.sentences)[number]) => asksReader(x.view) && unpassed(x);
    if (owned || asksBack || doc.sentences.some(step) || (!doc.quotedIssue && doc.sentences.some(readerStep))) return [];
    // Every ask of a message that reports no problem, answered, and answered with a yes or a fact: that is what they
    // wanted, and the reply owes no further step ("How many bags can I take?" answered with the allowance). A no or a
    // "don't know yet" still owes one ("exceptions are not made", "I don't know yet when it will be released").
    if (doc.quotedPoints.length > 0 && !doc.quotedIssue && !doc.sentences.some((x) => NEGATIVE.test(x.text)) &&
      verdictsFor(doc, doc.quotedPoints, () => doc.sentences.map((s) => s.view)).every((v) => v.answered)) return [];
    // Only where something calls for a step: a message with a problem or an ask, a problem or a request named in the
    // draft, or a vague promise. A note that only informs ("Here's the load mix for the region") needs none.
    const callsForStep = doc.role === 'support' || doc.quotedIssue || doc.quotedPoints.length > 0 ||
      doc.sentences.some((x) => callsForStepIn(x.view)) || doc.commitments.some((c) => c.dueText && IDLE.test(c.dueText));
    if (!callsForStep && !OUTREACH.some((id) => doc.found(id).length > 0)) return [];
    return [{
      start: 0, end: 0, penalty: 40,
      message: 'This email gives no next step: nobody promises to do anything by a time.',
      suggestion: 'Close with what you will do and when: "I will call you Thursday at 10 am with the fix."',
    }];
  },
  examples: {
    flag: [
      // "We will see" commits to nothing.
      { body: 'Dear Laura,\n\nIf you still think something is missing, please explain which findings are not clear and we will see.', quoted: 'On Tue, Laura Jensen wrote:\nThe report you sent has a problem: it gives no remediation steps. Can you add them?', role: 'account' },
      // A rule about every account is nothing done for this one.
      { body: 'Dear Customer,\n\nAccounts that send spam are closed permanently, whatever the circumstances. We are sorry for any inconvenience.', quoted: 'On Wed, Sam Hale wrote:\nSomeone hijacked my account and you shut it down. Please reinstate it.', role: 'support' },
      // Progress told, with a promise only to keep them posted.
      { body: 'Hi Grace,\n\nQuick update on the migration: things are progressing well and the team is making good headway. We will keep you in the loop.', role: 'account' },
      // Answered with a no, or with "not known yet": the reply still owes a step.
      { body: "Hi Kenji,\n\nThere is no discount for a three-year term; every customer is on the same rate card.", quoted: 'On Mon, Kenji Watanabe wrote:\nIf we renew for three years, is there a discount?', role: 'account' },
      { body: "Hi Hiroshi,\n\nThe second shipment is held at Yokohama customs for a random inspection. I don't know yet when it will be released.", quoted: 'On Mon, Hiroshi Sato wrote:\nWhere is the second shipment?', role: 'account' },
      // A question that is a put-down is no step either.
      { body: 'Hi Ben,\n\nSorry to hear about the error. Unfortunately all our engineers are fully booked today. Have you tried turning the oven off and on again?', role: 'support' },
      // A promise only to look into the thing asked for, and to get back, is no step.
      { body: 'Hi Olga,\n\nThank you for reaching out about the pallet jack. I have passed your feedback to our quality team. We will look into the replacement and get back to you.', role: 'support' },
      // A check that found nothing, and a no, is no step.
      { body: 'Hi Tara,\n\nI checked your account and I don\'t see a cancellation on file. Cancellations must be submitted in writing, so the renewal charge stands.', role: 'support' },
      // Outreach (thanks for the business, a pitch) owes a next step even with no problem in it.
      { body: 'Hi Omar,\n\nThank you for your business! We are the industry-leading supplier of fasteners in the region, and your order is in good hands.', role: 'account' },
      { body: 'Hi Omar,\n\nThanks for reporting the export problem. Our engineers have seen similar reports from other customers this month and are aware of the issue with large files.', role: 'support' },
      // A time without anything that will happen is no next step.
      { body: 'Hi Omar,\n\nThanks for writing on Monday about the export problem. Large files have caused trouble for other customers this month too.', role: 'support' },
      // Done verbs about something else are no step for the customer.
      { body: 'Hi Omar,\n\nThanks for writing about the export problem. Large files have been a pain for other customers this month, and the issue is on our list.', role: 'support' },
      // Moved, with no new date, is no step.
      { body: 'Dear Sunil,\n\nYour scheduled delivery has been rescheduled due to unforeseen circumstances. We regret any inconvenience this may cause.', role: 'account' },
      // A promise with only a vague time, or only to watch, is no step.
      { body: 'Hi Omar,\n\nThanks for writing about the export problem with large files. We will look at your request and come back to you very soon.', role: 'support' },
      { body: "Hi Omar,\n\nThe carrier says customs checks are slowing parcels into Norway. We'll keep an eye on the tracking and let you know if anything changes.", role: 'support' },
      { body: "Hi Omar,\n\nI'm sorry the parcel with your export cables hasn't arrived. We'll look into it.", role: 'support' },
      // A date only hoped for, a step that is only a hand-off, a comment passed on, a conditional "on its way".
      { body: "Hi Omar,\n\nSorry the parcel with your export cables is late. Hopefully it'll be with you Monday, fingers crossed.", role: 'support' },
      { body: 'Hi Omar,\n\nThe cable was damaged after delivery. Should you wish to pursue this, please contact the manufacturer directly under their warranty.', role: 'support' },
      { body: 'Hi Omar,\n\nThank you for your feedback about the room. I have passed your comments on to management for review.', role: 'support' },
      { body: "Hi Omar,\n\nThank you for your order of forty export cables for the Oslo warehouse. You'll hear from us when your cables are on their way.", role: 'account' },
      { body: 'Hi Omar,\n\nI can see your cancellation request from 14 March on your account, so the charge on 1 May was taken in error.', role: 'support' },
      // The work sent back to them is no next step of ours, as the whole answer to a complaint.
      { body: 'Hi Omar,\n\nExports are generated from the same data as the dashboard. Please check your filters and date range, then export again.', quoted: 'On Mon, 3 Mar 2025, Omar Haddad <omar@haddad.example> wrote:\nThe March export is missing about 1,800 rows: it has 4,180 but the dashboard shows 6,000 bookings. Our auditors need the full file.', role: 'support' },
      // Contacting them to say so is no step ("I'm contacting you to let you know…").
      { body: "Hi Omar,\n\nI'm contacting you to let you know that your export is delayed, and I'm sorry for the trouble.", role: 'support' },
      // What they asked about, said back, is no delivery: "you asked when" with nothing given (a forty-eighth round).
      { body: 'Hi Tom,\n\nYou asked when the part will be in. We are still waiting to hear from the supplier about it.', role: 'support' },
    ],
    pass: [
      // A replacement sent out is the step taken.
      { body: "Hi Sam,\n\nSorry, the planters never reached you: the courier left them at the wrong address. I've sent a replacement set out today on next-day delivery.", role: 'support' },
      { body: "Hi Harriet,\n\nWe can't refund outside the 14-day window, but I can turn the remaining months into £75 of store credit. I've set it up already; it goes live if you reply yes.", role: 'support' },
      // What was done, said in the passive with an adverb or as a credit note raised, is the step taken.
      { body: 'Dear Ms Ahmed,\n\nThe platform was unavailable for two hours on 12 March. Service has been fully restored.', role: 'support' },
      { body: 'Dear Ms Ahmed,\n\nA credit note for 1,200 EUR has been generated for the problem with your group booking in September.', role: 'account' },
      // A process changed, said in the passive ("has been retrained", "is now dispatched automatically"), is the step taken.
      { body: "Dear Ryan,\n\nI'm sorry: our vehicle reached your store 27 minutes after the alarm, well outside the 12 in your contract. The operator has been retrained, and backup is now dispatched automatically after 8 minutes.", role: 'account' },
      // The work done, said of their thing ("your Golf's ready"), is the step.
      { body: "Hi Gareth, yes, your Golf's ready. Brake pads done and the recall work, £212.40 as quoted. Keys are at reception until 7 tonight.", role: 'support' },
      // Their order on a schedule, said in the present tense.
      { body: 'Hi Elena,\n\nYour order is confirmed: 6 cases of the Montepulciano, delivering Thursday between 8 and 10 am, before lunch prep as you asked. Sorry again for the mix-up last month.', role: 'account' },
      // Booked for them, in other words.
      { body: "Hi Jo,\n\nI've put you down for a 2pm checkout on Sunday at no charge, and you're welcome to leave bags with the concierge after that.", quoted: "On Tue, Jo Hart wrote:\nCould we get a late checkout on Sunday? Our flight isn't until 8pm.", role: 'support' },
      // Done, said of the thing.
      { body: "Hi Ruth,\n\nDone - your subscription is cancelled and you won't be charged again. You keep access until 31 December.", quoted: "On Wed, Ruth Klein wrote:\nI want to cancel my subscription. It's too expensive for what we use.", role: 'support' },
      // The meeting already in their calendar is the step.
      { body: "Hi Grace,\n\nSorry for the late notice: from your renewal on 1 April, your 12 seats go from $1,440 to $1,570 a year. I've put 30 minutes in your calendar for 12 March at 4 pm to go through the options.", role: 'account' },
      // A question of fact, answered in full: the answer is what they wanted.
      { body: 'Hi Nina,\n\nThe Light fare includes one cabin bag up to 8 kg that fits under the seat. A 23 kg checked bag is £35 each way if you add it before check-in.', quoted: 'On Mon, Nina Ortiz wrote:\nHow many bags can I take on the Lisbon flight? I booked the Light fare.', role: 'support' },
      // Fixed, said in a hurry, and the booking it leaves them with.
      { body: "hi carla\n\nyeah we messed up the booking, my bad. fixed now - you're on the 14th at 10am.\n\nj", role: 'support', quoted: 'On Mon, 7 Dec 2026, Carla Diaz wrote:\nYou booked me for the wrong day. I need the 14th. Can you fix it?' },
      { body: "Hi Carla,\n\nSorry, we put you down for the wrong day. That's all sorted: the technician comes on the 14th instead.", role: 'support' },
      // Sent on already; a step asked of the reader in "we strongly recommend that you…".
      { body: 'Dear Ms Hale,\n\nThank you for your letter about the trading platform. Mr Ruiz is travelling, so I have passed your proposal to Greg Piper, who runs our e-commerce systems. It was sent to him today.', role: 'support' },
      { body: 'Dear shippers,\n\nThe deadline for September enrolments is Tuesday 21 August at 1:30 pm. We strongly recommend that you process your transactions well before then; none is accepted after it.', role: 'account' },
      // Looked into and answered, or the thing itself sent with the email, is a step taken.
      { body: 'Hi Jay,\n\nI checked with Beth in billing: October has not been paid yet, and November\'s bill is due on the 28th. For storage questions, Jim Griffin is on 406-555-0199.', role: 'support' },
      { body: 'Hi Ana,\n\nI ran your comments on the NDA by our attorney and am attaching a clean and a marked-up draft with the changes we could make.', role: 'support' },
      // A note to everyone on a list announces; a service restored is done.
      { body: 'Hello everyone:\n\nBecause of a database fault in our Leeds office, this week\'s regional sales report could not be produced today. Apologies for the trouble this causes.', role: 'account' },
      { body: 'Hi Omar,\n\nSorry for the outage this morning. The network switch failed at 10:40 and service was restored at 11:05, once the spare was fitted.', role: 'support' },
      // A fix made, as the second verb of one subject (real mail: "I've received your note and refunded the full $186").
      { body: "Mr Castellano,\n\nI've received your note and refunded the full $186, shipping included. I'm sorry for how the call went.", role: 'support' },
      { body: 'Hi Omar,\n\nThanks for reporting the export problem with large files. I reproduced it this morning and I will send you a fixed build by Thursday at noon.', role: 'support' },
      // A note that only informs calls for no step.
      { body: "Hi Omar,\n\nHere's the load mix for the southern region and its top five utilities, in case you haven't got that far yet. Enjoy.", role: 'account' },
      { body: 'Thanks Omar, got it.', role: 'support' },
      // The reader's step, asked for plainly, or the thing itself attached.
      { body: 'Hi Omar,\n\nThe revised rates for the March invoice are in the file we discussed. Please review the rates and sign the amendment.', role: 'account' },
      { body: 'Hi Omar,\n\nAttached is the summary of settlements for the April invoices, with the payments made on the 8th.', role: 'account' },
      { body: 'Hi Omar,\n\nI have reviewed the two service agreements from your utility and they are standard tariff agreements. I will fax you my notes on the termination clause.', role: 'account' },
      // The fix is made and the customer knows when to see it: nothing is left to promise.
      { body: 'Hi Omar,\n\nYou were charged twice for March. I have refunded the second charge of $49, and it will show on your card within 3 business days.', role: 'support' },
      { body: 'Hi Omar,\n\nThe export bug with large files is fixed in version 4.2, which goes out this Friday.', role: 'support' },
      // A fix done, or under way, is a next step in any of its words.
      { body: 'Hi Omar,\n\nThanks for pointing out the old banner on your dashboard. I have removed the notice.', role: 'support' },
      { body: "Hi Omar,\n\nYou were billed for three identical orders last night. I've cancelled the two duplicate orders.", role: 'support' },
      { body: "Hi Omar,\n\nThe courier left your parcel at the wrong address, and I'm sending you a voucher for the trouble.", role: 'support' },
      { body: 'Hi Omar,\n\nThanks for your patience with the stock problem over the holidays. Your order is on its way.', role: 'support' },
      { body: 'Hi Omar,\n\nSorry the kettle arrived broken. Your replacement left our warehouse this morning, and the tracking number is RM4471.', role: 'support' },
      { body: 'Hi Omar,\n\nThanks for telling us about the double charge on your March invoice. The second charge has been reversed.', role: 'support' },
      // The reader's step as an instruction, an offer with a time, a date the work is set for.
      { body: 'Hi Omar,\n\nGood question about large exports. Open the report, click Export > Settings and pick "Split into parts".', role: 'support' },
      { body: 'Hi Omar,\n\nThe parcel with your export cables was held at the depot. We can send a replacement by express today or refund you in full.', role: 'support' },
      { body: 'Hi Omar,\n\nThe booking system took longer to integrate than we planned. The new completion date is 14 November.', role: 'account' },
      // The same kinds of line, as real steps.
      { body: "Hi Omar,\n\nI'm sorry the parcel with your export cables hasn't arrived. I'll look into it with the depot and call you by 3 pm today.", role: 'support' },
      { body: "Hi Omar,\n\nSorry the parcel with your export cables is late. It'll be with you Monday: the depot has it on the first van.", role: 'support' },
      { body: 'Hi Omar,\n\nI have passed your claim on to our warranty team, and Ana there will call you on Thursday at 10 am.', role: 'support' },
      // A delivery the tracking shows for a day is a step under way (a forty-fifth round of blind emails).
      { body: "Bonjour Claire,\n\nYour catalogues left our plant on Monday, a day late, and that's on me. The tracking shows delivery to your Lyon office on Wednesday before noon.", role: 'support' },
      // A call of ours made now is a step taken (round 45's corpus).
      { body: "Hi Omar,\n\nThese are the latest figures I have, and I'm sorry for the delay. I'm calling Willie in Global Risk right now to find out why the prices are late.", role: 'support' },
      // What they asked for, given in the email: delivered, the step is done (a forty-eighth round, real mail).
      { body: 'Bart - here is the information you requested. The Q3 volumes were 4,200 MWh at the Ennis plant and 3,100 MWh at Tenaska.', role: 'support' },
      { body: 'Hi Dana,\n\nAs you asked, I have taken a quick look at Global Crossing. Their cash covers about nine months of spending at the current rate.', role: 'account' },
    ],
  },
};
export default rule;
