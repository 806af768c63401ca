import type { Rule } from '../rule';
import { overlap } from '../listening';
import { q } from '../phrase-rule';

/** How many of the opening's sentences may carry the customer's issue back to them. */
const OPENING = 2;

const rule: Rule = {
  id: 'unreflected-issue',
  kind: 'unreflected-issue',
  dimension: 'research',
  roles: ['support', 'account'],
  title: 'Opening ignores their issue',
  flags: 'A reply whose first lines do not say back the problem the customer wrote about.',
  why: 'Saying their issue back in your own words first shows you read their message (rubric, listening; seed 000); an opening that could answer anyone reads as a template.',
  severity: 'warn',
  document(doc) {
    const issue = doc.quotedIssue;
    if (!issue) return [];
    const opening = doc.sentences.slice(doc.firstContent, doc.firstContent + OPENING);
    if (opening.length === 0) return [];
    const stems = new Set(opening.flatMap((s) => s.view.stems));
    // Saying back any of the problems they named counts: a reply may open with the one it can fix.
    const reflects = (issue: readonly string[]) => overlap(issue, stems) >= (issue.length <= 3 ? 1 : 2);
    // So does the situation around it, said back in two of its words or more ("the Kellerbier labels went out with 4.9%").
    if (reflects(issue.stems) || issue.others.some(reflects) || issue.context?.some((c) => overlap(c, stems) >= 2)) return [];
    const first = opening[0]!;
    return [{
      start: first.start, end: first.end, penalty: 15,
      message: `Your opening does not say what ${issue.author ?? 'they'} wrote about: ${q(issue.text, 140)}`,
      suggestion: `Open with their problem in your own words, one sentence that shows you read what ${issue.author ?? 'they'} wrote, then what you are doing about it.`,
    }];
  },
  examples: {
    flag: [{
      // Another matter after the problem is not its situation: the levy said back does not say back the late beans (round 34).
      body: 'Hi Sam,\n\nThanks for your email. The marketing levy is set in clause 14.2 of the agreement. I will call you today at 4pm.',
      quoted: "On Mon, 10 Mar 2025 at 6:48 pm, Sam Nguyen <sam@bean-there.example> wrote:\nHi Trent, Three of my last four bean deliveries have come a day late. Also, the new 2% marketing levy - what is it actually being spent on in Ballarat? I haven't seen any local ads.\nSam",
      role: 'account',
    }, {
      // The problem said in full ("did not arrive", "instead of", "refused"), met by a stock opening.
      body: 'Hi Laura,\n\nThank you for your email. We will look at the scheduling with our dispatch team. I will call you today at 4pm.',
      quoted: 'On Wed, 11 Sep 2024, Laura Fischer <laura@brandtbau.example> wrote:\nYour mixer trucks did not arrive for the 7:00 pour at the Kaiserstrasse site today. We had a crane standing for three hours.',
      role: 'account',
    }, {
      body: 'Hi Aisha,\n\nThanks for shopping with us! Our returns window is 14 days. I will email you a label today by 4pm.',
      quoted: 'On Mon, 3 Jun 2024, Aisha Khan <aisha@example.org> wrote:\nI ordered a navy coat in size 12 and received a grey jumper in size 16.',
      role: 'support',
    }, {
      // The problem in words the older reader missed: "nobody has contacted us".
      body: 'Hi Dom,\n\nThanks for reaching out! We are thrilled to have you on board. I will call you today at 4pm.',
      quoted: 'On Mon, 23 Nov 2026, Dom Reyes <dom@fabrikam.example> wrote:\nWe signed last Tuesday and paid the deposit. Nobody has contacted us since.',
      role: 'account',
    }, {
      body: 'Hi Lee,\n\nThank you for contacting us. We value your feedback and are always working to improve. I will call you today at 4pm.',
      quoted: 'On Mon, 23 Nov 2026, Lee Park <lee@fabrikam.example> wrote:\nHi, my card was charged twice for the November invoice. Please refund the second charge.',
      role: 'support',
    }, {
      // Problems in more words (a thirteenth round of blind emails): a part cracked, a delivery not before seven, a price
      // that goes up.
      body: 'Dear Customer,\n\nThank you for contacting Brewhaus Support. We apologise for any inconvenience this may have caused. I will call you today at 4pm.',
      quoted: 'On Mon, 3 Mar 2025, Gareth Hughes <gareth@example.org> wrote:\nThe coffee grinder I ordered arrived with a cracked hopper.',
      role: 'support',
    }, {
      body: 'Hi Oliver,\n\nThanks for your email. The logistics team has been made aware. I will call you today at 4pm.',
      quoted: 'On Fri, 14 Mar 2025, Oliver Bennett <oliver@example.org> wrote:\nFriday\'s delivery turned up at 10:40, not before 7.',
      role: 'account',
    }, {
      body: 'Dear Claire,\n\nI hope spring is treating you and the team nicely. Our platform has seen a year of innovation. I will call you today at 4pm.',
      quoted: 'On Wed, 2 Apr 2025, Claire Dubois <claire@example.org> wrote:\nYour renewal notice says our price goes from €2,400 to €3,100 a month.',
      role: 'account',
    }],
    pass: [{
      // What followed the problem said back (round 32 blind emails): the staff who cleaned up the leak.
      body: "Dear Sandra,\n\nThank you for letting us know, and I'm sorry your staff had to clean that up in the corridor. Two replacement drums go out on today's collection and reach you tomorrow before 1 pm.",
      quoted: 'From: Sandra Bell <manager@willowbank.example>\nSent: Wednesday, 14 May 2025 09:30\nSubject: Order 58812\n\nTwo of the four drums of floor stripper in order 58812 arrived split and leaking all over the box. My domestic staff had to clean it up in the back corridor. We need replacements.',
      role: 'support',
    }, {
      body: 'Hi Lee,\n\nYou were charged twice for the November invoice, and I am sorry. I refunded the second charge today; you will see it by Friday.',
      quoted: 'On Mon, 23 Nov 2026, Lee Park <lee@fabrikam.example> wrote:\nHi, my card was charged twice for the November invoice. Please refund the second charge.',
      role: 'support',
    }, {
      body: 'Hi Lee,\n\nGreat to hear the rollout went well. I will send the training dates by Thursday at 3pm.',
      quoted: 'On Mon, 23 Nov 2026, Lee Park <lee@fabrikam.example> wrote:\nThe rollout went well, thanks! Could you send the training dates?',
      role: 'account',
    }, {
      // The customer named two problems; the opening says back the second one.
      body: 'Hi Lee,\n\nThe export that failed on Monday is working again: I restarted it myself and it finished at 10am. About the double charge, I refunded it today.',
      quoted: 'On Mon, 23 Nov 2026, Lee Park <lee@fabrikam.example> wrote:\nHi,\nMy card was charged twice for the November invoice.\nAlso our nightly export failed on Monday with an error.\nLee',
      role: 'support',
    }, {
      // The situation around the problem, said back: the labels that came with the old percentage.
      body: 'Hi Lena,\n\nThe Kellerbier labels went out with last year\'s 4.9% instead of 5.2%, which was our mistake. I will call you today at 4pm.',
      quoted: 'On Mon, 23 Nov 2026, Lena Vogt <lena@fabrikam.example> wrote:\nThe 4,000 labels for the Kellerbier came with last year\'s alcohol percentage. We can\'t bottle until we have correct ones.',
      role: 'account',
    }],
  },
};
export default rule;
