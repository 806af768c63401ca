import { NON_APOLOGIES } from '../lexicon/phrases';
import { phraseRule, q } from '../phrase-rule';
import { ownsIt } from '../owning';

export default phraseRule({
  id: 'non-apology',
  kind: 'non-apology',
  title: 'Non-apology',
  flags: 'Apologies for nothing in particular: "sorry for any inconvenience this may have caused", "sorry you feel that way".',
  why: 'A generic apology says you did not look at what went wrong; an apology conditional on their feelings blames them (seed 000). Owning the specific issue is what repairs trust.',
  severity: 'risk',
  phrases: NON_APOLOGIES,
  penalty: 45,
  // An apology that owns the slip ("for any confusion caused by my email yesterday") names what went wrong.
  learnedIf: (s) => !ownsIt(s.text),
  message: (m) => `${q(m.text)} apologises without naming what went wrong.`,
  suggestion: 'Apologise for the specific thing: "I\'m sorry your order arrived a week late."',
  examples: {
    flag: [
      // The fault made small.
      { body: 'Hi Hugo,\n\nOh no, so sorry to hear about the hiccup with your backups! I will call you at 3pm today.', role: 'support' },
      { body: 'Hi Lee,\n\nWe apologize for any inconvenience this may have caused. I will call you tomorrow at 10am.', role: 'support' },
      { body: "Hi Lee,\n\nI'm sorry you feel that way. I will call you tomorrow at 10am.", role: 'support' },
      // The same non-apologies in other words: conditional, for their feelings, for "any" disruption.
      { body: 'Hi Lee,\n\nI apologise if the onboarding did not live up to what you were promised. I will call you tomorrow at 10am.', role: 'support' },
      { body: "Hi Lee,\n\nWe're sorry to hear you're disappointed with the new plan. I will call you tomorrow at 10am.", role: 'support' },
      { body: 'Hi Lee,\n\nPlease accept our sincere apologies for any trouble the outage caused. I will call you tomorrow at 10am.', role: 'support' },
      { body: 'Hi Lee,\n\nWe do truly apologize for any disruption this may cause to your team. I will call you tomorrow at 10am.', role: 'support' },
      { body: 'Hi Lee,\n\nSorry if anyone on your side was inconvenienced by the move. I will call you tomorrow at 10am.', role: 'support' },
      // Sorry for their choice, or for their "experience".
      { body: 'Hi Lee,\n\nWe are sorry that you decided to cancel your booking. I will call you at 3pm today.', role: 'support' },
      { body: 'Hi Lee,\n\nSorry to hear about your experience. I will call you at 3pm today.', role: 'support' },
      // Sorry for how it felt, or if it did, in other words.
      { body: "Hi Ola,\n\nI'm sorry if the new pricing came as a surprise to your team. I will call you at 4pm today.", role: 'account' },
      { body: "Hi Ola,\n\nI'm sorry the refund process felt slow to you. I will call you at 4pm today.", role: 'support' },
      { body: 'Hi Ola,\n\nWe regret that the quarterly review did not go the way you had hoped. I will call you at 4pm today.', role: 'account' },
      { body: "Hi Ola,\n\nIt's unfortunate that you were left with that impression of our staff. I will call you at 4pm today.", role: 'support' },
      // Regret with nobody in it, and sorry it did not come out how they wanted (round 31 blind emails).
      { body: 'Hi Ola,\n\nIt is regrettable that a number of visits in November did not go ahead as planned. I will call you at 4pm today.', role: 'account' },
      { body: "Hi Ola,\n\nSorry to hear the banners haven't come out how you wanted. I will call you at 4pm today.", role: 'support' },
      // Said in fresh words (a thirty-sixth round of blind emails).
      { body: "Hi Ana,\n\nWe regret very much that you have experienced a feeling of dissatisfaction with our product. I will call you at 3pm today.", role: 'support' },
      // Sorry they feel "this way" (a forty-fifth round of blind emails).
      { body: "Hi Gareth,\n\nI'm sorry to hear you feel this way about your experience. I will call you at 3pm today.", role: 'support' },
    ],
    pass: [
      { body: "Hi Lee,\n\nI'm sorry your order arrived a week late. I will call you tomorrow at 10am.", role: 'support' },
      // Apologies that look generic but name the thing, or are not apologies to the customer at all.
      { body: 'Hi Lee,\n\nSorry, I meant Tuesday, not Thursday. I will call you tomorrow at 10am.', role: 'support' },
      { body: 'Hi Lee,\n\nI apologise for the late invoice: I sent it to the wrong address. I will call you tomorrow at 10am.', role: 'support' },
      { body: 'Hi Lee,\n\nSorry to hear you were ill last week, and thanks for the update. I will call you tomorrow at 10am.', role: 'support' },
      // Names what went wrong, and owns it.
      { body: 'Hi Lee,\n\nMy apologies for any confusion caused by my email yesterday: the price is $40. I will call you tomorrow at 10am.', role: 'support' },
      { body: 'Hi Lee,\n\nIf you have any trouble with the new login, I will fix it. I will call you tomorrow at 10am.', role: 'support' },
      { body: 'Hi Lee,\n\nSorry to hear about your father; take all the time you need. I will call you at 3pm today.', role: 'support' },
      { body: 'Hi Lee,\n\nSorry to hear your order came without the lid: I have sent one by courier. I will call you at 3pm today.', role: 'support' },
      // An apology for what we did, and a sorry about their loss, are apologies.
      { body: 'Hi Ola,\n\nI am sorry the refund took three weeks; I should have chased it on day five. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Ola,\n\nSorry if this reaches you twice: our mail server resent it. I will call you at 4pm today.', role: 'support' },
      // The regret owned by the writer names the fault.
      { body: "Hi Ola,\n\nIt is unfortunate that I sent the wrong size: I've sent the right one by express today.", role: 'support' },
      // Sorry for what happened, said this way: owned.
      { body: "Hi Gareth,\n\nI'm sorry we cancelled your van booking this way, on the morning itself; I will call you at 3pm today.", role: 'support' },
    ],
  },
});
