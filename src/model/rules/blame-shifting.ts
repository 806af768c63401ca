import { BLAME_SHIFTING } from '../lexicon/phrases';
import { phraseRule, q, withReading } from '../phrase-rule';
import { blamesCustomer } from '../customer-stance';
import { blamesOthers } from '../blame-elsewhere';
import { OWNED, ownsIt } from '../owning';
import { perSentence, type Doc, type Rule } from '../rule';

const listed = phraseRule({
  id: 'blame-shifting',
  kind: 'blame-shifting',
  title: 'Shifting blame',
  flags: 'Passive cover-ups, and the fault put on the customer or on someone else: "mistakes were made", "due to a system error", "as I already told you", "the payment provider had an outage on their end, which is why…".',
  why: 'Personal ownership ("I will make sure…") rebuilds trust; passive voice and blaming the system or the customer tell them nobody owns the problem (rubric, ownership; seed 001).',
  severity: 'risk',
  phrases: BLAME_SHIFTING,
  // The same sentence takes the fault back ("the carrier lost one pallet, and it's my job to sort that out"): naming who
  // slipped is then a fact, not a dodge (owning.ts). "It wasn't our fault" is no taking back.
  accept: (_m, s) => !ownsIt(s.text),
  // The learned layer's blame stands only where the sentence does not own the problem ("I booked it on the wrong service").
  learnedIf: (s) => !ownsIt(s.text),
  penalty: 45,
  message: (m) => `${q(m.text)} moves the blame away from you.`,
  suggestion: 'Own it in the first person: "I entered the wrong address, and I have corrected it."',
  examples: {
    flag: [
      // Nothing any of us could do, the supplier late, and a lesson for next time (round 33 blind emails).
      { body: "Hi Ana,\n\nThe lace came in from our supplier nine days late, and that pushed everything back. I will call you at 3pm today.", role: 'support' },
      { body: 'Hi Ana,\n\nIn the future, please check all dimensions carefully before approving a proof. I will call you at 3pm today.', role: 'support' },
      { body: "Hi Ana,\n\nNear a radiator that'll do it every time, and there's not much any tuner can do about that. I will call you at 3pm today.", role: 'support' },
      // The guide they should have read, what they could have done, their typo suggested (round 32 blind emails).
      { body: "Hi Ana,\n\nThat's covered in the onboarding guide we sent in October. I will call you at 3pm today.", role: 'support' },
      { body: 'Hi Ana,\n\nYou were welcome to come and measure the doors at the yard before buying. I will call you at 3pm today.', role: 'support' },
      { body: "Hi Ana,\n\nOur system prints the ribbon from the form, so it's possible a typo was made at the time of ordering. I will call you at 3pm today.", role: 'support' },
      // What they should have done, and the fault put out of our hands (a twenty-ninth round of blind emails).
      { body: 'Dear Mr Hale,\n\nYou should have obtained an authorisation number from us before the procedure was done. I will call you at 2pm today.', role: 'support' },
      { body: 'Dear Lena,\n\nOur raw material supplier only told us about the delay yesterday, so this situation is out of our hands. I will call you on Friday at 10 am.', role: 'account' },
      // The cause put on what they sent, or guessed to be theirs (a twentieth round of blind emails).
      { body: 'Hi Ana,\n\nAll units were received correctly, so the difference is most likely caused by errors in the ASN you sent us. I will call you at 3pm today.', role: 'account' },
      { body: 'Hi Ana,\n\nOther users are not reporting this, so it is most likely something with your data or your browser settings. I will call you at 3pm today.', role: 'support' },
      // Our part denied (seventeenth blind round).
      { body: "Dear Mr Lee,\n\nOlder pipes clog after a chemical wash, so the leak is not really caused by our technician. He will come back on Saturday 16 May at 10am.", role: 'support' },
      // The fault placed with the customer's own bank.
      { body: "Hi Ana,\n\nThis is really a problem with your bank, which rejected the payment. I will call you at 4pm today.", role: 'support' },
      // Account-management dodges (round 5): control disowned, a vendor's issue, another party that dropped the ball, the
      // market as the reason, a rise necessitated, a timeline impacted, their input late, a predecessor who left.
      { body: "Hi Paul,\n\nThe backup failures are a vendor issue and outside our control. I will call you at 4pm today.", role: 'account' },
      { body: "Hi Paul,\n\nCoolAir Mechanical dropped the ball here. I will call you at 4pm today.", role: 'account' },
      { body: "Hi Paul,\n\nThe guard called in sick at 9:30, so there wasn't much we could've done. I will call you at 4pm today.", role: 'account' },
      { body: "Hi Paul,\n\nDue to prevailing market conditions, a tariff revision was necessitated. I will call you at 4pm today.", role: 'account' },
      { body: "Hi Paul,\n\nThe timeline of the project was impacted by several factors. I will call you at 4pm today.", role: 'account' },
      { body: "Hi Paul,\n\nThe product data from your side was delivered in a different format than specified. I will call you at 4pm today.", role: 'account' },
      { body: "Hi Paul,\n\nOur previous account manager, Chris, left the business in June, so your emails weren't forwarded. I will call you at 4pm today.", role: 'account' },
      // Other registers (support replies written blind): cleared by our records, fate, another side.
      { body: "Dear Sir,\n\nAs per our records, the transaction has been shown as successful from our end. I will call you at 4pm today.", role: 'support' },
      { body: "Dear Mr Shah,\n\nYour report is late because the laboratory is having delay. This is not from clinic side. I will call you at 4pm today.", role: 'support' },
      { body: "Hi Ola,\n\nSorry about that, these things happen unfortunately. I will call you at 4pm today.", role: 'support' },
      // The newsletter that should have warned them, and the cause put on their side (a seventh round of blind emails).
      { body: "Hi Paul,\n\nThis change was communicated to all customers in our November newsletter, so it should not have come as a surprise. I will call you at 4pm today.", role: 'account' },
      { body: "Hi Paul,\n\nMissing rows are almost always caused by filters on the user's side. I will call you at 4pm today.", role: 'support' },
      // Our tool blamed, with nothing owned.
      { body: "Hi Chloe,\n\nYour slot was given to someone else because our booking software let the booking be overwritten without a warning. I have booked you in for 8.45 tomorrow.", role: 'support' },
      // The fault disowned in other words (rounds 25–28 of blind emails): "that's not on us", "outside our hands", "a
      // matter for them".
      { body: "Harpreet,\n\nThe building's copper is forty years old, so a leak was only a matter of time, and that's not on us. I will call you at 4pm today.", role: 'support' },
      { body: 'Hi Leo,\n\nThe tour was cancelled by the boat operator, which was completely outside our hands. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Ben,\n\nThe booking system is run by an outside provider, so double bookings are really a matter for them. I will call you at 4pm today.', role: 'account' },
      // The fault disowned, or put on someone else's side (support emails written blind).
      { body: "Hi Leo,\n\nI've looked into the missing parcel, and this one isn't down to us. The carrier marked it as delivered, which is their mistake.", role: 'support' },
      { body: "Hi Leo,\n\nThis is not an issue with our app. The sync error comes from Xero's side, so you'll want to raise it there.", role: 'support' },
      { body: "Hi Leo,\n\nOnce a parcel leaves our depot it becomes the responsibility of the courier, and any delay is caused by them rather than us.", role: 'support' },
      // The customer's assets, or their silence, as the cause.
      { body: 'Hey Ethan,\n\nThe holdup was that the product photos your team sent over were in four different aspect ratios. I will call you at 3pm today.', role: 'account' },
      { body: 'Dear Ms Hussain,\n\nHad the night manager been notified of a later arrival, the room would certainly have been held. I will call you at 3pm today.', role: 'support' },
      // The fault as what customers usually do.
      { body: 'Dear Henrik,\n\nRust spots on stainless are often happening when the customer stores the parts near sea water without cover. I will call you at 3pm today.', role: 'support' },
      // The product cleared and the customer blamed; the parcel out of our hands; a partner stretched; their file as the cause.
      { body: "Hi Oliver,\n\nEverything on our end is behaving as designed, so it may be worth checking how you save before assuming it's the app. I will call you at 3pm today.", role: 'support' },
      { body: "Hello Agnes,\n\nOnce a parcel leaves our dock it's in the delivery firm's hands. I will call you at 3pm today.", role: 'support' },
      { body: 'Hi Carmen,\n\nOur implementation partner has been stretched across a lot of projects this quarter, so things have slid. I will call you at 3pm today.', role: 'account' },
      { body: 'Hi Carmen,\n\nThe go-live slipped because the file your IT folks sent over needed quite a bit of rework. I will call you at 3pm today.', role: 'account' },
      // Our own workload as the excuse.
      { body: 'Hi Marta,\n\nOur technicians are very busy at this time of year. I have booked Thursday 8-10am for you.', role: 'support' },
      { body: 'Hi Marta,\n\nWe are experiencing an unusually high volume of calls. I have booked Thursday 8-10am for you.', role: 'support' },
      { body: "Hi Marta,\n\nWe're a bit short-staffed this week. I have booked Thursday 8-10am for you.", role: 'support' },
      { body: "Hi Ana,\n\nOur carrier has been struggling with volume this month, which is why your parcel slipped. I will call you tomorrow at 9am.", role: 'support' },
      // Their trouble as the reason, in other words.
      { body: "Hi Ana,\n\nI'm so sorry your delivery was late again. The courier has had staff shortages this month. I will call you tomorrow at 9am.", role: 'support' },
      { body: 'Hi Kim,\n\nMistakes were made in processing your order. I will call you at 2pm today.', role: 'support' },
      // The fault disowned and put elsewhere, and fate as the reason (a thirteenth round of blind emails).
      { body: "Hi Rohan,\n\nThe problem isn't on our side; it's your router. I will call you at 2pm today.", role: 'support' },
      { body: "Hi Rohan,\n\nIt is not related to our servers; it's the DNS settings on your domain. I will call you at 2pm today.", role: 'support' },
      { body: 'Dear Bronwyn,\n\nDue to the extraordinary circumstances, assessment timeframes are currently longer than usual. I will call you at 2pm today.', role: 'support' },
      { body: 'Hi Kim,\n\nAs I already told you, the form is on page two. I will call you at 2pm today.', role: 'support' },
      // Blame on a third party, in other words.
      { body: 'Hi Kim,\n\nThe hold-up was entirely down to our shipping partner. I will call you at 2pm today.', role: 'support' },
      { body: 'Hi Kim,\n\nThe warehouse never told us the parcel was returned. I will call you at 2pm today.', role: 'support' },
      { body: "Hi Kim,\n\nIt wasn't our fault that the box arrived damaged. I will call you at 2pm today.", role: 'support' },
      { body: 'Hi Kim,\n\nThe error originated with our payment processor, not with us. I will call you at 2pm today.', role: 'support' },
      { body: 'Hi Kim,\n\nThe shipping company told us the parcel was held up by a fault at their depot. I will call you at 2pm today.', role: 'support' },
      { body: 'Hi Kim,\n\nDue to an exceptionally high volume of requests, refunds are taking longer than usual. I will call you at 2pm today.', role: 'support' },
      { body: "Hi Kim,\n\nYou didn't follow the setup steps, which is why it isn't working. I will call you at 2pm today.", role: 'support' },
      // A third party named as the one who slipped, the customer's side, fate and the crowd.
      { body: 'Hi Kim,\n\nUnfortunately our courier mislabelled your box, so it went to Leeds. I will call you at 2pm today.', role: 'support' },
      { body: 'Hi Kim,\n\nThe error occurred on your bank\'s side, not ours. I will call you at 2pm today.', role: 'support' },
      { body: 'Hi Kim,\n\nThe hold-up is with your finance team, who still have not signed the form. I will call you at 2pm today.', role: 'support' },
      { body: 'Hi Kim,\n\nOwing to unforeseen staffing difficulties, your order was not packed. I will call you at 2pm today.', role: 'support' },
      { body: 'Hi Kim,\n\nThese things happen in peak season. I will call you at 2pm today.', role: 'support' },
      { body: 'Hi Kim,\n\nThe invoice was wrong because the numbers your accounts team sent us were out of date. I will call you at 2pm today.', role: 'support' },
      { body: 'Hi Kim,\n\nIf your mail server had not blocked our notices, you would have known. I will call you at 2pm today.', role: 'support' },
      // The fault put on the customer, read from the sentence's shape (customer-stance.ts).
      { body: 'Hi Kim,\n\nYou entered an old address at checkout, so the parcel went back to the depot. I will call you at 2pm today.', role: 'support' },
      { body: 'Hi Kim,\n\nYou never confirmed the new delivery slot. I will call you at 2pm today.', role: 'support' },
      { body: 'Hi Kim,\n\nYou ought to have backed up the files before the upgrade. I will call you at 2pm today.', role: 'support' },
      { body: 'Hi Kim,\n\nYou were supposed to report the damage within 48 hours. I will call you at 2pm today.', role: 'support' },
      // The fault put elsewhere in other words: their team, a colleague, a predecessor, fate, everyone.
      { body: "Hi Ola,\n\nUnfortunately your IT team didn't whitelist our domain in time, which is what held up go-live. I will call you at 4pm today.", role: 'account' },
      { body: 'Hi Ola,\n\nOur new starter on the desk gave you the wrong price, I am afraid. I will call you at 4pm today.', role: 'support' },
      { body: "Hi Ola,\n\nI've only just taken over, so I can't speak for what my predecessor promised. I will call you at 4pm today.", role: 'account' },
      { body: 'Hi Ola,\n\nThe fault lies with the previous tenant, who never reported the leak. I will call you at 4pm today.', role: 'support' },
      { body: "Hi Ola,\n\nThe storm made deliveries impossible, and there was nothing we could do. I will call you at 4pm today.", role: 'support' },
      { body: "Hi Ola,\n\nIt's the holiday backlog; everyone's in the same boat. I will call you at 4pm today.", role: 'support' },
      { body: 'Hi Ola,\n\nConversion rates can fluctuate for many reasons, including seasonality. I will call you at 4pm today.', role: 'account' },
      // Read from the sentence's shape (blame-elsewhere.ts): a party's trouble as the reason, the one responsible "not
      // us", their side's input as the cause, the writer out of it, a predecessor.
      { body: 'Hi Ola,\n\nThe payment provider had an outage on their end, which is why your card was declined. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Ola,\n\nWe rely on a third-party carrier in your area and they have been experiencing delays. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Ola,\n\nThe bank is responsible for the hold on your funds, not us. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Ola,\n\nThe mix-up happened because your team sent the order form late. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Ola,\n\nThe error came from the data your finance team uploaded. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Ola,\n\nThe airline changed the schedule, and as a booking agent we have no say over that. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Ola,\n\nOur IT department rolled out the update overnight, so we were as surprised as you were. I will call you at 4pm today.', role: 'support' },
      { body: "Hi Ola,\n\nThe previous account manager set this up before I joined, so I wasn't aware of the arrangement. I will call you at 4pm today.", role: 'account' },
      // Our records against them; what would have been, had they done their part; their entry done wrong; our side
      // cleared; a thing's error as the cause.
      { body: 'Hi Paul,\n\nAs per our records you did not book the car in for its 12-month service. I will call you at 4pm today.', role: 'support' },
      { body: "Hi Paul,\n\nIf your team had actually used the training we offered, adoption wouldn't be this low. I will call you at 4pm today.", role: 'account' },
      { body: "Hi Paul,\n\nIt would have helped if you'd mentioned the allergy when you booked. I will call you at 4pm today.", role: 'support' },
      { body: 'Hi Paul,\n\nA quick look at your confirmation would have told you check-in closes at 3 pm. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Paul,\n\nYou have entered your password incorrectly three times. I will call you at 4pm today.', role: 'support' },
      { body: "Hi Paul,\n\nIt looks like a line fault at the exchange, so probably not something on our end. I will call you at 4pm today.", role: 'account' },
      { body: 'Hi Paul,\n\nThe double charge was caused by an error of the booking platform. I will call you at 4pm today.', role: 'support' },
      // The error that just happened, a backlog, control disowned, their absence, a hold-up at the carrier's depot, a
      // party's name before "who are responsible", their side rather than ours, the bank's systems as the cause.
      { body: 'Hi Paul,\n\nA pricing error occurred on our olive oil line. I will call you at 4pm today.', role: 'account' },
      { body: "Hi Paul,\n\nThe invoice was generated incorrectly because the seat count wasn't refreshed. I will call you at 4pm today.", role: 'account' },
      { body: 'Hi Paul,\n\nSome things fell through the cracks at the packing stage. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Paul,\n\nThe delay was due to a backlog in manual reviews. I will call you at 4pm today.', role: 'support' },
      { body: "Hi Paul,\n\nIt's not something we had any control over. I will call you at 4pm today.", role: 'support' },
      { body: 'Hi Paul,\n\nThe driver came at noon, but no one was available to receive the parcel. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Paul,\n\nNo meter reading was submitted by you for the last two quarters. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Paul,\n\nUnfortunately the shipment got delayed at the Athlone depot of our haulier. I will call you at 4pm today.', role: 'account' },
      { body: 'Hi Paul,\n\nTracing is done by our ground handling agent, Swissport, who are responsible for tracing delayed bags. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Paul,\n\nThe missed delivery was on their side rather than ours. I will call you at 4pm today.', role: 'support' },
      { body: "Hi Paul,\n\nThe delay is due to the beneficiary bank's systems being slow this week. I will call you at 4pm today.", role: 'support' },
      { body: "Hi Paul,\n\nThe delay was caused by your bank's processing, which is outside of PayNest's control. I will call you at 4pm today.", role: 'support' },
      { body: "Hi Paul,\n\nHonestly the drivers have been a nightmare lately, that one's on them not us! I will call you at 4pm today.", role: 'support' },
      { body: 'Hi Paul,\n\nDue to adverse weather at the airport that day, a number of bags were not loaded. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Paul,\n\nEngineers are extremely busy at this time of year due to the cold weather. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Paul,\n\nThe issue is most likely with your own router or your in-home wiring. I will call you at 4pm today.', role: 'support' },
      { body: "Hi Paul,\n\nMy colleague gave you the wrong steps; he's fairly new and mixed up the two methods. I will call you at 4pm today.", role: 'support' },
      { body: 'Hi Paul,\n\nThe estimate was generated automatically by the system, as no reading was received. I will call you at 4pm today.', role: 'support' },
      { body: "Hi Paul,\n\nAs you'll be aware, the whole industry has been hit by driver shortages. I will call you at 4pm today.", role: 'account' },
      { body: 'Hi Paul,\n\nThe roadworks on the M62 have been a nightmare for everyone. I will call you at 4pm today.', role: 'account' },
      { body: 'Hi Paul,\n\nWe were waiting on the sign-off, which came through from your side late on Friday. I will call you at 4pm today.', role: 'account' },
      { body: "Hi Paul,\n\nTwo of the loads were held up because your DC didn't have a bay free. I will call you at 4pm today.", role: 'account' },
      // The fault denied in plain words, and someone on their side named as the likely cause.
      { body: 'Hello,\n\nWe checked your account and there is no error on our side. I will call you at 4pm today.', role: 'support' },
      { body: 'Hello,\n\nMost probably the gallery was deleted by some user of your account. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Paul,\n\nThe delay in migration is due to pending approvals from your IT security team. I will call you at 4pm today.', role: 'account' },
      { body: 'Hello,\n\nIn the future, we recommend keeping your receipts in a safe place. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Paul,\n\nQ3 was a challenging quarter across the industry due to driver shortages. I will call you at 4pm today.', role: 'account' },
      // Twenty-fourth round: the partner's remit, the customer's change, their store alone, a lesson for next time.
      { body: 'Hi Paul,\n\nAny technical issues on the night fall under their responsibility. I will call you at 4pm today.', role: 'account' },
      { body: 'Hi Paul,\n\nThe running order was changed by your team on the afternoon of the event. I will call you at 4pm today.', role: 'account' },
      { body: 'Hi Paul,\n\nThis looks to be specific to your store. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Paul,\n\nIn most cases like this the culprit is a third-party app. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Paul,\n\nKindly check the product label in future to avoid such situations. I will call you at 4pm today.', role: 'support' },
      // Said in fresh words (a thirty-fifth round of blind emails).
      { body: "Hi Ana,\n\nOur delivery partner, SwiftRoute, are responsible for goods once they leave our warehouse. I will call you at 3pm today.", role: 'support' },
      { body: "Hi Ana,\n\nThe slab came in late from our stone supplier in Spain. I will call you at 3pm today.", role: 'account' },
      { body: "Hi Ana,\n\nIf the template had been booked the week before like we ask, there would have been more slack. I will call you at 3pm today.", role: 'account' },
      { body: "Hi Ana,\n\nThe building work next door is outside of the hotel's management. I will call you at 3pm today.", role: 'support' },
      // The same dodges in fresh words: a party that failed, broke it, did it wrongly or didn't turn up; "not our branch".
      { body: "Hi Ana,\n\nThis happened because the bank didn't process our payment run on time. I will call you at 3pm today.", role: 'support' },
      { body: "Hi Ana,\n\nYour card issuer declined the transaction, which is why the booking failed. I will call you at 3pm today.", role: 'support' },
      { body: "Hi Ana,\n\nThe previous account manager set this up incorrectly before I took over. I will call you at 3pm today.", role: 'support' },
      { body: "Hi Ana,\n\nOur IT provider pushed an update overnight that broke the sync. I will call you at 3pm today.", role: 'support' },
      { body: "Hi Ana,\n\nHead office made the pricing change, not our branch. I will call you at 3pm today.", role: 'support' },
      { body: "Hi Ana,\n\nOur subcontractor's crew didn't turn up on the day. I will call you at 3pm today.", role: 'support' },
      { body: "Hi Ana,\n\nThat's down to the council's new parking rules, not us. I will call you at 3pm today.", role: 'support' },
      // Said in fresh words (a thirty-sixth round of blind emails).
      { body: "Hi Ana,\n\nThe incident originated at the data-centre facility we lease from. I will call you at 3pm today.", role: 'support' },
      { body: "Hi Ana,\n\nThe outage was outside the scope of our direct responsibility. I will call you at 3pm today.", role: 'support' },
      { body: "Hi Ana,\n\nOwing to increases imposed on us by our manufacturers, prices rise in May. I will call you at 3pm today.", role: 'account' },
      { body: "Hi Ana,\n\nFrankly there's not much anyone can do about harvest yields in Assam. I will call you at 3pm today.", role: 'account' },
      // It is what happens when their servers are busy (a forty-sixth round of blind emails).
      { body: "Hi Kayla,\n\nThe double send came from the sync with your CRM, which can happen when their servers are under heavy load. I will call you at 3pm today.", role: 'support' },
      // The promise put on a colleague who has gone, the courier that "did not manage to", the cause on another's side (round 47).
      { body: "Hola Isabel,\n\nThat promise was made by Jordi, who has since left the company, and it was never passed on to the product team. I will call you at 3pm today.", role: 'support' },
      { body: "Dear Mark,\n\nUnfortunately the courier did not manage to complete the delivery on the scheduled date. I will call you at 3pm today.", role: 'support' },
      { body: "Hi Olu,\n\nDelays like this are sometimes down to circumstances on the network side. I will call you at 3pm today.", role: 'support' },
      // The fault handed to a partner by the passive, the manual they were given, what most customers do (a forty-eighth round).
      { body: "Hi Ana,\n\nYour bag was mis-tagged during the transfer by our ground handling partner there, so it missed your connection. I will call you at 3pm today.", role: 'support' },
      { body: "Hi Marcus,\n\nHairline cracks are normal, which is explained on page 14 of the Homeowner Manual you received at closing. I will call you at 3pm today.", role: 'support' },
      { body: "Hi Ana,\n\nMost customers check the sizing guide before ordering to avoid this. I will call you at 3pm today.", role: 'support' },
      // The party's responsibility, the delay from their side, nothing anyone could have done, the whole market (round 49).
      { body: "Hi Ana,\n\nAny missed collections are the responsibility of the contractor. I will call you at 3pm today.", role: 'support' },
      { body: "Hi Ana,\n\nThe entire delay is from their side. I will call you at 3pm today.", role: 'support' },
      { body: "Hi Ana,\n\nWith the storm closing the M6, there was very little anyone could have done. I will call you at 3pm today.", role: 'support' },
      { body: "Hi Ana,\n\nOrders were down 12%, largely due to changes Meta made, which impacted every advertiser in the market. I will call you at 3pm today.", role: 'account' },
      { body: "Hi Ana,\n\nThe adjustment is due to general market conditions. I will call you at 3pm today.", role: 'account' },
    ],
    pass: [
      // Where to send a form next time is no lesson.
      { body: 'Hi Ana,\n\nIn future, please send the form to Maria in payroll. I will call you at 3pm today.', role: 'support' },
      // What the warranty covers is no fault of theirs.
      { body: "Hi Ana,\n\nIt's covered in the warranty, so the repair is free. I will call you at 3pm today.", role: 'support' },
      // What should have reached them from us owns the slip.
      { body: 'Hi Sam,\n\nSorry, you should have had a call from us before the van left this morning. I will call you at 2pm today.', role: 'support' },
      // "Not on us to decide" is whose call it is, not a fault disowned.
      { body: "Hi Ben,\n\nIt's not on us to decide the budget, so I'll ask the board and call you Friday at 3pm.", role: 'account' },
      // Their part as a good cause, not a fault.
      { body: 'Hi Andrew,\n\nThe cask screen was redesigned partly because of the feedback you gave us in the spring. I will call you at 3pm today.', role: 'account' },
      // Our part owned in the same words.
      { body: "Dear Mr Lee,\n\nThe leak was caused by our technician, who left the drain pipe loose. He will come back on Saturday 16 May at 10am.", role: 'support' },
      // The fault said as ours is no blame, nor is the cause named with what we do about it.
      { body: "Hi Rohan,\n\nThe fault was on our side: our server certificate had expired, and I renewed it at 9:10. I will call you at 4pm today.", role: 'support' },
      // Where the fault was, said as ours to fix, is no blame: "a problem with your account settings that I've fixed".
      { body: "Hi Ana,\n\nThe payment failed because of a problem with your account settings on our side, which I fixed this morning. I will call you at 4pm today.", role: 'support' },
      { body: "Hi Paul,\n\nAs I mentioned in my previous email, the Dynegy filing is due Friday. I will call you at 4pm today.", role: 'account' },
      { body: 'Hi Paul,\n\nThe missed payment was beyond the customer’s control, so no late fee applies. I will call you at 4pm today.', role: 'support' },
      { body: "Hi Paul,\n\nThe parcel was held up because our driver didn't have the right address, which was my mistake. I will call you at 4pm today.", role: 'support' },
      { body: 'Hi Paul,\n\nThe whole industry has moved to e-invoicing this year, and your first one is attached. I will call you at 4pm today.', role: 'account' },
      { body: 'Hi Paul,\n\nDue to the snow forecast for Thursday, the delivery moves to Friday morning. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Paul,\n\nThe flight was slightly delayed, but not due to weather. I will call you at 4pm today.', role: 'support' },
      { body: "Hi Paul,\n\nShe's fairly new to the team, so I'll join her first call with you on Monday at 10. I will call you at 4pm today.", role: 'account' },
      { body: "Hi Paul,\n\nThe problem is with your router's firmware, and I have posted you a new router today. I will call you at 4pm today.", role: 'support' },
      { body: "Hi Paul,\n\nThe gap was caused by a bug on our side, and I fixed it this morning. I will call you at 4pm today.", role: 'support' },
      // Late on a day is a time, not a fault; the ball dropped by the writer, and fixed, is owned.
      { body: "Hi Paul,\n\nThe extra names were provided late Friday and I've added them today. I will call you at 4pm today.", role: 'account' },
      { body: "Hi Paul,\n\nI dropped the ball on the PO number, and I've reissued the invoice. I will call you at 4pm today.", role: 'account' },
      // What happens in general, said as no excuse, is no blame.
      { body: "Hi Ola,\n\nThese things happen in every project, which is why I've booked a review with you for Friday at 10.", role: 'account' },
      // The fault owned, then how our own tool let it happen: the cause explained.
      { body: "Hi Chloe,\n\nWe gave your slot to someone else, and that was our mistake. What went wrong: our booking software let the booking be overwritten without a warning. I have booked you in for 8.45 tomorrow.", role: 'support' },
      // Our side named as ours, and the fault owned, are no shift.
      { body: "Hi Leo,\n\nThe sync error came from our side: a change we shipped on Monday broke it. I've rolled it back, and your invoices are flowing again.", role: 'support' },
      // What would have been, owned.
      { body: "Dear Ms Hussain,\n\nHad we checked the arrivals list at 6pm as we should have, your room would have been held; that's on us. I will call you at 3pm today.", role: 'support' },
      // The same facts, owned.
      { body: "Hi Carmen,\n\nThe file your IT team sent over was fine; the go-live slipped because I booked too little time for the import, and that's on me. I will call you at 3pm today.", role: 'account' },
      // Busy on their matter, or busy and owning the slip.
      { body: 'Hi Marta,\n\nOur engineers are busy fixing your export right now, and I will email you by 4pm today.', role: 'support' },
      { body: 'Hi Marta,\n\nThe team was busy with the move on Saturday, so I missed your call; sorry. I have booked Thursday 8-10am for you.', role: 'support' },
      { body: "Hi Ana,\n\nI booked your parcel on the wrong service, which is why it slipped. I will call you tomorrow at 9am.", role: 'support' },
      { body: 'Hi Ana,\n\nThe courier has staff in Leeds who can collect the parcel on Thursday morning. I will call you tomorrow at 9am to confirm.', role: 'support' },
      { body: 'Hi Kim,\n\nI made a mistake processing your order. I will call you at 2pm today.', role: 'support' },
      // Carriers and suppliers named as facts, not as the culprit.
      { body: 'Hi Kim,\n\nThe courier picked it up at 9 am and it arrives Thursday. I will call you at 2pm today.', role: 'support' },
      { body: 'Hi Kim,\n\nOur supplier just shipped the spare parts to you. I will call you at 2pm today.', role: 'support' },
      { body: 'Hi Kim,\n\nThe courier tells us the parcel arrives on Thursday before noon. I will call you at 2pm today.', role: 'support' },
      { body: 'Hi Kim,\n\nWe found the problem: I entered your address wrong, and the error was mine, not the courier\'s. I will call you at 2pm today.', role: 'support' },
      { body: 'Hi Kim,\n\nThe delay was my mistake: I booked the wrong carrier. I will call you at 2pm today.', role: 'support' },
      // Owning the fault is the opposite of shifting it.
      { body: 'Hi Kim,\n\nThat was our fault, not the courier\'s. I will call you at 2pm today.', role: 'support' },
      // Who slipped, named and then owned in the same breath.
      { body: 'Hi Kim,\n\nThe courier lost the parcel, but you bought it from us, so I have sent a new one by express. I will call you at 2pm today.', role: 'support' },
      { body: 'Hi Kim,\n\nOur supplier packed the wrong batch, and we should have caught it before it left. I will call you at 2pm today.', role: 'support' },
      // "Your side" and "things happen" that blame nobody.
      { body: 'Hi Kim,\n\nNothing needs to change on your side: I have fixed the setting. I will call you at 2pm today.', role: 'support' },
      { body: 'Hi Kim,\n\nMost deliveries happen before noon. I will call you at 2pm today.', role: 'support' },
      // A condition, what they should have received, no fault of theirs, sympathy.
      { body: "Hi Kim,\n\nIf you entered the wrong address, reply with the right one and I'll fix it. I will call you at 2pm today.", role: 'support' },
      { body: 'Hi Kim,\n\nYou should have received the refund by now. I will call you at 2pm today.', role: 'support' },
      { body: "Hi Kim,\n\nYou didn't need to call; I have fixed the setting. I will call you at 2pm today.", role: 'support' },
      { body: "Hi Kim,\n\nI'm sorry you never heard back from us. I will call you at 2pm today.", role: 'support' },
      // Look-alikes: an apology for the trouble on their side, an error message quoted, our own fault owned.
      { body: 'Hi Ola,\n\nSorry for any trouble this may have caused on your end. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Ola,\n\nThe portal showed "An error occurred while loading the page", and I have fixed it. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Ola,\n\nThe fault lies with us: I keyed the wrong postcode. I will call you at 4pm today.', role: 'support' },
      // Parties named as facts, compounds, conditions, our own team, a fix made, a career before this job.
      { body: 'Hi Ola,\n\nDue to the bank holiday, your delivery arrives on Tuesday. I will call you at 4pm today.', role: 'support' },
      { body: "Hi Ola,\n\nIf the carrier has problems at their depot, I'll rebook you on express. I will call you at 4pm today.", role: 'support' },
      { body: 'Hi Ola,\n\nOur implementation team is responsible for your setup, and Priya will lead it. I will call you at 4pm today.', role: 'account' },
      { body: "Hi Ola,\n\nOur supplier had a fault on the line, so I've sourced the part elsewhere and it ships today. I will call you at 4pm today.", role: 'support' },
      { body: "Hi Ola,\n\nThe carrier had a backlog last week, but I've rebooked your parcel on express for tomorrow. I will call you at 4pm today.", role: 'support' },
      { body: 'Hi Ola,\n\nBefore I joined Acme, I ran sales operations at a logistics firm. I will call you at 4pm today.', role: 'prospecting' },
      { body: 'Hi Ola,\n\nThe balance due to the subcontractors is now $2,780. I will call you at 4pm today.', role: 'account' },
      // Conditions that name no deed of theirs, our own counterfactual, a fault found and owned as ours.
      { body: "Hi Paul,\n\nIf you'd like the exchange before Christmas, reply by Wednesday. I will call you at 4pm today.", role: 'support' },
      { body: 'Hi Paul,\n\nIf you had any trouble with the form, I would be glad to fill it in with you. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Paul,\n\nIf we had checked the booking, you would not have been charged twice. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Paul,\n\nAs per our records your refund went out on 3 May. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Paul,\n\nThe double charge was caused by a bug in our release on Monday, and I have refunded it. I will call you at 4pm today.', role: 'support' },
      // A nudge in case it slipped, a notice sent in error, an error shown on screen, a mistake we found and fixed.
      { body: 'Hi Paul,\n\nBumping this up in case it slipped through the cracks. I will call you at 4pm today.', role: 'account' },
      { body: 'Hi Paul,\n\nThis notice was sent in error, and should be disregarded. I will call you at 4pm today.', role: 'account' },
      { body: "Hi Paul,\n\nI found the mistake in your order and I've corrected it. I will call you at 4pm today.", role: 'support' },
      // A mistake of ours found, and a user of theirs who did a thing we asked for.
      { body: "Hi Paul,\n\nWe found the error on our side: the update dropped galleries over 500 photos. I will call you at 4pm today.", role: 'support' },
      { body: 'Hi Paul,\n\nThe gallery was restored by our team this morning. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Paul,\n\nThe migration is waiting on one approval from your IT security team, and I have chased it myself today. I will call you at 4pm today.', role: 'account' },
      { body: "Hi Paul,\n\nQ3 was a challenging quarter for us: we missed 14 of your pickups, and that's on our planning. I will call you at 4pm today.", role: 'account' },
      { body: "Hi Paul,\n\nThe running order was changed by our team without telling you, and that's on us. I will call you at 4pm today.", role: 'account' },
      // Look-alikes that are not (a thirty-fifth round of blind emails).
      { body: "Hi Ana,\n\nThe slab came in late from our supplier, and that's on me: I should have ordered it a week earlier. I will call you at 3pm today.", role: 'account' },
      // A party named as a fact, not the cause of a fault.
      { body: "Hi Ana,\n\nThe courier collects from us on Thursday at 10am, and I will call you once it is on its way.", role: 'support' },
      // What happens when a server is busy, said of ours and owned.
      { body: "Hi Kayla,\n\nOur scheduler sent the campaign twice, which can happen when our queue restarts; that is our bug, and we fixed it this morning. I will call you at 3pm today.", role: 'support' },
      // Who had the account before, said as a handover, blames no one; a courier's failure in a condition is no dodge (round 47).
      { body: "Hola Isabel,\n\nJordi, who has since left the company, handed your account to me in March, and I have read every note he kept. I will call you at 3pm today.", role: 'account' },
      { body: "Dear Mark,\n\nIf the courier is unable to deliver on Friday, I will drive the desk over myself on Saturday morning.", role: 'support' },
      // The page of the manual pointed to as help, and the bag we mis-tagged ourselves (a forty-eighth round).
      { body: "Hi Marcus,\n\nPage 14 of the Homeowner Manual shows how to reset the boiler, and I'll call you at 3pm today to walk you through it.", role: 'support' },
      { body: "Hi Ana,\n\nWe mis-tagged your bag at check-in, and that's on us. I will call you at 3pm today.", role: 'support' },
      // Their part named as theirs to do, kindly, and a hold-up on our side owned (round 49).
      { body: "Hi Ana,\n\nThe delay was on our side: I booked the wrong slot, and I've moved it to Friday at 9. I will call you at 3pm today.", role: 'support' },
    ],
  },
});

// Also the fault put on the customer in words no list has, read from the sentence's shape (customer-stance.ts): "you
// selected the wrong plan", "you never confirmed the address"; never where the same sentence takes the fault back.
const onCustomer = withReading(listed, {
  find: blamesCustomer,
  skip: (text) => OWNED.test(text),
  penalty: 45,
  message: (words) => `${q(words)} moves the blame onto the customer.`,
  suggestion: 'Say what happened and what you will do about it: "The order went to the old address; I\'ve re-sent it to the new one, and it arrives Thursday."',
});

// And the fault put on another party, or the writer kept out of it, in words no list has (blame-elsewhere.ts): "the
// payment provider had an outage on their end, which is why…", "we have no say over that"; never where the same
// sentence owns the problem or the fix ("…, but I've rebooked your parcel on express").
const rule = withReading(onCustomer, {
  find: blamesOthers,
  skip: ownsIt,
  penalty: 45,
  message: (words) => `${q(words)} moves the blame away from you.`,
  suggestion: 'Own it in the first person, and say what you are doing about it: "Your card was declined during an outage at our payment provider; I\'ve retried the payment, and it went through at 10:14."',
});

/** A sentence that owns the fault ("That was our mistake", "I should have checked"). */
const owns = perSentence((s) => OWNED.test(s.text));
/** Our own tool or process as the thing that failed ("our booking software let it be overwritten"). */
const OUR_TOOL = /^(?:our|the) (?:[\w-]+ ){0,2}?(?:software|system|platform|tool|app|database|process|portal|website|form|script)s?\b/i;

export default {
  ...rule,
  // Once the email owns the fault in so many words ("That was our mistake… What went wrong: our booking software let
  // it be overwritten"), saying how our own tool failed is the cause explained, not the blame moved.
  document(doc: Doc) {
    const found = doc.found(rule.id);
    if (found.length === 0 || !doc.sentences.some((x) => owns(x.view))) return found;
    return found.filter((f) => !OUR_TOOL.test(doc.body.slice(f.start, f.end)));
  },
} satisfies Rule;
