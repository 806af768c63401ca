/**
 * Reading a reply sentence for steps (src/model/answers.ts), linear since
 * issue 18: the same answers as the regex it replaces, on random text and on
 * long runs of line breaks.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hasSteps, judgeAll, replySentences, withLists } from '../../src/model/answers';
import { extractQuotedPoints } from '../../src/model/listening';
import { splitSentences } from '../../src/model/text';
import { expectSameAsOld } from '../same-as-old';

// The old pattern: "\n\s*" was tried at every break of a run of them.
const OLD_STEPS = /(?:^|[.:;!?,]\s+|\bthen\s+|\n\s*(?:\d+[.)]\s*|[-*•]\s*)?)(?:go to|open|click|tap|select|choose|press|enter|type|navigate to|head to|under|in (?:the )?settings|from the \w+ menu|log in|sign in|visit|use the)\b/i;
const oldHasSteps = (text: string) => OLD_STEPS.test(text.replace(/\s+/g, (run) => (run.includes('\n') ? '\n' : run)));

describe('hasSteps', () => {
  it('finds steps as the old pattern did', () => {
    const piece = fc.constantFrom(' ', '  ', '\n', '\n\n', '\t', '\u00a0', '\r\n', '1.', '2)', '-', '•', '*', '.', ',', 'then', 'Then ', 'open', 'Open', 'click', 'go to', 'in the settings', 'from the File menu', 'x', 'opens', 'the');
    expectSameAsOld(piece, hasSteps, oldHasSteps, { maxLength: 16 });
  });

  it('ordinary sentences', () => {
    expect(hasSteps('Go to Settings, click Invite and enter their address.')).toBe(true);
    expect(hasSteps('Here is how:\n1. Open Billing\n2. Click Export')).toBe(true);
    expect(hasSteps('The export opens fine for me.')).toBe(false);
  });

  it('long runs of line breaks and list marks', () => {
    const N = 50_000;
    expect(hasSteps(`See below${'\n '.repeat(N)}x`)).toBe(false);
    expect(hasSteps(`See below${'\n '.repeat(N)}open Billing`)).toBe(true);
    expect(hasSteps(`${'\n1. '.repeat(N)}x`)).toBe(false);
    expect(hasSteps(`${'\n1. '.repeat(N)}click Export`)).toBe(true);
  });
});

const answered = (quoted: string, body: string) => {
  const sentences = replySentences(splitSentences(body).map((s) => s.text));
  return judgeAll(extractQuotedPoints(quoted), sentences).map((v) => v.answered);
};

describe('an ask acknowledged, not answered', () => {
  it('a thank-you that calls the ask a good one answers nothing ("it\'s a sensible thing to have")', () => {
    const quoted = 'We would also need to understand how you would support an exit plan if we moved supplier at short notice.';
    expect(answered(quoted, "Thanks for raising the exit plan, it's a sensible thing to have in place.")).toEqual([false]);
    expect(answered(quoted, 'On an exit plan: we export all your records as CSV within 5 working days of notice, at no charge.')).toEqual([true]);
  });
  it('a thank-you, an apology or a restatement later in the reply that names the ask is where it was dealt with', () => {
    const quoted = 'Could you send the March usage report? And does archived data count towards our storage quota?';
    // Flag: the report is sent, the quota question only thanked for.
    expect(answered(quoted, 'The March usage report is attached. Thanks for asking about archived data and the quota too.')).toEqual([true, false]);
    // Flag: an apology that names it.
    expect(answered('Why did the nightly backup skip Tuesday? Can you rerun it?', 'I have rerun it this morning and it finished at 9:10. Apologies that the Tuesday backup was skipped.')).toEqual([false, true]);
    // Flag: a restatement of the question, after something else that shares a word with it.
    expect(answered('Will the price go up at renewal?', 'Your seats carry over at renewal. You asked whether the price will go up at renewal, which is fair.')).toEqual([false]);
    // Pass: the answer is there too, in the ask's words.
    expect(answered(quoted, 'The March usage report is attached. Archived data does not count towards your storage quota. Thanks for asking about archived data.')).toEqual([true, true]);
    // Pass: an apology before the answer does not undo it.
    expect(answered('Why did the nightly backup skip Tuesday?', 'Apologies that the Tuesday backup was skipped. The backup job ran out of disk space because an old snapshot was never deleted.')).toEqual([true]);
    // Pass: an apology that shares a word only through a cluster (invoice ~ bill) is no acknowledgement of the ask.
    expect(answered('Why was I billed twice?', 'Our system retried a payment that looked failed, and your bank let both through. Sorry the invoices also show your personal name.')).toEqual([true]);
  });
  it('talk on the topic right after the ask is said back is no answer; a yes or a done after it is', () => {
    const quoted = 'Are the daily backups kept for 30 days on the Agency plan?';
    expect(answered(quoted, 'You asked whether daily backups on the Agency plan are kept for 30 days. Daily backups are one of the most important parts of the Agency plan, and they run every night without you lifting a finger.')).toEqual([false]);
    expect(answered(quoted, 'You asked whether daily backups on the Agency plan are kept for 30 days. Yes, every daily backup on the Agency plan is kept for 30 days.')).toEqual([true]);
    // Without the restatement, the same talk answers by its topic, as before.
    expect(answered(quoted, 'Daily backups on the Agency plan are kept in two regions and checked every night, for the full 30 days.')).toEqual([true]);
  });
  it('the ask said back is the customer\'s words: its cause and its time answer nothing', () => {
    // Flag: "caused" and "Monday" belong to the question said back.
    expect(answered('What caused the outage on Monday?', 'You asked what caused the outage on Monday.')).toEqual([false]);
    expect(answered('Why wasn\'t the heating fixed after we reported it on Friday?', 'I understand you\'d like to know why the heating fault you reported on Friday wasn\'t fixed before Saturday night.')).toEqual([false]);
    expect(answered('Why can\'t I book anything online?', 'You mentioned the online system shows no availability for six weeks, and you\'re wondering why you can\'t book anything.')).toEqual([false]);
    // Pass: the answer after the clause that says it back.
    expect(answered('What caused the outage on Monday?', 'You asked what caused the outage on Monday: a faulty network switch dropped connections for 40 minutes.')).toEqual([true]);
    expect(answered('When will the replacement arrive?', 'You asked when the replacement will arrive, and it will be with you on Thursday before noon.')).toEqual([true]);
    // Pass: an offer ("If you would like…") says no ask back; its time still answers.
    expect(answered('When can the first 500 pieces arrive?', 'If you would like them sooner, we can fly 500 pieces from stock tomorrow, arriving on Friday 13 March.')).toEqual([true]);
  });
  it('"failed" in a thank-you is the topic thanked for, not a cause', () => {
    expect(answered('Why did the import fail?', 'Thanks for flagging the failed import.')).toEqual([false]);
  });
  it('"I\'ll see what I can do" promises nothing', () => {
    expect(answered('Could you bring your support lead to the call?', "I'll see what I can do about bringing our support lead to the call.")).toEqual([false]);
    expect(answered('Could you bring your support lead to the call?', "I'll bring our support lead to the call.")).toEqual([true]);
  });
});

describe('the question after a lead-in', () => {
  it('a dash leads into the question, which sets what answers it', () => {
    const quoted = 'Our finance lead is away this week - does the export include the VAT column or only the totals?';
    // Pass: the question after the dash is answered in other words.
    expect(answered(quoted, 'The export carries a separate VAT column for every line, next to the totals.')).toEqual([true]);
    // Flag: a sentence about the lead-in is no answer.
    expect(answered(quoted, 'I hope your finance lead has a good week away.')).toEqual([false]);
    // What "that" is, is before the dash.
    expect(answered('The mobile app logs me out every morning — is that a known problem?', 'Yes, the morning logouts are a known problem in version 3.2, and 3.3 fixes them on Thursday.')).toEqual([true]);
    expect(answered('The mobile app logs me out every morning — is that a known problem?', 'Your invoice for March is attached.')).toEqual([false]);
  });
  it('"as soon as you are back online" is a condition, not a vague time', () => {
    const quoted = 'Can we still take card payments when the internet goes down?';
    expect(answered(quoted, "The tills keep taking card payments offline and send them through as soon as you're back online.")).toEqual([true]);
    // Still vague on its own.
    expect(answered('When will the new terminals arrive?', 'The new terminals will be with you soon.')).toEqual([false]);
  });
});

describe('an ask that names its thing by a pronoun', () => {
  it('"a new one" points back through the ask before it to what that one was about', () => {
    const quoted = 'I lost my card yesterday. Has it been cancelled? When will I get a new one?';
    expect(answered(quoted, 'Your old card was cancelled at 10:14 this morning. Your replacement card will reach you by 1 pm tomorrow.')).toEqual([true, true]);
    expect(answered(quoted, 'Your old card was cancelled at 10:14 this morning, so nobody can use it.')).toEqual([true, false]);
  });
  it('"Can you add them before then?" is about what the sentence before names', () => {
    const quoted = 'We are taking on three new nurses on the 4th. Can you add them before then?';
    // Pass: the nurses' accounts set up, in other words.
    expect(answered(quoted, 'The three nurse accounts are live now, and each will get a welcome email today.')).toEqual([true]);
    // Flag: something done, about something else.
    expect(answered(quoted, 'I have updated your billing address.')).toEqual([false]);
  });
});

describe('a cause said as what led to it', () => {
  it('", so…" and "the wrong…" answer a "why" on its topic', () => {
    const quoted = 'Why was I charged a late fee in May?';
    // Pass: what led to it, then ", so" the thing asked about.
    expect(answered(quoted, 'Your direct debit bounced on the 3rd, so the May invoice was charged a late fee.')).toEqual([true]);
    expect(answered('Why did the parcel go to my old flat?', 'Our driver used the wrong address label, the one from your previous parcel.')).toEqual([true]);
    // Flag: ", so you have it" elsewhere is no cause of it.
    expect(answered('Why did the test load take nine hours?', "I'll email the updated plan by Wednesday, so you have it before the meeting.")).toEqual([false]);
    // Flag: a weak cause that names nothing of the question does not take the "why" (a strong one alone may).
    expect(answered('Why did the test load take nine hours?', 'Three migration tasks remain open, so the team is busy this week.')).toEqual([false]);
  });
  it('"what went wrong?" names no topic of its own: what led to the fault answers it, whatever other ask it shares a word with', () => {
    const quoted = 'Can you replace the 14 castings before our assembly run? And I\'d like to understand what went wrong.';
    const cause = 'The boring tool was worn and should have been changed, so the last pieces in that run drifted oversize.';
    expect(answered(quoted, `${cause} We'll replace all 14 castings by Tuesday.`)).toEqual([true, true]);
    expect(answered(quoted, "We'll replace all 14 castings by Tuesday. We're sorry the run went wrong.")).toEqual([true, false]);
  });
});

describe('forms of one word', () => {
  it('"adding" and "add" are one word, though Porter stems them "ad" and "add"', () => {
    expect(answered('Is there a penalty for adding Rotterdam mid-year?', 'You can add another site whenever you like, at the same rate.')).toEqual([true]);
    // Flag: a sentence without the word.
    expect(answered('Is there a fee for adding a second warehouse mid-contract?', 'I hope the move to the new offices went well.')).toEqual([false]);
  });
});

describe('a request answered by saying the thing', () => {
  it('a sentence with three of the ask’s words and more of its own answers it, without a verb of doing', () => {
    const quoted = 'Will you help us migrate our customer records from Zendesk, or is that on us?';
    // Pass: the service stated in the present.
    expect(answered(quoted, 'Our support engineers handle the migration of customer records from Zendesk as part of onboarding, tickets and attachments included.')).toEqual([true]);
    // Flag: a sentence that names one of its words.
    expect(answered(quoted, 'Many of our customers came from Zendesk and were happy with the switch.')).toEqual([false]);
    // Flag: an apology that names them.
    expect(answered(quoted, 'I am sorry the migration of customer records from Zendesk has been such a worry for your team.')).toEqual([false]);
  });
});

describe('a thing the ask includes', () => {
  it('", including…" is a part of its own, answered the same way, and named when missing', () => {
    const quoted = 'Is all our payroll data stored in Canada, including the nightly backups?';
    const sentences = (body: string) => replySentences(splitSentences(body).map((s) => s.text));
    // Flag, naming the part: the data's place said, the backups' not.
    const [v] = judgeAll(extractQuotedPoints(quoted), sentences('Your payroll data is stored in our Toronto region.'));
    expect(v!.answered).toBe(false);
    expect(v!.missing?.text).toMatch(/^including the nightly backups/);
    // Pass: both.
    expect(answered(quoted, 'Your payroll data is stored in our Toronto region, and the nightly backups stay in Canada too.')).toEqual([true]);
  });
});

describe('how things always work is no answer', () => {
  it('a rule said of every case answers no request; a deed does', () => {
    const quoted = 'Your invoice charges us £2,100 but our agreed rate is £1,840. Please correct it.';
    expect(answered(quoted, 'Please note that all invoices are generated automatically by our system according to our pricing policy.')).toEqual([false]);
    expect(answered(quoted, 'Your invoice has been corrected to the agreed £1,840 and reissued this morning.')).toEqual([true]);
  });
});

describe('a request of two things', () => {
  it('splits before a second verb of doing ("and apply…", "and reissue…") and names the part left open', () => {
    const sentences = (body: string) => replySentences(splitSentences(body).map((s) => s.text));
    const quoted = 'Can you move us from monthly to annual billing and apply the annual discount?';
    expect(extractQuotedPoints(quoted)[0]!.parts?.map((p) => p.text)).toEqual(['Can you move us from monthly to annual billing', 'apply the annual discount?']);
    const [v] = judgeAll(extractQuotedPoints(quoted), sentences("I've switched you to annual billing from your 1 April renewal, so you'll get one bill for the year."));
    expect(v!.answered).toBe(false);
    expect(v!.missing?.text).toBe('apply the annual discount?');
    // Pass: both done ("I've also applied…" is done too).
    expect(answered(quoted, "I've switched you to annual billing from 1 April. I've also applied the 15% annual discount.")).toEqual([true]);
    // One sentence can do both.
    expect(answered(quoted, "I've switched you to annual billing from 1 April and applied the 15% annual discount to it.")).toEqual([true]);
    // A list of things is one request, not two ("the January and February invoices").
    expect(extractQuotedPoints('Can you reissue the January and February invoices?')[0]!.parts).toBeUndefined();
  });
  it('splits two things asked for under one verb ("a collection of the cartons and a credit for the stock")', () => {
    const sentences = (body: string) => replySentences(splitSentences(body).map((s) => s.text));
    const quoted = 'Could you arrange a collection of the damaged cartons and a credit for the stock?';
    expect(extractQuotedPoints(quoted)[0]!.parts?.map((p) => p.text)).toEqual(['Could you arrange a collection of the damaged cartons', 'a credit for the stock?']);
    const [v] = judgeAll(extractQuotedPoints(quoted), sentences("I've raised a credit note for the stock, £186.40 including VAT, and you'll receive it by email today."));
    expect(v!.answered).toBe(false);
    expect(v!.missing?.text).toBe('Could you arrange a collection of the damaged cartons');
    expect(answered(quoted, "I've raised a credit note for the stock today, and our driver will collect the damaged cartons on Thursday.")).toEqual([true]);
    // Not a choice between two things, nor "both… and…".
    expect(extractQuotedPoints('Could you explain the difference between the basic and the pro plan?')[0]!.parts).toBeUndefined();
  });
  it('splits two things asked of one "what" ("What\'s the price and turnaround?") and says which is left', () => {
    const sentences = (body: string) => replySentences(splitSentences(body).map((s) => s.text));
    const quoted = "What's the price and turnaround?";
    expect(extractQuotedPoints(quoted)[0]!.parts?.map((p) => p.type)).toEqual(['what', 'when']);
    const [v] = judgeAll(extractQuotedPoints(quoted), sentences('Printing the 400 brochures comes to £1,840 including delivery.'));
    expect(v!.answered).toBe(false);
    expect(v!.missing?.text).toMatch(/turnaround/);
    expect(answered(quoted, 'Printing the 400 brochures comes to £1,840, and turnaround is five working days from your sign-off.')).toEqual([true]);
    expect(extractQuotedPoints('What is the difference between the basic and the pro plan?')[0]!.parts).toBeUndefined();
  });
});

describe('clusters', () => {
  it('a budget is not a price: a quote does not answer a question about the budget year', () => {
    expect(answered('Is there any way to line up the billing date with our budget year?', "I'll send the quote over on Wednesday.")).toEqual([false]);
    expect(answered('What does the premium plan cost?', 'Premium is quoted at $30 per seat a month.')).toEqual([true]);
  });
});

describe('a vague time', () => {
  it('the ask’s own date is no answer of when, and a vague promise that names the ask is where it was dealt with', () => {
    const quoted = "When will the slides from Tuesday's workshop be available?";
    // Flag: "Tuesday" is the workshop's day, not when the slides come; "shortly" is no time.
    expect(answered(quoted, "The slides from Tuesday's workshop are being finished and will be with you shortly.")).toEqual([false]);
    // Flag: an earlier sentence sharing a word does not answer it either.
    expect(answered(quoted, "The handbook is available in French, and I've attached it. The slides from Tuesday's workshop will be with you shortly.")).toEqual([false]);
    // Pass: a date of its own.
    expect(answered(quoted, "The slides from Tuesday's workshop will be in your inbox by Friday noon.")).toEqual([true]);
  });
});

describe('an offer on a condition', () => {
  it('"If you\'d rather…, …" offers what was asked for', () => {
    const quoted = 'Can you move us to quarterly invoicing?';
    expect(answered(quoted, "If you'd prefer quarterly invoicing, that takes effect from your next invoice.")).toEqual([true]);
    // Flag: a condition about something else.
    expect(answered(quoted, "If you'd like a copy of your contract, just reply to this email.")).toEqual([false]);
  });
});

describe('a sentence answers the ask it covers most', () => {
  it('unless the ask is about what the ask before it named ("Is that date free?")', () => {
    const quoted = "We'd like to book the hall again for our party on Friday 11 December. Is that date free?";
    expect(answered(quoted, "Friday 11 December is yours: I've put a provisional hold on the hall until 10 April.")).toEqual([true, true]);
    // Flag: the date said back in thanks holds nothing.
    expect(answered(quoted, 'Thanks for thinking of us for Friday 11 December.')).toEqual([false, false]);
  });
  it('all the words of a short ask outweigh a few more of a long one', () => {
    const quoted = 'I looked at the pricing page: is the $35 per user billed monthly or once a year? And do you have a nonprofit discount?';
    // Pass: the discount answered in other words (charities ~ nonprofit, half off ~ discount), next to the price.
    expect(answered(quoted, 'The $35 per user is billed monthly. Charities get half off any plan, so 10 users would pay $175 a month.')).toEqual([true, true]);
    // Flag: the price alone.
    expect(answered(quoted, 'The $35 per user is billed monthly, so 10 users pay $350 a month.')).toEqual([true, false]);
  });
});

describe('a no with an alternative', () => {
  it('"Rather than raising it, …" refuses the ask in its words, whatever else the sentence names', () => {
    const quoted = 'What is the upload limit per file?\n\nCan you raise it for our team?';
    const body = 'The upload limit is 2 GB per file. Rather than raising it, I would point you at resumable uploads, which split a file into parts under the per-file limit.';
    // Pass: the second sentence names the limit more, and still refuses the raise.
    expect(answered(quoted, body)).toEqual([true, true]);
    // Flag: an alternative without a no to the raise.
    expect(answered(quoted, 'The upload limit is 2 GB per file, and resumable uploads split a file into parts under the per-file limit.')).toEqual([true, false]);
  });
});

describe('answers by kind of ask, in other words', () => {
  it.each([
    // A person asked for, a person named.
    ['We signed three weeks ago and have no logins. Who is handling this?', 'Nadia Grant on our implementation team is setting up your logins today.'],
    // "Surely that's wrong?" is answered by "You're right".
    ['You charged me a £25 fee on 3 May, but my salary landed that morning. Surely that is wrong?', "You're right, and I've refunded the £25 today."],
    // "What is happening?" asks for a cause.
    ['Our ink was due on the 5th and we have two days of stock. What is happening?', 'Your ink missed its truck because I booked it on one that was already full.'],
    // A request for anything at all is answered by what is done.
    ['I am locked out of my vault and need my passwords by 9 tomorrow. Please help.', 'I reset the two-factor login on your account at 16:40, so you can sign in now.'],
    // The same thing in the words of the one who knows it: no signal is offline, Apple computers are Macs, a lift is step-free.
    ['Our crews work on sites with patchy coverage. Does your app work offline?', 'Forms and photos save to the tablet when there is no signal and sync once it reconnects.'],
    ['We are an ArchiCAD practice. Does your tool work on Mac?', 'Our desktop app runs natively on Apple computers, both Apple silicon and Intel.'],
    ['One of our pupils uses a wheelchair. Is the gallery step-free?', 'There is a lift from the main entrance to the first floor, and the tomb rooms have ramps.'],
    // "Remind me what…" asks what; "at no cost" is free.
    ['Could you remind me what the minimum order is for free delivery?', 'Anything over £150 goes out at no cost to you.'],
    // A plan that runs month to month has no minimum term; "nothing you need to do" is how to fix it; "That line is
    // for…" says what the charge pointed at covers.
    ['We like the product. Is there a minimum contract length?', "Plans run month to month, and you can leave with 30 days' notice at any point."],
    ['Our emails have been landing in spam since the move. How do we fix it?', "There's nothing you need to do: over the next 24 hours your emails will reach inboxes again."],
    ['The invoice has a £640 line for AV support. Can you tell me what that charge covers?', 'That line is for the second projector and sound desk in the Thames Room.'],
    // Where it sits is where it is; a shop is a store; up to 500 requests a second is a rate limit.
    ['Our backups matter to the auditors. Where are the backups?', 'They sit in a second region, 300 miles from the first.'],
    ['Do I send the headphones back or take them to a store?', "You don't have to post them: any of our shops can swap them on the spot."],
    ['Any rate limits on the webhooks API?', 'Each workspace can send up to 500 requests a second; anything above that is queued.'],
    // A rise named for what it is answers why; "I can hold your current rate" is room to move.
    ['The renewal quote shows a 9% increase. Why is it going up, and is there any room to move?', 'The 9% is the list-price uplift that applies to every contract this year. I can hold your current rate if you sign a two-year renewal by 31 January.'],
    ['The renewal quote shows a 9% increase. Is there any room to move?', 'This is standard across all our customers and we are unable to make exceptions.'],
  ])('"%s" is answered by "%s"', (quoted, reply) => {
    expect(answered(quoted, reply)).toEqual([true]);
  });

  it.each([
    ['We signed three weeks ago and have no logins. Who is handling this?', 'We are sorry for the wait and value your patience.'],
    ['Our crews work on sites with patchy coverage. Does your app work offline?', 'Thanks for asking about working with no signal.'],
    // A boast with the ask's words in it says nothing of what was asked.
    ['Our crews work on sites with patchy coverage. Does your app work offline?', 'Our app is the most trusted tool for field crews.'],
    ['The renewal quote shows a 9% increase. Why is it going up, and is there any room to move?', "I hear you, and I'll see what I can do."],
    ['The invoice has a £640 line for AV support. Can you tell me what that charge covers?', 'Thanks for flagging the £640 line.'],
    ['I am locked out of my vault and need my passwords by 9 tomorrow. Please help.', 'Sorry to hear that, we will look into it as soon as possible.'],
  ])('"%s" is not answered by "%s"', (quoted, reply) => {
    expect(answered(quoted, reply)).toEqual([false]);
  });
});

describe('the only ask of its kind, answered in other words', () => {
  it('the one "why" is answered by the one cause given, even in none of its words', () => {
    expect(answered('Why was the claim denied?', 'It was filed under your old member ID, which expired on 1 January. Our phones were busy that week because of the storm.')).toEqual([true]);
    // With two "why"s, the cause answers the one it is about.
    expect(answered('Why was the claim denied?\n\nAnd why did nobody call me back?', 'The claim was denied because it was filed under your old member ID.')).toEqual([true, false]);
  });
  it('the one "when" is answered by a dated step that is not itself a message', () => {
    expect(answered('When will the loss adjuster visit?', 'Priya Desai from our assessment team will be at the house on Thursday 12 March between 9 am and 1 pm.')).toEqual([true]);
    expect(answered('When will the loss adjuster visit?', 'I will email you the claim form by Thursday at noon.')).toEqual([false]);
  });
  it('an ask for an amount is answered by a figure, a dated promise of one is not', () => {
    expect(answered('Could you tell me what rate we would get on a five-year loan?', "On that amount and term we'd be looking at 7.4% fixed, subject to credit approval.")).toEqual([true]);
    expect(answered('Could you tell me what rate we would get on a five-year loan?', "I'll come back to you on that after our credit meeting.")).toEqual([false]);
  });
  it('the one "how" is answered by steps, whatever they name', () => {
    expect(answered('How do I give a new teammate access?', 'Open Settings, click Members and press Invite.')).toEqual([true]);
  });
});

describe('an ask that refers back, or asks where or when', () => {
  it('a yes/no or a request about "that" is answered by a sentence that opens by answering it', () => {
    expect(answered('You charged me a £25 fee on the day my salary landed. Surely that\'s wrong?', "You're right, and thank you for spotting it. I've refunded the £25 today.")).toEqual([true]);
    expect(answered('I booked under my maiden name. Is that allowed, and is there a fee?', "Yes, we can change it, and there's no fee for a name change after marriage.")).toEqual([true]);
    // Without an answer at its start, it is not answered by the words around it.
    expect(answered('I booked under my maiden name. Is that allowed, and is there a fee?', "Thanks for asking. There's no fee for a name change after marriage.")).toEqual([false]);
  });

  it('"where is it?" is answered by where it is or went, not by what is being done about it', () => {
    expect(answered('My transfer of £2,500 has not arrived. Where is my money?', "I've traced your £2,500 transfer: it left your account at 10:42 and was held for a security check.")).toEqual([true]);
    expect(answered('The mixer never arrived. Where is my parcel?', "We've opened an investigation with the carrier and they'll look into what happened with the delivery. The tracking link is in a separate email.")).toEqual([false]);
  });

  it('"when will someone come out?" is answered by a visit booked for a time, not by a visit to be arranged', () => {
    expect(answered('My cable has been out since the storm. When will someone come out?', "I've booked a technician for tomorrow between 8 and 10 a.m., and he'll call you 20 minutes before he arrives.")).toEqual([true]);
    expect(answered('The inverter has a red light on. When can you send someone out?', "You're right that this is covered by your warranty, and our service team will be in touch to arrange a visit.")).toEqual([false]);
  });
});

describe('answers read by their kind, not their words', () => {
  it('an ask that sets its own time is answered by a dated step, not by a promise to call', () => {
    expect(answered('Can you send an engineer out today?', 'Priya from our field team will be with you by 3 pm.')).toEqual([true]);
    expect(answered('Can you send an engineer out today?', "I'll call you by 3 pm with an update.")).toEqual([false]);
  });

  it("the only yes/no question is answered by a sentence that opens with its yes or no", () => {
    expect(answered('Has the parcel left your warehouse?', 'Yes, first thing this morning.')).toEqual([true]);
    expect(answered('Has the parcel left your warehouse?', 'Thanks for checking in with us.')).toEqual([false]);
  });

  it('"What\'s the new date?" asks when, and only a time answers it', () => {
    expect(answered('The concert was moved. What is the new date?', 'The band will now play on Saturday 14 June.')).toEqual([true]);
    expect(answered('The concert was moved. What is the new date?', 'The band is really sorry about the change.')).toEqual([false]);
  });

  it('the only ask about money is answered by a sum or a rate it does not name itself', () => {
    const asks = 'What rate would we pay on a three-year loan? How long does approval usually take?';
    expect(answered(asks, 'For that term we would be looking at 6.9% fixed. Approval usually takes two weeks.')).toEqual([true, true]);
    expect(answered(asks, 'Our team would be glad to talk it through. Approval usually takes two weeks.')).toEqual([false, true]);
  });

  it('a reply that answers a list item by item answers each ask in the item of its mark', () => {
    const quoted = 'Ahead of the renewal, please provide the following:\n\na) Confirmation that the liability clause remains at 2x annual fees.\nb) An updated insurance certificate naming us as holder.\n\nRegards,\nProcurement';
    expect(answered(quoted, 'a) Clause 9 carries over unchanged, so what we owe in a claim stays capped at double a year of charges.\nb) Our broker is reissuing it with your name on it.')).toEqual([true, true]);
    expect(answered(quoted, 'a) Clause 9 carries over unchanged, so what we owe in a claim stays capped at double a year of charges.\nb) Thanks for flagging the certificate.')).toEqual([true, false]);
  });

  it('a short "Why?" after a marked line is that item\'s ask, answered in its item', () => {
    const quoted = '1) How do I add our new starter to this week\'s run?\n2) The pension deduction for Jordan shows 0%. Why?\n\nThanks,\nAroha';
    const body = '1) Go to People > Add employee and tick "Include in next pay run".\n2) Jordan\'s profile has an opt-out date saved on it. When that field is filled in, contributions stop.';
    expect(answered(quoted, body)).toEqual([true, true]);
    expect(answered(quoted, '1) Go to People > Add employee and tick "Include in next pay run".\n2) Thanks for flagging Jordan\'s deduction.')).toEqual([true, false]);
  });

  it('"Is this a known issue?" is answered by how far the fault reaches, or by its cause', () => {
    expect(answered('Is this a known issue?', "It's not just you: since Tuesday's release every account with a custom domain has been affected.")).toEqual([true]);
    expect(answered('Is this a known issue?', 'Thank you for reporting it.')).toEqual([false]);
  });

  it('a yes or no about a cause is answered by the cause', () => {
    expect(answered('Was this caused by the update we installed?', 'The certificate on our server expired on Sunday and blocked every login.')).toEqual([true]);
    expect(answered('Was this caused by the update we installed?', 'We are looking into it.')).toEqual([false]);
  });

  it('a request for contact details is answered by the address itself', () => {
    expect(answered('Please send me the phone number of your accounts team.', 'The accounts team is on 020 7946 0000, weekdays.')).toEqual([true]);
    expect(answered('Please send me the phone number of your accounts team.', 'The accounts team works weekdays.')).toEqual([false]);
  });

  it('"Where is it?" is answered by where it is, in any words', () => {
    expect(answered('Where is my suitcase?', "It turned up in Lisbon and is on tonight's flight to you.")).toEqual([true]);
    expect(answered('Where is my suitcase?', "We've opened a trace on the bag.")).toEqual([false]);
  });

  it('a "why" is answered by what accounts for it', () => {
    expect(answered('Why is our bill so much higher this quarter?', 'Two new licences account for most of the rise.')).toEqual([true]);
    expect(answered('Why is our bill so much higher this quarter?', 'I completely understand your concern about the bill.')).toEqual([false]);
  });
});

describe('talk about the ask is no answer to it', () => {
  it('how much the ask matters, how often it is asked, or that it depends, answers nothing', () => {
    expect(answered('Can we keep our existing phone numbers?', 'Keeping your existing numbers matters a lot to a practice like yours.')).toEqual([false]);
    expect(answered('Should we add a battery now or wait?', 'Whether to add a battery now is something a lot of our customers are weighing up.')).toEqual([false]);
    expect(answered('Can we keep our existing phone numbers?', 'Yes: we move your existing numbers across for you, usually within ten working days.')).toEqual([true]);
  });

  it('"When will it be back?" is not answered by when it went down', () => {
    expect(answered('I need to know when the database will be back.', 'A storage node lost both of its network links at 01:24 and took the database offline.')).toEqual([false]);
    expect(answered('I need to know when the database will be back.', 'The database will be back by 04:00, once the node is replaced.')).toEqual([true]);
    // Unless it is back already: then the past time is when it came back.
    expect(answered('Our API keys stopped working at 9am. When will it be fixed?', 'We restored all keys at 10:12, so your existing keys work again.')).toEqual([true]);
    expect(answered('Our API keys stopped working at 9am. When will it be fixed?', 'A rotation job revoked the keys at 08:55.')).toEqual([false]);
  });

  it('"we\'re on it" and "as soon as we\'re able" put the ask off', () => {
    const body = "Probate applications are slow across the board, and the registry is working through a backlog. You can tell the agent we're on it.";
    expect(answered('Has the grant of probate been issued yet?', body)).toEqual([false]);
  });

  it('an apology is no deed, no yes and no refusal: the harm it names, "that shouldn\'t have happened", "sorry I can\'t help more"', () => {
    const charge = 'The minibar charge on booking HX-77120 is wrong. Can this be removed?';
    expect(answered(charge, "We're sorry for the confusion over the minibar charge, and for any inconvenience it has caused.")).toEqual([false]);
    expect(answered(charge, "I've removed the minibar charge from booking HX-77120, and the refund is on its way to your card.")).toEqual([true]);
    const how = "We'd like to understand how this happened, because the timesheets went to you on the 2nd as usual.";
    expect(answered(how, "I'm really sorry. That shouldn't have happened, and I know it's your name the team sees on their payslips.")).toEqual([false]);
    expect(answered(how, 'Your timesheets arrived on the 2nd, after our payroll run had closed, which is why the overtime was left out.')).toEqual([true]);
    const samples = 'Could you send 50 samples of the 750 ml size to our plant?';
    expect(answered(samples, "Apologies that I can't be more helpful on the sample side right now.")).toEqual([false]);
    expect(answered(samples, "I can't send samples of the 750 ml size: we only run that line in batches of 20,000.")).toEqual([true]);
    const bar = 'Could we have a second bar this year?';
    expect(answered(bar, "I'm sorry about the bar queue last year; 40 minutes isn't good enough, and I've passed your feedback on to our bar manager.")).toEqual([false]);
    expect(answered(bar, "Yes: I've booked a second bar for the terrace, staffed from 7 pm.")).toEqual([true]);
  });

  it('sympathy for the ask, and what the product is for, answer nothing', () => {
    const fee = 'Can you waive the late fee on my last invoice?';
    expect(answered(fee, 'I understand late fees can be frustrating, and I appreciate you raising this with us.')).toEqual([false]);
    expect(answered(fee, "I've taken the £25 late charge off your March invoice, so you now owe £310.")).toEqual([true]);
    const offline = 'Does the app work without an internet connection?';
    expect(answered(offline, 'Great question! Our app is designed for teams on the move.')).toEqual([false]);
    expect(answered(offline, "Yes, everything you enter offline is saved on the phone and uploads when you're back in coverage.")).toEqual([true]);
  });

  it('how important the thing is answers nothing; settings are preferences', () => {
    const training = 'Do you offer training for new staff?';
    expect(answered(training, 'Training is really important for getting the most out of the platform.')).toEqual([false]);
    expect(answered(training, 'Every new user gets a live 45-minute onboarding session, and there are recorded courses in the help centre.')).toEqual([true]);
    expect(answered('Will my settings be kept after the upgrade?', 'Nothing changes for you: all your templates and preferences carry over.')).toEqual([true]);
  });

  it('what other customers do answers no yes or no', () => {
    const pause = 'Can I pause my subscription over the summer?';
    expect(answered(pause, 'Many customers take a break over the summer.')).toEqual([false]);
    expect(answered(pause, "You can pause for up to three months from the Billing page, and you won't be charged while it's paused.")).toEqual([true]);
  });

  it('"What changed?" is answered by what is new or different', () => {
    const changed = 'Conversions dropped 12% since the new booking widget went live. What changed?';
    expect(answered(changed, "The new widget adds a second step before payment, and that's where guests drop off.")).toEqual([true]);
    expect(answered(changed, 'Thanks for your feedback on the widget!')).toEqual([false]);
  });

  it('"Where is my money?" is answered by where it went; "prorated" by paying only for what is left', () => {
    const where = 'I returned the jacket three weeks ago. Where is my money?';
    expect(answered(where, "I've refunded the £89 to your card today; banks usually show it within 3 working days.")).toEqual([true]);
    expect(answered(where, 'Refunds are issued once the return has been inspected.')).toEqual([false]);
    expect(answered('Will the extra seats be prorated?', "You'll only pay for the months left on your contract, so €1,400 instead of €4,800.")).toEqual([true]);
  });

  it('"it depends on the terms of your contract" answers nothing', () => {
    const warranty = 'Our oven keeps showing E42. Is this covered under warranty?';
    expect(answered(warranty, 'Warranty coverage depends on the terms of your contract.')).toEqual([false]);
    expect(answered(warranty, 'Yes, the visit and the part are covered: your warranty runs until March.')).toEqual([true]);
  });

  it('congratulations are a courtesy, like a thank-you', () => {
    const invoice = 'Please could you send me an updated invoice for February with our new company name, Hollow Pine Digital Ltd.';
    expect(answered(invoice, 'Congratulations on the rebrand to Hollow Pine Digital, and thanks for letting us know.')).toEqual([false]);
    expect(answered(invoice, "Congratulations on the rebrand: I've attached February's invoice made out to Hollow Pine Digital Ltd.")).toEqual([true]);
  });

  it('passing the ask on, keeping an eye on it or keeping them posted decides nothing', () => {
    const ask = 'I want a discount on this month\'s invoice for the trouble.';
    expect(answered(ask, "I've noted your request for a discount and passed it to our accounts team for review.")).toEqual([false]);
    expect(answered(ask, "I've taken 15% off this month's invoice for the trouble.")).toEqual([true]);
    const tile = 'The green tile is backordered: will it come in time?';
    expect(answered(tile, "We're keeping a close eye on the green tile with our supplier, and Mike will keep you posted.")).toEqual([false]);
    expect(answered(tile, 'Yes: the green tile arrives on Tuesday, in time for the fitters.')).toEqual([true]);
    const fixed = 'Can you tell me if the PDF export will be fixed today?';
    expect(answered(fixed, 'Our engineers are working on the problem now and we\'ll update you as soon as we have more news.')).toEqual([false]);
    expect(answered(fixed, 'The PDF export will be fixed by 3 pm today; the patch is in testing now.')).toEqual([true]);
  });
});

describe('asks about where, who pays and what happened', () => {
  it('a "where" answered by its topic alone needs a place', () => {
    const quoted = 'Will you sign a BAA, and where is the data hosted?';
    const baa = "Yes, we'll sign a BAA, as we do with every healthcare customer.";
    expect(answered(quoted, `${baa} What I can do is move your test data into a paid workspace with the first month free.`)).toEqual([false]);
    expect(answered(quoted, `${baa} Your data is kept in our Frankfurt region and never leaves the EU.`)).toEqual([true]);
  });
  it('"Will you sign a BAA?" asks for a yes: one that opens on it answers', () => {
    expect(answered('Our compliance team needs this. Will you sign a BAA?', 'Yes, we sign a BAA with every healthcare customer as standard.')).toEqual([true]);
    expect(answered('Our compliance team needs this. Will you sign a BAA?', 'Compliance matters to every healthcare customer we have.')).toEqual([false]);
  });
  it('"Can you tell me where it is?" is answered by where it is', () => {
    expect(answered('My suitcase never arrived. Can you tell me where it is?', 'It was left in Madrid during the transfer and is on the evening flight.')).toEqual([true]);
    expect(answered('My suitcase never arrived. Can you tell me where it is?', 'We are sorry your suitcase did not arrive.')).toEqual([false]);
  });

  it('"Who pays for it?" is answered by a charge nobody will pay', () => {
    expect(answered('The labels were misprinted. Who pays for the reprint?', 'The new labels go out on Thursday, and there is no charge for them or the delivery.')).toEqual([true]);
    expect(answered('The labels were misprinted. Who pays for the reprint?', 'The new labels go out on Thursday.')).toEqual([false]);
  });

  it('"How did this happen?" is answered by an account of what happened, and when', () => {
    expect(answered('My number was moved to a new SIM. How did this happen?', 'Someone called us at 21:14 last night pretending to be you and passed our security questions.')).toEqual([true]);
    expect(answered('My number was moved to a new SIM. How did this happen?', 'I am so sorry about the stress this has caused.')).toEqual([false]);
  });
});

describe('dates written day first, distances and end dates', () => {
  it('"31 March" and "14 November" are times, as "March 31" is', () => {
    expect(answered('When will the replacement part arrive?', 'It will be with you on 14 November.')).toEqual([true]);
    expect(answered('When will the replacement part arrive?', 'It will be with you on the 2nd of December.')).toEqual([true]);
  });
  it('the date a thing runs until answers when it ends', () => {
    expect(answered('When does my contract end? I want to switch supplier.', 'Your fixed term runs until 31 March 2027.')).toEqual([true]);
    expect(answered('When does my contract end?', 'Contracts like yours are popular with families.')).toEqual([false]);
  });
  it('"how far" is answered by a distance or a journey, not by "close to"', () => {
    expect(answered('How far is the hotel from the station?', "It's a ten-minute walk, or two stops on the number 4 tram.")).toEqual([true]);
    expect(answered('How far is the hotel from the station?', 'Our hotel is in a great location, close to shops and transport links.')).toEqual([false]);
  });
  it('what may be done by a date is no dated step for an ask that sets its own time', () => {
    expect(answered('Please could you send the final itinerary so I can share it with parents tonight.', 'Their places can be passed to other students free of charge until 20 March.')).toEqual([false]);
    expect(answered('Please could you send the final itinerary so I can share it with parents tonight.', 'You will have it by 6pm today.')).toEqual([true]);
  });
});

describe('"how long until it is fixed?"', () => {
  it('is answered by the fault said to be over, whatever other ask the sentence names; not by a promise to update', () => {
    const quoted = 'Is this a problem on your side? How long until it\'s fixed? And will the missing sales be backfilled?';
    expect(answered(quoted, 'Yes, a failed job on our side stopped new sales reaching dashboards. We restarted it at 09:40 and new sales are flowing again. The missing hours will backfill by 1pm today.')).toEqual([true, true, true]);
    expect(answered(quoted, 'We are aware of an issue affecting dashboards and our engineers are working on it. We will update you as soon as we know more.')).toEqual([false, false, false]);
  });
});

describe('a reply with nothing but thanks', () => {
  it('is sure it answers nothing, whichever ask it was; a reply with an answer in it stays a check', () => {
    const [v] = judgeAll(extractQuotedPoints('Can you send a replacement grinder? This one is noisy.'), replySentences(['Hi Rachel,', 'Thanks for letting us know.', 'Mike']));
    expect(v).toMatchObject({ answered: false, acknowledged: true });
    const [w] = judgeAll(extractQuotedPoints('Can you send a replacement grinder? This one is noisy.'), replySentences(['Thanks for letting us know.', 'Our courier collects the old one on Tuesday.']));
    expect(w?.acknowledged).toBeUndefined();
  });
});

describe('answers found writing fresh question-and-reply pairs', () => {
  it('an elliptical yes or no opens the reply ("We do —", "It won\'t —")', () => {
    expect(answered('Do you offer a SIM-only plan without a contract? I am moving abroad in the autumn.', 'We do — our 30-day rolling option is $20 a month, and you can cancel any time from the app.')).toEqual([true]);
    expect(answered('We need to know whether the payroll run on the 28th will be affected by the system upgrade.', "It won't — the maintenance window is 2am to 5am on Sunday the 26th.")).toEqual([true]);
  });
  it('the same thing in the trade\'s other words: bounced for declined, electricity for power, winter sports for skiing', () => {
    expect(answered('Will the power be off during the work?', 'Residents will lose electricity for about 45 minutes while the unit is swapped.')).toEqual([true]);
    expect(answered('Does my travel policy cover skiing?', "Winter sports aren't part of the standard plan, but you can add them for £24.")).toEqual([true]);
    expect(answered('Could the extra payment be returned to me?', "I've reversed the duplicate £38 charge on our side.")).toEqual([true]);
  });
  it('a refusal said as "not one we are able to", where a thing waits, and how long it takes', () => {
    expect(answered('Can you waive the transfer fee this time?', "The £9 charge is taken by the correspondent bank, so it isn't one we're able to remove.")).toEqual([true]);
    expect(answered('Where is my order?', 'Your parcel is waiting at the delivery office on Cowley Road.')).toEqual([true]);
    expect(answered('Can you confirm the lead time for 2,000 units of the M8 bracket? Also, who will be our contact while Ana is on leave?', "From purchase order to dispatch it's currently six weeks at that volume. Rahul Desai is covering Ana's accounts until 3 June.")).toEqual([true, true]);
    expect(answered('How long are records kept after a patient leaves?', 'We retain them for eight years from the final entry.')).toEqual([true]);
  });
  it('a no said as "I\'d rather not" or "we can only", with its reason, answers the request', () => {
    expect(answered('Can you give me a rough price for a rewire?', "I'd rather not give you a number by email, because 1960s semis vary a lot and the consumer unit changes the price by thousands.")).toEqual([true]);
    expect(answered('Could you issue the invoice for the next renewal in Japanese yen?', 'We can only invoice in US dollars, because our billing system for Asia runs through our US entity.')).toEqual([true]);
    expect(answered('Could you issue the invoice for the next renewal in Japanese yen?', 'Thanks for the question about the renewal invoice.')).toEqual([false]);
  });
  it('"please tell us the procedure" is a how, answered by the steps', () => {
    expect(answered('Can the license move to a new PC? Also, please tell us the procedure.', 'Yes, the license can be transferred to the new PC.\n\nThe procedure:\n1. On the old PC, open Help > License Manager and click Deactivate.\n2. Install the software on the new PC.\n3. Enter your license number when asked.')).toEqual([true, true]);
    expect(answered('Can the license move to a new PC? Also, please tell us the procedure.', 'Yes, the license can be transferred to the new PC.')).toEqual([true, false]);
  });
  it('"what is the implementation time?" wants a length of time, not a word on the thing it names', () => {
    expect(answered('What is the implementation time for about 2000 endpoints?', 'Once the NDA is signed I can set up a call with a bank running about 1,800 endpoints.')).toEqual([false]);
    expect(answered('What is the implementation time for about 2000 endpoints?', 'For 2,000 endpoints implementation usually takes six to eight weeks.')).toEqual([true]);
    expect(answered("What's the typical setup time for a clinic our size?", 'Setup for a clinic with three rooms takes two days on site.')).toEqual([true]);
  });
  it('"who is handling it?" is answered by "I am now handling your claim personally"', () => {
    expect(answered('I filed a claim three weeks ago. Who is handling it and when will I get an answer?', 'I am now handling your claim personally. Send me the plumber\'s report and I will give you a decision by Friday 14 March.')).toEqual([true]);
  });
  it('what they are asked to see to is no deed of ours', () => {
    expect(answered('When will the power be back?', 'If you have a medical dependency on electricity, please ensure you are registered on our Priority Services Register.')).toEqual([false]);
  });
  it('a reason given for the ask is not a second ask', () => {
    expect(extractQuotedPoints('Could you send me a copy of my vaccination record? My new employer has asked for it.').map((p) => p.text)).toEqual(['Could you send me a copy of my vaccination record?']);
  });
});

describe('answers in forms the reply takes', () => {
  it('a list answers what its lead-in names ("Insurance included in the package:" and its items)', () => {
    const quoted = 'Are your instructors qualified? What insurance is included?';
    const body = 'Every instructor holds a Level 2 certificate or above.\nInsurance included in the package:\n- Medical and repatriation, up to £10 million per person\n- Loss of or damage to ski equipment\nWe look forward to the trip.';
    expect(answered(quoted, body)).toEqual([true, true]);
    // Flag: a lead-in with no list after it answers nothing.
    expect(answered(quoted, 'Every instructor holds a Level 2 certificate or above.\nInsurance included in the package:\nWe look forward to the trip.')).toEqual([true, false]);
  });

  it('a list read with its lead-in stays the same sentence while its items do, so an edit elsewhere keeps the judge\'s memos', () => {
    const ss = replySentences(['Insurance included:', '- Medical cover', '- Ski equipment', 'See you soon.']);
    const first = withLists(ss);
    expect(first[0]!.text).toBe('Insurance included: - Medical cover - Ski equipment');
    expect(withLists([...ss.slice(0, 3), ...replySentences(['See you in May.'])])[0]).toBe(first[0]);
    // An item edited: the list is read anew.
    const edited = withLists([ss[0]!, ...replySentences(['- Medical and dental cover']), ss[2]!, ss[3]!]);
    expect(edited[0]).not.toBe(first[0]);
    expect(edited[0]!.text).toContain('dental');
  });

  it('a statement with a tag ("…, or not?") asks for a yes or a no', () => {
    const quoted = 'Can you explain the reason for this increase? We had premium support last year already, or not? Is it possible to have a discount if we pay in advance?';
    expect(extractQuotedPoints(quoted).map((p) => p.type)).toEqual(['why', 'yesno', 'yesno']);
    expect(answered(quoted, 'You did, yes: it was in last year\'s agreement too.')[1]).toBe(true);
    // Flag: the tag asks a yes or a no, and a thank-you gives none.
    expect(answered(quoted, 'Thanks for asking about premium support last year.')[1]).toBe(false);
  });

  it('a bare "Yes." answers the yes/no question of its rank, not every one', () => {
    const quoted = 'Is this a known issue? Is there a workaround in the meantime?';
    expect(answered(quoted, 'Yes.\nIt started with the update on 3 March, and the fix ships on Monday 24 March.')).toEqual([true, false]);
    expect(answered(quoted, 'Yes.\nNo.')).toEqual([true, true]);
    // Pass: no bare yes, no answer by rank.
    expect(answered(quoted, 'It started with the update on 3 March.')).toEqual([false, false]);
  });

  it('a yes or a no that names no ask ("Good news: it is —") answers the yes/no question of its rank', () => {
    const quoted = 'Is the hot tub working again? Also, could we bring the dog?';
    expect(answered(quoted, 'Good news: it is — a new pump went in during January and it has run perfectly since.')).toEqual([true, false]);
    expect(answered(quoted, 'Short answer: yes, a new pump went in during January.')).toEqual([true, false]);
    // Pass: "No customer payments were affected" says no word of an answer; a sentence on another ask's topic is that one's.
    expect(answered(quoted, 'No customer payments were affected.')).toEqual([false, false]);
    expect(answered(quoted, 'We do allow dogs, up to two per booking.')).toEqual([false, true]);
  });

  it('"What can I do now?" is answered by what is done or promised', () => {
    const quoted = 'The frame came in white, not black. What can I do now?';
    expect(answered(quoted, "We've sent a black frame today, and DHL will collect the white one on Monday.")).toEqual([true]);
    expect(answered(quoted, 'Thank you for your message about the frame.')).toEqual([false]);
  });

  it('"…, who do I speak to about that?" asks for a person or a contact, after a comma too', () => {
    const quoted = 'My case arrived with the handle broken, who do I speak to about that?';
    expect(answered(quoted, 'For the case, you can write to our baggage desk at bags@example.com quoting your file number.')).toEqual([true]);
    expect(answered(quoted, 'I am sorry about the broken handle.')).toEqual([false]);
  });

  it('"Do they need a packed lunch?" is answered by "there is nothing to send from home"', () => {
    const quoted = 'Do they need a packed lunch? Is the trip on the 18th or the 19th?';
    expect(answered(quoted, 'The kitchen is preparing sandwiches and fruit for everyone that day, so there is nothing to send from home.')[0]).toBe(true);
    expect(answered(quoted, 'The trip is on Thursday the 19th.')[0]).toBe(false);
    expect(answered('Must I pay the return postage?', 'The driver brings the label, so there is nothing for you to print or pay.')).toEqual([true]);
    expect(answered('Must I pay the return postage?', 'Thanks for asking about the return postage.')).toEqual([false]);
  });

  it('a cause in other words: "too narrow for our lorry", "has nothing to do with", "to protect you"', () => {
    expect(answered('Why does this keep happening?', 'The roadworks have left the entrance too narrow for our standard lorry.')).toEqual([true]);
    expect(answered('What is the reason for the hold?', 'Customs picked the container for a routine scan; it has nothing to do with your paperwork.')).toEqual([true]);
    expect(answered('Can you explain me why?', 'Until the two names match, the system keeps the money back to protect you against fraud.')).toEqual([true]);
    // Pass: "too early to say" gives no cause.
    expect(answered('Why does this keep happening?', "It's too early to say, and we're looking into it.")).toEqual([false]);
  });

  it('"What dates are available?" is not answered by a date in an account of what happened', () => {
    const quoted = 'How much is a bulky collection and what dates are available?';
    expect(answered(quoted, 'Bulky collections are £35. Since early February the roadworks have blocked the road.')).toEqual([false]);
    expect(answered(quoted, 'Bulky collections are £35. The next free slots are Tuesday 10 and Friday 13 March.')).toEqual([true]);
  });

  it('"What damage is this about?" points at the thing: "The charge relates to…" says what it is', () => {
    expect(answered('What damage is this about?', 'The charge is for a 14 cm scratch and a small dent on the rear bumper.')).toEqual([true]);
    expect(answered('What damage is this about?', 'The charge was taken from your card on Friday.')).toEqual([false]);
  });

  it('"Is it possible so late?" is answered by "is no problem at all"', () => {
    const quoted = 'We land at 23:40. Is self check-in possible so late? And is the cot free?';
    expect(answered(quoted, 'Checking in at midnight is no problem at all: the doors have keypads.')[0]).toBe(true);
    expect(answered(quoted, 'We look forward to welcoming you.')[0]).toBe(false);
  });

  it('"What documents do you need?" is answered by "To clear it, please upload:" and its list', () => {
    const quoted = 'Why is my payout on hold? What documents do you need exactly to release it?';
    expect(answered(quoted, 'To clear it, please upload:\n• a recent bank statement\n• a photo ID')[1]).toBe(true);
    expect(answered(quoted, 'Your payout is on hold.')[1]).toBe(false);
  });

  it('"X is no problem at all" that names no ask answers the yes/no question of its rank', () => {
    const quoted = 'We land at 23:40. Is self check-in possible so late? Can you put a cot in the flat, and is it free?';
    expect(answered(quoted, 'Arriving close to midnight is no problem at all.')[0]).toBe(true);
    expect(answered(quoted, 'We look forward to having you.')[0]).toBe(false);
  });

  it('"What can I do now?" is answered by a dated step to come', () => {
    const quoted = 'The desk came in the wrong colour. What can I do now?';
    expect(answered(quoted, 'The courier will collect the white one from your address on Monday 9 March.')).toEqual([true]);
    expect(answered(quoted, 'The courier collects from most addresses.')).toEqual([false]);
  });

  it('"Where\'s my refund?" is answered by where the money went, in an account named by its provider too', () => {
    const quoted = "Tracking says you got my return on the 9th. Where's my refund?? How long does it normally take?";
    expect(answered(quoted, 'The £64.00 went back to your PayPal account on 26 February, so it should already show.')[0]).toBe(true);
    expect(answered(quoted, 'Refunds are something we take seriously.')[0]).toBe(false);
  });

  it('"Where is the data hosted?" is answered by where it runs or is based', () => {
    const quoted = 'Can we get a sandbox key this week? Where is the data hosted?';
    expect(answered(quoted, 'Everything runs in AWS eu-west-2 in London, and nothing leaves the UK.')[1]).toBe(true);
    expect(answered(quoted, 'Our company is growing fast in the UK.')[1]).toBe(false);
  });

  it('a list whose lead-in names the ask answers it, whatever its items name', () => {
    const quoted = 'What features would we lose? How do we export all signed documents?';
    const list = 'These features will no longer be available on the cheaper plan:\n- sending one document to many recipients\n- your logo on signing pages';
    expect(answered(quoted, list)[0]).toBe(true);
    // Pass: a lead-in that names nothing of the ask is the items' to answer by.
    expect(answered(quoted, 'Here is what changes:\n- sending one document to many recipients\n- your logo on signing pages')[0]).toBe(false);
  });

  it('an ask for a rough cost, said as a request, is answered by a sum', () => {
    const quoted = 'Could you give us a rough idea of cost for a 2-minute film?';
    expect(answered(quoted, 'A piece like that usually comes in between £4,500 and £6,000.')).toEqual([true]);
    expect(answered(quoted, 'A piece like that usually takes two days to shoot.')).toEqual([false]);
  });

  it('"When is the earliest you could start?" is answered by a date they have open', () => {
    const quoted = 'Can your trainer come to our site? When is the earliest you could start?';
    expect(answered(quoted, 'Luis has the week of April 6 open right now.')[1]).toBe(true);
    expect(answered(quoted, 'Luis trained a team in Laredo on April 6 last year.')[1]).toBe(false);
  });

  it('the internet said as broadband', () => {
    const quoted = 'Can we keep our numbers? What happens if the internet goes down at one of the practices?';
    expect(answered(quoted, 'If a practice loses its broadband, calls divert to a mobile within seconds.')[1]).toBe(true);
    expect(answered(quoted, 'Every practice gets its own handsets.')[1]).toBe(false);
  });

  it('talk round the ask answers nothing: "in some ways", "we\'ll do everything we can", a walk-through offered on a short call', () => {
    const quoted = 'Customer needs the goods by 10 March, can you confirm the ETA to the Birmingham warehouse?';
    expect(answered(quoted, 'I know the 10 March date matters to your customer, and we will do everything we can.')).toEqual([false]);
    expect(answered(quoted, 'The container reaches the Birmingham warehouse on Friday 6 March.')).toEqual([true]);
    const listed = '1. Can we switch to annual billing?\n2. What happens with our files if we downgrade?';
    const reply = '1. Yes, from your next billing date.\n2. Downgrading does affect files in some ways, depending on your usage.\nI\'d be glad to walk you through it on a short call.\n\nBest regards,\nElin\nPlanloom Support';
    expect(answered(listed, reply)).toEqual([true, false]);
    expect(answered(listed, '1. Yes, from your next billing date.\n2. Files over the 5 GB limit become read-only until you delete some.')).toEqual([true, true]);
  });

  it('sales talk round a price answers no ask for one, in a numbered item too', () => {
    const quoted = '1. How is pricing calculated?\n2. What would Enterprise cost annually for us?';
    expect(answered(quoted, '1. Our pricing is simple and transparent, and it grows with you.\n2. Enterprise is a real step up, and it pays for itself within months.')).toEqual([false, false]);
    expect(answered(quoted, '1. It is £4 per employee a month.\n2. Enterprise is £18,000 a year for your volume.')).toEqual([true, true]);
  });

  it('a dated sentence on the topic does not send a copy asked for', () => {
    const quoted = "I'd also like a copy of the updated rate card so I can re-cost the spring orders.";
    expect(answered(quoted, 'On 3 February the port started adding a congestion rate to every box.')).toEqual([false]);
    expect(answered(quoted, 'The updated rate card is attached.')).toEqual([true]);
  });

  it('"every" names no topic: "on every container from now on?" is not answered by "for every box"', () => {
    const quoted = 'Is this surcharge going to be on every container from now on?';
    expect(answered(quoted, 'On 3 February the port started billing shipping lines for every box once waits passed 72 hours.')).toEqual([false]);
    expect(answered(quoted, 'Yes, the surcharge now applies to all containers through Felixstowe.')).toEqual([true]);
  });

  it('the reason given after an ask ("… given I\'d already applied?") is none of its topic', () => {
    const quoted = "I applied for a permit on 10 February. Will the fine be cancelled given I'd already applied?";
    expect(answered(quoted, 'Your application was approved on 3 March and is now with the permits team.')).toEqual([false]);
    expect(answered(quoted, "Yes, I've cancelled the fine, since your application was already in.")).toEqual([true]);
  });

  it('"When will it arrive?" is not answered by the day a step before it was taken, nor by thanks for a date they gave', () => {
    const quoted = 'I applied for a permit on 10 February. When will the permit actually arrive? My appointment is on 18 March.';
    expect(answered(quoted, 'Your application was approved on 3 March after we checked your proof of address.')).toEqual([false]);
    expect(answered(quoted, 'Thank you also for letting us know that your appointment is on 18 March.')).toEqual([false]);
    expect(answered(quoted, 'Your application was approved on 3 March, and the permit will reach you by Friday 13 March.')).toEqual([true]);
  });

  it('"Who owns the data?" wants whose it is, not talk of the data', () => {
    const quoted = 'How quick do we get the maps after you fly? Who owns the data?';
    expect(answered(quoted, 'After each flight the drone data is processed overnight and the maps are in the app by 8am.')[1]).toBe(false);
    expect(answered(quoted, 'The data stays yours: we only process it to make your maps.')[1]).toBe(true);
    expect(answered('Who must repair the leak if it is between the meter and the house?', 'We repair the first leak on that pipe at no cost to you.')).toEqual([true]);
  });

  it('more talk round an ask: "a range of factors", "treating this as a top priority", "we value you as a customer"', () => {
    expect(answered('What is the reason for this change?', 'Pricing reflects a range of factors across our network.')).toEqual([false]);
    expect(answered('What is the reason for this change?', 'The rise comes from our upstream provider raising its transit price by 40% in January.')).toEqual([true]);
    const quoted = 'WHY does your status page lag so badly? Are you planning to fix the failover?';
    expect(answered(quoted, 'Our engineers are treating this as a top priority and are reviewing every option.')[1]).toBe(false);
    expect(answered(quoted, 'We value Orbitlane as a customer and want to make sure this doesn\'t happen again.')[1]).toBe(false);
    expect(answered(quoted, 'Yes: the failover fix ships on Tuesday 10 March.')[1]).toBe(true);
    expect(answered('What is the time for installation of one gym?', 'Installation time depends on the layout of each gym.')).toEqual([false]);
  });

  it('a signature line names no one who will handle it', () => {
    const quoted = 'Who will be our technical account manager after Daniel leaves?';
    expect(answered(quoted, 'Thanks for the note.\n\nBest,\nPriya\nSenior Account Manager, CirrusBay')).toEqual([false]);
    expect(answered(quoted, 'Marta Silva will be your technical account manager from 1 April.')).toEqual([true]);
  });

  it('"the card it came from" gives no cause; "the error came from…" does', () => {
    expect(answered('Why does my portal show a late fee?', 'The second payment was refunded today to the card it came from.')).toEqual([false]);
    expect(answered('Why does my portal show a late fee?', 'The fee came from a batch job that ran before your payment was matched.')).toEqual([true]);
  });

  it('the only "What happened?" is answered by an account of what went on; "isn\'t the driver" speaks to a cause', () => {
    const quoted = 'The vegan platters never arrived tonight. What happened? Can you double-check the list for 19 March?';
    expect(answered(quoted, 'They were prepared on time but were loaded onto the van going to another booking across town.')[0]).toBe(true);
    expect(answered(quoted, 'I am so sorry about tonight.')[0]).toBe(false);
    const rise = 'The premium is up 18% after a clean year. Can you explain why it has gone up so much? When do you need our decision?';
    expect(answered(rise, 'Your own record isn\'t the driver here.')[0]).toBe(true);
    expect(answered(rise, 'I know 18% is hard to take after a clean year.')[0]).toBe(false);
  });

  it('an account of what went on answers "What happened?" whatever else it names; "going to another booking" is no future', () => {
    const quoted = 'The vegan platters never arrived. What happened? I assume we will not be charged for the vegan platters.';
    expect(answered(quoted, 'The vegan platters were prepared on time but were loaded onto the van going to another booking across town.')[0]).toBe(true);
  });

  it('", with the same handsets" asks for a thing besides the main one, answered only where the reply names it', () => {
    const quoted = 'Can you add six lines to our account, with the same handsets as the rest of the team?';
    expect(answered(quoted, 'Six new lines are set up on your account and go live on 1 April.')).toEqual([false]);
    expect(answered(quoted, 'I\'ve added six lines to your account, each with the same Galaxy handset as the rest of your team.')).toEqual([true]);
  });

  it('"varies depending on what they find" and "before we know it" answer nothing', () => {
    expect(answered('Roughly how long will the service take?', 'Service times vary a bit depending on what the technicians find once the car is up.')).toEqual([false]);
    expect(answered('Can we return two vans early without penalty?', "Thanks for starting this early; June will be here before we know it.")).toEqual([false]);
  });

  it('an apology for what they lack refuses nothing; an offer on a condition explains nothing; a retention pitch answers nothing', () => {
    expect(answered('Can you get new cards sent out to them?', "I'm so sorry that Alex and Priya still don't have their dental cards.")).toEqual([false]);
    expect(answered('Can you get new cards sent out to them?', "I'm afraid we don't have blank cards in stock until Monday, so they'll go out that day.")).toEqual([true]);
    const why = "I'd like to understand why your monthly fee is higher than the other platforms.";
    expect(answered(why, 'If you choose annual billing instead, you get two months of the monthly fee free.')).toEqual([false]);
    expect(answered('Can you cancel my membership effective March 31?', 'Before you decide, I wanted to let you know we have two more locations your membership covers.')).toEqual([false]);
    expect(answered('Do you offer a free trial?', 'We run a 30-day pilot at no cost, so you can see a full cycle before you decide.')).toEqual([true]);
  });

  it('"not all of them" is a no', () => {
    const quoted = 'Are the admin training videos up to date?';
    expect(answered(quoted, 'The videos: not all of them are current.')).toEqual([true]);
    expect(answered(quoted, 'Thanks for asking about the training videos.')).toEqual([false]);
  });

  it('"at the same time" is "concurrent", "half in January and half in July" is instalments', () => {
    expect(answered('What is the max concurrent streams per account currently?', 'You can run 10,000 at the same time on one account today.')).toEqual([true]);
    expect(answered('Is it possible to split the payment into two installments?', 'Half in January and half in July works fine.')).toEqual([true]);
    // Flag: the same words with nothing said about them.
    expect(answered('Is it possible to split the payment into two installments?', 'Thanks for your order.')).toEqual([false]);
  });
});

describe('vague answers, apologies and restatements answer nothing (a train-split review of missed "not answered")', () => {
  it('a vague or evasive sentence on the topic is no answer; a real one is', () => {
    const cases: [string, string, string][] = [
      ['Can you tell me if there is a fee for the export?', 'As for the fee, that is something we can discuss.', 'The export fee is $250, once.'],
      ['Do we get service credits under the SLA?', 'Regarding service credits, please refer to section 9 of your agreement.', 'Yes: the outage earns a 10% service credit on your next invoice.'],
      ['Why is our storage growing so fast?', 'Storage can grow for lots of reasons.', 'Storage grew because nightly backups have kept every version since March.'],
      ['Can you also bring someone from product?', "I'll see who from product is available that day.", "Yes, I'll bring Dana Wu from product with me."],
      ['Any chance the driver scorecards could be exported to Excel?', "I'll pass it along to our product team.", 'Yes, the scorecards export to Excel from the Reports tab today.'],
      ['Can you arrange a site visit for the new CNC line?', 'Our team will coordinate a visit at the earliest.', 'Our engineer will visit the CNC line on Tuesday 14 May at 10 am.'],
      ['Are you going to build the BIM viewer you talked about?', "It is something we're excited about, and we'll share more about the BIM viewer when we can.", 'We are building the BIM viewer now; it ships in the June release.'],
      ['What would interchange-plus pricing look like at our volume?', "At your volume we'd offer very competitive interchange-plus pricing.", 'At your volume interchange-plus would be interchange plus 0.18% and 8 cents a transaction.'],
    ];
    for (const [ask, vague, answer] of cases) {
      expect(answered(ask, vague), vague).toEqual([false]);
      expect(answered(ask, answer), answer).toEqual([true]);
    }
  });

  it('an apology for the harm, or for our own failing, is no cause, no deed and no no', () => {
    expect(answered('What happened?', "We are sorry for any inconvenience caused by this morning's service.")).toEqual([false]);
    expect(answered('What happened?', 'We are sorry for the delay caused by a courier strike at the depot.')).toEqual([true]);
    expect(answered('Is your platform HIPAA compliant?', "I'm sorry we haven't sent over the HIPAA compliance paperwork yet.")).toEqual([false]);
    expect(answered('Can you send the demo recording please?', 'I am so sorry about the demo recording: I should have sent it right after our call.')).toEqual([false]);
    expect(answered('Do you have a DPA according to GDPR?', "Regarding the DPA, I'm sorry that I don't have it to hand right now.")).toEqual([false]);
    expect(answered('Please can you unlock my account so I can try again?', "I'm sorry the app has locked your account after three attempts.")).toEqual([false]);
    // Pass: an apology with our deed in it.
    expect(answered('Please can you unlock my account so I can try again?', "I'm sorry about that: I've unlocked your account, so you can try again now.")).toEqual([true]);
  });

  it('"You\'re right that…", "Noted that…" and "it is important for him" say the ask back', () => {
    expect(answered('CPL on LinkedIn went from $84 to $131, what happened?', "You're right that LinkedIn CPL jumped from $84 to $131 in April.")).toEqual([false]);
    expect(answered('We will also need an API to pull data into our WMS.', "Noted that you'll need an API to pull data into your WMS.")).toEqual([false]);
    expect(answered('I need to know if the platform has a fuel report by driver, because our director is asking.', 'About the fuel report by driver: I understand it is important for him.')).toEqual([false]);
    expect(answered('We will also need an API to pull data into our WMS.', 'Our REST API pulls orders into any WMS; the docs are at api.example.com.')).toEqual([true]);
  });
});

describe('parts a reply leaves open', () => {
  const verdicts = (quoted: string, body: string) => judgeAll(extractQuotedPoints(quoted), replySentences(splitSentences(body).map((s) => s.text)));

  it('two things named side by side, one answered and the other named nowhere: the other is the part left open', () => {
    const [v] = verdicts('The sentiment scoring on Vietnamese and Mandarin calls – is that on the roadmap?', 'Mandarin sentiment scoring is in beta now, and I can switch it on for your account this week.');
    expect(v).toMatchObject({ answered: false, missing: { text: 'Vietnamese' } });
    // Pass: both named.
    expect(verdicts('The sentiment scoring on Vietnamese and Mandarin calls – is that on the roadmap?', 'Mandarin sentiment scoring is in beta now, and Vietnamese follows in the June release.')[0]!.answered).toBe(true);
    // Two places said one by one ("one in London and one in Manchester"), and a reply that books only the first.
    const sessions = 'Could you run a couple of training sessions for them, one in London and one in Manchester?';
    expect(verdicts(sessions, 'We can run the London session on 4 March at your office, for up to twelve people.')[0]).toMatchObject({ answered: false, missing: { text: 'Manchester' } });
    expect(verdicts(sessions, 'We can run the London session on 4 March and the Manchester one on 11 March, each for up to twelve people.')[0]!.answered).toBe(true);
    // Pass: the tail of a longer list, and an answer said of both at once.
    expect(verdicts('How long would implementation take for France, Belgium and Spain together?', 'Plan on twelve weeks from signature, with France first and Spain last.')[0]!.answered).toBe(true);
    expect(verdicts('Do you support Okta and Azure AD?', 'Both work: Okta through SAML, with a guide on our help site.')[0]!.answered).toBe(true);
    // Pass: a pair in the lead-in is no part of what is asked.
    expect(verdicts('The survey must be offered in French and English; can your team handle the translation?', 'Yes, our team translates every survey, and a native speaker checks each version.')[0]!.answered).toBe(true);
  });

  it('", including backups" under a list mark is answered only where the item names it', () => {
    const quoted = 'a) Can you export all our requests?\nb) Please confirm in writing that all copies will be deleted after export, including backups.';
    const [, v] = verdicts(quoted, 'a) Yes, as CSV files.\nb) I can confirm the live database and file store will be deleted on 31 October.');
    expect(v).toMatchObject({ answered: false, missing: { text: 'including backups.' } });
    expect(verdicts(quoted, 'a) Yes, as CSV files.\nb) I can confirm the live database, the file store and all backups will be deleted on 31 October.')[1]!.answered).toBe(true);
  });
});

describe('answers a probe of fresh pairs found missed (6 December)', () => {
  it('a greeting before the yes is no part of the answer; steps on the topic answer "is it possible to…?"', () => {
    expect(answered('Is it possible to add a second admin to our account?', 'Hi Lee, absolutely. Go to Settings > Team, click Invite and choose the Admin role.')).toEqual([true]);
    expect(answered('Is it possible to add a second admin to our account?', 'Hi Lee, thanks for asking about admins.')).toEqual([false]);
  });

  it('"how often" is answered by a frequency', () => {
    expect(answered('How often are backups taken?', 'We snapshot every database every four hours and keep 30 days of history.')).toEqual([true]);
    expect(answered('How often will I get reports?', "You'll get a summary in your inbox every Monday morning.")).toEqual([true]);
    expect(answered('How often are backups taken?', 'Keeping your data safe is our top priority, and we follow industry best practices.')).toEqual([false]);
  });

  it('"how many" is answered by a count of people or things, in words too', () => {
    expect(answered('How many users does the basic tier allow?', 'Basic covers up to five people.')).toEqual([true]);
    expect(answered('How many users can we add on the Starter plan?', 'Starter is our most popular plan with small teams.')).toEqual([false]);
  });

  it('a phone number or an address answers the only ask for one, a yes/no ask too', () => {
    expect(answered('Do you have a UK phone number I can call?', 'You can reach our London team on 020 7946 0000, 9 to 5 weekdays.')).toEqual([true]);
    expect(answered('Do you have a UK phone number I can call?', 'Our team is happy to help by email at any time.')).toEqual([false]);
    // An ask to email something is no ask for an address.
    expect(answered('Can you email me the quote?', 'You can reach me at sam@acme.com if you have questions.')).toEqual([false]);
  });

  it('"who will…?" is answered by a named person who will do it', () => {
    expect(answered('Who will be our point of contact after signing?', 'Maria Chen from our customer success team will look after you from day one.')).toEqual([true]);
    expect(answered('Who will handle our migration?', 'Thanks for asking who will handle the migration.')).toEqual([false]);
  });

  it('"what does the fee cover?" is answered by a sentence that opens on it', () => {
    expect(answered('What does the onboarding fee cover?', 'It pays for two training sessions, data migration and a named setup specialist.')).toEqual([true]);
    expect(answered('What does the onboarding fee cover?', 'It is a one-off fee, and it is something we can discuss.')).toEqual([false]);
  });

  it('a discount said in time given free answers "what\'s the discount?"', () => {
    expect(answered('Is there an annual plan, and if so what\'s the discount?', 'Yes, the annual plan takes two months off, so you pay for ten.')).toEqual([true]);
    expect(answered('Is there an annual plan, and if so what\'s the discount?', 'Yes, there is an annual plan, and the discount is something we can discuss.')).toEqual([false]);
  });

  it('a bare "how long?" after a first part asks about what that part names', () => {
    const quoted = 'We lost two hours of sales on Black Friday. What does a migration from our current host involve, and how long?';
    // The customer's own two hours, said back, are no answer to how long the migration takes.
    const open = judgeAll(extractQuotedPoints(quoted), replySentences(['Two hours down on Black Friday is the day every shop dreads.', 'A migration from your current host goes in three steps: we copy your database, your team tests the copy, and we switch DNS.']));
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ answered: false, missing: { text: 'how long?' } });
    const done = judgeAll(extractQuotedPoints(quoted), replySentences(['A migration from your current host goes in three steps: we copy your database, your team tests the copy, and we switch DNS.', 'The whole migration usually takes about two weeks.']));
    expect(done[0]!.answered).toBe(true);
  });

  it('"what\'s driving it?" asks why, and "two things are behind…" is a cause', () => {
    expect(answered('What\'s driving the increase?', 'Two things are behind it: recertifying every terminal, and the 24/7 phone support we added in January.')).toEqual([true]);
    expect(answered('What\'s driving the increase?', 'I know a rise like this is a lot, and I\'m sorry it came as a surprise.')).toEqual([false]);
  });

  it('a named person answers "who…?" though the sentence names another ask more', () => {
    const quoted = 'Can you please confirm who at your organization is responsible for completing it? Additionally, please provide your most recent HIPAA risk assessment summary.';
    expect(answered(quoted, 'Dev Malhotra, our security lead, owns it, and he started the questionnaire this morning. The risk assessment summary is attached.')).toEqual([true, true]);
    expect(answered(quoted, 'Our security team started the questionnaire this morning. The risk assessment summary is attached.')).toEqual([false, true]);
  });

  it('"how much time…?" asks how long, and "what\'s the cap?" asks for an amount', () => {
    expect(answered('And how much time does it take to prepare the export?', 'On timing: we need ten working days from your go-ahead.')).toEqual([true]);
    expect(answered('And how much time does it take to prepare the export?', 'As for the fee, that is something we can discuss.')).toEqual([false]);
    const cap = 'How much data are we sending you, and what\'s the cap in our contract?';
    expect(judgeAll(extractQuotedPoints(cap), replySentences(['You sent us 61 GB of data a day in January, against the 40 GB a day in your contract.']))[0]!.answered).toBe(true);
    expect(judgeAll(extractQuotedPoints(cap), replySentences(['You sent us 61 GB of data a day in January.']))[0]).toMatchObject({ answered: false, missing: { focus: ['cap', 'contract'] } });
  });

  it('marketing talk on the topic answers nothing ("built for scale", "at the heart of everything we do")', () => {
    expect(answered('Can your platform scale automatically for that?', 'Our platform is built for scale and handles peaks like that with ease.')).toEqual([false]);
    expect(answered('Can your platform scale automatically for that?', 'Yes: the platform adds servers on its own when traffic passes 70% of capacity.')).toEqual([true]);
    expect(answered('How do you vet your associates before they are placed?', 'Quality is at the heart of everything we do, and every associate goes through our thorough screening process.')).toEqual([false]);
    expect(answered('Will you keep our existing user accounts when we switch?', "We'll make sure you're covered over the cutover.")).toEqual([false]);
  });

  it('a rate in a thank-you is no time, and a thing missing from what we sent is our failing, no deed', () => {
    expect(answered("What's your minimum order quantity?", 'Thanks so much for the great questions on minimums, and congrats on the growth, 4,000 bags a month is brilliant!')).toEqual([false]);
    expect(answered("What's your minimum order quantity?", 'Our minimum order is 500 bags, and 4,000 bags a month is brilliant!')).toEqual([true]);
    expect(answered('Please send your business continuity plan summary.', "I'm sorry the business continuity summary wasn't in the pack I sent last month.")).toEqual([false]);
    expect(answered('Please send your business continuity plan summary.', "I'm sorry it was missing; I've attached the business continuity summary now.")).toEqual([true]);
  });

  it('"Sure —", "are welcome" and "we take" say yes; "money-back" is "money back"; dogs are pets and "rose" is "gone up"', () => {
    expect(answered('Can the invoice be addressed to our parent company?', "Sure — I've reissued it to Harlow Group Ltd and attached the new copy.")).toEqual([true]);
    expect(answered('Can the invoice be addressed to our parent company?', 'Thanks for letting us know about the invoice.')).toEqual([false]);
    expect(answered('Can I bring my dog to the hotel?', 'Pets are welcome in our ground-floor rooms for a £15 cleaning fee.')).toEqual([true]);
    expect(answered('Can I bring my dog to the hotel?', 'Thanks for asking about bringing your dog.')).toEqual([false]);
    expect(answered('Do you accept Amex?', 'We take all major cards, American Express included.')).toEqual([true]);
    expect(answered('Do you offer a money-back guarantee?', 'If you’re not happy in the first 30 days, we’ll refund you in full.')).toEqual([true]);
    expect(answered('Why has my premium gone up?', 'Premiums across the region rose after last winter’s flood claims, and your home is in a higher-risk postcode now.')).toEqual([true]);
    expect(answered('Why has my premium gone up?', 'I’m sorry your premium has gone up.')).toEqual([false]);
  });

  it('a choice is answered by the option picked; "you\'ll find it under…" says where; a contact line answers "who should I contact?"', () => {
    expect(answered('Are the prices in USD or EUR?', 'All our quotes are in euros.')).toEqual([true]);
    expect(answered('Is the training in person or online?', 'Training is a key part of our onboarding.')).toEqual([false]);
    expect(answered('Is the training in person or online?', 'Sessions run online, over Zoom.')).toEqual([true]);
    expect(answered('Where can I download my tax statement?', 'You’ll find it under Documents in your account, ready from 6 April.')).toEqual([true]);
    expect(answered('Where can I download my tax statement?', 'Tax statements are an important part of the year for many customers.')).toEqual([false]);
    expect(answered('Who should I contact if the site goes down at night?', 'Our on-call line, 0800 555 0199, is staffed around the clock.')).toEqual([true]);
    expect(answered('Who should I contact if the site goes down at night?', 'Our team is always here for you.')).toEqual([false]);
  });

  it('a choice between two actions is no choice of a word ("… or will a courier collect them?")', () => {
    const quoted = 'Do I need to send the wrong ones back, or will a courier collect them?';
    expect(answered(quoted, 'I sent 30 copies of the right book by next-day courier this afternoon.')).toEqual([false]);
    expect(answered(quoted, 'Keep the wrong ones: no need to send them back.')).toEqual([true]);
  });

  it('their own deadline is answered by what they are to do and by when', () => {
    expect(answered('When do I need to return the equipment by?', 'Please post the router back within 14 days of your final bill.')).toEqual([true]);
    expect(answered('When do I need to return the equipment by?', 'Thanks for letting us know you are leaving.')).toEqual([false]);
  });

  it('found by a fourth probe: "he can" is a yes, "in the app" says how, a price answers "for free?", a team lead is a manager', () => {
    expect(answered('Can my son retake the exam in August?', 'Resits are held on 14 August, and he can sign up through the student portal until 30 June.')).toEqual([true]);
    expect(answered('Can my son retake the exam in August?', 'Thanks for asking about the August exams.')).toEqual([false]);
    expect(answered('How do I cancel my direct debit?', 'Your bank can stop it, or you can end it yourself in the app under Payments.')).toEqual([true]);
    expect(answered('Can we add a third user for free?', 'Extra users are £8 a month each.')).toEqual([true]);
    expect(answered('Can we add a third user for free?', 'Thanks for asking about extra users.')).toEqual([false]);
    expect(answered('Can I speak to a manager?', 'I’ve asked our team lead, Sara, to call you this afternoon.')).toEqual([true]);
    expect(answered('Can I speak to a manager?', 'I understand you would like to speak to a manager.')).toEqual([false]);
  });

  it('"goes through our usual approval process" answers no "who approved it?"', () => {
    expect(answered('Who approved this change?', 'Changes like this go through our usual approval process.')).toEqual([false]);
    expect(answered('Who approved this change?', 'Our head of billing, Mark Jones, signed it off on 2 May.')).toEqual([true]);
  });

  it('found by a sales probe: "Happy to!" is a yes, named customers answer "who else uses it?", paying for itself is ROI', () => {
    expect(answered('Can I see a demo before we decide?', 'Happy to! I have Tuesday at 2 or Wednesday at 10 free — which suits?')).toEqual([true]);
    expect(answered('Can I see a demo before we decide?', 'Our demos are a great way to see the product — which suits?')).toEqual([false]);
    expect(answered('Who else uses this in our industry?', 'Two of the top five UK insurers, including Aviva, use it for claims triage.')).toEqual([true]);
    expect(answered('Who else uses this in our industry?', 'We work with companies of every size.')).toEqual([false]);
    expect(answered('What kind of ROI have customers seen?', 'On average, customers recover the licence cost within four months through fewer no-shows.')).toEqual([true]);
    expect(answered('What kind of ROI have customers seen?', 'Our customers love the results they get.')).toEqual([false]);
  });

  it('"week" is no form of "weekend"; "switch off…" after a colon is a step', () => {
    const quoted = 'Can someone come out this week? Also, how do I reset it myself if it trips again on a weekend?';
    expect(answered(quoted, 'Ravi will come out this week to swap the isolator.')).toEqual([true, false]);
    expect(answered(quoted, 'Ravi will come out this week to swap the isolator. If it trips again before then: switch off the AC isolator, wait two minutes, and switch it back on.')).toEqual([true, true]);
  });

  it('one sentence of two clauses answers both parts of a two-part ask, one clause each', () => {
    const quoted = 'Can you send the renewal quote and tell me if the price is changing?';
    expect(answered(quoted, 'The renewal quote is attached, and the price stays at $18 per seat.')).toEqual([true]);
    expect(judgeAll(extractQuotedPoints(quoted), replySentences(['The renewal quote is attached.']))[0]).toMatchObject({ answered: false, missing: { text: 'tell me if the price is changing?' } });
    expect(answered('What does the upgrade cost, and when could it go live?', 'The upgrade is $400 a month more, and we can switch it on next Monday.')).toEqual([true]);
  });

  it('"…, and has any data been lost?" is a second part; "on site" is a visit', () => {
    const quoted = 'Why did the sync fail, and has any data been lost?';
    expect(judgeAll(extractQuotedPoints(quoted), replySentences(['The sync failed because an API token expired overnight.']))[0]).toMatchObject({ answered: false, missing: { text: 'has any data been lost?' } });
    expect(answered(quoted, 'The sync failed because an API token expired overnight; no data was lost, it just arrived six hours late.')).toEqual([true]);
    expect(answered('Is the training free, and can it be done on site?', 'Training is included at no cost, and our trainer can come to your office.')).toEqual([true]);
    expect(judgeAll(extractQuotedPoints('Is the training free, and can it be done on site?'), replySentences(['Training is included at no cost.']))[0]!.answered).toBe(false);
  });

  it('found by a support probe: "takes a while" says nothing, a busy time is a cause, a list of what to bring answers what they need', () => {
    expect(answered('Has my refund been processed yet?', 'Refunds normally take a little while to process.')).toEqual([false]);
    expect(answered('Has my refund been processed yet?', 'Your refund went through on Monday and should reach your account in 3 to 5 working days.')).toEqual([true]);
    expect(answered('Why is my internet so slow in the evenings?', 'Evenings are our busiest time, and your street cabinet is running near capacity; an upgrade is booked for 14 May.')).toEqual([true]);
    expect(answered('Why is my internet so slow in the evenings?', 'I’m sorry to hear about the slow speeds in the evenings.')).toEqual([false]);
    expect(answered('Do I need to bring anything to the appointment?', 'Just your photo ID and a list of any medicines you take.')).toEqual([true]);
    expect(answered('Which documents do you need from me?', 'We’ll need a copy of your passport and a recent utility bill.')).toEqual([true]);
    expect(answered('Which documents do you need from me?', 'Our team will let you know what’s needed in due course.')).toEqual([false]);
  });

  it('"how easy it is" says no yes', () => {
    expect(answered('Can we add a third user for free?', 'Users love how easy it is to get started.')).toEqual([false]);
    expect(answered('Can we add a third user for free?', 'It is: up to five users cost nothing.')).toEqual([true]);
  });

  it('"never" is a no; data and information, receiving and arriving, starting and kicking off are one thing', () => {
    expect(answered('Is my data shared with third parties?', 'We never sell or pass your information to anyone else.')).toEqual([true]);
    expect(answered('Is my data shared with third parties?', 'Data privacy is something we take very seriously.')).toEqual([false]);
    expect(answered('Did you receive the files I sent on Friday?', 'Your files arrived fine and our designer is already working on them.')).toEqual([true]);
    expect(answered('Did you receive the files I sent on Friday?', 'Thank you for sending your files on Friday.')).toEqual([false]);
    expect(answered('What time does the webinar start?', 'It kicks off at 2 pm Eastern and runs about 45 minutes.')).toEqual([true]);
    expect(answered('What time does the webinar start?', 'Thanks for signing up for the webinar!')).toEqual([false]);
  });

  it('a list after "a few changes please:" is asks, and one sentence of two clauses answers two of them, one clause each', () => {
    const quoted = 'Hi,\n\nA few changes please:\n- drop 6 seats, the Newtown store closed on the 15th\n- add the new Bondi store (8 staff) from 9 March\n\nta';
    const both = 'Done and done: six Newtown seats come off today, and the Bondi store is set up with eight seats starting 9 March.';
    expect(extractQuotedPoints(quoted)).toHaveLength(2);
    expect(answered(quoted, both)).toEqual([true, true]);
    // A clause about one store leaves the other open.
    expect(answered(quoted, 'The Bondi store is set up with eight seats starting 9 March.')).toEqual([false, true]);
  });

  it('a length said as one word ("24-hour", "48-hour") is a length of time', () => {
    const quoted = 'Could you do a two-week trial in April? And what is your turnaround?';
    expect(answered(quoted, 'From May to September we collect every day, with 24-hour turnaround.')[1]).toBe(true);
    expect(answered('How long is your turnaround on a batch of 200?', 'We usually work to a 48-hour turnaround on batches that size.')).toEqual([true]);
    // A length of something else is no answer.
    expect(answered('How long is your turnaround on a batch of 200?', 'We offer a 30-day trial for new customers.')).toEqual([false]);
  });

  it('an answer that points at a process or a meeting says nothing ("assessed in line with our guarantee", "the best way would be a demo")', () => {
    expect(answered('Is there any credit for the days the line was down?', 'Credits are assessed in line with our service guarantee, which you can find on our website.')).toEqual([false]);
    expect(answered('Is there any credit for the days the line was down?', 'Credits are assessed in line with our guarantee: you get $12 for each day, on your next bill.')).toEqual([true]);
    expect(answered('Do you have WhatsApp integration?', 'The best way to see if WhatsApp fits would be a quick demo with our product team.')).toEqual([false]);
    expect(answered('Do you have WhatsApp integration?', 'We do: the WhatsApp connector comes with every plan, and a demo can show you how it works.')).toEqual([true]);
  });

  it('"for both servicing and consumables" asks about each: a reply that holds one answers part of it, and names the other', () => {
    const quoted = 'Please advise whether pricing will be held at 2025 rates for both servicing and consumables.';
    expect(judgeAll(extractQuotedPoints(quoted), replySentences(['We will hold servicing at 2025 rates for 2026/27.']))[0]).toMatchObject({ answered: false, missing: { text: 'consumables' } });
    expect(answered(quoted, 'We will hold servicing at 2025 rates, and consumables stay on the 2025 list too.')).toEqual([true]);
    // A currency by its code or its name is one thing.
    expect(answered('Can the booking engine show prices in both EUR and CHF for our Swiss guests?', 'Guests can switch between euros and Swiss francs on the booking page.')).toEqual([true]);
  });

  it('"you\'re after a price on…" says the ask back; "the results speak for themselves" says nothing; "what\'s this increase about?" asks why', () => {
    expect(answered('How much would a new pulsator set cost us?', "And you're after a price on a new pulsator set.")).toEqual([false]);
    expect(answered('How much would a new pulsator set cost us?', 'A new pulsator set is £1,480 fitted.')).toEqual([true]);
    expect(answered('What kind of results have you had with other wine farms?', "We've worked with quite a few estates, and the results speak for themselves.")).toEqual([false]);
    expect(extractQuotedPoints("whats this price increase about?")[0]!.type).toBe('why');
    expect(answered('whats this price increase about?', 'What I can do is move you to our Essentials plan at €42 a month.')).toEqual([false]);
    expect(answered('whats this price increase about?', 'The increase is because our payroll supplier raised its fees by 8% in January.')).toEqual([true]);
  });

  it('"share the brochure and pricing" asks for two things: the brochure alone answers part of it', () => {
    const quoted = 'Please share the brochure and pricing.';
    expect(judgeAll(extractQuotedPoints(quoted), replySentences(['Please find our brochure attached.']))[0]).toMatchObject({ answered: false, missing: { text: 'pricing' } });
    expect(answered(quoted, 'Our brochure is attached, and the price list is on page 4: £12 per pupil a year.')).toEqual([true]);
    // A pair said as one is one thing.
    expect(extractQuotedPoints('Please send the terms and conditions.')[0]!.parts).toBeUndefined();
  });

  it('asks in the forms round 19 wrote: "ETA?", "Refund both.", "Which number is right?", a third party\'s "whether…" list', () => {
    const eta = extractQuotedPoints('Still down for us. 502s on every API call since 13:20 UTC. ETA?');
    expect(eta.map((p) => [p.text, p.type])).toEqual([['ETA?', 'when']]);
    // What the bare ask is about is the sentence before it.
    expect(eta[0]!.focus).toContain('api');
    expect(extractQuotedPoints('You still took £42 on 1 February and again on 1 March. Refund both.').map((p) => p.kind)).toEqual(['request']);
    expect(extractQuotedPoints('The report says 14,000 sessions but GA4 shows 9,200. Which number is right?').map((p) => p.text)).toEqual(['Which number is right?']);
    // A tag question still needs its comma to be one ("That's the list price, right?").
    expect(extractQuotedPoints('Typical, right?')).toEqual([]);
    const list = extractQuotedPoints("He's happy but wanted me to check a few bits: whether the price includes the mobile app, whether we could start in February, and what happens to our data if we leave after a year.");
    expect(list[0]!.parts?.map((p) => p.text.replace(/^.*: /, ''))).toEqual(['whether the price includes the mobile app', 'whether we could start in February', 'what happens to our data if we leave after a year.']);
    // "We need to know, whether…" is one ask, not a list.
    expect(extractQuotedPoints('Additionally we need to know, whether the data of our Basel site is stored in Switzerland.')[0]!.parts).toBeUndefined();
    expect(extractQuotedPoints("Oh, and he asked whether you'd be able to do the training on site in Leeds.")).toHaveLength(1);
    expect(extractQuotedPoints("If I do keep it I'd at least want a replacement leg sent out.")).toHaveLength(1);
    // A condition first: the ask is what follows it.
    expect(extractQuotedPoints("If it's all fine please send the updated order form for signature.")[0]!.type).toBe('request');
    expect(extractQuotedPoints('If I cancel now, will I get a refund?')[0]!.type).toBe('yesno');
  });

  it('a "yes" answers the yes/no question it is about; "No need to apologise" is no "no"; a slot offered, a place said and a form in the inbox answer', () => {
    const quoted = 'May I ask if there is an outage in our area (San Isidro, Antipolo)? Also will we be credited for the days without internet?';
    expect(answered(quoted, 'Yes, there is an outage in your area: a fibre cut since Saturday is affecting parts of Antipolo, including San Isidro.')).toEqual([true, false]);
    expect(answered(quoted, 'Yes, there is an outage in your area. Yes, we will credit you for every day without internet.')).toEqual([true, true]);
    expect(answered('Is there any chance we can move our billing date to July 1?', 'No need to apologise for the list!')).toEqual([false]);
    expect(answered('Is there any chance we can move our billing date to July 1?', 'No, the billing date is fixed by the contract start, so it stays on March 1.')).toEqual([true]);
    expect(answered("I'd like to know when you can come instead.", 'I can offer you the first slot on Saturday 9 March, 8 to 9 am, with Craig.')).toEqual([true]);
    expect(answered("I'd like to know when you can come instead.", "I'm sorry nobody came on Tuesday.")).toEqual([false]);
    expect(answered('It was due last week. Where is it?', 'Your sofa was finished at the workshop on Monday and is now at our Northampton warehouse.')).toEqual([true]);
    expect(answered('It was due Monday. Where is it?', 'Your order 44817 has been sitting at our Leeds depot since Monday.')).toEqual([true]);
    expect(answered("If it's all fine please send the updated order form for signature.", 'The updated order form is in DocuSign in your inbox now.')).toEqual([true]);
    expect(answered("If it's all fine please send the updated order form for signature.", 'The updated order form will follow.')).toEqual([false]);
  });

  it('round 20: a day of the month is no topic of its own, "who pays" wants no person, "what are you going to do about it" wants a deed, and asks in more forms', () => {
    const billing = 'Can you split the next invoice into two, one for the middle school and one for the high school? Is there any chance we can move our billing date to July 1 so it lines up with our fiscal year?';
    expect(answered(billing, "Splitting the next invoice is no problem. Just let me know how many licences go on each, and I'll set it up before the next invoice goes out on March 1.")).toEqual([true, false]);
    expect(answered('Is there any chance we can move our billing date to July 1?', 'Yes, from July 1 your billing date moves to match your fiscal year.')).toEqual([true]);
    // Unless the dates are what is asked about.
    expect(answered('Do you have availability for 19–21 May?', 'We can host you on 19–21 May in the main hall.')).toEqual([true]);
    // "ETA?" passes the sentence before it on to no ask after it.
    const eta = extractQuotedPoints('Still down for us. 502s on every API call since 13:20 UTC. ETA? And is this the same incident as last Tuesday or something new?');
    expect(eta[1]!.focus).not.toContain('utc');
    expect(answered('Who pays for the ceiling if it needs fixing?', "I've booked Murphy Plumbing for Thursday; Ciarán will text you when he's on his way.")).toEqual([false]);
    expect(answered('Who pays for the ceiling if it needs fixing?', 'No charge to you: the ceiling repair is on us.')).toEqual([true]);
    expect(answered('What are you going to do about it?', "From 1 March we've added a second weekend engineer and corrected the routing rule.")).toEqual([true]);
    expect(answered('What are you going to do to compensate us?', "From 1 March we've added a second weekend engineer.")).toEqual([false]);
    expect(answered('Also how do I stop this from happening again?', 'Our billing team fixed that retry last week, so there is nothing you need to change.')).toEqual([true]);
    expect(extractQuotedPoints("I'd be curious whether your scheduling tool handles shift swaps between locations.")).toHaveLength(1);
    expect(extractQuotedPoints('Oh and take me off the weekly newsletter.').map((p) => p.kind)).toEqual(['request']);
    expect(extractQuotedPoints("Also we're still on for the 20th, right?")).toHaveLength(1);
    expect(extractQuotedPoints("Murphy's law, right?")).toEqual([]);
    expect(extractQuotedPoints('We are also comparing two other suppliers, so a prompt response would be appreciated.')).toEqual([]);
  });

  it('a pronoun ask names its thing in the sentence before, numbers aside; a case forwarded for review and a document "which covers our approach" answer nothing', () => {
    const quoted = "Our finance lady says the last two invoices didn't have our PO number on. Can you resend them with PO 45-2281? Also, can we move to quarterly billing from next financial year (March)?";
    expect(extractQuotedPoints(quoted)[0]!.focus).toContain('invoic');
    expect(answered(quoted, "Sorry about the missing PO number, I'll get those invoices sorted. Quarterly billing is something we offer to a number of our clients.")).toEqual([true, false]);
    expect(extractQuotedPoints('And honestly, take me off the weekly newsletter, I never signed up for it.').map((p) => p.kind)).toEqual(['request']);
    expect(answered('Please confirm whether the payment has been posted to my account.', 'Your inquiry has been forwarded to our billing specialists for review.')).toEqual([false]);
    expect(answered('Please confirm whether the payment has been posted to my account.', 'Yes, your payment of $212 was posted on 3 March.')).toEqual([true]);
    expect(answered('And does the data stay in Brazil or go to the USA?', "I've attached our security overview, which covers our approach to data protection.")).toEqual([false]);
    expect(answered('And does the data stay in Brazil or go to the USA?', 'Your data stays in Brazil: we host it in our São Paulo region.')).toEqual([true]);
  });

  it('round 21: "I also expect an explanation why…", "our boss is asking also why…", "just want to ask if…" are asks', () => {
    expect(extractQuotedPoints('Please tell me when we will receive it. I also expect an explanation why we were not informed.')).toHaveLength(2);
    expect(extractQuotedPoints('Our boss is asking also why the cost per order went up in February compared to January.')[0]!.type).toBe('why');
    expect(extractQuotedPoints('Just want to ask if your system can do call recording for all agents and keep it for 1 year, because our client requires it.')).toHaveLength(1);
    // Not "I want to ask you something else next week" said of no thing.
    expect(extractQuotedPoints('Our boss was asking for you at the fair.')).toEqual([]);
  });

  it('"tell me how you will stop this" is answered by a change from now on; a bare "What do we do?" by what was done', () => {
    const quoted = 'Please correct it and tell me how you will stop this.';
    expect(answered(quoted, "I've attached the corrected invoice, and from this month every invoice to a client with a contract rate is checked by a second person before it goes out.")).toEqual([true]);
    expect(answered(quoted, "I've attached the corrected invoice. We're sorry for the trouble.")).toEqual([false]);
    const what = "Since Monday's update 539 invoices were rejected. What do we do?";
    expect(answered(what, 'I re-sent all 539 invoices myself at 10:15 this morning, and SEFAZ authorised them.')).toEqual([true]);
    expect(answered(what, 'Thanks for letting us know about the rejections.')).toEqual([false]);
  });

  it('"Root cause?" asks why; "it was stopped by our fraud checks" gives a cause', () => {
    const quoted = 'Sites down since 4. ETA? Root cause? Do we get an SLA credit?';
    expect(extractQuotedPoints(quoted).map((p) => p.type)).toEqual(['when', 'why', 'yesno']);
    expect(answered(quoted, 'Web-ams-07 lost its storage volume at 04:27 after a disk controller failed. Yes, you get an SLA credit.')).toEqual([false, true, true]);
    expect(answered('My card is blocked in Lisbon. Why it is blocked?', 'It was stopped by our fraud checks: two hotel payments came minutes apart from a new country.')).toEqual([true]);
    expect(answered('My card is blocked in Lisbon. Why it is blocked?', 'I have unblocked it, so you can use it tonight.')).toEqual([false]);
  });
});




describe('answers of round 23', () => {
  it('"Confirmed:" opens a yes', () => {
    expect(answered('Can you confirm final numbers are 220 for the dinner?', 'Hi Hannah,\n\nConfirmed: 220 for dinner, on 22 tables of ten.\n\nTom')).toEqual([true]);
  });
  it('a cause told as what happened: "…, so we needed…", "which is how it became…", a price raised by the maker', () => {
    expect(answered("Why wasn't it ready?", 'Dear Ann,\n\nThat was the last refill on the prescription, so we needed a new one from her office before we could fill it.\n\nAngela')).toEqual([true]);
    expect(answered('Why was it split?', 'Good afternoon,\n\nThe rest followed as it arrived from the manufacturer, which is how it became three deliveries.\n\nDaniel')).toEqual([true]);
    expect(answered('Why is the price on invoice 5521 different from the last invoice?', 'Good morning,\n\nNovartis raised its distributor price by 9% on 1 May, and we passed it on at cost.\n\nFemi')).toEqual([true]);
    // Sorry alone is still no cause.
    expect(answered('Why was it split?', 'Good afternoon,\n\nI am sorry nobody let you know it would be split.\n\nDaniel')).toEqual([false]);
  });
});

describe('a time proposed as a question', () => {
  it('answers "when can you come", not "how long does it take"', () => {
    expect(answered('Also let me know when you can come for a demo at our Baner showroom.', 'Hi Rajesh,\n\nI am in Pune on 12 and 13 August. Would 11 am on Tuesday the 12th at Baner work?\n\nAmit')).toEqual([true]);
    expect(answered('How long does setup usually take at the Baner showroom?', 'Hi Rajesh,\n\nWould 11 am on Tuesday the 12th at Baner work for a call?\n\nAmit')).toEqual([false]);
  });
});

describe('a rise explained by what it is made of', () => {
  it('"the increase breaks down like this", "most of it is the claim" answer "why is it up so much"', () => {
    expect(answered('Premium is up from $42k to $51k. Why is it up so much?', 'Hi Dave,\n\nThe $9,000 increase breaks down like this: about $5,200 is the scaffold claim in March, and the rest is the market.\n\nPriya')).toEqual([true]);
    expect(answered('Premium is up from $42k to $51k. Why is it up so much?', 'Hi Dave,\n\nSo most of it is the claim, not the market.\n\nPriya')).toEqual([true]);
  });
});

describe('a restatement that calls the asks great questions', () => {
  it('answers none of them', () => {
    const quoted = 'Could you confirm whether your integration with Sage 200 is two-way? Also, who on your side would handle the integration set-up?';
    const body = "Hi Olivia,\n\nWhether the integration is two-way and who handles the set-up are both great questions, and they're exactly what our integration with Sage 200 is designed to address.\n\nSam";
    expect(answered(quoted, body)).toEqual([false, false]);
  });
});

describe('answers of round 25', () => {
  it('"that\'s me" answers "who do I talk to"', () => {
    expect(answered('Who do I talk to about adding the two new campuses?', "Hi Andrew,\n\nFor the two new campuses, that's me. Send me the student numbers and I'll have a quote to you within two working days.\n\nMaya")).toEqual([true]);
  });
  it('usage told as logins, a review put on the calendar by an invite', () => {
    expect(answered('Can you send a one-page summary of what we got this year (usage, support tickets, uptime)?', 'Hi Andrew,\n\n- The one-page summary is attached: 41,200 student logins, 96 support tickets and 99.97% uptime for the year so far.\n\nMaya')).toEqual([true]);
    expect(answered('Can we get our Q2 business review on the calendar?', "Hi Priya,\n\nHow about Wednesday, April 23, 2–3 pm Eastern? I've sent a placeholder invite to you and the leadership team.\n\nJordan")).toEqual([true]);
  });
  it('"Is this possible on short notice?" is answered by what was needed, done in time', () => {
    expect(answered('For this we need 120 more containers. Is this possible on short notice?', 'Hi Markus,\n\nWe have 120 containers in our Mannheim depot and can deliver them to Heilbronn on Thursday 27 March.\n\nEmma')).toEqual([true]);
  });
});

describe('a price asked for is given in money', () => {
  it('a figure that is no money ("30–50 rooms are live in three to four weeks") does not answer "what does it cost"', () => {
    expect(answered('What does it cost for a campus our size (about 40 rooms)?', 'Hi Craig,\n\nMost campuses with 30–50 rooms are live in three to four weeks.\n\nSam')).toEqual([false]);
    expect(answered('What does it cost for a campus our size (about 40 rooms)?', 'Hi Craig,\n\nFor 40 rooms it is $1,900 a year, set-up included.\n\nSam')).toEqual([true]);
  });
  it('a share, a rate per unit or a currency before the number is money', () => {
    expect(answered("What's your management fee?", 'Hi Iona,\n\nFor the full service we take 10% of the rent collected, plus VAT.\n\nDaniel')).toEqual([true]);
    expect(answered('How much is the installation per vehicle?', 'Dear Hauwa,\n\nInstallation is N35,000 per vehicle, done at your depot.\n\nTunde')).toEqual([true]);
  });
  it('a price refused with its reason answers; how much downtime is no price', () => {
    expect(answered('What would a monthly fee look like?', "Dear Victoria,\n\nI won't quote a monthly fee before seeing your setup.\n\nAlex")).toEqual([true]);
    expect(answered('How much downtime should we expect for the cutover?', 'Hi Jo,\n\nThe cutover takes about 40 minutes, on Sunday at 6am.\n\nAlex')).toEqual([true]);
  });
});

describe('a boast answers nothing', () => {
  it('"the UK\'s leading CRM, trusted by over 900 charities" does not answer "Do you do a charity discount?"', () => {
    expect(answered('Do you do a charity discount?', "Hi Helen,\n\nLedgerlight is the UK's leading fundraising CRM, trusted by over 900 charities.\n\nJosh")).toEqual([false]);
    expect(answered('Do you do a charity discount?', 'Hi Helen,\n\nWe do: registered charities get 20% off the list price.\n\nJosh')).toEqual([true]);
  });
});

describe('an apology names the day it went wrong, and gives no time', () => {
  it('"I\'m really sorry about the three mis-picks last week" does not answer "What are you doing about it?"', () => {
    expect(answered('We had three mis-picks again last week. What are you doing about it?', "Hi Sanne,\n\nI'm really sorry about the three mis-picks last week.\n\nJoost")).toEqual([false]);
    // A time ahead still answers: "I'm sorry; from Monday every pick is scanned twice."
    expect(answered('We had three mis-picks again last week. What are you doing about it?', "Hi Sanne,\n\nI'm sorry about the mis-picks; from Monday every pick is scanned twice before it leaves.\n\nJoost")).toEqual([true]);
  });
});

describe('answers of round 41', () => {
  it('a wrong setting said as "was set to X instead of Y", and ", so anyone…", give a cause', () => {
    const quoted = 'Why did the UIF amount jump?';
    expect(answered(quoted, 'When we loaded the new tax tables on 28 February, the UIF ceiling on your company was set to the draft figure instead of the final one.')).toEqual([true]);
    expect(answered(quoted, 'The ceiling changed on 28 February, so anyone earning above it paid more UIF.')).toEqual([true]);
    // The same words without the mistake or its result are no cause.
    expect(answered(quoted, 'We loaded the new tax tables for your company on 28 February.')).toEqual([false]);
  });
});

describe('answers of round 42', () => {
  it('"What would it cost?" is answered by "it is free"; "Can you check what\'s wrong?" by what went wrong, found', () => {
    const survey = 'Are you able to do a site survey in Durban next week? What would it cost?';
    expect(answered(survey, 'Hi Nomvula,\n\nYes, our engineer can come on Tuesday 14th.\n\nThe survey is free.\n\nWerner')).toEqual([true, true]);
    expect(answered(survey, 'Hi Nomvula,\n\nYes, our engineer can come on Tuesday 14th.\n\nThe survey is free to book online.\n\nWerner')).toEqual([true, false]);
    const wrong = 'The reminders stopped on Monday. Can you check what\'s wrong?';
    expect(answered(wrong, 'Hi Priya,\n\nFound it. The sender ID registration lapsed on 4 March, so the operator started dropping every reminder.\n\nAnand')).toEqual([true]);
    expect(answered(wrong, 'Hi Priya,\n\nThanks for flagging this, we are looking into it.\n\nAnand')).toEqual([false]);
  });
  it('a request passed to "the team" with "someone will be in touch", and a market "important for us", answer nothing', () => {
    const replace = 'The machine broke again. Can you send a technician today? And can you replace the machine rather than keep fixing it?';
    expect(answered(replace, 'Hi Omar,\n\nAhmed will be with you today between 2 and 4 pm.\n\nOn replacing the machine, I\'ve passed your request to the team and someone will be in touch.\n\nLina')).toEqual([true, false]);
    expect(answered(replace, 'Hi Omar,\n\nAhmed will be with you today between 2 and 4 pm.\n\nWe will replace the machine on Friday with a new R-40.\n\nLina')).toEqual([true, true]);
    expect(answered('Is there a local service partner in Chile?', 'Hi Ana,\n\nWe are expanding our partner network in South America, and Chile is an important market for us.\n\nTom')).toEqual([false]);
    expect(answered('Is there a local service partner in Chile?', 'Hi Ana,\n\nYes: Servitec in Santiago services all our units in Chile.\n\nTom')).toEqual([true]);
  });
  it('the second thing of a request to send two is answered only where it is sent', () => {
    const send = 'Could you also send the release notes and the training videos for the new reporting screens?';
    expect(answered(send, 'Hi Julia,\n\nThe release notes for the new reporting screens are attached.\n\nAlex')).toEqual([false]);
    expect(answered(send, 'Hi Julia,\n\nThe release notes and the training videos for the new reporting screens are attached.\n\nAlex')).toEqual([true]);
    const plan = 'Please also send me reference architecture and a sample project plan.';
    expect(answered(plan, 'Hello Stefan,\n\nI will send you the reference architecture by Wednesday 16 December.\n\nRebecca')).toEqual([false]);
    expect(answered(plan, 'Hello Stefan,\n\nI will send you the reference architecture and a sample project plan by Wednesday 16 December.\n\nRebecca')).toEqual([true]);
  });
  it('a track record, flexible options, "we can move quickly" and an offer of a call answer nothing', () => {
    const asks = 'Have you placed engineers in the downstream sector in Nigeria before?';
    expect(answered(asks, 'Hi Tunde,\n\nWe have a strong track record across the energy sector and work with many leading companies in West Africa.\n\nAmaka')).toEqual([false]);
    expect(answered(asks, 'Hi Tunde,\n\nYes: we placed four process engineers at the Warri refinery last year.\n\nAmaka')).toEqual([true]);
    expect(answered('If we sign by end of March, when could we realistically be live on all 14 sites?', 'Hi Jo,\n\nTimewise, we can move pretty quickly once we have what we need from you.\n\nSam')).toEqual([false]);
    expect(answered('Can your system record calls for all agents and keep them for a year?', 'Hi Jo,\n\nOur platform is built for BPOs like yours, and we have flexible options for call recording to fit your needs.\n\nSam')).toEqual([false]);
  });
});

describe('answers of round 43', () => {
  it('a "when" is not answered by how long a thing runs, nor by who does it', () => {
    const pilot = 'When could a pilot of 50 homes start?';
    expect(answered(pilot, 'Hi Sue,\n\nThe pilot: pilots usually run for 12 weeks.\n\nTom')).toEqual([false]);
    expect(answered(pilot, 'Hi Sue,\n\nThe pilot could start on Monday 7 April.\n\nTom')).toEqual([true]);
    const install = 'When can you install?';
    expect(answered(install, 'Hi Ana,\n\nInstallation: it\'s done by our technician in Santiago, who has fitted most of our customers.\n\nTom')).toEqual([false]);
    expect(answered(install, 'Hi Ana,\n\nOur technician can install on Thursday 13 March from 9 am.\n\nTom')).toEqual([true]);
  });
  it('"Do I have to pay for it?" is answered by who pays or what it costs, not by a line that only says "pay"', () => {
    const pay = 'The reader keeps dropping. Do I have to pay for the replacement?';
    expect(answered(pay, 'Hi Ana,\n\nThe connection drops just as a customer goes to pay.\n\nTom')).toEqual([false]);
    expect(answered(pay, 'Hi Ana,\n\nThe replacement is free of charge.\n\nTom')).toEqual([true]);
    expect(answered('Is there a fee for the bounced payment?', 'Hi Ana,\n\nThe fee for bounced payments is being reviewed; I\'ll email you the amount by Friday 28 March.\n\nTom')).toEqual([true]);
  });
  it('"how does the app cope when…" asks how, and a way it copes answers it', () => {
    const q = 'And how does the driver app cope when there\'s no reception out past Dubbo?';
    expect(extractQuotedPoints(q)[0]!.type).toBe('how');
    expect(answered(q, 'Hi Liam,\n\nNo reception is fine: the driver app downloads the whole run at the depot and uploads it once the phone finds a signal.\n\nPriya')).toEqual([true]);
  });
});

describe('answers of a sales objection', () => {
  it('"why would we switch?" is answered by what we do or what is different, on its topic, not by any line', () => {
    const q = 'We already use Procore. Why would we switch?';
    expect(answered(q, 'Hi Bryce,\n\nYou wouldn\'t need to switch. We sit alongside Procore and push everything into it, so nothing changes for your PMs.\n\nNathan')).toEqual([true]);
    expect(answered(q, 'Hi Bryce,\n\nThanks for getting back to me so quickly.\n\nNathan')).toEqual([false]);
    const logs = 'What makes you different from Procore, specifically on daily logs?';
    expect(answered(logs, 'Hi Bryce,\n\nWe help builders across Australia run safer, smarter sites.\n\nNathan')).toEqual([false]);
  });
});

describe('answers of "is it included?"', () => {
  it('is answered by what comes with the price or costs extra, or by a yes or a no: not by a line on the thing', () => {
    const food = 'Thanks for the brochure. Is food included?';
    expect(answered(food, 'Dear James,\n\nWe have a wonderful range of food and drink packages to choose from, so the evening can be as special as you like.\n\nSophie')).toEqual([false]);
    expect(answered(food, 'Dear James,\n\nA two-course dinner is included in the box price; drinks are charged on the night.\n\nSophie')).toEqual([true]);
    expect(answered(food, 'Dear James,\n\nYes, a hot buffet comes with every box.\n\nSophie')).toEqual([true]);
    const breakfast = 'We fly in on the 8th. And is breakfast included in the rate?';
    expect(answered(breakfast, 'Hi Ana,\n\nI have held 20 rooms at the Hotel Ribeira for 8 to 10 October at €142 per night, breakfast rate confirmed.\n\nTom')).toEqual([false]);
    expect(answered(breakfast, "Hi Ana,\n\nBreakfast isn't in the rate: it's €14 a head, paid at the hotel.\n\nTom")).toEqual([true]);
    const cover = 'Does the monthly include insurance or is that on us?';
    expect(answered(cover, "G'day Trent,\n\nInsurance isn't in the monthly; you arrange it with your own insurer.\n\nPriya")).toEqual([true]);
  });
});

describe('answers of a forty-fifth round', () => {
  it('a sentence whose subject is the thing asked about answers it, whatever other ask the rest names', () => {
    const q = "What's the MOQ for the new tinted SPF? Can you do 4 shades instead of 6 for the first run?";
    expect(answered(q, 'Hi Jess,\n\nThe MOQ is 3,000 units per shade, so 12,000 units if you go with 4 shades. Four shades is no problem for the first run.\n\nMinji')).toEqual([true, true]);
    expect(answered(q, 'Hi Jess,\n\nFour shades is no problem for the first run, and samples of all four ship on 21 October.\n\nMinji')).toEqual([false, true]);
  });
  it('"Will I get my money back or a new parcel?" asks what comes next: what happened, or a deed on the line before, is no answer', () => {
    const q = 'Your tracking says parcel PX-558102 was delivered yesterday at 14:10, but nobody came. Will I get my money back or a new parcel?';
    expect(answered(q, "Dear Dmitri,\n\nThe driver's record shows the parcel was handed to your neighbour at 14:10.\n\nInes")).toEqual([false]);
    expect(answered(q, "Dear Dmitri,\n\nThe driver's record shows the parcel was handed to your neighbour at 14:10. I've attached the photo so you can check.\n\nInes")).toEqual([false]);
    expect(answered(q, "Dear Dmitri,\n\nYes: I've refunded the £40 to your card today, and it will show within three days.\n\nInes")).toEqual([true]);
  });
  it('a cause that says what it explains ("which is why your pressure has dropped") answers no "why" about something else', () => {
    const q = 'My water pressure has been low since Monday. Is there work going on in the area? Why no letter about it?';
    expect(answered(q, 'Hi Ben,\n\nYes: a crew is replacing a burst main on Station Road, which is why your pressure has dropped since Monday.\n\nAmy')).toEqual([true, false]);
    expect(answered(q, 'Hi Ben,\n\nYes: a crew is replacing a burst main on Station Road. The letters went to the wrong street, which is why you never got one.\n\nAmy')).toEqual([true, true]);
  });
  it('"what transit time do you achieve?" asks when, and a length of time answers it in other words', () => {
    const q = 'We ship six 40-footers a month from Shanghai. What transit time do you typically achieve port to port?';
    expect(extractQuotedPoints(q)[0]!.type).toBe('when');
    expect(answered(q, 'Dear Ahmed,\n\nOur sailings from Shanghai to Rotterdam have averaged 31 days quay to quay this year.\n\nEszter')).toEqual([true]);
    expect(answered(q, 'Dear Ahmed,\n\nWe would love to quote for the lane, and we know it well.\n\nEszter')).toEqual([false]);
  });
  it('"which documents do you need?" is answered by a list of them, whatever other ask its lead-in follows', () => {
    const q = 'Could you let me know whether we can raise the overdraft to £50,000 before the end of the month? We have a large timber order to pay for on the 30th.\nWhich documents do you need from us?';
    const listed = "Dear Helen,\n\nI can't promise £50,000 until credit has seen the figures, but here is how we can make the 30th. I'll need:\n- last year's filed accounts;\n- an aged debtors list;\n- a copy of the timber supplier's quote.\n\nRaj";
    expect(answered(q, listed)).toEqual([true, true]);
    expect(answered(q, "Dear Helen,\n\nI can't promise £50,000 until credit has seen the figures.\n\nRaj")).toEqual([true, false]);
  });
});

describe('answers of a forty-sixth round', () => {
  it('"broadly in line with this year" says nothing firm of whether the price stays the same', () => {
    const q = "We'd need to know whether the renewal price stays the same as this year, as budgets were set in January.";
    expect(answered(q, 'Hi Claire,\n\nRenewal pricing is broadly in line with this year, so nothing that should upset the January budget.\n\nTom')).toEqual([false]);
    expect(answered(q, 'Hi Claire,\n\nThe renewal price stays at €14,200, the same as this year.\n\nTom')).toEqual([true]);
  });
  it('"which one am I meant to pay?" is answered by one picked out, whatever other ask the sentence names', () => {
    const q = "I've had two bills for February. Which one am I meant to pay? And can you stop the direct debit from taking both?";
    expect(answered(q, 'Hi Denise,\n\nThe £98.15 one is correct; I cancelled the £142.60 bill this morning, so on the 7th only £98.15 will be collected by direct debit.\n\nRaj')).toEqual([true, true]);
    expect(answered(q, 'Hi Denise,\n\nI cancelled the £142.60 bill this morning, so on the 7th only one bill will be collected by direct debit.\n\nRaj')).toEqual([false, true]);
  });
  it('"stop it from taking both" asks that it does not, and is answered without a word for each', () => {
    const q = 'Can you stop the direct debit from taking both bills?';
    expect(answered(q, 'Hi Denise,\n\nI cancelled the second bill this morning, so on the 7th only £98.15 will be collected by direct debit.\n\nRaj')).toEqual([true]);
    expect(answered('Can you refund both bills?', 'Hi Denise,\n\nI refunded the second bill this morning.\n\nRaj')).toEqual([false]);
  });
});

describe('answers of a forty-seventh round', () => {
  it('a year is no figure: "making furniture since 1962" gives no discount (a forty-ninth round)', () => {
    const q = 'What discount do trade accounts get?';
    expect(answered(q, 'Hi Camille,\n\nHartwell has been making furniture in Yorkshire since 1962, and our trade partners enjoy a range of exclusive benefits, including preferential pricing.\n\nIsla')).toEqual([false]);
    expect(answered(q, 'Hi Camille,\n\nSince 2019, trade accounts get 15% off the full range.\n\nIsla')).toEqual([true]);
  });
  it('"how fast can I get the money?" asks when, and a call proposed for this week is no answer to it', () => {
    const reply = "Hi Wei,\n\nRates depend on your credit profile and time in business, and typically range from 8.9% to 16.9% APR. I'd love to set up a 15-minute call this week to learn more about your plans for the reopening.\n\nDana";
    expect(answered("What's the rate on the $50k equipment loan and how fast can I get the money?", reply)).toEqual([false]);
    expect(answered('How fast can I get the money?', reply)).toEqual([false]);
    expect(answered('How fast can I get the money?', 'Hi Wei,\n\nOnce approved, the money reaches your account within two business days.\n\nDana')).toEqual([true]);
    // Asked about a call, a call proposed for a time answers it.
    expect(answered('How soon can we get on a call to go through the contract?', "Hi Wei,\n\nLet's set up a call on Thursday at 2 pm to go through it.\n\nDana")).toEqual([true]);
  });
});
