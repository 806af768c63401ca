/**
 * A sentence that describes us: its subject is the writer's side (we, our company or team, I introducing myself,
 * our company by name) and its verb says what we are, have or do in general ("We have trucks available for
 * your lanes", "Our rates are the lowest in the industry", "I am a consultant working with Conoco", "PayWave is
 * a payroll platform for accountants"). Read from the shape of the sentence, not from a list of pitches, so it
 * finds self-descriptions in words no list has; what we will do for them, what we did for them, what we feel
 * about their news and anything asked are not descriptions of us.
 *
 * Every expression here is anchored and bounded (no nested repetition), so it runs in linear time.
 */

/** Words a description may open with before its subject ("Also, we…", "Currently our team…"). */
/** "At Meridian Health Partners, we are…": where we are from, before the subject that is us. */
const AT_US = /^At [A-Z][\w&'-]*(?: (?:[A-Z][\w&'-]*|&|of|and)){0,4},\s+(?=(?:we|our|i)\b)/;
const LEAD = /^(?:(?:also|and|so|plus|currently|today|now|basically|briefly|in short|in addition|additionally|moreover|furthermore|first|firstly|as (?:you may know|you know|you may be aware|mentioned)|(?:over|in|during) the (?:last|past) (?:[\w-]+ )?(?:year|years|months|decade|quarter)|(?:this|last) (?:year|quarter|month)),?\s+){0,2}/i;

/** The nouns "our …" names the writer's side by: the company, its people, its offer. */
const US_NOUN = '(?:company|business|firm|agency|team|teams|group|platform|product|products|solution|solutions|software|tool|tools|app|service|services|system|technology|offering|rates|prices|pricing|fees|consultants|experts|engineers|specialists|staff|people|founders|clients|customers|members|partners|network|mission|approach|expertise|experience|track record|portfolio|capabilities|range|catalogue|catalog|engine|suite|module|integrations|features|data|results|outcomes)';

/**
 * The writer's side as a subject: "we", "we at Orbis Consulting", "ours" (as in "Ours is a Bengaluru-based
 * fintech"), or "our"/"my" and one of its nouns, with up to two modifiers ("our AI-powered engine", "our new
 * platform") and where it sits ("my team at Ledgerly").
 */
const WE = '(?:we(?: at (?!(?:least|the|this|that|present|times|first|last|once|all|any|some|no|our|your|its|their|one|most)\\b)[\\w&-]+(?: [\\w&-]+){0,2},?)?)';
// "our platform", "our new suite", "Our OrthoNav platform", "our clinical team" (not "our mutual clients", "our last call").
const OUR = `(?:(?:our|my) (?:(?!(?:mutual|shared|joint|last|recent|previous|next|first|upcoming|your|their)\\b)[\\w-]+ ){0,2}${US_NOUN}(?: at [\\w&-]+|, [A-Z][\\w&'-]*(?: [A-Z][\\w&'-]*){0,3},)?)`;

/** Adverbs allowed between the subject and the verb. */
const ADV = '(?:(?:currently|also|now|already|recently|proudly|actually|really|truly|constantly|continually|always|specifically|primarily|mainly|exclusively|uniquely|still) ){0,2}';

/** What we are, do or have in general. */
const DOES = '(?:offer|provide|help|specialize|specialise|serve|build|make|sell|deliver|develop|design|partner|focus|bring|enable|empower|create|manufacture|supply|distribute|operate|represent|pride|work with|work across|cover)';
const DOES_S = '(?:offers|provides|helps|specializes|specialises|serves|builds|makes|sells|delivers|develops|designs|partners|focuses|brings|enables|empowers|creates|manufactures|supplies|distributes|operates|represents|covers|works with|gives|allows|lets|includes|features|combines|integrates|is designed|is built|was founded|was named|was recognized|was recognised|has developed|has helped|has built|has served|has grown|has been (?:helping|serving|providing|named|recognized|recognised|ranked|voted))';
/** A general "we are …", except what we are about their message (sorry, writing, glad to hear, waiting…). */
const ARE_NOT = "(?:sorry|writing|reaching|following|checking|glad|happy to (?:help|answer|hear)|looking forward|available|here to|unable|not|going to|planning|hoping|wondering|still waiting|waiting|working on (?:your|it|this|that|the fix|a fix)|in touch|aware|grateful|thankful|delighted to hear|pleased to hear|sad|concerned|investigating|looking into|on it|all set|ready when|confirming|happy you|glad you|so glad|so happy|thrilled (?:for|to hear)|excited (?:for|to hear))";
/** A general "we have …", except what we have done or received about their matter. */
const HAVE_NOT = '(?:received|noticed|seen|reviewed|looked|checked|fixed|refunded|sent|shipped|updated|added|resolved|credited|cancelled|canceled|processed|passed|escalated|asked|spoken|talked|discussed|agreed|decided|confirmed|booked|scheduled|arranged|attached|included|your|yours|not|no|never|a few|some|any|one more|questions|a question|to|had|just|also been|been (?:unable|trying|looking|waiting|in touch|talking|working on (?:your|it|this))|heard|read|made (?:a|the) (?:mistake|error|change)|found|identified|traced)';

const WE_ARE = new RegExp(`^(?:${WE}(?:'re| are)|ours is|${OUR}(?: (?:is|are)|'s)) ${ADV}(?!${ARE_NOT}\\b)\\w`, 'i');
const WE_HAVE = new RegExp(`^(?:${WE}(?:'ve| have)|${OUR} (?:has|have)) ${ADV}(?!${HAVE_NOT}\\b)\\w`, 'i');
// "Our clients include…" (a plural "our" and what it takes in); "We recently helped a dairy like yours…" (our work for others, not "We helped you…").
const WE_DO = new RegExp(`^(?:${WE} ${ADV}${DOES}|${OUR} ${ADV}${DOES_S}|${OUR} ${ADV}(?:include|range from|span)|${WE} ${ADV}helped (?!(?:you|your|us)\\b))\\b`, 'i');
const WE_WERE = new RegExp(`^(?:${WE}|${OUR}) (?:were|was) (?:founded|named|recognized|recognised|ranked|voted|awarded|established|started|built)\\b`, 'i');
/** "We just launched our new expense module", "We've released the all-new Ledgerly app": news of our product, told unasked. */
const WE_LAUNCHED = new RegExp(`^(?:${WE}(?:'ve| have)?|${OUR} (?:has|have)?) ?(?:(?:just|recently|now|officially|finally) ){0,2}(?:launched|released|unveiled|rolled out|introduced) (?:(?:our|my|an?) (?:new|latest|next|all-new)\\b|(?:version|v) ?\\d|(?:[\\w-]+ ){1,3}(?:of|to|for) (?:our|my)\\b)`, 'i');
/** "I am a consultant working with…", "I'm the regional manager for…", "I'm Dan Hughes, a partner at…", "I handle partnerships at…". */
const I_AM = /^(?:i(?:'m| am) (?:(?:a|an|the) (?!(?:big|huge|long-time|longtime|fan|bit|little|quick|fellow|customer|user|subscriber)\b)\w|(?:currently |also )?(?:working|responsible|in charge) (?:with|for|at|of))|i (?:work (?:at|for|with)|handle|run|lead|head|manage|represent|specialize|specialise|help \p{L}+ (?:teams|companies|businesses|firms|clients|organi[sz]ations|leaders|owners))\b|i(?:'m| am) (?:reaching out|writing|getting in touch|contacting you|emailing you) (?:from|on behalf of)\b|i(?:'ve| have) been (?:working|partnering) with (?!(?:you|your)\b)|i(?:['’]m| am) (?:part of|on) (?:the|a) (?:[\w-]+ ){0,2}team (?:at|with|for)\b|i(?:['’]ve)? (?:recently |just )?joined (?:[\w&-]+ ){1,3}as\b|i(?:['’]m| am) writing to (?:tell you|let you know) about (?:our|my)\b|we at [\w&-]+(?: [\w&-]+){0,2},? (?:believe|think|know|feel)\b|my name is\b|allow me to (?:briefly )?introduce|(?:i(?:'d| would)|i wanted to|i want to|let me) (?:like to )?(?:briefly )?introduce (?:myself|ourselves|us|our|my|[\w&-]+,)|by way of (?:an )?introduction)/iu;
/** "I'm Dan Hughes, a partner at…", "I am Marco from PetPath": a capitalised name, so case matters. */
const I_AM_NAME = /^(?:I(?:'m| am)|It['’]s) \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?(?:,| from| at| with| and)|^\p{Lu}\p{Ll}+ here (?:from|at|with) /u;
/** A sentence's first word that is no name ("This", "Our", "Since", "Thanks"), whatever its capital. */
const NOT_A_NAME = String.raw`(?!(?:The|This|That|These|Those|Your|Our|My|It|Its|We|They|He|She|I|You|His|Her|Their|A|An|Each|Every|Everyone|Everything|Nobody|Most|Many|Some|Last|Next|Since|When|If|Once|After|Before|Both|All|Any|No|One|Two|There|Here|Which|What|Who|How|Why|Today|Tomorrow|Yesterday|So|And|But|Also|Just|Please|Thanks|Thank)\b)`;
/** "PayWave is a payroll platform…", "GlobalVision International, Inc. is a … specialist", "Datek offers customers…". */
const NAME_DOES = new RegExp(`^${NOT_A_NAME}\\p{Lu}[\\p{L}\\d&-]+(?:,? \\p{Lu}[\\p{L}\\d&.-]+){0,3}(?: ${DOES_S}\\b| has (?:\\p{Ll}+ly )?(?:built|grown|developed|helped|served|become)\\b| (?:is|are) (?:one of )?(?:a|an|the|\\p{Lu}\\p{L}+['’]s) (?:[\\p{L}'’-]+,? (?:and )?){0,5}(?:provider|company|firm|agency|platform|specialist|specialists|leader|solution|service|partner|consultancy|manufacturer|supplier|vendor|developer|network|group|startup|start-up|brokerage|broker|airline|carrier|bank|banks|insurer|distributor|maker|producer|consultant|consultants|practice|hub|venue|destination|workspace)s?\\b)`, 'u');

/** "I wanted to share some exciting news about our new platform", "We'd love to tell you about our spring range". */
const NEWS_OF_US = /^(?:i|we)(?:'d| would)? (?:(?:wanted|want|like|love) to )?(?:share|tell you about|let you know about|update you on) (?:some |a bit of |an? |the )?(?:(?:exciting|big|great|quick|good) )?(?:news|updates?|announcements?) (?:about|from|on|of) (?:our|my|us)\b|^(?:we|i)(?:['’]ve| have)(?: got)? (?:some |a bit of )?(?:exciting|big|great|fantastic|amazing|huge) news\b/i;
/** "PropertyPulse has some exciting news to share!": our news, told by our name. */
const NAME_NEWS = new RegExp(`^${NOT_A_NAME}\\p{Lu}[\\p{L}\\d&-]+(?: \\p{Lu}[\\p{L}\\d&-]+){0,3} (?:has|have)(?: got)? (?:some |a bit of )?(?:exciting|big|great|fantastic|amazing|huge) news\\b`, 'u');
/** "I wanted to reach out to introduce myself", "We're writing to introduce our firm". */
const INTRODUCE = /^(?:i|we)\b[^.;:!?]{0,40}\bto introduce (?:myself|ourselves|us|our|my)\b/i;
/** "As the Editor-in-Chief of TheMarker, I want to…", "As a partner at Brightline, we…": the writer's title first. */
const AS_TITLE = /^[Aa]s (?:the |a |an )?(?:[\p{L}-]+ ){0,4}(?:of|at|for|with) \p{Lu}[^,]{0,80}, (?:I|we)\b/u;

/** A lead-in that announces news before a colon ("Some exciting news:", "I wanted to share an update:"). */
const NEWS_AFTER = /^[^:;.!?]{0,80}\b(?:news|update|announcement|milestone|highlights?|about (?:us|me|myself|ourselves))\s*:\s+/i;
/** The sentence with its lead words ("Also, …", "As you know, …") set apart; none for a question or a scrap. */
function subjectOf(text: string): { t: string; lead: number; s: string } | undefined {
  let t = text.trim().replace(/’/g, "'");
  if (t.length < 8 || t.endsWith('?')) return undefined;
  // The news after a lead-in: "I wanted to share some exciting news: Cascade Federal has been named…".
  const colon = NEWS_AFTER.exec(t);
  if (colon && t.length - colon[0].length >= 8) t = t.slice(colon[0].length);
  const at = AT_US.exec(t)?.[0].length ?? 0;
  const lead = at + (LEAD.exec(t.slice(at))?.[0].length ?? 0);
  return { t, lead, s: t.slice(lead) };
}

/** Does the sentence describe us (who we are, what we have, what we do), read from its subject and verb? */
export function describesUs(text: string): boolean {
  const x = subjectOf(text);
  if (!x) return false;
  const { t, lead, s } = x;
  return WE_ARE.test(s) || WE_HAVE.test(s) || WE_DO.test(s) || WE_WERE.test(s) || WE_LAUNCHED.test(s) || I_AM.test(s) || I_AM_NAME.test(s) || INTRODUCE.test(s) || NEWS_OF_US.test(s) || AS_TITLE.test(s) || ((lead === 0 || /^as you (?:may )?know\b/i.test(t)) && (NAME_DOES.test(s) || NAME_NEWS.test(s)));
}

/** "We are a…", "We are one of the…", "Our company is the…": what we are, said as a noun. */
const WE_ARE_A = new RegExp(`^(?:${WE}(?:'re| are)|ours is|${OUR}(?: (?:is|are)|'s)) ${ADV}(?:a|an|the|one of)\\b`, 'i');

/**
 * Does the sentence say what we are or do in general, as a company does in a pitch ("We offer…", "We are a…",
 * "Our team specializes in…", "We were founded in…")? Narrower than describesUs: not what we are doing now ("We
 * are meeting with the city"), what we have on hand ("We have the ordinance approved"), who I am, nor a name
 * that may be anyone's ("Dynegy is a great company", "Brian is a respected leader": on corpus mail, as often
 * a third party as the writer's company).
 */
export function pitchesWhatWeAre(text: string): boolean {
  const s = subjectOf(text)?.s;
  return !!s && pitchSubject(s);
}
const pitchSubject = (s: string) => WE_DO.test(s) || WE_WERE.test(s) || WE_ARE_A.test(s);

/**
 * A product named and pitched, as its maker writes it: "Scrapless is a quality analytics platform that helps
 * manufacturers…", "Signalgrid's AI-powered platform leverages…", "Closewise plugs into Sage Intacct and automates
 * reconciliations, and finance teams on it close 4 days faster", "ConfirmIQ sends two-way text confirmations… which
 * cuts no-shows by about a third". A name that starts the sentence, a product noun or a product's verb, and (for the
 * verb) what it does for customers: so a third party's news ("Dynegy is a great company", "Acme moved its HQ") is none.
 */
const PRODUCT_NAME = String.raw`${NOT_A_NAME}\p{Lu}[\p{L}\d-]*(?: \p{Lu}[\p{L}\d-]*)?`;
const PRODUCT_NOUN = String.raw`(?:platform|tool|app|software|service|solution|system|marketplace|suite|engine|assistant|add-on|plugin|product|api|network)s?`;
const PRODUCT_IS = new RegExp(String.raw`^${PRODUCT_NAME} (?:is|are) (?:a|an) (?:[\w-]+ ){0,3}${PRODUCT_NOUN} (?:that|which|for|built|used|designed|to)\b`, 'u');
const PRODUCT_POSS = new RegExp(String.raw`^${PRODUCT_NAME}['’]s (?:[\w-]+ ){0,3}${PRODUCT_NOUN} (?:helps?|lets?|leverages?|automates?|gives?|turns?|cuts?|reduces?|saves?|connects?|integrates?|syncs?|plugs?|makes?|sends?)\b`, 'u');
const PRODUCT_DOES = new RegExp(String.raw`^${PRODUCT_NAME} (?:automates|plugs into|integrates with|syncs with|connects (?:to|with)|leverages|sends|lets (?:you|your|teams|patients|customers|clients|staff|managers|drivers|shops|owners)|cuts|reduces|saves|flags|tracks|helps (?:[\w-]+ ){0,2}(?:teams|companies|businesses|firms|clinics|practices|contractors|manufacturers|retailers|brands|shops|owners|you|your))\b`, 'u');
const FOR_CUSTOMERS = /\b(?:so (?:that )?(?:your|you|teams|patients|customers|clients)|(?:teams|customers|clients|practices) (?:on|using) (?:it|us)|by (?:up to |about |around |roughly )?(?:\d|a (?:third|quarter|half)|half)|\d+(?:\.\d+)?(?:%| percent| days| hours| minutes)|faster|fewer|less time|for (?:most|many|our) (?:[\w-]+ ){0,2}(?:teams|practices|clients|customers|users)|like (?:you|yours)|and (?:lets|automates|cuts|saves|gives|sends))\b/i;
export function pitchesProduct(text: string): boolean {
  const t = subjectOf(text)?.s;
  if (!t) return false;
  return PRODUCT_IS.test(t) || PRODUCT_POSS.test(t) || (PRODUCT_DOES.test(t) && FOR_CUSTOMERS.test(t));
}

/**
 * What we offer or own, said in general: pitchesWhatWeAre, or what we have ("We have 40 new integrations this
 * quarter"). Not what we are doing now ("Our team is still working on the rate sync").
 */
export function statesWhatWeOffer(text: string): boolean {
  const s = subjectOf(text)?.s;
  return !!s && (pitchSubject(s) || WE_HAVE.test(s));
}

/**
 * A superlative or a claim of scale: "the lowest rates", "the most trusted", "number one", "thousands of
 * businesses", "25 million homes", "3x more meetings". Said in a sentence that describes us, it is a boast.
 */
const CLAIM = /\b(?:the (?:only|one) (?:[\w-]+ ){1,3}(?:that|which|who|to)\b|(?:a|the) (?:leading|foremost)\b(?! (?:cause|reason|role|question|edge|light|figure|indicator|contributor|factor)s?\b)|uniquely (?:qualified|positioned|placed)|(?:the (?:[\w-]+ )?|[a-z]+['’]s )(?:lowest|highest|fastest|biggest|largest|cheapest|strongest|greatest|finest|smartest|easiest|simplest|safest|widest|best|premier|most (?:trusted|reliable|advanced|powerful|innovative|experienced|popular|complete|comprehensive|affordable|respected|successful|prestigious|admired))|number one|no\. ?1|top-rated|top[- ](?:3|5|10|20|25|50|100|three|five|ten)\b(?! (?:priorit|question|issue|concern|request|thing)\w*)|unbeatable|(?:hundreds|thousands|millions|tens of thousands) of (?:[\w-]+ )?(?:businesses|companies|brands|customers|clients|teams|firms|users|homes|stores|dealerships|agencies|practices|people|organi[sz]ations)|\d[\d,.]*\+? (?:million|thousand|billion) (?:[\w-]+ )?(?:homes|users|customers|businesses|people|downloads)|\d+(?:\.\d+)? ?x (?:more|faster|better|higher|the)|(?:doubles?|triples?) your)\b|(?<![\w#])#1\b/i;

/** Does a sentence that describes us also claim a superlative or a scale ("Our rates are the lowest in the industry")? */
// A name that ranks itself in its place: "VoltSupply is Australia's fastest growing wholesaler", "LedgerLite is the UK's
// most trusted accounts package" (whatever the noun; the reader's own company is set aside by the rule).
const NAME_RANKED = new RegExp(String.raw`^${NOT_A_NAME}\p{Lu}[\p{L}\d&'’-]+(?: \p{Lu}[\p{L}\d&-]+){0,2} (?:is|are) (?:(?:now|still|already|officially|by far) )?(?:one of )?(?:(?:the )?[\p{L}.]+['’]s (?:lowest|highest|fastest|biggest|largest|cheapest|best|leading|top|number one|#1|premier|most \p{L}+)|the (?:#1|no\. ?1|number one|top-rated|highest-rated|best-rated)\b|the (?:lowest|highest|fastest|biggest|largest|cheapest|best|leading|top|premier|foremost|most \p{L}+) (?:[\p{L}-]+ ){0,4}(?:in|on) the (?:world|industry|country|nation|market|business|region|state|sector|field)\b|(?:a|the) (?:leading|premier|foremost)\b|the only (?:[\p{L}-]+ ){1,3}(?:that|which|who|to|in)\b)`, 'u');
/** A line led by a name that ranks itself in its place, not one that turns to them ("Dynegy is Houston's largest
 * employer, and we saw your new site" is news). */
export function ranksItself(text: string): boolean {
  return NAME_RANKED.test(subjectOf(text)?.s ?? '') && !/\byou(?:r|rs)?\b/i.test(text);
}
/** A crowd that trusts us, as a line opens: "Thousands of property managers trust us…", "Over 4,000 teams trust VelocityStack". */
const CROWD_TRUSTS_US = /^(?:(?:[Hh]undreds|[Tt]housands|[Mm]illions|[Tt]ens of thousands) of|(?:[Oo]ver|[Mm]ore than) [\d,]{3,}\+?|[\d,]{4,}\+?) (?:(?:our|happy|satisfied|loyal) )?(?:[\w-]+ ){0,2}?(?:businesses|companies|brands|customers|clients|teams|firms|users|managers|practices|agencies|people|organi[sz]ations|retailers|restaurants|clinics|schools|landlords|contractors|families|homeowners) (?:already |now |every day )?(?:trust|use|rely on|choose|love|run on|depend on|swear by) (?:us\b|our\b|\p{Lu}[\p{L}\d&-]*)/u;
export function boastsAboutUs(text: string): { start: number; end: number } | undefined {
  const crowd = CROWD_TRUSTS_US.exec(text.trim());
  if (crowd) return { start: text.indexOf(crowd[0]), end: text.indexOf(crowd[0]) + crowd[0].length };
  if (!describesUs(text) && !ranksItself(text)) return undefined;
  const m = CLAIM.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

/**
 * Does the line praise us: a crowd that trusts us, a name that ranks itself, or a claim in a line that describes us? The
 * same as `ranksItself(t) || !!boastsAboutUs(t)`, read once (the answer judge asks it of every reply sentence).
 */
export function praisesUs(text: string): boolean {
  return CROWD_TRUSTS_US.test(text.trim()) || ranksItself(text) || (describesUs(text) && CLAIM.test(text));
}
