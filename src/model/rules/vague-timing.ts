import type { Finding, Rule } from '../rule';
import { ALL_ROLES } from '../rule';
import { q } from '../phrase-rule';
import { VAGUE } from '../commitments';

// A vague time said of what will happen, outside any promise the commitment reader took (passive, or of a
// third party): "your order will be processed shortly", "the issue should be resolved soon", "a new date will be
// communicated in due course". (Requests to the reader, "please send it as soon as possible", were tried too: most
// readers pass them.)
const VAGUE_ANY = new RegExp(`${VAGUE.source}|at the earliest (?:opportunity|convenience)`, 'i');
// What says the time is ahead: a promise's modal, or an offer ("Happy to send over a few examples sometime soon", "I can
// get a fitter out soon", "I'd love to grab a coffee sometime", "I send you the options soon" as a non-native writer promises; not glad news, "Glad to hear it arrived sometime last week", nor a wish to meet, "I'd love to catch up sometime").
const AHEAD = /\b(?:will|['’]ll|should|shall|going to|expect(?:ed)?|hope to|aim to|plan to|usually|looking at|please allow)\b|(?:^|\b(?:i|we) )can (?:send|get|set up|book|arrange|do|have|share|put|pop|drop|come|bring|run|walk|show|schedule|sort|call|give|organi[sz]e)\b|\b(?:happy|glad) to (?!(?:hear|see|report|say|know|help)\b)|\b(?:i|we)(?:['’]d| would) love to (?!(?:hear|see|catch up|get together|meet up)\b)|\b(?:could|might|may) (?:possibly |perhaps |maybe )?(?:come|come out|send|visit|drop|pop|get|call|ship|deliver|arrive|be (?:there|ready|with you|back))\b|\b(?:i|we) (?:send|call|email|ring|prepare|deliver|ship|bring) you\b/i;
// Goodbyes and wishes are no promise: "talk soon", "get well soon", "hope to hear from you soon".
const SOCIAL = /\b(?:(?:talk|speak|see you|chat|write|catch up|get well|hear from you)(?: (?:with|to) you)? soon|soon enough|sooner or later|as soon as (?:you|they|he|she)\b)/i;

/** A day offered for them to accept, after the vague time: "- does Tuesday at 3pm work?", "how about Thursday morning?". */
const PROPOSED = /\b(?:does|would|could|will|can|how about|what about|say|is)\b[^.?!]{0,30}?\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|the \d{1,2}(?:st|nd|rd|th))\b[^.?!]{0,40}\?/i;

// The reader or their people as the subject ("your team will be onboarding…"); "your order will ship shortly" is ours.
const THEIR_PLAN = /\b(?:you|your (?:[\p{L}-]+ )?(?:team|teams|company|people|staff|colleagues|business|firm|board|organi[sz]ation|department|group))(?:['’]ll|\s+will|\s+are going to|\s+is going to)\b/iu;

// A time a practice starts from, not one it is due by: "From July, I'll review…", "starting this month".
const STARTS = /\b(?:from|starting(?: from| in| on)?|as of|beginning|effective(?: from)?)\s$/i;
function startsFrom(text: string, due: string): boolean {
  const at = text.indexOf(due);
  return /^(?:from|starting|as of|beginning|effective)\b/i.test(due) || (at > 0 && STARTS.test(text.slice(Math.max(0, at - 20), at)));
}
/**
 * Is the vague time the reader's, in a request to them ("Please let me know as soon as possible & I will tell Paige",
 * "for next month I'll need the nominations asap")? Asking them for something soon is no vague promise of ours.
 */
const THEIR_REQUEST = /\b(?:please|kindly|could you|can you|would you|let (?:me|us) know|get back to (?:me|us)|send (?:me|us)|call me|contact me|(?:i|we)(?:['’]ll| will| would)? need|rsvp|(?:remind|encourage|ask|urge|invite|advise) you to)\b[^.;:!?&]{0,50}$/i;
function inTheirRequest(text: string, at: number): boolean {
  return THEIR_REQUEST.test(text.slice(Math.max(0, at - 80), at));
}
/** Is the time inside a leading "if you…" clause (before its comma), the reader's own choice? */
function inTheirIf(text: string, due: string): boolean {
  if (!/^\s*if you\b/i.test(text)) return false;
  const comma = text.indexOf(',');
  const at = text.indexOf(due);
  return comma > 0 && at >= 0 && at < comma;
}

const rule: Rule = {
  id: 'vague-timing',
  kind: 'vague-timing',
  dimension: 'commitments',
  roles: ALL_ROLES,
  title: 'Vague timing',
  flags: 'A promise with a vague time ("soon", "ASAP", "later today or tomorrow", "next week") or with a time already past; a promise with no time at all gets a tip to add one, worth no points.',
  why: 'A promise without a time cannot be kept or checked; in one real case "You\'ll have the forms later today or tomorrow" was vague and then broken, while "I\'ll be back to you about 3:00 pm today" earned trust (seed 004).',
  severity: 'warn',
  learned: {
    penalty: 25,
    message: (excerpt) => `${q(excerpt)} is not a time the customer can hold you to.`,
    suggestion: 'Name the day and, where you can, the hour: "by Thursday at 3 pm".',
    // A sentence whose promise has a time the customer can hold it to ("in touch by 3pm tomorrow") is not vague.
    applies: (s) => !s.commitments.some((c) => c.specific || (!!c.due && !c.past && !!c.dueText && !VAGUE_ANY.test(c.dueText))),
  },
  sentence(s) {
    const out: Finding[] = [];
    for (const c of s.commitments) {
      if (c.owner === 'none' || c.specific) continue;
      // A promise that waits on an event needs no date (README; trust rubric).
      if (c.event && !c.dueText) continue;
      // Where the time is said: inside this promise's own clause, or before it for a leading time ("Later today, I'll…").
      const inClause = c.dueText ? s.text.indexOf(c.dueText, c.start) : -1;
      const dueAt = c.dueText && inClause < 0 ? s.text.indexOf(c.dueText) : inClause;
      if (c.past && c.dueText) {
        out.push({
          start: inClause >= 0 ? inClause : c.start, end: inClause >= 0 ? inClause + c.dueText.length : c.end, severity: 'warn', penalty: 25,
          message: `${q(c.dueText)} has already passed.`,
          suggestion: 'Promise a time that is still ahead, one you can keep: "by 5 pm today".',
        });
      } else if (c.dueText && (startsFrom(s.text, c.dueText) || inTheirIf(s.text, c.dueText) || (dueAt >= 0 && inTheirRequest(s.text, dueAt)))) {
        // "From July, I'll review every invoice": when a practice starts, not a deadline. "If you'd like to rebook
        // later in the year, I'll hold the rate": the time is theirs to choose. "I will attach the forms; please send
        // them back as soon as possible": the time is what we ask of them, not when we deliver (real mail).
        continue;
      } else if (c.dueText && dueAt >= 0 && PROPOSED.test(s.text.slice(dueAt + c.dueText.length))) {
        // "I'll set it up next week - does Tuesday at 3pm work?": the vague time narrowed to a day they can accept.
        continue;
      } else if (c.dueText && c.hedged) {
        // "We'll try our best to get it to you by Friday, but no promises": a date, taken back as it is given.
        out.push({
          start: c.start, end: c.end, severity: 'warn', penalty: 25,
          message: `${q(c.text)} is hedged, so ${q(c.dueText)} is not a time the customer can hold you to.`,
          suggestion: 'Promise only what you can keep, and say it plainly: "I will send it by Friday at noon." If you are unsure, say when you will know.',
        });
      } else if (c.dueText) {
        const start = dueAt >= 0 ? dueAt : c.start;
        const end = dueAt >= 0 ? dueAt + c.dueText.length : c.end;
        out.push({
          start, end, severity: 'warn', penalty: 25,
          message: `${q(c.dueText)} is not a time the customer can hold you to.`,
          suggestion: 'Name the day and, where you can, the hour: "by Thursday at 3 pm".',
        });
      } else {
        // No time at all ("I'll send you the revised contract"): a tip, worth no points. Readers flag a vague time far
        // more often than none (many such promises are kept the same day): costing points, it was wrong 1 time in 5
        // on the labelled train split; as a tip, vague-timing precision 0.79 -> 0.85 on train, 0.72 -> 0.81 on dev.
        out.push({
          start: c.start, end: c.end, severity: 'info', penalty: 0, tip: true,
          message: `${q(c.text)} has no time.`,
          suggestion: 'Add when: "…by Thursday at 3 pm."',
        });
      }
    }
    // A question promises nothing ("In the coming weeks your team will be onboarding 45 baristas: how are you
    // splitting the training?"), nor do the reader's own plans ("your new site opens soon").
    if (out.length === 0 && AHEAD.test(s.text) && !SOCIAL.test(s.text) && !/\?\s*$/.test(s.text) && !THEIR_PLAN.test(s.text)) {
      const m = VAGUE_ANY.exec(s.text);
      if (m && !inTheirIf(s.text, m[0]) && !inTheirRequest(s.text, m.index)) {
        out.push({
          start: m.index, end: m.index + m[0].length, severity: 'warn', penalty: 25,
          message: `${q(m[0])} is not a time the customer can hold you to.`,
          suggestion: 'Name the day and, where you can, the hour: "by Thursday at 3 pm".',
        });
      }
    }
    return out;
  },
  examples: {
    flag: [
      { body: 'Hi Zoe,\n\nI will send the revised quote by EOD or tomorrow.', role: 'account' },
      // A time said loosely (a sixth round of blind replies).
      { body: "Hi Zoe,\n\nI'll send the corrected statement by end of week-ish.", role: 'support' },
      { body: "Hi Zoe,\n\nI'll have the figures to you Friday-ish.", role: 'support' },
      { body: 'Hi Zoe,\n\nWe will roll the new dashboards out to your team over the coming months.', role: 'account' },
      { body: 'Dear Sir,\n\nThe refund will be credited by me within the stipulated TAT.', role: 'support' },
      { body: "Dear Ms Lowe,\n\nI will reply with the panel's decision upon Ms Patel's return.", role: 'support' },
      // A time left to someone's travels, or to availability.
      { body: 'Dear Mr Sharma,\n\nOur regional executive will get in touch with you whenever his tour brings him to Ludhiana.', role: 'account' },
      { body: 'Dear Praveen,\n\nThe installation engineer will be sent to your site after dispatch, subject to availability.', role: 'account' },
      // Time left to chance.
      { body: 'Hello Agnes,\n\nThese things usually turn up in the end.', role: 'support' },
      // A date taken back as it is given.
      { body: "Hi Ana,\n\nWe'll try our best to get it to you by Friday, but no promises.", role: 'support' },
      { body: "Hi Lou,\n\nYou'll have the forms later today or tomorrow.", role: 'support' },
      { body: "Hi Lou,\n\nI'll get back to you soon with the numbers.", role: 'support' },
      { body: "Hi Lou,\n\nI'll send you the revised contract.", role: 'account' },
      // Written at 10:00: 7am has gone.
      { body: "Hi Lou,\n\nI'll send you the refund confirmation today at 7am.", role: 'support', now: '2026-11-23T10:00:00Z' },
      { body: 'Hi Lou,\n\nWe will have the replacement part with you as soon as possible.', role: 'support' },
      // Said of the thing, not promised by anyone: still no time to hold anyone to.
      { body: 'Hi Lou,\n\nThe signed copy should be coming shortly.', role: 'account' },
      { body: 'Hi Lou,\n\nYour refund is expected to land soon.', role: 'support' },
      { body: 'Hi Lou,\n\nI will confirm the new delivery slot shortly.', role: 'support' },
      { body: 'Hi Lou,\n\nWe will add the export option in the near future.', role: 'account' },
      // The same in other registers: "revert at the earliest", "in an upcoming update", "in the next couple of weeks".
      { body: 'Dear Sir,\n\nI will revert at the earliest with a proposal.', role: 'support' },
      { body: 'Hi Lou,\n\nThe fix has been passed to our developers and should be released in an upcoming update.', role: 'support' },
      { body: 'Hi Lou,\n\nI will send you a proposal in the next couple of weeks.', role: 'account' },
      // Hoped for, as quickly as possible, later this morning, postponed until further notice (real mail).
      { body: "Hi Lou,\n\nThey are working on it, so I hope to get it to you soon.", role: 'support' },
      { body: "Hi Lou,\n\nI will speak to the right people to get you an answer as quickly as possible.", role: 'support' },
      { body: 'Hi Lou,\n\nOur phones are down and service should be restored later this morning.', role: 'support' },
      { body: "Hi Lou,\n\nTomorrow's review will be postponed until further notice.", role: 'account' },
      // No time in other words: before too long, within a reasonable timeframe, when bandwidth frees up, down the line.
      { body: "Hi Ola,\n\nOur engineer is running the numbers and I'll come back to you before too long. I will call you at 4pm today.", role: 'account' },
      { body: 'Hi Ola,\n\nThe refund should reach you within a reasonable timeframe. I will call you at 4pm today.', role: 'support' },
      { body: "Hi Ola,\n\nI'll pull the benchmark together when bandwidth frees up after the trade show. I will call you at 4pm today.", role: 'account' },
      { body: "Hi Ola,\n\nWe'll have a draft scope with you as and when the estimator is free. I will call you at 4pm today.", role: 'account' },
      { body: 'Hello,\n\nYour concern has been forwarded and will be addressed soonest.', role: 'support' },
      { body: 'Hello,\n\nWe will inform you of the new shipment date when available.', role: 'support' },
      { body: 'Hello,\n\nWe will add SSO, it is on our roadmap.', role: 'account' },
      { body: 'Hello,\n\nWe will send the module this month or early next month.', role: 'account' },
      // An offer with a vague time is no more a time than a promise with one (labelled train and dev emails).
      { body: 'Hi Priya,\n\nHow are you handling the routing guide today? Happy to send over a few examples sometime soon.', role: 'prospecting' },
      { body: 'Hi Priya,\n\nI can get one of our fitters out to measure up sometime soon.', role: 'account' },
      // What may happen, at no time ("could possibly come sometime this week or next"; round 31 blind emails).
      { body: 'Hi Priya,\n\nMaybe the technician could possibly come sometime this week or next, depending on availability in your area.', role: 'support' },
      // "any day now", said of what we send (round 32 blind emails).
      { body: 'Hi Priya,\n\nThe parquet is still with the de-nailing crew. Should be any day now though, fingers crossed.', role: 'account' },
      // Said in fresh words (a thirty-fifth round of blind emails).
      { body: "Hi Ana,\n\nAs soon as we have any news from the courier, I will call you to rearrange.", role: 'support' },
      { body: "Hi Ana,\n\nWe'll be in contact to arrange a date when one becomes available.", role: 'support' },
      { body: "Hi Ana,\n\nIf you tell me the dates, I send you the options with prices soon.", role: 'prospecting' },
      { body: "Hi Ana,\n\nTell me what you need and we will prepare an offer very fast.", role: 'prospecting' },
      // Said in fresh words (a thirty-sixth round of blind emails).
      { body: "Hi Ana,\n\nWe will complete the repair once the part becomes available.", role: 'support' },
      { body: "Hi Ana,\n\nFurther details we will communicate in the next weeks.", role: 'account' },
      // A time tied to news that may never come (read on train after the forty-ninth round).
      { body: "Hi Lou,\n\nI will let you know more about that as it develops.", role: 'account' },
      { body: "Hi Lou,\n\nWe will keep you informed of new developments as they become available.", role: 'support' },
      { body: "Hi Lou,\n\nI will continue to update you as I receive more information.", role: 'account' },
      { body: "Hi Lou,\n\nI will respond as soon as I hear back from Mark.", role: 'account' },
    ],
    pass: [
      // Their decision any day now is no time of ours.
      { body: 'Hi Priya,\n\nThey are making their decision any day now, and I will call you on Friday at 10am with it.', role: 'account' },
      // Glad news of a time gone by is no offer.
      { body: 'Hi Priya,\n\nGlad to hear the parts turned up sometime last week. I will call you on Friday at 10am.', role: 'account' },
      { body: "Hi Zoe,\n\nWe heard back from the warehouse this morning, and I'll call you at 4 pm today with the date.", role: 'support' },
      // Goodbyes, and a time set by the customer's own step, are no vague promise.
      { body: 'Hi Lou,\n\nThe contract is signed and filed, and I will call you on Friday at 10am. Talk soon.', role: 'account' },
      { body: "Hi Lou,\n\nI'll send you the revised contract by Thursday at 3pm.", role: 'account' },
      { body: 'Hi Lou,\n\nHope to hear from you soon.', role: 'account' },
      // A promise with its time: the learned layer's "be in touch" does not make it vague.
      { body: 'Hi Lou,\n\nOur team will be in touch by 3pm tomorrow with the revised quote.', role: 'account' },
      // The vague time narrowed to a day they can accept.
      { body: "Hi Lou,\n\nI'll set it up with your IT lead next week - does Tuesday at 3pm work?", role: 'account' },
      { body: 'Hi Lou,\n\nThe contract is signed, and I will call you on Friday at 10am. We hope to speak with you soon.', role: 'account' },
      // The hour points back to the shipping day: a specific time (written on a Wednesday).
      { body: "Hi Lou,\n\nWe'll ship on Monday, and I'll email the tracking number by 5 pm that day.", role: 'support', now: '2026-11-25T10:00:00+01:00' },
      // A time said of the parcel, not a promise.
      { body: 'Hi Lou,\n\nThe courier picked it up at 9 am and it arrives Thursday. I will call you on Thursday at 4pm.', role: 'support' },
      // When a practice starts, and a time that is theirs to choose, are not deadlines.
      { body: "Hi Lou,\n\nI've credited the eight invoices today. From July, I'll review every invoice for your account before it goes out.", role: 'account' },
      { body: "Hi Lou,\n\nI've refunded the £340 today. If you'd like to rebook later in the year, email me and I'll hold the same rate for you.", role: 'support' },
      // What we ask of them, soon, is no vague promise of ours (real mail).
      { body: 'Hi Lou,\n\nPlease call me as soon as possible - we are going to move fast. I will call you on Friday at 10am.', role: 'account' },
      { body: 'Hi Lou,\n\nI will attach the AV form and the badge form - please send them back as soon as possible if you have not done so yet. I will call you on Friday at 10am.', role: 'account' },
      { body: 'Hi Lou,\n\nThe hotel fills up every year, so I would like to remind you to book your room as soon as possible, should you not have done so already. I will call you on Friday at 10am.', role: 'account' },
      // A span the promise lasts through, and a time counted from an event, are no deadlines (real mail: "I'll stay on
      // copy for all of May", "he'll call you 20 minutes before he arrives").
      { body: "Hi Lou,\n\nClaire takes over on 1 May. I'll stay on copy for all of May, so nothing falls between us.", role: 'account' },
      { body: "Hi Lou,\n\nI've booked a technician for tomorrow between 8 and 10 am, and he'll call you 20 minutes before he arrives.", role: 'support' },
      { body: "Hi Lou,\n\nI'll ask our finance lead whether we can hold that price through your June renewal and tell you her answer by Wednesday.", role: 'account' },
      // An hour without am or pm is a working hour, not 3 in the morning (written at 10:00); a question and the
      // reader's own plans promise nothing; "since January" is no due time.
      { body: "Hi Lou,\n\nI'll send the executed confirms to your back office by 3:00 today.", role: 'account', now: '2026-11-23T10:00:00Z' },
      { body: 'Hi Lou,\n\nIn the coming weeks your team will be onboarding 45 baristas: how are you splitting the training?', role: 'account' },
      { body: "Hi Lou,\n\nI haven't put an expiry date on the quote, because our cost hasn't moved since January, and if that changes you'll hear it from me first.", role: 'account' },
      // "As soon as possible" asked of the reader is their time, not a vague promise (real mail: "Please let me know as
      // soon as possible & I will let Paige know", "I'll need the nominations asap").
      { body: 'Hi Lou,\n\nPlease let me know as soon as possible & I will book the room for Thursday at 2pm.', role: 'account' },
      // A lower bound on a named day, and a release with its date, are times.
      { body: "Hi Lou,\n\nI'll have the parts to you on Monday at the earliest, and I will call you on Friday at 10am.", role: 'account' },
      { body: 'Hi Lou,\n\nWe will add the export in an upcoming release on 4 May.', role: 'account' },
      { body: "Hi Lou,\n\nFor next month I'll need the nominations asap, and I will confirm the volumes by Friday at noon.", role: 'account' },
      // Their timing, and what happens as it suits them, are no vague promise of ours.
      { body: 'Hi Ola,\n\nYou can add seats as and when you need them. I will call you at 4pm today.', role: 'account' },
      { body: 'Hi Ola,\n\nWe are presently reviewing every open claim, and yours will be decided by Friday. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Paul,\n\nThe soonest slot is 3 pm on Thursday, and I have booked it for you.', role: 'support' },
      { body: 'Hi Paul,\n\nWe will add SSO; it is on our roadmap for Q3, and I will confirm the release date by 1 July.', role: 'account' },
      // Look-alikes that are not (a thirty-fifth round of blind emails).
      { body: "Hi Ana,\n\nOur team moved very fast on your last order. I will call you at 3pm today.", role: 'support' },
      { body: "Hi Ana,\n\nI send you my warmest thanks for the referral. I will call you at 3pm today.", role: 'support' },
      // The same news with a time the customer can hold us to.
      { body: "Hi Lou,\n\nI will update you by 4 pm on Thursday, whatever I hear back from Mark.", role: 'account' },
    ],
  },
};
export default rule;
