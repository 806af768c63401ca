import { PRESSURE } from '../lexicon/phrases';
import { phraseRule, q } from '../phrase-rule';

export default phraseRule({
  id: 'pressure',
  kind: 'pressure',
  title: 'Pressure and dollar signs',
  flags: 'Sales pressure: "act now", "limited time offer", "before the discount expires", "last chance".',
  why: 'Urgency you made up shows "dollar signs in your eyeballs" (seed 000) and tells the customer the deal matters more than their decision.',
  severity: 'risk',
  phrases: PRESSURE,
  penalty: 45,
  message: (m) => `${q(m.text)} pressures the customer.`,
  suggestion: 'Give them a real reason and room to decide: "The current price holds for orders placed before 1 March, if that timing suits your budget."',
  examples: {
    flag: [
      // Scarcity and a deadline in an invitation's words.
      'Hi Rae,\n\nInterest in the session has been great and seats are limited, so register today! What does payroll cost you today?',
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
    ],
    pass: [
      // Our own promptness, and a noun, are no pressure.
      'Hi Rae,\n\nSend me your questions and I will respond immediately. They did not sign an order today, so what does payroll cost you?',
      { body: "Hi Ana,\n\nThere is no deadline on this: your current price stays until your renewal in June. Which plan fits your team?", role: 'prospecting' },
      'Hi Bo,\n\nThe current price holds for orders placed before 1 March. Which team would use it first?',
      // A real date that is no squeeze: a third party's deadline explained, someone away for a while.
      'Hi Ola,\n\nThe state rebate closes on 15 August, so the application has to be in before then if you want it. What matters most to your team this quarter?',
      'Hi Ola,\n\nAs he is travelling for the next 10 days, I have passed your note to his deputy. What matters most to your team this quarter?',
    ],
  },
});
