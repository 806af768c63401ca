import { PRESSURE } from '../lexicon/phrases';
import { phraseRule, q } from '../phrase-rule';
import type { Rule } from '../rule';

/**
 * More contact or a sale pressed on someone who said no ("I'll check back in the new year", "Before you go… if you
 * sign now", "Can we jump on a call tomorrow?"): after "please take me off your list", any of it pushes.
 */
const PUSHES_ON = /\b(?:check (?:back|in) (?:with you )?(?:in|next|after|again|later)|follow (?:up|back) (?:with you )?(?:in|next|after|again|later)|circle back|reach out again|be in touch again|touch base (?:again|in|next)|before you go|(?:jump|hop|get) on a (?:quick )?call|sign (?:up )?(?:now|today|this week)|lock in|one more (?:thing|offer)|change your mind|reconsider)\b/i;

const listed = phraseRule({
  id: 'pressure',
  kind: 'pressure',
  title: 'Pressure and dollar signs',
  flags: 'Sales pressure: "act now", "limited time offer", "before the discount expires", "last chance"; and more contact or a sale pressed on someone who has said no ("I\'ll check back in the new year" after "please take me off your list").',
  why: 'Urgency you made up shows "dollar signs in your eyeballs" (seed 000) and tells the customer the deal matters more than their decision.',
  severity: 'risk',
  phrases: PRESSURE,
  penalty: 45,
  message: (m) => `${q(m.text)} pressures the customer.`,
  suggestion: 'Give them a real reason and room to decide: "The current price holds for orders placed before 1 March, if that timing suits your budget."',
  examples: {
    flag: [
      // A price held to a day, then going up (round 32 blind emails).
      "Hi Ana,\n\nOur price is our price, but I can hold it till Friday, after that the supplier's increase kicks in and it goes up £900. What does your kitchen need most?",
      // The price named before its deadline; a threat to make them pay now (seventeenth blind round).
      "Dear Mr Okafor,\n\nOur introductory price of N18.5 million is only valid till 31 March. How do you keep the produce cool today?",
      { body: "Dear Sunil,\n\nKindly clear the outstanding immediately to avoid suspension of supplies. I will call you at 4pm today.", role: 'account' },
      { body: "Hi Paul,\n\nIf you re-sign by 30 June I can hold your rate. After that date the offer's gone. I will call you at 4pm today.", role: 'account' },
      { body: "Hi Paul,\n\nKindly confirm your acceptance within 7 days, failing which deployment shall be reviewed. I will call you at 4pm today.", role: 'account' },
      // Scarcity: spots that will be gone, a handful left.
      "Hi Rae,\n\nWe only have a handful of spots left in this cohort. Want me to hold one for you before they're gone?",
      // Slots that vanish, a price about to go up.
      "yo Dana!\n\nI'm only opening 5 design-partner slots this month before we jack the price. Let me know by Thursday, after that they're gone.",
      "Dear Mr Lambton,\n\nAfter the summer review, I cannot hold today's rates. Might I call on Thursday at 11?",
      // Scarcity, fear of waiting, a discount to lock in.
      "Hi Dana,\n\nI'm holding two implementation slots for April; after that the queue runs into autumn. How do you plan loads today?",
      'Hi Dana,\n\nFrankly, the ones who waited are the ones who called us in a panic later. How do you plan loads today?',
      { body: "Hi Hugo,\n\nIf you upgrade before the end of the month you'll lock in 30% off, so grab it while the offer's still on the table. I will call you at 3pm today.", role: 'support' },
      // Guilt and fear of being left out.
      "Hi Dana,\n\nI've reached out a few times now and haven't heard back. I'm guessing you're either too busy or not interested. Should I close your file?",
      "Hi Dana,\n\nYour competitors already use us to close the books in half the time. You don't want to be left behind.",
      // Scarcity and a deadline in an invitation's words.
      'Hi Rae,\n\nInterest in the session has been great and seats are limited, so register today! What does payroll cost you today?',
      // Scarcity and a deadline in the corpus's offers (fifteenth blind round): "Space is limited.", "ORDER within the next 48 hours".
      'Hi Rae,\n\nThe reception starts at 6 pm at the Houston Club. Space is limited. What does payroll cost you today?',
      'Hi Rae,\n\nOrder within the next 48 hours and we will include a second licence free. What does payroll cost you today?',
      'Hi Rae,\n\nThe conference hotel is filling up very quickly. What does payroll cost you today?',
      { body: "Hi Ana,\n\nThis rate only holds until Friday, so I'd decide quickly. Which plan fits your team?", role: 'prospecting' },
      'Hi Bo,\n\nAct now to lock in 20% off. Which team would use it first?',
      'Hi Bo,\n\nThis is a limited time offer, so sign before the discount expires. Which team would use it first?',
      // A deadline or a scarcity in other words: pricing that ends, slots that go, a rival met first.
      'Hi Ola,\n\nJust a reminder that the launch pricing ends this weekend. What matters most to your team this quarter?',
      'Hi Ola,\n\nOnly two install slots are left before Christmas. What matters most to your team this quarter?',
      "Hi Ola,\n\nIf the PO isn't raised this week, your go-live slot goes to the next customer. What matters most to your team this quarter?",
      "Hi Ola,\n\nI've got a meeting with one of your competitors on Thursday, so I'd love to lock you in first. What matters most to your team this quarter?",
      'Hi Ola,\n\nUpgrade in the next 24 hours for 20% off. What matters most to your team this quarter?',
      // More contact pressed on someone who said no.
      { body: "Hi Laura,\n\nNo problem at all, and thanks for letting me know. I'll check back in the new year in case things change.\n\nSam", quoted: "On Mon, 7 Dec 2026, Laura Chen wrote:\nWe've decided to stay with our current vendor for now. Please take me off your list.", role: 'prospecting' },
      { body: "Hi Laura,\n\nI understand. Before you go, can we jump on a quick call tomorrow? I think you'll see the difference.\n\nSam", quoted: "On Mon, 7 Dec 2026, Laura Chen wrote:\nWe've decided to stay with our current vendor for now. Please take me off your list.", role: 'prospecting' },
      "Hi Ada,\n\nPlease confirm your December date early to avoid disappointment.",
      "Hi Ada,\n\nRaw material prices are rising, so please confirm your spring order before end of this month to keep the old price.",
      "Hi Ada,\n\nTo secure the current rates, we would need the signed renewal back by Friday 29th.",
      "Hi Ada,\n\nWe're taking on two more trusts for the pilot and the places usually go by the end of June.",
      // Said in fresh words (a thirty-fifth round of blind emails).
      "Hi Ana,\n\nI've only got capacity to take on two new logistics clients this month. Could we talk on Thursday at 10am?",
      "Hi Ana,\n\nOne of those slots has gone already. Could we talk on Thursday at 10am?",
      { body: "Hi Ana,\n\nHonestly, quotes like this don't hang around. I will call you at 3pm today.", role: 'account' },
      // Said in fresh words (a thirty-sixth round of blind emails).
      "Hi Ana,\n\nNew partners get 20% off this month, so do not miss this opportunity. Could we talk on Thursday at 10am?",
      "Hi Ana,\n\nI'd hate to see you miss the boat on this. Could we talk on Thursday at 10am?",
      { body: "Hi Ana,\n\nThe upgrade is only $9 per vehicle per month if you sign before 30 June. I will call you at 3pm today.", role: 'account' },
      // A deadline's discount, then the nudge (round 38).
      'Hi Rae,\n\nWe have a 15% discount for trusts that sign before 31 March, so it may be worth moving sooner rather than later. How do you plan rotas today?',
      // The clock said to run out, and the bet said to be free (round 39's corpus emails).
      'Hi Rae,\n\nTime is running very short to register for the summit. How do you plan training for your engineers today?',
      'Hi Rae,\n\nYou have nothing to lose and everything to gain by calling us. How do you collect overdue judgments today?',
    ],
    pass: [
      // Kept until a day, then posted back: no price that runs out.
      { body: "Hi Ana,\n\nI'll keep it until Friday, then post it back to you. I will call you at 3pm today.", role: 'support' },
      // A price with its term, no deadline; a step that avoids trouble for them, not a threat.
      { body: "Dear Sunil,\n\nThe price of N18.5 million is valid for the whole contract. I will call you at 4pm today.", role: 'account' },
      { body: "Dear Sunil,\n\nI have paused the reminder letters today to avoid confusion while we fix the GST number. I will call you at 4pm today.", role: 'account' },
      { body: "Hi Paul,\n\nYour rate stays the same after the renewal. I will call you at 4pm today.", role: 'account' },
      // People who will be gone are no scarcity.
      "Hi Rae,\n\nCould we meet on Monday, before your auditors are gone for the holidays? I can bring the draft plan.",
      // Holding a slot they asked for is service, not pressure.
      "Hi Dana,\n\nAs you asked, I've held your usual Tuesday delivery slot in January. How do you plan loads today?",
      // Closing the loop politely, with no guilt put on them.
      "Hi Dana,\n\nIf approvals aren't on your plate this quarter, no problem: I won't follow up again.",
      // The no respected: what they asked for, done.
      { body: "Hi Laura,\n\nUnderstood, and thanks for telling me straight. I've taken you off our list today, and you won't hear from me again.\n\nSam", quoted: "On Mon, 7 Dec 2026, Laura Chen wrote:\nWe've decided to stay with our current vendor for now. Please take me off your list.", role: 'prospecting' },
      // A follow-up they asked for is no push.
      { body: "Hi Laura,\n\nThanks for the quick reply. I'll check back in March, when you said the budget opens, with the pricing for 40 seats.\n\nSam", quoted: 'On Mon, 7 Dec 2026, Laura Chen wrote:\nThe budget for next year opens in March. Can you check back then with pricing for 40 seats?', role: 'prospecting' },
      // Our own promptness, and a noun, are no pressure.
      'Hi Rae,\n\nSend me your questions and I will respond immediately. They did not sign an order today, so what does payroll cost you?',
      { body: "Hi Ana,\n\nThere is no deadline on this: your current price stays until your renewal in June. Which plan fits your team?", role: 'prospecting' },
      'Hi Bo,\n\nThe current price holds for orders placed before 1 March. Which team would use it first?',
      // The space they have, and a reply promised within hours by us, are no squeeze.
      'Hi Bo,\n\nDisk space is limited on the old server, so we moved the archive. Which team would use it first?',
      'Hi Bo,\n\nWe will reply within the next 24 hours with the figures. Which team would use it first?',
      // A real date that is no squeeze: a third party's deadline explained, someone away for a while.
      'Hi Ola,\n\nThe state rebate closes on 15 August, so the application has to be in before then if you want it. What matters most to your team this quarter?',
      'Hi Ola,\n\nAs he is travelling for the next 10 days, I have passed your note to his deputy. What matters most to your team this quarter?',
      // A price held with its date, said as a fact, is no clock run against them.
      "Hi Ada,\n\nYour current price is held until 14 May, and the new list is attached.",
      // Their own rate, held with its date and no clock run on them.
      "Hi Ada,\n\nYour current rates stay as they are until your renewal on 1 March.",
      "Hi Ada,\n\nThe pilot places are open to any trust, whenever suits you.",
      // Look-alikes that are not (a thirty-fifth round of blind emails).
      { body: "Hi Ana,\n\nWe only have room for two people in the van, so could you tell me who is coming? I will call you at 3pm today.", role: 'account' },
      // Look-alikes that are not (a thirty-sixth round of blind emails).
      { body: "Hi Ana,\n\nIf you sign before 30 June, the price is the same as after: $9 per vehicle. I will call you at 3pm today.", role: 'account' },
      // Sooner rather than later of what we will do is no pressure on them.
      { body: "Hi Rae,\n\nI'd rather fix the export sooner rather than later, so I'll ship the patch on Tuesday at 10 am.", role: 'support' },
      // Their time said short is no clock we set.
      'Hi Rae,\n\nI know time is short for your team before the audit. How do you plan the evidence pack today?',
    ],
  },
});

const rule: Rule = {
  ...listed,
  // The listed phrases sentence by sentence; and, after a "no" in their message, any push for more contact or a sale.
  document(doc) {
    const found = doc.found(listed.id);
    if (!doc.quotedDeclines) return found;
    const s = doc.sentences.find((x) => x.start >= (doc.greeting?.end ?? 0) && PUSHES_ON.test(x.text) && !found.some((f) => f.start < x.end && f.end > x.start));
    if (!s) return found;
    return [...found, {
      // Worse than pressure in general: they asked for one thing, and this does the opposite.
      start: s.start, end: s.end, penalty: 70,
      message: `They said no, and ${q(s.text, 80)} keeps pushing.`,
      suggestion: 'Respect the no: confirm what they asked for ("I\'ve taken you off our list today") and leave the door open only if they want it.',
    }];
  },
};
export default rule;
