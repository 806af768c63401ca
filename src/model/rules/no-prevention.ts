import { APOLOGY, MISTAKE_WORDS, OWN_FAULT, PREVENTION, SLOW_REPLY, SYMPATHY } from '../lexicon/phrases';
import { wordRegex } from '../match';
import { perSentence, type Rule } from '../rule';
import { q } from '../phrase-rule';

const apology = wordRegex(APOLOGY);
const mistake = wordRegex(MISTAKE_WORDS);
const prevention = wordRegex(PREVENTION);
const slowReply = wordRegex(SLOW_REPLY);
const ownFault = wordRegex(OWN_FAULT);
const sympathy = wordRegex(SYMPATHY);
const sorry = /\b(?:sorry|apologi[sz]e|apologies|regret)\b/i;
const facts = perSentence((s) => ({
  apology: apology.test(s.text) && !slowReply.test(s.text),
  // Any sorry for what happened (not for a slow reply, not sympathy for their loss), or the fault owned in words.
  owns: (sorry.test(s.text) && !slowReply.test(s.text) && !sympathy.test(s.text)) || ownFault.test(s.text),
  mistake: mistake.test(s.text),
  prevention: prevention.test(s.text),
}));

const rule: Rule = {
  id: 'no-prevention',
  kind: 'no-prevention',
  dimension: 'ownership',
  roles: ['support', 'account'],
  title: 'No prevention',
  flags: 'An apology for a mistake that never says what changes so it does not happen again.',
  why: 'The repair that works names what will change (seed 001, the "Process Making Moment"): without it, the customer expects the same mistake next time.',
  severity: 'warn',
  document(doc) {
    if (doc.sentences.some((s) => facts(s.view).prevention)) return [];
    // The apology and the mistake may sit in neighbouring sentences ("Sorry. The invoice was wrong."). A mistake owned
    // without a "sorry" ("That's our error") was tried as a trigger too: as often wrong as right on the labelled set.
    // A reply to the customer's problem that apologises for it or owns it: the problem is the mistake.
    if (doc.quotedIssue) {
      const s = doc.sentences.find((x) => facts(x.view).owns);
      if (s) {
        return [{
          start: s.start, end: s.end, penalty: 30,
          message: `${q(s.text)} owns the problem, but nothing says how it won't happen again.`,
          suggestion: 'Add what changes: "I\'ve added a check on the address field so this can\'t happen again."',
        }];
      }
    }
    for (let i = 0; i < doc.sentences.length; i++) {
      const s = doc.sentences[i]!;
      if (!facts(s.view).apology) continue;
      const next = doc.sentences[i + 1];
      if (!facts(s.view).mistake && !(next && facts(next.view).mistake)) continue;
      return [{
        start: s.start, end: s.end, penalty: 30,
        message: `${q(s.text)} apologises, but nothing says how it won't happen again.`,
        suggestion: 'Add what changes: "I\'ve added a check on the address field so this can\'t happen again."',
      }];
    }
    return [];
  },
  examples: {
    flag: [
      { body: "Hi Zoe,\n\nI'm sorry we charged you twice for March. I have refunded the $40 today.", role: 'support' },
      { body: "Hi Zoe,\n\nI'm sorry: 8 cases were left off the pallet by mistake. They go out on tomorrow's van.", role: 'account' },
      // A reply to their problem that apologises for it, or owns it, in any words.
      { body: "Hi Zoe,\n\nSorry about Friday. I've refunded the whole order today.", quoted: 'On Mon, 23 Nov 2026, Zoe Lind <zoe@fabrikam.example> wrote:\nMy order arrived an hour late and the food was cold. Nobody answered the phone.', role: 'support' },
      { body: "Hi Zoe,\n\nThat one is on me: I sent your order with the last driver out. I've refunded it today.", quoted: 'On Mon, 23 Nov 2026, Zoe Lind <zoe@fabrikam.example> wrote:\nMy order arrived an hour late and the food was cold. Nobody answered the phone.', role: 'support' },
    ],
    pass: [
      { body: "Hi Zoe,\n\nI'm sorry we charged you twice for March. I have refunded the $40 today, and we've added a check to billing so it doesn't happen again.", role: 'support' },
      { body: "Hi Zoe,\n\nI'm sorry to hear you are leaving the company. I will send the handover notes by Friday.", role: 'support' },
      // Prevention in other words: what the team now does.
      { body: "Hi Zoe,\n\nI'm sorry: 8 cases were left off the pallet by mistake. They go out on tomorrow's van, and our pickers now scan every case before a pallet is wrapped.", role: 'account' },
      // A slow reply needs no process.
      { body: "Hi Zoe,\n\nSorry for the delay in getting back to you. The mistake in the draft contract is fixed in the attached copy.", role: 'account' },
      // What changes, in the writer's words; sympathy is no apology for a mistake.
      { body: "Hi Zoe,\n\nSorry about Friday. I've refunded the whole order, and from this weekend we're capping orders at what the drivers on shift can carry.", quoted: 'On Mon, 23 Nov 2026, Zoe Lind <zoe@fabrikam.example> wrote:\nMy order arrived an hour late and the food was cold. Nobody answered the phone.', role: 'support' },
      { body: "Hi Zoe,\n\nSorry to hear about your father. I've moved your booking to June at no cost.", quoted: 'On Mon, 23 Nov 2026, Zoe Lind <zoe@fabrikam.example> wrote:\nMy father is in hospital and I can\'t make the class. Can I move it?', role: 'support' },
    ],
  },
};
export default rule;
