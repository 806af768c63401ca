import { describe, expect, it } from 'vitest';
import { blamesCustomer, putsDownCustomer } from '../../src/model/customer-stance';

describe('putsDownCustomer: a sentence that doubts the customer or talks down to them', () => {
  it.each([
    ['You must have overlooked the second page of the form.', 'You must have overlooked'],
    ['You clearly misread the renewal date.', 'You clearly misread'],
    ['You seem to think the discount applies to every order.', 'You seem to think'],
    ['Contrary to what you say, the driver knocked twice.', 'Contrary to what you say'],
    ['You claim that nobody answered the phone.', 'You claim that'],
    ['That is simply not true.', 'That is simply not true'],
    ['What you describe is not what happened.', 'What you describe is not what happened'],
    ['Our call recordings clearly show the cancellation was never requested.', 'Our call recordings clearly show'],
    ['We are satisfied that the late fee was correct.', 'We are satisfied that the late fee was correct'],
    ['There is no evidence of a fault with the unit.', 'There is no evidence of'],
    ['Our records show the cancellation request was not completed, as the confirmation step was not finished.', 'Our records show the cancellation request was not completed'],
    ['The logs show you never confirmed the new address.', 'The logs show you never confirmed'],
    ['Surely you can see why we charge for this.', 'Surely you can'],
    ['There was some confusion on your part about the price.', 'confusion on your part'],
    ['Please actually read the instructions this time.', 'Please actually read'],
    ['I am explaining this for the third time.', 'explaining this for the third time'],
    ['You might be happier with a cheaper provider.', 'You might be happier with'],
    ["Since you've gone quiet, I'll close your file.", "Since you've gone quiet"],
  ])('reads %j', (text, words) => {
    const m = putsDownCustomer(text);
    expect(m).toBeDefined();
    expect(text.slice(m!.start, m!.end)).toBe(words);
  });

  it.each([
    // The writer's own error, a condition, a nudge, help.
    'I must have misread your first email.',
    'If you missed the reminder, here it is again.',
    'You may have missed my email last week, so here is the short version.',
    'Sorry if you misread my note; it was badly worded.',
    // A correction of a figure, not of the customer (real mail: "this is not correct", "which is incorrect").
    'I had said Kenneth would support the desk, but this is not correct.',
    'The transport section shows positions through 2002, which is incorrect.',
    "That's not the case: your data stays in the EU.",
    // Our records as information, our confidence in a fix.
    'Our records indicate that you have one invoice waiting to be processed.',
    'Our records show the refund went out on 3 May.',
    'Our records show the refund was not received by your bank, so I have sent it again by faster payment.',
    "We're confident the new firmware fixes the drop-outs.",
    // Reading asked for kindly, an anecdote, a question.
    'Please read the following carefully and keep it for the day of the event.',
    'John won the title last year (for the second time).',
    'Did you get a chance to read the proposal?',
    // The customer's own words, quoted.
    'You wrote: "you must have lost my parcel".',
  ])('does not read %j', (text) => {
    expect(putsDownCustomer(text)).toBeUndefined();
  });
});

describe('blamesCustomer: a sentence that puts the fault on the customer', () => {
  it.each([
    ['You entered an old address at checkout.', 'You entered an old'],
    ['You selected the wrong plan when you signed up.', 'You selected the wrong'],
    ["You didn't read the terms before you paid.", "You didn't read"],
    ['You never confirmed the new delivery slot.', 'You never confirmed'],
    ['You ought to have backed up the files before the upgrade.', 'You ought to have backed up'],
    ['You were supposed to report the damage within 48 hours.', 'You were supposed to report'],
  ])('reads %j', (text, words) => {
    const m = blamesCustomer(text);
    expect(m).toBeDefined();
    expect(text.slice(m!.start, m!.end)).toBe(words);
  });

  it.each([
    "If you entered the wrong address, reply with the right one and I'll fix it.",
    'You should have received the refund by now.',
    'You should read the booklet before the course and bring it along.',
    "You didn't need to call; I have fixed the setting.",
    "I'm sorry you never heard back from us.",
    'In case you selected the wrong size, the exchange is free.',
    'Did you follow the setup guide?',
  ])('does not read %j', (text) => {
    expect(blamesCustomer(text)).toBeUndefined();
  });
});
