import { APOLOGY, MISTAKE_WORDS, OWN_FAULT, SLOW_REPLY, SYMPATHY } from '../lexicon/phrases';
import { saysPrevention } from '../owning';
import { wordRegex } from '../match';
import { perSentence, type Doc, type Finding, type Rule } from '../rule';
import { q } from '../phrase-rule';

const apology = wordRegex(APOLOGY);
const mistake = wordRegex(MISTAKE_WORDS);
const slowReply = wordRegex(SLOW_REPLY);
const ownFault = wordRegex(OWN_FAULT);
const sympathy = wordRegex(SYMPATHY);
const sorry = /\b(?:sorry|apologi[sz]e|apologies|regret)\b/i;
// "This will never happen again", "Rest assured, it won't happen again" promise, they prevent nothing (boasting says so).
const NEVER_AGAIN = /\b(?:this|it|that)(?: will|['’]ll) never happen again\b|\b(?:do|try) (?:our|my) (?:very )?best to (?:make sure|ensure) (?:that )?(?:this|it|that) (?:doesn['’]t|does not|won['’]t|will not|never) happen again\b|\b(?:rest assured|(?:i|we) (?:can )?(?:assure|promise|guarantee) you)(?: that)?,? (?:this|it|that)(?: will|['’]ll)? (?:never|not|won['’]t) happen again\b/gi;
// "Mistakes were made", "an error was made on our side": a mistake owned in the passive.
// Regret for how things fell out, no fault owned: "I'm sorry the new date doesn't work for you", "Sorry we weren't the
// right fit", "sorry to see you go".
const NO_FAULT = /\bsorry (?:that )?(?:(?:the|this|it|that|we|our) [\w' ’-]{0,40}?(?:doesn['’]t|didn['’]t|don['’]t|won['’]t|wasn['’]t|weren['’]t|isn['’]t|aren['’]t|couldn['’]t) (?:work|suit|fit|be (?:the right|a good) fit|the right fit|right for)|to (?:see |hear (?:that )?)you(?:['’]re| are)? (?:go|leav)|we (?:weren['’]t|aren['’]t|couldn['’]t be) (?:the right|a good) fit)/i;
// The customer says the problem came back ("the second time it's happened", "two Fridays running"; not "the third time
// I'm asking", which is about a reply, not the fault): a
// reply that fixes this one and says nothing of the next leaves them expecting it again, apology or none.
const RECURRING = /\b(?:(?:second|third|fourth|fifth|2nd|3rd|4th|5th) (?:time|week|month|delivery|order|invoice)(?! (?:(?:that|now) )?(?:i|we)(?:['’]m| am|['’]ve| have)? (?:ask|writ|email|call|chas|contact|rais|request|follow|sen[dt]|reach))|(?:keeps?|kept) (?:happening|failing|dropping|breaking|going wrong|coming back)|(?:two|three|four|several) (?:weeks|months|times|fridays|mondays|deliveries|orders) (?:running|in a row)|(?:week|month|time) running|again and again|(?:happened|happening|gone wrong|broken|failed) again|once again|every (?:week|month) (?:since|now))\b/i;
/** Does the quoted message say the fault came back? Read once per quoted message, not on every keystroke. */
let lastQuoted: string | undefined;
let lastRecurs = false;
function recurs(quoted: string | undefined): boolean {
  if (!quoted) return false;
  if (quoted !== lastQuoted) {
    lastQuoted = quoted;
    lastRecurs = RECURRING.test(quoted);
  }
  return lastRecurs;
}
// A disruption announced ahead ("The system is scheduled to be down for monthly backups… We apologize for any
// inconvenience this outage may cause"): planned work, no mistake to prevent.
const PLANNED = /\b(?:scheduled|planned) (?:for )?(?:[\w-]+ )?(?:maintenance|outage|downtime|backups?|upgrade|work)\b|\bscheduled to be (?:down|offline|unavailable)\b|\b(?:may|will|might|could) cause\b/i;
// "I'm sorry to have to inform you…", "sorry to say": the formula for bad news, no apology for a fault.
const BAD_NEWS = /\bsorry to (?:have to )?(?:inform|tell|say|let you know|report|advise|announce)\b/i;
const PASSIVE_FAULT = /\b(?:mistakes?|errors?) (?:was|were|has been|have been) made\b/i;
const facts = perSentence((s) => {
  return {
    apology: apology.test(s.text) && !slowReply.test(s.text) && !BAD_NEWS.test(s.text),
    // Any sorry for what happened (not for a slow reply, not sympathy for their loss), or the fault owned in words.
    owns: (sorry.test(s.text) && !slowReply.test(s.text) && !sympathy.test(s.text) && !NO_FAULT.test(s.text)) || ownFault.test(s.text) || PASSIVE_FAULT.test(s.text),
    mistake: mistake.test(s.text),
    passive: PASSIVE_FAULT.test(s.text),
  };
});
// Read only when the email has something to prevent (most have none): it is the longest of these readings.
const prevention = perSentence((s) => saysPrevention(s.text.replace(NEVER_AGAIN, '')));

const OWNING = ['non-apology', 'fake-empathy', 'blame-shifting', 'policy-speak', 'buck-passing'];

/** The finding the email earns if nothing in it says what changes: an apology or owned problem with a mistake to prevent. */
function unprevented(doc: Doc): Finding[] {
  // A sentence another ownership rule flags (a non-apology, fake empathy…): this finding then points at the email.
  const flagged = (x: (typeof doc.sentences)[number]) => OWNING.some((id) => doc.found(id).some((f) => f.start < x.end && f.end > x.start));
  // The apology and the mistake may sit in neighbouring sentences ("Sorry. The invoice was wrong."). A mistake owned
  // without a "sorry" ("That's our error") was tried as a trigger too: as often wrong as right on the labelled set.
  // A reply to the customer's problem that apologises for it or owns it: the problem is the mistake.
  if (doc.quotedIssue) {
    // A non-apology ("I'm sorry you were unhappy with our pricing") owns nothing, unless the email names a fault
    // elsewhere ("the incident was caused by…", "mistakes were made").
    const fault = doc.sentences.some((x) => facts(x.view).mistake || facts(x.view).passive);
    const s = doc.sentences.find((x) => facts(x.view).owns && (fault || !flagged(x)));
    if (s) {
      // A sentence already flagged for how it owns up ("We apologize for any disruption") keeps that hint: this one,
      // about what the whole email leaves out, points at the email, so neither hides the other.
      const taken = flagged(s);
      return [{
        start: taken ? 0 : s.start, end: taken ? 0 : s.end, penalty: 30,
        message: `${q(s.text)} acknowledges the problem, but nothing says how it won't happen again.`,
        suggestion: 'Add what changes: "I\'ve added a check on the address field so this can\'t happen again."',
      }];
    }
  }
  if (recurs(doc.draft.quoted)) {
    return [{
      start: 0, end: 0, penalty: 30,
      message: 'They say this has happened before, and nothing says how it won\'t happen again.',
      suggestion: 'Add what changes: "From this Friday your order is counted and photographed before the van leaves."',
    }];
  }
  for (let i = 0; i < doc.sentences.length; i++) {
    const s = doc.sentences[i]!;
    if (!facts(s.view).apology) continue;
    // The mistake said in this sentence, the next, or the one before ("The figures were off by a month. We apologize…").
    const next = doc.sentences[i + 1];
    const prev = i > 0 ? doc.sentences[i - 1] : undefined;
    if (!facts(s.view).mistake && !(next && facts(next.view).mistake) && !(prev && facts(prev.view).mistake)) continue;
    if (PLANNED.test(s.text) || (prev && PLANNED.test(prev.text)) || (next && PLANNED.test(next.text))) continue;
    // An apology already flagged for how it apologises ("We apologize for any inconvenience") keeps that hint; this
    // one, about what the email leaves out, points at the whole email so neither hides the other.
    const taken = flagged(s);
    return [{
      start: taken ? 0 : s.start, end: taken ? 0 : s.end, penalty: 30,
      message: `${q(s.text)} apologises, but nothing says how it won't happen again.`,
      suggestion: 'Add what changes: "I\'ve added a check on the address field so this can\'t happen again."',
    }];
  }
  return [];
}

const rule: Rule = {
  id: 'no-prevention',
  kind: 'no-prevention',
  dimension: 'ownership',
  roles: ['support', 'account'],
  title: 'No prevention',
  flags: 'An apology for a mistake that never says what changes so it does not happen again.',
  why: 'The repair that works names what will change (seed 001): without it, the customer expects the same mistake next time.',
  severity: 'warn',
  document(doc) {
    const found = unprevented(doc);
    return found.length > 0 && doc.sentences.some((s) => prevention(s.view)) ? [] : found;
  },
  examples: {
    flag: [
      // A change to their booking is no change that stops it (round 31's "here is what I've changed" is a lead-in only alone).
      { body: "Hi Hannah,\n\nI'm sorry we charged you twice for March; that was our mistake. Here is what I've changed in your account: the second charge is now refunded.", role: 'support' },
      // A day named, and nothing of ours changed from it.
      {
        body: "Dear Mr Campbell,\n\nI'm sorry you were left on hold for 40 minutes with no heating and a four-year-old at home. An engineer will be with you today between 12 and 4 pm.\n\nThe wait on the repairs line this morning was because of the number of calls after the frost; from 7 am tomorrow the line opens as usual.\n\nKind regards,\nSunita",
        quoted: "On 9 Jan 2025, Delroy Campbell wrote:\nOur boiler stopped working last night. I rang the repairs line and was on hold for 40 minutes. Can someone come today?",
        role: 'support',
      },
      { body: "Hi Hannah,\n\nI'm sorry we charged you twice for March; that was our mistake. From Monday our office is closed for the holidays.", role: 'support' },
      // Asking a colleague to check once, or setting up a call, changes nothing for next time.
      { body: "Hi Hannah,\n\nI'm sorry the order went out short; that was our mistake. I've asked the warehouse to check the stock before Friday, and I have set up the call so that we can talk on Monday.", role: 'support' },
      // The company apologises in the third person, for a problem it names; a bare "Sorry to…" after the slip.
      { body: 'Hi all,\n\nThe statements posted for 3 May are not accurate because of a problem with one data file. Northgate apologizes for any inconvenience caused by this problem. I will repost them by 5pm today.', role: 'account' },
      { body: "Hi Aoife,\n\nBiscuit's May box didn't leave our warehouse on the 8th as it should have. Sorry to leave him waiting. I've sent a bag by express today.", role: 'support' },
      { body: "Hi Zoe,\n\nI'm sorry we charged you twice for March. I have refunded the $40 today.", role: 'support' },
      // The mistake said first, the apology after it, and that apology flagged for its own words (real mail).
      { body: 'Hi Zoe,\n\nAttached is the corrected forecast. The figures in the one sent this morning were off by one month. We apologize for any inconvenience this may have caused you.', role: 'support' },
      { body: "Hi Zoe,\n\nI'm sorry: 8 cases were left off the pallet by mistake. They go out on tomorrow's van.", role: 'account' },
      // A reply to their problem that apologises for it, or owns it, in any words.
      { body: "Hi Zoe,\n\nSorry about Friday. I've refunded the whole order today.", quoted: 'On Mon, 23 Nov 2026, Zoe Lind <zoe@fabrikam.example> wrote:\nMy order arrived an hour late and the food was cold. Nobody answered the phone.', role: 'support' },
      { body: "Hi Zoe,\n\nThat one is on me: I sent your order with the last driver out. I've refunded it today.", quoted: 'On Mon, 23 Nov 2026, Zoe Lind <zoe@fabrikam.example> wrote:\nMy order arrived an hour late and the food was cold. Nobody answered the phone.', role: 'support' },
      // A non-apology where the email names the fault; advice to them is no prevention of ours; nor is a promise that it never happens again.
      { body: "Hi Zoe,\n\nWe apologise for any inconvenience. Your order went out late because our driver rota was short on Friday. I've refunded it today.", quoted: 'On Mon, 23 Nov 2026, Zoe Lind <zoe@fabrikam.example> wrote:\nMy order arrived an hour late and the food was cold. Nobody answered the phone.', role: 'support' },
      { body: "Hi Zoe,\n\nI'm sorry your order was late. I've refunded it today. In future, adding a phone number to your order can help avoid missed calls.", quoted: 'On Mon, 23 Nov 2026, Zoe Lind <zoe@fabrikam.example> wrote:\nMy order arrived an hour late and the food was cold. Nobody answered the phone.', role: 'support' },
      { body: "Hi Zoe,\n\nI'm sorry your order was late, and I've refunded it today. Rest assured, this will never happen again.", quoted: 'On Mon, 23 Nov 2026, Zoe Lind <zoe@fabrikam.example> wrote:\nMy order arrived an hour late and the food was cold. Nobody answered the phone.', role: 'support' },
      // Fixing this one is no prevention, whatever its words ("from this month", "so only…"), nor is an assurance.
      { body: "Hi Callum,\n\nYou're right, June's invoice was wrong, and I apologise. I've cancelled it and applied the right price from this month, so only £240 will be collected on the 5th. You can rest assured it won't happen again.", quoted: 'On Mon, 1 Jun 2026, Callum Reid <callum@example.org> wrote:\nMy invoice for June shows £420 but our plan is £240 a month.', role: 'support' },
      // Doing our best that it won't happen again names no change.
      { body: "Hi Aisha,\n\nI'm sorry your delivery was late again. I've refunded this week's delivery fee. We'll do our best to make sure it doesn't happen again.", quoted: 'On Wed, 2 Dec 2026, Aisha Khan <aisha@example.org> wrote:\nThis is the second week running my delivery has come a day late.', role: 'support' },
      // Something that changed from a day, said in the past, is what went wrong, not what changes.
      { body: "Hi Tom,\n\nI'm sorry your parcel was late. From Monday, our depot was short of drivers. It goes out today.", role: 'support' },
      // They say it has happened before: a fix of this one alone, apology or none, leaves them expecting it again.
      { body: "Hi Lisa,\n\nI've booked Dave to come back on Thursday between 8 am and 12 pm, and there's no charge for the visit.", quoted: "On Mon, 6 Nov 2026, Lisa Grant <lisa@example.org> wrote:\nYour engineer left the boiler pressure at 0.5 bar and the heating cut out. This is the second time it's happened after a service.", role: 'support' },
      // "now" of this one fix, not of every case: no standing change.
      { body: "Hi Jonas,\n\nI'm sorry the invoice was wrong; that's our mistake. The corrected invoice now shows the right total of €1,240.", role: 'account' },
    ],
    pass: [
      // The change said as a lead-in, a check added for every such case, and the rest of a bad batch pulled so nobody else
      // meets it (round 31 blind emails).
      { body: "Hi Karen,\n\nYour mum's call was late three times, and I'm sorry. I'm responsible for the rota, and here is what I've changed. From tomorrow Anita will be her carer, at 8.00.", role: 'support' },
      { body: "Hi Hannah,\n\nI'm sorry we charged you twice for March; that was our mistake. I've refunded it, and I've also asked our billing team to add a 5-day reminder to any account with two charges in a month.", role: 'support' },
      { body: "Hi Hannah,\n\nI'm sorry we sent you the 11th edition; that was our mistake. A 12th is waiting at the desk. We've pulled the rest of that box off the shelf, so nobody else should get one.", role: 'support' },
      // The cause put right where it lives, by the team that owns it (round 30 blind emails).
      {
        body: "Dear Lan,\n\nThe portal rejects PDFs larger than 5 MB but shows the wrong message, \"file type not supported\", so it looked as if your PDF was the problem. It wasn't, and I'm sorry the message misled you five times. This morning I uploaded your certificate myself. I have asked our web team to correct the error message, and I will check that it is fixed by Friday 4 July.\n\nKind regards,\nOwen",
        quoted: 'On Thu, 26 Jun 2025 at 04:12, Nguyen Thi Lan <lan@example.com> wrote:\nDear Admissions, I have tried five times to upload my IELTS certificate to the portal but it says "file type not supported". The file is a PDF. My deadline is 30 June. Please help.',
        role: 'support',
      },
      // A check of ours from a day on, said as how the work is done (round 25 blind emails).
      {
        body: "Hi Paul,\n\nYou ordered sharp sand and we delivered building sand, which left your lads standing for the morning; that's on us. The picker loaded from the wrong bay. The correct 4 tonnes arrive tomorrow between 7:30 and 8:30.\n\nFrom Monday the bays carry product names as well as numbers, and drivers check the ticket against the bag before they tip.\n\nKerry",
        quoted: 'On Wed, 12 Jun 2024, Paul Hughes wrote:\nThe lorry turned up with building sand instead of sharp sand. My lads have lost a morning. What are you going to do about it?',
        role: 'support',
      },
      // A change of ours from a day on (a twentieth round of blind emails).
      {
        body: "Dear Mr Campbell,\n\nI'm sorry you were left on hold for 40 minutes with no heating and a four-year-old at home. An engineer will be with you today between 12 and 4 pm.\n\nThe wait on the repairs line this morning was because of the number of calls after the frost; we've moved three more staff onto the phones from 7 am tomorrow.\n\nKind regards,\nSunita",
        quoted: "On 9 Jan 2025, Delroy Campbell wrote:\nOur boiler stopped working last night. I rang the repairs line and was on hold for 40 minutes. Can someone come today?",
        role: 'support',
      },
      // A check for every case, however often it is done.
      { body: "Hi Ana,\n\nI'm sorry we mislabelled your parcel, that was our mistake. The new one arrives Thursday, and from today every label is checked twice before it leaves.", role: 'support' },
      // An eighth round of blind replies: our set-up changed for a purpose, a rule from this job on, staff asked to check before every repeat.
      { body: "Dear Mrs Healy,\n\nI'm sorry: your prescription sat in our general inbox for a week, and that was our mistake. We have now set up our inbox so that anything from a GP surgery goes straight to the prescriptions queue.", role: 'support' },
      { body: "Hi Sophie,\n\nYou're right, and I'm sorry: we printed the old version, and that was our mistake. From this job on, prepress can't release a file to press until a second person has matched it against your signed proof.", role: 'account' },
      { body: "Hi Becky,\n\nSorry about that: you were charged twice on Tuesday, and that's our mistake. We've asked the front desk to check the terminal's last receipt before re-running any card after a timeout.", role: 'support' },
      { body: "Hi Marcus,\n\nYou're right, you were charged twice, and that's our mistake. We've also changed the retry so it checks for an earlier successful payment first.", quoted: 'On Tue, Marcus Hale wrote:\nThere are two charges of $29 on my card. Please refund one.', role: 'support' },
      { body: 'Dear Elena,\n\nThis was our error, I apologise. To not repeat this, we add now an automatic check that compares the currency of every property before an update goes out.', quoted: 'On Tue, Elena Marchetti wrote:\nOur booking page shows prices in dollars since last night!', role: 'support' },
      { body: "Hi Hannah,\n\nSorry, your card was charged twice on 4 March. Since yesterday the checkout looks for an existing charge first, so a timeout can't bill you twice.", quoted: 'On Tue, Hannah Cole wrote:\nYou charged my card twice for the renewal. Please fix this.', role: 'support' },
      { body: "Hi Gemma,\n\nI'm sorry your sofa arrived with a cut in the arm. Our depot team have stopped using blades on fabric pieces.", quoted: 'On Tue, Gemma Ross wrote:\nThe sofa arrived with a cut in the arm. This is not acceptable.', role: 'support' },
      { body: "Hi Jordan,\n\nSorry, that was our release. We're adding a custom-domain tenant to the test suite every release has to pass, which would have caught this one.", quoted: 'On Tue, Jordan Lee wrote:\nNobody can sign in since your update. What happened?', role: 'support' },
      { body: "Hi Callum,\n\nSorry the garage was never paid. Returned payments now come to a named handler the same day instead of a shared queue.", quoted: 'On Tue, Callum Reid wrote:\nThe glass company is chasing me for a bill you should have paid.', role: 'support' },
      { body: "Hi Bronwyn,\n\nI'm sorry. From Monday, parcels with a refrigeration label can't be marked 'left in safe place' on our scanners.", quoted: 'On Tue, Bronwyn Tate wrote:\nYour driver left my refrigerated parcel on the step in the heat.', role: 'support' },
      { body: 'Dear Ms Hofer,\n\nI am sorry for the leaking seals. Since 18 March we test the hardness of every incoming seal batch before it goes to stock.', quoted: 'On Tue, Katrin Hofer wrote:\nThe seal kit is leaking again after six weeks.', role: 'support' },
      { body: "Hi Tom,\n\nThree missing bags in a month is not OK, and I'm sorry. I've moved every subscriber in your postcode off Parcelway from next week's dispatch.", quoted: 'On Tue, Tom Whitaker wrote:\nThe coffee went missing again, third time this month.', role: 'support' },
      // Regret at their leaving is no apology for a fault.
      { body: "Hi Becky,\n\nSorry to see you go! Your membership ends on 3 July, after your final payment on 1 July.", role: 'support', quoted: "I've had knee surgery and can't train for six months, so please cancel my membership. Can you confirm the date of my final payment?" },
      // Sympathy for what happened to them, not a fault of ours.
      { body: "Dear Mr Shah,\n\nWe are sorry to hear about your surgery and wish you a speedy recovery. Your policy is paused until 1 June, as you asked.", role: 'support', quoted: 'I had surgery last week. Please pause my policy until June; the premium was taken late again.' },
      // The rule made for every case, the cause fixed in our code, what can no longer happen (support replies written blind).
      { body: "Hi Ravi,\n\nYour loan payment was taken twice on 5 June; that was our error, and I'm sorry. I have reversed the second payment today. From this cycle, every payment file is matched against the previous run before it is released.", role: 'support' },
      { body: "Hi Ravi,\n\nWe charged you for a paused box, and I'm sorry: that was our bug. The £40 is back on your card today. Our developers fixed that bug yesterday.", role: 'support' },
      { body: "Hi Ravi,\n\nWe charged you twice by mistake, sorry. I've refunded the second charge today, and we've fixed the retry so it checks for a successful payment first.", role: 'support' },
      { body: "Hi Ravi,\n\nThe courier left your parcel at the wrong door, and I'm sorry. A replacement went out today, and deliveries to you now need a signature, so a parcel to your address can't be left at a door again.", role: 'support' },
      // A change dated forward, for every case ("starting today every box gets weighed"), or under its own heading.
      { body: "Hi Priya,\n\nWe sent you the wrong size, a 5 kg bag for a 10 kg one, and I'm sorry. A 10 kg bag went out this morning. Starting today every box gets weighed against the order before it is sealed.", role: 'support' },
      { body: "Hi Tom,\n\nYour 10.15 slot was given to another patient by mistake, and I'm sorry.\n\nWhat changes: from Monday, our booking system refuses any booking placed over an existing one.", role: 'support' },
      // What changes for every customer, said as "so that nobody … again".
      { body: "Dear Mr Ellison,\n\nI apologise: your claim sat for three weeks without an update, and that should not have happened. I have asked our claims team to send a status update to every customer whose claim is waiting on a document, so that nobody is left without news again.", quoted: "On Tue, Gareth Ellison wrote:\nI filed a claim three weeks ago and haven't heard anything.", role: 'support' },
      // The formula for bad news is no apology for a fault.
      { body: "Hi Aoife,\n\nI'm sorry to have to tell you that your message could not be delivered because of a problem with the address. Please check it and send it again.", role: 'support' },
      // A fix to the product that ships is what stops it happening again.
      { body: "Hi Aisha,\n\nYes, it's a known issue with version 4.2 and we're sorry for the trouble. Our engineers have a fix ready and it ships in 4.2.1 this Friday. I'll email you when the update is live.", role: 'support' },
      // What changes, in other words: "We've also changed the retry rule", "so a timed-out payment is checked first".
      { body: "Hi Rachel,\n\nI'm sorry about the double charge on your March invoice. I've refunded the second charge today. We've also changed the retry rule so a timed-out payment is checked with the bank before it runs again.", quoted: 'On Mon, 30 Nov 2026, Rachel Kim <rachel@example.org> wrote:\nWe were charged twice for March. Can you refund the second charge?', role: 'support' },
      { body: "Hi Rachel,\n\nI'm sorry about the double charge on your March invoice. I've refunded the second charge today, and moved your account to the new billing run so every retry is verified with the bank.", quoted: 'On Mon, 30 Nov 2026, Rachel Kim <rachel@example.org> wrote:\nWe were charged twice for March. Can you refund the second charge?', role: 'support' },
      // Planned work announced ahead is no mistake to prevent.
      { body: 'Hi Zoe,\n\nThe billing system is scheduled to be down for its monthly backup from 5 pm on Friday until Monday at 7 am. We apologize for any inconvenience this outage may cause. The help desk is on 555-0101 all weekend.', role: 'account' },
      // Regret for how things fell out owns no fault; asking again is about a reply, not a fault come back.
      { body: "Hi Callum,\n\nI'm sorry the new date doesn't work for you. I've listed both tickets on our resale page this morning.", quoted: "On Mon, 6 Nov 2026, Callum Reid <callum@example.org> wrote:\nThe gig has been moved to February and I can't make it. Can I get my money back?", role: 'support' },
      { body: "Hi Ken,\n\nThe export stops at 10,000 rows; I've run the other 16,000 for you and attached them.", quoted: "On Mon, 6 Nov 2026, Ken Wade <ken@example.org> wrote:\nThis is the third time I'm asking. The export cuts off at 10,000 rows.", role: 'support' },
      { body: "Hi Wei Ling,\n\nThat's our error, and I've reversed the $95 fee today. We've since changed how phone cancellations are logged.", quoted: "On Mon, 6 Nov 2026, Wei Ling <wl@example.org> wrote:\nI was charged for a missed appointment I had cancelled.", role: 'support' },
      // A non-apology that owns no fault is its own hint (non-apology), not a missing prevention.
      { body: "Hi Zoe,\n\nI'm sorry you were unhappy with the delivery time. Friday evenings are our busiest hours, and the times shown are estimates.", quoted: 'On Mon, 23 Nov 2026, Zoe Lind <zoe@fabrikam.example> wrote:\nMy order arrived an hour late and the food was cold. Nobody answered the phone.', role: 'support' },
      // What changes, after "to stop this happening again": the job that failed now runs another way.
      { body: "Hi Ahmed,\n\nYes, it's on our side: a key rotation job revoked active keys by mistake at 08:55. We restored all keys at 10:12. To stop this happening again, the rotation job now runs against a test copy first and needs a second engineer's sign-off. I'm sorry it hit on your launch day.", quoted: 'On Mon, 7 Dec 2026, Ahmed Rahimi wrote:\nOur API keys stopped working at 9am. Is this on your side?', role: 'support' },
      // How the work is done from now on: "from this month the billing system only bills a site on its own contract".
      { body: "Hi Priya,\n\nYou're right that the November invoice double-counted the Leeds site. That's our mistake. I've issued a credit note for £2,340 today, and from this month the billing system only bills a site on the contract it is linked to.", quoted: 'On Mon, 7 Dec 2026, Priya Nair wrote:\nOur November invoice charged us twice for the Leeds site. Can you fix this?', role: 'account' },
      // A safeguard added, named by what it is.
      { body: "Hi Ahmed,\n\nI'm sorry our check let this through. I've added a SIM-swap lock to your number, so any SIM change now needs you in a store with photo ID.", quoted: 'On Mon, 6 Nov 2026, Ahmed Noor <ahmed@example.org> wrote:\nSomeone moved my number to a new SIM last night. How did this happen?', role: 'support' },
      // A review of how the work is done is a prevention in other words.
      { body: "Hi Zoe,\n\nI'm sorry your order was late; our driver rota was short on Friday. I've refunded it today, and we're reviewing how the Friday rota is planned.", quoted: 'On Mon, 23 Nov 2026, Zoe Lind <zoe@fabrikam.example> wrote:\nMy order arrived an hour late and the food was cold. Nobody answered the phone.', role: 'support' },
      { body: "Hi Zoe,\n\nI'm sorry we charged you twice for March. I have refunded the $40 today, and we've added a check to billing so it doesn't happen again.", role: 'support' },
      { body: "Hi Zoe,\n\nI'm sorry to hear you are leaving the company. I will send the handover notes by Friday.", role: 'support' },
      // Prevention in other words: what the team now does.
      { body: "Hi Zoe,\n\nI'm sorry: 8 cases were left off the pallet by mistake. They go out on tomorrow's van, and our pickers now scan every case before a pallet is wrapped.", role: 'account' },
      // A slow reply needs no process.
      { body: "Hi Zoe,\n\nSorry for the delay in getting back to you. The mistake in the draft contract is fixed in the attached copy.", role: 'account' },
      // What changes, in the writer's words; sympathy is no apology for a mistake.
      { body: "Hi Zoe,\n\nSorry about Friday. I've refunded the whole order, and from this weekend we're capping orders at what the drivers on shift can carry.", quoted: 'On Mon, 23 Nov 2026, Zoe Lind <zoe@fabrikam.example> wrote:\nMy order arrived an hour late and the food was cold. Nobody answered the phone.', role: 'support' },
      { body: "Hi Zoe,\n\nSorry to hear about your father. I've moved your booking to June at no cost.", quoted: 'On Mon, 23 Nov 2026, Zoe Lind <zoe@fabrikam.example> wrote:\nMy father is in hospital and I can\'t make the class. Can I move it?', role: 'support' },
      // A standing change said with "now" (round 37's blind emails), and what warns us next time.
      { body: "Hi Jonas,\n\nYesterday your checkout could not take cards for 95 minutes. The cause was ours: a certificate on our gateway expired. Certificates now renew automatically 30 days before expiry. I'm sorry we let your customers down.", role: 'account' },
      { body: "Hi Jonas,\n\nThe cause was ours: a certificate on our gateway expired. I'm sorry. An alert now goes to our on-call engineer if a renewal fails.", role: 'account' },
      // Sorry for being slow to send, or for a muddled note: no fault of the service to prevent (round 46's corpus).
      { body: "Brant,\n\nAttached is the redlined guaranty with the changes we agreed. We still need Hess' address for the notice section. Sorry about the delay.", role: 'account' },
      { body: "Hi all,\n\nMy apologies for any confusion from my e-mail yesterday: the legal revisions are due on Friday 6 August, not today. I will ask Taffy to set up a meeting for Monday at 10am.", role: 'account' },
      // Sorry for the time it took us to send something, or for the late notice of a date, is no fault to prevent (round 48).
      { body: "Hi Dana,\n\nSorry for the delay in getting this information to you, but the dates were only fixed this morning. The new dates are 3 and 4 March at the Hyatt.", role: 'account' },
      { body: 'Hi all,\n\nThe mail servers will be down on Saturday from 6 to 9 am for an upgrade. We apologize for the late notice and appreciate your patience.', role: 'support' },
    ],
  },
};
export default rule;
