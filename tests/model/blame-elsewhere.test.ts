import { describe, expect, it } from 'vitest';
import { blamesOthers } from '../../src/model/blame-elsewhere';
import { ownsIt } from '../../src/model/owning';

describe('blamesOthers: a sentence that puts the fault on someone other than the writer', () => {
  it.each([
    ['The payment provider had an outage on their end, which is why your card was declined.', 'The payment provider had an outage on their end'],
    ['We rely on a third-party carrier in your area and they have been experiencing delays.', 'a third-party carrier in your area and they have been experiencing delays'],
    ['Our logistics partner is currently experiencing significant delays across the region.', 'Our logistics partner is currently experiencing significant delays'],
    ['The bank is responsible for the hold on your funds, not us.', 'The bank is responsible for the hold'],
    ['The mix-up happened because your team sent the order form late.', 'because your team sent the order form late'],
    ['The error came from the data your finance team uploaded.', 'came from the data your finance team uploaded'],
    ['Apparently the warehouse shipped the wrong colour.', 'the warehouse shipped the wrong'],
    ['The engineers from the council have not yet given us access.', 'The engineers from the council have not yet given'],
    ['Our payment processor flagged your card, which is why the order was cancelled.', 'Our payment processor flagged your card, which is why'],
    ['The booking system glitched, which is why you got two confirmations.', 'The booking system glitched, which is why'],
    ["This is a known issue with Microsoft's update, not something in our software.", "issue with Microsoft's update, not something in our"],
    ['The airline changed the schedule, and as a booking agent we have no say over that.', 'we have no say over'],
    ["Head office withdrew the product; it wasn't up to us.", "wasn't up to us"],
    ['We were let down by our packaging supplier.', 'were let down by'],
    ['Our IT department rolled out the update overnight, so we were as surprised as you were.', 'we were as surprised as you'],
    ["The previous account manager set this up before I joined, so I wasn't aware of it.", "before I joined, so I wasn't"],
    // Fresh paraphrases (6 December): the hold-up placed with a party, the fault said as theirs, their thing as the cause.
    ["The hold-up was at the customs broker's end, they sat on the paperwork for four days.", 'hold-up was at the customs'],
    ['Honestly this one is on the courier, who left it at the wrong door.', 'this one is on the courier'],
    ["Your IT department's firewall is what stopped the emails getting through.", "Your IT department's firewall is what stopped"],
    ['Our payment processor changed its rules overnight without warning anyone, hence the declined card.', 'Our payment processor changed its rules overnight without warning anyone, hence'],
    ['The installer we subcontract to missed the appointment.', 'The installer we subcontract to missed'],
  ])('reads %j', (text, words) => {
    const m = blamesOthers(text);
    expect(m).toBeDefined();
    expect(text.slice(m!.start, m!.end)).toBe(words);
  });

  it.each([
    // A party named as a fact, or as what we work with.
    'The courier will collect the return on Monday.',
    'Our payment processor is Stripe, so your card details never touch our servers.',
    'Your bank may show a pending charge for a day; it drops off automatically.',
    'We work with the manufacturer on every repair.',
    'Our implementation team is responsible for your setup, and Priya will lead it.',
    // Compounds and money owed are no party.
    'Due to the bank holiday, deliveries will arrive on Tuesday.',
    'Jay has reduced the balance due to the subcontractors to $2,780.',
    // A condition, the writer's own fault, a career before this job, a board's decision reported.
    "If the carrier has problems at their depot, I'll rebook you on express.",
    'The delay was caused by our own mistake: I booked the wrong carrier.',
    'Before I joined Acme, I ran sales operations at a logistics firm.',
    'The Board decided that goodwill should be tested for impairment annually.',
    // The writer carried on without asking; a fix made straight after.
    "I've gone ahead without telling the team, since you needed it today.",
    "Our supplier had a fault on the line, so I've sourced the part elsewhere and it ships today.",
    // A question.
    'Did the courier have problems at the depot, which is why it was late?',
    // Their own side's mishap reported, a parcel on a courier's van, a person who came from a firm.
    'Your Leicester office lost its internet connection from 9:15 to 13:40 yesterday.',
    "It is on the courier's van and will reach you by noon.",
    'The delay was at our own depot, and I should have told you the same day.',
  ])('passes %j', (text) => {
    expect(blamesOthers(text)).toBeUndefined();
  });

  it('leaves a sentence that also owns the problem to the rule, which passes it (owning.ts)', () => {
    const text = "Our supplier had a backlog last week, which is why your order slipped, and that's on us.";
    expect(blamesOthers(text)).toBeDefined();
    expect(ownsIt(text)).toBe(true);
    expect(ownsIt('We take full responsibility: the courier lost it.')).toBe(true);
  });

  it('reads a long line without a party quickly and finds nothing', () => {
    expect(blamesOthers(`the ${'carrier '.repeat(120)}`)).toBeUndefined();
  });
});
