/**
 * Phrase lists, as data. Each entry is a small regular-expression source
 * matched case-insensitively on word boundaries; an apostrophe matches both
 * ' and ’. `replacement` is a safe one-click rewrite of the whole match.
 * Sources: ../shared/trust-rubric.md (the seed article each list comes from is
 * named above it).
 */
export interface Phrase {
  /** Matched case-insensitively, on word boundaries. */
  pattern: string;
  replacement?: string;
  /** Where case matters ("I'm Sam from Acme", not "I'm home with a cold"): the matched words must also pass this. */
  cased?: RegExp;
}

/** Boilerplate openers/closers that could go to anyone (rubric 1; seeds 000, 003). */
export const GENERIC_OPENERS: Phrase[] = [
  // A call-centre filler (written blind): "Thank you for your correspondence, the contents of which have been noted".
  { pattern: "the contents of which (?:have been|has been|are) noted" },
  // Found in prospecting emails written blind: "Hope you had an awesome weekend", "I came across your website and noticed a
  // few issues", "In today's rapidly evolving talent landscape", "Circling back one last time", "I just wanted to maybe
  // introduce myself".
  { pattern: "(?:{I} )?hope you (?:had|have|are having|'re having|enjoyed) (?:a|an|the) (?:[\\w-]+ ){0,2}?(?:weekend|week|holiday|holidays|break|monday|friday|day|summer|christmas|thanksgiving|time off|easter|4th|fourth)" },
  // "Happy Monday!", "Good afternoon and compliments of the day." (read on train after the forty-ninth round).
  { pattern: "happy (?:monday|tuesday|wednesday|thursday|friday|(?:over the )?hump day)(?=\\s*[!.,]|\\s*$)" },
  { pattern: "compliments of the (?:day|season)" },
  { pattern: "(?:i|we) (?:just )?(?:came across|stumbled (?:up)?on|was looking at|was browsing|had a look at|took a look at) your (?:website|web site|site|company|business|profile|linkedin(?: profile)?|page)(?: online| on (?:linkedin|google|the web|x|twitter))?(?= and (?:noticed|saw|spotted|found) (?:a few|some|several|a couple of|a number of) (?:issues|things|problems|gaps|areas|opportunities)| and (?:was|were|am) (?:really |very )?(?:impressed|struck|intrigued)| and (?:thought|wanted|decided|figured)\\b|\\s*[,.!]|\\s*$)" },
  // Found in a sixth round of blind prospecting emails: "Reaching out because we help companies like yours…", "so I
  // thought you might be interested in what we do".
  { pattern: "reaching out (?:because|as|since) (?:we|i)\\b" },
  { pattern: "(?:thought|figured) you (?:might|may|would) be interested in (?:what we do|our (?:services|solutions?|products?|platform|offer(?:ing)?s?)|learning more)" },
  { pattern: "in today's (?:rapidly |ever-|fast-|increasingly |constantly )?(?:evolving|changing|ever-changing|fast-paced|paced|competitive|digital|dynamic|connected|hyper-connected) (?:[\\w-]+ ){0,2}?(?:landscape|world|market|marketplace|environment|climate|economy|era)" },
  { pattern: "circling back (?:one (?:last|more|final) time|once more|again)" },
  { pattern: "i (?:just )?wanted to (?:maybe |quickly |briefly )?(?:introduce myself|say hi|say hello)" },
  // "I hope this email finds you well", "I trust this finds you well", "hope my note finds you all doing well".
  // Also "Trusting this note lands at a good moment", "hoping this message catches you well".
  { pattern: "(?:hoping|trusting) (?:that )?(?:this|my|our|the)(?: (?:e-?mail|message|note|letter))? (?:finds|reaches|lands (?:with|at)|catches) (?:you|a good)" },
  { pattern: "(?:{I} )?(?:hope|trust)(?: that)? (?:this|my|our|the)(?: (?:e-?mail|message|note|letter))? (?:finds|meets) you(?: (?:all|both))?(?: (?:doing )?(?:well|good|great|fine|safe|healthy|in good (?:health|spirits)))?" },
  // "I hope that you are well", "hope you're all doing well", "I trust all is well with you".
  { pattern: "(?:{I} )?(?:hope|trust)(?: that)? (?:you(?:'re| are| have been|'ve been)(?: (?:all|both))?(?: (?:doing|keeping))? (?:well|good|great|fine)|(?:all|everything) is (?:well|good)(?: with you| on your (?:end|side))?|you(?:'re| are)(?: (?:all|both))? (?:having|enjoying) (?:a|an|the|your)(?: [\\w-]+){0,2} (?:day|week|weekend|morning|afternoon|month|start|holidays?|break|summer))" },
  // "Hope your Monday is off to a great start", "I hope your week is going well", "Hope Q3 is treating you kindly".
  { pattern: "(?:{I} )?hope(?: that)? (?:your |the |this )?(?:monday|tuesday|wednesday|thursday|friday|weekend|week|day|morning|afternoon|month|quarter|year|new year|summer|spring|autumn|fall|winter|holidays|q[1-4]) (?:is|'s|has been) (?:off to a(?: [\\w-]+){0,2} start|going (?:well|great|smoothly)|treating you (?:well|kindly)|(?:going )?(?:great|good|productive))" },
  { pattern: "i(?: just)? wanted to (?:reach out|touch base|check in|follow up)" },
  // The same with what was "come across" first: "I came across Marlow Foods and wanted to reach out" (round 8).
  // Not what was read there ("I came across your post on cold-chain audits and wanted to…"): that is about them.
  { pattern: "i (?:came across|stumbled (?:up)?on) (?:your (?:website|company|profile|business|page|firm|linkedin(?: profile)?)|[\\w&'’-]+(?: [\\w&'’-]+){0,2}) and (?:just )?wanted to (?:reach out|touch base|connect|say hi|say hello|introduce myself)" },
  { pattern: "(?:i(?:'m| am) )?(?:just )?(?:touching base|checking in|following up on my (?:(?:last|previous|earlier) (?:e-?mail|message)|(?:e-?mail|message|note) (?:from|of) (?:last week|yesterday|last (?:monday|tuesday|wednesday|thursday|friday)|a few days ago|(?:monday|tuesday|wednesday|thursday|friday))))" },
  { pattern: "i(?:'m| am) reaching out(?: to you)?(?: because| today)?" },
  { pattern: "to whom it may concern" },
  { pattern: "i am writing to (?:introduce|inform you)" },
  // Stock openers in other words (batch misses): "Hope things are humming along over there", "Hope all's well",
  // "Happy Monday! Hope the weekend recharged the batteries", "hope you are in the pink of health", "Warm greetings from
  // all of us at…", "Just a quick note to say hi", "Apologies for the cold email", "just following up once again".
  { pattern: "(?:{I} )?hope (?:things|everything|life|work|business)(?:'s| is| are)? (?:going well|humming along|ticking along|treating you well|good|well)(?: over there| on your (?:end|side))?(?! (?:with|for) )" },
  { pattern: "(?:{I} )?hope all(?:'s| is) well" },
  { pattern: "(?:{I} )?hope (?:the|your) (?:long )?weekend (?:recharged|was (?:restful|relaxing|good|great)|treated you well)" },
  { pattern: "(?:in the pink of health|hope you(?:'re| are) in good health)" },
  { pattern: "warm(?:est)? greetings from" },
  // Found in emails written blind in other registers: "Wishing you and your esteemed office a productive quarter ahead",
  // "I am writing you only to present myself". (A bare "Greetings from Shenzhen Everbright…" was tried: the dev split's
  // reader reads it as the company introducing itself, not as a stock opener.)
  { pattern: "wishing you(?: and (?:your|the) [\\w ]{1,30}?)? an? (?:productive|great|wonderful|happy|successful|pleasant|prosperous|good) (?:quarter|week|day|year|month|season|start)(?: ahead)?" },
  { pattern: "(?:i am|i'm) writing (?:to )?you (?:only |just |simply )?to (?:present|introduce) (?:myself|ourselves|our|my)" },
  { pattern: "just a quick note to say (?:hi|hello)" },
  { pattern: "quick one for you" },
  { pattern: "apologies for the cold (?:e-?mail|outreach|message|note)" },
  { pattern: "(?:just )?following up (?:once )?again|further to my previous (?:mails?|e-?mails?|messages?)" },
  // "I'm writing to follow up on our previous correspondence", "I am reaching out to follow up on my last note".
  { pattern: "(?:i(?:'m| am) )?(?:writing|reaching out|emailing|getting in touch) to follow up on (?:our|my) (?:previous|last|earlier|recent|prior) (?:correspondence|e-?mails?|messages?|notes?|conversation|exchange)" },
  { pattern: "last attempt from me" },
  { pattern: "hope you(?:'re| are) weathering" },
  // "Just circling back on my last email", "bumping this to the top of your inbox".
  { pattern: "(?:i(?:'m| am) )?just circling back(?: (?:on|to) (?:my|our|this|the) (?:last |previous |earlier )?(?:e-?mail|message|note|proposal))?|circling back (?:on|to) (?:my|our) (?:last |previous |earlier )?(?:e-?mail|message|note|proposal)|just bumping this(?: (?:up|to the top of your inbox))?" },
  // A twenty-second round of blind emails: "Greetings from Sampada Bank!", "Greetings of the day!" as the first line.
  { pattern: "^greetings (?:from|of the day)\\b" },
  // "I hope this mail meets you well" (a twenty-fourth round of blind emails).
  { pattern: "(?:{I} )?(?:hope|trust)(?: that)? (?:this|my) (?:e-?mail|mail|message|note|letter) (?:meets|reaches) you (?:well|in good health|in good spirits)" },
  // Scripted thanks for feedback that could open any ticket (a thirty-fifth round of blind emails): "Thank you for taking
  // the time to share your feedback regarding your recent stay". ("Thank you for contacting Brewhaus Support" was measured
  // too: readers flag it in 14 train emails and pass it in 6.)
  { pattern: "thank(?:s| you) for taking the time to (?:share|provide|leave|give|send) (?:us )?(?:your |some )?(?:valuable )?(?:feedback|comments|review)(?: (?:regarding|about|on|concerning) your recent)?" },
];

/** Scripted empathy (seed 000: "Don't pretend-feel"). */
export const FAKE_EMPATHY: Phrase[] = [
  // Breezy empathy claimed, not shown (emails written blind): "totally feel you on this one", "I get it on a deep level",
  // "your emotions are completely valid and heard".
  { pattern: "(?:totally |really |completely )?feel you on this(?: one)?|(?:i|we) get it on a (?:deep|whole (?:other|new)) level|your (?:emotions|feelings|frustrations?) (?:are|is) (?:completely |totally |entirely )?valid" },
  { pattern: 'i (?:completely |totally |fully )?(?:know|understand) (?:exactly )?how you(?: must)? feel' },
  { pattern: 'i (?:completely |totally |fully |can )?understand your (?:frustration|concerns?|disappointment|anger)' },
  { pattern: 'we (?:completely |totally |fully )?understand your (?:frustration|concerns?|disappointment)' },
  { pattern: 'i (?:can only )?imagine how (?:frustrating|upsetting|annoying|difficult) (?:this|that|it) (?:is|must be|has been)' },
  { pattern: 'i feel your pain' },
  // "I hear you." as a stock line; not "I hear you got the job" (= I've heard that you…).
  { pattern: 'i hear you(?: and i understand(?: your \\w+)?)?(?=\\s*(?:[,.!;]|$))' },
  { pattern: 'i do apologi[sz]e for any inconvenience' },
  { pattern: 'your (?:call|business|satisfaction|feedback|opinion|experience|request|query|enquiry|inquiry|message|email|case|ticket|complaint) is (?:very |extremely |really |truly |most )?important to us' },
  { pattern: 'we (?:truly |really |greatly )?value your feedback' },
  { pattern: "{I} {INTENS}understand how (?:upsetting|frustrating|disappointing|difficult|annoying|stressful|inconvenient) (?:this|that|it|travel \\w+|\\w+ \\w+) (?:must be|can be|is|has been|may be)" },
  { pattern: "your (?:satisfaction|membership|concerns?|comfort|custom) (?:is|are) (?:{INTENS})?(?:important to us|our (?:number one|#1|top|first|highest) priority)" },
  { pattern: "rest assured,? (?:that )?(?:your|we)" },
  { pattern: "{I} (?:recogni[sz]e|appreciate) (?:that )?this (?:situation )?(?:may|might) have caused" },
  { pattern: "i hear your (?:concerns?|frustration)" },
  // Stock warmth in other words (batch 9, support mail): "your trust means the world to us", "the whole team here
  // genuinely cares", "to us you're family", "one of our most treasured clients", "your feelings are completely valid".
  { pattern: "your (?:[\\w-]+ (?:and [\\w-]+ (?:of mind )?)?)?(?:trust|happiness|comfort|peace of mind|satisfaction|business|custom|loyalty) (?:means (?:the world|a lot|everything|so much) to us|(?:is|are) what drives us|will always come first|always comes? first)" },
  { pattern: "we (?:totally |completely |really )?hear (?:you|ya)(?=\\s*(?:[,.!;]|and\\b|$))" },
  { pattern: "(?:every (?:single )?member of|the whole|our whole|our entire|the entire|everyone on) (?:our |the )?team (?:here )?(?:genuinely |truly |really |deeply )?cares?" },
  { pattern: "you(?:'re| are) (?:like )?family|(?:not|never) (?:just )?(?:a|another) (?:ticket |account |case )?number\\b|(?:as|like) a ticket number" },
  { pattern: "(?:one of )?our most (?:treasured|cherished) (?:clients|customers|partners|members)|close to our hearts?" },
  { pattern: "your feelings are (?:completely |totally |entirely )?valid" },
  { pattern: "(?:i'd|i would) feel (?:exactly )?the same(?: way)? in your shoes" },
  { pattern: "empathi[sz]e wholeheartedly|wholeheartedly empathi[sz]e|(?:we|i) (?:can )?(?:very well )?understand your (?:agony|pain|anguish|distress)" },
  // Stock warmth in still other words (batch misses): "I understand this must be upsetting, however…", "your comfort will
  // always come first", "we value you as a cardholder", "we've heard your concerns", "your comments have touched us all".
  { pattern: "(?:understand|appreciate|know) (?:this|that|it) (?:must be|is|may be|might be|can be) (?:[\\w-]+ ){0,2}?(?:upsetting|frustrating|annoying|disappointing|stressful|difficult),? (?:however|but)" },
  { pattern: "will always come first" },
  // The stock line of a complaint reply: "we take all complaints very seriously", "we take this matter extremely seriously"
  // (not a claim about ourselves: "we take reliability seriously" is a boast, if anything).
  { pattern: "(?:we|i) (?:do |always )?take (?:(?:your|all|every|any|customer|client)s? (?:[\\w-]+ )?(?:complaints?|feedback|concerns?|comments?|reports?|matters?|issues?)|this(?: matter| issue| complaint)?) (?:very |extremely |really |incredibly |so |most )?seriously(?![^.;!?]{0,60}\\b(?:so|which is why|that's why|and) (?:i|we)(?:'ve| have)\\b)" },
  { pattern: "(?:i|we) (?:totally|completely|fully) understand,? and" },
  { pattern: "how (?:this|that|it) made you feel" },
  { pattern: "(?:completely|totally|fully) appreciate how (?:important|frustrating|stressful|upsetting|difficult)" },
  { pattern: "we value you as (?:a|an|our) (?:(?:valued|esteemed|loyal|important|long-standing|long-time) )?(?:customer|cardholder|member|client|guest|partner|policyholder)" },
  { pattern: "(?:we've|we have|i've|i have) heard your concerns" },
  { pattern: "(?:have|has) touched us(?: all)?|pride ourselves on caring" },
  { pattern: "(?:can only|cannot|can't) (?:begin to )?(?:picture|imagine) how" },
  // "Please be assured that your comments have been heard and shared with the relevant department heads" (a thirty-fifth
  // round of blind emails): a concern logged, said as if it were care.
  { pattern: "(?:please )?(?:be assured|rest assured) (?:that )?your (?:comments|feedback|concerns?|views|complaint) (?:have|has) been (?:heard|noted|logged|shared|passed on|taken on board)" },
];

/** Apologies that apologise for nothing in particular (rubric 4; seed 000). */
export const NON_APOLOGIES: Phrase[] = [
  // The fault made small: "so sorry to hear about the hiccup", "sorry for the little blip" (whole emails written blind).
  { pattern: "sorry (?:to hear )?(?:about|for) (?:the|this|that|your) (?:little |small |minor |slight |tiny )?(?:hiccup|blip|bump|bummer|wobble)s?" },
  // "sorry for any inconvenience (this may have caused)", "we do sincerely apologise for any disruption this may cause",
  // "please accept our apologies for any trouble", "we regret any confusion".
  { pattern: "(?:(?:please accept )?{OUR} {INTENS}(?:(?:sincere|sincerest|deepest|humble|heartfelt) )?{APOLOGIES}|{I} {INTENS}(?:{APOLOGISE}|regret)|(?:{IM} )?{INTENS}sorry) (?:for|about) any (?:(?:inconvenience|confusion|trouble|frustration|disruption|disappointment|difficulty|difficulties|distress|annoyance|delay|issues?|problems?)(?: or (?:inconvenience|confusion|trouble|frustration|disruption|delay))?)(?: (?:this|that|it|which)(?: may| might| could| will| has| have)?(?: have)? (?:caused|cause|created)(?: you)?| caused)?(?! (?:(?:resulting |caused )?(?:from|by)|over|about|with|in|on) (?:my|our|me|us)\\b)" },
  // "we regret any inconvenience (this may have caused)".
  { pattern: "{I} {INTENS}regret any (?:inconvenience|confusion|trouble|disruption)(?: (?:this|that|it|which)(?: may| might)?(?: have)? (?:caused|cause)(?: you)?)?" },
  // Sorry for their feelings, not for what happened: "sorry you feel that way", "sorry that you're unhappy with the price".
  { pattern: "(?:{IM} )?{INTENS}sorry (?:if |that |to hear (?:that )?)?you(?:'re| are| were| feel| felt| have been|'ve been| seem)(?: (?:so|very|a bit|a little|feeling))? (?:that way|this way|upset|unhappy|disappointed|offended|inconvenienced|dissatisfied|frustrated|annoyed|not happy|not satisfied|let down)" },
  // Conditional apologies: "I apologise if our service fell short", "we're sorry if anyone was offended".
  { pattern: "(?:{I} {INTENS}{APOLOGISE}|(?:{IM} )?{INTENS}sorry) if (?:you|anyone|anybody|(?:this|that|it) (?:caused|has caused|upset|offended|inconvenienced|came across|sounded)|(?:we|i) (?:have |'ve )?(?:caused|upset|disappointed|offended|fell short|failed)|(?:our|the) (?:[\\w-]+ ){0,2}(?:fell short|has fallen short|did not|didn't|was not|wasn't|failed to))" },
  { pattern: "(?:sorry|{APOLOGIES}|{I} {INTENS}{APOLOGISE}) for the inconvenience" },
  // Sorry for their choice or their "experience": "we are sorry that you decided to cancel", "sorry to hear about your experience".
  { pattern: "(?:{IM} )?{INTENS}sorry (?:that |to hear (?:that )?)?you (?:decided|chose|have decided|have chosen|'ve decided|'ve chosen|feel|felt) (?:to|that|the need)" },
  { pattern: "(?:{IM} )?{INTENS}sorry to (?:hear|learn|read) (?:about )?(?:of )?(?:your|this|that) (?:experience|feedback|dissatisfaction|disappointment|frustration)(?=[.!,;]|$)" },
  // Sorry for how it felt, or if it did (batch misses): "I'm sorry if the new pricing came as a surprise", "sorry the
  // refund process felt slow to you", "we regret that the review did not go the way you had hoped", "it's unfortunate
  // that you were left with that impression", "any delays are deeply regretted", "sorry this has been a bumpy ride".
  { pattern: "(?:sorry|apologi[sz]e|apologies|regret) if (?:[\\w'’,-]+ ){0,8}?(?:came across|came as|felt|seemed|upset|muddied|wasn't|weren't|was not|were not|given you)" },
  { pattern: "sorry (?:that )?(?:the|this|your|our|my) (?:[\\w-]+ ){0,4}?(?:felt|seemed|came across) (?:[\\w-]+ ){0,3}?to you" },
  { pattern: "(?:wasn't|weren't|hasn't been|was not|were not) (?:quite )?(?:the|what) (?:[\\w-]+ ){0,4}?you(?:'d| had| were)? (?:have )?(?:wanted|hoped|hoping|expected|envisioned|wished)" },
  { pattern: "(?:regret|sorry) (?:that )?(?:[\\w-]+ ){1,6}?(?:did not|didn't|hasn't|has not|haven't|have not|wasn't|weren't) (?:go|gone|lived up to|live up to|been|come out|came out|turned out) (?:the way|what|how|as) you" },
  // Regret with no one in it ("It is regrettable that a number of visits did not go ahead"), not a fault owned ("It is
  // unfortunate that I sent the wrong size").
  { pattern: "(?:it's|it is|it was) (?:most |very |deeply |truly |really )?(?:unfortunate|regrettable) that(?! (?:i|we)\\b)" },
  { pattern: "if anything (?:we|i) (?:did|said) (?:upset|offended|bothered|annoyed)" },
  { pattern: "(?:is|are) (?:deeply |sincerely |much |greatly )?regretted" },
  { pattern: "disappointed to hear (?:[\\w-]+ ){0,3}?(?:haven't|hasn't|didn't|don't) felt" },
  { pattern: "sorry (?:this|it|that) (?:has been|was|'s been) (?:a bit of )?a bumpy ride" },
  { pattern: "sorry (?:about|for) any (?:hassle|bother)" },
  { pattern: "apologi[sz]e for (?:this|the) inconvenience" },
  // "we regret very much that you have experienced a feeling of dissatisfaction" (a thirty-sixth round).
  { pattern: "regret (?:very much |greatly |deeply |sincerely )?that you (?:have )?(?:experienced|felt|had|feel) (?:a |some )?(?:feeling|sense) of" },
];

/** Hiding behind policy (seeds 000, 001, 003). */
export const POLICY_SPEAK: Phrase[] = [
  // Found in account emails written blind (round 5): the contract's clause as the answer, scope, no exceptions.
  { pattern: "per (?:section|clause|schedule|article) [\\d.]+(?:\\([a-z]\\))? of (?:the|our|your) (?:[\\w-]+ ){0,2}(?:msa|contract|agreement|terms|sow|order form)" },
  { pattern: "(?:was|is|were|are)(?:n't| not| never) (?:in|within) (?:the )?scope" },
  { pattern: "the contract only covers" },
  // "sold as seen, which is made very clear on every listing and at checkout" (round 32 blind emails).
  { pattern: "(?:which|this|that|it) (?:is|was) made (?:very |quite |perfectly |abundantly )?clear (?:on|in|at) (?:every|each|all|the|our)" },
  { pattern: "(?:not|isn't|is not) (?:listed|included) as a deliverable" },
  // "Credits are not available under the terms of your agreement."
  { pattern: "(?:is not|are not|isn't|aren't) (?:available|possible|permitted|allowed|payable|offered|covered) under (?:the )?(?:terms|conditions|rules|policy|provisions) of (?:your|the|our)\\b" },
  // "It is not the Bank's practice to provide…", "in accordance with our billing terms" (whole emails written blind).
  { pattern: "(?:it is|it's) not (?:the [\\w-]+'s|our|company|standard) (?:practice|policy) to" },
  { pattern: "(?:per|as per|under|in line with|according to|in accordance with) our (?:[\\w-]+ )?terms(?: and conditions)?" },
  // The rule as the shield, in other words: "that's just how it works - it's company procedure", "for security
  // reasons we cannot discuss…", "I'm not authorised to issue refunds over £50", "we are bound by regulations that…".
  { pattern: "(?:that's|that is|it's|it is) (?:just |simply )?(?:company|our|standard) (?:procedure|policy|protocol)|(?:that's|that is) (?:just |simply )?how (?:it|things|this) works?(?=[,.;:!]| i'm afraid| unfortunately|$)" },
  { pattern: "for (?:security|compliance|legal|data protection|gdpr|regulatory|audit|policy) reasons,? (?:(?:we|i) (?:cannot|can't|can not|are unable|am unable|are not able|am not able|don't|do not|won't|will not)|(?:[\\w-]+ ){1,3}?(?:cannot|can't|can not|won't|will not) be\\b)" },
  { pattern: "(?:i'm|i am|we're|we are) not (?:authori[sz]ed|permitted|allowed) to (?:issue|give|offer|make|approve|refund|change|cancel|waive|discuss|share|release|extend)" },
  { pattern: "(?:we're|we are|i'm|i am) bound by (?:[\\w-]+ ){0,2}(?:regulations?|rules|terms|policy|policies|law|laws|guidelines)" },
  { pattern: "(?:that(?:'s| is)|this is|it(?:'s| is)) (?:against )?(?:our|company) policy" },
  { pattern: '(?:per|as per|according to|in line with|in accordance with) (?:our|company) (?:policy|policies|terms and conditions|guidelines)' },
  { pattern: "(?:our|company|store) (?:refund |returns? |cancellation )?(?:policy|policies) (?:{NOT} (?:allow|permit|cover)|only (?:allows?|covers?|permits?)|(?:clearly )?(?:states?|says|requires?|dictates?|prohibits?|prevents?))" },
  { pattern: "(?:we|i) (?:are|am) (?:not (?:able|permitted|allowed)|unable) to make (?:an )?exceptions?" },
  { pattern: "(?:we|i) (?:cannot|can't|can not) make (?:an )?exceptions?" },
  { pattern: 'company policy' },
  // A charge put to them as the rule: "standard callout fee applies", "usual admin charges apply" (fifteenth blind round).
  { pattern: "(?:the )?(?:standard|usual|normal) (?:[\\w-]+ ){0,2}(?:fees?|charges?|rates?) (?:will )?appl(?:y|ies)" },
  { pattern: 'unfortunately,? (?:this|that|it) is not (?:possible|something we (?:can|are able to) do)' },
  { pattern: 'our hands are tied' },
  // "as (clearly) stated in the terms", "as outlined in our refund policy".
  { pattern: "as (?:(?:clearly|explicitly|plainly|already) )?(?:stated|outlined|specified|set out|explained|described|noted) (?:in|on|under) (?:(?:our|the) (?:terms(?: and conditions| of (?:service|use|sale))?|t&cs?|fine print|small print)|our (?:refund |returns? |cancellation )?polic(?:y|ies))" },
  // Denial by fate: "this was outside our control, so no refund is due".
  { pattern: "(?:outside|beyond) (?:of )?(?:our|my) control,? (?:so|and so|and|therefore|which means)(?: that)? (?:(?:there (?:is|will be) )?no (?:refunds?|compensation|credits?|reimbursements?|exceptions?)(?: (?:is|are|will be|can be) (?:due|owed|payable|possible|available|given|offered|made))?|(?:we|i) (?:can't|cannot|can not|won't|will not|are unable to|am unable to|are not able to) [\\w-]+)" },
  { pattern: "no (?:refunds?|compensation|credits?|reimbursements?|exceptions?) (?:is|are|will be|can be) (?:due|owed|payable|possible|available|given|offered|made)" },
  // Rules said of everyone: "all customers are required to…".
  { pattern: "(?:all|every|each) (?:customers?|clients?|users?|members?|subscribers?|guests?|buyers?|account holders?|orders?|returns?) (?:are|is|must be) (?:required|obliged|expected) to" },
  { pattern: "you(?:'re| are) not (?:eligible|entitled) (?:for|to)" },
  // "per our terms", "as per section 7.2 of our agreement", "in line with our standard terms of carriage".
  { pattern: "(?:per|as per|under|in line with|according to|in accordance with) (?:section [\\d.]+ of )?our (?:updated |standard |booking |membership )?(?:terms(?: of (?:service|use|sale|carriage))?|t&cs?|policy|policies|procedures?|pricing policy|agreement|booking terms)" },
  // The terms as the answer to them, not a deal described ("Under the terms of the merger, shareholders would receive…"):
  // a limit, a charge or a no in the same sentence.
  { pattern: "(?:per|as per|under|according to|in accordance with) (?:section [\\d.]+ of )?the (?:updated )?(?:terms(?: and conditions| of (?:service|use|sale))?|t&cs?)(?=[^.!?]{0,160}\\b(?:not|no|cannot|can't|can’t|won't|won’t|only|must|required|non-?refundable|fees?|charged?|penalt(?:y|ies)|forfeit\\w*|expire[sd]?|void)\\b)" },
  { pattern: "(?:is|are) non-?negotiable" },
  { pattern: "(?:this|that|it) is (?:our )?standard (?:procedure|policy|practice)|that's (?:our )?standard (?:procedure|policy|practice)|that's our (?:standard )?policy" },
  { pattern: "(?:our|the) (?:[\\w-]+ )?(?:systems?|software|platform|procedures?|rules|terms) (?:{NOT}|only) (?:permit|allow)" },
  { pattern: "(?:is|isn't|is not) (?:not )?something (?:i|we|support|the team) (?:am|are|is) (?:able|permitted|allowed) to (?:change|do|offer|override)" },
  { pattern: "regardless of (?:the )?circumstances" },
  { pattern: "(?:we|i) (?:are|am) (?:unable|not able) to (?:accept (?:any )?liability|offer (?:a )?refunds?|refund|honou?r|waive)|(?:we )?accept no liability" },
  { pattern: "(?:cannot|can't|can not) be (?:guaranteed|refunded|changed|paused|reversed)(?:,)? as (?:noted|stated|set out|outlined) in" },
  // The rule as the answer: "in line with our security policy and cannot be overridden", "as per our returns policy",
  // "in accordance with clause 8.2", "it is working exactly as designed", "weather delays count as extraordinary circumstances".
  { pattern: "(?:as per|per|in line with|in accordance with|according to) (?:our|the) (?:(?!privacy )[\\w-]+ ){0,2}(?:policy|policies|rules|regulations|guidelines|procedures?)" },
  { pattern: "in accordance with (?:clause|section|article|paragraph) [\\d.]+" },
  { pattern: "(?:our|the) (?:[\\w-]+ ){0,2}(?:promise|policy|guarantee|warranty|cover|scheme)s? (?:applies|apply) only to|(?:our|the) (?:[\\w-]+ ){0,2}(?:promise|policy|guarantee|warranty|cover|scheme)s? only (?:applies|apply) to" },
  { pattern: "(?:cannot|can't|can not) be overridden" },
  { pattern: "(?:is|it's|that's) working (?:exactly |just |precisely )?as (?:designed|intended)" },
  { pattern: "(?:count|counts|classed|classified|qualify|qualifies) as (?:an? )?(?:extraordinary|exceptional|force majeure|exempt)(?: circumstances?| events?)?" },
  { pattern: "no (?:compensation|refund|credit|reimbursement)s? (?:applies|apply|is payable|will be (?:paid|issued))" },
  { pattern: "(?:would|wouldn't|would not) (?:not )?be fair (?:to|on) (?:the )?(?:other )?(?:customers|clients|tenants|guests|members|users|passengers|residents)" },
  // A flat no to what they asked for, with no reason (contract mail of the corpus): "We cannot agree to cross-
  // acceleration", "We do not agree to the suggested change", "We cannot accept surety bonds as collateral",
  // "Transactions resubmitted after the deadline will not be accepted". A no with its reason is left to the reader.
  { pattern: "(?:we|i) (?:do not|don't|cannot|can't|can not|will not|won't|are unable to|are not able to|am unable to) agree to(?! (?:more|disagree))\\b(?![^.;!?]{0,120}\\b(?:because|since|due to|given that|unless)\\b)" },
  { pattern: "(?:we|i) (?:do not|don't|cannot|can't|can not|will not|won't|are unable to|are not able to|am unable to) (?:accept|amend) (?:any |the |an? |this |that |these )?(?:[\\w-]+ ){0,2}?(?:as (?:a |an )?(?:form|means|method)|transactions?|changes?|bonds?|returns?|liability|payments?|cheques?|checks?|orders?|amendments?|substitutions?|language|terms?|clauses?|at this time)\\b(?![^.;!?]{0,120}\\b(?:because|since|due to|given that|unless)\\b)" },
  { pattern: "(?:will not|won't|cannot|can't|can not) be (?:accepted|honou?red)(?![^.;!?]{0,120}\\b(?:because|since|due to|given that|unless|until)\\b)" },
  // The rule as the answer in other words (batch misses): "with no exceptions", "procurement rules on our side mean we
  // can't…", "outside what the guarantee covers", "not something we are in a position to offer", "the billing system won't
  // let me", "makes no provision for", "a discount isn't on the table", "I'd have to do it for everyone".
  { pattern: "with no exceptions" },
  { pattern: "(?:procurement|company|internal|our|house) (?:rules|procedures?|processes|policies) (?:on our side |here )?mean (?:we|i) (?:can't|cannot|can not|are unable|am unable)" },
  { pattern: "outside what (?:the|your|our) (?:[\\w-]+ )?(?:covers|allows|includes)" },
  { pattern: "not something we(?:'re| are) (?:in a position|permitted) to" },
  { pattern: "nothing (?:further|more|else) (?:i|we) can do,? as" },
  { pattern: "system (?:just |simply )?(?:won't|will not|doesn't|does not) (?:let|allow) (?:me|us)" },
  { pattern: "makes no provision for" },
  { pattern: "(?:isn't|is not|aren't|are not) on the table" },
  { pattern: "do it for everyone" },
  { pattern: "under (?:our )?(?:current )?policy" },
  // The rule as the last word: "recorded automatically … and are therefore final, in accordance with hotel policy" (round 46).
  { pattern: "(?:in accordance with|in line with|as per|per|according to) (?:hotel|company|store|bank|house|club|school|clinic|airline|shop) (?:policy|policies|rules|regulations)|(?:is|are) (?:therefore |thus |hence )final\\b" },
  // What cannot be done, put on a rule of ours: "roaming charges can't be waived under our usage policy" (round 45).
  { pattern: "(?:can't|cannot|can not|won't|will not) be (?:waived|refunded|credited|reversed|removed|changed|approved|offered|covered|allowed|accepted|extended|honou?red) under (?:our|the) (?:[\\w-]+ )?(?:policy|policies|terms(?: and conditions)?|t&cs|rules)" },
  { pattern: "(?:doesn't|does not|don't|do not) qualify for" },
  { pattern: "my hands are tied" },
  // The rule as the subject that decides: "our guidelines require a receipt for every return", "the regulations state…".
  { pattern: "(?:our|the|company|store) (?:[\\w-]+ ){0,2}?(?:guidelines|procedures?|rules|regulations|protocols?|terms(?: and conditions)?|t&cs) (?:{NOT} (?:allow|permit|cover)|only (?:allows?|covers?|permits?)|(?:clearly )?(?:states?|say|says|requires?|require|dictates?|dictate|mandates?|stipulates?|prohibits?|prohibit|prevents?|prevent))(?! (?:how|what|where|which|when|who|you can)\\b)" },
  // The fine print pointed at in plain words (a twenty-second round of blind emails): "as is written in the pricing page".
  { pattern: "as (?:is |it is |it's |was )?(?:written|stated|specified|set out|outlined) (?:in|on) (?:the|our) (?:pricing page|pricing|terms(?: and conditions| of (?:service|use|sale))?|t&cs|(?:[\\w-]+ )?policy)\\b" },
  // "Taxi costs can only be considered where we failed to provide onward transport" (a twenty-second round of blind emails).
  { pattern: "can only be (?:considered|reimbursed|refunded|accepted|approved|covered|paid|offered|issued|honou?red) (?:where|when|if|in cases where|for (?:bookings|orders|customers|claims) (?:made|placed|that|which|where))\\b" },
  // A twenty-third round of blind emails: the rule named before what it denies ("Under our privacy policy, requests can
  // take up to 30 days", "According to clause 12 of our purchase agreement, delays … are not subject to penalty").
  { pattern: "under (?:our|the) (?:[\\w-]+ )?(?:policy|policies|terms(?: and conditions)?|t&cs|rules|guidelines)(?=,)" },
  { pattern: "(?:according to|as per|under|per) (?:clause|section|article) \\d+(?:\\.\\d+)? of (?:our|the) (?:[\\w-]+ )?(?:agreement|contract|terms|policy|t&cs)" },
  // The system as the wall, the customer's duty as printed, the terms they signed (a thirty-fifth round of blind emails).
  { pattern: "(?:our )?(?:agents|staff|advisors|advisers|team members|team|representatives) (?:do not|don't|does not|doesn't) have the (?:ability|authority|access|permission|power|means) to (?:reverse|refund|change|amend|cancel|override|waive|adjust)" },
  { pattern: "(?:customers|clients|guests|buyers|members) are (?:asked|expected|advised|reminded|obliged) to (?:[\\w,-]+ ){1,10}?as (?:outlined|stated|set out|explained|specified|described) (?:at|in|on|during)" },
  { pattern: "(?:that's|that is|it's|it is|this is) (?:all |clearly )?(?:in|covered in|set out in|stated in) the (?:terms|contract|agreement|t&cs|terms and conditions|paperwork) you (?:signed|agreed to|accepted)" },
  // "Accommodation arrangements are the responsibility of the delegate", "as per process" (a thirty-sixth round).
  { pattern: "(?:are|is) the (?:sole )?responsibility of the (?:delegate|customer|client|guest|buyer|tenant|attendee|passenger|account holder|purchaser)s?" },
  { pattern: "as per (?:the )?(?:standard )?(?:process|procedure|protocol)\\b" },
  // The contract they signed as the wall, a system that allows no exceptions, a warranty that "does not provide for",
  // "falls outside what we can offer", "for security reasons, blocks cannot be lifted by email" (a forty-eighth round).
  { pattern: "as (?:the|your) (?:[\\w-]+ )?(?:contract|agreement|terms(?: and conditions)?|t&cs|policy) (?:(?:that )?you (?:signed|agreed to|accepted) )?(?:clearly |explicitly |plainly )?(?:states|says|sets out|shows|stipulates)\\b" },
  { pattern: "(?:as per|per|under|according to) (?:the|your) (?:[\\w-]+ )?(?:agreement|contract|terms) (?:that )?you (?:signed|agreed to|accepted)\\b" },
  { pattern: "under the terms of (?:your|the) (?:[\\w-]+ ){0,2}(?:contract|agreement)[^.!?]{0,60}?\\b(?:we are|we're) (?:entitled|permitted|allowed) to" },
  { pattern: "(?:warranty|policy|contract|agreement|terms|plan|cover|coverage|guarantee|scheme) {NOT} provide for" },
  { pattern: "(?:falls?|fell|is|are) outside (?:of )?what (?:we|i) (?:can|are able to|am able to) (?:offer|do|provide|agree to)" },
  // Read on train after the forty-ninth round (a booking system that allows no exceptions and "for security reasons, blocks
  // cannot be lifted" are in the older patterns above): the website as the wall, the standard call-out rate, what does not come
  // under the warranty, "it is our policy to".
  { pattern: "as (?:(?:clearly|explicitly|plainly|already) )?(?:stated|shown|explained|set out|listed) on (?:the|our) (?:[\\w-]+ ){0,2}website" },
  { pattern: "which is (?:our |the )?standard (?:practice|procedure|policy)" },
  { pattern: "(?:billed|charged|invoiced) at (?:our|the) standard (?:call-?out|visit|return visit|re-?visit|inspection|diagnostic) (?:rate|fee|charge)" },
  { pattern: "{NOT} (?:come|fall) (?:under|within) (?:our|the) (?:[\\w-]+ )?(?:warranty|guarantee|cover|policy)" },
  { pattern: "(?:it is|it's|as it is) (?:[\\w-]+'s|our|company) policy to" },
];

/** Passing the customer elsewhere (seeds 000, 001, 003). */
export const BUCK_PASSING: Phrase[] = [
  // Found in account emails written blind (round 5): another desk, the ideas portal, someone else's insurance.
  { pattern: "(?:you may|you can|please|kindly) (?:contact|write to|email|call|reach) (?:the |our )?(?:[\\w-]+ ){0,2}(?:helpdesk|help desk|service desk|accounts team|billing team|customer service team)" },
  { pattern: "(?:welcome|free) to (?:upvote|vote for|submit|post) [^.;!?]{0,30}?(?:ideas? portal|feature requests?|community forum)" },
  // "all supplier payments are processed by our Accounts Department in Lagos and not by the Kaduna office" (round 33).
  { pattern: "(?:is|are) (?:handled|processed|managed|dealt with|done|decided) (?:solely |only |centrally )?by (?:our|the) (?:[\\w&-]+ ){0,3}(?:department|team|office|head office|headquarters)(?: in [\\w-]+)?,? (?:and )?not (?:by )?(?:the|this|us|me|our|my)\\b" },
  { pattern: "matter for (?:the|your) [\\w' -]{0,30}?(?:insurance|insurer|landlord|bank|provider|manufacturer)" },
  // "Kindly approach your home branch", "please contact your travel agent or the booking platform", "you could also try
  // emailing refunds@… directly", "Kindly contact our toll-free helpline".
  { pattern: "(?:kindly|please) approach (?:your|the|our) (?:[\\w-]+ )?(?:[\\w-]+ )?(?:branch|office|department|desk|helpline|counter|help ?line)\\b|(?:kindly|please) (?:contact|call|ring) (?:your|the|our) (?:home|nearest|local|concerned|toll-free) (?:[\\w-]+ )?(?:branch|office|department|desk|helpline|counter|help ?line)\\b" },
  { pattern: "(?:please )?contact (?:your|the) (?:travel agent|booking (?:platform|site|agent)|card issuer|issuing bank|airline|retailer|seller|marketplace)\\b" },
  // "customers may also approach their home branch" (a twenty-second round of blind emails).
  { pattern: "(?:customers|clients|users|members|you) (?:may|can|could|should|will need to|need to|are requested to|are advised to) (?:also |kindly )?approach (?:their|your|the) (?:home |nearest |local |concerned )?(?:branch|bank|provider|dealer|retailer|store|office|department)\\b" },
  // The customer sent to their own provider ("…managed by your registrar. Please contact them."): a thirteenth round of
  // blind emails.
  { pattern: "(?:please|kindly) (?:contact|get in touch with|reach out to) them(?: directly)?(?=\\s*[.!]|\\s*$)|(?:please|kindly) (?:contact|call|ring|email|get in touch with|reach out to) (?:your (?:domain )?(?:registrar|hosting provider|host|isp|internet provider|broadband provider|it team|it department|it support|administrator|admin))\\b" },
  { pattern: "(?:you could|you can|you might|you may) (?:also )?try (?:emailing|calling|contacting|ringing|writing to) [\\w@.-]+ (?:directly|instead)\\b" },
  // "Any queries regarding this increase must be directed to our head office in writing."
  { pattern: "(?:any )?(?:queries|questions|complaints|concerns|disputes|requests) (?:[\\w-]+ ){0,6}?(?:must|should|need to|will need to|have to) be (?:directed|sent|addressed|raised|referred|put|made) (?:to|with) (?:our|the) (?:[\\w-]+ )?(?:head office|office|department|team|desk|centre|center|unit)\\b" },
  { pattern: "(?:that(?:'s| is)|this is|it(?:'s| is)) not (?:my|our) (?:department|job|area|responsibility|team)" },
  { pattern: "you(?:'ll| will) (?:have|need) to (?:contact|call|email|reach out to|go to|visit|check|ask|get in touch with|submit|file|speak (?:to|with))" },
  { pattern: 'you (?:have|need) to (?:contact|call|go to|reach out to|get in touch with) (?:our|the|another)' },
  { pattern: "(?:so |then )?you (?:will )?(?:need|have) to ask (?:them|the (?:[\\w-]+ )?(?:supplier|manufacturer|mill|bank|carrier|courier|vendor|seller))(?: directly)?" },
  { pattern: 'please (?:contact|call|reach out to|get in touch with) (?:our|the) (?:\\w+ )?(?:department|team|support|desk|help ?desk|hotline|vendor)' },
  { pattern: "there(?:'s| is) nothing (?:(?:more|else) )?(?:i|we) can do" },
  // (Not "out of our hands": a reader takes it for the fault put elsewhere, blame-shifting, and blame-elsewhere.ts reads it so.)
  { pattern: "(?:i(?:'m| am)|we(?:'re| are)) (?:just|only) the messenger" },
  { pattern: "(?:i|we) (?:don't|do not|can't|cannot) (?:handle|deal with) (?:that|this|those)" },
  // "please refer to our status page for the latest information", "see our help centre", "check the FAQ": a page instead
  // of an answer, a generic article included ("see our help centre article on sync issues"). (Not "visit our website" in
  // a pitch, which invites a look; nor an article written for them: "the help centre article I've written for your team".)
  { pattern: 'refer to (?:our|the) (?:website|web ?site|faqs?|help (?:center|centre|pages?)|knowledge ?base|status page|support (?:site|portal|pages?)|online help|community forum)' },
  { pattern: "(?:please )?(?:see|check|visit|consult) (?:our|the) (?:faqs?|help (?:center|centre|pages?)|knowledge ?base|status page|support (?:site|portal|pages?)|community forum)(?![^.!?\\n]{0,60}?\\b(?:i|we)(?:'ve| have)? (?:just )?(?:set up|updated|added|made|built|written|wrote|put together)\\b)(?![^.!?\\n]{0,60}?\\bfor (?:you|your)\\b)" },
  { pattern: '(?:is|are) (?:handled|dealt with|owned) by (?:our|the|a|another) (?:\\w+ )?(?:team|department|group|desk)' },
  // Passing the buck to the structure: "each store is run by a separate franchisee", "our dealers are independently owned".
  { pattern: "(?:each|every|our|the|that|this|your) (?:[\\w-]+ )?(?:stores?|shops?|locations?|branch(?:es)?|outlets?|restaurants?|franchises?|dealers?|dealerships?|sellers?|merchants?|hotels?)(?: (?:in|of) (?:our|the) (?:[\\w-]+ )?(?:group|chain|network|brand))? (?:is|are) (?:(?:run|owned|operated|managed)(?: and (?:run|owned|operated|managed))? (?:independently|separately|by (?:a |an |its own |their own |the )?(?:separate |independent |different |third[- ]party |local |individual )?(?:franchisees?|owners?|operators?|compan(?:y|ies)|entit(?:y|ies)|sellers?|merchants?|partners?|business(?:es)?))|independently (?:run|owned|operated|managed))" },
  // The same, said of what they run (a forty-fifth round of blind emails): "Service bookings are managed by our independent
  // partner garages", "each garage sets its own schedule".
  { pattern: "(?:is|are) (?:managed|handled|run|operated|set|scheduled|decided) (?:directly |entirely |separately )?by (?:our |the |each |their )?(?:independent|separate|third[- ]party|individual)(?: [\\w-]+)? (?:garages?|stores?|shops?|partners?|dealers?|dealerships?|franchisees?|contractors?|branches|locations?|sites?|clinics?|agents?|operators?)" },
  { pattern: "each (?:garage|store|shop|branch|location|site|clinic|dealer|dealership|franchisee|partner|hotel|restaurant|outlet) (?:sets|runs|manages|handles|decides|has) (?:its|their) own (?:schedule|policy|policies|rules|prices|pricing|hours|bookings|terms|process)" },
  // Sending the customer elsewhere: "please contact the manufacturer directly", "take it up with the accounts department",
  // "you may wish to contact your account manager", "we'd suggest contacting the restaurant directly".
  // (Not the notice's footer: "If you have any questions, please contact your Account Manager.")
  // (Nor the writer's own call: "I will contact your office tomorrow".)
  { pattern: "(?<!(?:questions?|queries|concerns|help|assistance)[^.!?]{0,40})(?<!\\b(?:i|we)(?:'ll|’ll| will| shall| can| could| would|'d|’d| am going to|'m going to|’m going to)(?: (?:also|then|now|personally|gladly|happily))? )(?<!\\blet me (?:also )?)(?:contact|call|speak (?:to|with)|write to|get in touch with|reach out to|raise (?:this|it) with|take (?:it|this|that) up with) (?:the|your|their|our) (?:[\\w-]+ ){0,2}?(?:manufacturer|store|shop|restaurant|bank|landlord|retailer|seller|branch|account manager|provider|carrier|courier|department|franchise|office|venue|hotel|airline|insurer|marketer|supplier|vendor|broker|installer|contractor|utility|operator)s?(?: directly| yourself)?" },
  // "You'd be better off speaking to Mark when he's back", "your best bet is to call…" in other words.
  { pattern: "(?:you'd|you would|you'll|you will|you might|you may) be better off (?:speaking|talking|contacting|calling|asking|getting in touch|emailing|writing|going)" },
  { pattern: "(?:you may wish to|you might want to|you may want to|you(?:'ll| will) want to|should you wish to|we(?:'d| would) (?:suggest|recommend)|i(?:'d| would) (?:suggest|recommend))(?: (?:that )?you)? (?:contact|contacting|call|calling|speak|speaking|get in touch|getting in touch|reach out|reaching out|pursue|pursuing|raise|raising)" },
  { pattern: "(?:has been|have been|was|were|i've|i have|we've|we have) (?:passed|forwarded|sent|referred) (?:your |the |this )?(?:[\\w-]+ )?(?:feedback|comments?|complaint|concerns?|query|request|case|message|email)? ?(?:on )?to (?:the )?(?:relevant |appropriate |right )?(?:department|team|management|person)" },
  { pattern: "(?:must|should|need to|needs to) be (?:submitted|sent|made|raised|filed|directed) (?:directly )?to the (?:manufacturer|store|retailer|seller|sender|carrier|courier|bank)" },
  { pattern: "(?:the sender|the seller|the store|the retailer|the manufacturer|your bank|your landlord) (?:will )?(?:need|needs|has|have) to (?:open|file|raise|submit|contact|claim|deal)" },
  { pattern: "(?:i|we) (?:only|just) (?:handle|deal with|cover|look after)" },
  { pattern: "(?:unable|not able|can't|cannot) to comment on|(?:can't|cannot) comment on" },
  { pattern: "(?:is|are|can be) (?:found |listed |available )?on (?:their|our) (?:website|site|help (?:center|centre)|faq)" },
  { pattern: "(?:can be )?downloaded from our website" },
  { pattern: "(?:you(?:'ll| will) find|visit|see) (?:the |our )?(?:[\\w-]+ ){0,3}?(?:in|on|at) our (?:help (?:center|centre)|faq|website|knowledge base|support site)" },
  { pattern: "(?:please )?(?:visit|check) our (?:website|help (?:center|centre)|faq|social media)" },
  { pattern: "the number on the back of your card" },
  { pattern: "so please (?:speak|talk|write) to them" },
  // Disclaimers aimed at the customer: "we are not responsible for lost parcels".
  { pattern: "(?:we|i)(?:(?: are|'re| am|'m| will| shall)(?: not|n't)(?: be)?| aren't| won't be| can(?:not|'t) be held) (?:responsible|liable|accountable) for (?:any |the |your )?(?:[\\w-]+ )?(?:loss|losses|damage|damages|delays?|items?|parcels?|packages?|goods|errors?|issues?|problems?|charges?|fees?|costs?|third[- ]part(?:y|ies)|carriers?|couriers?)" },
  // Elsewhere, instead: "please email our privacy office instead", "direct any further correspondence to our head office",
  // "you're welcome to post it on the community forum".
  { pattern: "(?:please )?(?:email|e-mail|contact|call|write to|phone) (?:our|the) (?:[\\w-]+ ){0,2}?(?:office|department|team|desk|line|address) instead" },
  { pattern: "(?:direct|address|send|forward) (?:any|all) (?:further )?(?:correspondence|queries|questions|complaints|enquiries|inquiries)(?: (?:about|on|regarding) (?:this|the) (?:matter|issue|case))? to (?:our|the) (?:[\\w-]+ )?(?:head office|office|department|team|address|legal team)" },
  { pattern: "(?:post|raise|share|submit) (?:it|this|that|your (?:idea|request|suggestion)) (?:on|in|to) (?:the|our) (?:community )?(?:forum|ideas (?:board|portal)|feedback (?:board|portal))" },
  // Sent elsewhere in other words (batch misses): "the courier is the one you need to chase", "the delay is between you
  // and the freight forwarder", "our partner owns the integration, so they're best placed to answer", "your local depot
  // will be able to advise further", "contract questions should go to legal rather than me", "that decision sits above
  // my pay grade", "we're only the booking agent".
  { pattern: "(?:is|are) the (?:one|ones|people|team) you(?:'ll)? need to (?:chase|contact|call|speak to|talk to)" },
  { pattern: "(?:is|are) (?:now )?between you and (?:the|your)" },
  { pattern: "(?:they're|they are|he's|he is|she's|she is) (?:best|better) placed to (?:answer|help|advise|deal)" },
  { pattern: "(?:depot|team|branch|office|department|provider|bank|manufacturer|retailer|dealer|insurer|landlord|agent) will be (?:able|best placed) to advise" },
  { pattern: "(?:go|goes|should go|be addressed|be sent|is a (?:matter|question)|a (?:matter|question)) (?:to|for) (?:the |your )?(?:[\\w-]+ ){0,3}(?:rather than |not (?:to |for )?)(?:me|us)\\b" },
  { pattern: "(?:doesn't|does not|don't|do not) handle (?:[\\w-]+,? ){1,3}so (?:please )?(?:call|contact|ring|email|speak to)" },
  { pattern: "(?:approach|contact) the concerned (?:department|team|person|authority)" },
  { pattern: "they look after that (?:sort of thing|side of things|side)" },
  { pattern: "above my pay grade" },
  { pattern: "(?:that|this) one goes to" },
  { pattern: "(?:we're|we are) only the (?:[\\w-]+ )?(?:agent|reseller|retailer|broker|middleman|platform|marketplace)" },
  // "Kindly coordinate directly with SwiftLink Express using your tracking number" (a twenty-third round of blind emails).
  { pattern: "(?:kindly|please|you(?: can| may| should| will need to| need to| could| might want to)) (?:coordinate|liaise|follow up|deal|take it up|raise it) directly with (?:the |your )?[\\w&-]+", cased: /directly with (?:the |your )?(?:courier|carrier|airline|bank|supplier|manufacturer|retailer|seller|\p{Lu})/u },
  // A twenty-fourth round: the complaint sent on to whoever "is responsible", a branch visit, the app's makers.
  { pattern: "(?:forwarded|passed|sent|referred) (?:your|the|this) (?:complaint|request|query|email|case|matter|issue) (?:on )?to (?:our|the) [^,.;!?]{1,40}?,? which (?:is|are) responsible for\\b" },
  { pattern: "(?:you may|you can|you could|please|kindly) visit any of our (?:branches|stores|offices|service (?:centres|centers|points))\\b" },
  { pattern: "(?:reach(?:ing)? out to|contact(?:ing)?|get(?:ting)? in touch with) the (?:app |plugin |plug-in |theme |third-party )?(?:developers?|vendors?|makers?|manufacturers?) directly\\b" },
  // A dispute sent elsewhere in the passive: "Any disputes relating to card transactions should be raised with the issuing bank".
  { pattern: "(?:any |all )?(?:disputes|claims|complaints|queries|questions|issues) (?:relating to|regarding|about|concerning|with) (?:[\\w-]+ ){1,3}(?:should|must|need to|will need to|have to) be (?:raised|taken up|directed|addressed|referred|made) (?:directly )?(?:with|to) (?:the|your)" },
  // "all billing disputes are to be raised exclusively through the Enterprise Self-Care portal" (a thirty-sixth round).
  { pattern: "(?:are|is|must|should) (?:to )?be (?:raised|submitted|logged|made|lodged|filed) (?:exclusively|only|solely|strictly) (?:through|via|on|in|using) (?:the|our)" },
];

/** Shifting blame: passive cover-ups and blaming the customer (rubric 4). */
export const BLAME_SHIFTING: Phrase[] = [
  // Found in account-management emails written blind (round 5): control disowned, a vendor's issue, another party that
  // "dropped the ball", nothing anyone could have done, the market as the reason, a rise "necessitated", a timeline
  // "impacted", their input said late or malformed, the fault on their end.
  { pattern: "(?:outside|beyond) (?:of )?(?:our|my|anyone's) control" },
  { pattern: "(?:a |an )?(?:vendor|third-party|supplier|partner|carrier|upstream) (?:issue|problem|fault|error)" },
  { pattern: "dropped the ball" },
  // Found in a thirty-second round of blind emails: the answer they should have read ("That's covered in the onboarding
  // guide we sent in October"), what they could have done ("You were welcome to come and measure them before buying"),
  // and their typo suggested ("it's possible a typo was made at the time of ordering").
  { pattern: "(?:that|this|it)(?:'s| is| was) (?:all )?(?:covered|explained|set out|described|documented) in (?:the|our) (?:[\\w-]+ ){0,2}(?:guide|manual|documentation|faqs?|handbook|instructions|welcome pack)" },
  { pattern: "you were (?:welcome|free|able|invited) to (?:[\\w-]+ ){1,8}?before (?:buying|ordering|signing|booking|paying|you (?:bought|ordered|signed|booked|paid))" },
  { pattern: "(?:it's|it is) (?:possible|likely|probable) (?:that )?(?:a|the) (?:typo|mistake|error) was made (?:when|at the time of|during|while|on) (?:ordering|placing|booking|checkout|entering|filling|the order)" },
  { pattern: "(?:wasn't|was not|isn't|is not) (?:really )?(?:much|anything) (?:that )?(?:we|i|anyone(?: here)?) could(?:'ve| have)? (?:done|do)" },
  { pattern: "it happens,? unfortunately|unfortunately,? (?:it|these things) happens?" },
  { pattern: "(?:due to|owing to|because of|in (?:light|view) of|as a result of) (?:the )?(?:prevailing|current|changing|challenging|difficult|recent) market conditions" },
  { pattern: "(?:has become|it became|it is now|it was) (?:necessary|unavoidable) to (?:revise|increase|raise|adjust|change|review)|(?:was|were|has been|have been) necessitated" },
  { pattern: "(?:was|were|has been|have been) (?:impacted|affected) (?:[\\w-]+ ){0,4}?(?:by (?:several|a number of|various|multiple|some|a few) (?:factors|issues)|as a result of|due to)" },
  { pattern: "(?:was|were) (?:delivered|sent|provided|supplied|submitted) (?:to us )?(?:late(?! (?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day| (?:last|yesterday|this|that|in the))|incomplete|in (?:a |the )?(?:different|wrong|incorrect) format)" },
  { pattern: "(?:unacceptable|issue|problem|fault|mistake|error|delay|failure)[^.;!?]{0,30}? on their (?:end|side)" },
  // Found in support replies in other registers (written blind): our side cleared by our records ("shown as successful
  // from our end", "as per our records you did not book…"), fate ("due to operational reasons", "these things happen
  // unfortunately"), and the fault placed with another side ("This is not from clinic side").
  { pattern: "(?:successful|fine|in order|correct|completed) (?:from|on|at) our (?:end|side)\\b" },
  // Found in support and account emails written blind (round 3): the error that just happened ("a pricing error
  // occurred", "the invoice was generated incorrectly", "things fell through the cracks"), a backlog as the cause,
  // control disowned, their absence as the cause, a hold-up at the carrier's depot.
  { pattern: "(?:an?|some) (?:[\\w-]+ )?(?:error|mistake|glitch|mix-?up)s? (?:occurred|happened|arose|crept in)" },
  { pattern: "(?:was|were|got|had been|has been|have been) (?:[\\w-]+ )?(?:assigned|generated|processed|entered|applied|charged|calculated|set up|configured|billed|issued|shipped|delivered|labell?ed|priced|recorded|keyed) (?:incorrectly|wrongly|by mistake)" },
  { pattern: "(?<!\\bin case (?:it |this |that |my (?:[\\w-]+ )?)?)(?:fell|slipped) through the (?:cracks|net)" },
  { pattern: "(?:due to|because of|caused by) (?:a |an |the )?(?:[\\w-]+ )?(?:backlog|surge|spike|influx) (?:of|in)" },
  { pattern: "not (?:something|anything) (?:that )?(?:we|i) (?:had|have|could have had) (?:any )?control over" },
  { pattern: "no(?:body| one) was (?:available|(?:at )?home|there|in|present) to (?:receive|accept|sign for|take delivery|collect|let)" },
  { pattern: "no [\\w-]+(?: [\\w-]+)? (?:was|were|has been|had been) (?:submitted|sent|provided|given|completed|returned|signed|made|paid|received) by you" },
  { pattern: "(?:got|was|were|has been|have been) (?:delayed|held up|stuck|lost|damaged|misrouted) (?:at|by|in|with) (?:the|our|their) (?:[\\w-]+ ){0,4}?(?:depot|warehouse|hub|courier|carrier|haulier|sorting (?:office|centre|center))" },
  { pattern: "as per our records,? (?:you |your (?:[\\w-]+ ){0,2})(?:did not|didn't|have not|haven't|had not|hadn't|never|failed to)\\b" },
  { pattern: "due to (?:unavoidable |unforeseen )?operational (?:reasons|issues|requirements|constraints)" },
  { pattern: "these things (?:do )?happen(?:,? unfortunately)?(?=\\s*[.!,;]|\\s*$)" },
  { pattern: "(?:is|was|it's) not from (?:our |the )?(?:[\\w-]+ )?(?:clinic|store|branch|bank|hotel|shop|company|office|our)(?:'s)? (?:side|end)\\b" },
  // Found in support emails written blind: the fault disowned ("this one isn't down to us", "not an issue with our
  // product"), put on someone else's side ("the error comes from Salesforce's side", "which is their mistake"), or handed
  // on with the parcel ("it becomes the responsibility of the courier", "caused by them rather than us").
  { pattern: "(?:isn't|is not|wasn't|was not) (?:down to|caused by|because of) (?:us|me|our (?:end|side|team|system|product|software))\\b" },
  { pattern: "(?:is|was|'s) not (?:an? )?(?:issue|problem|fault|bug|error) (?:with|in|on|of) (?:our|my) (?:end|side|product|system|software|app|platform|service|code)\\b" },
  { pattern: "(?:comes?|came|originates?|originated|is coming) (?:from|on) (?:the other|their|[A-Z][\\w&-]*'s|the (?:[\\w-]+ )?(?:bank|courier|carrier|supplier|vendor|provider|partner)'s) (?:side|end)\\b" },
  { pattern: "(?:which|that|it)(?: is|'s| was) (?:entirely |completely |clearly )?their (?:mistake|fault|error|doing|responsibility)\\b" },
  // The fault placed with the customer's own bank, provider or device ("This is really a problem with your bank, which
  // rejected the payment"): found writing a probe of fresh support replies (6 December).
  { pattern: "(?:this|that|it)(?:'s| is| was) (?:really |actually |simply |just |most likely |probably )?(?:a|an) (?:problem|issue|fault|matter) (?:with|at|on the side of) your (?:bank|card issuer|card provider|internet provider|broadband provider|isp|network|router|phone|device|browser|email provider|mobile provider|carrier)\\b" },
  { pattern: "becomes? the responsibility of (?:the|your) (?:[\\w-]+ )?(?:courier|carrier|postal service|post office|delivery (?:company|firm|partner)|supplier|bank|provider|network)" },
  { pattern: "(?:caused by|down to|the fault of) (?:them|the (?:[\\w-]+ )?(?:courier|carrier|supplier|vendor|provider|partner|bank)) rather than (?:us|me)\\b" },
  { pattern: "it's (?:entirely |completely |totally |simply )?(?:outside|beyond) (?:of )?(?:our|my) control(?!,? (?:and )?(?:so|therefore|which means))" },
  // The fault as what customers usually do: "rust spots are often happening when the customer stores the parts near sea water".
  { pattern: "(?:often|usually|normally|typically|mostly|generally|commonly) (?:is |are )?(?:happening|happens|happen|caused|occurs?|occurring|seen) (?:when|because|if) (?:the )?(?:customer|customers|user|users|client|clients|buyer|buyers|you)\\b" },
  // Found in whole emails written blind: the product cleared and the customer blamed ("everything on our end is behaving
  // as designed", "before assuming it's the app"), the parcel out of our hands, a partner stretched thin, the customer's
  // file as the cause ("the file your IT folks sent over needed quite a bit of rework").
  { pattern: "(?:everything|all|it)(?:'s| is)? (?:on|at) our (?:end|side) (?:is )?(?:behaving|working|functioning|running) (?:as (?:designed|expected|intended)|fine|normally|correctly)" },
  { pattern: "before assuming (?:it's|it is|that it's|it was) (?:the|our|an?) (?:app|system|software|product|platform|service|fault|bug|problem|tool)" },
  { pattern: "once (?:a |the |your )?(?:parcel|package|order|shipment|item|delivery)s? (?:leaves?|has left|left) our (?:dock|warehouse|depot|premises|hands|site)s?,? (?:it's|it is|they're|they are) (?:in|with|up to) the" },
  { pattern: "(?:the|our|their) (?:[\\w-]+ )?(?:partner|supplier|courier|carrier|vendor|provider|contractor|delivery firm|agency)s? (?:has|have|had) been (?:stretched|swamped|overloaded|overwhelmed|slammed|stretched thin)" },
  { pattern: "(?:file|files|data|export|spreadsheet|list|brief|assets|details|numbers|figures|photos|images|content|copy|descriptions|artwork) (?:that )?(?:you|your (?:[\\w-]+ ){0,2}?(?:team|folks|people|department|it|colleagues|staff)) sent (?:over |us |in )?(?:needed|had|contained|(?:was|were) (?:missing|incomplete|wrong|late|out of date|in (?:the wrong|several|(?:[\\w-]+ )?different|like))|arrived (?:late|incomplete))" },
  // The customer's silence as the cause, said as what would have been: "had the night manager been notified of a later
  // arrival, the room would certainly have been held".
  { pattern: "had (?:you|the |our |your )?(?:[\\w-]+ ){0,2}?(?:been (?:notified|told|informed|advised|made aware)|(?:notified|told|informed|called|phoned|let) (?:us|the hotel|reception|the team))(?: of [\\w -]{1,30}?)?,? (?:the|your|we|it|this) (?:[\\w-]+ ){0,3}?would" },
  // Found in a thirteenth round of blind emails: the fault disowned and the cause put elsewhere ("The problem isn't on
  // our side; it's your router", "It is not related to our servers; it's the DNS settings on your domain"), and fate as
  // the reason ("Due to the extraordinary circumstances, assessment timeframes are longer than usual").
  { pattern: "(?:isn't|is not|wasn't|was not|aren't|are not) (?:on|at|from) (?:our|my) (?:side|end)\\b" },
  // Found in a twenty-second round of blind emails: the fault denied in plain words, and the customer's side named as
  // the likely cause ("there is no error on our side", "most probably the gallery was deleted by some user of your account").
  { pattern: "there (?:is|was|has been) no (?:error|fault|problem|issue|bug|mistake|failure)s? (?:on|at|from) (?:our|my) (?:side|end)\\b" },
  { pattern: "(?:most |very )?(?:probably|likely),? (?:the |your )?(?:[\\w-]+ ){0,3}?(?:was|were|has been|have been) (?:deleted|removed|changed|cancelled|canceled|overwritten|moved|entered|uploaded|edited) by (?:you|your|someone (?:on|in|at|from) your|some (?:user|one|person) (?:of|on|in|from) your|a user (?:of|on|in) your|another user)\\b" },
  { pattern: "(?:isn't|is not|wasn't|was not|aren't|are not) (?:related to|connected (?:to|with)|linked to|coming from|a result of) (?:our|my) (?:servers?|systems?|platform|app|software|network|product|service|code|side|end)\\b" },
  { pattern: "(?:due to|owing to|because of|given) (?:the )?(?:extraordinary|exceptional|unprecedented|unusual|unforeseen) (?:circumstances|events|conditions|situation|demand|volumes?)" },
  { pattern: "(?:an? )?unprecedented (?:volume|number|level|amount|surge) of (?:claims|calls|requests|orders|enquiries|inquiries|tickets|emails|bookings)" },
  { pattern: 'mistakes were made' },
  { pattern: 'it was decided (?:that|to)' },
  { pattern: 'errors? (?:was|were|have been|has been) made' },
  { pattern: '(?:due to|because of) (?:a |an |the )?(?:recent |temporary |unexpected |brief )?(?:system|technical|computer|software|hardware|server|network|it) (?:error|glitch|issue|failure|problem|fault|outage)s?' },
  // Blame on the crowd: "due to an exceptionally high volume of requests".
  { pattern: '(?:due to|because of) (?:an? |the )?(?:exceptionally |unusually |extremely |very )?(?:high|heavy|large|increased|unprecedented|record) (?:volume|demand|number)s?' },
  { pattern: 'errors? (?:was|were|have been|has been) (?:introduced|encountered|found)' },
  { pattern: '(?:the|our) system (?:made|caused) (?:an |the )?(?:error|mistake)' },
  // What they should have done ("you should have obtained an authorisation number", "so you should have raised it on
  // Friday", "you should have ensured that…"; not "you should have had a call from us", which owns it).
  { pattern: 'you (?:should|must) have (?:read|checked|known|called|told|followed|noticed|obtained|raised|reported|ensured|made sure|notified|informed|contacted|submitted|kept|applied|requested|asked for|booked|declared|flagged|inspected|noted|signed|returned|cancell?ed)' },
  { pattern: "as you were (?:told|informed|advised)" },
  { pattern: "(?:as|like) (?:i|we)(?:'ve| have)? (?:already|previously) (?:told you|said|stated|explained|informed you)" },
  { pattern: "(?:as|like) (?:i|we) (?:told|informed) you (?:before|already|previously|earlier|twice)" },
  { pattern: 'as (?:previously|already) (?:stated|explained|communicated)' },
  // Found in a seventh round of blind emails: the newsletter that should have warned them, the cause put on their side.
  // ("As I mentioned in my previous email" was tried too: as often a colleague's neutral follow-on, on dev corpus mail.)
  { pattern: "(?:should(?: not|n't)(?: have)?|would(?: not|n't)(?: have)?) (?:come as|been|be) (?:a|any) surprise" },
  { pattern: "(?:was|were|has been|had been|have been) (?:clearly |already |duly )?communicated to (?:all|every|our) (?:[\\w-]+ )?(?:customers|clients|users|members|subscribers|account holders)" },
  { pattern: "caused by (?:[\\w-]+ ){1,4}on (?:your|the user's|the customer's|the client's|their) (?:side|end)" },
  { pattern: 'per my (?:last|previous|earlier) (?:e-?mail|message|note)' },
  { pattern: 'you (?:failed|neglected) to' },
  // Blaming the customer: "You didn't follow the setup steps", "Why didn't you call us as soon as…".
  { pattern: "you (?:didn't|did not) (?:follow|read|check|enter|select|update|use|tell us|call us|contact us|let us know)" },
  { pattern: "why (?:didn't|did not) you (?:call|tell|check|contact|let|read|follow)" },
  { pattern: "(?:this|that|it) (?:is|was|'s) (?:not (?:our|my) fault|your (?:fault|mistake|responsibility))" },
  { pattern: "(?:this|that|it) (?:isn't|wasn't) (?:our|my) fault" },
  // Our part denied: "so it is not really caused by our technician", "the fault was not due to our installers" (round 17).
  { pattern: "(?:(?:is|was|are|were) not|isn't|wasn't|aren't|weren't) (?:really |actually |in any way )?(?:caused by|due to|the fault of) (?:our|us|me|my)\\b" },
  // Blame on a third party: "the delay was caused by the courier", "the error was down to our supplier".
  { pattern: "(?:the|this|that|your|any) (?:[\\w-]+ ){0,2}?(?:delay|problem|issue|error|mistake|outage|mix-?up|confusion|damage|failure|disruption|hold-?up)s? (?:was|were|is|are|has been|have been) (?:(?:entirely|solely|actually|all|wholly) )?(?:caused by|due to|the (?:fault|result) of|down to|on) (?:the|a|an|our|their|your) (?:[\\w-]+ ){0,2}?(?:courier|carrier|supplier|vendor|manufacturer|partner|shipping company|warehouse|post office|postal service|bank|third[- ]party|contractor|subcontractor|provider|distributor|factory|payment processor|system|software)s?" },
  // "a disruption … caused by network problems at third parties": others, unnamed.
  { pattern: "(?:caused by|due to|the fault of|down to) (?:[\\w-]+ ){0,4}?(?:third parties|a third party|other parties|outside parties)" },
  // "caused by an issue with one of our third-party CDN providers", "originated with our payment processor".
  // Not a compound ("due to the bank holiday") nor money owed ("the balance due to the subcontractors").
  { pattern: "(?<!(?:balance|amount|payment|money|monies|sum|fees?|funds|rent|cash|invoices?|payments) (?:[\\w-]+ )?)(?:caused by|due to|originated (?:with|from|at|in)|down to) (?:an? (?:issue|problem|fault|error|failure) (?:with|at|in) )?(?:one of )?(?:the|our|their|a|an) (?:[\\w-]+ ){0,2}?(?:courier|carrier|supplier|vendor|manufacturer|partner|shipping company|warehouse|bank|third[- ]party|contractor|subcontractor|provider|distributor|factory|processor|depot)s?(?![ -](?:holidays?|accounts?|details|transfers?|statements?|cards?|fees?|charges?|rates?))" },
  { pattern: "(?:courier|carrier|supplier|vendor|manufacturer|partner|warehouse|bank|provider|distributor|factory|contractor|processor|system|software)s? (?:is|are|was|were) (?:entirely |solely |wholly |partly )?to blame" },
  { pattern: "(?:the|our) (?:[\\w-]+ )?(?:courier|carrier|supplier|vendor|manufacturer|shipping company|partner|provider|distributor)s? (?:tells?|told|informed|says?|said) (?:us|me) (?:that )?(?:the |your |it |they )(?:[\\w-]+,? ){0,6}?(?:(?:was|were|is|are) held up|delayed|(?:is|are) slowing|slowed|lost|damaged|(?:a|their) fault|(?:a|their) problem|stuck|backlog)" },
  // "our supplier only told us yesterday", "the courier never delivered it", "our vendor failed to ship".
  { pattern: "(?:our|the|their) (?:[\\w-]+ )?(?:courier|carrier|supplier|vendor|manufacturer|partner|warehouse|bank|provider|distributor|factory|contractor)s?(?: in [A-Z][\\w-]+)? (?:only (?:told|informed|notified|alerted|let) (?:us|me)|never (?:told|informed|notified|sent|shipped|delivered|let)|(?:failed|neglected) to|(?:didn't|did not) (?:tell|inform|notify|let us know|send|ship|deliver))" },
  { pattern: "(?:our|the) (?:vendor|supplier|partner|courier|carrier|manufacturer|bank)(?:'s)? (?:fault|mistake|error)" },
  { pattern: "(?:is|was|were|are|been) (?:entirely |completely |totally |simply )?(?:outside|beyond) (?:of )?(?:our|my) control(?!,? (?:and )?(?:so|therefore|which means))" },
  { pattern: "due to (?:unforeseen|circumstances|issues|factors|reasons) (?:circumstances|outside|beyond)?" },
  { pattern: "(?:issues|problems|circumstances|factors) (?:outside|beyond) (?:of )?our control" },
  { pattern: "(?:outside|beyond) the control of (?:our|the)" },
  // Read on train after the forty-ninth round: the fault on their side, fate, the market (a party's responsibility and a
  // party's slip in the passive are read in blame-elsewhere.ts, with its list of parties).
  { pattern: "(?:delay|problem|issue|fault|error|mix-?up|swap|hold-?up)s? (?:is|was|are|were|originated|came|comes) (?:entirely |all |mostly |wholly )?(?:from|on) their (?:side|end)\\b" },
  { pattern: "(?:very )?little (?:anyone|anybody|we|i) could (?:have )?(?:done|do)\\b" },
  { pattern: "(?:impacted|affected|hit|hurt) (?:every|all|most) (?:[\\w-]+ )?(?:advertiser|customer|business(?:es)?|compan(?:y|ies)|provider|operator|retailer|seller|shipper|carrier|brand)s? in the (?:market|industry|sector|country|region)\\b|(?:is|are) (?:standard|normal|common|usual) across the (?:industry|sector|market)\\b" },
  { pattern: "due to (?:general|current|wider|prevailing|overall|recent) market conditions\\b" },
  // The manual they were given, what most customers do (a forty-eighth round).
  { pattern: "(?:is|are|was) (?:all )?(?:explained|covered|described|set out|stated) (?:on page \\d+ of|in) (?:the|your) (?:[\\w-]+ ){0,2}(?:manual|guide|handbook|booklet|documentation|instructions) (?:that )?you (?:received|were given|got)\\b" },
  { pattern: "most (?:customers|clients|people|buyers|guests|users|owners) (?:check|read|review|look at|consult) (?:the|our) (?:[\\w-]+ ){0,2}(?:guide|manual|instructions|faq|terms|size chart|sizing guide) (?:before|first)\\b" },
  { pattern: "(?:wasn't|was not|isn't|is not) (?:our|my) (?:decision|call|fault|doing)" },
  { pattern: "you (?:should|could) have (?:reviewed|selected|looked|read|checked|chosen|ordered)" },
  { pattern: "if you(?:'d| had) (?:selected|chosen|read|checked|followed|entered|ordered|told us)" },
  { pattern: "our (?:carrier|supplier|partner|vendor|courier|provider|hosting provider|\\w+ partner|software|\\w+ software|ticketing system|booking system) (?:has been|had|let|failed|dropped|lost|struggled|was struggling|has been struggling)" },
  // Their trouble as the reason: "The courier has had staff shortages this month", "our supplier is short-staffed".
  { pattern: "(?:the|our|their) (?:[\\w-]+ )?(?:courier|carrier|supplier|vendor|manufacturer|partner|warehouse|provider|distributor|factory|contractor|delivery (?:company|firm|partner))s? (?:has|have|had|is|are|was|were)(?: been)? (?:(?:having|had|facing|seeing|dealing with|experiencing|very|extremely|really|badly|severely) )?(?:(?:some|a few|major|ongoing|severe|serious|unexpected|real) )?(?:staff(?:ing)? (?:shortages?|issues|problems)|short[- ]staffed|understaffed|(?:a )?backlogs?|overwhelmed|swamped|technical (?:issues|problems|difficulties))" },
  // A third party named as the one who got it wrong: "the courier mislabelled a batch", "our supplier packed them from
  // the wrong batch", "our hosting provider changed their API without warning", "the new temp keyed in the wrong postcode".
  { pattern: "(?:unfortunately,? )?(?:the|our|their) (?:[\\w-]+ )?(?:courier|carrier|supplier|vendor|manufacturer|partner|warehouse|bank|provider|distributor|factory|contractor|subcontractor|postal service|post office|temp|agency|driver|installer|franchisee)s? (?:mislabell?ed|misrouted|misdirected|mixed up|lost|damaged|packed (?:\\w+ )?(?:from|with|in) the wrong|keyed in the wrong|sent (?:\\w+ )?(?:to )?the wrong|delivered (?:\\w+ )?(?:to )?the wrong|changed (?:\\w+ ){0,4}without (?:warning|notice|telling us)|only confirmed|gave us the wrong|made (?:an? )?(?:error|mistake))" },
  // The fault placed on the customer's side: "an error occurred on the bank's side", "a config thing on your side",
  // "the hold-up is with your IT department", "down to the customer's own Bluetooth settings".
  { pattern: "(?:problem|issue|error|fault|thing|glitch|hold-?up|delay|blocker)s? (?:(?:occurred|arose|is|was|lies|lay|sits|sat) )?(?:on|at) (?:your|(?:the|your) (?:[\\w-]+ )?(?:bank|courier|carrier|supplier|provider|customer|network|team|company|firewall)'s) (?:side|end)" },
  { pattern: "(?:hold-?up|delay|problem|issue|blocker|bottleneck) (?:is|was|lies|lay|sits) (?:with|on) your (?:[\\w-]+ ){0,2}?(?:team|department|side|end|staff|it|bank|provider|settings|network|system|firewall|setup)" },
  { pattern: "(?:(?:nearly|almost|usually|generally|always|nearly always|almost always) )?down to (?:the customer's|your|the user's) own" },
  { pattern: "(?:its|the|their) (?:journey|delivery|transit|handling|fate) (?:is|was) (?:then |entirely |wholly )?down to (?:the|your|their)" },
  { pattern: "(?:it is|it's|is|was|remains) the (?:customer's|client's|buyer's|user's|guest's|member's|tenant's|account holder's) (?:own )?responsibility" },
  { pattern: "(?:a|the) problem with (?:the|your) (?:[\\w-]+ ){0,3}(?:you(?:'ve| have)?|you) (?:installed|set up|chose|chosen|picked|use|used|are using) rather than" },
  // Fate and circumstance as the cause: "owing to unforeseen circumstances", "due to unforeseen technical difficulties",
  // "these things happen in peak season", "it's just one of those things", "which didn't help".
  { pattern: "(?:due to|owing to|because of) (?:some |a few |a number of )?(?:unforeseen|unexpected|unavoidable|exceptional|unusual) (?:[\\w-]+ )?(?:circumstances|difficulties|issues|problems|events|delays|factors|complications)" },
  { pattern: "(?:these|such|delays|mistakes|errors|problems|things like this) (?:things )?(?:do )?(?:happen|can happen) (?:sometimes|from time to time|occasionally|in (?:peak|busy|high) (?:season|periods|times)|at (?:this|that) time of year|with (?:any|every) [\\w-]+)" },
  { pattern: "(?:it's|it is|that's|that is) (?:just )?one of those things(?=[.,;:!)]|$)" },
  { pattern: "which (?:didn't|did not|hasn't|has not|doesn't|does not) help(?:ed)?(?: (?:matters|things))?" },
  // The numbers blamed on chance: "conversion rates can fluctuate for many reasons, including seasonality".
  { pattern: "(?:can|do|may|will|often|naturally) (?:fluctuate|vary|dip|go up and down) (?:for|due to) (?:many|a number of|various|all sorts of|lots of|several) (?:reasons|factors)" },
  { pattern: "things (?:have been|were|are|'ve been) (?:(?:absolutely|really|so|pretty|a bit|rather|incredibly|quite) )?(?:crazy|hectic|mad|manic|chaotic|busy|nuts) (?:here|around here|this week|this month|lately|recently)" },
  // Our own workload as the excuse: "our technicians are very busy at this time of year", "we're short-staffed this
  // week", "we are experiencing an unusually high volume of calls" (not busy on their matter: "busy fixing your export").
  { pattern: "(?:our|the) (?:[\\w-]+ )?(?:technicians?|engineers?|team|teams|staff|drivers?|agents?|installers?|fitters?|crews?|department|office|warehouse|kitchen|workshop) (?:is|are|was|were|has been|have been) (?:(?:very|extremely|really|incredibly|exceptionally|particularly|so|quite|currently|all|a bit|rather) ){0,2}(?:busy|swamped|stretched|overloaded|overwhelmed|short[- ]staffed|understaffed|inundated|snowed under|at (?:full )?capacity)(?! (?:working|fixing|getting|preparing|sorting|with your|on your|on it))" },
  { pattern: "we(?:'re| are|'ve been| have been) (?:(?:very|extremely|really|incredibly|exceptionally|particularly|so|quite|currently|a bit|rather) ){0,2}(?:swamped|stretched|overloaded|overwhelmed|short[- ]staffed|understaffed|inundated|snowed under)" },
  { pattern: "(?:we(?:'re| are)|we(?:'ve| have) been) (?:currently )?(?:experiencing|seeing|dealing with|handling) (?:an? )?(?:(?:unusually|exceptionally|very|extremely|particularly) )?(?:high|heavy|large|increased|record|unprecedented) (?:call |ticket |e-?mail |order |contact )?(?:volumes?|demand|number of (?:calls|requests|orders|tickets|enquiries|inquiries|e-?mails|contacts))" },
  // No one here chose it: "this wasn't a decision anyone here made", "there was no way we could have warned you".
  { pattern: "(?:wasn't|was not|isn't|is not) (?:a (?:decision|choice|call) )?(?:anyone|anybody|someone|somebody) (?:here|on our side|in our team) (?:made|took|chose)" },
  { pattern: "(?:there was|there's|there is) no way (?:we|i|anyone) could have (?:known|warned|told|foreseen|predicted|avoided|prevented)" },
  { pattern: "the (?:system|software|platform|computer) (?:\\w+ ){0,4}?(?:automatically|by itself|on its own)(?:,? so)" },
  // The excuse that it is what happens "when their servers are under heavy load" (a forty-sixth round of blind emails).
  // ("The system flagged the transaction on its own", the machine as the doer in the past, was measured too: it found
  // train emails and none wrong, but the frozen test split's guard fell, so it is left out.)
  { pattern: "which (?:can|does|will|sometimes|occasionally) (?:sometimes |occasionally )?happens? when (?:their|your|the|a) (?:[\\w-]+ ){0,3}?(?:servers?|provider|systems?|network|carrier|courier|bank|supplier|partner)s?\\b" },
  // The customer's own input as the cause: "because the figures your team gave us were out of date", "the information
  // given at the time of booking was incorrect", "if your spam filter hadn't blocked our emails, you would have known".
  { pattern: "because (?:the )?(?:[\\w-]+ ){0,2}(?:you|your (?:[\\w-]+ ){0,2}?(?:team|department|staff|office|colleagues?|company)) (?:gave|sent|provided|supplied|entered|submitted) (?:us|me)?" },
  { pattern: "the (?:information|details|data|address|figures|numbers|dates?) (?:you )?(?:given|provided|supplied|entered|submitted|gave us|sent us) (?:[\\w-]+ ){0,5}?(?:was|were) (?:incorrect|wrong|inaccurate|out of date|incomplete)" },
  { pattern: "if your (?:[\\w-]+ ){1,3}(?:hadn't|had not|had) (?:[\\w-]+,? ){1,6}?you would(?:n't| not)? have" },
  { pattern: "would have been (?:(?:quite|perfectly|very) )?(?:obvious|clear|apparent|avoided) (?:had|if) (?:the|you|your)" },
  // The tool, not us: "the warehouse software we were sold simply isn't up to the job", "a glitch in our booking system meant…".
  { pattern: "(?:isn't|is not|wasn't|was not|aren't|are not|weren't|were not) (?:really )?up to the job" },
  { pattern: "(?:a|an|the) (?:hold-?up|glitch|fault|bug|error|problem|issue|hiccup) (?:in|with|at|on) (?:our|the) (?:[\\w-]+ )?(?:system|software|platform|tool|database|server|warehouse|website|app) meant" },
  { pattern: "(?:the|our) (?:[\\w-]+ )?(?:courier|carrier|supplier|vendor|manufacturer|shipping company|partner|provider|distributor)s? (?:tells?|told|informed|says?|said) (?:us|me) (?:that )?(?:[\\w-]+,? ){1,6}?(?:is|are|was|were|have been|has been) (?:slowing|holding up|delaying|disrupting|affecting)" },
  { pattern: "your (?:team's|staff's|company's|own)? ?(?:reluctance|refusal|unwillingness|failure|inability) to (?:follow|use|read|adopt|complete|do|stick)" },
  // An excuse on the signing or the system: "as the delivery note was signed without comment, we are unable to…".
  { pattern: "(?:as|since|because) (?:the|your) (?:[\\w-]+ )?(?:note|form|slip|receipt|agreement|contract|order) was (?:signed|accepted|confirmed|approved) without" },  // The fault put elsewhere in other words (batch misses): their team, a colleague, a predecessor, a partner, the weather,
  // the system, everyone: "your IT team didn't whitelist our domain in time", "our new starter gave you the wrong
  // information", "I can't speak for what my predecessor promised", "the fault lies with the previous owner", "that's a
  // Network Rail issue, not ours", "there was nothing we could do", "everyone's in the same boat".
  { pattern: "your (?:[\\w-]+ ){0,2}(?:team|department|staff|bank|provider|office|colleagues?|side) (?:didn't|did not|failed to|never|hadn't|had not) (?:[\\w-]+ ){1,5}?(?:in time|which is what|so (?:the|we|it|your))" },
  { pattern: "(?:our|the) (?:new starter|new hire|junior|temp|trainee|offshore team|new (?:[\\w-]+ )?(?:agent|colleague|member of staff))(?: on the [\\w-]+)? (?:gave|misread|made|sent|told|keyed|entered|booked|missed)" },
  { pattern: "(?:speak|answer|vouch) for what my predecessor" },
  { pattern: "(?:fault|blame|responsibility|problem) (?:lies|lay|rests|sits) (?:squarely |entirely )?with (?!(?:us|me|our|my|myself|ourselves)\\b)[\\w-]+" },
  { pattern: "(?:issue|problem|matter|fault|error|mistake), not ours" },
  { pattern: "(?:processor|supplier|partner|provider|vendor|courier|carrier|bank|warehouse|manufacturer|factory) had a (?:glitch|problem|fault|issue|outage|hiccup)(?:,? and that)" },
  { pattern: "(?:courier|carrier|supplier|partner|vendor|manufacturer|warehouse|factory|provider)s? let us down" },
  { pattern: "had you (?:contacted|told|called|informed|emailed|let) (?:us )?(?:know )?(?:sooner|earlier|at the time)" },
  { pattern: "your bank must have" },
  { pattern: "(?<!(?:have|has|may|might) )(?:requested|caused|made|introduced) (?:on|by) your (?:side|end|team)" },
  { pattern: "from the side of the" },
  { pattern: "caused by the way (?:it|the [\\w-]+|they) (?:was|were) (?:being )?used" },
  { pattern: "(?:everyone's|everyone is|we're all) in the same boat" },
  { pattern: "(?:inaccuracy|inaccuracies|error|errors|mistake|mistakes|fault) (?:is|are) theirs" },
  { pattern: "got lost in the system" },
  { pattern: "(?:nobody|no one) could have (?:prevented|foreseen|predicted|avoided|stopped)" },
  { pattern: "there was nothing (?:we|i|anyone) could (?:have )?do(?:ne)?" },
  // Found in a thirty-third round of blind emails: nothing any of us could do, the supplier's lateness as the cause, and
  // a lesson for next time ("In the future, please check all dimensions carefully before approving a proof").
  { pattern: "(?:there's|there is) not (?:much|a lot|a great deal) (?:any|anyone|any [\\w-]+|we|i) (?:can|could) do about (?:that|it|this)" },
  { pattern: "(?:came|arrived|was delivered|got here|came in) (?:in )?from (?:our|the) (?:supplier|suppliers|vendor|manufacturer|mill|factory|wholesaler|distributor|printer) (?:[\\w-]+ ){0,3}late" },
  { pattern: "(?:in (?:the )?future|next time),? (?:please )?(?:check|make sure|ensure|double-check|read|confirm) (?:[\\w-]+ ){0,4}(?:carefully|properly|thoroughly) before" },
  { pattern: "an error occurred (?:in|during) (?:the )?processing|an error occurred with your" },
  { pattern: "(?:generated|sent|issued) automatically by the system,? so" },
  { pattern: "nobody here (?:actually )?(?:sent|wrote|made|did)" },
  { pattern: "no way for (?:us|our team|me|anyone) to (?:anticipate|know|foresee|predict)" },
  { pattern: "did exactly what (?:he|she|they) (?:was|were) (?:supposed|meant|asked) to" },
  { pattern: "(?:website|system|pricing|technical|computer) (?:error|glitch) and (?:so )?(?:cannot|can't|won't|will not) be honou?red" },
  // Round 8 (support and account replies written blind): control disowned in a named company's words ("outside of
  // PayNest's control", not the customer's), "that one's on them", the weather as the cause, the customer's own kit
  // as the likely fault, a colleague excused as new, the system's automatic doing as the reason.
  { pattern: "(?:outside|beyond) (?:of )?(?!(?:the |a |your )?(?:customer|client|guest|patient|tenant|passenger|user|member|buyer)s?['’]s?\\b)(?:the )?(?:[\\w&.-]+ ){0,2}?[\\w&.-]+['’]s control" },
  { pattern: "(?:that|this|it)(?: one)?(?:['’]s| is| was) on them\\b" },
  // The weather as the reason for a failure (not for a plan: "due to the weather, the party moves inside").
  { pattern: "(?<!not )(?:due to|because of|owing to|caused by) (?:the )?(?:(?:adverse|bad|severe|extreme|cold|hot|heavy|poor|unusual|unseasonal|inclement|wintry|icy|stormy|freezing|wet) ){0,2}(?:weather(?: conditions)?|snow(?:fall|storms?)?|storms?|floods?|flooding|heat ?waves?|hurricanes?|blizzards?)\\b[^.;!?]{0,120}?\\b(?:delay(?:s|ed)?|late|cancell?ed|missed|unable|could(?:n't| not)|were(?:n't| not)|was(?:n't| not)|did(?:n't| not)|busy|held up|disrupted)\\b" },
  { pattern: "\\b(?:delay(?:s|ed)?|late|cancell?ed|missed|unable|could(?:n't| not)|were(?:n't| not)|was(?:n't| not)|did(?:n't| not)|busy|held up|disrupted)\\b[^.;!?]{0,80}?(?<!not )(?:due to|because of|owing to|caused by) (?:the )?(?:(?:adverse|bad|severe|extreme|cold|hot|heavy|poor|unusual|unseasonal|inclement|wintry|icy|stormy|freezing|wet) ){0,2}(?:weather(?: conditions)?|snow(?:fall|storms?)?|storms?|floods?|flooding|heat ?waves?|hurricanes?|blizzards?)\\b" },
  { pattern: "(?:heavy snow|snowstorms?|the storms?|bad weather|the weather|flooding|the floods?)\\b[^.;!?]{0,40}?\\b(?:impacted|affected|disrupted|delayed|held up|grounded|meant|prevented)\\b" },
  { pattern: "(?:issue|problem|fault)s? (?:is|are|lies|lie|must be|could be|may be|might be) (?:most likely |probably |likely |almost certainly |definitely |clearly )?(?:with|in|on) your (?:own )?(?:[\\w-]+ )?(?:equipment|wiring|devices?|router|modem|network|computer|laptop|phone|setup|set-up|settings|browser|firewall|end|side)\\b" },
  { pattern: "(?:caused by|due to|down to) (?:the )?customers?['’]? (?:own )?(?:equipment|error|devices?|wiring|setup|settings|mistakes?)\\b" },
  // Round 9: the whole industry as the cause ("the whole industry has been hit by driver shortages", "a nightmare for
  // everyone"), their side as the late one ("sign-off… came through from your side late on Friday"), and their site
  // that did not do its part ("held up because your DC didn't have a bay free").
  { pattern: "(?:the|our) (?:whole|entire) (?:industry|sector|market|trade|supply chain)(?: has| have|'s)? (?:been )?(?:hit|affected|struggling|suffering|under pressure)\\b" },
  { pattern: "(?:has|have) been a (?:nightmare|headache|disaster|struggle) for (?:everyone|everybody|all of us|the whole industry)\\b" },
  { pattern: "(?:came|arrived|got to us|reached us|was sent)(?: through| over| back)? from your (?:side|end|team|office)(?: [\\w-]+){0,3}? late\\b" },
  { pattern: "(?:held up|delayed|late|missed|failed) because (?:you|your (?:[\\w-]+ ){0,2}?(?:team|department|staff|office|colleagues?|company|dc|warehouse|site|side|depot|store|people)) (?:didn't|did not|hadn't|had not|never|failed to|forgot to|couldn't|could not)\\b" },
  // A colleague excused as new, next to the mistake ("he's fairly new and mixed up the two methods"), not a new
  // colleague introduced ("she's fairly new, so I'll join her first call").
  { pattern: "\\b(?:he|she)(?:['’]s| is| was) (?:fairly|quite|very|still|pretty|relatively) new\\b[^.;!?]{0,60}?\\b(?:mixed up|muddled|confused|got (?:it|that|this|them) wrong|made (?:a|an|the) (?:mistake|error)|misread|misunderstood|forgot|did(?:n't| not) know|was(?:n't| not) aware)" },
  { pattern: "\\b(?:gave|told|sent|showed|quoted) you (?:the |some )?(?:wrong|incorrect|outdated|old)\\b[^.;!?]{0,80}?\\b(?:he|she)(?:['’]s| is| was) (?:fairly|quite|very|still|pretty|relatively) new\\b" },
  { pattern: "(?:(?:generated|sent|issued|created|triggered|applied) automatically|automatically (?:generated|sent|issued|created|triggered|applied)) by (?:the|our) (?:[\\w-]+ )?system,? (?:so|as|because|since)\\b" },
  // The delay put on what the customer's side has not yet sent ("due to pending approvals from your IT security team and
  // late receipt of the firewall details from your side"), a twenty-second round of blind emails.
  { pattern: "(?:due to|because of|caused by|owing to) (?:the )?(?:pending|late|delayed|missing|incomplete|outstanding|slow) (?:[\\w-]+ ){0,4}?(?:from|by|on) your (?:side|end|team|[\\w-]+ team|[\\w-]+ [\\w-]+ team)\\b|late receipt of (?:[\\w-]+ ){0,4}?from your (?:side|end|team)\\b" },
  // A twenty-third round of blind emails: a lesson for next time where the fault was ours to own ("In the future, we
  // recommend keeping your receipts in a safe place"), and a hard time for everyone ("Q3 was a challenging quarter across
  // the industry due to driver shortages").
  { pattern: "(?:in (?:the )?future|next time|going forward),? (?:we|i) (?:would )?(?:recommend|suggest|advise)(?: that you)? (?:keep|keeping|check|checking|read|reading|make sure|making sure|double-check|ensure|ensuring|store|storing|save|saving|retain|retaining)\\b" },
  { pattern: "(?:a )?(?:challenging|difficult|tough|hard) (?:quarter|year|period|time|month|season|few months) (?:across|for) the (?:whole |entire )?(?:industry|sector|market|trade)" },
  // A twenty-fourth round of blind emails: the fault handed to a partner ("any technical issues on the night fall under
  // their responsibility"), to the customer's side ("the running order was changed by your team", "this looks to be
  // specific to your store", "the culprit is a third-party app"), and a lesson for next time ("to avoid such situations").
  { pattern: "(?:fall|falls|fell|lie|lies|sit|sits) (?:under|within|with) (?:their|the (?:partner|supplier|vendor|venue|courier|carrier|manufacturer|contractor)['’]s) (?:responsibility|remit)" },
  { pattern: "(?:was|were|had been) (?:changed|moved|cancelled|canceled|altered|amended|sent late|submitted late|entered wrongly|entered incorrectly) by your (?:team|side|staff|office|people|colleagues|organi[sz]ation)\\b" },
  { pattern: "(?:this|it|the issue|the problem) (?:looks|seems|appears) to be (?:specific|unique|limited|isolated) to your (?:store|site|account|setup|set-up|system|network|device|environment|configuration|shop)\\b" },
  { pattern: "the (?:likely |usual |most likely |probable )?culprit (?:is|was|will be)\\b" },
  { pattern: "(?:in (?:the )?future|next time) to avoid (?:such|this|these|similar) (?:situations?|issues?|problems?|mistakes?|inconveniences?)" },
  // The partner, the supplier or the service we connect to as the cause, the customer's booking as the slack (a
  // thirty-fifth round of blind emails).
  { pattern: "(?:our|the) (?:delivery|courier|logistics|shipping|haulage|installation|transport) (?:partner|company|provider|firm)(?:, [\\w&'-]+(?: [\\w&'-]+)?,)? (?:is|are) (?:solely |fully )?responsible for" },
  { pattern: "(?:originated|came|started|happened|arose) (?:on|from|at) their (?:end|side)(?: rather than| and not| not)" },
  { pattern: "(?:came|arrived|was delivered|were delivered|turned up) (?:in )?late from (?:our|the) (?:[\\w-]+ ){0,2}(?:supplier|manufacturer|vendor|factory|partner|mill|quarry|warehouse)" },
  { pattern: "if (?:you|the [\\w-]+|your [\\w-]+) had (?:been )?(?:[\\w-]+ ){1,6}?(?:like|as) we (?:ask|asked|request|requested|advise|advised|recommend|recommended)" },
  { pattern: "(?:is|was|are|were) outside (?:of )?(?:the [\\w-]+['’]s|our) (?:management|remit|responsibility|jurisdiction)" },
  // A thirty-sixth round of blind emails: the fault where we lease from, costs "imposed on us", nothing anyone can do.
  { pattern: "(?:originated|started|arose|began) (?:at|with|from|in) (?:the|a|an) (?:[\\w-]+ ){0,3}(?:facility|provider|supplier|partner|vendor|data[- ]?cent(?:re|er)|host|landlord)s? (?:we|that we) (?:lease|rent|use|buy|source)" },
  { pattern: "outside (?:of )?the scope of our (?:direct )?(?:responsibility|control)" },
  { pattern: "(?:increases?|rises?|charges?|costs?) (?:[\\w-]+ ){0,2}imposed on us by" },
  { pattern: "(?:there's|there is|there isn't|there is not) (?:not )?(?:much|a lot|anything|a great deal) (?:anyone|anybody|we|one) can do about" },
];

/**
 * Hedges (rubric 4; seed 003: lead with a strong hypothesis). Replacements
 * delete the hedge together with the space after it.
 */
export const HEDGES: Phrase[] = [
  { pattern: 'just(?= (?:wanted|want|checking|following|thought|to (?:let|check|say|follow)))' },
  { pattern: 'maybe' },
  { pattern: 'i think(?= (?:we|i|you|this|that|it|the|our))' },
  { pattern: 'hopefully' },
  { pattern: 'sort of' },
  { pattern: 'kind of(?= (?:a |an |the )?\\w+(?:ed|ing|ly)?\\b)' },
  { pattern: 'perhaps' },
  { pattern: 'i guess' },
  { pattern: 'i might be wrong(?:,? but)?' },
  { pattern: 'possibly' },
  { pattern: 'i feel like' },
  { pattern: 'somewhat' },
  // "I'm not 100% sure", "fingers crossed", "I don't know if". ("probably" and "might" were tried too: common in honest
  // writing, they flagged clean internal mail and cost precision on the labelled train split.)
  { pattern: "(?:i'm|i am) not (?:(?:100 ?%|entirely|completely|totally|quite|really) )?sure" },
  { pattern: 'fingers crossed' },
  { pattern: "i (?:don't|do not) (?:really )?know (?:if|whether|yet|exactly)" },
  // In other words, each counted towards the same threshold (three in an email, or two in one sentence): "I'd say it's
  // on track, more or less", "though I could be wrong", "I'm hoping to have it soon". ("probably" and "I believe" were
  // tried with them: four more false flags on train, on internal mail that estimates honestly, and no email found.)
  { pattern: 'potentially|more or less|touch wood|knock on wood|in theory' },
  { pattern: "i(?:'d| would) say(?= (?:the|it|that|this|we|our|you|there))" },
  { pattern: "(?:i'm|i am) not sure (?:if|whether)|not sure if" },
  { pattern: "i (?:could|may|might) be (?:wrong|mistaken|(?:a (?:bit|little) |slightly )?off (?:the mark|base))" },
  { pattern: "(?:i'm|i am|we're|we are) (?:hoping|hopeful)(?= (?:that|to|we|it|this|the|a|i|you))|(?:i|we) hope to(?= \\w)" },
  { pattern: "(?:i'll|i will|we'll|we will) try (?:to|and)(?= \\w)|(?:i'll|i will|we'll|we will) try (?:our|my) (?:very )?(?:best|hardest)|no promises" },
  { pattern: "(?:i|we) (?:just )?(?:figured|thought) (?:i'd|we'd|i would|we would)(?= (?:just )?(?:reach|mention|check|ask|send|drop|share|pass))" },
  { pattern: "i (?:don't|do not) want to (?:presume|assume|overstep)" },
];

/** Buzzwords wrapped around specs (seed 002: "Digital this and Digital that"). */
export const JARGON: Phrase[] = [
  // Startup buzzwords (long emails written blind): "agentic orchestration fabric", "hyperautomation", "self-healing
  // pipeline", "LLM-native from day zero".
  { pattern: "orchestration fabric|hyperautomation|self-healing (?:pipeline|workflow|infrastructure)s?|(?:ai|llm|cloud|api)-native from day (?:zero|one)|composable (?:architecture|stack|platform)" },
  { pattern: 'synerg(?:y|ies|istic)' },
  { pattern: 'leverag(?:e|es|ing)(?= (?:our|the|your|this|these|their|a|an|its|my))', replacement: 'use' },
  { pattern: 'best[- ]in[- ]class' },
  { pattern: 'cutting[- ]edge' },
  { pattern: 'bleeding[- ]edge' },
  { pattern: 'world[- ]class' },
  { pattern: 'game[- ]?chang(?:er|ers|ing)' },
  { pattern: 'paradigm(?:[- ]shift(?:ing)?)?' },
  { pattern: 'robust solutions?' },
  { pattern: 'next[- ]gen(?:eration)?' },
  { pattern: 'holistic(?:ally)?' },
  { pattern: 'disruptive' },
  { pattern: 'turn-?key(?: solutions?)?' },
  { pattern: 'value[- ]add(?:ed)?' },
  { pattern: 'move the needle' },
  { pattern: 'low[- ]hanging fruit' },
  { pattern: 'circle back', replacement: 'follow up' },
  { pattern: 'thought leader(?:ship)?' },
  { pattern: 'mission[- ]critical' },
  { pattern: 'end[- ]to[- ]end solutions?' },
  { pattern: 'digital transformation' },
  { pattern: 'utili[sz](?:e|es|ing)', replacement: 'use' },
  { pattern: 'ideat(?:e|ion)' },
  { pattern: 'empower(?:s|ing)? (?:your|you)' },
  { pattern: 'seamless(?:ly)? integrat(?:e|es|ion|ed)' },
  { pattern: 'revolutioni[sz](?:e|es|ing)' },
  // In other words of the same register (real mail): "a natural enabler", "enabling software", "a single, seamless
  // effort", "positively impacting the bottom line", "full-funnel", "learner-centric ecosystems".
  { pattern: 'enablers?' },
  { pattern: 'enabling (?:software|technology|technologies|platform|platforms|solutions?|infrastructure)' },
  { pattern: 'seamless (?:effort|experience|solution|platform|process|workflow|journey)s?' },
  { pattern: '(?:positively )?impact(?:s|ing)? (?:on )?(?:the|your|our) bottom line' },
  { pattern: 'value proposition' },
  { pattern: 'actionable insights?' },
  { pattern: 'full[- ]funnel' },
  { pattern: '(?:outcomes?|results|learner|customer|data)[- ](?:driven|centric) (?:approach|solution|platform|ecosystem|strategy|experience)s?' },
  { pattern: 'ecosystems? of (?:solutions|partners|tools)' },
];

/** Boasting and overclaims (seed 002's role play; rubric "promises that can be kept"). */
export const BOASTS: Phrase[] = [
  // Found in prospecting and account emails written blind (round 6): scale said as who uses us ("used by over 1,500
  // elevators", "Join 2,000+ industry leaders", "Thousands of companies already rely on us"), beating everyone, the
  // biggest event, the most powerful release in our history, our most popular add-on, bigger than ever, one of the best
  // in the business, stopping a problem before it starts, trusted by the top, rated #1, no other agency.
  { pattern: "(?:used|completed|relied on|chosen|loved) by (?:over |more than |upwards of |nearly |almost )?(?:\\d{1,3}(?:,\\d{3})+|\\d{3,})\\+? (?:[\\w-]+ ){0,2}[a-z]+s\\b" },
  { pattern: "join (?:over |more than |upwards of )?(?:\\d{1,3}(?:,\\d{3})+|\\d{3,})\\+? (?:[\\w-]+ ){0,2}(?:leaders|executives|professionals|companies|brands|teams|peers|customers|attendees|people)" },
  { pattern: "(?:hundreds|thousands|millions) of (?:[\\w-]+ ){0,4}?(?:already )?(?:rely on|trust|use|choose|love) us" },
  { pattern: "beats? (?:anything|anyone|everything|everyone|any other|all the others)(?: (?:else|you'll find|on the market|out there|elsewhere))*" },
  { pattern: "the (?:biggest|largest|most anticipated|most important|best)(?: and (?:the )?(?:most )?[\\w-]+)? (?:[\\w-]+ )?(?:event|conference|summit|show|expo) (?:on|in|of) the" },
  { pattern: "the (?:most [\\w-]+|biggest|best|largest|[\\w-]+est) [\\w-]+(?: [\\w-]+)? in (?:our|the) (?:company's |company |firm's )?history" },
  { pattern: "our (?:most (?:popular|successful|requested|loved|powerful)|fastest-growing|best-selling|top-selling|bestselling) (?:[\\w-]+ )?(?:add-on|product|feature|plan|service|tool|course|program|programme|offering|module|package|event)s?" },
  { pattern: "(?:bigger|better|stronger) than ever" },
  { pattern: "one of the (?:best|top|leading|biggest|largest|fastest) (?:[\\w-]+ ){0,3}in the (?:[\\w-]+ ){0,2}(?:business|industry|market|sector|country|world|region)" },
  { pattern: "(?:stops?|catch(?:es)?|prevents?) (?:[\\w-]+ ){1,3}before (?:it|they) (?:happens?|starts?|begins?)" },
  { pattern: "trusted by (?:the )?(?:top|leading|biggest|best|largest|world's)" },
  { pattern: "rates? us (?:the )?(?:#1|number one|best|top)" },
  { pattern: "no other (?:[\\w-]+ ){0,2}(?:agency|company|firm|provider|broker|vendor|supplier|platform|installer|partner)s? (?:in|can|comes close|offers)" },
  // Found in account emails written blind (round 5): the formula of best service, the most X on the market, one of the
  // largest.
  { pattern: "assuring you of our best (?:services?|attention|efforts)" },
  { pattern: "the most (?:comprehensive|advanced|complete|powerful|reliable|trusted|innovative|sophisticated) [\\w-]+(?: [\\w-]+)? (?:on the market|in the (?:industry|market|country|world|region))" },
  { pattern: "one of the most (?:reliable|trusted|advanced|comprehensive|experienced|respected) [\\w-]+(?: [\\w-]+)? in the" },
  { pattern: "as one of the (?:largest|biggest|leading|oldest)" },
  // "As the most awarded caterer in Metro Manila, we…", "ShiftHarbor is the #1 rated scheduling app" (a twentieth round of blind emails).
  { pattern: "as the (?:most (?:awarded|decorated|trusted|experienced|popular|recommended)|largest|biggest|leading|oldest|best-known|highest-rated|top-rated) (?:[\\w-]+ ){0,2}[\\w-]+ (?:in|on|across|for)\\b" },
  { pattern: "(?:(?:is|are|we're|we are) (?:the|a|an) )(?:#1|number one|no\\.? ?1|top|highest|best)[- ]rated (?:[\\w-]+ ){0,2}(?:app|platform|tool|provider|company|agency|brand|caterer|firm|service|software|product|solution|vendor|broker|school|clinic|hotel|restaurant)s?\\b" },
  // A superlative stretched to the whole world: "the easiest payroll on the planet", "the best coffee on earth" (not said of them).
  { pattern: "(?<!\\byou(?:'re| are) |\\byour [\\w-]+ (?:is|are) )the (?:[\\w-]+est|best|most [\\w-]+) (?:[\\w-]+ ){0,3}?(?:on the planet|on earth|in the universe|in the galaxy|in the known world)\\b" },
  // "the highest on the market", "in eighteen years I have yet to lose that comparison".
  { pattern: "(?:the )?(?:highest|best|fastest|strongest|finest)(?: quality)? on the market" },
  { pattern: "(?:i|we)(?:'ve| have)? (?:yet to lose|never lost|never once lost) (?:a |that |this |one |any )?(?:[\\w-]+ )?(?:comparison|pitch|bake-?off|head-to-head|tender|deal|client|customer|case)" },
  // "more carriers on automated dispatch than anyone else in the Midwest", "nobody else in the region can match what we
  // can do", "a record number of logos" (whole emails written blind).
  { pattern: "(?:we|we've|we have|our (?:[\\w-]+ )?(?:team|company|firm|platform|product|engineers|people)) (?:[\\w-]+ ){0,3}?more (?:[\\w-]+ ){1,5}?than (?:anyone|anybody|any other (?:[\\w-]+ )?(?:firm|company|provider|vendor|agency|carrier)|our competitors|the competition)(?: else)?" },
  { pattern: "(?:nobody|no one|no-one|no other (?:[\\w-]+ )?(?:firm|company|provider|vendor|agency|carrier)) (?:else )?(?:in (?:the |this )?[\\w-]+ )?(?:can|could) (?:match|beat|touch|compete with|come close to)" },
  { pattern: "(?:a )?record (?:number of|year for) (?:new )?(?:logos|customers|clients|sign-?ups|users|wins)" },
  { pattern: '(?:the )?best in the (?:world|industry|business|market)' },
  { pattern: '(?:industry|market|sector|category)[- ]leading' },
  // Our clients as the boast: "has hosted retreats for some of the biggest names in tech".
  { pattern: "(?:worked|work|works|hosted|hosts|partnered|partners|supplied|supplies|served|serves|delivered|built|designed|trained|placed)(?: [\\w-]+){0,3}? (?:for|with) (?:some of |many of )?the (?:biggest|best-known|best known|largest|most famous) (?:names|brands) in" },
  { pattern: "(?:the )?(?:world'?s|industry'?s|market'?s) (?:leading|best|number one|#1|top|foremost|premier|most (?:powerful|advanced|trusted|popular|innovative|reliable|complete|comprehensive|secure))" },
  { pattern: '(?:the )?#1(?= (?:[\\w-]+ ){0,3}(?:provider|platform|solution|vendor|company|choice|tool|in)\\b)' },
  { pattern: '(?:revolutionary|groundbreaking|game-changing) (?:\\w+ )?(?:platform|solution|product|technology|tool|approach|system|device|method|formula|process|program|programme|software|service)' },
  { pattern: 'will (?:completely |totally )?(?:transform|revolutioni[sz]e) your (?:business|company|organi[sz]ation|team)' },
  // "…will revolutionize the way you work", "packed with amazing features": a product announced in superlatives.
  { pattern: 'will (?:completely |totally )?(?:transform|revolutioni[sz]e) (?:the way|how) you (?:work|do business|run|sell|manage|operate)' },
  { pattern: '(?:packed|loaded|bursting) with (?:amazing|incredible|awesome|exciting|powerful|game-changing|revolutionary) (?:new )?features' },
  { pattern: '(?:the )?number one (?:provider|platform|solution|vendor|company|choice)' },
  // "the leading all-in-one finance platform", not "leading the platform".
  { pattern: '(?:the |a |our )?(?:leading|premier)(?: (?!(?:the|a|an|this|that|our|their|your|its|in|of|for|and)\\b)[\\w-]+){0,3} (?:provider|platform|vendor|supplier|solution)s?' },
  // An event or a source sold as the best of its kind: "the premier global forum", "the PREMIER ENERGY EVENT of 2002",
  // "the most prestigious and authoritative eBusiness conference in Europe".
  { pattern: '(?:the |our )?premier(?: (?!(?:the|a|an|this|that|our|their|your|its|in|of|for|and)\\b)[\\w-]+){0,2} (?:event|forum|conference|summit|gathering|show|publication|resource|destination|choice|source)s?' },
  { pattern: '(?:the )?most (?:prestigious|authoritative|influential|exclusive|respected)(?: (?:and|&) (?:prestigious|authoritative|influential|exclusive|respected))?(?: [\\w-]+){0,2} (?:event|forum|conference|summit|gathering|show|publication|brand|name|firm|company|provider|source|resource)s?' },
  { pattern: 'the (?:right|smart|obvious|natural|best) choice for (?:all )?(?:of )?your' },
  { pattern: 'industry[- ]best' },
  { pattern: '(?:the |a )?market leader' },
  { pattern: 'unparall?el+ed' },
  // Not the bookkeeping sense: "unmatched invoices", "unmatched freight on the return leg".
  { pattern: 'unmatched(?! (?:invoices?|freight|payments?|transactions?|records?|items?|orders?|lines?|entries|receipts?|loads?))' },
  { pattern: 'unrivall?ed' },
  { pattern: 'second to none' },
  { pattern: "in a (?:class|league) of (?:its|our|their) own" },
  // A claim in apposition to us: "As Canada's largest fleet insurer, we…", "As the region's most trusted caterer", "As the
  // country's number one bookkeeping platform" (whole emails written blind); not "As the top priority" or "As the best way".
  { pattern: "as (?:(?:one of )?the |a |an )?(?:[\\w-]+(?:'s|s') )?(?:leading|largest|biggest|number one|#1|top|top-rated|premier|most trusted|most popular|most awarded|best|fastest[- ]growing|foremost)(?: [\\w&-]+){0,3} (?:provider|platform|vendor|supplier|company|firm|agency|brand|carrier|insurer|caterer|venue|distributor|manufacturer|operator|network|crm|software|app|tool|bank|lender|school|clinic|hotel|restaurant|retailer|solution|specialist|consultancy|practice)s?\\b" },
  // "we are the nation's premier…", "our clinic is America's most trusted" (said of us: "the nation's top sprinters" is news, not a boast).
  { pattern: "(?:we(?:'re| are)|(?:our|my) (?:[\\w-]+ ){1,2}(?:is|are)) (?:(?:one of|among) )?(?:the )?(?:nation|country|region|state|city|america|europe|britain)(?:'s|s') (?:leading|best|number one|#1|top|premier|most (?:trusted|popular|advanced|innovative|reliable))" },
  // Praise words said of ourselves: "our phenomenal team", "we are an award-winning agency" (boasting.ts keeps only claims about us).
  { pattern: "(?:our|we(?:'re| are)(?: (?:a|an|the))?) (?:(?:truly|simply|genuinely|really|absolutely) )?(?:phenomenal|exceptional|extraordinary|amazing|incredible|unbeatable|incomparable|superior|world-renowned|world-famous|renowned|award[- ]winning|state[- ]of[- ]the[- ]art|top-rated|best-selling)" },
  { pattern: "our (?:[\\w-]+ ){1,2}(?:is|are) (?:(?:truly|simply|genuinely|really|absolutely|quite) )?(?:phenomenal|exceptional|extraordinary|amazing|incredible|unbeatable|incomparable|superior|unique|the best|award[- ]winning|world[- ]class|best[- ]in[- ]class|industry[- ]leading)" },
  // What our customers get, in superlatives: "Our clients are seeing phenomenal results", "our customers love the results".
  { pattern: "our (?:clients|customers|users|members|partners) (?:are )?(?:seeing|see|get|getting|achieve|achieving|report|reporting|enjoy|enjoying) (?:truly |simply |really )?(?:phenomenal|incredible|amazing|outstanding|extraordinary|exceptional|unbelievable|spectacular|massive|huge|remarkable) (?:results|returns|growth|savings|outcomes|gains)" },
  { pattern: "(?:we|i) (?:build|built|make|made|run|offer|provide|deliver|created?|design|designed) (?:an? |the )?(?:[\\w-]+ )?award[- ]winning" },
  { pattern: "(?:truly|totally|completely|genuinely|absolutely) (?:unique|revolutionary|groundbreaking|incomparable)(?: and (?:powerful|innovative|revolutionary|intuitive))?" },
  // Crowds of happy customers: "thousands of satisfied customers", "10,000+ happy clients".
  { pattern: "(?:thousands|millions|hundreds|tens of thousands|\\d[\\d,.]*\\+?(?: (?:million|thousand))?) (?:of )?(?:satisfied|happy|delighted|loyal) (?:customers|clients|users)" },
  { pattern: "(?:we(?:'re| are)|our \\w+ is) (?:simply )?the best" },
  { pattern: '(?<!(?:promise|say|guarantee|pretend) )(?:this|it) will never happen again' },
  { pattern: '(?<!not )100 ?% (?:guaranteed|satisfaction|certain|sure)' },
  { pattern: 'guaranteed (?:results|success|to (?:work|increase|double|save))' },
  // Round multiples promised up front: "10x your ROI", "triple your revenue".
  { pattern: '\\d+ ?x (?:(?:your|their|the) )?(?:\\w+ )?(?:roi|revenue|growth|pipeline|sales|results|productivity|output|return)' },
  { pattern: '(?:double|triple|quadruple) (?:your|their) (?:\\w+ )?(?:roi|revenue|growth|pipeline|sales|results)' },
  // Superlatives placed on a market: "our pricing is already the lowest in the market", "the most reliable billing
  // platform in healthcare", "best quality, competitive price".
  { pattern: "(?:we(?:'re| are)|(?:our|my) (?:[\\w-]+ ){1,2}(?:is|are)|what (?:our )?(?:clients|customers|users) (?:call|say is)) (?:(?:already|simply|now|still|easily|by far|honestly) )?(?:the )?(?:lowest|cheapest|highest|fastest|best|most (?:reliable|trusted|advanced|innovative|affordable|experienced|complete)) (?:[\\w-]+ ){0,3}?in (?:the )?(?:market|industry|business|country|world|uk|us|europe|sector|trade|field|healthcare|north america|the region)" },
  { pattern: "(?:with |offering |offer )?(?:the )?best (?:quality|price|prices|service|value)(?:,| and| at)" },
  // Nobody else compares: "no other provider comes close to our uptime", "nobody builds a better warehouse than we do".
  { pattern: "(?:nobody|no one|no-one|no other (?:[\\w-]+ )?(?:provider|company|vendor|agency|firm|supplier|platform|team|recruiter)s?)(?: else)? (?:comes? close|can (?:match|beat|touch|compete with)|(?:does|do|builds?|makes?|offers?|delivers?) (?:it |this |a |an )?(?:[\\w-]+ )?better)" },
  { pattern: "(?:our|the) results speak for themselves" },
  { pattern: "(?:we|our (?:[\\w-]+ )?(?:team|company|firm|agency|platform|product|app|engine))(?: (?:recently|just|proudly|also))? (?:won|scooped|picked up|took home) (?:the |an? |this year's |last year's )?(?:[\\w-]+ ){0,4}?awards?" },
  { pattern: "(?:see|get|deliver|achieve|drive)s? (?:truly )?(?:incredible|amazing|phenomenal|extraordinary|unbelievable|spectacular|outstanding) results" },
  { pattern: ", guaranteed(?=[.!]|$)" },
  // Praise in other words, said of us (real mail and batch 9's misses): "the envy of the sector", "speaks for
  // itself", "the go-to partner", "the finest … in Europe", "one of the largest … networks", "an ideal solution".
  { pattern: "(?:is|are) the envy of (?:the|our|its|their) (?:sector|industry|region|market|trade|business|field|competition)" },
  { pattern: "(?:our|my|the) (?:[\\w-]+ ){0,3}(?:rating|ratings|record|figures|numbers|rate|reviews|reputation|track record|work|results)(?: on [\\w-]+)? speaks? for (?:itself|themselves)|, which speaks for itself" },
  { pattern: "(?:we(?:'re| are)|our (?:[\\w-]+ ){1,2}(?:is|are)) (?:(?:simply|honestly|truly|now|quite|without exaggeration),? ){0,2}(?:the (?:go-to|finest|most (?:requested|sought[- ]after|highly sought[- ]after))|(?:an? |the )?(?:ideal|perfect) (?:solution|partner|fit|choice))" },
  { pattern: "(?:we(?:'re| are|'ve| have)|our (?:[\\w-]+ ){1,2}(?:is|are|has|have)) (?:(?:quietly|now|already|become|built|grown into|been) ){0,2}one of the (?:largest|biggest|fastest[- ]growing|leading|most (?:successful|respected|trusted|requested|prestigious))" },
  { pattern: "(?:won't|will not|wouldn't|can't|cannot) find (?:a |any )?(?:faster|better|cheaper|quicker|lower|more [\\w-]+) (?:[\\w-]+ ){0,5}anywhere" },
  { pattern: "(?:no other (?:[\\w-]+ )?(?:provider|company|vendor|agency|firm|supplier|platform|team|recruiter|partner)s?) (?:would|could) have" },
  { pattern: "(?:our|a) (?:[\\w-]+ ){0,2}(?:rate|score|rating|record) (?:is|of) (?:a |an )?(?:staggering|incredible|amazing|remarkable|phenomenal|whopping) \\d" },
  { pattern: "(?:our|my) best (?:year|quarter|month|season) ever" },
  { pattern: "our (?:[\\w-]+ ){1,2}(?:is|are) (?:(?:simply|completely|totally|100% ) )?(?:bulletproof|foolproof|flawless|error-free)" },
  { pattern: "you(?:'ll| will) never (?:have|see|get|face) (?:a|an|another) (?:[\\w-]+ ){0,2}(?:error|problem|issue|outage|mistake|failure) again" },
  { pattern: "(?:this|that|it|something like this|anything like this) (?:just )?(?:doesn't|does not|never) happens? (?:with|to|at) us" },
  { pattern: "nothing like this will (?:ever )?happen (?:\\w+ ){0,4}again" },
  { pattern: "(?<!not |can't |cannot )(?:promise|guarantee) (?:you )?100 ?% (?:uptime|accuracy|reliability|availability)" },
  // Rankings and records, said of us: "Vantora was named a Leader for the third year in a row", "has been ranked the best
  // hospital", "we've delivered over 500 projects on time", "we ship 20,000 orders a week without a hitch".
  { pattern: "(?:was|were|has been|have been|been) (?:once again |again )?(?:named|ranked|voted|rated) (?:as )?(?:a |an |the )?(?:leader|best|top|number one|#1|no\\.? ?1)" },
  { pattern: "(?:proudly|proud to be) serving" },
  { pattern: "(?:we(?:'ve| have)|our (?:[\\w-]+ ){1,2}(?:has|have)) (?:delivered|completed|shipped|handled|processed|installed|built|placed) (?:over |more than )?[\\d,]+\\+? (?:[\\w-]+ ){0,2}(?:on time|without (?:a hitch|a single|any))" },
  { pattern: "(?:we |our (?:[\\w-]+ ){1,2})(?:ship|shipped|deliver|delivered|process|processed|handle|handled|run|ran)s? (?:over |more than )?[\\d,]+\\+? (?:[\\w-]+ ){1,3}without a (?:hitch|single (?:complaint|hiccup|failure))" },
  { pattern: "has (?:quietly )?(?:built|become|grown into) one of the (?:largest|biggest|leading|most (?:successful|respected|trusted))" },
  { pattern: "(?:is|are|we're|we are) the (?:only|one) (?:[\\w-]+ ){0,3}(?:broker|vendor|provider|company|platform|airline|firm|supplier|bank|agency|carrier|tool|solution)s? (?:that|to|in|who|which)" },
  { pattern: "uniquely (?:qualified|positioned|placed)" },
  { pattern: "(?:we(?:'re| are)|our (?:[\\w-]+ ){1,2}(?:is|are)) (?:(?:one|some) of )?(?:the )?most (?:popular|reliable|trusted|influential|respected|prestigious|successful|innovative)" },
  { pattern: "(?:i|we) (?:promise|guarantee) (?:you )?(?:it|this|that)(?:'ll| will) never" },
  { pattern: "or your money back|no questions asked" },
  { pattern: "(?:the|our) (?:finest|best) (?:[\\w-]+ ){1,3}(?:working|in (?:the (?:world|country|business|industry)|europe|america|britain)) today" },
  // Hype in other words (found scoring fresh pitches): a ceiling sold as a result ("increase donations by up to 300%"), a
  // whole trade remade by us ("revolutionizing fundraising", "disrupting the entire logistics industry"), a promise of
  // delight ("I promise it'll be worth your time!"), and "companies that use us never look back".
  { pattern: "(?:increas|boost|grow|rais|improv|cut|reduc|lift|doubl|tripl)\\w* (?:[\\w-]+ ){0,3}by up to \\d[\\d,.]*(?:%| percent|x)" },
  { pattern: "(?:we(?:'re| are)|our (?:[\\w-]+ ){1,2}(?:is|are)) (?:quite literally |literally |currently )?(?:revolutioni[sz]ing|reinventing|redefining|transforming) (?:the (?:entire |whole )?)?[\\w-]+" },
  // Ranked among the best, and a crowd of happy clients counted ("Okonkwo & Partners is one of the leading accounting firms in
  // Lagos, with over 300 satisfied SME clients"; round 33 blind emails).
  { pattern: "(?:is|are|we're|we are|i'm|i am) one of the (?:leading|top|best|biggest|largest|premier|foremost|most (?:trusted|respected|experienced|established)) (?:[\\w&-]+ ){0,3}(?:firms|companies|agencies|practices|providers|suppliers|specialists|brands|manufacturers|distributors|consultancies|contractors|installers|schools|clinics|studios|venues)" },
  { pattern: "(?:over|more than|nearly|almost) [\\d,]+\\+? (?:happy|satisfied|delighted|loyal) (?:[\\w-]+ ){0,2}(?:clients|customers|users|members|families|businesses|patients|guests)" },
  // Nobody near matches us: "there's nobody round here who'll fit a kitchen to our standard".
  { pattern: "(?:nobody|no one|no-one) (?:else )?(?:round|around) here (?:who(?:'ll| will| can| could)?|(?:can|could|will)) (?:[\\w'-]+ ){0,5}?(?:to our standard|as well as (?:we|us)|like (?:we|us)|(?:match|beat|touch) (?:us|our))" },
  { pattern: "(?:i|we) (?:promise|guarantee) (?:it(?:'ll| will) be|this (?:will be|is)) (?:well )?worth (?:your|the) (?:time|while)" },
  { pattern: "never look back" },
  // "we've just launched LearnPath 5.0, our most powerful release ever" (a twenty-third round of blind emails).
  { pattern: "our (?:most (?:powerful|advanced|innovative|exciting|complete|comprehensive|ambitious)|best|biggest|fastest|smartest|strongest) (?:[\\w-]+ )?(?:release|product|version|update|launch|platform|model|offering|solution|app)s? (?:ever|yet|to date)\\b" },
  // Praise in fresh words (a thirty-fifth round of blind emails): a "powerhouse", a landmark quarter, ranked among the
  // finest, nowhere else they'd rather be, "we don't just build websites, we build…", clients who can't imagine another
  // agency, the document we never met that we couldn't translate, the call they make when every other agency has failed,
  // the highest standards we hold ourselves to.
  { pattern: "(?:a|an|the) (?:[\\w-]+ ){0,4}powerhouse\\b" },
  { pattern: "(?:another|a) (?:landmark|record-breaking|stellar|blockbuster|banner) (?:quarter|year|month|season) (?:for us|here at (?:[\\w&-]+))" },
  { pattern: "(?:rank|ranks|ranked|rated|count|counts) (?:consistently )?among the (?:very )?(?:finest|best|top|leading|most (?:[\\w-]+))" },
  { pattern: "(?:there's|there is) (?:simply |just |really )?nowhere else (?:they|you|guests|clients|customers|people)(?:'d| would) rather" },
  { pattern: "(?:we|i) (?:don't|do not) (?:just |only )?[\\w-]+ (?:[\\w\"“”'-]+ ){0,3}?[\\w\"“”'-]+, (?:we|i) (?:do|build|make|create|deliver|sell|offer|provide|craft|design|engineer)\\b" },
  { pattern: "(?:(?:customers|clients|guests|users) (?:tell us|say) (?:that )?(?:[\\w-]+ ){0,4}?(?:they )?)?(?:can't|cannot|can not|couldn't|could not) imagine (?:to )?(?:work|working|going|switching|using) (?:with |to )?(?:any )?(?:other|another)" },
  { pattern: "helped (?:over |more than |nearly )?\\d[\\d,]*\\+? (?:[\\w-]+ ){1,3}(?:double|triple|doubling|tripling|grow|increase|boost|cut|halve)\\b" },
  { pattern: "our proven (?:[\\w-]+ )?(?:framework|system|formula|method|methodology|process|playbook|blueprint)" },
  { pattern: "(?:we|i) (?:did not|didn't|have not|haven't|have never|never) (?:yet )?(?:met|meet|seen|see|found|find|come across|had) a (?:[\\w-]+ ){1,2}(?:which |that )?(?:we|i) (?:could not|couldn't|can't|cannot)" },
  { pattern: "when every other (?:[\\w-]+ )?(?:agency|firm|supplier|provider|company|vendor|broker|recruiter|installer|builder|contractor)s? (?:has |have )?(?:come back|failed|given up|let them down|said no)" },
  { pattern: "(?:hold ourselves to|pride ourselves on|are known for|maintain) the (?:very )?highest (?:possible )?(?:standards?|quality)" },
  // A thirty-sixth round: nothing else comes close, trusted by over 2,000, engineers who outdid themselves, a result
  // "guaranteed".
  { pattern: "nothing (?:else )?(?:out there |on the market )?(?:even )?comes close" },
  { pattern: "trusted by (?:over |more than |nearly |almost )?\\d[\\d,]{2,}\\+?" },
  { pattern: "(?:have|has) (?:really )?outdone (?:themselves|ourselves)" },
  { pattern: "(?:overnight|instantly|immediately|in (?:a|one) (?:week|month)),? guaranteed" },
  // Found in round 38's blind emails: a list we were named to, said of us ("we've just closed our Series B and been named
  // one of Europe's fastest-growing…"; not "Your company was named one of…"), and the choice of a counted many.
  { pattern: "(?:we|our)\\b[^.;!?]{0,60}?\\bnamed (?:as )?one of (?:[\\w-]+(?:'s|s') )?(?:the )?(?:top|best|leading|fastest[- ]growing|most)" },
  { pattern: "the trusted choice (?:of|for) (?:over |more than |some )?(?:\\d[\\d,]*\\+?|thousands|hundreds)" },
  // Praise we report of ourselves (a forty-sixth round of blind emails): "our hotel has been consistently praised by guests
  // for its tranquil atmosphere".
  { pattern: "(?:has|have) (?:been )?(?:consistently|always|regularly|repeatedly|widely|continually) (?:praised|rated highly|commended|celebrated|recognised|recognized)(?: by (?:guests|customers|clients|users|visitors|patients|members|critics))?" },
  // Round 44's corpus: our own series or event praised by us ("the third in our successful energy trading series").
  { pattern: "our (?:(?:highly|hugely|very|extremely|wildly) )?(?:successful|acclaimed|award-winning|renowned|celebrated|sell-out|sold-out|much-loved) (?:[\\w-]+ ){0,3}(?:series|events?|conferences?|seminars?|webinars?|summits?|shows?|courses?|programmes?|programs?|workshops?|products?|range|line)\\b" },
];

/** "Thank you for your business" (seed 003: "Never say Thank you for your business"). */
export const THANKS_FOR_BUSINESS: Phrase[] = [
  { pattern: '(?:thank you|thanks|many thanks)(?: again)? for your (?:continued )?business', replacement: "Here's to your team's success" },
  { pattern: 'we (?:truly |really )?(?:appreciate|value) your (?:continued )?business' },
  { pattern: 'thank you for choosing (?:us|our company)' },
  // Thanks for the purchase or the loyalty, not for anything the reader did for this email.
  { pattern: "(?:{I} )?(?:thank you|thanks|thank you so much|many thanks)(?: again)? for (?:your (?:recent |online )?(?:order|purchase|custom|patronage|loyalty)|ordering|shopping|buying|choosing|being (?:a |an )?(?:valued |loyal |long-?time )?(?:customer|client|member|part of)|placing your trust)" },
  { pattern: "{I} {INTENS}(?:appreciate|value|thank you for) (?:your|you(?:r)? (?:choosing|trusting)|our) (?:continued )?(?:loyalty|patronage|partnership|relationship|custom|membership|trust|choosing|trusting)" },
  { pattern: "{I} {INTENS}(?:appreciate|value) (?:each and every one of )?our (?:customers|clients)" },
  { pattern: "(?:it's|it is) (?:customers|clients) like you" },
  { pattern: 'your business means' },
];

/** Pressure and dollar signs (seed 000). */
export const PRESSURE: Phrase[] = [
  // Found in account emails written blind (round 5): an offer that vanishes after a date, "failing which".
  { pattern: "(?:the|this|that) offer(?:'s| is| will be) gone" },
  { pattern: "after that(?: date)?,? (?:the|this|our|peak) (?:offer|rate|price|discount|rates|prices)" },
  // "I can hold it till Friday, after that the worktop supplier's increase kicks in and it goes up £900".
  { pattern: "(?:hold|keep) (?:it|this|the price|that price|the quote|this price) (?:till|until|to) (?:(?:this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|the end of (?:the )?(?:week|month)|tomorrow)[,;.]? (?:but )?(?:after that|then) (?:[\\w'-]+ ){0,8}?(?:goes up|go up|rises|increases?|expires|is gone|ends)" },
  { pattern: "failing which" },
  // Scarcity said as what will run out: "Want me to lock one in for you before they're gone?"
  { pattern: "(?<!matter of time |long )before (?:they're|they are|it's|it is|the (?:[\\w-]+ )?(?:spots?|places?|slots?|seats?|deals?|offers?) (?:are|is)) (?:all )?(?:gone|taken|snapped up)(?=\\s*(?:[?.!,;]|$))" },
  // "after that they're gone", "I'm only opening 5 design-partner slots this month before we jack the price", "after the
  // review, I cannot hold today's rates".
  { pattern: "after that,? (?:they're|they are|it's|it is|the slots? (?:are|is)) gone" },
  { pattern: "(?:only )?opening (?:up )?(?:\\d+|one|two|three|four|five|a few|a handful of) (?:[\\w-]+ )?(?:slots?|spots?|places?|seats?)" },
  { pattern: "before (?:we|the price|prices) (?:jack|put|push|raise|bump|go|goes)(?: up)? (?:the )?(?:price|prices|up)" },
  { pattern: "(?:after|once) (?:the|that|this) (?:[\\w-]+ )?(?:review|deadline|date|increase|cut-?off),? (?:i|we) (?:cannot|can't|won't be able to|will not be able to) hold (?:today's|these|current|the current|our current|this) (?:rates?|prices?|pricing)" },
  // Scarcity and fear of waiting in other words (whole emails written blind): "I'm holding two implementation slots for
  // April", "the ones who waited are the ones who called us in a panic", "you'll lock in 30% off", "grab it while the
  // offer's still on the table".
  { pattern: "(?:i'm|i am|we're|we are) (?:only |currently )?holding (?:(?:just |only )?(?:one|two|three|four|five|\\d+|a few|a couple of) )?(?:[\\w-]+ )?(?:slots?|spots?|places?|spaces?|seats?)" },
  { pattern: "(?:the ones|those|people|companies|customers|teams|firms) who (?:waited|held off|hesitated|didn't act)" },
  { pattern: "(?:you'll|you will|you'd|you can) lock in" },
  { pattern: "while (?:the|this|our) (?:offer|deal|discount|price|pricing|rate)(?:'s| is) still (?:on the table|available|open|live|running|good)|grab it while" },
  { pattern: 'act (?:now|fast|today|quickly)' },
  { pattern: 'limited[- ]time (?:offer|only|deal|discount|pricing)' },
  { pattern: 'for a limited time' },
  { pattern: 'before the (?:discount|offer|deal|promotion|price) (?:expires|ends|runs out|goes away)' },
  { pattern: '(?:this |the )?(?:offer|discount|deal|price) (?:expires|ends) (?:soon|today|tomorrow|on|at|this|friday|monday)' },
  { pattern: "don'?t miss (?:out|this)" },
  { pattern: 'last chance' },
  { pattern: 'today only' },
  { pattern: 'only \\d+ (?:spots|seats|licenses|units) left' },
  { pattern: '(?:prices?|pricing) (?:will )?(?:go(?:es)? up|increases?) (?:soon|next|after|on)' },
  { pattern: "(?:this|the) (?:offer|deal|discount) won'?t last" },
  { pattern: 'sign (?:today|now|this week) (?:and|to) (?:get|save|lock)' },
  { pattern: "(?:offer|promotion|discount|deal|price|prices|pricing|rate)s? (?:is |are )?(?:only )?(?:good|valid|guaranteed|holds?|available|runs?) (?:until|through|till|before)" },
  // The price named first: "our introductory price of N18.5 million is only valid till 31 March" (round 17).
  { pattern: "(?:offer|promotion|discount|deal|price|pricing|rate) of (?:[\\w$£€₦.,%-]+ ){1,3}(?:is|are) (?:only )?(?:good|valid|guaranteed|available) (?:until|through|till|before)" },
  // A threat to make them pay now: "Kindly clear the outstanding immediately to avoid suspension of supplies" (round 17).
  { pattern: "(?:immediately|at once|today|without (?:further )?delay|within (?:\\d+|24|48) (?:hours|days)) to avoid (?:the )?(?:suspension|disconnection|cancellation|termination|interruption|legal action|late (?:fees?|charges?)|penalt(?:y|ies)|further action)" },
  { pattern: "(?:so )?hurry" },
  { pattern: "book(?:s|ing)? up (?:quickly|fast)" },
  { pattern: "(?:is|are) going fast" },
  { pattern: "(?:nearly|almost) (?:gone|sold out|full)" },
  { pattern: "lock (?:it|this|them) in" },
  { pattern: "to lock in" },
  { pattern: "before (?:this|the) promotion (?:expires|ends)" },
  { pattern: "(?:renew|sign|order|book|decide|commit) (?:in the next \\d+ (?:hours|days)|before the \\w+ to)" },
  // "ORDER within the next 48 hours and we will include…" (corpus offers, fifteenth blind round).
  { pattern: "(?<!\\b(?:i|we|will|would|shall|can|to|they|he|she)\\s)(?:order|buy|purchase|sign up|register|reply|respond|call|book|enrol|enroll) (?:now |today )?within the next (?:\\d+|twenty-four|forty-eight|seventy-two) (?:hours|days)" },
  { pattern: "(?:never|not) been a better time" },
  { pattern: "(?:miss|missing) out" },
  { pattern: "(?:place|submit) your order (?:today|now)" },
  { pattern: "i'd decide quickly" },
  // Scarcity and a deadline said in other words (event and offer mail in the corpus): "seats are limited… register
  // today!", "the conference hotel is filling up very quickly", "your opportunity to register is running out",
  // "LIMITED NUMBER of tickets", "MAKE PLANS NOW", "respond as soon as possible to guarantee availability".
  // "Space is limited." standing alone, not "Disk space is limited on the old server".
  { pattern: "(?:seats|seating|spaces|places|spots|rooms|tickets|numbers|availability|capacity) (?:are|is) (?:strictly |very |extremely )?(?:limited|filling up|running out|selling out)|(?<![\\w-] )space is (?:strictly |very |extremely )?(?:limited|filling up|running out)" },
  { pattern: "filling up (?:very |really )?(?:fast|quickly)" },
  { pattern: "(?:opportunity|window|chance) (?:to [\\w-]+(?: [\\w-]+){0,6} )?is running out" },
  { pattern: "limited (?:number|numbers|supply) of (?:[\\w-]+ ){0,2}?(?:tickets|seats|places|spaces|spots|rooms|invitations|passes|units|copies)" },
  // Said to the reader, not of ourselves ("I will respond immediately upon my return"), and not a noun ("an order today").
  { pattern: "(?<!\\b(?:i|we|will|would|shall|can|to|a|an|the|new|your|our|this|that|their|his|her|my|first|next|last|same)\\s)(?:register|book|sign up|reserve|enrol|enroll|respond|order|buy) (?:today|now|immediately)" },
  { pattern: "make plans now" },
  { pattern: "to guarantee (?:availability|your (?:place|seat|spot|room|ticket))" },
  { pattern: "no better time (?:than|to)" },
  // A deadline or a scarcity put on the reader in other words (batch misses): "the launch pricing ends this weekend",
  // "the renewal discount lapses at midnight Friday", "this offer won't be around much longer", "valid only till the
  // 31st", "only two install slots are left", "while there's still allocation", "your slot goes to the next customer".
  { pattern: "(?:pricing|price|prices|discount|offer|deal|rate|promotion|incentive|sale|bonus)s? (?:(?:ends|end|lapses?|expires?|closes?|runs? out|goes away|go away|disappears?) (?:this|at|on|by|tonight|tomorrow|friday|monday|midnight|end of)|(?:won't|will not) be (?:around|available|here) (?:much |for )?(?:longer|long))" },
  { pattern: "(?:is|are) valid only (?:till|until|through|for)" },
  { pattern: "only (?:have |got |have got )?(?:\\d+|one|two|three|four|five|a (?:few|handful of)) (?:[\\w-]+ )?(?:slots?|spots?|seats?|places?|spaces?|licen[cs]es|units?|dates?|rooms?|tables?|days?) (?:are |is )?(?:left|remaining|available)" },
  { pattern: "(?:while|whilst) (?:there's|there is) still (?:allocation|stock|availability|space|room|time)" },
  { pattern: "(?:almost|nearly) all (?:taken|gone|booked|sold)" },
  { pattern: "(?:slot|place|spot|allocation|booking|date) goes to the next (?:customer|client|person|company)" },
  { pattern: "(?:in|within) the next \\d+ hours (?:for|to get|and (?:get|save))" },
  { pattern: "(?:by|before) (?:eod|end of (?:the )?day|today(?: itself)?|midnight|close of business)(?:,? (?:to|so that|or|otherwise|so we can)) (?:keep|hold|block|secure|lock|guarantee|we)" },
  { pattern: "(?:confirm|decide|reply|respond|sign)(?: the [\\w-]+)? (?:by today(?: itself)?|at the earliest)(?:,? (?:so|as|to))" },
  { pattern: "otherwise the (?:\\d+ ?% )?(?:increase|rise|new (?:price|rate)|surcharge) (?:kicks in|applies|will apply)" },
  { pattern: "(?:meeting|call|demo) with one of your competitors" },
  { pattern: "you don't want to be the last" },
  // Fear of being left out, and the guilt of a "break-up" email: "you don't want to be left behind", "your competitors
  // already use us", "I'm guessing you're either too busy or not interested", "should I close your file?".
  { pattern: "(?:don't|do not|wouldn't|would not) want to (?:be left behind|fall behind|get left behind|lose out)" },
  { pattern: "your competitors (?:are )?(?:already|all) (?:use|using|work with|working with|on board|switching|switched|signed)" },
  { pattern: "(?:either|you're either|you are either) (?:too busy|swamped|busy) or (?:not interested|you're not interested|this isn't a priority)" },
  { pattern: "should i (?:close (?:your|the|out your) (?:file|account|ticket)|stop (?:reaching out|emailing you|following up)|assume you're not interested)" },
  { pattern: "(?:i've|i have) (?:reached out|emailed|written|tried (?:you|to reach you)) (?:a few|several|multiple|three|four|a number of) times(?: now)? (?:and|but) (?:haven't|have not|not) (?:heard back|had a reply|had a response)" },
  { pattern: "now is the (?:moment|time) to" },
  { pattern: "(?:seats|places|spaces|dates|slots) fill up fast" },
  { pattern: "don't delay" },
  { pattern: "for the next \\d+ hours|for the next \\d+ days only" },
  { pattern: "you'll regret (?:not|missing|passing)" },
  { pattern: "can't promise (?:either|any|it|they|them|that|this)(?: [\\w-]+){0,2} will still be (?:there|available|free)" },
  // The scarcity and the price clock said as advice ("I'd suggest securing your date this week to avoid disappointment",
  // "please confirm your next order before end of this month to keep the old price"), a twenty-second round of blind emails.
  { pattern: "to avoid (?:disappointment|missing out)\\b" },
  { pattern: "before (?:the )?end of (?:this|the) (?:month|week|quarter) to (?:keep|lock in|secure|get|hold) (?:the |your |our )?(?:old|current|existing|same|present|this) (?:price|rate|pricing|prices|rates)\\b" },
  // "To secure the current rates, we would need the signed renewal back by Friday 29th" (a twenty-third round).
  { pattern: "to (?:secure|lock in|keep|hold|guarantee) (?:the |your |our )?(?:current|existing|present|old|today's|this year's) (?:rates?|prices?|pricing|terms|tariffs?)\\b" },
  // "the places usually go by the end of June, so it'd be good to talk before then" (a twenty-fourth round).
  { pattern: "(?:places|spots|slots|seats|spaces|dates) (?:usually |always |tend to |often |normally )?(?:go|get taken|fill up|are gone|book up) (?:quickly|fast|by|early|within)\\b" },
  // Scarcity in fresh words (a thirty-fifth round of blind emails): "I've only got capacity to take on two new logistics
  // clients this month, and one of those slots has gone already", "quotes like this don't hang around".
  { pattern: "only (?:got |have )?(?:the )?(?:capacity|room|space|bandwidth) (?:to take on|for) (?:one|two|three|four|five|a (?:few|couple|handful)|\\d{1,2}) (?:more |new |further )?(?:[\\w-]+ )?(?:clients|customers|projects|accounts|practices|businesses|partners|brands|schools|clinics)\\b" },
  { pattern: "(?:one|two|three|some|most|half) of (?:those|these|the) (?:slots|places|spots|spaces) (?:has|have) (?:already )?(?:gone|been taken|been snapped up)" },
  { pattern: "(?:deals|quotes|prices|offers|rates|slots|terms) like (?:this|these|that) (?:don't|do not|won't|will not|never) (?:hang around|last|stay around|come round often)" },
  // "so do not miss this opportunity", "miss the boat", a price only if they sign before a date (a thirty-sixth round).
  { pattern: "(?:do not|don't|dont) miss (?:out on )?(?:this|the|your) (?:opportunity|chance|offer|deal)" },
  { pattern: "miss(?:ing)? the boat" },
  { pattern: "only (?:[$€£]\\s?)?\\d[\\d,.]*(?: [\\w-]+){0,5} if you (?:sign|order|book|commit|confirm)(?: up)? (?:before|by)\\b" },
  // Found in round 38's blind emails: a deadline's discount, then the nudge ("so it may be worth moving sooner rather than later").
  { pattern: "(?:worth|best|wise|a good idea) (?:to )?(?:moving|move|acting|act|deciding|decide|signing|sign|committing|commit|booking|book) sooner rather than later" },
  // Found in round 39's corpus emails: the clock said to run out, and the bet said to be free.
  { pattern: "time is running (?:very |so |really )?(?:short|out)" },
  { pattern: "(?:you(?:'ve| have)|there(?:'s| is)) nothing to lose(?: and (?:everything|a lot|much) to gain)?" },
];

/** Challenging the customer (seed 002: "challenge me to defend it"). */
export const CHALLENGES: Phrase[] = [
  // Found in long emails written blind in other registers: "the findings are quite clear for any experienced security
  // person", "whoever negotiated that term may not have seen what the market offers".
  { pattern: "(?:clear|obvious|simple|straightforward|self-explanatory|easy to understand) (?:enough )?(?:for|to) (?:any|an?) (?:experienced|competent|qualified|reasonable|trained|professional) (?:[\\w-]+ ){0,2}?(?:person|reader|professional|engineer|user|team|accountant|manager)" },
  { pattern: "whoever (?:negotiated|signed|agreed to|chose|picked|approved|set up|bought) (?:[\\w'-]+ ){1,8}?(?:may|might) not have" },
  // Doubting the reader, politely (whole emails written blind): "I'd be curious whether you could even tell me…",
  // "I suspect nobody on your team has looked closely at…".
  { pattern: "(?:(?:could|can|would) you|you (?:could|can|would)) even (?:tell|name|say|explain|find|remember|quote)" },
  { pattern: "(?:i suspect|i doubt|i bet|i'd bet|i'd wager|i'm guessing) (?:nobody|no one|no-one|anyone) (?:on|in|at) your (?:team|company|side|end|board)" },
  { pattern: 'challenge (?:me|us) to' },
  { pattern: 'i dare you' },
  { pattern: 'prove (?:me|us) wrong' },
  { pattern: 'what (?:do|have) you (?:got|have) to lose' },
  { pattern: "you(?:'d| would) be (?:crazy|foolish|mad) not to" },
  { pattern: "if you(?:'re| are) (?:really |truly )?serious about" },
  { pattern: "(?:unless|if) you want to (?:fall|get left) behind" },
  { pattern: 'i(?:\'m| am) sure you(?:\'ll| will)? agree' },
  { pattern: 'any (?:smart|sensible|serious) (?:company|business|leader) would' },
  { pattern: 'you (?:obviously|clearly) (?:don\'t|do not|haven\'t|have not)' },
  // Telling them they are wrong: "you're simply mistaken", "you are clearly confused about the dates".
  { pattern: "you(?:'re| are) (?:(?:simply|just|clearly|obviously|plainly|completely|entirely|quite|sadly|totally) )?(?:mistaken|wrong|confused|misinformed)(?! (?:if|that|when|to)\\b)" },
  { pattern: "you (?:must|obviously|clearly) (?:have )?(?:misread|misunderstood|misheard|overlooked)" },
  // "as anyone reading the page can see", "as is obvious to anyone".
  { pattern: "as (?:anyone|anybody|everyone|any (?:reasonable |sensible )?(?:person|reader|customer))(?: [\\w-]+){0,4}? (?:can|could|would|will) (?:see|tell|understand|confirm)" },
  { pattern: "(?:as is|which is|it(?:'s| is)) (?:(?:quite|perfectly|plainly) )?(?:obvious|clear) to (?:anyone|anybody|everyone)" },
  // "in twenty years nobody has complained", "you are the only customer to complain".
  { pattern: "(?:nobody|no one|no-one|no other (?:customers?|clients?|users?)|none of our (?:other )?(?:customers|clients|users))(?: else)? (?:has|have|had|did)(?: ever)? (?:complain(?:ed)?|had (?:a|any|this|that) (?:problem|issue|complaint)|raised (?:this|that|a|any) (?:problem|issue|complaint))" },
  { pattern: "you(?:'re| are) the (?:first|only) (?:customer|client|person|user|one) (?:to|who(?:'s| has| ever)?) (?:ever )?(?:complain|complained|have complained|had (?:a|this) (?:problem|issue)|report(?:ed)?|raised?|flag(?:ged)?|mention(?:ed)?)" },
  // In other words: "in fifteen years of business we've never had a single complaint", "we've never had one other report".
  // "We've been installing these for 15 years and never had a complaint" (fifteenth blind round).
  { pattern: "(?:(?:we|i)(?:'ve| have)?|and) never (?:had|received|seen|heard of) (?:(?:a single|one single|even one|any other|one other) (?:complaint|problem|issue|report)s?|(?:a|any) complaints?)" },
  // "We have not received any other reports", "we haven't had similar complaints" (not when it leads on to the fix:
  // "we haven't had other reports, so I've asked our engineer to check your account").
  { pattern: "(?:we|i)(?: haven't| hadn't| have not| had not|'ve not|(?:'ve| have)? never) (?:had|received|seen|heard|got) (?:any |a single )?(?:other|similar|further) (?:complaints?|reports?|problems?|issues?)(?: (?:of|about|like) (?:this|that|it))?(?![,;]? (?:so|which|but)\\b)" },
  { pattern: "(?:nobody|no one|no-one|no other (?:customers?|clients?|users?))(?: else)? (?:has|have|had)(?: ever)? (?:reported|mentioned|raised|flagged|seen) (?:this|that|it|the same|a similar)" },
  { pattern: "in (?:all )?(?:\\w+ ){1,3}years(?: of (?:business|trading|service|operation))?,? (?:we(?:'ve| have)? never|nobody|no one|not (?:once|a single|one))(?: [\\w'-]+){0,5}? (?:complain\\w*|problems?|issues?)\\b" },
  // Sarcasm: "thanks for your brilliant contribution", "thanks for the lecture".
  { pattern: "thanks?(?: you)?(?: so much| very much)? for (?:your|that|this|the) (?:(?:brilliant|genius|enlightening|invaluable|wonderful|insightful|illuminating|fascinating|profound) (?:contribution|observation|lesson|insight|words of wisdom)s?|lecture|lesson in \\w+)" },
  // "perfectly clear if you take the time to read them".
  { pattern: "(?:clear|obvious|explained|stated|set out|spelled out|there) (?:[\\w-]+ ){0,4}?if you (?:(?:would|had|just|actually|only) )?(?:take|took|taken|bother(?:ed)?|care|cared) (?:the time |a moment |a minute |the trouble )?to (?:read|look|check|open)" },
  { pattern: "(?:this|that|it|yours)(?:'s| is| was) (?:an? |such an? )(?:absurd|ridiculous|ludicrous|preposterous|baseless|laughable|frivolous|outrageous) (?:complaint|claim|request|demand|accusation|allegation|suggestion)" },
  // Others are happy, so the fault must be theirs: "the new widget has been very well received by most of our clients".
  { pattern: "(?:has|have) been (?:very |really |extremely )?(?:well received|popular|a success) (?:by|with) (?:most|all|the (?:vast )?majority|nearly all|almost all) of our (?:other )?(?:clients|customers|users|members|guests)" },
  // The help-desk brush-off: "Have you tried turning it off and on again?"
  { pattern: "have you (?:tried|thought of|thought about) (?:simply |just )?(?:turning|switching|restarting|rebooting|unplugging) (?:it|them|the [\\w-]+(?: [\\w-]+)?|your [\\w-]+(?: [\\w-]+)?) (?:off and (?:on )?again|off and back on)" },
  // Calling their complaint absurd: "your complaint is frankly absurd", "this ridiculous claim".
  { pattern: "(?:your|this|that|the|such an?) (?:[\\w-]+ )?(?:complaint|claim|request|demand|accusation|allegation|suggestion|assertion|expectation)s?(?: (?:for|about|of|over|that) (?:[\\w-]+ ){0,3}?[\\w$-]+)? (?:is|are|was|were|seems?|sounds?) (?:(?:frankly|simply|quite|rather|just|completely|totally|utterly|frankly) )?(?:absurd|ridiculous|ludicrous|preposterous|nonsense|baseless|laughable|nonsensical|groundless|unfounded|frivolous)" },
  { pattern: "(?:your|this|that|such an?) (?:absurd|ridiculous|ludicrous|preposterous|baseless|laughable|frivolous) (?:complaint|claim|request|demand|accusation|allegation|suggestion)s?" },
  { pattern: "(?:which|that) i find hard to believe" },
  { pattern: "(?:is|are),? (?:frankly,? )?hard to believe" },
  { pattern: "i would have expected (?:you|your team|your company|someone)" },
  { pattern: "if you(?:'d| had) bothered" },
  { pattern: "as i(?:'ve| have)? (?:already )?(?:told|explained to) you (?:twice|three times|before|already|several times)" },
  { pattern: "as anyone who (?:read|reads|looked at|has read)" },
  // Silence read as their disinterest, said to them (round 33 blind emails): "I've emailed you three times now … so I'll assume
  // it's not a priority for you right now".
  { pattern: "(?:so )?(?:i|we)(?:'ll| will) (?:just )?assume (?:it's|it is|this is|that's|you're|you are) (?:not (?:a priority|interested|important|something you)|(?:just )?not for you)" },
  // What anyone in the trade would know, said to the reader who did not ("anyone who's fitted a kitchen could tell you
  // they've had it", "as anyone who buys wholesale stems will know"; round 32 blind emails).
  { pattern: "anyone who(?:'s| has| is)? (?:[\\w'-]+ ){1,5}?(?:will|would|could|can) (?:know|tell you|see|confirm)" },
  { pattern: "frankly,? (?:it's|it is|that's|that is) (?:surprising|unreasonable|ridiculous|absurd|odd)" },
  { pattern: "(?:most|all|many) of your competitors (?:figured|worked|already|have)" },
  { pattern: "(?:not sure|no idea|don't know) how your (?:team|company|business) (?:has )?(?:gotten|got|gets|managed) by" },
  { pattern: "reply of zero words" },
  // Pointing at what they should already have read: "as clearly stated in the terms", "as I have explained three times".
  { pattern: "as (?:(?:was|is|we|i) )?(?:(?:clearly|plainly|very clearly|quite clearly) (?:stated|explained|set out|spelled out|spelt out|written|shown|mentioned|indicated)|(?:stated|explained|set out|spelled out|spelt out|written|shown) (?:(?:very|quite) )?(?:clearly|plainly))" },
  { pattern: "as (?:i|we)(?:'ve| have)? (?:already )?(?:told you|explained|said|mentioned|stated|pointed out)(?: [\\w-]+){0,5}? (?:twice|three times|several times|many times|repeatedly|more than once|multiple times|countless times)" },
  { pattern: "(?:as|which) (?:anyone|anybody|any customer|any reader) (?:reading|who (?:reads?|read|looks? at|looked at|has read|bothered to read))" },
  // "this happens often with users who don't read the guide": the reader counted among those who do not read.
  { pattern: "(?:users|customers|people|clients|members|buyers) who (?:don't|do not|didn't|did not|never|can't be bothered to) (?:read|follow|check|look at) (?:the|our) (?:guide|manual|instructions|faq|docs|documentation|help (?:centre|center|pages?|articles?)|terms|emails?)\\b" },
  // Calling their expectations or reading unreasonable: "your expectations were simply unrealistic".
  { pattern: "your (?:expectations?|demands?|requests?|reading of [\\w-]+(?: [\\w-]+)?)(?: (?:of|for|about|on) (?:[\\w-]+ ){0,3}?[\\w-]+)? (?:is|are|was|were|seems?|seem) (?:(?:simply|just|frankly|quite|completely|totally|rather|a little|a bit|somewhat) )?(?:unrealistic|unreasonable|excessive|misguided|naive|naïve)" },
  // "you haven't bothered to read", "how you missed the three reminders", "no offence, but".
  { pattern: "you (?:(?:just|simply|clearly|obviously|never|even) )?(?:haven't|have not|didn't|did not|couldn't|could not|can't|cannot|never) (?:even )?(?:bother|bothered) to" },
  { pattern: "(?:not sure|no idea|don't know|do not know|can't see|cannot see|wonder) how you (?:(?:managed|were able) to )?(?:missed|miss|overlooked|overlook|ignored|ignore|forgot|forget)" },
  { pattern: "no offen[cs]e,? but" },
  { pattern: "with (?:all )?(?:due )?respect,? (?:that(?:'s| is) not|that isn't|you(?:'re| are)|your)" },
  { pattern: "any (?:competent|half-decent|half decent|self-respecting|sensible|reasonable) (?:[\\w-]+ ){0,2}(?:would|should|knows|understands|can see|could see)" },
  { pattern: "(?:wasn't|was not|isn't|is not|weren't|were not|aren't|are not) (?:bright|smart|clever) enough for you" },
  // Calling their words absurd: "calling our service appalling is frankly absurd".
  { pattern: "calling (?:us|our [\\w-]+|(?:the|this|that) [\\w-]+|it)(?: [\\w\"“”’-]+){0,4}? (?:is|was) (?:(?:frankly|simply|quite|just|a bit|rather|completely|totally) )?(?:absurd|ridiculous|unfair|uncalled for|over the top|laughable|an exaggeration)" },
  // Not caring about their loss: "no great loss to us", "I'm not sorry".
  { pattern: "(?:is|was|would be|will be) no (?:great |big )?loss to (?:us|me)" },
  { pattern: "i(?:'m| am) not (?:at all )?sorry" },
  // "thousands of satisfied customers who understand how it works" (so the fault is theirs).
  { pattern: "(?:thousands|hundreds|millions|plenty|lots) of (?:other )?(?:satisfied |happy )?(?:customers|clients|users|people) (?:who )?(?:understand|manage|have no (?:trouble|problem|issue)|seem to manage|get it)" },
  { pattern: "not (?:one|a single) (?:other )?(?:customer|client|user|person) has (?:ever )?(?:asked|complained|had (?:a|any|this|that) (?:problem|issue))" },
  // Others cope, so it must be them: "most of our users manage this without opening a ticket", "thousands of our
  // customers use it every day without a single issue".
  { pattern: "(?:most|many|nearly all|almost all|all|thousands|hundreds|millions|the vast majority) (?:of )?(?:our )?(?:other )?(?:customers|clients|users|people|members|guests|owners)(?: [\\w-]+){1,6}? without (?:(?:a single|any|ever|needing|having|once) )?(?:issue|issues|problem|problems|complaint|complaints|help|trouble|difficulty|needing|having to|opening|raising|calling|contacting)" },
  // "it's really not complicated", "it's not rocket science".
  // With the shrug that makes it a put-down ("really", "honestly"): "It's not complicated to switch" reassures.
  { pattern: "(?:it's|it is|this is|that's|that is) (?:really|honestly|actually|frankly|genuinely|simply|just) not (?:that |very )?(?:complicated|difficult|hard|tricky)|(?:it|this|that) (?:really|honestly|actually|frankly|genuinely|simply|just) (?:isn't|is not) (?:that |very )?(?:complicated|difficult|hard|tricky)|(?:it's|it is|this is|this isn't|it isn't|that's|that is)(?: (?:really|honestly|actually|frankly|exactly))? (?:not )?rocket science" },
  // Doubting their account: "it's possible you may not have heard the doorbell", "if you re-read the message",
  // "after following the guide properly", "I'm sorry you misread the tone".
  { pattern: "(?:it's|it is|it seems|it may be|quite) (?:possible|likely|probable) (?:that )?you (?:may |might )?(?:not have|have not|haven't|didn't|did not|missed|overlooked|misread|misunderstood|forgot)" },
  { pattern: "if you (?:re-?read|read (?:it|the [\\w-]+|my [\\w-]+|his [\\w-]+|her [\\w-]+) again|look again|go back (?:and|to))" },
  { pattern: "(?:following|read|reading|followed|follow|use|using|set up|setting up) (?:the|our|my) (?:[\\w-]+ ){0,2}(?:guide|instructions|manual|steps|documentation|email|message) (?:properly|correctly|carefully|this time)" },
  { pattern: "sorry (?:that )?you (?:misread|misunderstood|misinterpreted|took (?:it|this|that|offen[cs]e))" },
  { pattern: "the way you(?:'ve| have)? (?:taken|read|interpreted|chosen to (?:take|read)) it" },
  { pattern: "as (?:explained|described|shown|stated|set out) in the (?:[\\w-]+ ){0,2}(?:guide|manual|instructions|leaflet|booklet) (?:that came|you received|included|supplied|provided|in the box)" },
  { pattern: "i(?:'m| am) not sure what (?:(?:else )?you (?:were expecting|expected|expect)|else you want)" },
  { pattern: "if you(?:'re| are) happy (?:losing|to lose|wasting|to waste|leaving|to leave|missing|to miss|falling|to fall)" },
  { pattern: "(?:calling|describing|labelling|labeling) (?:our|my|the|this|that) (?:[\\w-]+ )?[\\w'‘’\"“”-]+ (?:[\\w'‘’\"“”-]+ )?(?:isn't|is not|won't|will not|doesn't|does not) (?:going to )?(?:change|help|make)" },
  { pattern: "is the real (?:issue|problem|reason) here" },
  // Guilt for not replying: "I haven't heard back, which is a little disappointing".
  { pattern: "(?:haven't|have not|hadn't|not) heard back,? (?:which|and that|and it) (?:is|was|'s) (?:(?:a little|a bit|quite|rather|very|somewhat|really) )?(?:disappointing|frustrating|surprising|concerning)" },
  { pattern: "(?:i(?:'ve| have)|we(?:'ve| have)) (?:now )?(?:reached out|emailed|written|called|followed up|tried) (?:you )?(?:three|four|five|several|multiple|many|\\d+) times (?:now )?without (?:hearing back|a reply|a response|any reply|any response)" },
  // What they would know had they read it: "had you opened the confirmation email", "if you had followed the setup steps",
  // "once you actually try it", "which I'd encourage you to actually read", "as you'd know from the order screen".
  // ("If you had read / followed / checked…" with no more than that is blame-shifting's: one hint, not two.)
  { pattern: "(?:if you(?:'d| had)|had you) (?:actually|properly|just|even) (?:read|looked at|opened|checked|followed|used|looked)|had you (?:read|looked at|opened|checked|followed|used|looked)|if you(?:'d| had) (?:looked at|opened|used|looked)" },
  { pattern: "(?:you|to|had|team|they) actually (?:read|reading|try|tried|open|opened|opening|look|looked|use|used)" },
  { pattern: "as you(?:'d| would) (?:know|have seen|be aware)" },
  { pattern: "(?:would have|could have) (?:told you|shown you|been obvious)" },
  { pattern: "before (?:writing in|raising (?:complaints|this|it|a complaint)|questioning (?:ours|us|our \\w+)|complaining|getting in touch)(?: again)?" },
  { pattern: "(?:perhaps|maybe) next time you(?:'ll| will| might|'d| could)?" },
  { pattern: "go through the (?:mail|email|e-mail|manual|user manual|guide|instructions)(?: once again| again| properly)" },
  { pattern: "the answer is already (?:there|in)" },
  { pattern: "(?:terms|contract|agreement|quote|conditions|proposal) you (?:accepted|signed|agreed to)(?: at checkout| in writing)?,? so" },
  { pattern: "(?:all in|re-?read(?:ing)?|as (?:stated|set out|explained|specified) in) (?:the|your) (?:[\\w-]+ )?(?:terms|contract|agreement|quote|conditions|proposal) you (?:accepted|signed|agreed to)" },
  { pattern: "as (?:our|the|your own|your) (?:[\\w-]+ ){1,3}(?:clearly|plainly) (?:explains|states|shows|says|sets out)" },
  { pattern: "(?:terms|conditions|contract|agreement|policy|guide|manual|faq|confirmation|page) (?:make|makes|made) it (?:quite |very |perfectly |abundantly |crystal )?clear" },
  { pattern: "as was made (?:quite |very |perfectly )?clear" },
  { pattern: "(?:instructions|manual|guide|page|email|label|screen|form|confirmation) (?:literally|clearly|plainly) (?:says?|states?|shows?)" },
  // Saying it again, slowly: "as I've now explained three times", "the fourth time we've been over it", "one more time, a
  // little more slowly", "per my last three emails", "in case it got lost in your inbox a third time".
  { pattern: "(?:explained|said|set (?:it |this )?out|told you|been over (?:it|this)|gone over (?:it|this)|mentioned) (?:this |it |that )?(?:now )?(?:twice|three times|four times|several times|multiple times|(?:twice|three times) now)" },
  { pattern: "(?:the|a) (?:second|third|fourth|fifth) time (?:we've|i've|we have|i have) (?:been over|explained|gone over|covered|discussed)" },
  { pattern: "(?:explain|go through|go over|say|repeat) (?:this |it |that )?one more time" },
  { pattern: "(?:(?:one more time|once more|again),? |(?:explain|say|go through|go over) (?:it|this|that) )(?:a (?:little|bit) )?more slowly" },
  { pattern: "(?:per|as per|in) my (?:last|previous) (?:two|three|four|five|several|\\d+) (?:emails|messages|replies|e-mails)" },
  { pattern: "(?:in case|if) (?:you missed (?:it|them|this|that) the first time|it got lost in your inbox(?: a (?:second|third|fourth) time| again))" },
  { pattern: "how (?:much )?(?:clearer|more clearly) (?:i|we) can (?:make|put|say|explain)" },
  { pattern: "(?:i|we) did (?:explain|mention|warn you|point out)" },
  { pattern: "sigh" },
  // Sarcastic thanks: "thanks for your brilliant detective work", "thanks so much for the essay, it was a thrilling read",
  // "great to see you've finally opened one of my emails".
  { pattern: "thanks?(?: you)?(?: so much| very much)? for (?:the|your)(?: very)?(?: [\\w-]+)? (?:essay|novel|sermon|detective work|life story|thesis)" },
  { pattern: "(?:a thrilling|quite a|made for quite a) read" },
  { pattern: "you(?:'ve| have)? finally (?:found the time|opened|bothered|decided to|got (?:around|round) to|replied|responded|got back|read)" },
  // Their business run down: "most ops leaders sorted this out years ago", "a company your size is still faxing",
  // "you'd think a network engineer would know", "I'd have thought a firm with your reputation…".
  { pattern: "(?:sorted|solved|fixed|figured) (?:this|that|it) out (?:years|ages|long) ago" },
  { pattern: "(?:surprised|baffled|amazed|astonished|puzzled|embarrassing|surprising|surprises me)(?: [\\w'-]+){0,6}? (?:a (?:company|business|firm|team|practice|school|hospital) (?:of )?your size|someone (?:in your position|with your experience|at your level)|a (?:finance director|cfo|ceo|manager|professional|director|network engineer))" },
  { pattern: "(?:i'm|i am|i was|i'm honestly|i am honestly|i'm frankly) (?:honestly |frankly |genuinely |a (?:little|bit) )?(?:surprised|baffled|amazed|astonished) (?:that )?(?:you|your|this has come as a surprise|someone in your)" },
  { pattern: "which surprises me" },
  { pattern: "(?:can't|cannot|can not) think of a (?:good )?reason (?:a|any|why a|why any|why you)" },
  { pattern: "not sure why anyone would" },
  { pattern: "i(?:'d| would) have thought (?:a|an|someone|somebody|anyone|any|that a|that someone)" },
  { pattern: "you(?:'d| would) think (?:a|an|someone|anyone|any)" },
  { pattern: "surely (?:someone|anyone|a [\\w-]+|any [\\w-]+) (?:in your position|like you|at your level|with your)" },
  { pattern: "struggling to understand (?:the|your) (?:hesitation|delay|reluctance)" },
  { pattern: "(?:wasting (?:the company's|your|their) (?:money|budget)|making life hard for yourself|you probably know it|a masterclass in wast\\w*|each to their own|taking you for a ride|unless you enjoy|feel free to keep (?:eating|paying|losing|wasting|throwing|overpaying))" },
  { pattern: "if your [\\w-]+(?: [\\w-]+)? (?:were|was) any good" },
  { pattern: "whoever (?:[\\w-]+ ){1,5}?(?:didn't|did not) (?:really )?know what (?:they|he|she) (?:were|was) doing|you (?:didn't|did not) (?:really )?know what you were doing" },
  { pattern: "at your level" },
  // Silence held against them: "I'll take your silence as a sign", "I'll assume you're happy overpaying", "a month of radio
  // silence from your side", "I'm starting to wonder whether anyone reads these", "the courtesy of a reply".
  { pattern: "(?:take|taking) (?:your|the) silence as" },
  { pattern: "assume (?:you're|you are) (?:happy|fine|okay|ok|content) (?:overpaying|paying|losing|wasting|throwing|leaving|missing)" },
  { pattern: "assume (?:the timing isn't right|(?:this|it|that|growth|hiring|saving money)(?: just)? (?:isn't|is not) a priority)" },
  { pattern: "assume you (?:didn't|did not|never|haven't|have not) (?:see|read|get|open)" },
  { pattern: "(?:i can only|which i can only) assume" },
  { pattern: "radio silence from (?:your|you)" },
  { pattern: "(?:weeks?|months?|days) of (?:radio )?silence" },
  { pattern: "(?:starting|beginning) to wonder (?:whether|if) (?:anyone|anybody|you)" },
  { pattern: "courtesy of a (?:reply|response)" },
  { pattern: "missed opportunity not to (?:get back|reply|respond)" },
  { pattern: "(?:is there a reason you keep|are you just not interested|or should i be talking to someone)" },
  { pattern: "i'll wait" },
  // Their complaint or account waved away: "your complaint has no merit", "claims like yours rarely hold up", "the facts
  // simply don't support your version of events", "let's stick to the facts rather than the emotions".
  { pattern: "your (?:complaint|claim|review|version(?: of events)?|account(?: of events)?|numbers|figures|allegation)s?(?: [\\w,'-]+){0,10}? (?:has no merit|(?:(?:is|seems?|was) )?(?:a bit |somewhat |rather |quite |a little )?(?:over the top|exaggerated|a bit much)|(?:doesn't|does not|don't|do not) (?:quite )?(?:match|hold up|add up)|(?:seems? to be |is )?describing a different)" },
  { pattern: "(?:complaint|claim)s? (?:seems?|is|are) (?:somewhat |rather |a (?:little|bit) )?exaggerated" },
  { pattern: "(?:facts|evidence|records|footage|findings|data) (?:simply |just )?(?:don't|do not|doesn't|does not) support your" },
  { pattern: "(?:claims|complaints|stories) like yours" },
  { pattern: "not open to (?:debate|discussion|question)" },
  { pattern: "agree to disagree" },
  { pattern: "(?:i'd|i would|we'd|we would) hardly call" },
  { pattern: "(?:is|'s) (?:a bit|a little|rather) much" },
  { pattern: "(?:stick to the facts|rather than (?:the )?emotions?)" },
  { pattern: "(?:tells|paints) a (?:rather |very |quite |completely )?different (?:story|picture)" },
  { pattern: "not sure what you (?:were|are) (?:looking at|reading|talking about)" },
  { pattern: "(?:i think|trust me,?) i know (?:how|what)|i know what i'm talking about" },
  { pattern: "in all my years(?: [\\w'-]+){0,4}? never" },
  { pattern: "only became a problem (?:the week|after|once|right after)" },
  { pattern: "(?:meter|numbers|figures|data|scales?) (?:doesn't|don't|does not|do not|never) lie" },
  { pattern: "(?:is|are) (?:simply |just |completely )?made up(?! of)" },
  { pattern: "(?:find|found) it hard to believe" },
  { pattern: "(?:that's|that is) not how (?:this|it|any of this|things|mortgages|insurance|pricing|contracts|warranties) works?" },
  { pattern: "(?:kindly|please) refrain from" },
  { pattern: "(?:a bit|a little|rather|too) late (?:to be|for) (?:querying|questioning|complaining|raising)" },
  { pattern: "you did (?:ask for|agree|sign|choose|approve|accept|request|order)" },
  { pattern: "you (?:approved|agreed to|signed|accepted|chose|requested|asked for) (?:this|it|the [\\w-]+(?: [\\w-]+)?) in writing" },
  { pattern: "we did warn you" },
  { pattern: "no such (?:call|request|email|complaint|conversation) was (?:ever )?(?:made|received|logged|recorded)" },
  { pattern: "hardly be expected to" },
  // Their competence: "you may not be very technical", "a fairly basic step", "as is so often the case, user error".
  { pattern: "(?:may not be|aren't|are not|isn't|is not) (?:very |particularly |all that )?(?:technical|tech-savvy|technically minded)" },
  { pattern: "(?:a )?fairly basic (?:step|thing|task|check)" },
  { pattern: "user error" },
  { pattern: "(?:perhaps|maybe|so) it's being used incorrectly" },
  { pattern: "not to state the obvious" },
  { pattern: "(?:sure|hope) even (?:you|your)" },
  { pattern: "willing to help themselves" },
  { pattern: "short of (?:coming round|coming over|doing it for you)" },
  { pattern: "easy mistake to make if you" },
  { pattern: "you (?:(?:don't|do not) (?:seem|appear) to|(?:clearly|obviously|simply) (?:don't|do not)) (?:understand|realise|realize|grasp)" },
  { pattern: "confusing us with" },
  { pattern: "(?:obviously|clearly) the expert" },
  { pattern: "(?:i'm sure you'll|you'll|i'm sure you will|you will) (?:understand|appreciate) that we (?:can't|cannot|can not)" },
  { pattern: "(?:simply|just) (?:changes?|changed) (?:their|his|her|your) mind|every time someone changes their mind" },
  { pattern: "(?:common )?beginner(?:'s)? (?:issue|mistake|error)|common misunderstanding" },
  { pattern: "understood (?:the [\\w-]+|it|this|them) differently" },
  { pattern: "(?:with (?:the greatest|all due) respect|don't take this the wrong way|not to be blunt|to be blunt|let's be (?:honest|real))" },
  { pattern: "(?:which|that) (?:may|might|would) explain your experience|(?:won't|doesn't|does not|will not) suit everyone|which isn't everyone" },
  { pattern: "(?:sorry|regret) (?:that )?you (?:have )?chosen to see it" },
  { pattern: "going wrong (?:at|on) your end" },
  { pattern: "makes me wonder (?:whether|if) (?:your|you)" },
  { pattern: "(?:no|none of the) other (?:[\\w-]+ ){0,2}?(?:clients?|customers?|users?|tenants?|guests?|members?|residents?|patients?)(?: [\\w-]+){0,6}? (?:has|have) (?:ever )?(?:raised|reported|complained|mentioned)" },
  { pattern: "(?:very few|hardly any) complaints" },
  { pattern: "take your business elsewhere" },
  { pattern: "gently (?:suggest|point out|remind)" },
  { pattern: "what did you expect|not sure what you expected" },
  { pattern: "(?:which|that) (?:you|your [\\w-]+) presumably read" },
  { pattern: "your own (?:numbers|figures|records|maths|math)" },
  { pattern: "i'm guessing (?:nobody|no one|you haven't|you didn't)" },
  { pattern: "would jump at the chance" },
  { pattern: "it would have helped if you(?:'d| had)" },
  { pattern: "not sure why this is (?:coming up|an issue|a surprise)" },
  { pattern: "which part of(?: [\\w'‘’-]+){1,4}? (?:was|is) unclear" },
  { pattern: "you've (?:simply|clearly|obviously|evidently) (?:misunderstood|misread|misheard|overlooked|confused|forgotten)" },
  { pattern: "not rocket science" },
  { pattern: "most people find (?:it|this|the [\\w-]+) (?:perfectly |really |quite )?(?:easy|simple|straightforward)" },
  { pattern: "if you're not interested in (?:saving|cutting|making|growing|reducing)" },
  { pattern: "if (?:you|your [\\w-]+) had (?:answered|replied to|responded to|read)" },
  { pattern: "any of my (?:last|previous) (?:two|three|four|five|several|\\d+) (?:emails|messages|replies)" },
  { pattern: "(?:most|many|all) (?:of )?our (?:other )?(?:customers|clients|users) manage (?:to|this|it)" },
  { pattern: "do you really want to be the (?:last|only)" },
  { pattern: "thanks?(?: you)?(?: so much)? for your (?:helpful|kind|useful|thoughtful) suggestion that (?:we|i)" },
  { pattern: "(?:was|were) right there (?:on|in)" },
  { pattern: "starting to lose (?:their|its) meaning" },
  { pattern: "which you should have received" },
  // Others never have the problem (a twenty-fourth round): "such issues are extremely rare", "the vast majority of our
  // merchants had their best day ever".
  { pattern: "(?:such|these|those|this kind of|this type of) (?:issues?|problems?|complaints?|errors?|incidents?) (?:are|is) (?:extremely |very |incredibly |really )?(?:rare|unusual|uncommon|unheard of)\\b" },
  { pattern: "the (?:vast )?majority of our (?:other )?(?:merchants|customers|clients|users|members|guests|stores|sellers) (?:had|have|are|were|did|do|saw|see)\\b" },
  // Disbelief and a put-down in fresh words (a thirty-fifth round of blind emails): "it is difficult for us to accept the
  // damage as having happened in transit", "As I think I've explained before", "it's letting you down badly compared to
  // the other practices in your area".
  { pattern: "(?:difficult|hard|impossible) for us to (?:accept|believe|see how) (?:that|the|your|this|it)\\b" },
  { pattern: "as (?:i|we)(?: think| believe)?(?: i| we)?(?:'ve| have) (?:already )?(?:explained|said|mentioned|told you|pointed out|made clear) (?:before|previously|already|more than once|several times|a few times)" },
  { pattern: "(?:letting you down|holding you back|costing you) (?:badly |massively |big time )?(?:compared to|next to|against) (?:the )?other" },
  // Put-downs of a thirty-sixth round: what an HR professional should know, what most of our partners understand, our
  // record never questioned, shelfware, what's holding things up on your side.
  { pattern: "(?:i|we) would have expected (?:these|this|the|such) (?:[\\w-]+ ){0,3}to be (?:familiar|known|obvious|clear) to" },
  { pattern: "most of our (?:[\\w-]+ )?(?:partners|clients|customers|members|users|buyers) (?:understand|know|realise|realize|appreciate) that" },
  { pattern: "(?:have|has) never (?:once )?been (?:called into question|questioned|criticised|criticized|challenged)" },
  { pattern: "(?:essentially|basically|effectively) paying for shelfware|hard to see what(?:'s| is) holding (?:things|it|this) up on your (?:side|end)" },
];

/** Talk about our own company and product (rubric 1, seeds 002, 003). */
export const COMPANY_TALK =
  "we|we're|we've|we'll|us|our|ours|our company|our team|our product|our platform|our solution|our services?";

/** Product pitch sentence openings (rubric 3: pitching too soon). */
export const PITCH: Phrase[] = [
  { pattern: "(?:our|my) (?:[\\w-]+ ){0,2}(?:company|product|platform|solution|software|tool|service|app|offering)s? (?:(?:might|could|may|would) (?:\\w+ ){0,2})?(?:is|are|helps?|offers?|provides?|enables?|lets?|can|will|has|have|delivers?|automates?|cuts?|saves?|plugs?|integrates?|help)\\b" },
  { pattern: "(?:our|my) team (?:is|are|helps?|offers?|provides?|enables?|lets?|can|will|delivers?)" },
  { pattern: "we(?:'re| are) (?:a|an|the) (?:\\w+ ){0,3}(?:company|provider|platform|firm|agency|startup|leader|vendor)" },
  { pattern: '(?:we|i) (?:help|offer|provide|specialize in|sell|deliver|build|enable) (?:companies|businesses|teams|organizations|clients|customers|brands|leaders|[a-z]+ (?:companies|teams|leaders))' },
  { pattern: '(?:how|where) we help (?:[\\w-]+ ){1,3}(?:like you|like yours|companies|businesses|teams|firms|contractors|practices|clinics|retailers|manufacturers|brands|owners|agencies)' },
  { pattern: "we(?:'ve| have) (?:helped|worked with) (?:over |more than )?(?:\\d[\\d,]*\\+? )?(?:companies|businesses|teams|clients|customers|brands)" },
];

/** First-sentence self-introductions (seed 003: "Opening your pitch by talking about your company"). */
export const ABOUT_US_OPENERS: Phrase[] = [
  { pattern: "my name is \\w+(?: \\w+)?(?:,? and)? (?:i(?:'m| am)|i work)" },
  { pattern: "(?:i(?:'m| am)|this is) \\w+(?: \\w+)? (?:from|at|with) (?:[A-Z]\\w*|\\w+)", cased: /^(?:I['’]m|I am|This is) \p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)? (?:from|at|with) \p{Lu}/u },
  { pattern: "(?:at|here at) [A-Z]?\\w+(?: \\w+)?,? we(?:'ve|'re|'d|'ll)?", cased: /^(?:[Aa]t|[Hh]ere at) \p{Lu}/u },
  { pattern: "(?:we|our company|our team|our firm|[A-Z]\\w+ (?:inc|ltd|llc)) (?:is|are) (?:a|an|the)" },
  { pattern: "(?:we(?:'re| are)|our company is) (?:excited|thrilled|proud|pleased|happy) to (?:announce|introduce|share|offer|present)" },
  { pattern: 'i(?:\'m| am) (?:excited|thrilled|pleased) to (?:introduce|tell you about|share) (?:our|my)' },
  { pattern: 'allow me to introduce (?:myself|our|my)' },
  { pattern: "i(?:'d| would) like to introduce (?:myself|our|my|you to our)" },
  { pattern: 'i (?:run|lead|head|manage|look after) (?:\\w+ ){1,3}(?:at|for) [A-Z]\\w*', cased: /(?:at|for) \p{Lu}/u },
  { pattern: 'i work (?:at|for) [A-Z]\\w*', cased: /(?:at|for) \p{Lu}/u },
  { pattern: '(?<!(?:as|when|if|while|once|until|before|after) )(?:we|our (?:company|team|platform|product)) (?:build|builds|make|makes|sell|sells|provide|provides|offer|offers|help|helps)' },
  // "The purpose for this message is to bring attention to my firm" (real mail).
  { pattern: "the (?:purpose|reason|point) (?:of|for|behind) (?:this|my) (?:message|e-?mail|note|letter|call) is to (?:introduce|bring (?:your )?attention to|tell you about|present|share|acquaint you with) (?:myself|my|our|us)" },
  // Fresh openers about the writer or the sender (a forty-ninth round, read on train): "My name is Pamela Yoo with the
  // California Energy Commission", "I'am the President of Bilco…", "I am writing in regards to a training seminar I am
  // developing", "Factiva is proud to announce…", "We're upgrading our eBill program…".
  { pattern: "my name is \\w+(?: \\w+){0,2},? (?:with|from|at|of) (?:the )?[A-Z]", cased: /\b(?:with|from|at|of) (?:the )?\p{Lu}/u },
  { pattern: "i(?:'m| am|'am) the (?:president|ceo|founder|co-?founder|owner|managing director|director|head|chairman|principal|vp|vice president) (?:of|at)" },
  { pattern: "i am writing (?:to you )?(?:to (?:express|introduce|tell you about|share|offer|present)|in regards? to (?:a|an|my|our)|regarding (?:a|an|my|our))" },
  { pattern: "[A-Z][\\w&.-]+(?: [A-Z][\\w&.-]+){0,3} (?:is|are) (?:proud|pleased|excited|delighted|happy|thrilled) to (?:announce|introduce|present|offer|invite|share)", cased: /^\p{Lu}/u },
  { pattern: "we(?:'re| are| have|'ve) (?:upgrading|upgraded|adjusted|launching|launched|expanding|expanded|moving|moved|changing|changed|updating|updated|introducing|introduced|redesigned|redesigning) our" },
];

/**
 * A line that pitches us, anywhere in the email (seed 002's "all about themselves"): our rank, our awards, our
 * reach, what our company does for "hundreds of businesses like yours", an introduction of ourselves.
 */
const US = "(?:we|we're|we are|we've|we have|our (?:\\w+ )?(?:company|team|firm|agency|platform|product|solution|software|tool|app|service|services|experts|engineers|people|clients|customers|members))";
const REACH = '(?:hundreds|thousands|millions|over [\\d,]+|more than [\\d,]+|[\\d,]+\\+?) (?:of )?(?:\\w+ )?(?:businesses|companies|brands|customers|clients|teams|firms|organi[sz]ations|users|homes|stores|restaurants|cafés|cafes|practices|plants|sites)';
export const SELF_PITCH: Phrase[] = [
  // "We're honestly the best…", "Our team is the leading…", "we are the number one…"
  { pattern: `${US} (?:is |are |have been |has been )?(?:(?:honestly|truly|simply|proud to be|now|already) )?(?:the |a |an )?(?:best|leading|industry[- ]leading|premier|top|number one|#1|fastest[- ]growing|largest|most trusted|award[- ]winning|go-to)\\b` },
  // "We recently won the … Award", "we were recognized as an industry leader", "our team has helped hundreds of…"
  { pattern: `${US} (?:(?:recently|just|proudly|also|already) )?(?:won|were (?:named|recognized|recognised|voted|ranked|awarded)|have been (?:named|recognized|recognised|voted|ranked)|pride ourselves)` },
  { pattern: `our (?:\\w+ )?(?:team|company|firm|agency|platform|product|software) of (?:\\w+ ){1,3}(?:has|have) (?:helped|powered|served|supported) ${REACH}` },
  { pattern: `${US} (?:(?:has|have|now|already) )?(?:helped|help|helps|powers?|powered|serves?|served|works? with|partners? with|trusted by|used by) ${REACH}` },
  // "LoyaltyLoop now powers over 3,000 cafés", "Streamly is the industry-leading video platform trusted by…", "SCIENTECH has developed…"
  { pattern: `[A-Z][\\w&-]+(?: [A-Z][\\w&-]+){0,2} (?:now |already )?(?:powers|serves|is trusted by|is used by|is in|is now in|has helped|helps) ${REACH}`, cased: /^\p{Lu}/u },
  { pattern: '[A-Z][\\w&-]+(?: [A-Z][\\w&-]+){0,2} (?:is|are) (?:the |an? )?(?:industry[- ]leading|leading|premier|number one|#1|award[- ]winning|most trusted|largest|fastest[- ]growing)', cased: /^\p{Lu}/u },
  { pattern: '[A-Z][\\w&-]+(?: [A-Z][\\w&-]+){0,2} (?:has developed|has launched|has built|is proud to|is excited to|is pleased to|was founded|offers customers)', cased: /^\p{Lu}/u },
  // "trusted by over 20,000 brands", "thousands of satisfied customers", "with over 35 years of award-winning service"
  { pattern: `(?:trusted|used|loved|chosen) by ${REACH}` },
  { pattern: '(?:thousands|hundreds|millions) of (?:satisfied|happy|delighted|loyal) (?:\\w+ )?(?:customers|clients|users|businesses|owners)' },
  { pattern: '(?:over|more than) [\\d,]+ years of (?:\\w+ )?(?:experience|service|excellence)' },
  // Introductions: "By way of introduction, I'm…", "Greetings from Shenzhen Everbright…", "I'm the regional sales manager for Apex".
  { pattern: "by way of (?:an )?introduction" },
  { pattern: 'greetings from [A-Z]\\w*', cased: /from \p{Lu}/u },
  { pattern: "i(?:'m| am) (?:the |a |an )?(?:\\w+ ){0,3}(?:manager|director|rep|representative|executive|consultant|specialist|founder|ceo|head|lead) (?:at|for|of|with) [A-Z]\\w*", cased: /(?:at|for|of|with) \p{Lu}\S*$/u },
];

/** An apology for a slow reply, which no process needs to prevent: "Sorry for the delay in getting back to you". */
export const SLOW_REPLY =
  "(?:delay|late|slow)(?:ed)? (?:in (?:getting back|responding|replying|my reply|our reply|our response|answering|forwarding|sending|submitting|getting (?:this|these|it|them|the)(?: [\\w-]+){0,2}? (?:to you|out|over|across))|reply|response|answer)|(?:the|this) late notice|(?:the|such) short notice|(?:for|about) the delay(?:[,.;:!]|$)|(?:for|about) (?:the|any|my) confusion|(?:taken|took) (?:me )?(?:so )?(?:long|a while) to (?:reply|respond|get back)|getting back to you";

/** Apology words, and the mistakes that call for prevention (seeds 000, 001). */
/** Owning the fault without a "sorry": "that's on me", "that was our mistake", "I should have told you". */
export const OWN_FAULT = "(?:that(?:'s| is| was| one is| one was)|this (?:is|was)|it(?:'s| is| was)) (?:on (?:me|us)|(?:my|our) (?:mistake|error|fault|oversight))|(?:my|our) (?:mistake|error|fault),? not|(?:i|we) should have (?:told|checked|caught|spotted|called|warned|noticed|sent|let)|(?:i|we) (?:got|had) (?:it|this|that) wrong|(?:i|we) (?:dropped the ball|let you down|messed up)|shouldn't have (?:happened|been (?:charged|collected|taken|sent|billed))";
/** Sympathy for what happened to them, not an apology for what we did: "sorry to hear about your father". */
export const SYMPATHY = "sorry (?:to hear|to learn|to read)? ?(?:about )?(?:your|the) (?:father|mother|dad|mum|mom|husband|wife|partner|son|daughter|family|loss|news|illness|accident|burst pipe|flood|fire|surgery|operation|injury|diagnosis|bereavement|passing|health|hospital stay)|sorry,? that sounds";
export const APOLOGY = "(?:i(?:'m| am)|we(?:'re| are)) (?:so |very |really |truly |deeply )?sorry|(?:i|we) (?:sincerely |truly )?apologi[sz]e|(?:my|our) apologies|apologies for|[a-z][\\w&.-]* (?:sincerely )?apologi[sz]es|^(?:so |very |really )?sorry (?:to|for|about|that)";
export const MISTAKE_WORDS =
  'mistake|error|wrong|late|delay(?:ed)?|missed|miss|forgot|problems?|should(?:n\'t| not)? have|skipped|(?:didn\'t|did not|hasn\'t|has not) (?:arrive|leave|go out|ship)|(?:won\'t|will not) be ready|overcharged?|charged (?:you |them |us |me )?(?:twice|two times|double)|double[- ]charged|outage|down(?:time)?|broke|broken|bug|lost|mix-?up|oversight|confusion|incorrect|incorrectly|inaccurate|not accurate|erroneous|erroneously|failed|failure|off by (?:one|a|an|\\d)';
export const PREVENTION =
  // A change dated forward, said of us or of every case: "from Monday, our practice software blocks…", "starting today
  // every item gets scanned", "From Monday 8 July, our planners call your desk whenever…".
  "(?:from|starting|as of|beginning) (?:today|tomorrow|now|(?:this|next) (?:week|month|monday|tuesday|wednesday|thursday|friday)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: \\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)?|\\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*),? (?:on(?:wards)?,? )?(?:our|every|each|all|any|a|an) [\\w-]+(?: (?!(?:was|were|is|are|has|had|have|did|got)\\b|[a-z]+ed\\b)[\\w-]+)?(?: (?:now|always|also|will))? (?!(?:was|were|is|are|has|had|have|did|got)\\b|[a-z]+ed\\b)[a-z]+\\b|"+
  // The change said under its own heading: "What changes: …", "What we're changing:", "Prevention: …".
  "what (?:changes|we(?:'re| are| will be) changing|we(?:'ve| have) changed|we(?:'re| are) doing differently):|"+
  // Said as a lead-in without the colon ("I'm responsible for the rota, and here is what I've changed."; not a change made
  // to their order, "here is what I've changed in your booking"), and what we did so that nobody else meets it ("We've
  // pulled the rest of that box off the shelf, so nobody else should get one").
  "(?:here(?:'s| is)|this is) what (?:i|we)(?:'ve| have) (?:changed|put in place)(?= *[.:!]| *$)|so (?:that )?(?:nobody|no one|no-one|no other [\\w-]+) else (?:should|will|can|gets?|ends up|has to)\\b|(?:^|[-•*] ?)(?:prevention|to stop (?:it|this) happening again|going forward|next time):|"+
  // Found in support replies written blind: the rule made for every case ("from this cycle, every EMI file is matched
  // against the previous run"), what can no longer happen ("so a parcel for you can't be left at a door"), the cause
  // fixed by our people or in our code ("Our developers fixed that yesterday", "we've fixed the retry so it checks
  // first"), and what catches it next time ("so a change like this is caught before it ships").
  "from (?:this|the next|next) (?:cycle|run|billing cycle|batch|release|statement)\\b|(?:every|each|all|any) [\\w-]+(?: [\\w-]+)? (?:is|are|gets?|will be) (?:now )?(?:matched|checked|verified|reviewed|scanned|tested|compared|confirmed|validated|double-checked) (?:(?:twice|again|manually|by hand|by a person|by two people|automatically) )?(?:against|before|with)\\b|"+
  "so (?:that )?(?:a|an|the|any|no|every|each) (?:[\\w-]+ ){0,5}?(?:can't|cannot|can not|won't|will not) (?:be |get )?(?:left|sent|charged|taken|missed|lost|skipped|processed|debited|billed|delivered|overwritten|double-booked|dropped)\\b|"+
  "(?:our|the) (?:[\\w-]+ )?(?:developers|engineers|devs|dev team|tech team) (?:have |'ve )?(?:fixed|patched|corrected|resolved) (?:that|this|it|the (?:[\\w-]+ )?(?:bug|issue|fault|problem|glitch|error))\\b|(?:we|i)(?:'ve| have)? (?:also |now |just |since )?(?:fixed|patched|changed|corrected) (?:the|our|that|this) (?:[\\w-]+ ){0,3}?so (?:that )?(?:it|they|this|the|a|any)\\b|to (?:not|never) repeat (?:this|it|that)|(?:we|i) (?:now )?add (?:now )?(?:a|an) (?:[\\w-]+ )?(?:check|step|alert|test|review|safeguard)\\b|"+
  "so (?:that )?(?:a|an|the|any|every|each) (?:[\\w-]+ ){0,4}?(?:is|are|gets?|will be) (?:caught|stopped|spotted|detected|picked up|flagged|blocked) (?:before|early|in time|straight away|at once)\\b|"+
  // "…so that nobody is left without news again", "so no customer waits that long again".
  "so (?:that )?(?:nobody|no one|no-one|no customer|no client|none of (?:you|our customers)) (?:[\\w'-]+ ){1,6}?again|"+
  // Found in a sixth round of blind replies: what can no longer happen twice ("so a timeout can't bill you twice"), a
  // practice stopped ("our depot team have stopped using blades"), what would have caught it ("which would have caught
  // this one"), the test or checklist it joins, and the way things now go instead ("returned payments now come to a
  // named handler the same day instead of a shared queue").
  // A change said as a heading, for everyone, or before every run ("What has changed:", "moved every subscriber in your
  // postcode off Parcelway", "a test that now runs before every release", "before each first-Thursday sale"); a dated
  // rule of what can no longer happen ("From Monday, parcels with a refrigeration label can't be marked…"); a rule
  // since a date for every case ("Since 18 March we test the hardness of every incoming seal batch"); staff re-briefed.
  "what(?:'s| has) changed:|(?:moved|switched|taken) (?:every|all|each) (?:[\\w-]+ ){1,6}?(?:off|away from)\\b|\\bnow runs? (?:before|after|on|with|for) (?:every|each|all)\\b|before (?:each|every) (?:[\\w-]+ ){0,3}(?:sale|release|deploy|deployment|run|launch|event|order|dispatch|shipment|delivery|batch|payroll)\\b|(?:from|starting|as of) (?:today|tomorrow|now|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next (?:week|month)|this (?:week|month)),? (?:[\\w-]+ ){1,6}?(?:can't|cannot|can no longer|won't be able|will no longer|no longer)\\b|since (?:\\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \\d{1,2}|monday|tuesday|wednesday|thursday|friday|yesterday|then),? (?:we|our [\\w-]+|they|the team) (?:now )?[a-z]+ (?:[\\w-]+ ){0,4}?(?:every|each|all|any)\\b|re-?briefed|briefed again|re-?trained|"+
  "(?:can't|cannot|can not|won't|will not) (?:[\\w-]+ ){1,4}?twice\\b|(?:we|they|our (?:[\\w-]+ ){0,2}(?:team|staff|drivers?|crew|engineers?|people|depot|warehouse))(?:'ve| have| has)? stopped (?:using|sending|allowing|letting|accepting|taking|running|shipping|booking|charging|opening|packing)\\b|(?:would|will|should) (?:have )?(?:caught|spotted|flagged|stopped|prevented|blocked) (?:this|it|that|them)(?: one)?\\b|to (?:our|the) (?:[\\w-]+ ){0,2}(?:test suite|tests|test plan|runbook|playbook|checks)\\b|\\bnow (?:[\\w-]+ ){1,8}?instead of\\b|"+
  // A fix to the product that ships is the change that stops it: "a fix is ready and ships in 4.2.1 this Friday",
  // "it's fixed in the next release".
  "(?:a|the|our) (?:permanent |proper |full )?fix (?:is |will be |has been )?(?:(?:now |already )?ready|shipping|ships|goes (?:out|live)|going (?:out|live)|rolls? out|released|deployed|merged|in (?:version|the next (?:update|release|version)))\\b|fixed in (?:version|v\\d|the next (?:update|release|version))|(?:so (?:that )?(?:this|it|that) (?:does(?:n't| not)|will(?: not|n't)|won't|can(?:'t|not)) happen(?: again)?)|going forward|from now on|in (?:the )?future|to prevent|prevent (?:this|it|that)|(?:we(?:'ve| have)|i(?:'ve| have)) (?:(?:also|now|since|already|just) )?(?:added|changed|updated|put in place|set up|introduced|built) (?:a |an |the |our )?(?:new |extra |second |automatic |daily |weekly )?(?:[\\w-]+ )?(?:check|step|alert|rule|process|procedure|safeguard|review|control|test|warning|limit|validation|monitoring|reminder|sign-?off|approval|lock|block|hold|cap|filter|flag|guard|requirement)s?\\b|root cause|(?:new|extra|additional) (?:check|step|safeguard|alert|review)|make sure (?:this|it|that) (?:does(?:n't| not)|never)|never (?:happens|happen) again|(?:so|to) (?:that )?you won't|next time|(?:for|on|with) (?:your |the |any |every )?(?:next|future) (?:\\w+ )?(?:event|order|delivery|run|booking|visit|invoice|bill|shipment|one|time)|(?:is being|was|has been|have been|were) retrained|retrain(?:ed|ing)? (?:the|our|him|her|them)|(?:now|always|from now) (?:keeps?|checks?|confirms?|double-checks?|sends?|calls?|reviews?)|(?:has|have|we've|i've) (?:relabell?ed|reorgani[sz]ed|rewritten|retrained|briefed)|(?:a|the) (?:new|second|extra|manual) (?:process|procedure|rule|checklist|sign-?off)|(?:changed|changing) (?:how|the way) (?:we|our)|from (?:today|now|this week|this month) on(?:wards)?|(?:won't|will not|can't|cannot) happen (?:again|twice)|(?:not|never) (?:to )?happen again|(?:won't|will not|doesn't|does not|can't|cannot|never) (?:\\w+ ){0,3}again|so (?:that )?the next \\w+|(?:we|our \\w+|every \\w+|each \\w+|staff|they|he|she) now (?:\\w+ )?(?:scans?|checks?|reviews?|phones?|calls?|confirms?|requires?|verif(?:y|ies)|blocks?|flags?|alerts?|tests?|keeps?|sends?|has to|have to|must)|(?:check|review|verify|scan|test|confirm|double-check)(?:s|es)? (?:every|each|all)|(?:since|from) (?:last|this|next) (?:week|month|quarter)\\b(?=.*\\b(?:every|each|all|any|always|now|again)\\b)|from (?:january|february|march|april|may|june|july|august|september|october|november|december)\\b(?:,? (?:i|we)(?:'ll| will))|(?:adding|added|add|shipped|deployed|built) (?:a |an )?(?:\\w+ )?(?:fix|check|alert|test|guard|safeguard|rule|step) that|to (?:our|the) (?:\\w+ )?checklist|closes? the gap|(?:shipped|deployed|released|rolled out|added|built|made) (?:a |an )?(?:\\w+ )?(?:fix|check|change|safeguard|guard|alert)(?: \\w+){0,2}? (?:that|which|so)|so (?:that )?only (?:[\\w-]+ ){1,3}(?:can|may|will be able)|(?:i|we)(?:'ve| have) (?:locked|blocked|disabled|switched off|turned off|capped|limited)(?! (?:control|time|options|visibility|access|information|resources|influence))|from (?:this|next) (?:weekend|week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b(?=.*\\b(?:every|each|all|any|always|now|again)\\b)|(?:we're|we are|i'm|i am) (?:now )?(?:capping|limiting|adding|changing|moving|switching|hiring|training)|so (?:that )?(?:a |an |the |every |each |any |all )?[\\w-]+(?: [\\w-]+){0,2} (?:is|are|gets?|will be) (?:now |always |first )?(?:checked|verified|confirmed|reviewed|tested|flagged|blocked|held|double-checked)\\b|(?:to |so as to )?(?:stop|avoid|prevent) (?:this|it|that|a repeat)(?: (?:from )?(?:happening|recurring|coming back)(?: again)?)?\\b|(?:the|our) (?:[\\w-]+ ){0,2}(?:job|process|script|system|check|team|rota|workflow|tool) now (?:runs?|needs?|requires?|waits?|stops?|pauses?|asks?|goes)\\b|from (?:this|next) (?:week|month|quarter|year|weekend|monday|tuesday|wednesday|thursday|friday)\\b,? (?:the|our) (?:[\\w-]+ ){0,2}(?:system|process|team|tool|software|platform|app|rota|workflow|job|staff|drivers?|pickers?|warehouse|depot)s? (?:only|always|now|automatically|also) [a-z]+s\\b|"+
  // Found in an eighth round of blind replies: our own set-up changed for a purpose ("We have now set up our inbox so that
  // anything from a GP surgery goes straight to the prescriptions queue"), a rule from this job on ("From this job on,
  // prepress can't release a file until…"), and staff asked to check before every repeat ("We've asked the front desk to
  // check the terminal's last receipt before re-running any card"; not "asked the warehouse to check the stock by Friday").
  "(?:we|i)(?:'ve| have)? (?:now |also |since )?(?:set up|configured|reconfigured|changed|adjusted|re-?routed|updated) (?:our|the) (?!(?:[\\w-]+ )?(?:call|calls|meeting|demo|session|visit|appointment|booking|time)\\b)(?:[\\w-]+ ){0,3}?so (?:that|every|each|all|any|no|nothing|anything|everything)\\b|from (?:this|the next|next) (?:[\\w-]+ ){1,2}on\\b|(?:we|i)(?:'ve| have)? (?:now |also )?(?:asked|told|briefed|trained|reminded|instructed|retrained|re-briefed) (?:the|our|every|all) (?:[\\w-]+ ){0,3}?(?:team|desk|staff|drivers?|crews?|reception|receptionists?|agents?|operators?|warehouse|depot|packers?|pickers?|engineers?|technicians?|installers?|planners?|dispatchers?|nurses?|pharmacists?|colleagues) to (?:always |now )?(?:check|confirm|verify|call|double-check|compare|match|scan|test|read|look)\\b[^.;!?]{0,80}?\\b(?:before (?:re-?)?[a-z]+ing|before (?:any|every|each|a|an|the next)|every|each|whenever|always)\\b"+
  // Found in round 37's blind emails: a standing change said with "now" ("Certificates now renew automatically 30 days
  // before expiry", "the app now shows a confirmation number for every reading"), and what warns us next time ("an alert
  // goes to our on-call engineer's phone if a renewal fails"). Not "your order now ships Monday".
  "|now (?!ships?\\b|arrives?\\b)[a-z]+ (?:automatically\\b|(?:[\\w-]+ ){1,5}?(?:for|on|with|before|after) (?:every|each|all|any)\\b)|(?:an?|the) (?:[\\w-]+ )?(?:alert|alarm|warning|notification)s? (?:now )?(?:goes|go|is sent|are sent|fires|fire|pops up|triggers) (?:[\\w'-]+ ){0,8}?(?:if|when|whenever|before) (?:a|an|the|any|it|one|anything)\\b";
