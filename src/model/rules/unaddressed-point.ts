import type { Rule } from '../rule';
import { ALL_ROLES } from '../rule';
import { verdictsFor } from '../answers';
import { q } from '../phrase-rule';
import type { AskType } from '../listening';

// What an answer of each kind says, for the hint.
const SUGGESTION: Record<AskType, string> = {
  why: 'Say what caused it, in plain words ("a retry job charged the card twice"), or when you will know.',
  when: 'Give a date or time ("by Thursday noon"), or when you will know it.',
  yesno: 'Start with the answer: yes, no, or not yet, and why.',
  how: 'Walk them through it in steps, or say when you will.',
  what: 'Answer it directly, or say when you will.',
  request: 'Say it is done, when it will be, or why you cannot (and what you can do instead).',
};

const rule: Rule = {
  id: 'unaddressed-point',
  kind: 'unaddressed-point',
  dimension: 'research',
  roles: ALL_ROLES,
  title: 'Unanswered question',
  flags: 'A question or request in the message being answered that the reply does not address.',
  why: 'Failing to listen is a top trust-killer (seed 003 habit 3); answering each point they raised shows you read their message.',
  severity: 'risk',
  document(doc) {
    if (doc.quotedPoints.length === 0) return [];
    const verdicts = verdictsFor(doc, doc.quotedPoints, () => doc.sentences.map((s) => s.view));
    // A reply that answers none of two asks or more: each flag is surer than one among answered asks (on the context
    // set's train split, 0.81 right against 0.62), and the reader sees a reply that ignores what they asked.
    const none = verdicts.length >= 2 && verdicts.every((v) => !v.answered);
    return doc.quotedPoints.flatMap((p, i) => {
      const verdict = verdicts[i]!;
      if (verdict.answered) return [];
      const who = p.author ? `${p.author} ${p.kind === 'question' ? 'asked' : 'asked for'}` : `They ${p.kind === 'question' ? 'asked' : 'asked for'}`;
      const cut = p.partial ? ' (Only the start of their long message was read.)' : '';
      // Said as sure only where the reader would be: the reply names the ask and leaves it (thanks for it, sorry for
      // it, says it back, puts it off), or answers one part of two. Where the reply never names it, the answer may be
      // there in words the judge does not read (4 in 10 such flags were right on the context set's train split): a
      // check to make, that costs little.
      const sure = !!verdict.missing || !!verdict.acknowledged;
      return [{
        start: 0, end: 0, penalty: verdict.missing ? 20 : verdict.acknowledged ? 30 : none ? 20 : 10,
        ...(none ? { overall: 12 } : {}),
        ...(sure || none ? {} : { severity: 'warn' as const }),
        message: verdict.missing
          ? `${who}: ${q(p.text, 140)}. The reply answers part of it, not ${q(verdict.missing.text, 80)}.${cut}`
          : verdict.nothingSaid
            ? `${who}: ${q(p.text, 140)}, and the reply says nothing that answers it.${cut}`
            : verdict.acknowledged
              ? `${who}: ${q(p.text, 140)}, and the reply mentions it but does not answer it.${cut}`
            : none
              ? `${who}: ${q(p.text, 140)}, and the reply seems to answer none of the ${verdicts.length} things they asked: check that it does.${cut}`
              : `${who}: ${q(p.text, 140)}, and no sentence of the reply seems to answer it: check that one does.${cut}`,
        suggestion: SUGGESTION[verdict.missing?.type ?? p.type],
      }];
    });
  },
  examples: {
    flag: [{
      body: 'Hi Dana,\n\nThanks for signing up. Pricing is $40 per seat per month, billed annually.',
      quoted: 'On Mon, 3 Mar 2025, Dana Reyes <dana@northwind.com> wrote:\nWhat does it cost per seat? And when could onboarding start?',
      role: 'account',
    }, {
      // A date for something else ("the order form by Friday") does not say when onboarding starts.
      body: 'Hi Dana,\n\nPricing is $40 per seat per month, billed annually. I will send the order form by Friday at noon.',
      quoted: 'On Mon, 3 Mar 2025, Dana Reyes <dana@northwind.com> wrote:\nWhat does it cost per seat? And when could onboarding start?',
      role: 'account',
    }, {
      // The refund question is the one left out; "export" and "month" elsewhere in the reply do not answer it.
      body: 'Hi Tom,\n\nThe CSV export failed because of a bug in last week\'s release. The fix ships on Wednesday, and I will check your export myself that morning.\n\nYour monthly report is safe.',
      quoted: 'On Mon, 30 Nov 2026, Tom Becker <tom@harbor-labs.com> wrote:\nHi,\nthe CSV export has failed since Friday. When will this bug be fixed?\nAlso, can I get a refund for this month since the export is a big part of why we pay?\nTom',
      role: 'support',
    }, {
      // A request with a typographic apostrophe ("I’d like…") is a request too.
      body: 'Hi Dana,\n\nThe export timed out because of a 30-second limit, and the patch ships on Tuesday 9 December.',
      quoted: 'On Mon, 30 Nov 2026, Dana Reyes <dana@northwind.com> wrote:\nThe export failed again. I’d like a refund for this month’s subscription.',
      role: 'support',
    }, {
      // A "why" that gets a fix but no cause is still unanswered.
      body: 'Hi Maria,\n\nI have refunded the duplicate charge of $49 today; it shows on your card by Friday.',
      quoted: 'On Mon, 30 Nov 2026, Maria Lopez <maria@brightpath.io> wrote:\nI was charged twice again. Why does this keep happening?',
      role: 'support',
    }],
    pass: [{
      body: 'Hi Dana,\n\nPricing is $40 per seat per month. Onboarding can start Monday 10 March; I will send the kickoff invite by Friday.',
      quoted: 'On Mon, 3 Mar 2025, Dana Reyes <dana@northwind.com> wrote:\nWhat does it cost per seat? And when could onboarding start?',
      role: 'account',
    }, {
      // Answered in other forms of its words: "fixed" / "the fix", "refund" / "refunded".
      body: 'Hi Tom,\n\nThe fix ships on Wednesday, November 25. I have refunded this month\'s fee in full.',
      quoted: 'On Mon, 23 Nov 2026, Tom Becker <tom@harbor-labs.com> wrote:\nWhen will this bug be fixed?\nAlso, can I get a refund for this month since the export is a big part of why we pay?',
      role: 'support',
    }, {
      // A "how do I…?" answered with steps.
      body: 'Hi Priya,\n\nGo to Settings > Team, click Invite member, enter their email and choose the Admin role. I will check it worked tomorrow at 10am.',
      quoted: 'On Mon, 23 Nov 2026, Priya Shah <priya@oakleafdental.com> wrote:\nHello, how do I add a second admin to our account?',
      role: 'support',
    }, {
      // The main ask ("will future invoices be right") answered; its alternative ("or do I need to…") need not be.
      body: 'Hi Jonas,\n\nI have corrected invoice 4471. Going forward, every new invoice picks up the VAT ID from your billing profile again.',
      quoted: 'From: Jonas Weber <jonas@weber-bau.de>\nSent: Monday, November 23, 2026 9:14 AM\n\nHi, since your last update our invoices show the wrong VAT number. And will future invoices be right, or do I need to change a setting?',
      role: 'support',
    }, {
      // "When will it be fixed?" answered by what happens when, in other words.
      body: 'Hi Dana,\n\nWe found the 30-second limit behind the timeouts: a patch for that limit ships on Tuesday 9 December, and I will check your next export myself.',
      quoted: 'On Mon, 30 Nov 2026, Dana Reyes <dana@northwind.com> wrote:\nWhen will the timeout bug be fixed?',
      role: 'support',
    }, {
      // "What went wrong?" answered with the cause.
      body: 'Hi Priya,\n\nThe export failed because Xero changed its pay-item codes; I fixed the mapping this morning and I will check the next run on Friday at 9am.',
      quoted: 'On Mon, 30 Nov 2026, Priya Shah <priya@oakleafdental.com> wrote:\nOur payroll export to Xero failed again. Can you tell me what went wrong?',
      role: 'support',
    }],
  },
};
export default rule;
