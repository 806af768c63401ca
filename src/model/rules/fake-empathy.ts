import { FAKE_EMPATHY } from '../lexicon/phrases';
import { phraseRule, q } from '../phrase-rule';

export default phraseRule({
  id: 'fake-empathy',
  kind: 'fake-empathy',
  title: 'Scripted empathy',
  flags: 'Stock empathy lines such as "I understand your frustration" or "I know how you feel".',
  why: 'Customers recognise scripted empathy at once; it reads as pretending to feel, which costs more trust than saying nothing (seed 000: "Don\'t pretend-feel").',
  severity: 'risk',
  phrases: FAKE_EMPATHY,
  penalty: 45,
  message: (m) => `${q(m.text)} sounds scripted.`,
  suggestion: 'Name their specific problem and what you are doing about it: "The invoice charged you twice; I have refunded the $40 today."',
  examples: {
    flag: [
      // Breezy empathy claimed, not shown.
      { body: "Hey Ethan,\n\ntotally feel you on this one, I get it on a deep level. I will call you at 3pm today.", role: 'account' },
      { body: 'Dear Kavya,\n\nYour emotions are completely valid and heard by each of us here. I will call you at 3pm today.', role: 'support' },
      { body: "Hi Ana,\n\nRest assured your satisfaction is our number one priority. I will call you tomorrow at 9am.", role: 'support' },
      { body: 'Hi Ana,\n\nWe take all customer complaints very seriously. I will call you tomorrow at 9am.', role: 'support' },
      { body: 'Hi Sam,\n\nI understand your frustration with the delayed shipment. I will call you at 3pm today.', role: 'support' },
      { body: 'Hi Sam,\n\nI know how you feel. I will refund the fee today.', role: 'support' },
      { body: 'Hi Sam,\n\nYour feedback is important to us. I will refund the fee today.', role: 'support' },
      // Stock warmth in other words.
      { body: 'Hi Sam,\n\nYour trust means the world to us, and the whole team here genuinely cares. I will refund the fee today.', role: 'support' },
      { body: "Hi Sam,\n\nWe hear you, and to us you're family. I will refund the fee today.", role: 'support' },
      // Stock warmth in still other words.
      { body: 'Hi Ola,\n\nI understand this must be upsetting, however the system will not permit a refund. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Ola,\n\nYour comfort and peace of mind will always come first here. I will call you at 4pm today.', role: 'support' },
      { body: "Hi Ola,\n\nI want you to know we've heard your concerns. I will call you at 4pm today.", role: 'support' },
      // Twenty-third round: the stock lines with other nouns.
      { body: 'Hello,\n\nYour request is important to us. I will call you at 4pm today.', role: 'support' },
      { body: 'Hello,\n\nWe value you as our esteemed client. I will call you at 4pm today.', role: 'account' },
    ],
    pass: [
      // Taken seriously, and the thing done about it.
      { body: "Hi Ana,\n\nWe take this seriously, and we have added a second check to every order since Monday. I will call you tomorrow at 9am.", role: 'support' },
      { body: "Hi Ana,\n\nYou waited two hours at the desk, and that should not have happened. I will call you tomorrow at 9am.", role: 'support' },
      { body: 'Hi Sam,\n\nYour shipment left our warehouse two days late because of a labelling error. I will call you at 3pm today.', role: 'support' },
      { body: 'Hi Sam,\n\nI understand the contract now, thanks for walking me through it. I will send the signed copy by Friday.', role: 'support' },
      { body: 'Sam, I hear you got the go-ahead for the Austin office. I will send the floor plan by Friday.', role: 'support' },
      // News of their team, and a plain fact about trust, are no script.
      { body: 'Hi Sam,\n\nWe hear your team cares a lot about the Austin launch, so I booked the fitter for Monday at 8am. I will send the floor plan by Friday.', role: 'support' },
      { body: 'Hi Sam,\n\nThe whole family plan was charged twice, and I have refunded the second charge today.', role: 'support' },
      // Their words said back, with what we did about them, is listening.
      { body: 'Hi Ola,\n\nYou said the boiler failed twice this week; an engineer will be with you at 8am tomorrow. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Ola,\n\nAs a member since 2019, you keep your old rate. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Paul,\n\nYour request for the March statements is with me, and will call you at 4pm today.', role: 'support' },
      // Look-alikes that are not (a thirty-fifth round of blind emails).
      { body: "Hi Ana,\n\nPlease be assured that your refund has been processed today. I will call you at 3pm today.", role: 'support' },
    ],
  },
});
