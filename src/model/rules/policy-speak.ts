import { POLICY_SPEAK } from '../lexicon/phrases';
import { phraseRule, q } from '../phrase-rule';
import { ownsIt } from '../owning';

/** The same sentence sets the rule aside for them: "non-refundable under our policy, but I've set that aside for you". */
const SET_ASIDE = /\b(?:set (?:that|it|this|the rule) aside|(?:made|make|making) an exception|waived? (?:it|that|the fee|the charge)|override (?:it|that) for you)\b/i;

/**
 * After the limit, a way through it in the same sentence: "we are unable to refund the fee because…, but I can move it
 * to any date". A limit said with what the writer can do is candour about it, not policy in the customer's way.
 */
const WAY_THROUGH = /\b(?:but|however|instead)\b[^.;!?]{0,80}?\b(?:I|we)(?:['’]ll| will| can| could|['’]ve| have| am happy| are happy)\b|\bwhat (?:I|we) can do\b|\b(?:but|however)\b[^.;!?]{0,100}?\b(?:you can still|you(?:['’]re| are) (?:still|well) within|(?:is|are) (?:still |well )within)\b/i;

export default phraseRule({
  id: 'policy-speak',
  kind: 'policy-speak',
  title: 'Hiding behind policy',
  flags: 'Policy as the answer: "that\'s our policy", "per company policy", "we cannot make exceptions".',
  why: 'Policy-speak tells the customer the rules matter more than they do; it turns a fixable problem into a lost customer (seeds 000, 001) ("If you can\'t do it, change the policy!", seed 004).',
  severity: 'risk',
  phrases: POLICY_SPEAK,
  accept: (m, s) => !SET_ASIDE.test(s.text) && !WAY_THROUGH.test(s.text.slice(m.end)),
  // The learned layer's policy-speak stands only where the writer does not set the rule aside or make the fix in the same sentence.
  learnedIf: (s) => !SET_ASIDE.test(s.text) && !ownsIt(s.text) && !WAY_THROUGH.test(s.text),
  penalty: 45,
  message: (m) => `${q(m.text)} puts policy between you and the customer.`,
  suggestion: 'Say what you can do for them, and why the limit exists if it matters: "I can\'t refund the annual plan, but I can move you to monthly billing today."',
  examples: {
    flag: [
      // The rule said to be plain everywhere (round 32 blind emails).
      { body: 'Hi Ana,\n\nAll our stock is sold as seen, which is made very clear on every listing and at checkout. I will call you at 3pm today.', role: 'support' },
      { body: "Hi Paul,\n\nPer section 7.2 of the MSA, service credits apply only to P1 incidents. I will call you at 4pm today.", role: 'account' },
      // A charge put to them as the rule.
      { body: "Hi Jess,\n\nIf it's still an issue you can book a callout through the website; standard callout fee applies. I will call you at 4pm today.", role: 'support' },
      { body: "Hi Paul,\n\nAlerting was not in scope per the SOW. I will call you at 4pm today.", role: 'account' },
      // What is not offered, put down to the terms.
      { body: "Dear Ms Ward,\n\nRefunds for unused days are not available under the terms of your membership. I will call you at 3pm today.", role: 'support' },
      // The institution's practice, and the terms, as the answer.
      { body: "Dear Mr Okonkwo,\n\nIt is not the Bank's practice to provide indicative timescales while an assessment is ongoing. I will call you at 3pm today.", role: 'account' },
      { body: 'Dear Mr Hale,\n\nCharges can only be reviewed once a dispute form has been lodged, in accordance with our billing terms. I will call you at 3pm today.', role: 'support' },
      // The rule as the shield, in other words.
      { body: "Hi Ana,\n\nThat's just how it works, I'm afraid - it's company procedure. I will call you at 3pm today.", role: 'support' },
      { body: 'Hi Ana,\n\nFor security reasons we cannot discuss account details by email. I will call you at 3pm today.', role: 'support' },
      { body: "Hi Ana,\n\nI'm not authorised to issue refunds over £50. I will call you at 3pm today.", role: 'support' },
      { body: 'Hi Ana,\n\nWe are bound by regulations that prevent us from changing the name on the ticket. I will call you at 3pm today.', role: 'support' },
      { body: "Hi Ana,\n\nPer our terms of service, inactive accounts are closed after 90 days. I will call you tomorrow at 9am.", role: 'support' },
      // The rule as the subject that decides.
      { body: 'Hi Ana,\n\nUnfortunately, our guidelines require a receipt for every return. I will call you tomorrow at 9am.', role: 'support' },
      { body: "Hi Ana,\n\nI'm afraid that's our policy. I will call you tomorrow at 9am.", role: 'support' },
      { body: 'Hi Ana,\n\nPer our policy, refunds take 30 days. I will call you tomorrow at 9am.', role: 'support' },
      // Denial by fate or by rule, in other words.
      { body: 'Hi Ana,\n\nThe storm was beyond our control, and so no compensation is payable. I will call you tomorrow at 9am.', role: 'support' },
      { body: 'Hi Ana,\n\nEvery subscriber is required to give 60 days notice. I will call you tomorrow at 9am.', role: 'support' },
      { body: 'Hi Ana,\n\nAs outlined in our refund policy, opened items go back at your cost. I will call you tomorrow at 9am.', role: 'support' },
      { body: 'Hi Ana,\n\nOur returns policy clearly states that sale items are final. I will call you tomorrow at 9am.', role: 'support' },
      // The rule, the clause or the design as the answer.
      { body: 'Hi Ana,\n\nThis is in line with our security policy and cannot be overridden. I will call you tomorrow at 9am.', role: 'support' },
      { body: 'Hi Ana,\n\nIn accordance with clause 8.2, all fees rise each year. I will call you tomorrow at 9am.', role: 'support' },
      { body: "Hi Ana,\n\nThe export limit is 10,000 rows, and it's working exactly as designed. I will call you tomorrow at 9am.", role: 'support' },
      { body: 'Hi Ana,\n\nStorms count as extraordinary circumstances, so no compensation applies. I will call you tomorrow at 9am.', role: 'support' },
      { body: 'Hi Ana,\n\nA waiver would not be fair to the other tenants. I will call you tomorrow at 9am.', role: 'support' },
      { body: 'Hi Ana,\n\nOur price promise applies only to competitor prices. I will call you tomorrow at 9am.', role: 'support' },
      // A flat no to what they asked for, with no reason (contract mail).
      { body: 'Hi Ana,\n\nThanks for the marked-up agreement. We do not agree to the suggested change to the offset clause. I will call you tomorrow at 9am.', role: 'account' },
      { body: 'Hi Ana,\n\nWe cannot accept surety bonds as a form of collateral. I will call you tomorrow at 9am.', role: 'account' },
      // The rule as the answer in other words.
      { body: 'Hi Ola,\n\nProcurement rules on our side mean we can\'t extend the payment terms. I will call you at 4pm today.', role: 'account' },
      { body: 'Hi Ola,\n\nA scratched lens sits outside what the guarantee covers. I will call you at 4pm today.', role: 'support' },
      { body: "Hi Ola,\n\nI'd love to help, but the billing system just won't let me touch late fees. I will call you at 4pm today.", role: 'support' },
      { body: "Hi Ola,\n\nIf I did it for you I'd have to do it for everyone. I will call you at 4pm today.", role: 'support' },
      // The fine print pointed at in plain words.
      { body: 'Hello,\n\nBackups are only included in the Pro plan, as is written in the pricing page. I will call you at 4pm today.', role: 'support' },
      { body: "Hello,\n\nTaxi costs can only be considered where we failed to provide onward transport. I will call you at 4pm today.", role: 'support' },
      { body: 'Hello,\n\nUnder our privacy policy, requests can take up to 30 days. I will call you at 4pm today.', role: 'support' },
      { body: 'Hello,\n\nAccording to clause 12 of our purchase agreement, delays due to force majeure are not subject to penalty. I will call you at 4pm today.', role: 'account' },
      // Said in fresh words (a thirty-fifth round of blind emails).
      { body: "Hi Ana,\n\nOnce an invoice cycle has closed, our agents do not have the ability to reverse charges. I will call you at 3pm today.", role: 'support' },
      { body: "Hi Ana,\n\nCustomers are asked to inspect all items in the presence of the driver, as outlined at checkout. I will call you at 3pm today.", role: 'support' },
      { body: "Hi Ana,\n\nLead times are estimates, and that's in the terms you signed. I will call you at 3pm today.", role: 'account' },
      // Said in fresh words (a thirty-sixth round of blind emails).
      { body: "Hi Ana,\n\nAccommodation arrangements are the responsibility of the delegate. I will call you at 3pm today.", role: 'support' },
      { body: "Hi Ana,\n\nYour ticket has been closed as per process. I will call you at 3pm today.", role: 'support' },
      // What cannot be done, put on a rule of ours (a forty-fifth round of blind emails).
      { body: "Hi Mark,\n\nRoaming charges that show network activity can't be waived under our usage policy. I will call you at 3pm today.", role: 'support' },
      { body: "Hi Laura,\n\nMinibar charges are recorded by the in-room sensors and are therefore final, in accordance with hotel policy. I will call you at 3pm today.", role: 'support' },
      // The contract they signed as the wall, a system that allows no exceptions, a warranty that does not provide for it,
      // what "falls outside what we can offer", a block that "cannot be lifted" for security reasons (a forty-eighth round).
      { body: 'Dear Ms Reyes,\n\nAs the contract you signed clearly states, any rooms not released by the cut-off date are charged at the full group rate. I will call you at 3pm today.', role: 'account' },
      { body: 'Dear Ms Reyes,\n\nOur booking system doesn\'t allow exceptions once the block has closed. I will call you at 3pm today.', role: 'account' },
      { body: 'Hi Marcus,\n\nOur limited warranty does not provide for cosmetic drywall repairs. I will call you at 3pm today.', role: 'support' },
      { body: 'Hi Priya,\n\nDiscounts at renewal fall outside what we can offer. I will call you at 3pm today.', role: 'account' },
      { body: 'Hi Priya,\n\nFor security reasons, blocks cannot be lifted by email. I will call you at 3pm today.', role: 'support' },
      { body: 'Hi Priya,\n\nUnder the terms of your supply contract, we are entitled to issue an estimated bill. I will call you at 3pm today.', role: 'support' },
      { body: 'Hi Priya,\n\nAs per the agreement you signed, your 35 lines renew automatically for 24 months. I will call you at 3pm today.', role: 'account' },
      // The website as the wall, the standard call-out rate, what the warranty does not cover (read on train after the
      // forty-ninth round).
      { body: 'Hi Ana,\n\nWiper blades are not included in the standard service, as clearly stated on our website. I will call you at 3pm today.', role: 'support' },
      { body: 'Hi Ana,\n\nThe room was released at 9 pm, which is our standard practice. I will call you at 3pm today.', role: 'support' },
      { body: 'Hi Ana,\n\nIf you want us to come back and look, it will be billed at our standard call-out rate. I will call you at 3pm today.', role: 'support' },
      { body: 'Hi Ana,\n\nThe air conditioning is fitted by the chassis maker, so that will not come under our warranty. I will call you at 3pm today.', role: 'support' },
    ],
    pass: [
      // A fee waived is no rule put in the way.
      { body: "Hi Jess,\n\nOur plumber will come back on Thursday at 10am, and no callout fee will be charged for it.", role: 'support' },
      // What the terms give them is no refusal.
      { body: "Dear Ms Ward,\n\nA refund for the unused days is available under the terms of your membership, and I've started it today.", role: 'support' },
      // The same care, said as what we do for them.
      { body: "Hi Ana,\n\nTo keep your account safe, I'll call you at 3pm today to go through the details by phone rather than email.", role: 'support' },
      // A limit with what the writer can do instead.
      { body: 'Hi Ana,\n\nUnfortunately we are unable to refund the fee because the booking was made under the old terms, but I can move it to any date in the next year. I will call you tomorrow at 9am.', role: 'support' },
      { body: "Hi Ana,\n\nThe 90-day rule is in our terms, but I've reopened your account anyway. I will call you tomorrow at 9am.", role: 'support' },
      // The terms quoted and then set aside in their favour.
      { body: 'Hi Ana,\n\nOur terms say 14 days, but your parcel was lost for ten of them, so of course you can still return it. I will call you tomorrow at 9am.', role: 'support' },
      { body: 'Hi Ana,\n\nOur guidelines say how to pack a return safely; the label is attached. I will call you tomorrow at 9am.', role: 'support' },
      { body: 'Hi Ana,\n\nYour insurance policy renews on 3 March; I will send the new terms by Friday.', role: 'support' },
      { body: 'Hi Ana,\n\nOur policy number for the claim is 4471; I will send the new terms by Friday.', role: 'support' },
      { body: 'Hi Ana,\n\nThe flood was outside our control, but I have refunded the delivery fee; I will send the new terms by Friday.', role: 'support' },
      { body: 'Hi Ana,\n\nAs stated in the contract you signed with us, the price is fixed for a year; I will send the new terms by Friday.', role: 'support' },
      // A deal described by its terms is news, not a rule held up to them.
      { body: 'Hi Ana,\n\nUnder the terms of the merger, each of your shares becomes one share of the new holding company on 1 March; I will send the new terms by Friday.', role: 'account' },
      // A no with its reason is the writer's, not the rule's.
      { body: 'Hi Ana,\n\nWe cannot agree to the offset clause because our lenders forbid netting across accounts; I will send a version without it by Friday.', role: 'account' },
      // A policy set aside for them, a privacy notice, a design that works for them.
      { body: "Hi Ana,\n\nThe rate is non-refundable under our standard policy, but I've set that aside for you. I will call you tomorrow at 9am.", role: 'support' },
      { body: 'Hi Ana,\n\nYour address is kept in accordance with our privacy policy. I will call you tomorrow at 9am.', role: 'support' },
      // A rule with its reason for them, and a promise with no exceptions, are no hiding behind policy.
      { body: "Hi Ola,\n\nSecurity rules mean I can't read your full card number back to you, but the last four digits are 4471. I will call you at 4pm today.", role: 'support' },
      { body: 'Hi Ola,\n\nSign before the 30th and we waive setup. I will call you at 4pm today.', role: 'account' },
      // Where a fact is written down, not a rule held up.
      { body: 'Hi Paul,\n\nAs listed in the order confirmation, your delivery is Tuesday. I will call you at 4pm today.', role: 'support' },
      { body: "Hi Paul,\n\nI've refunded the taxi: we failed to provide onward transport, so it's on us. I will call you at 4pm today.", role: 'support' },
      // The policy named as what we did for them, not held up against them.
      { body: "Hi Paul,\n\nI've deleted your data today, well inside the 30 days our privacy policy allows. I will call you at 4pm today.", role: 'support' },
      // Look-alikes that are not (a thirty-fifth round of blind emails).
      { body: "Hi Ana,\n\nOur agents do not have the ability to see your card number, so your details stay safe. I will call you at 3pm today.", role: 'support' },
      { body: "Hi Paul,\n\nSection 7.2 of the MSA covers P1 incidents, and I've applied the credit to yours anyway. I will call you at 4pm today.", role: 'account' },
      // What cannot be done under a plan, with the fix made: no wall.
      { body: "Hi Mark,\n\nThe SIMs can't be used abroad under the new plan, so I've credited the charges today. I will call you at 3pm today.", role: 'support' },
      { body: "Hi Laura,\n\nThe minibar sensors misread your room, so I've removed the $46 today; the final invoice is attached. I will call you at 3pm today.", role: 'support' },
      // The contract or the warranty read with them, and what it does cover, is no wall (a forty-eighth round).
      { body: "Hi Marcus,\n\nYour warranty covers the crack above the door, so I've booked Dan to look at it on Friday at 10 am.", role: 'support' },
      { body: 'Hi Priya,\n\nThe agreement you signed runs to March; I can move your lines to the new rate from April if you would like.', role: 'account' },
      // The website pointed to as help, and our responsibility owned (round 49).
      { body: "Hi Ana,\n\nIt's our responsibility to check the bill before you leave, and we missed it, so I've refunded the minibar charge today.", role: 'support' },
    ],
  },
});
