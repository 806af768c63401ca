import { BUCK_PASSING } from '../lexicon/phrases';
import { phraseRule, q } from '../phrase-rule';

export default phraseRule({
  id: 'buck-passing',
  kind: 'buck-passing',
  title: 'Passing the buck',
  flags: 'Sending the customer elsewhere: "you\'ll need to contact…", "it\'s not our department", "there\'s nothing I can do".',
  why: 'The customer wrote to you; making them chase another department is the "will they or won\'t they" moment that loses customers (seeds 000, 001, 003).',
  severity: 'risk',
  phrases: BUCK_PASSING,
  penalty: 50,
  message: (m) => `${q(m.text)} hands the problem back to the customer.`,
  suggestion: 'Take the hand-off yourself: "I\'ve passed this to our billing lead, Priya, and I\'ll confirm the fix with you by 4 pm."',
  examples: {
    flag: [
      // Another office's job, not this one's (round 33 blind emails).
      { body: 'Dear Musa,\n\nKindly note that all supplier payments are processed by our Accounts Department in Lagos and not by the Kaduna office. I will call you at 3pm today.', role: 'support' },
      // Sent to their own provider (a thirteenth round of blind emails).
      { body: "Hi Rohan,\n\nThe DNS settings on your domain are managed by your registrar. Please contact them. I will call you at 4pm today.", role: 'support' },
      { body: "Hi Paul,\n\nFor billing questions, kindly write to our accounts team at billing@example.com. I will call you at 4pm today.", role: 'account' },
      { body: "Hi Paul,\n\nYou're also welcome to upvote SSO on our Ideas Portal. I will call you at 4pm today.", role: 'account' },
      { body: "Hi Paul,\n\nThat's really a matter for the centre's insurance, not us. I will call you at 4pm today.", role: 'account' },
      { body: "Dear Sir,\n\nKindly approach your home branch with the ATM slip for further clarification.", role: 'support' },
      { body: "Hi Sam,\n\nPlease contact your travel agent or the booking platform you bought the ticket through.", role: 'support' },
      // The question sent to an office, in writing.
      { body: "Dear Mr Boyd,\n\nAny queries about the new service charge must be directed to our head office in writing.", role: 'account' },
      // Their supplier named as the one to ask.
      { body: 'Dear Henrik,\n\nThe material certificate is issued by our steel supplier, so you need to ask them directly. I will call you at 3pm today.', role: 'support' },
      // Someone else, later.
      { body: "Hi Ana,\n\nI'm only covering today, so you'd be better off speaking to Mark when he's back next week. I will call you at 3pm today.", role: 'support' },
      // Their supplier or marketer, named as the one to ask.
      { body: "Hi Ana,\n\nThe pipeline is cut on Friday. Please contact your marketer directly about how much gas they can deliver that day.", role: 'support' },
      { body: "Hi Jo,\n\nYou'll need to contact our billing department for that. I will call you Monday at 10am.", role: 'support' },
      { body: "Hi Jo,\n\nThere's nothing I can do about the charge. I will call you Monday at 10am.", role: 'support' },
      { body: 'Hi Jo,\n\nExport issues are handled by our engineering team, so I have passed this on to them.', role: 'support' },
      // A page instead of an answer.
      { body: 'Hi Jo,\n\nOur engineers are investigating the outage. In the meantime, please refer to our status page for the latest information.', role: 'support' },
      { body: 'Hi Jo,\n\nFor questions about refunds, please check our help centre. I will call you Monday at 10am.', role: 'support' },
      // A generic article, or another company's support, in place of an answer.
      { body: 'Hi Jo,\n\nPlease see our help centre article on Xero sync issues, which covers the most common causes. I will call you Monday at 10am.', role: 'support' },
      { body: "Hi Jo,\n\nThis is a known issue with Xero's API. You may want to contact Xero support. I will call you Monday at 10am.", role: 'support' },
      // Passing it to the structure.
      { body: 'Hi Jo,\n\nOur dealerships are independently owned, so the warranty sits with them. I will call you Monday at 10am.', role: 'support' },
      { body: 'Hi Jo,\n\nEvery restaurant in our group is operated by a local franchisee. I will call you Monday at 10am.', role: 'support' },
      { body: 'Hi Jo,\n\nWe are not responsible for parcels once they leave our depot. I will call you Monday at 10am.', role: 'support' },
      // Sent elsewhere in other words.
      { body: 'Hi Jo,\n\nShould you wish to pursue this further, please contact the manufacturer directly under their warranty.', role: 'support' },
      { body: 'Hi Jo,\n\nI have passed your comments on to management for review.', role: 'support' },
      { body: 'Hi Jo,\n\nEach franchise sets its own prices, so we are unable to comment on what the Leicester shop charged.', role: 'support' },
      // Elsewhere, instead.
      { body: 'Hi Kai,\n\nFor anything about your data, please email our privacy office instead. I will call you at 3pm today.', role: 'support' },
      { body: 'Hi Kai,\n\nPlease direct any further correspondence about this matter to our head office. I will call you at 3pm today.', role: 'support' },
      { body: "Hi Kai,\n\nYou're welcome to post it on the community forum. I will call you at 3pm today.", role: 'support' },
      // Sent elsewhere in other words.
      { body: "Hi Ola,\n\nI've logged it, but honestly the courier is the one you need to chase. I will call you at 4pm today.", role: 'support' },
      { body: 'Hi Ola,\n\nContract questions like this should go to legal rather than me. I will call you at 4pm today.', role: 'account' },
      { body: 'Hi Ola,\n\nThat decision sits above my pay grade, unfortunately. I will call you at 4pm today.', role: 'support' },
      { body: "Hi Ola,\n\nWe're only the booking agent, and the hotel makes all decisions about refunds. I will call you at 4pm today.", role: 'support' },
      { body: 'Dear Ms Rao,\n\nFor UPI and app related issues, customers may also approach their home branch. I will call you at 4pm today.', role: 'support' },
      { body: 'Hello,\n\nKindly coordinate directly with SwiftLink Express using your tracking number. I will call you at 4pm today.', role: 'support' },
      { body: 'Hello,\n\nWe have forwarded your complaint to our accounting department in Düsseldorf, which is responsible for the invoicing. I will call you at 4pm today.', role: 'account' },
      { body: 'Hello,\n\nYou may visit any of our branches with your receipt to file a claim. I will call you at 4pm today.', role: 'support' },
      { body: 'Hello,\n\nPlease try reaching out to the app developers directly. I will call you at 4pm today.', role: 'support' },
      // Said in fresh words (a thirty-fifth round of blind emails).
      { body: "Hi Ana,\n\nAny disputes relating to card transactions should be raised with the issuing bank. I will call you at 3pm today.", role: 'support' },
      // "I would recommend you call…" (a forty-fifth round of blind emails).
      { body: "Hi Gareth,\n\nI would recommend you call the garage directly to rebook at a time that suits you. I will call you at 3pm today.", role: 'support' },
      { body: "Hi Gareth,\n\nService bookings are managed by our independent partner garages, and each garage sets its own schedule. I will call you at 3pm today.", role: 'support' },
    ],
    pass: [
      // Who handles it, said with a step taken.
      { body: "Dear Musa,\n\nPayments are processed by our Accounts Department in Lagos, and I've asked them to pay you today; I will call you at 3pm.", role: 'support' },
      // Their provider named, and the writer takes it up with them.
      { body: "Hi Rohan,\n\nYour DNS is managed by your registrar, so I've written to them myself with the record to change. I will call you at 4pm today.", role: 'support' },
      { body: "Hi Paul,\n\nI've written to our accounts team myself, and the credit note reaches you by Friday. I will call you at 4pm today.", role: 'account' },
      // A number to call if the fix is late is no hand-off; nor is where to collect what is ready.
      { body: "Hi Sam,\n\nYour new card went out today. Please call our helpline on 0800 123 456 if it has not arrived by Friday.", role: 'support' },
      { body: "Hi Sam,\n\nYour new card is ready today: you can collect it from the branch at any time.", role: 'support' },
      // Where to send a form they asked about is no hand-off.
      { body: "Dear Mr Boyd,\n\nThe signed form can be sent to me directly, and I'll file it with our head office the same day.", role: 'account' },
      { body: "Hi Jo,\n\nI've asked our billing team to reverse the charge and I will call you Monday at 10am to confirm.", role: 'support' },
      // A page we wrote for them, with the step it walks through.
      { body: "Hi Jo,\n\nSee the help centre article I've written for your team: it walks through the export step by step. I will call you Monday at 10am.", role: 'support' },
      // The writer makes the call (real mail).
      { body: 'Hi Jo,\n\nThe courier lost the second parcel, so I will contact the courier myself this afternoon and call you Monday at 10am with a new date.', role: 'support' },
      { body: 'Hi Jo,\n\nThe Leeds store is run by Sam, and I have asked him to call you Monday at 10am.', role: 'support' },
      { body: 'Hi Jo,\n\nI am responsible for your account now, and I will call you Monday at 10am.', role: 'support' },
      { body: 'Hi Jo,\n\nWe are responsible for any damage in transit, so I will call you Monday at 10am to arrange the refund.', role: 'support' },
      // A notice's footer is no hand-off; nor is calling the manufacturer yourself.
      { body: 'Hi Jo,\n\nThe April settlement summary is attached. If you have any questions, please contact your account manager.', role: 'account' },
      { body: "Hi Jo,\n\nI've called the manufacturer myself, and they are sending a new part by Thursday.", role: 'support' },
      { body: 'Hi Kai,\n\nI have posted your idea on our ideas board myself and will tell you what the product team says on Friday. I will call you at 3pm today.', role: 'support' },
      // Bringing someone in ourselves is no hand-off.
      { body: 'Hi Ola,\n\nI have asked our legal team to review the clause and will send you their answer by Friday. I will call you at 4pm today.', role: 'account' },
      { body: 'Hi Ola,\n\nThe dispute is between the two carriers, and I am chasing both for you. I will call you at 4pm today.', role: 'support' },
      { body: 'Dear Ms Rao,\n\nI have asked your home branch to approach the card team for you, and I will call you at 4pm today.', role: 'support' },
      // The writer takes it up with the courier.
      { body: "Hi Paul,\n\nI'll coordinate directly with the courier and call you at 4pm today.", role: 'support' },
      { body: "Hi Paul,\n\nI've contacted the app developers directly myself, and will call you at 4pm today.", role: 'support' },
      // Look-alikes that are not (a thirty-fifth round of blind emails).
      { body: "Hi Ana,\n\nAny questions about the invoice should be raised with me directly, and I will answer the same day.", role: 'support' },
      // Our own call, recommended to them: no hand-off.
      { body: "Hi Gareth,\n\nI would recommend you keep the old booking until I call you at 3pm today.", role: 'support' },
      // Who runs it, said with what we do about it: "managed by our team".
      { body: "Hi Gareth,\n\nService bookings are managed by our own fleet desk, and I have rebooked your van for 8am Monday. I will call you at 3pm today.", role: 'support' },
    ],
  },
});
