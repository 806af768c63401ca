/**
 * How a sentence stands towards the customer: whether it puts them in the wrong. Read from the shape of the
 * sentence (who is the subject, what it is said to have done or failed to do, and in what frame), not from a
 * list of put-downs, so it finds the put-down in words no list has:
 * - their error, asserted or guessed: "you must have entered the old address", "you selected the wrong plan",
 *   "you didn't read the confirmation", "you should have checked the size guide";
 * - their account doubted or contradicted: "you seem to think the discount applies", "contrary to what you
 *   say", "that is simply not true", "you claim the driver never knocked";
 * - our evidence held against them: "our records clearly show you were notified", "we're confident the
 *   delivery attempt took place", "there is no evidence of a fault".
 * Not a put-down: the writer's own error ("I must have misread"), a condition or an offer of help ("if you
 * didn't receive it", "in case you missed it"), an apology for what happened to them ("sorry you didn't hear
 * back"), and what they should have received ("you should have got an email").
 *
 * Every expression is anchored on words and bounded (no nested repetition), so it runs in linear time.
 */

/** Words that turn a statement about them into a condition, a question or sympathy: "if you didn't…", "sorry you…". */
const FRAME_BEFORE = /\b(?:if|unless|in case|whether|when|once|sorry|apologi[sz]e|apologies|regret|afraid|worried|concerned|hope|hoping|make sure|ensure|so that|not that|even though|though|although|as long as)\b[^.;:!?]{0,40}$/i;

/** Their error guessed, with a modal of certainty or an evident-ness adverb: "you must have misread", "you apparently overlooked". */
const GUESSED_ERROR = new RegExp(
  [
    // Guessed with certainty: "you must have misread", "you clearly overlooked", "you seem to have missed the reminder".
    "\\byou (?:must (?:surely )?have|(?:clearly|obviously|evidently|apparently|presumably|simply)(?: have)?|seem to have|appear to have) (?:misread|misunderstood|misheard|misremembered|mistyped|misplaced|overlooked|ignored|forgotten|forgot|failed to|neglected to|confused|mixed up|missed (?:the|our|my|a|an|all|both|every)|entered|typed|selected|chosen|chose|picked|ordered|booked|clicked|deleted|changed|used|given|provided)\\b",
    // Guessed politely, only of a misreading ("you may have missed our email" is a nudge, not a verdict).
    "\\byou (?:may|might|probably|likely|could) (?:well |possibly |perhaps )?have (?:misread|misunderstood|misheard|misremembered|mistyped|overlooked|ignored|confused|mixed up|entered the wrong|selected the wrong|chosen the wrong|picked the wrong|ordered the wrong|booked the wrong)\\b",
  ].join('|'),
  'i',
);

/** Their error asserted: "you (clearly) selected the wrong plan", "you didn't read the terms", "you should have checked". */
const THEIR_ERROR = new RegExp(
  [
    // Their wrong choice, asserted: "you entered the wrong code", "you booked an incorrect date", "you gave us an old address".
    "\\byou (?:(?:had |have |originally |actually |accidentally |mistakenly |yourself )?(?:entered|typed|selected|chose|picked|ordered|booked|clicked|gave us|sent us|provided|used|set|registered|input|filled in|signed up (?:for|with))) (?:the|a|an|your) (?:wrong|incorrect|invalid|outdated|old|expired|mistaken)\\b",
    // Their omission, asserted: "you didn't read the terms", "you never replied", "you failed to report it".
    "\\byou (?:(?:simply |just |clearly |obviously )?(?:didn['’]t|did not|never|failed to|neglected to|chose not to|opted not to)) (?:read|check|follow|reply|respond|answer|notice|report|return|contact|tell|inform|notify|opt|pay attention|bother|update|confirm|cancel|keep)\\b",
    "\\byou (?:simply |just |clearly |obviously )?never (?:read|checked|followed|replied|responded|answered|noticed|reported|returned|contacted|told|informed|notified|opted|paid attention|bothered|updated|confirmed|cancell?ed|kept)\\b",
    // What they should have done: "you should have checked", "you ought to have read", "you were supposed to report it"
    // ("you should read the booklet" is advice, not a reproach).
    "\\byou (?:really |simply |clearly )?(?:should|could|ought to)(?: really)? have (?:read|checked|noticed|known|followed|contacted|called|told|informed|asked|realised|realized|reported|paid attention|double-checked|kept|returned|cancelled|canceled|updated|confirmed|measured|tested|backed up)\\b",
    "\\byou (?:were supposed to|were meant to|were expected to|were required to|needed to|had to) (?:read|check|notice|follow|contact|call|tell|inform|report|keep|return|cancel|update|confirm|measure|test|back up)\\b",
    // Their entry done wrong, said by the adverb: "you have entered your password incorrectly".
    "\\byou (?:(?:had|have|accidentally|mistakenly) )?(?:entered|typed|input|keyed in|filled in|spelt|spelled|set up|configured|installed|formatted) (?:the|your|a|an) (?:[\\w-]+ ){0,2}?(?:incorrectly|wrongly|in the wrong (?:place|field|box|format|order))\\b",
    // The cause put on what they sent: "most likely caused by errors in the ASN you sent us" (not "because of the feedback you gave").
    "\\b(?:caused by|due to|because of|down to|the result of|comes? from|came from) (?:an? |some |the )?(?:errors?|mistakes?|issues?|problems?|inconsistenc(?:y|ies)|typos?|gaps?) (?:in|with|on) (?:the|your) (?:[\\w-]+ ){0,2}?(?:you|your (?:[\\w-]+ )?team) (?:sent|provided|supplied|entered|uploaded|submitted|gave|prepared|filled in|keyed in)\\b",
    // Guessed to be theirs: "it is most likely something with your data or your browser settings".
    "\\b(?:most likely|more likely|probably|almost certainly|likely) (?:something|an issue|a problem|a setting|a fault) (?:with|on|in) your\\b",
  ].join('|'),
  'i',
);

/**
 * What would have been, had they done their part: "if your team had actually used the training, adoption wouldn't be
 * this low", "had you opened the confirmation, you'd have seen…", "it would have helped if you'd mentioned this",
 * "a quick look at your confirmation would have told you". The condition is the reproach, so no "if" frames it out;
 * "if you'd like…" and "if you had any questions" name no deed of theirs.
 */
const THEIR_SIDE = "(?:you|your (?:[\\w-]+ ){0,2}?(?:team|staff|people|department|colleagues?|company|office|it|developers?|admin|accountant|bank))";
const THEIR_DEED = "(?:(?:actually|only|just|simply|properly|carefully|even|ever|bothered to|taken the time to) )?(?:read|looked|checked|opened|followed|used|done|listened|told|informed|notified|contacted|called|answered|replied|responded|booked|paid|updated|confirmed|registered|reported|returned|kept|backed up|measured|tested|submitted|sent|completed|attended|uploaded|signed|approved|given|provided|mentioned|asked|clicked|installed|saved|noticed|watched)\\b";
const COUNTERFACTUAL = new RegExp(
  [
    `\\b(?:if ${THEIR_SIDE}(?:['’]d| had)|had ${THEIR_SIDE}) ${THEIR_DEED}[^.;!?]{0,100}?\\b(?:would|could|wouldn['’]t|couldn['’]t|might)\\b`,
    `\\bwould (?:have|['’]ve) (?:helped|been (?:easier|quicker|simpler|faster|better))\\b[^.;!?]{0,40}?\\bif ${THEIR_SIDE}(?:['’]d| had) ${THEIR_DEED}`,
    "\\ba (?:quick |simple |brief |single |cursory )?(?:look|glance|check|read|search) (?:at|of|through|in) [^.;!?]{0,40}?\\bwould have (?:told|shown|saved|spared|answered)\\b",
  ].join('|'),
  'i',
);

/** Their account doubted or contradicted. */
const DOUBTED = new RegExp(
  [
    "\\byou (?:seem|appear) to (?:think|believe|assume|expect|imagine|feel|suggest|be (?:under the impression|confused|mistaken|unaware|implying|suggesting))\\b",
    "\\b(?:contrary to|despite|regardless of) (?:what you (?:say|said|claim|claimed|suggest|suggested|think|thought|believe|wrote|imply|implied|assert|asserted)|your (?:claim|assertion|suggestion|belief|insistence|accusation|allegation)s?)\\b",
    "\\byou (?:claim|claimed|allege|alleged|insist|insisted|assert|asserted|maintain|contend)(?:s|ed)? (?:that|to have|you|the|it|our|we|this|there)\\b",
    "\\b(?:as|what) you (?:claim|allege|insist)\\b",
    "\\b(?:i(?:['’]m| am)|we(?:['’]re| are)) not sure (?:where|why|how) you (?:got|get|would (?:think|get)|came to|come to|thought|think)\\b",
    "\\b(?:where|how) did you (?:get|come up with) (?:the idea|that idea|the impression|that impression|this idea)\\b",
    // "That is simply not true", "what you describe is not what happened", "this is categorically untrue" ("this is not
    // correct" alone corrects a figure).
    "\\b(?:that|this|it|which)(?:['’]s| is| was) (?:simply|just|absolutely|categorically|frankly|patently|plainly|completely|entirely|flatly) (?:not (?:true|accurate|correct|what happened|what (?:we|i) said)|untrue|false|incorrect|inaccurate|wrong)\\b",
    "\\b(?:what you (?:say|said|describe|described|wrote|claim|claimed|suggest|suggested)|your (?:claim|account|version|description|assertion|allegation|accusation))(?:['’]s| is| was) (?:simply |just |absolutely |categorically |frankly |patently |plainly |completely |entirely )?(?:not (?:true|accurate|correct|what happened|the case)|untrue|false|incorrect|inaccurate|wrong|mistaken)\\b",
    // "That is simply not the case", with the intensifier that makes it a rebuttal ("that's not the case" can reassure).
    "\\b(?:that|this|it)(?:['’]s| is| was) (?:simply|just|absolutely|categorically|frankly|patently|plainly|certainly) not the case\\b",
  ].join('|'),
  'i',
);

/** Our evidence held against them. */
const AGAINST = new RegExp(
  [
    // "Our records prove the email was opened", "the logs clearly show you were notified" ("our records show that you
    // have an open invoice" is a reminder, not a rebuttal).
    "\\b(?:our|the) (?:records?|logs?|systems?|tracking(?: system)?|data|notes|files|call recordings?|recordings?|cameras?|footage|gps|scan history|audit trail) (?:(?:clearly|plainly|definitely) (?:show|shows|showed|confirm|confirms|confirmed|indicate|indicates)|prove|proves|proved)\\b",
    // Our records as the verdict on their part: "our records show the cancellation request was not completed", "the logs
    // show you never confirmed the address" ("our records show the refund went out on 3 May" informs).
    "\\b(?:our|the) (?:records?|logs?|systems?|notes|files|data) (?:show|shows|showed|indicate|indicates|indicated|confirm|confirms|confirmed)(?: that)? (?:(?:the|your) (?:[\\w-]+ ){0,2}?(?:request|form|confirmation|step|application|cancellation|claim|paperwork|details|authori[sz]ation|signature|booking|order|registration|return)s? (?:was|were|had|has|have)(?:n['’]t| not| never) (?:been )?(?:completed|submitted|finished|confirmed|made|placed|sent|done|received|signed|returned)|you (?:didn['’]t|did not|failed to) (?:complete|finish|confirm|submit|send|request|cancel|return|pay|click|respond|reply|sign)|you never (?:completed|finished|confirmed|submitted|sent|requested|cancell?ed|returned|paid|clicked|responded|replied|signed))\\b",
    // "We're confident the attempt took place", "we are satisfied that the charge was correct".
    "\\bwe(?:['’]re| are) (?:fully |entirely |quite |completely )?(?:confident|satisfied|certain|sure) (?:that )?(?:the|our|this|it|a|an|your|all)\\b[^.;:!?]{0,60}?\\b(?:took place|happened|(?:was|were|is|are) (?:correct|accurate|right|fair|valid|made|delivered|sent|received|applied|handled|followed|carried out|completed|in line|properly|appropriate|justified|legitimate))\\b",
    // "There is no evidence of a fault", "we have no record of you ever calling".
    "\\bthere(?:['’]s| is| was) (?:simply |absolutely )?no (?:evidence|proof) (?:that|of)\\b",
    "\\bno record of you (?:ever |having )?(?:call|contact|request|ask|report|complain|cancel|email|writ)\\w*",
  ].join('|'),
  'i',
);

/** Talking down to them: "surely you can appreciate", "the confusion on your end", "for the third time". */
const TALKED_DOWN = new RegExp(
  [
    "\\bsurely you (?:can|could|must|will|would|understand|appreciate|realise|realize|agree|see|know)\\b",
    // Not when it is denied: "That was our mistake, not a misunderstanding on your part."
    "\\b(?<!\\b(?:not|no|never) (?:a |an |any )?)(?:confusion|misunderstanding|mistake|error|misreading|oversight|mix-up)s? (?:on|at) your (?:end|side|part)\\b",
    "\\bplease (?:take the time to |make the effort to )?(?:actually|properly) read\\b",
    "\\bread (?:the|our|my) [\\w-]+(?: [\\w-]+)? (?:first |carefully |properly )?before (?:contacting|emailing|writing|calling|asking|reaching out|getting in touch|complaining|raising)\\b",
    "\\b(?:repeat|repeating|say|saying|said|explain|explaining|explained|tell|telling|told|ask|asking|asked|mention|mentioned|confirm|confirming|confirmed|write|writing|wrote)(?: (?:this|it|you|that|myself))? for the (?:second|third|fourth|fifth|last|hundredth|umpteenth|nth) time\\b",
    "\\b(?:to be|let me be|i(?:['’]ll| will) be|just to be) (?:crystal|perfectly|absolutely|very) clear\\b(?=[^.!?]{0,60}\\b(?:you|your)\\b)",
    // Told to read first: "described in our help centre, which we recommend reading before opening a ticket".
    "\\b(?:recommend|suggest|ask that you|advise) (?:reading|checking|reviewing|consulting)\\b[^.;!?]{0,40}?\\bbefore (?:opening|raising|submitting|logging|creating|sending|contacting|emailing|calling)\\b",
    // Their choice called waste: "if you're still running your own printers, you are throwing money away".
    "\\byou(?:['’]re| are) (?:just |basically |simply |really |literally )?(?:throwing|wasting|burning|flushing|pouring) (?:money|cash|your money|your budget|good money)\\b",
  ].join('|'),
  'i',
);

/** Sending them away or blaming their silence: "you might have better luck elsewhere", "since you've gone silent". */
const SENT_AWAY = new RegExp(
  [
    "\\byou (?:might|may|could|would|will)(?: well| probably)? (?:have (?:better|more) luck|be (?:better off|happier|better served)) (?:at|with|elsewhere|somewhere|going|shopping|looking|trying)\\b",
    "\\b(?:perhaps|maybe) (?:another|a different|a cheaper|a more affordable|a less expensive|a smaller|a bigger|a larger|another kind of) [\\w-]+(?: [\\w-]+)? (?:would|might|may|could|will) (?:suit|serve|fit|be (?:a )?(?:better|more suitable))\\b",
    "\\b(?:since|as|now that|given that|seeing (?:as|that)) you(?:['’]ve| have)? (?:gone|went|fallen|been) (?:silent|quiet|dark|radio silent|awol|mia)\\b",
    "\\bsince you (?:didn['’]t|did not|never|haven['’]t|have not) (?:respond|reply|replied|responded|answer|answered|get back|got back|gotten back)\\b",
  ].join('|'),
  'i',
);

const QUOTE = /["“”]/;

/** The first of `groups` that matches the sentence, outside a condition, an apology, a question or a quotation. */
function firstMatch(text: string, groups: readonly RegExp[], framed: ReadonlySet<RegExp>): { start: number; end: number } | undefined {
  if (text.length > 1000 || text.trim().endsWith('?')) return undefined;
  const t = text.replace(/’/g, "'");
  for (const re of groups) {
    const m = re.exec(t);
    if (!m) continue;
    const before = t.slice(Math.max(0, m.index - 60), m.index);
    // A condition, an apology or a question around it: "if you didn't get it", "sorry you didn't hear back".
    if (framed.has(re) && FRAME_BEFORE.test(before)) continue;
    // Words in quotation marks are someone else's (the customer's own "you must have lost it").
    if (QUOTE.test(before)) continue;
    return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

const STANCE = [GUESSED_ERROR, DOUBTED, AGAINST, TALKED_DOWN, SENT_AWAY];
const STANCE_FRAMED = new Set([GUESSED_ERROR, DOUBTED, TALKED_DOWN]);
const BLAME = [THEIR_ERROR, COUNTERFACTUAL];
const BLAME_FRAMED = new Set([THEIR_ERROR]);

/** The words by which the sentence talks down to the customer or doubts them (challenge-customer), if it does. */
export function putsDownCustomer(text: string): { start: number; end: number } | undefined {
  return firstMatch(text, STANCE, STANCE_FRAMED);
}

/** The words by which the sentence puts the fault on the customer (blame-shifting), if it does. */
export function blamesCustomer(text: string): { start: number; end: number } | undefined {
  return firstMatch(text, BLAME, BLAME_FRAMED);
}
