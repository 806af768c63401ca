import { type Rule } from '../rule';
import { asksAboutThem } from '../pitch';

const rule: Rule = {
  id: 'no-question',
  kind: 'no-question',
  dimension: 'research',
  roles: ['prospecting'],
  title: 'No question for them',
  flags: 'A prospecting email that asks the prospect nothing about them (an offer, a meeting or "can I send you…?" is no such question).',
  why: 'Pitching before asking about their goals is a top trust-killer in sales (seed 003 habits 1 and 5); in a study of millions of emails by Boomerang, one to three questions made a reply about 50% more likely.',
  severity: 'warn',
  document(doc) {
    if (doc.contentWords < 15 || doc.sentences.some((s) => asksAboutThem(s.view))) return [];
    // They said no: a reply owes them respect for it, not a question to keep them talking.
    if (doc.quotedDeclines) return [];
    return [{
      start: 0, end: 0, penalty: 35,
      message: doc.stats.questions > 0
        ? 'Your questions offer something or ask for a meeting; none asks about them.'
        : 'This email asks them nothing.',
      suggestion: 'Ask one question about their goals: "What would a faster close free your team to do?"',
    }];
  },
  examples: {
    flag: [
      // A nudge about our own email asks nothing about them.
      'Hi Ada,\n\nJust bumping this to the top of your inbox in case it got buried. Did you get a chance to look at my last email about the cash dashboard?',
      'Hi Ada,\n\nOur analytics suite gives finance teams a live view of cash. I have attached a brochure with the details and pricing.',
      // Only an offer and a meeting: nothing asked about them.
      'Hi Ada,\n\nOur analytics suite gives finance teams a live view of cash, with a brochure attached. Would you like a demo? Could we meet on Tuesday?',
      // A slot, a sync, a call, an offer of a copy or a dare asks nothing about them either.
      'Hi Ada,\n\nOur analytics suite gives finance teams a live view of cash. Does Tuesday at 1 PM work?',
      'Hi Ada,\n\nOur analytics suite gives finance teams a live view of cash. Open to a quick sync in the next couple of weeks?',
      'Hi Ada,\n\nOur analytics suite gives finance teams a live view of cash. Worth a quick call next week?',
      'Hi Ada,\n\nWe wrote a short guide to month-end close for retailers. Would it help if I sent you a copy?',
      'Hi Ada,\n\nOur panels cut a warehouse power bill by a third, and the assessment is free. What do you have to lose?',
    ],
    pass: [
      // Asked without a question mark.
      "Hi Ada,\n\nSince the Denver office opened, I wondered whether approvals have got slower with two sites. If that's not on your plate this quarter, no problem: I won't follow up again.",
      // Wondering, with the subject said before it (round 46's corpus).
      "Dr. Kaminski,\n\nRichard suggested I contact you. I am writing a term paper on real options and was wondering if you would mind answering a few questions on how your group tests its models.",
      // They said no: the reply respects it and asks nothing more.
      { body: "Hi Laura,\n\nUnderstood, and thanks for telling me straight. I've taken you off our list today, and you won't hear from me again.\n\nAll the best,\nSam", quoted: "On Mon, 7 Dec 2026, Laura Chen wrote:\nWe've decided to stay with our current vendor. Please take me off your list.", role: 'prospecting' },
      'Hi Ada,\n\nHow does your team see cash positions today? I have an idea that might save you the Monday spreadsheet.',
      'Hi Ada,\n\nI saw the new Leeds office on your careers page. Who closes the books there today? Could we meet on Tuesday?',
      // A question about how their own set-up works is about them.
      'Hi Ada,\n\nI saw the new Leeds office on your careers page. Does your current close process work across both sites?',
    ],
  },
};
export default rule;
