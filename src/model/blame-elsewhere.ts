import type { Phrase } from './lexicon/phrases';
import { compile } from './match';

/**
 * The fault put on someone else, read from the shape of the sentence rather than from a list of excuses: a party
 * (a courier, a bank, a supplier, an airline, a department, a predecessor, their own team) named as the cause, as the
 * one responsible "not us", or as the one whose trouble explains the problem; and the writer out of it ("we have no say
 * over that", "we were as surprised as you were", "before I joined"). It finds the dodge in words the phrase list of
 * blame-shifting has not seen:
 * - "The payment provider had an outage on their end, which is why your card was declined."
 * - "The bank is responsible for the hold on your funds, not us."
 * - "We rely on a third-party carrier in your area and they have been experiencing delays."
 * - "The mix-up happened because your team sent the order form late."
 * - "The previous account manager set this up before I joined, so I wasn't aware of it."
 * Not a dodge: a party named as a fact ("the courier collects on Thursday"). A sentence that also owns the problem
 * ("the courier lost it, and that's on us") is the rule's to pass (owning.ts), not this reading's.
 *
 * Every expression is anchored on words and bounded (no nested repetition), so it runs in linear time.
 */

/**
 * Who else can be blamed: another company or its people (a courier, a bank, an airline, a supplier), or the
 * customer's own side ("your finance team"), or whoever had the account before ("the previous account manager").
 * Not "our team": the writer's own side is theirs to own. A compound is no party ("the bank holiday", "the carrier
 * bag", "our partner portal").
 */
const EXTERNAL =
  '(?:couriers?|carriers?|suppliers?|vendors?|manufacturers?|airlines?|banks?|card issuers?|payment (?:provider|processor|gateway)s?|providers?|processors?|partners?|warehouses?|factory|factories|contractors?|subcontractors?|council|landlords?|post office|postal service|royal mail|fedex|ups|dhl|usps|franchisees?|distributors?|wholesalers?|hosting (?:company|provider)|insurers?|underwriters?|regulators?|authorities|customs|agency|agents?|handlers?|hauliers?|haulage (?:company|firm|partner)|installers?|shipping (?:company|line|partner)|delivery (?:company|firm|partner|service)|logistics (?:company|partner|provider)|third[- ]part(?:y|ies))';
const NOT_COMPOUND = '(?![ -](?:holidays?|accounts?|details|transfers?|statements?|cards?|bags?|portals?|programmes?|programs?|networks?|numbers?|codes?|rates?|fees?|charges?|bills?|invoices?|prices?|lists?|pages?|sites?|websites?|apps?|directory|agreements?|contracts?|options?|choices?|services?|tiers?)\\b)';
/** Another company or its people, not the customer's own side. */
const OUTSIDER = `(?:the|our|their|your|a|an|one of (?:our|the|their))\\s(?:[\\w-]+\\s){0,3}?${EXTERNAL}\\b${NOT_COMPOUND}`;
const PARTY = `(?:${OUTSIDER}|(?:your|their)\\s(?:[\\w-]+\\s){0,2}?(?:team|department|dept|staff|office|it people|colleagues?)\\b|(?:the|your)\\s(?:previous|former|old)\\s(?:account manager|rep|owner|tenant|agent|contact|manager|admin|administrator|supplier|provider))`;

const PATTERNS: readonly RegExp[] = [
  // A party's trouble as the reason: "the payment provider had an outage on their end, which is why…", "our supplier had
  // a fault, so the order…", "the courier is having problems at their depot".
  new RegExp(`\\b${PARTY}(?:['’]s)?\\s(?:had|has had|have had|was having|were having|is having|are having|has been having|have been having|experienced|suffered|ran into|hit)\\s(?:an?\\s|some\\s|a few\\s|ongoing\\s|major\\s|serious\\s|technical\\s|unexpected\\s){0,2}(?:outages?|problems?|issues?|glitch(?:es)?|faults?|errors?|failures?|backlogs?|shortages?|delays?|difficult(?:y|ies)|disruptions?|hiccups?)\\b[^.;!?]{0,60}?(?:which is why|which (?:meant|means|caused)|(?:and|so) (?:that|this) (?:is why|caused|meant)|on (?:their|its) (?:end|side)|,\\s(?:so|meaning)\\b(?!\\s(?:i|we)\\b))`, 'i'),
  // A party's trouble said of "they" after the party is named: "we rely on a third-party carrier… and they have been experiencing delays".
  new RegExp(`\\b${PARTY}\\b[^.;!?]{0,60}?\\b(?:they|it)(?:['’]ve|\\shave|\\shas|\\sare|\\sis|\\swere|\\swas)(?:\\sbeen)?\\s(?:experiencing|having|facing|seeing|dealing with|struggling with)\\s(?:some\\s|significant\\s|major\\s|ongoing\\s|unexpected\\s|serious\\s)?(?:delays|problems|issues|difficulties|disruption|backlogs?|shortages|outages|trouble)\\b`, 'i'),
  // "Our logistics partner is currently experiencing significant delays", "the courier has been having problems".
  new RegExp(`\\b${PARTY}\\s(?:is|are|was|were|has been|have been)\\s(?:currently\\s|still\\s|now\\s|sadly\\s)?(?:experiencing|having|facing|seeing|dealing with|struggling with|suffering)\\s(?:[\\w-]+\\s){0,2}?(?:delays|problems|issues|difficulties|disruption|backlogs?|shortages|outages|trouble)\\b`, 'i'),
  // A party that got it wrong or has not done its part: "the warehouse shipped the wrong colour", "the engineers from the
  // council have not yet given us access", "our payment processor flagged your card, which is why the order was cancelled".
  new RegExp(`\\b${PARTY}\\s(?:[\\w-]+\\s)?(?:shipped|sent|packed|delivered|picked|supplied|printed|made|built|quoted|charged|loaded|labell?ed|entered|booked|installed|fitted|ordered|gave us|used)\\s(?:you\\s|us\\s)?(?:the|a|an)\\s(?:wrong|incorrect)\\b`, 'i'),
  new RegExp(`\\b${PARTY}\\s(?:still\\s)?(?:have|has|had)(?:n't|\\snot)(?:\\syet)?\\s(?:given|sent|provided|confirmed|approved|replied|responded|delivered|returned|released|signed|paid|shipped|fixed|told|got back)\\b`, 'i'),
  new RegExp(`(?:^|(?<=[,;:]\\s)|\\b(?:unfortunately|apparently|sadly),?\\s)${PARTY}(?:'s)?\\s(?:[\\w-]+,?\\s){1,8}?(?:which is why|which (?:is what )?(?:caused|meant)|and (?:that|this)(?:'s|\\sis) (?:why|what)|hence\\b)`, 'i'),
  /\b(?:(?:were|was|been|got) let down by|let (?:us|me) down\b)/i,
  // The hold-up placed with a party: "the hold-up was at the customs broker's end", "the delay is with your bank".
  new RegExp(`\\b(?:hold-?up|delay|problem|fault|issue|mix-?up|error|mistake|snag|blockage)s?\\s(?:was|is|lay|lies|sat|sits)\\s(?:(?:entirely|squarely|all|firmly)\\s)?(?:at|with|on)\\s${PARTY}(?:['’]s)?(?:\\s(?:end|side))?\\b`, 'i'),
  // "This one is on the courier", "that's on the bank": the fault handed to a party, said as whose it is.
  new RegExp(`\\b(?:this|that|it)(?:\\sone)?(?:['’]s|\\sis|\\swas)\\s(?:(?:really|honestly|squarely|entirely|all|firmly)\\s)?on\\s${PARTY}(?!['’]s)(?=\\s*(?:[,.;:!—–-]|$|\\s(?:and|who|which|not|rather)\\b))`, 'i'),
  // "Your IT department's firewall is what stopped the emails": their thing named as the cause.
  new RegExp(`\\b${PARTY}(?:['’]s\\s(?:[\\w-]+\\s){0,2}?[\\w-]+)?\\s(?:is|was|are|were)\\swhat\\s(?:stopped|caused|blocked|broke|held up|delayed|triggered|rejected)\\b`, 'i'),
  // "The installer we subcontract to missed the appointment": a party of ours that let the customer down, opening the sentence.
  new RegExp(`(?:^|\\b(?:unfortunately|apparently|sadly),?\\s)${OUTSIDER}\\s(?:(?:that\\s|who\\s)?(?:we|i)\\s(?:use|subcontract(?:\\sto)?|work with|hired|contract(?:\\swith)?)\\s)?(?:missed|failed to|forgot to|did(?:n['’]t|\\snot)\\smanage\\sto|(?:was|were)\\sunable\\sto|lost|damaged|dropped the ball|never (?:turned up|showed up|arrived|came))\\b`, 'i'),
  // The system as the culprit: "the booking system glitched, which is why you got two confirmations".
  /\b(?:the|our) (?:[\w-]+ )?(?:system|software|platform|website|site|app|portal|server|database|tool|computer)s? (?:glitched|crashed|failed|went down|broke|malfunctioned|misfired|errored|played up|had (?:a|an) (?:glitch|error|bug|fault|hiccup|outage))\b[^.;!?]{0,40}?(?:which is why|which (?:caused|meant)|, (?:so|causing|meaning) (?:you|your|the|it|we couldn't))/i,
  // "This is a known issue with Microsoft's update, not something in our software", "it wasn't up to us".
  /\b(?:issue|problem|fault|bug|error|glitch)s? (?:with|in|on|at|from) [\w'’.-]+(?: [\w'’.-]+){0,3}?,? (?:and )?not (?:with |in |on |from )?(?:something |anything )?(?:in |with |on |from )?(?:us|ours|our)\b/i,
  /\b(?:wasn['’]t|was not|isn['’]t|is not) (?:really )?up to (?:us|me)\b/i,
  // Our side cleared: "probably not something on our end", "the fault is not on our side".
  /\bnot (?:something |anything |an issue |a problem |a fault |an error )?(?:on|at|from|with|in) our (?:end|side)\b/i,
  // A thing's error as the cause, and the thing nobody's: "the incidence was caused by an error of the booking platform"
  // ("a bug in our release" names it ours).
  /\b(?:caused by|due to|because of|the result of|down to) (?:an? )?(?:technical |system |software |unexpected |internal )?(?:error|glitch|fault|bug|malfunction|failure)s? (?:of|in|with|on|from) the (?:[\w-]+ ){0,2}?(?:system|platform|software|website|site|app|portal|server|tool|network|programme|program)\b/i,
  // The one responsible, not us: "the bank is responsible for the hold on your funds, not us".
  new RegExp(`\\b${PARTY}\\s(?:is|are|was|were|would be)\\s(?:solely\\s|entirely\\s|fully\\s|wholly\\s|ultimately\\s)?(?:responsible|accountable|liable|to blame)\\s(?:for\\s)?(?:(?:the|this|that|any|your)\\s(?:[\\w-]+\\s){0,2}?(?:delay|hold|error|problem|issue|charge|fault|mistake|damage|outage|loss|mix-?up|confusion)s?\\b|[^.;!?]{0,60}?,?\\snot\\s(?:us|me|ours|our\\s))`, 'i'),
  // The cause put on a party: "the error came from the data your finance team uploaded", "down to one of our partners".
  new RegExp(`\\b(?:caused by|due(?<!\\b(?:balance|amount|payment|money|monies|sum|fees?|funds|rent|cash|invoices?|payments)\\s(?:[\\w-]+\\s)?due) to|because of|(?:was|is|were|are|it['’]s|all|entirely|purely|largely|mostly) down to|came from|comes from|originated (?:with|from|in|at)|stemmed from|stems from|the (?:result|fault) of)\\s(?:an?\\s(?:problem|issue|fault|error|failure|glitch|outage|disruption|incident|breakdown|strike|shortage)\\s(?:with|at|in|on)\\s)?${PARTY}(?:['’]s)?`, 'i'),
  // The party named as the one responsible, after its name: "our ground handling agent, Swissport, who are responsible for tracing bags".
  new RegExp(`\\b${PARTY},?\\s(?:[\\w&.,-]+\\s){0,3}?(?:who|which)\\s(?:are|is|were|was)\\s(?:solely\\s|entirely\\s|fully\\s)?(?:responsible|accountable|liable)\\sfor\\b`, 'i'),
  // Their side, not ours: "the missed delivery was on their side rather than ours".
  /\bon (?:their|the [\w-]+(?:['’]s)?) (?:side|end),? (?:rather than|not) (?:on )?(?:ours|our (?:side|end)|us)\b/i,
  // Their side's input as the cause: "came from the data your finance team uploaded", "because your team sent the order form late".
  /\b(?:caused by|due to|because of|came from|comes from|down to|traced (?:it |this )?(?:back )?to)\s(?:the\s)?(?:data|file|files|figures|numbers|information|details|form|forms|order|orders|spreadsheet|list|export|settings?|address(?:es)?)\s(?:that\s)?(?:you|your\s(?:[\w-]+\s){0,2}?(?:team|department|staff|office|colleagues?|company|side|system))\s(?:had\s|have\s)?(?:uploaded|sent|provided|gave|entered|submitted|supplied|exported|imported|set|chose|picked)\b/i,
  /\bbecause (?:you|your\s(?:[\w-]+\s){0,2}?(?:team|department|staff|office|colleagues?|company))\s(?:had\s)?(?:sent|submitted|gave|provided|entered|uploaded|returned|signed|approved|paid|replied|confirmed|booked|ordered)\b[^.;!?]{0,50}?\b(?:late|too late|after the (?:deadline|cut-?off)|incomplete|incorrectly|wrongly|without)\b/i,
  // The writer out of it: "as a booking agent we have no say over that", "it's out of our hands".
  /\b(?:we|i) (?:have|had) (?:no|little|zero) (?:say|control|influence|input) (?:over|in|on)\b/i,
  /\b(?:is|was|are|were|it['’]s|that['’]s) (?:completely |entirely |simply )?(?:out of|not in|outside|beyond) (?:our|my) hands\b/i,
  // "and that's not on us", "double bookings are really a matter for them" (round 25–28 blind emails).
  /\b(?:that|this|it)(?:['’]s| is| was) (?:certainly |definitely |really |simply )?not on (?:us|me)\b(?! to\b)/i,
  /\b(?:is|are|was|were) (?:really |entirely |purely |strictly |ultimately )?a matter for (?:them|the (?:[\w-]+ )?(?:provider|supplier|vendor|operator|carrier|courier|bank|manufacturer|landlord|council|partner)|their [\w-]+)\b/i,
  /\b(?:we|i) (?:were|was) (?:just |every bit |equally )?as (?:surprised|shocked|confused|frustrated|disappointed|caught out|much in the dark) as you\b/i,
  // A party that acted without telling us: "our IT department rolled out the update without telling the support team".
  /\bwithout (?:telling|informing|notifying|warning|consulting|asking|letting) (?:us|me|anyone here|our (?:[\w-]+ )?team)\b/i,
  // A predecessor: "the previous account manager set this up before I joined", "before my time".
  /\bbefore (?:i (?:joined|took over|started|came on board|arrived|was (?:here|involved|on (?:the|this|your) account))|my time)\b[^.;!?]{0,40}?\b(?:so|and|which is why) (?:i|we) (?:wasn't|was not|weren't|were not|didn't|did not|don't|do not|can't|cannot|couldn't|had no|have no)\b/i,
  /\b(?:i|we) (?:wasn't|was not|weren't|were not|didn't|did not|can't|cannot|couldn't|had no)\b[^.;!?]{0,60}?\bbefore (?:i (?:joined|took over|started|came on board|arrived|was (?:here|involved|on (?:the|this|your) account))|my time)\b/i,
  /\b(?:my|the) predecessor (?:set|agreed|promised|arranged|made|signed|handled|told|quoted|sold|offered)\b/i,
  // Fresh words for the same dodges (a thirty-fifth round of probes): the cause after "because" a party failed ("This happened
  // because the bank didn't process our payment run on time"), a party's act "that broke" it ("Our IT provider pushed an
  // update overnight that broke the sync"), a party that did it wrongly ("set this up incorrectly"), a crew of a party that
  // didn't turn up, "that's down to the council's new rules", and "X made the change, not our branch".
  new RegExp(`\\b(?:because|since|as|after)\\s${PARTY}(?:['’]s\\s[\\w-]+)?\\s(?:didn['’]t|did not|hadn['’]t|had not|failed to|forgot to|never)\\b`, 'i'),
  new RegExp(`\\b${PARTY}\\s(?:[\\w-]+\\s){1,6}?(?:that|which)\\s(?:broke|caused|stopped|blocked|deleted|wiped|corrupted|knocked out|took down)\\b`, 'i'),
  new RegExp(`\\b${PARTY}\\s(?:[\\w-]+\\s){1,4}?(?:incorrectly|wrongly|in error|by mistake)\\b`, 'i'),
  new RegExp(`(?:^|\\b(?:unfortunately|apparently|sadly),?\\s)${OUTSIDER}['’]s\\s(?:crew|team|driver|drivers|engineer|engineers|fitter|fitters|staff|people|technician|technicians)\\s(?:didn['’]t|did not|never|failed to)\\s(?:turn up|show up|show|arrive|come|attend)\\b`, 'i'),
  /\b(?:that|this)(?:['’]s| is| was) (?:all |entirely |purely |really )?down to (?:the|their|your) [\w'’-]+(?: [\w'’-]+){0,3}?,? (?:and )?not (?:us|me|our (?:[\w-]+ )?(?:fault|doing|side|end|team|branch|office))\b/i,
  /^(?:[\w'’-]+\s){1,4}(?:made|decided|set|changed|introduced|approved|sent)\b[^.;!?]{0,60}?,\s(?:and\s)?not\s(?:us|me|our\s(?:[\w-]+\s)?(?:branch|team|office|store|side|end|department|shop|site))\b/i,
  /\b(?:previous|former|old) (?:account manager|rep|representative|contact|colleague)\b[^.;!?]{0,40}?\b(?:left|moved on|departed|has gone)\b/i,
  // A party's slip in the passive, and the fault made a party's job (rounds 48 and 49): "mis-tagged during the transfer
  // by our ground handling partner", "any missed collections are the responsibility of the contractor".
  new RegExp(`\\b(?:was|were)\\s(?:mis-?[a-z]+ed|lost|damaged|misrouted|mishandled|left behind|dropped)\\s(?:[\\w-]+\\s){0,4}?by\\s${OUTSIDER}`, 'i'),
  new RegExp(`\\b(?:is|are|was|were)\\s(?:the\\s)?(?:sole\\s|entire\\s)?responsibility\\sof\\s${OUTSIDER}`, 'i'),
  // The promise or the set-up put on someone gone: "That promise was made by Jordi, who has since left the company" (round 47).
  /\b(?:made|promised|agreed|set up|arranged|handled|quoted|offered|given|sent|done|configured|entered|sold) (?:to you )?by (?:a (?:former )?colleague|[\w'’-]+(?: [\w'’-]+)?),? (?:who|since) (?:has |had |is )?(?:since |now |already )?(?:left|moved on|gone|no longer (?:with us|here|with the company))\b/i,
  // The cause placed on another's side: "Delays like this are sometimes down to circumstances on the network side".
  /\b(?:down to|due to|caused by|because of) (?:[\w-]+ ){0,3}?on (?:the|their|its) (?:[\w-]+ )?(?:network|carrier|supplier|bank|provider|courier|operator|manufacturer|partner|vendor)(?:['’]s)? (?:side|end)\b/i,
];

/** Words that turn it into a condition, a question, sympathy or a plan: "if the carrier has problems, we…". */
const FRAME_BEFORE = /\b(?:if|unless|in case|whether|should|sorry|apologi[sz]e|apologies|make sure|ensure|so that|even if|in the event)\b[^.;:!?]{0,40}$/i;

/**
 * The patterns as one phrase list (match.ts): each pattern's required words are looked up once per sentence, with
 * every other list's, so a sentence is scanned only by the patterns whose words it has (most, by none).
 */
export const BLAME_ELSEWHERE: readonly Phrase[] = PATTERNS.map((re) => ({ pattern: re.source }));
const matcher = compile(BLAME_ELSEWHERE);

/** The words by which the sentence puts the fault on someone other than the writer (a party, a predecessor, their side), if it does. */
export function blamesOthers(text: string): { start: number; end: number } | undefined {
  if (text.length > 1000 || text.trim().endsWith('?')) return undefined;
  for (const m of matcher.find(text)) {
    if (FRAME_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start))) continue;
    return { start: m.start, end: m.end };
  }
  return undefined;
}
