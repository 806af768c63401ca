import { CHALLENGES } from '../lexicon/phrases';
import { phraseRule, q, withReading } from '../phrase-rule';
import { putsDownCustomer } from '../customer-stance';

const listed = phraseRule({
  id: 'challenge-customer',
  kind: 'challenge-customer',
  title: 'Challenging the customer',
  flags: 'Dares and put-downs: "challenge me to defend it", "what do you have to lose", "if you\'re serious about…".',
  why: 'Challenging the customer puts them on the defensive (seed 002: "challenge me to defend it"); trust grows when they feel understood, not tested.',
  severity: 'risk',
  phrases: CHALLENGES,
  penalty: 45,
  message: (m) => `${q(m.text)} challenges the customer.`,
  suggestion: 'Invite them instead: "If any of this misses what you need, tell me and I\'ll rework it."',
  examples: {
    flag: [
      // Their silence read back to them as not caring (round 33 blind emails).
      "Hi Ana,\n\nI've emailed you three times now and haven't heard back, so I'll assume it's not a priority for you right now. Could we talk on Thursday at 10am?",
      // What anyone in the trade would know, and "as we've explained more than once" (round 32 blind emails).
      { body: "Hi Ana,\n\nTo be honest with you, anyone who's fitted a kitchen could tell you those units have had it. Could we talk on Thursday at 10am?", role: 'prospecting' },
      { body: 'Hi Ana,\n\nAs we have explained to your front desk more than once, the PCs need a restart after each update. I will call you at 3pm today.', role: 'support' },
      // Told to read the help centre before writing in, and their choice called a waste (a twentieth round of blind emails).
      { body: 'Hi Ana,\n\nThis is described in our help centre, which we recommend reading before opening a ticket. I will call you at 3pm today.', role: 'support' },
      { body: "Hi Ana,\n\nIf you're still running your own printers in-house, you are throwing money away. Could we talk on Thursday at 10am?", role: 'prospecting' },
      // Put-downs in other registers: the reader's skill doubted, the person who signed the deal doubted, "nobody did complain".
      { body: 'Dear Laura,\n\nThe findings are quite clear for any experienced security person. I will call you at 3pm today.', role: 'account' },
      "Dear Mr Lambton,\n\nI would gently suggest that whoever negotiated that term may not have seen what the market now offers. Might I call on Thursday?",
      { body: 'Dear Laura,\n\nWe use the same method for all our banking clients and nobody did complain before. I will call you at 3pm today.', role: 'account' },
      // Doubting the reader, politely.
      "Hello Mr Haldane,\n\nI'd be curious whether you could even tell me your empty-mile percentage without asking someone. How do you plan loads today?",
      "Hello Mr Haldane,\n\nI suspect nobody on your team has looked closely at what that costs. How do you plan loads today?",
      // Nobody else has had it: the customer's report doubted.
      { body: 'Hi Aisha,\n\nWe have not received any other reports of this. I will call you at 3pm today.', role: 'support' },
      { body: "Hi Aisha,\n\nWe haven't had any similar complaints. I will call you at 3pm today.", role: 'support' },
      { body: 'Hi Aisha,\n\nNo other customer has reported this. I will call you at 3pm today.', role: 'support' },
      { body: "Hi Ana,\n\nIf you'd bothered to read the confirmation, you would know breakfast is extra. I will call you tomorrow at 9am.", role: 'support' },
      // Other words for "nobody else complains", sarcasm, "if you read it", calling the complaint absurd.
      { body: "Hi Ana,\n\nIn fifteen years of business, we've never had a single complaint about this. I will call you tomorrow at 9am.", role: 'support' },
      { body: "Hi Ana,\n\nWe've been installing these boilers for 15 years and never had a complaint about this model. I will call you tomorrow at 9am.", role: 'support' },
      { body: 'Hi Ana,\n\nYou are the only customer who has reported this. I will call you tomorrow at 9am.', role: 'support' },
      { body: 'Hi Ana,\n\nThank you for your insightful contribution to our support queue. I will call you tomorrow at 9am.', role: 'support' },
      { body: 'Hi Ana,\n\nThe instructions are perfectly clear if you take the time to read them. I will call you tomorrow at 9am.', role: 'support' },
      { body: 'Hi Ana,\n\nThis is a ridiculous accusation. I will call you tomorrow at 9am.', role: 'support' },
      { body: 'Hi Ana,\n\nHave you tried turning the oven off and on again? I will call you tomorrow at 9am.', role: 'support' },
      { body: 'Hi Ana,\n\nThe new widget has been very well received by most of our clients. I will call you tomorrow at 9am.', role: 'account' },
      'Hi Ola,\n\nRead our proposal and challenge me to defend it. What matters most to your team?',
      "Hi Ola,\n\nIf you're serious about growth, you'll take this call. What matters most to your team?",
      // Put-downs and sarcasm in a reply.
      { body: 'Hi Ola,\n\nYou are clearly confused about which plan you bought. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Ola,\n\nAs any reasonable customer would understand, the sale price ended on Sunday. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Ola,\n\nNo other client has ever complained about the app. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Ola,\n\nThanks for the lecture on customer service. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Ola,\n\nThis demand for a full refund is ridiculous. I will call you at 4pm today.', role: 'support' },
      // Pointing at what they should have read, unrealistic expectations, "no offence, but", not caring about the loss.
      { body: 'Hi Ola,\n\nAs plainly set out in your order form, delivery is charged per box. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Ola,\n\nAs I said on the phone twice, the licence is per seat. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Ola,\n\nYour expectation of a same-day fix was frankly unrealistic. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Ola,\n\nI honestly wonder how you overlooked the renewal notice. I will call you at 4pm today.', role: 'support' },
      'Hi Ola,\n\nNo offence, but your checkout page is slow. What matters most to your team this quarter?',
      { body: 'Hi Ola,\n\nLosing the order is no great loss to us. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Ola,\n\nHundreds of other customers manage the upgrade without any help. I will call you at 4pm today.', role: 'support' },
      // Others cope, it is easy, you misread: the fault put on them.
      { body: 'Hi Ola,\n\nMost of our users set this up on their own without opening a ticket. I will call you at 4pm today.', role: 'support' },
      { body: "Hi Ola,\n\nIt's really not complicated: export the file in two parts. I will call you at 4pm today.", role: 'support' },
      { body: "Hi Ola,\n\nIt's possible you didn't see the reminder we sent. I will call you at 4pm today.", role: 'support' },
      { body: "Hi Ola,\n\nI'm sorry you misread my colleague's note. I will call you at 4pm today.", role: 'support' },
      { body: "Hi Ola,\n\nI'm not sure what you were expecting at that price. I will call you at 4pm today.", role: 'support' },
      'Hi Ola,\n\nIf you\'re happy losing bookings to the hotel next door, ignore this. What matters most to your team this quarter?',
      "Hi Ola,\n\nI've emailed you four times now without a reply. What matters most to your team this quarter?",
      // Read from the sentence's shape (customer-stance.ts): a misreading guessed, their account doubted, our records held
      // against them, talking down, sending them away.
      { body: 'Hi Ola,\n\nYou must have overlooked the second page of the order form. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Ola,\n\nYou seem to think the discount applies to every order. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Ola,\n\nContrary to what you say, the driver knocked twice. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Ola,\n\nThat is simply not true: our agent stayed polite throughout. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Ola,\n\nOur call recordings clearly show the cancellation was never requested. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Ola,\n\nWe are satisfied that the late fee was correct. I will call you at 4pm today.', role: 'support' },
      { body: "Hi Ola,\n\nSurely you understand that we can't refund a used item. I will call you at 4pm today.", role: 'support' },
      { body: 'Hi Ola,\n\nThere was some confusion on your part about the price. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Ola,\n\nYou might be happier with a cheaper provider. I will call you at 4pm today.', role: 'support' },
      "Hi Ola,\n\nSince you've gone quiet, I'll close your file. What matters most to your team this quarter?",
      // What they would know had they read it; saying it again, slowly; sarcastic thanks; their business run down;
      // silence held against them; their account waved away; their competence doubted.
      { body: 'Hi Ola,\n\nHad you opened the booking email, you would know parking is extra. I will call you at 4pm today.', role: 'support' },
      { body: "Hi Ola,\n\nThe guide is attached, which I'd encourage you to actually read. I will call you at 4pm today.", role: 'support' },
      { body: "Hi Ola,\n\nAs I've now explained three times, the setup fee is not refundable. I will call you at 4pm today.", role: 'support' },
      { body: 'Hi Ola,\n\nLet me go through it one more time, a little more slowly. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Ola,\n\nThanks for the essay; I will reply to the parts that matter. I will call you at 4pm today.', role: 'support' },
      "Hi Ola,\n\nGreat to see you've finally opened one of my emails. What matters most to your team this quarter?",
      "Hi Ola,\n\nMost clinics sorted this out years ago. What matters most to your team this quarter?",
      "Hi Ola,\n\nI'm surprised a business your size still books rooms on paper. What matters most to your team this quarter?",
      "Hi Ola,\n\nI'll take your silence as a sign that saving money isn't a priority. What matters most to your team this quarter?",
      { body: 'Hi Ola,\n\nYour complaint is, quite honestly, a bit over the top for a short delay. I will call you at 4pm today.', role: 'support' },
      { body: "Hi Ola,\n\nI'm afraid the facts simply don't support your version of events. I will call you at 4pm today.", role: 'support' },
      { body: "Hi Ola,\n\nTrust me, I've done this for twenty years and I know what I'm talking about. I will call you at 4pm today.", role: 'support' },
      { body: "Hi Ola,\n\nI appreciate you may not be very technical, so I'll keep this basic. I will call you at 4pm today.", role: 'support' },
      { body: "Hi Ola,\n\nIt's a kettle, not rocket science. I will call you at 4pm today.", role: 'support' },
      { body: "Hi Ola,\n\nI'm not sure which part of 'final sale' was unclear. I will call you at 4pm today.", role: 'support' },
      { body: "Hi Ola,\n\nWith the greatest respect, our couriers don't leave parcels in bins. I will call you at 4pm today.", role: 'support' },
      { body: "Hello,\n\nThis happens often with users who don't read the guide. I will call you at 4pm today.", role: 'support' },
      { body: 'Hi Ola,\n\nWe had over 300 events last year and such issues are extremely rare. I will call you at 4pm today.', role: 'account' },
      { body: 'Hi Ola,\n\nThe vast majority of our merchants had their best day ever on Black Friday. I will call you at 4pm today.', role: 'support' },
      // Said in fresh words (a thirty-fifth round of blind emails).
      { body: "Hi Ana,\n\nIt is difficult for us to accept the damage as having happened in transit. I will call you at 3pm today.", role: 'support' },
      { body: "Hi Ana,\n\nAs I think I've explained before, lead times are estimates. I will call you at 3pm today.", role: 'account' },
      { body: "Hi Ana,\n\nYour website is letting you down badly compared to the other practices in your area. Could we talk on Thursday at 10am?", role: 'prospecting' },
      // Said in fresh words (a thirty-sixth round of blind emails).
      { body: "Hi Ana,\n\nI would have expected these conditions to be familiar to an HR professional. I will call you at 3pm today.", role: 'account' },
      { body: "Hi Ana,\n\nMost of our wholesale partners understand that single-estate tea costs more. I will call you at 3pm today.", role: 'account' },
      { body: "Hi Ana,\n\nOur response times have never once been called into question. I will call you at 3pm today.", role: 'support' },
      { body: "Hi Ana,\n\nWith 4 of 60 licences active, you're essentially paying for shelfware. I will call you at 3pm today.", role: 'account' },
    ],
    pass: [
      // Anyone who wrote to them is no one doubted.
      { body: "Hi Ana,\n\nAnyone who wrote to you this morning should have had a bounce; if someone says they didn't, send me their address and I'll trace it by 3pm today.", role: 'support' },
      // Advice to read, with no ticket to hold back; money saved, not thrown away.
      { body: 'Hi Ana,\n\nI recommend reading the setup guide before the training on Tuesday. I will call you at 3pm today.', role: 'support' },
      { body: "Hi Ana,\n\nOn the annual plan you're saving money every month. I will call you at 3pm today.", role: 'account' },
      // Our own rare failure, owned: no put-down.
      { body: "Hi Ana,\n\nWe've never had this happen with a delivery before, and I'm sorry it happened to you. I will call you tomorrow at 9am.", role: 'support' },
      // The customer's misreading denied is the fault owned.
      { body: "Hi Chloe,\n\nWe gave your slot to someone else. That was our mistake, not a misunderstanding on your part. I have booked you in for 8.45 tomorrow.", role: 'support' },
      // Clear for them, said kindly, is no put-down.
      { body: "Dear Laura,\n\nI've added a plain-language step for each of the 14 findings so they're clear for your auditors too. I will call you at 3pm today.", role: 'account' },
      // Asking for the figure plainly is no put-down.
      "Hello Mr Haldane,\n\nCould you tell me roughly what share of your miles run empty today? It would help me size this properly.",
      // The same fact leading on to the fix, and a form not yet received.
      { body: "Hi Aisha,\n\nWe haven't had other reports, so I've asked our engineer to check your account; I will call you at 3pm today.", role: 'support' },
      { body: 'Hi Aisha,\n\nWe have not received your form yet. I will call you at 3pm today.', role: 'support' },
      { body: "Hi Ana,\n\nThe confirmation should have said plainly that breakfast is extra; I've refunded it. I will call you tomorrow at 9am.", role: 'support' },
      // A track record that runs nobody down, no other report said to ask for more, the instructions offered.
      { body: 'Hi Ana,\n\nIn 22 years of trading we have never once missed a delivery date. I will call you tomorrow at 9am.', role: 'account' },
      { body: "Hi Ana,\n\nWe've had no other reports of this, so I'd like to look at your account directly. I will call you tomorrow at 9am.", role: 'support' },
      { body: "Hi Ana,\n\nThe instructions are on page 4; I've also attached a two-minute video. I will call you tomorrow at 9am.", role: 'support' },
      { body: 'Hi Ana,\n\nIf E42 comes back before Marta arrives, switching the oven off and on again clears it. I will call you tomorrow at 9am.', role: 'support' },
      "Hi Ola,\n\nIf any of the proposal misses what you need, tell me and I'll rework it. What matters most to your team?",
      // The writer's own errors, the customer proved right, an outrageous wait owned.
      { body: "Hi Ola,\n\nYou're right and I was mistaken about the dates. I will call you at 4pm today.", role: 'support' },
      { body: 'Hi Ola,\n\nA four-hour wait on hold is ridiculous, and I am sorry. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Ola,\n\nThanks for your helpful suggestion about the export. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Ola,\n\nYou are not wrong to expect the refund today. I will call you at 4pm today.', role: 'support' },
      // Pointing at a document to help, owning a short answer, respect without a put-down.
      { body: 'Hi Ola,\n\nAs set out in section 4 of your contract, you can cancel at any time. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Ola,\n\nMy first answer was not good enough for you, and I am sorry. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Ola,\n\nWith respect to your question about seats, the licence is per user. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Ola,\n\nAs I mentioned on Tuesday, the invoice is attached. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Ola,\n\nYour expectations were clear and we missed them. I will call you at 4pm today.', role: 'support' },
      // Reassurance, not a shrug; our guide and our misreading.
      { body: "Hi Ola,\n\nIt's not complicated to switch, and I'll do it for you. I will call you at 4pm today.", role: 'support' },
      { body: 'Hi Ola,\n\nI followed the guide you sent and it worked. I will call you at 4pm today.', role: 'support' },
      { body: "Hi Ola,\n\nI'm sorry I misread your first email. I will call you at 4pm today.", role: 'support' },
      { body: 'Hi Ola,\n\nMost of our users start with the free plan. I will call you at 4pm today.', role: 'support' },
      // The writer's own misreading, a condition, a nudge, a correction without a verdict, our records as information.
      { body: "Hi Ola,\n\nI must have misread your first email, and I'm sorry. I will call you at 4pm today.", role: 'support' },
      { body: 'Hi Ola,\n\nIf you missed the reminder, here it is again. I will call you at 4pm today.', role: 'support' },
      'Hi Ola,\n\nYou may have missed my email last week, so here is the short version. What matters most to your team this quarter?',
      { body: "Hi Ola,\n\nThat's not the case: your data stays in the EU. I will call you at 4pm today.", role: 'support' },
      { body: 'Hi Ola,\n\nOur records show the refund went out on 3 May. I will call you at 4pm today.', role: 'support' },
      { body: "Hi Ola,\n\nWe're confident the new firmware fixes the drop-outs. I will call you at 4pm today.", role: 'support' },
      { body: 'Hi Ola,\n\nPlease read the attached guide; it has screenshots of every step. I will call you at 4pm today.', role: 'support' },
      // Look-alikes of the put-downs above: a condition of ours, our own delay, a polite way out, thanks meant, a common
      // question answered, our own repetition owned.
      { body: "Hi Ola,\n\nIf you'd like to read the full report, it's attached. I will call you at 4pm today.", role: 'support' },
      { body: "Hi Ola,\n\nI actually read your post on onboarding twice. I will call you at 4pm today.", role: 'support' },
      "Hi Ola,\n\nIf now isn't the right time, just say so and I won't follow up. What matters most to your team this quarter?",
      { body: 'Hi Ola,\n\nThanks for the detailed notes on the export; they made this quick to fix. I will call you at 4pm today.', role: 'support' },
      { body: "Hi Ola,\n\nSorry I've had to explain the fees three times: our invoice should have been clearer. I will call you at 4pm today.", role: 'support' },
      "Hi Ola,\n\nYour competitors are hiring fast, and so are you. What matters most to your team this quarter?",
      { body: 'Hi Ola,\n\nI was surprised to find our own invoice had the wrong rate, and I have corrected it. I will call you at 4pm today.', role: 'support' },
      { body: "Hi Ola,\n\nSales grew more slowly in March, so I've moved the review to May. I will call you at 4pm today.", role: 'support' },
      { body: "Hi Ola,\n\nThe guide covers this on page 4, and I've attached it for users who don't have it yet. I will call you at 4pm today.", role: 'support' },
      { body: "Hi Ola,\n\nThe vast majority of your orders went out on time; the six that didn't are listed below. I will call you at 4pm today.", role: 'support' },
      // Look-alikes that are not (a thirty-fifth round of blind emails).
      { body: "Hi Ana,\n\nIt is difficult for us to see you go, and I'm grateful for five good years. I will call you at 3pm today.", role: 'account' },
    ],
  },
});

// Also a sentence that puts the customer in the wrong in words no list has, read from its shape (customer-stance.ts):
// a misreading guessed, their account doubted, our records held against them, talking down, sending them away.
export default withReading(listed, {
  find: putsDownCustomer,
  penalty: 45,
  message: (words) => `${q(words)} puts the customer in the wrong.`,
  suggestion: 'Say what happened and what you will do, without a verdict on them: "The tracking shows a card was left at 2:14 pm; I\'ve asked the driver to call you before the next attempt."',
});
