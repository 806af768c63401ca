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
  { pattern: "i hope (?:this|my) (?:e-?mail|message|note) finds you(?: well| doing well)?" },
  { pattern: "hope (?:this|my) (?:e-?mail|message|note) finds you(?: well)?" },
  { pattern: "i hope (?:you(?:'re| are) (?:doing )?well|all is well|you(?:'re| are) having a (?:great|good) (?:day|week))" },
  { pattern: "hope (?:you(?:'re| are) (?:doing )?well|all is well)" },
  { pattern: "i(?: just)? wanted to (?:reach out|touch base|check in|follow up)" },
  { pattern: "(?:i(?:'m| am) )?(?:just )?(?:touching base|checking in|following up on my (?:last|previous) (?:e-?mail|message))" },
  { pattern: "i(?:'m| am) reaching out(?: to you)?(?: because| today)?" },
  { pattern: "to whom it may concern" },
  { pattern: "i am writing to (?:introduce|inform you)" },
];

/** Scripted empathy (seed 000: "Don't pretend-feel"). */
export const FAKE_EMPATHY: Phrase[] = [
  { pattern: 'i (?:completely |totally |fully )?(?:know|understand) (?:exactly )?how you(?: must)? feel' },
  { pattern: 'i (?:completely |totally |fully |can )?understand your (?:frustration|concerns?|disappointment|anger)' },
  { pattern: 'we (?:completely |totally |fully )?understand your (?:frustration|concerns?|disappointment)' },
  { pattern: 'i (?:can only )?imagine how (?:frustrating|upsetting|annoying|difficult) (?:this|that|it) (?:is|must be|has been)' },
  { pattern: 'i feel your pain' },
  // "I hear you." as a stock line; not "I hear you got the job" (= I've heard that you…).
  { pattern: 'i hear you(?: and i understand(?: your \\w+)?)?(?=\\s*(?:[,.!;]|$))' },
  { pattern: 'i do apologi[sz]e for any inconvenience' },
  { pattern: 'your (?:call|business|satisfaction|feedback|opinion|experience) is (?:very |extremely |really )?important to us' },
  { pattern: 'we (?:truly |really |greatly )?value your feedback' },
];

/** Apologies that apologise for nothing in particular (rubric 4; seed 000). */
export const NON_APOLOGIES: Phrase[] = [
  { pattern: '(?:(?:i am|i\'m|we are|we\'re) )?sorry (?:for|about) any (?:inconvenience|confusion|trouble|frustration)(?: (?:this|that|it) may have caused(?: you)?| caused)?' },
  { pattern: '(?:we|i) (?:sincerely )?apologi[sz]e for any (?:inconvenience|confusion|trouble)(?: (?:this|that|it) may have caused(?: you)?| caused)?' },
  { pattern: '(?:we|i) regret any (?:inconvenience|confusion)(?: (?:this|that|it) may have caused(?: you)?)?' },
  { pattern: "(?:i(?:'m| am) |we(?:'re| are) )?sorry (?:if |that )?you (?:feel|felt|were|are) (?:that way|upset|unhappy|disappointed|offended|inconvenienced)" },
  { pattern: '(?:i|we) apologi[sz]e if (?:you|this|that|anyone)' },
  { pattern: 'sorry for the inconvenience' },
];

/** Hiding behind policy (seeds 000, 001, 003). */
export const POLICY_SPEAK: Phrase[] = [
  { pattern: "(?:that(?:'s| is)|this is|it(?:'s| is)) (?:against )?(?:our|company) policy" },
  { pattern: '(?:per|as per|according to|in line with|in accordance with) (?:our|company) (?:policy|policies|terms and conditions|guidelines)' },
  { pattern: '(?:our|company) (?:policy|policies) (?:does not|doesn\'t|do not|don\'t) (?:allow|permit)' },
  { pattern: "(?:we|i) (?:are|am) (?:not (?:able|permitted|allowed)|unable) to make (?:an )?exceptions?" },
  { pattern: "(?:we|i) (?:cannot|can't|can not) make (?:an )?exceptions?" },
  { pattern: 'company policy' },
  { pattern: 'unfortunately,? (?:this|that|it) is not (?:possible|something we (?:can|are able to) do)' },
  { pattern: 'our hands are tied' },
  { pattern: 'as stated in (?:our|the) terms' },
];

/** Passing the customer elsewhere (seeds 000, 001, 003). */
export const BUCK_PASSING: Phrase[] = [
  { pattern: "(?:that(?:'s| is)|this is|it(?:'s| is)) not (?:my|our) (?:department|job|area|responsibility|team)" },
  { pattern: "you(?:'ll| will) (?:have|need) to (?:contact|call|email|reach out to|go to|visit|check|ask|get in touch with|submit|file|speak (?:to|with))" },
  { pattern: 'you (?:have|need) to (?:contact|call|go to|reach out to|get in touch with) (?:our|the|another)' },
  { pattern: 'please (?:contact|call|reach out to|get in touch with) (?:our|the) (?:\\w+ )?(?:department|team|support|desk|help ?desk|hotline|vendor)' },
  { pattern: "there(?:'s| is) nothing (?:(?:more|else) )?(?:i|we) can do" },
  { pattern: 'out of (?:my|our) hands' },
  { pattern: "(?:i(?:'m| am)|we(?:'re| are)) (?:just|only) the messenger" },
  { pattern: "(?:i|we) (?:don't|do not|can't|cannot) (?:handle|deal with) (?:that|this|those)" },
  { pattern: 'refer to (?:our|the) (?:website|faq|help center|knowledge base)' },
  { pattern: '(?:is|are) (?:handled|dealt with|owned) by (?:our|the|a|another) (?:\\w+ )?(?:team|department|group|desk)' },
];

/** Shifting blame: passive cover-ups and blaming the customer (rubric 4). */
export const BLAME_SHIFTING: Phrase[] = [
  { pattern: 'mistakes were made' },
  { pattern: 'it was decided (?:that|to)' },
  { pattern: 'errors? (?:was|were|have been|has been) made' },
  { pattern: 'due to (?:a |an )?(?:system|technical|computer|software) (?:error|glitch|issue)' },
  { pattern: '(?:the|our) system (?:made|caused) (?:an |the )?(?:error|mistake)' },
  { pattern: 'you (?:should|must) have (?:read|checked|known|called|told|followed|noticed)' },
  { pattern: "as you were (?:told|informed|advised)" },
  { pattern: "(?:as|like) (?:i|we)(?:'ve| have)? (?:already|previously) (?:told you|said|stated|explained|informed you)" },
  { pattern: "(?:as|like) (?:i|we) (?:told|informed) you (?:before|already|previously|earlier|twice)" },
  { pattern: 'as (?:previously|already) (?:stated|explained|communicated)' },
  { pattern: 'per my (?:last|previous|earlier) (?:e-?mail|message|note)' },
  { pattern: 'you (?:failed|neglected) to' },
  { pattern: '(?:this|that|it) (?:is|was) (?:not our fault|your (?:fault|mistake|responsibility))' },
  { pattern: 'our (?:vendor|supplier|partner|courier|carrier)(?:\'s)? (?:fault|mistake|error)' },
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
];

/** Buzzwords wrapped around specs (seed 002: "Digital this and Digital that"). */
export const JARGON: Phrase[] = [
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
];

/** Boasting and overclaims (seed 002's role play; rubric "promises that can be kept"). */
export const BOASTS: Phrase[] = [
  { pattern: '(?:the )?best in the (?:world|industry|business|market)' },
  { pattern: 'industry[- ]leading' },
  { pattern: "(?:the )?(?:world'?s|industry'?s|market'?s) (?:leading|best|number one|#1|top)" },
  { pattern: '(?:the )?#1(?= (?:[\\w-]+ ){0,3}(?:provider|platform|solution|vendor|company|choice|tool|in)\\b)' },
  { pattern: '(?:revolutionary|groundbreaking|game-changing) (?:\\w+ )?(?:platform|solution|product|technology|tool|approach)' },
  { pattern: 'will (?:completely |totally )?(?:transform|revolutioni[sz]e) your (?:business|company|organi[sz]ation|team)' },
  { pattern: '(?:the )?number one (?:provider|platform|solution|vendor|company|choice)' },
  // "the leading all-in-one finance platform", not "leading the platform".
  { pattern: '(?:the |a |our )?(?:leading|premier)(?: (?!(?:the|a|an|this|that|our|their|your|its|in|of|for|and)\\b)[\\w-]+){0,3} (?:provider|platform|vendor|supplier|solution)s?' },
  { pattern: 'industry[- ]best' },
  { pattern: '(?:the |a )?market leader' },
  { pattern: 'unparall?el+ed' },
  { pattern: 'unmatched' },
  { pattern: 'second to none' },
  { pattern: "(?:we(?:'re| are)|our \\w+ is) (?:simply )?the best" },
  { pattern: '(?:this|it) will never happen again' },
  { pattern: '100 ?% (?:guaranteed|satisfaction|certain|sure)' },
  { pattern: 'guaranteed (?:results|success|to (?:work|increase|double|save))' },
  // Round multiples promised up front: "10x your ROI", "triple your revenue".
  { pattern: '\\d+ ?x (?:(?:your|their|the) )?(?:\\w+ )?(?:roi|revenue|growth|pipeline|sales|results|productivity|output|return)' },
  { pattern: '(?:double|triple|quadruple) (?:your|their) (?:\\w+ )?(?:roi|revenue|growth|pipeline|sales|results)' },
];

/** "Thank you for your business" (seed 003: "Never say Thank you for your business"). */
export const THANKS_FOR_BUSINESS: Phrase[] = [
  { pattern: '(?:thank you|thanks|many thanks)(?: again)? for your (?:continued )?business', replacement: "Here's to your team's success" },
  { pattern: 'we (?:truly |really )?(?:appreciate|value) your (?:continued )?business' },
  { pattern: 'thank you for choosing (?:us|our company)' },
];

/** Pressure and dollar signs (seed 000). */
export const PRESSURE: Phrase[] = [
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
];

/** Challenging the customer (seed 002: "challenge me to defend it"). */
export const CHALLENGES: Phrase[] = [
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
];

/** Talk about our own company and product (rubric 1, seeds 002, 003). */
export const COMPANY_TALK =
  "we|we're|we've|we'll|us|our|ours|our company|our team|our product|our platform|our solution|our services?";

/** Product pitch sentence openings (rubric 3: pitching too soon). */
export const PITCH: Phrase[] = [
  { pattern: "(?:our|my) (?:company|team|product|platform|solution|software|tool|service|app|offering)s? (?:is|are|helps?|offers?|provides?|enables?|lets?|can|will|has|have|delivers?)" },
  { pattern: "we(?:'re| are) (?:a|an|the) (?:\\w+ ){0,3}(?:company|provider|platform|firm|agency|startup|leader|vendor)" },
  { pattern: '(?:we|i) (?:help|offer|provide|specialize in|sell|deliver|build|enable) (?:companies|businesses|teams|organizations|clients|customers|brands|leaders|[a-z]+ (?:companies|teams|leaders))' },
  { pattern: "we(?:'ve| have) (?:helped|worked with) (?:over |more than )?(?:\\d[\\d,]*\\+? )?(?:companies|businesses|teams|clients|customers|brands)" },
];

/** First-sentence self-introductions (seed 003: "Opening your pitch by talking about your company"). */
export const ABOUT_US_OPENERS: Phrase[] = [
  { pattern: "my name is \\w+(?: \\w+)?(?:,? and)? (?:i(?:'m| am)|i work)" },
  { pattern: "(?:i(?:'m| am)|this is) \\w+(?: \\w+)? (?:from|at|with) (?:[A-Z]\\w*|\\w+)", cased: /^(?:I['’]m|I am|This is) \p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)? (?:from|at|with) \p{Lu}/u },
  { pattern: "(?:at|here at) [A-Z]?\\w+(?: \\w+)?,? we", cased: /^(?:[Aa]t|[Hh]ere at) \p{Lu}/u },
  { pattern: "(?:we|our company|our team|our firm|[A-Z]\\w+ (?:inc|ltd|llc)) (?:is|are) (?:a|an|the)" },
  { pattern: "(?:we(?:'re| are)|our company is) (?:excited|thrilled|proud|pleased|happy) to (?:announce|introduce|share|offer|present)" },
  { pattern: 'i(?:\'m| am) (?:excited|thrilled|pleased) to (?:introduce|tell you about|share) (?:our|my)' },
  { pattern: 'allow me to introduce (?:myself|our|my)' },
  { pattern: "i(?:'d| would) like to introduce (?:myself|our|my|you to our)" },
  { pattern: 'i (?:run|lead|head|manage|look after) (?:\\w+ ){1,3}(?:at|for) [A-Z]\\w*', cased: /(?:at|for) \p{Lu}/u },
  { pattern: 'i work (?:at|for) [A-Z]\\w*', cased: /(?:at|for) \p{Lu}/u },
  { pattern: '(?<!(?:as|when|if|while|once|until|before|after) )(?:we|our (?:company|team|platform|product)) (?:build|builds|make|makes|sell|sells|provide|provides|offer|offers|help|helps)' },
];

/** Apology words, and the mistakes that call for prevention (seeds 000, 001). */
export const APOLOGY = "(?:i(?:'m| am)|we(?:'re| are)) (?:so |very |really |truly |deeply )?sorry|(?:i|we) (?:sincerely |truly )?apologi[sz]e|(?:my|our) apologies|apologies for";
export const MISTAKE_WORDS =
  'mistake|error|wrong|late|delay(?:ed)?|missed|miss|forgot|overcharged?|charged (?:you |them |us |me )?(?:twice|two times|double)|double[- ]charged|outage|down(?:time)?|broke|broken|bug|lost|mix-?up|oversight|confusion|incorrect|failed|failure';
export const PREVENTION =
  "(?:so (?:that )?(?:this|it|that) (?:does(?:n't| not)|will(?: not|n't)|won't|can(?:'t|not)) happen(?: again)?)|going forward|from now on|in (?:the )?future|to prevent|prevent (?:this|it|that)|(?:we(?:'ve| have)|i(?:'ve| have)) (?:added|changed|updated|fixed|put in place|set up|introduced|added a|built)|root cause|(?:new|extra|additional) (?:check|step|safeguard|alert|review)|make sure (?:this|it|that) (?:does(?:n't| not)|never)|never (?:happens|happen) again|(?:so|to) (?:that )?you won't";
