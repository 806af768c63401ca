// Listening, research and the role: the draft against its context (issue 16). Each case is one a new user meets.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/model/index';
import { extractQuotedPoints } from '../../src/model/listening';
import { judgeAll, replySentences } from '../../src/model/answers';
import { matchFact } from '../../src/model/account';
import { ROLE_MIN_CONFIDENCE, ROLE_SURE, roleGuess } from '../../src/model/role';
import { featureValues, roleFeatures } from '../../src/model/learned/role-model';
import { splitSentences } from '../../src/model/text';

const verdicts = (quoted: string, body: string) => {
  const sentences = replySentences(splitSentences(body).map((s) => s.text));
  const points = extractQuotedPoints(quoted);
  const all = judgeAll(points, sentences);
  return points.map((p, i) => ({ text: p.text, type: p.type, ...all[i]! }));
};
const answered = (quoted: string, body: string) => verdicts(quoted, body).map((v) => v.answered);

describe('an answer is judged by what the ask wants, not by shared words', () => {
  it('accepts answers in other words: the refund done, the cause given, the yes said', () => {
    expect(answered('Can we get the second charge refunded?', "I've reversed the duplicate payment; the money will be back on your card within 5 business days.")).toEqual([true]);
    expect(answered('What caused the outage on Monday?', 'A faulty network switch dropped connections for 40 minutes.')).toEqual([true]);
    expect(answered('Do you integrate with Salesforce?', 'We do, through our native connector.')).toEqual([true]);
    expect(answered('When will the replacement ship?', "It goes out with tomorrow's 3 pm courier.")).toEqual([true]);
  });
  it('accepts a no with its reason and a dated promise to answer', () => {
    expect(answered('Can you extend the trial to 60 days?', "We can't go past 30 days on the trial, because the sandbox is rebuilt every month.")).toEqual([true]);
    expect(answered('Why did the export fail?', "I'll have the root cause for you by Thursday at noon.")).toEqual([true]);
  });
  it('an apology, a thank-you, a restatement or a vague promise is no answer', () => {
    expect(answered('What caused the outage on Monday?', "Sorry about Monday's outage.")).toEqual([false]);
    expect(answered('Do failed calls count towards our allowance?', 'Thanks for raising the question about failed calls.')).toEqual([false]);
    expect(answered('Where is the third pallet right now?', 'You asked where the third pallet is right now.')).toEqual([false]);
    expect(answered('When will the fix ship?', "We're looking into it and will get back to you soon.")).toEqual([false]);
  });
  it('a coming verb leads into the request it joins; water escaping is a leak', () => {
    expect(extractQuotedPoints('Can someone come and check the boiler?')[0]?.parts).toBeUndefined();
    expect(extractQuotedPoints('Could an engineer pop round and look at the boiler?')[0]?.parts).toBeUndefined();
    // Two asks joined by "and" stay two.
    expect(extractQuotedPoints('What time does the music have to stop, and is there a noise limit before then?')[0]?.parts).toHaveLength(2);
    expect(answered('Could there be a leak?', 'The readings point to water escaping somewhere under the kitchen floor.')).toEqual([true]);
  });
  it('a reply of a few words that gives nothing is sure to answer nothing', () => {
    const quoted = 'Your trucks did not arrive for the 7:00 pour today. Why did this happen, and will you cover the standby costs?';
    expect(verdicts(quoted, 'Noted. Will revert.').map((v) => v.acknowledged)).toEqual([true]);
    expect(verdicts(quoted, 'Noted. Will revert.')[0]?.nothingSaid).toBe(true);
    // A reply that names the ask to put it off says something about it.
    expect(verdicts(quoted, "We're looking into the standby costs and will get back to you.")[0]?.nothingSaid).toBeUndefined();
    // A short reply that says something is judged on what it says.
    expect(verdicts(quoted, 'Yes, we will cover them.')[0]?.acknowledged).toBeUndefined();
  });
  it('answers after an agenda line and opening hours; a line announcing the asks is none', () => {
    // An agenda that says back several asks is followed by their answers, not by talk about one of them.
    const quoted = 'Is the fee capped? Can we exit early if you are acquired? Are client funds safeguarded? Do you have a reference in property management?';
    const body = "You've asked about a cap on the fee, exit rights, safeguarding and a reference in property management. Client money sits in a segregated safeguarding account at Barclays, so it's protected even if we fail.";
    expect(answered(quoted, body)[2]).toBe(true);
    expect(answered("Where's your support team based, and what are the hours?", 'Our support desk is in Brisbane, open 7 am to 7 pm on weekdays.')).toEqual([true]);
    expect(answered("Where's your support team based, and what are the hours?", 'Our support desk is in Brisbane.')).toEqual([false]);
    expect(extractQuotedPoints("A few things came up that I'd need answered before we go further. Does it work with Samsara?").map((p) => p.text)).toEqual(['Does it work with Samsara?']);
    // A topic before a colon is what a topicless question after it asks about.
    expect(extractQuotedPoints('Interfaces to our HIS (Cerner): available or planned?')[0]?.focus).toEqual(expect.arrayContaining(['interfac', 'cerner']));
    expect(extractQuotedPoints('Before I loop in IT, a few things: do you support SSO?')[0]?.focus).not.toContain('loop');
    expect(answered('Interfaces to our HIS (Cerner): available or planned?', 'We already exchange admission messages with Cerner at two hospitals through an HL7 interface.')).toEqual([true]);
    expect(answered('Interfaces to our HIS (Cerner): available or planned?', 'Our Zurich data centre is run by Green.ch and has been certified since 2021.')).toEqual([false]);
  });
  it('reads the trade\'s words for encryption, a diary and a cause said as what a rise reflects', () => {
    expect(answered('Is our data encrypted at rest and in transit?', 'All of it is protected with AES-256 on disk and TLS 1.3 on the wire.')).toEqual([true]);
    expect(answered('We would like to know the reason for this increase.', 'The move from £30 to £34 reflects the new reporting module and higher hosting costs.')).toEqual([true]);
    expect(answered('Could we get the annual review in the diary?', "I've sent an invite for Tuesday 9 June at 11:00.")).toEqual([true]);
    // An apology that names a day does nothing asked for.
    expect(answered('Please send the usage report we were meant to review at the meeting.', "I'm sorry we missed Tuesday's meeting; it was unacceptable.")).toEqual([false]);
  });
  it('a date for something else does not say when the thing asked happens', () => {
    expect(answered('When could onboarding start?', 'I will send the order form by Friday at noon.')).toEqual([false]);
  });
  it('a sentence answers the ask it is most about, not every ask that shares a word with it', () => {
    // "France" is in both asks; the sentence is the timeline, and nothing says who files the DSN.
    const quoted = 'How long would implementation take for France, Belgium and Spain together?\n\nDoes the platform file the monthly DSN in France?';
    const body = 'If we run all three countries in parallel, plan on twelve weeks from signature to your first live payroll, with France first and Spain last.';
    expect(answered(quoted, body)).toEqual([true, false]);
    expect(answered(quoted, `${body} We file the DSN in France ourselves each month.`)).toEqual([true, true]);
    // A cause still answers the "why" beside it, whatever else it names.
    expect(answered('Why is it still stuck?\n\nCan you send me the EPP code from Friday again?', 'The transfer is stuck because the EPP code from Friday expired. A new code is in your inbox now.')).toEqual([true, true]);
    // A sentence that opens with its no answers the yes/no question it names, even when it names another ask more.
    expect(answered('Are we still on track to go live on 2 November?\n\nCould you send the updated project plan before Thursday’s meeting?', 'Not quite: we’re now aiming for 9 November, one week later than planned, and I’ll walk through the plan at Thursday’s meeting.')).toEqual([true, true]);
  });
  it('reads answers said the ways people say them', () => {
    // "Do I need…?" wants a yes or a no, and "There's nothing…" / "You don't need…" gives it.
    expect(verdicts('Do I need the original packaging?', 'x').map((v) => v.type)).toEqual(['yesno']);
    expect(answered('Do I need to file a police report for this?', 'You don’t need to file a police report.')).toEqual([true]);
    expect(answered('Is there anything on our side we need to change?', 'There’s nothing on your side you need to change.')).toEqual([true]);
    // A sum of money says what something costs; "take £18.60 off" gives money back.
    expect(answered('What would a pilot for one business unit cost?', 'A 90-day trial for a single division is a flat €6,000.')).toEqual([true]);
    expect(answered('Will we be compensated for the outage?', 'We’ll take £18.60 off your October bill for the three days without service.')).toEqual([true]);
    // "That's why" gives the cause; "six weeks" is a time, and "what notice" asks for one.
    expect(answered('Why weren’t we warned?', 'The warnings went to an old admin address, and that’s why nobody saw them.')).toEqual([true]);
    expect(answered('What notice does your team need to staff a new site?', 'We need six weeks to recruit and train a team for a new hotel.')).toEqual([true]);
    // "As quickly as they can" is no time.
    expect(answered('When will I hear back with a decision?', 'Our claims team will come back to you with a decision as quickly as they can.')).toEqual([false]);
  });
  it('one sentence can answer two asks when it names most of each', () => {
    const quoted = 'Do you have availability for 19–21 May? We’d need one plenary room and three breakout rooms.';
    const body = 'We can host you on 19–21 May: I’ve placed a hold on the plenary room and three breakout rooms.';
    expect(answered(quoted, body)).toEqual([true, true]);
    // Naming one word of the ask beside the whole of another is no answer to it.
    expect(answered('Do you have availability in May? We’d need one plenary room and three breakout rooms.', 'I’ve placed a hold on the plenary room and three breakout rooms in our east wing.')).toEqual([false, true]);
  });
  it('a length of time answers "how long does it take?" and a transit time; the domain\'s words for stock, location, phones, a digest and a covered fine', () => {
    // The refund sentence answers the refund ask and how long it takes.
    expect(answered('I want the full refund of €214 to my card. How long does it take?', 'I can\'t refund the full €214, because the Basic fare isn\'t refundable. The €38 of taxes is refundable, and I\'ve sent it back to your card today; it will reach you within 7 working days.')).toEqual([true, true]);
    expect(answered('I want the full refund of €214 to my card. How long does it take?', 'I can\'t refund the full €214, because the Basic fare isn\'t refundable. The €38 of taxes is refundable, and I\'ve sent it back to your card today.')).toEqual([true, false]);
    expect(answered('Clearance is a pain today. I\'d also want to know door-to-door transit time.', 'Clearance at Felixstowe is £65 per entry. From a factory in Binh Duong to a Midlands warehouse is typically 38 to 42 days.')).toEqual([true]);
    expect(answered('Do you carry NSF H1 lubricants in stock in the Central Valley?', 'Our Modesto branch keeps the Lubriplate food-grade lines on the shelf, so most orders reach Fresno the next morning.')).toEqual([true]);
    expect(answered('We need GPS pings at least every 2 hrs, let me know if that\'s standard.', 'We pull location from the driver\'s ELD every 15 minutes.')).toEqual([true]);
    expect(answered('Can Crossmile cover the fine?', 'I\'ve approved a $750 credit on this week\'s invoice; the lateness is ours to absorb.')).toEqual([true]);
    expect(answered('How do I turn off the weekly summary emails, nobody here reads them.', 'The Monday digest stops for each person who unticks it under Profile > Notifications.')).toEqual([true]);
    expect(answered('How do I make sure the driver uses the rear entrance in future?', 'I\'ve added a note to your account: deliver via the Mill Lane gate at the back.')).toEqual([true]);
    expect(answered('Is the upward-only clause something we can push back on?', 'The agents\' draft is fairly standard, but there\'s room to move.')).toEqual([true]);
    // A lead-in that names no topic is no ask of its own.
    expect(extractQuotedPoints('Main things I need to know:\n\nCan we keep our numbers?').map((p) => p.text)).toEqual(['Can we keep our numbers?']);
  });
  it('an ask for a figure is answered by a figure, no charge, a refusal or a dated promise, not by "it depends"', () => {
    const discount = 'If we committed to three years, what discount would be available?';
    expect(answered(discount, 'On a three-year term we do have some flexibility, and I\'d love to explore what works best.')).toEqual([false]);
    expect(answered(discount, 'On a three-year term the discount is 12% off the annual fee.')).toEqual([true]);
    expect(answered('Pricing for 30 recruiter seats?', 'Pricing for the seats depends on a few factors, and I\'ll put together a proposal.')).toEqual([false]);
    expect(answered('Pricing for 30 recruiter seats?', 'Pricing for 30 recruiter seats is $1,520 a month, billed annually.')).toEqual([true]);
    expect(answered('What would it cost us to move three clinics\' patient history over?', 'Moving the patient history for all three clinics costs you nothing; our team does the import.')).toEqual([true]);
    expect(answered('What are the EU roaming charges on our current tariff?', 'Your plan lets them use their normal roaming allowance in the EU at no additional price.')).toEqual([true]);
    // A refusal to give one, with its reason, is an answer (a poor one, which other hints judge).
    expect(answered('What\'s the price per provider?', 'Per company policy we only share pricing after a discovery call, as every practice is unique.')).toEqual([true]);
    // What a charge is for is no ask for a figure.
    expect(answered('Can you tell me what that charge covers?', 'That charge is for the second projector and the sound desk in the Thames Room.')).toEqual([true]);
  });
  it('"is there anything you can do?", "what now?" and "please check it" ask for whatever is done or promised', () => {
    expect(answered('Is there anything you can do?', 'I\'ve refunded the £40 to your card today.')).toEqual([true]);
    expect(answered('The engineer never came. What now?', 'I\'ve booked an engineer for Thursday between 8 and 12.')).toEqual([true]);
    expect(answered('The app keeps logging me out. Please check it.', 'I\'ve reset your session keys, so the app will keep you signed in.')).toEqual([true]);
    // Sympathy does nothing.
    expect(answered('Is there anything you can do?', 'I\'m so sorry to hear that.')).toEqual([false]);
    expect(answered('The engineer never came. What now?', 'I\'m so sorry to hear that.')).toEqual([false]);
  });
  it('the one ask left open is answered by a dated step that brings its answer, not by a dated step that brings something else', () => {
    const q = 'Can you send an engineer? I\'d also like to know whether we\'ll get any rent back for the days without heating.';
    expect(answered(q, 'The engineer will be with you tomorrow between 8 and 10 am. Any reduction has to be approved by your landlord, and I\'ll have their decision to you by Monday 16 March.')).toEqual([true, true]);
    expect(answered(q, 'The engineer will be with you tomorrow between 8 and 10 am. I\'ll send you the engineer\'s report by Monday 16 March.')).toEqual([true, false]);
    expect(answered(q, 'The engineer will be with you tomorrow between 8 and 10 am. We\'ll look at the rent question in due course.')).toEqual([true, false]);
  });
  it('a "why" is answered by what happened when ("When their cost centres were changed, the system…"); "can you keep our data in the EU?" by a yes in other words', () => {
    expect(answered('Can you tell me why the system ignored the RPNs.', 'When their cost centres were changed in February, the system saved each of them as a new employee record, and the new records started without the RPNs you\'d downloaded.')).toEqual([true]);
    expect(answered('Can you tell me why the system ignored the RPNs.', 'The system and the RPNs are both important to us, and I\'m sorry.')).toEqual([false]);
    expect(answered('Can you keep all our data in the EU, for GDPR?', 'Everything for your shop would live in our Frankfurt and Amsterdam regions, with backups in Dublin, so no data leaves the EU.')).toEqual([true]);
  });
  it('an account of a month answers "what happened?", everyone on the cabinet answers "a fault in my area?", a list after its lead answers "what is included?"', () => {
    expect(answered('The response times were terrible last month. What happened there?', 'Two of the four engineers who know your systems were off sick for much of August, and the cover engineers took longer in triage.')).toEqual([true]);
    expect(answered('The response times were terrible last month. What happened there?', 'We value you as a customer and response times matter to us.')).toEqual([false]);
    expect(answered('Is there a fault in my area?', 'The street cabinet that serves Colwood Road has a failing line card, and everyone connected to it has seen the same slowdown.')).toEqual([true]);
    expect(answered('What insurance is included?', 'Insurance included in the package:\n\n- Medical and repatriation, up to £10 million per person\n- Loss of or damage to ski equipment')).toEqual([true]);
    expect(answered('Please resend them to this address.', 'I\'ve attached all four tickets to this email as one PDF.')).toEqual([true]);
  });
  it('a statement of the thing asked, whose side a fault is on, "two things" and "nothing to do" answer their asks (a sixth round of blind replies)', () => {
    expect(answered('Before we award the contract, please provide the following:\n- Confirmation that all prices are exclusive of VAT.', 'All prices in our quotation are exclusive of VAT.')).toEqual([true]);
    expect(answered('Before we award the contract, please provide the following:\n- Confirmation that all prices are exclusive of VAT.', 'You asked whether all prices are exclusive of VAT.')).toEqual([false]);
    expect(answered('Is it on your end or the bank\'s?', 'It\'s on Westpac\'s side: they changed their connection on Thursday.')).toEqual([true]);
    expect(answered('Is it on your end or the bank\'s?', 'Sorry for the trouble with the feed this week.')).toEqual([false]);
    expect(answered("I'd like to understand why it's gone up by that much.", 'The 9% is two things: our list price for the module went up 5% in July, and your team added an add-on in April.')).toEqual([true]);
    expect(answered('What must we do to activate it again?', "You don't need to do anything: I've reactivated the account this morning.")).toEqual([true]);
    // Hearing no more is answered by saying it is done, not by more contact; "send me some info" by the thing attached.
    expect(answered("We're not interested. Please don't send more emails.", "I've removed you from my follow-ups and our marketing list today, so you won't hear from us again.")).toEqual([true]);
    expect(answered('Please take me off your list.', "Totally understand! I'll check back in with you in Q3 when planning kicks off.")).toEqual([false]);
    expect(answered("Send me some info and I'll take a look.", "I've attached a two-page summary written for orthopedic groups.")).toEqual([true]);
    // "the comparison you mentioned" names the thing sent; "You mentioned…" at the head of a sentence says the ask back.
    expect(answered('Could you send the one-page comparison you mentioned for when I get back to it?', "Here's the one-page comparison you mentioned, so it's there when you want it.")).toEqual([true]);
    expect(answered('Could you send the one-page comparison you mentioned for when I get back to it?', 'You mentioned wanting the one-page comparison for later.')).toEqual([false]);
    // The same for "you asked": "the screws you asked us to supply" names a thing; "You asked what…" says the ask back.
    expect(answered('What is the extra PLN 900 for?', 'The PLN 900 is for the two titanium bases and the screws you asked us to supply.')).toEqual([true]);
    expect(answered('What is the extra PLN 900 for?', 'You asked what the extra PLN 900 is for.')).toEqual([false]);
    // "Which is the right date?" is answered by a date it does not name itself.
    expect(answered('My confirmation says 14 April but the website says 12 April. Which is the right date?', 'The concert is on Saturday 12 April at 19:30.')).toEqual([true]);
    expect(answered('Which is the right date?', 'Sorry for the confusion with the dates.')).toEqual([false]);
  });
  it('a sentence that talks round the ask answers nothing: it depends, it matters to us, we are confident, we will see', () => {
    expect(answered('Is the data stored in Australia?', 'On data location, we take privacy extremely seriously and follow best practice across all of our hosting.')).toEqual([false]);
    expect(answered('Is the data stored in Australia?', 'On data location, everything is stored in our Sydney region, and backups stay in Melbourne.')).toEqual([true]);
    expect(answered('Is there a fee to freeze my membership?', 'Freeze fees depend on the type of freeze, and the front desk can run through that with you.')).toEqual([false]);
    expect(answered('Could you let me know if there are going to be any deductions from the bond?', 'As for any deductions from the bond, I\'ll let you know if anything comes up.')).toEqual([false]);
    expect(answered('Can we have a cap of 3% on any future price increase?', 'On the 3% cap, I\'m confident we\'ll land somewhere that works for both of us.')).toEqual([false]);
    // A plain yes stays a yes.
    expect(answered('Do you take privacy seriously?', 'Yes: we take privacy seriously, and our hosting is audited every year.')).toEqual([true]);
  });
  it('an ask taken up by name and talked round is not answered by a sentence that names it less', () => {
    const quoted = 'Can I freeze my membership while I recover? And is there a fee to freeze? Last time someone told me it was free and I got charged $15.';
    const paused = 'Your membership is paused from today, 3 April, through to 3 July, so there are no fortnightly debits in that time. If the physio clears you earlier, just tell the front desk and we\'ll restart it from that day.';
    expect(answered(quoted, `${paused} Freeze fees depend on the type of freeze, and the front desk can run through that with you.`)).toEqual([true, false]);
    expect(answered(quoted, `${paused} There is no fee to freeze: the $15 last time was a late-payment charge, and I've refunded it.`)).toEqual([true, true]);
    // A yes that names the ask in full answers it, however it goes on.
    expect(answered('Could we also discuss shelf-space for the new juice range at our next quarterly review?', 'Yes, let us discuss shelf-space for the juice range. I have added it to the agenda for our quarterly review on Thursday 16 April.')).toEqual([true]);
    // "You'll see how many hours…" shows them where to look: no "we'll see how it goes".
    expect(answered('Is there a way to see how much the heating ran last month?', 'In the app, tap History and switch the view to Month. You\'ll see how many hours the heat ran each day, and you can export it as a CSV.')).toEqual([true]);
    expect(answered('Will the heating run less on the new schedule?', "We'll see how it goes over the next few weeks.")).toEqual([false]);
  });
  it('"it depends", "it varies", "case by case" with nothing firm beside them answer nothing, and put the ask off', () => {
    // The ask taken up only by a sentence that talks round it, while a time elsewhere answers something else (round 14).
    // "We're flexible on…", "an arrangement that works for both sides" (rounds 15 and 16, two writers).
    const terms = 'Can you send the W-9? Do you offer net-60 terms?';
    expect(answered(terms, "Our W-9 is attached. We're flexible on payment terms and always happy to find an arrangement that works for both sides.")).toEqual([true, false]);
    expect(answered(terms, 'Our W-9 is attached. Net-60 is fine for customers on an annual plan, and I have put it in the order form.')).toEqual([true, true]);
    const gloves = 'Can you send samples in sizes 8, 9 and 10 to our Monterrey plant? And what is the lead time on 5,000 pairs?';
    const sent = "I've asked our warehouse to send two pairs each in sizes 8, 9 and 10 to your Monterrey plant today. They go by DHL Express, and I'll email you the tracking number by Thursday morning.";
    expect(answered(gloves, `${sent} Lead time depends on stock at the time you order.`)).toEqual([true, false]);
    expect(answered(gloves, `${sent} Lead time for 5,000 pairs is three weeks from the order.`)).toEqual([true, true]);
    const rates = 'Can you share the savings report for February? Also, why are our hotel rates in London higher than last year?';
    expect(answered(rates, 'The February savings report is attached. On London hotels, rates vary a lot with the season and demand in the city.')).toEqual([true, false]);
    expect(answered(rates, 'The February savings report is attached. London hotel rates are up because our negotiated rate with Hilton ended in December.')).toEqual([true, true]);
    const storage = 'Who pays the extra storage cost at our customer side if it comes late?';
    expect(answered(storage, 'Regarding extra costs, we look at these individually once the delivery is completed, and we will take the circumstances into account.')).toEqual([false]);
    // A figure, a "but" that came first, or a dated step after it: something firm is said.
    expect(answered(gloves, `${sent} Lead time varies with stock: 5,000 pairs take 3 weeks from the order, 10,000 take 5.`)).toEqual([true, true]);
    expect(answered('Is there a standard SAP connector?', 'We have a standard SAP connector, but whether it covers your EWM release depends on the version.')).toEqual([true]);
    expect(answered('Can you send the DPA? And how much is the Pro plan for us?', 'Our data processing agreement is attached. Pro pricing depends on the number of sites, and for your 3 sites it comes to €1,900 a month for up to 20 users.')).toEqual([true, true]);
    const pilot = 'Owen,\n\n1. Can our own contractor install the sensors?\n2. What is the minimum contract length after the pilot?\n\nPatricia';
    expect(answered(pilot, "Hi Patricia,\n\n1. Your own contractor is fine; each sensor clips onto the duct in a few minutes.\n2. The minimum term after the pilot depends on how many of your buildings go live, and I'd rather give you real options than a guess. I'll send them by Monday 17 March.\n\nOwen")).toEqual([true, true]);
  });
  it('"we are taking all necessary steps", "rest assured": reassurance answers nothing; a figure is promised only by the writer', () => {
    const recur = 'Please confirm the credit amount. What steps are being taken so that this does not recur?';
    const credit = 'The credit is INR 1,85,000 and will be adjusted in the April invoice.';
    expect(answered(recur, `${credit} Please be assured that we are taking all necessary steps to ensure such incidents do not recur.`)).toEqual([true, false]);
    expect(answered(recur, `${credit} We have moved the database to a second zone and added an alert at 80% disk, so a full disk cannot take the service down again.`)).toEqual([true, true]);
    // "How much…?" is not answered by a thing that will happen on a day, only by a figure or the writer's dated promise of one.
    const seats = 'hey Lauren can you add 6 seats for the new Brisbane team starting monday. and how much will that add to the next invoice';
    const done = 'Done. All six Brisbane accounts are set up and the invites have gone out, so they can log in first thing Monday.';
    expect(answered(seats, `${done} The extra seats will be pro-rated from Monday, so it won't be the full monthly amount on the next invoice.`)).toEqual([true, false]);
    expect(answered(seats, `${done} I'll send you the exact pro-rated amount for the next invoice by Friday.`)).toEqual([true, true]);
  });
  it('a sentence led by another ask\'s topic puts off that ask, not this one', () => {
    const quoted = 'How can I renew the VPN certificate? Also, is it possible to access the journals without VPN?';
    const steps = 'To renew it, go to vpn.northfield.ac.uk/renew and sign in with your university username, then download the new certificate.';
    expect(answered(quoted, `${steps} Regarding access without VPN, this depends on the publisher and the type of subscription.`)).toEqual([true, false]);
  });
  it('"you\'re looking at" a figure gives it; one word joined to a phrase shares its head', () => {
    const cost = 'And what does it cost per hectare, more or less?';
    expect(answered(cost, "On cost, you're looking at roughly R1,800 to R2,400 per hectare upfront.")).toEqual([true]);
    expect(answered(cost, "So you're looking at what it costs per hectare.")).toEqual([false]);
    expect(extractQuotedPoints('What are your pick and pack fees per order?')[0]?.parts).toBeUndefined();
    expect(extractQuotedPoints("What's the price and turnaround?")[0]?.parts).toHaveLength(2);
    expect(answered('What are your pick and pack fees per order?', 'Pick and pack is £1.35 per order including the first item.')).toEqual([true]);
  });
  it('an ask for how long is answered by a length of time or a date ahead, not by what was done on a date', () => {
    const quoted = 'How long do refunds normally take?';
    expect(answered(quoted, "I've flagged your order to our returns team and added a note that the jacket reached the warehouse on March 6.")).toEqual([false]);
    expect(answered(quoted, 'Refunds normally take 5 to 7 working days once the jacket is checked in.')).toEqual([true]);
    expect(answered(quoted, 'Your refund went out today and should reach your card by Friday.')).toEqual([true]);
    // A day is a length of time: "return the same evening".
    expect(answered("What's your turnaround for a hotel our size?", 'We collect at 7am and return the same evening, six days a week.')).toEqual([true]);
    // Response times as a topic to add to an agenda are no ask for a length of time.
    expect(answered("I'd like to add two topics: the support response times in October, and the SSO rollout to our Polish plant.", "October's support response times and the SSO rollout in Poland will be items two and three.")).toEqual([true]);
  });
  it('an ask with a condition ("without the fee") answered with no word on the condition is answered in part', () => {
    const quoted = 'Which day is my booking? And can I still cancel without the fee if I need to?';
    const booking = 'Your booking is on Thursday 9 April at 10:30.';
    const [, cancel] = verdicts(quoted, `${booking} If you do need to cancel, you can do it yourself in the app under My Appointments.`);
    expect(cancel).toMatchObject({ answered: false, missing: { text: 'without the fee' } });
    expect(answered(quoted, `${booking} Yes: cancel up to 24 hours before in the app and there's no fee.`)).toEqual([true, true]);
    // The condition named in other words: "with nothing lost" for "without data loss".
    expect(answered('Can both accounts be merged into one tenant without data loss?', 'Yes, we can combine both into a single tenant with nothing lost.')).toEqual([true]);
  });
  it('what an ask says must come with it ("including the $149 delivery fee") is answered only where the reply names it', () => {
    // The main ask and the thing it includes are no rivals: a reply that refunds both answers both.
    expect(answered('Can I get a full refund, including the $149 delivery fee?', "We'll refund the purchase price and the $149 delivery fee to your card today.")).toEqual([true]);
    const refund = 'Can we get a full refund including the $149 delivery fee?';
    expect(verdicts(refund, "We'll refund the purchase price in full to your card today.")[0]).toMatchObject({ answered: false, missing: { text: 'the $149 delivery fee' } });
    expect(answered(refund, "We'll refund everything, delivery fee included, to your card today.")).toEqual([true]);
  });
  it('a figure or a price asked "including GST", "for all three roofs" or "at the same cost" is answered only where the reply says it (a forty-fourth round of blind threads)', () => {
    // The thing included ends at its comma: "GST", not "GST, for a batch of 25".
    const gst = 'What would be the cost per participant including GST, for a batch of 25?';
    expect(verdicts(gst, 'For a batch of 25, the fee works out to ₹18,400 per participant, covering materials and a follow-up call.')[0]).toMatchObject({ answered: false, missing: { text: 'GST' } });
    expect(answered(gst, 'For a batch of 25, the fee works out to ₹18,400 per participant including GST.')).toEqual([true]);
    // All of several: a quote for the main roof alone leaves the other two.
    const roofs = 'Please send a rough quote for all three roofs of the cold store.';
    expect(verdicts(roofs, "I've attached a rough quote for a 120 kWp system on the main roof: R1.38 million installed.")[0]).toMatchObject({ answered: false, missing: { text: 'all three roofs' } });
    expect(answered(roofs, "I've attached a rough quote for panels on all three roofs: R2.9 million installed.")).toEqual([true]);
    expect(answered(roofs, "I've attached a rough quote covering the 3 roofs: R2.9 million installed.")).toEqual([true]);
    // A change held to its cost, answered with no word on the cost.
    const rail = 'Can the second shipment go by rail instead of truck, at the same freight cost?';
    expect(verdicts(rail, 'Rail works for the second load: the train via Halkali leaves Brno on 30 May and reaches Bursa four days later.')[0]).toMatchObject({ answered: false, missing: { text: 'the same freight cost' } });
    expect(answered(rail, 'Rail works for the second load, and the freight cost stays the same: the train leaves Brno on 30 May.')).toEqual([true]);
  });
  it('a thank-you that says their plans back promises nothing of ours', () => {
    const abuja = 'We would also like to know if you offer on-site training in Abuja for our dispatch team.';
    expect(answered(abuja, "Many thanks as well for asking about training for the dispatch team in Abuja; it's great to know they'll be so involved from the start.")).toEqual([false]);
    expect(answered(abuja, "Many thanks for asking about training in Abuja; we'll run two on-site days for the dispatch team in the first week.")).toEqual([true]);
  });
  it('an apology for "the confusion caused by the SMS" gives no cause', () => {
    const duty = 'I paid duty at checkout. Why am I being asked to pay another ₦18,500?';
    expect(answered(duty, 'We sincerely apologise for the confusion caused by the SMS about the additional ₦18,500, and we understand how frustrating this must be after paying at checkout.')).toEqual([false]);
    expect(answered(duty, 'We sincerely apologise for the confusion caused by the SMS. The ₦18,500 is a storage fee because the parcel waited at the port for nine days.')).toEqual([true]);
  });
  it('"unblock it" is answered by the block removed or lifted', () => {
    const card = "My debit card was declined at the hotel in Lisbon tonight and in two restaurants. I told the app I was travelling! I'm here until Tuesday. Can you unblock it?";
    const cause = 'Your card was blocked by our fraud system after the hotel pre-authorisation, because the travel notice on your account was set for Spain rather than Portugal.';
    expect(answered(card, `${cause} I've removed the block and added Portugal to the notice up to Wednesday 12 March, so the card will work again from now.`)).toEqual([true]);
    expect(answered(card, 'Card blocks are set by our fraud system, which runs on every transaction.')).toEqual([false]);
  });
  it('an ask that lists things, answered for some of them and never for another, is answered in part', () => {
    const hosting = 'Kindly share the breakup of the hosting charges (compute, storage, backup, support) as the proposal gives only a lump sum.';
    const [some] = verdicts(hosting, 'The hosting charges break up as follows: compute 3.2 lakh and storage 1.1 lakh per month.');
    expect(some).toMatchObject({ answered: false, missing: { text: 'backup and support' } });
    expect(answered(hosting, 'The hosting charges break up as follows: compute 3.2 lakh, storage 1.1 lakh, backup 0.4 lakh and support 0.6 lakh per month.')).toEqual([true]);
    const term = 'Please confirm the length of the initial contract and any break clauses.';
    expect(verdicts(term, 'The initial contract runs for three years from the go-live date.')[0]).toMatchObject({ answered: false, missing: { text: 'break clauses' } });
    expect(answered(term, 'The initial contract runs for three years, and either side may break it at the end of year one with 90 days\' notice.')).toEqual([true]);
    // Said of them all at once, or a bracket that lists no things.
    expect(answered(term, 'Both are in the attached order form: three years, with a break at month 18.')).toEqual([true]);
    expect(answered('Can you print a model of the hotel (files attached, about 60x40x25 cm)?', 'We can print the hotel in four sections, and the files you attached are fine.')).toEqual([true]);
  });
  it('a sentence led by the ask\'s topic is the writer\'s answer to it: a hand-off or a hope there answers nothing', () => {
    const quoted = 'The minibar was charged twice (€38.50 both times). Could you refund one of them?';
    expect(answered(quoted, 'We will send your charger the same day. About the minibar, I have passed your message to our accounts department so they can review the charges.')).toEqual([false]);
    expect(answered(quoted, 'We will send your charger the same day. About the minibar, I have refunded the second €38.50 to your card this morning.')).toEqual([true]);
    const rooms = 'Can we add 15 more rooms to the block for 18–20 June?';
    expect(answered(rooms, "Additional rooms: that week is very busy for us, but I'll do my best to find extra rooms for your group and keep you posted. Please send us final numbers by Wednesday 20 May; after that we can add or release rooms only subject to availability.")).toEqual([false]);
    // The topic put off to a date the writer owns is answered later; a lead of another topic ("Case studies") is not this ask's.
    expect(answered('What format is the export? We also need to know whether the audit trail export includes IP addresses.', "The export is a ZIP file with one PDF per signed document, plus a CSV of the audit trail with one row per event. On IP addresses: I'm checking with our engineering team whether the CSV carries them. I'll confirm by this Friday, 11 December.")).toEqual([true, true]);
    expect(answered('Does the Salesforce integration log calls against the Case or the Contact?', "Calls log against the Contact by default, and against the open Case when there is one. Case studies: I'll follow up with those.")).toEqual([true]);
    // Our experience, our hard work and "every firm is different" answer nothing.
    expect(answered('Is the new walnut finish going to match the swatch we approved in March?', 'About the walnut finish, our finishing team has many years of experience and always works very hard to meet expectations.')).toEqual([false]);
    expect(answered('Why would we switch, what do you do better?', "As for what we do better, every firm is different, and honestly I'd rather show you than tell you.")).toEqual([false]);
  });
  it('the ask said back in other words ("I hear you on…", "So you\'re looking at…", "Understood — the board needs…") answers nothing', () => {
    expect(answered('How many teacher licenses would we need if we add the two new middle schools?', 'So you\'re looking at how many teacher licenses you\'ll need once the two new middle schools are added.')).toEqual([false]);
    expect(answered('What\'s our total spend with you this year?', 'Understood — the board needs your total spend with us this year.')).toEqual([false]);
    expect(answered('And I want churn numbers by property in the deck, not just the group total.', 'I hear you on wanting churn figures broken out by property in the deck, rather than only the group total.')).toEqual([false]);
    expect(answered('What\'s our total spend with you this year?', 'Your total spend with us this year is $184,200 across both contracts.')).toEqual([true]);
  });
  it('a two-part ask answered in part says which part is missing', () => {
    const [v] = verdicts('Can you refund the charge and tell me why it happened?', 'I refunded the $49 charge this morning.');
    expect(v!.answered).toBe(false);
    expect(v!.missing?.text).toMatch(/why it happened/);
    // Two things asked for under one verb, the second without an article ("… and written confirmation that…").
    const [w] = verdicts('I want the March charge refunded and written confirmation that the subscription is cancelled.', 'I\'ve refunded the $34.99 March charge to your Visa.');
    expect(w!.answered).toBe(false);
    expect(w!.missing?.text).toMatch(/written confirmation/);
  });
});

describe('the asks of the quoted message', () => {
  it('finds indirect asks and requests, and types them', () => {
    const points = extractQuotedPoints('We also need to know whether you support single sign-on.\n\nI’d like to understand why the export keeps failing.\n\nPlease send the corrected invoice.');
    expect(points.map((p) => p.type)).toEqual(['yesno', 'why', 'request']);
  });
  it('finds asks said as a need, an expectation or a wish to know', () => {
    const texts = (q: string) => extractQuotedPoints(q).map((p) => p.text);
    expect(texts('The tablets arrived cracked. Need it swapped today.')).toEqual(['Need it swapped today.']);
    expect(texts('Before we can continue we need your DPA.')).toHaveLength(1);
    expect(texts('Request you to send the revised BL copy also.')).toHaveLength(1);
    expect(texts('If not, I expect a full refund.')).toHaveLength(1);
    expect(texts('I would be grateful if you could confirm whether my points were credited.')).toHaveLength(1);
    expect(texts('Curious how you’d handle the IP assignment.')).toHaveLength(1);
    expect(texts('My manager would also like to know. She’d also like to know if the old ones can be re-sent.')).toHaveLength(1);
    // An expectation that asks nothing of us.
    expect(texts('I expect a busy June. Our season starts early.')).toEqual([]);
    // What they need it for is the reason for the ask, not a second one.
    expect(texts('Is my November payslip available yet? I need it for a mortgage application.')).toEqual(['Is my November payslip available yet?']);
    expect(texts('I need it for Friday.')).toHaveLength(1);
  });
  it('finds asks in texting shorthand, after a lower-case start, as a wish, a requirement, or a question without its mark', () => {
    const texts = (q: string) => extractQuotedPoints(q).map((p) => p.text);
    // Quoted as written, read in full words.
    expect(texts('hey can u send me last 3 invoices, accountant needs them')).toEqual(['hey can u send me last 3 invoices, accountant needs them']);
    expect(texts('whats the vat number on ur invoices')).toHaveLength(1);
    expect(texts('boiler is off since sunday. also i\'d like to know if my deposit is protected because i never got the certificate')).toHaveLength(1);
    expect(texts('The March invoice still charged us for the 4 trucks we took off in Feb, whats going on there')).toHaveLength(1);
    expect(texts('It\'d also be good to get a QBR on the calendar, we haven\'t had one since onboarding.')).toHaveLength(1);
    expect(texts('From September 1 invoices should go to ap@example.com instead of me.')).toHaveLength(1);
    expect(texts('All invoices from May onward need our new PO number, 4500-71822, or AP will bounce them.')).toHaveLength(1);
    expect(texts('how much per employee per month, and do you charge for the months they\'re not working.')).toHaveLength(1);
    expect(texts('Also workers comp, can you do pay as you go.')).toHaveLength(1);
    expect(texts('We hire in spring. need to be running by March 1 when the crews come back.')).toEqual(['need to be running by March 1 when the crews come back.']);
    expect(texts('We waste a lot of gloves, interested to hear if you supply vending machines.')).toHaveLength(1);
    expect(texts('Given the volume I\'d expect a better rate than last time.')).toHaveLength(1);
    expect(texts('I\'d also appreciate a sample of the utilization report we would receive.')).toHaveLength(1);
    expect(texts('Oh and a ballpark price per bag at 10,000 would be amazing.')).toHaveLength(1);
    expect(texts('Medical is up 11%, and our owner is going to ask me why.')).toHaveLength(1);
    expect(texts('We will also need an API to pull data into our WMS.')).toHaveLength(1);
    expect(texts('And if you have a small bank we could talk to as a reference that would go a long way.')).toHaveLength(1);
    expect(texts('Also let us know when is the next price revision due as we are preparing FY26 budget.')).toHaveLength(1);
    expect(texts('The reminders went out twice.\n\nand lastly is the two way sms thing coming this year or not, you said spring')).toHaveLength(1);
    expect(texts('We hit the limit. One more thing, how we can export the unsubscribed contacts list, I cannot find in the menu.')).toHaveLength(1);
    expect(texts('Also, no rush, but are you able to give us a rough idea of the pricing for the agent assist module')).toHaveLength(1);
    expect(texts('Our board treasurer asked me to get a quote for both 25 and 40 users.')).toHaveLength(1);
    expect(texts('also would love a quick training for the 3 new folks up there once they\'re hired')).toHaveLength(1);
    expect(texts('I should also like to know who I should speak to if this is not resolved by the end of the month.')).toHaveLength(1);
    expect(texts('Going forward please mark me in all communications.')).toHaveLength(1);
    // The reply itself asked for, and venting, are no asks of their own.
    expect(texts('Could you come back to me by 15 August?')).toEqual([]);
    expect(texts('Seriously, what are we paying for?')).toEqual([]);
    expect(texts('We would appreciate a full response, not a holding email.')).toEqual([]);
    // Venting, a courtesy, what should have been, and an aside are no asks.
    expect(texts('What is going on with you people!')).toEqual([]);
    expect(texts('That would be great.')).toEqual([]);
    expect(texts('The invoice should have been for 40 seats, not 45.')).toEqual([]);
    expect(texts('As you can see from the photos, the box was crushed.')).toEqual([]);
  });
  it('each item of a list that was asked for is an ask, a question or not', () => {
    const points = extractQuotedPoints('Ahead of the renewal, please provide the following:\na) Confirmation that the liability cap stays at 2x fees.\nb) Your current W-9.\nc) Whether the auto-renewal clause can change.\n\nRegards,\nProcurement');
    expect(points.map((p) => p.text)).toEqual(expect.arrayContaining(['Your current W-9.', 'Whether the auto-renewal clause can change.', 'Confirmation that the liability cap stays at 2x fees.']));
    expect(points.find((p) => p.text.startsWith('Whether'))?.type).toBe('yesno');
    // A list after a line that asks for nothing is no list of asks.
    expect(extractQuotedPoints('Here is what happened last week:\n- The van came late.\n- The driver left the boxes outside.')).toEqual([]);
  });
  it('a short question asks about what the sentence before said, and asks start without capitals too', () => {
    const [why] = extractQuotedPoints('The invoice says £684 and the estimate said £480. Why?');
    expect(why?.text).toBe('Why?');
    expect(why?.type).toBe('why');
    const texts = extractQuotedPoints('we need to cut to 25 seats. is there a penalty for going down mid-contract? also can we pause the add-on? and what happens to the data for people who left?').map((p) => p.text);
    expect(texts).toEqual(expect.arrayContaining(['is there a penalty for going down mid-contract?', 'also can we pause the add-on?', 'and what happens to the data for people who left?']));
  });
  it('reads at most 12 asks, however they are split', () => {
    const many = Array.from({ length: 20 }, (_, i) => `can you check order ${1000 + i}? and can you confirm invoice ${2000 + i}?`).join(' ');
    expect(extractQuotedPoints(many)).toHaveLength(12);
  });
  it('a shared mailbox is no one to name, and a title is not a first name', () => {
    expect(extractQuotedPoints('On Thu, 5 Mar 2026 at 11:47, Procurement Team <procurement@ashgrove.org> wrote:\nCan you send your W-9?')[0]?.author).toBeUndefined();
    expect(extractQuotedPoints('On Thu, 5 Mar 2026 at 11:47, Dr. Sarah Kim <sarah@clinic.com> wrote:\nCan you send your W-9?')[0]?.author).toBe('Sarah');
  });
  it('reads a message quoted whole with "> ", and a team that signs it is no one to name', () => {
    const quoted = 'On Mon, 30 Nov 2026 at 09:14, orders@brightdental.com wrote:\n> Hello,\n> Our delivery is a week late. When will it arrive?\n> Regards,\n> Bright Dental Purchasing\n>\n>> On Fri, 27 Nov 2026, Sam wrote:\n>> Will you need anything else from us?';
    const points = extractQuotedPoints(quoted);
    expect(points.map((p) => p.text)).toEqual(['When will it arrive?']);
    expect(points[0]!.author).toBeUndefined();
    expect(extractQuotedPoints('On Mon, 30 Nov 2026, Dom Reyes <dom@x.com> wrote:\n> Can you resend the invoice?\n> Thanks,\n> Dom')[0]?.author).toBe('Dom');
  });
  it('courtesy lines and small talk ask nothing', () => {
    expect(extractQuotedPoints('Hey Jess, how are things?\n\nLet me know if you need anything else from me.')).toEqual([]);
    for (const line of ['Please tell me if you need any information from us.', 'If you need any documents from our side, please let us know.', 'Please let us know if any of these need clarification.', 'Let me know if you’d prefer to go through these on a call.', 'Kindly let me know.', 'I’d appreciate an answer by Wednesday.', 'Make sense?', 'Is that really how you treat a five-year customer?', 'How hard is it to read a label?', 'Seriously, what am I paying for?']) {
      expect(extractQuotedPoints(line), line).toEqual([]);
    }
    // A wish that they are well, in any words, with a question mark or not (an eighth round of blind tickets).
    for (const line of ['Hope the new premises are settling in?', 'Hope the season has started well for you?', 'Hope all’s well at your end?', 'I trust you’re well?', 'Hope your week’s going ok?']) {
      expect(extractQuotedPoints(line), line).toEqual([]);
    }
    // A hope that asks for something is an ask.
    expect(extractQuotedPoints('I hope you can confirm the delivery date by Friday?').length).toBe(1);
    // A lead-in that asks for a list is no ask of its own once its items are read.
    expect(extractQuotedPoints('Please provide the following:\n1. Your W-9.\n2. The signed order form.').map((p) => p.text)).toEqual(['Your W-9.', 'The signed order form.']);
    // The deadline of the ask before it is no ask of its own.
    expect(extractQuotedPoints('Can you replace the router? Need it before the 20th, I fly out.').map((p) => p.text)).toEqual(['Can you replace the router?']);
  });
  it('finds asks led by "let me know:", a wondering, and a deal on a condition (an eighth round of blind threads)', () => {
    const listed = extractQuotedPoints('Could you please let me know:\n1) the total price for both languages\n2) whether the Arabic translator has medical experience');
    expect(listed.map((p) => p.text)).toEqual(['the total price for both languages', 'whether the Arabic translator has medical experience']);
    expect(extractQuotedPoints('We also wonder if you can keep the same layout in InDesign.').map((p) => p.type)).toEqual(['yesno']);
    expect(extractQuotedPoints('I wonder whether it was worth it, honestly.')).toEqual([]);
    expect(extractQuotedPoints('If you can start before 1 April and keep the fee under £4k a month, we can sign this week.').length).toBe(1);
    expect(extractQuotedPoints('If you were there last week, you saw the new line.')).toEqual([]);
  });
  it('an ask for the reply itself, or the reason for the ask before, is no ask of its own', () => {
    for (const line of ['Kindly revert at the earliest.', 'Please do the needful at the earliest.', 'Request you to revert by Monday as our board meets on Tuesday.', 'We would appreciate your response by 12 June.', 'Need an answer this week.', 'We really need these answers before our board meeting on Monday.']) {
      expect(extractQuotedPoints(`Can you confirm the new rate? ${line}`).map((p) => p.text), line).toEqual(['Can you confirm the new rate?']);
    }
    expect(extractQuotedPoints('Please send the last three statements. I need them for a visa application.').map((p) => p.text)).toEqual(['Please send the last three statements.']);
    expect(extractQuotedPoints('Can you email written confirmation? I need the confirmation for my insurer.').map((p) => p.text)).toEqual(['Can you email written confirmation?']);
    // A need of its own is still an ask, and so is a reply asked for on a point.
    expect(extractQuotedPoints('We need the signed lease for our auditors.').map((p) => p.text)).toEqual(['We need the signed lease for our auditors.']);
    expect(extractQuotedPoints('Please respond to my question about the deposit.')).toHaveLength(1);
  });
  it('names the asker from the sign-off when the header has no name', () => {
    expect(extractQuotedPoints('Can you resend the invoice?\n\nThanks,\nRachel')[0]?.author).toBe('Rachel');
    expect(extractQuotedPoints('Can you resend the invoice?\n\n– Rachel Kim | Ops Lead')[0]?.author).toBe('Rachel');
    expect(extractQuotedPoints('Can you resend the invoice?\n\nCall me')[0]?.author).toBeUndefined();
  });
  it('says a question is unanswered only where the reader would be sure; otherwise asks the writer to check', () => {
    const hintFor = (body: string) => analyze(
      { body, quoted: 'Can you tell me why the March invoice doubled?\n\nThanks,\nRachel' },
      { role: 'support', now: '2026-06-03T09:00:00Z', timeZone: 'UTC' },
    ).hints.find((h) => h.kind === 'unaddressed-point');
    // The reply names the invoice only to apologise for it: seen and left.
    const acked = hintFor('Hi Rachel,\n\nI’m sorry about the confusion over the March invoice.\n\nBest,\nSam');
    expect(acked?.message).toMatch(/mentions it but does not answer it/);
    expect(acked?.severity).toBe('risk');
    // The reply never names it: the answer may be there in other words, so the hint asks for a check and costs less.
    const unseen = hintFor('Hi Rachel,\n\nYour team can now export reports as PDF from the dashboard.\n\nBest,\nSam');
    expect(unseen?.message).toMatch(/check that one does/);
    expect(unseen?.severity).toBe('warn');
    expect(unseen!.impact).toBeLessThan(acked!.impact);
    // A "why" met with an apology and no cause anywhere: sorry, and no reason given.
    const sorry = hintFor('Hi Rachel,\n\nI’m really sorry this happened. I’ve credited £40 to your account today.\n\nBest,\nSam');
    expect(sorry?.message).toMatch(/mentions it but does not answer it/);
    expect(hintFor('Hi Rachel,\n\nI’m really sorry: the March invoice doubled because our system billed your seats twice. I’ve credited £40 today.\n\nBest,\nSam')).toBeUndefined();
  });
  it('a request put off by name ("we will look into the replacement") is seen and left: the reader is sure', () => {
    const quoted = 'The pallet jack arrived with a cracked pump. Can you send a replacement before Monday?\n\nOlga';
    const hintFor = (body: string) => analyze({ body, quoted }, { role: 'support', now: '2026-12-03T09:00:00Z', timeZone: 'UTC' }).hints.find((h) => h.kind === 'unaddressed-point');
    expect(hintFor('Hi Olga,\n\nWe will look into the replacement and get back to you.\n\nLinus')?.message).toMatch(/mentions it but does not answer it/);
    expect(hintFor('Hi Olga,\n\nA new one leaves our depot today and will be with you on Friday before noon.\n\nLinus')).toBeUndefined();
  });
  it('the hint says who asked, and which part is missing', () => {
    const r = analyze(
      { body: 'Hi Rachel,\n\nI refunded the $49 charge this morning; it shows on your card by Friday.', quoted: 'Can you refund the charge and tell me why it happened?\n\nThanks,\nRachel' },
      { role: 'support', now: '2026-06-03T09:00:00Z', timeZone: 'UTC' },
    );
    const hint = r.hints.find((h) => h.kind === 'unaddressed-point');
    expect(hint?.message).toMatch(/^Rachel asked: .*not “tell me why it happened/);
  });
});

describe('research is used when what a note says is used', () => {
  const fact = { text: 'Opening a cold-storage hub in Monterrey in Q1' };
  const ctx = { accountName: 'Ortiz Freight', names: ['Marcus Ortiz'] };
  const uses = (sentence: string, f = fact) => !!matchFact(f, [{ start: 0, text: sentence }], ctx);
  it('uses the note in its own and in other words', () => {
    expect(uses('How are plans for the Monterrey cold-storage site coming along?')).toBe(true);
    expect(uses('Good luck with the Q1 opening in Monterrey.')).toBe(true);
  });
  it('a sentence can use two notes at once, and a note’s month is its season', () => {
    const hiring = { text: 'Hiring 12 SDRs per careers page' };
    const series = { text: 'Announced Series B ($30M) led by Northgate in Aug' };
    const both = 'Congrats on the $30M raise this summer; I’m guessing filling a dozen new SDR seats comes next.';
    // "$30M" is no other count of SDRs, and "SDR" is no other name in the funding note's place.
    expect(uses(both, hiring)).toBe(true);
    expect(uses(both, series)).toBe(true);
    // A count of the same kind in its place still misreads it; a count of something else does not.
    expect(uses('Filling 15 new SDR seats is a big push.', hiring)).toBe(false);
    expect(uses('I have set up two training evenings for your new volunteers ahead of the spring fair.', { text: 'Asked for training for 40 new volunteers before the spring fair' })).toBe(true);
    // "UK" is a name: another country in its place misreads the note.
    expect(uses('Congrats on launching payroll in Canada!', { text: 'Just launched payroll module in UK' })).toBe(false);
    expect(uses('Congrats on launching payroll in the UK!', { text: 'Just launched payroll module in UK' })).toBe(true);
  });
  it('a word of the company name, the recipient’s name or the industry is not the note', () => {
    expect(uses('We help freight companies like Ortiz Freight move faster.', { text: 'Ortiz Freight is opening a cold-storage hub in Monterrey' })).toBe(false);
    expect(uses('Marcus, do you have 15 minutes on Thursday?', { text: 'Marcus Ortiz became VP Operations in September' })).toBe(false);
    expect(uses('Cold chain companies everywhere are busy this year.')).toBe(false);
  });
  it('"one" or a year is no other number in the note\'s place', () => {
    const oracle = { text: 'Uses Oracle Retail for stock; contract ends June 2027' };
    expect(uses('Before your Oracle contract comes up next June, it may be worth seeing how stock and waste data can sit in one place.', oracle)).toBe(true);
    expect(uses('Your Oracle contract ended in 2024, so stock runs on spreadsheets now.', oracle)).toBe(false);
  });
  it('a clock time is no number of the note, and a share matches only a share', () => {
    const waste = { text: 'Produce waste up 9% this year; the CFO is pushing to cut it' };
    expect(uses('Can we set up a 30-minute call at 9am tomorrow?', waste)).toBe(false);
    expect(uses('With waste up 9 percent this year, I imagine the CFO wants it down by spring.', waste)).toBe(true);
  });
  it('their system named as one we support is our catalogue, not their news', () => {
    const pos = { text: 'Migrating 400 stores from Oracle POS to Square' };
    expect(uses('Square is one of the POS systems we support.', pos)).toBe(false);
    expect(uses('Moving four hundred shops onto Square is a huge project.', pos)).toBe(true);
  });
  it('a line about our own product shares the note’s words but not the note, unless it names theirs', () => {
    const rostering = { text: 'Crew rostering module live at 3 of 5 bases; Dublin + Cork left' };
    expect(uses('Our crew rostering module now supports split duties.', rostering)).toBe(false);
    expect(uses('Our team can bring crew rostering to Dublin and Cork before the summer.', rostering)).toBe(true);
    expect(uses('How is crew rostering going at the bases still to come?', rostering)).toBe(true);
  });
  it('a name the note rules out, said as theirs, misreads the note; said as ruled out, it uses it', () => {
    const devices = { text: 'Chromebooks only, no Windows' };
    expect(uses('The fix also works on Windows laptops.', devices)).toBe(false);
    expect(uses('Since you run no Windows machines, the Chromebook build is the one to install.', devices)).toBe(true);
  });
  it('a sentence that misreads the note does not use it', () => {
    expect(uses('How are the self-checkout pilots going in your Cincinnati stores?', { text: 'Piloting self-checkout in 5 Columbus stores' })).toBe(false);
    expect(uses('Congrats on opening four new stores!', { text: 'Closing 4 underperforming stores in Q1' })).toBe(false);
  });
  it('reads numbers in words and words of the same business event', () => {
    expect(uses('Four hundred volunteers is an incredible number.', { text: 'Volunteer base grew to 400 after the flood response' })).toBe(true);
    expect(uses('Good luck with the Q1 opening in Monterrey.')).toBe(true);
    expect(uses('I saw some parents grumbling online about the app you use to send daily updates.', { text: 'Parents complained about the daily-updates app (Facebook group)' })).toBe(true);
  });
  it('the opposite trend, or a claim about the whole trade, does not use the note', () => {
    expect(uses('Glad to hear cancellations dropped after the January price change.', { text: 'Member churn spiked after Jan price increase' })).toBe(false);
    expect(uses('Order volume tends to pick up after the holidays.', { text: 'Order volume up 30% after adding 3D printing' })).toBe(false);
  });
  it('a tool, place or project of theirs the note names, asked about or said to them, is used; said of us, or an acronym a field shares, is not', () => {
    expect(uses('how are you finding Vanta so far?', { text: 'SOC 2 Type II audit due Sept; using Vanta' })).toBe(true);
    expect(uses('Which version of AgTrak are you on these days?', { text: 'member ledgers still on Excel + AgTrak v6 (old)' })).toBe(true);
    expect(uses('How’s the Taipan build coming along?', { text: "new coaster 'Taipan' opens Dec 2025, $22M" })).toBe(true);
    expect(uses('We integrate with Vanta out of the box.', { text: 'SOC 2 Type II audit due Sept; using Vanta' })).toBe(false);
    expect(uses('Priya on our clinical team used to be a NICU nurse, so she’ll pick up your workflows quickly.', { text: '24-bed NICU expansion opening Aug 2026' })).toBe(false);
  });
  it('two sums of money are no shared word: the sum itself must match', () => {
    const appeal = { text: 'winter appeal raised £212k (target £180k)' };
    expect(uses('The export failed in January and held up a claim of around £18,000.', appeal)).toBe(false);
    expect(uses('Congratulations on beating the £180k target for the winter appeal!', appeal)).toBe(true);
  });
  it('a job title is no name of the note: its other words still count', () => {
    const promoted = { text: 'Omar Reyes promoted to Head of Patient Experience in Sept' };
    const named = { accountName: 'Lakeview Clinics', names: ['Omar Reyes'] };
    expect(!!matchFact(promoted, [{ start: 0, text: 'Congratulations on the promotion this autumn!' }], named)).toBe(true);
    expect(!!matchFact(promoted, [{ start: 0, text: 'Omar, would Tuesday work for a call?' }], named)).toBe(false);
    // A person after a C-level title is still a person of the note.
    expect(uses('Ben Ruiz will want to see these numbers too.', { text: 'Linda Park reports to COO Ben Ruiz' })).toBe(true);
    expect(uses('Our VP Sales would love to join the call.', { text: 'Linda Park reports to COO Ben Ruiz' })).toBe(false);
  });
  it('reads a fleet and its trucks, a country and its people, as one thing', () => {
    const fleet = { text: 'Fleet of ~620 tractors; driver turnover around 90% a year' };
    expect(uses('How are you tackling driver retention across all those trucks?', fleet)).toBe(true);
    expect(uses('Trucks are expensive to run everywhere this year.', fleet)).toBe(false);
    const germany = { text: 'Adding a German entity in Q1; needs works-council approval' };
    expect(uses('How is the works council approval going for your Germany launch?', germany)).toBe(true);
    expect(uses('How is the approval going for your Germany launch?', germany)).toBe(true);
  });
  it('reads a past form as its verb, and the phrases of the domain’s clusters', () => {
    const sold = { text: 'Sold the bakery division in June' };
    expect(uses('Selling off the bakery side must free up a lot of time.', sold)).toBe(true);
    expect(uses('We work with a lot of bakery owners.', sold)).toBe(false);
    const overtime = { text: 'Nurse overtime up sharply this winter' };
    expect(uses('All those extra hours for your nurses must be hard on the budget.', overtime)).toBe(true);
    expect(uses('Your nurses do remarkable work.', overtime)).toBe(false);
  });
  it('what is always so, or so for everyone, uses no note', () => {
    const flu = { text: 'Adding vaccine clinics at all 9 stores before flu season' };
    expect(uses('Flu season is always busy.', flu)).toBe(false);
    expect(uses('Flu season is hard on everyone.', flu)).toBe(false);
    expect(uses('How are the vaccine clinics shaping up before flu season?', flu)).toBe(true);
  });
  it('a win for a loss, or a no for a yes, misreads the note', () => {
    const lost = { text: 'Lost the Caremark contract in March' };
    expect(uses('Congrats on renewing with Caremark!', lost)).toBe(false);
    expect(uses('Sorry the Caremark contract fell through this spring.', lost)).toBe(true);
    const approved = { text: 'Board approved a new student portal for next fall' };
    expect(uses('Sorry the board turned down the new portal.', approved)).toBe(false);
    expect(uses('Now that the board has approved the new portal, we can plan the fall launch.', approved)).toBe(true);
  });
  it('a scaled count is the same in digits and in words, and another scaled count misreads it', () => {
    const downloads = { text: 'App passed 50k downloads in March' };
    expect(uses('Fifty thousand downloads is a real milestone.', downloads)).toBe(true);
    expect(uses('Twenty thousand downloads is a good start.', downloads)).toBe(false);
    expect(uses('Raising $2M is a big step.', { text: 'Raised 2 million in seed funding' })).toBe(true);
  });
  it('a common word the note writes as a name is that name ("Teams"), only when the sentence writes it so', () => {
    const teams = { text: 'Heather Cole wants check-ins on Teams, not email' };
    const named = { accountName: 'Granite Credit', names: ['Heather Cole'] };
    expect(!!matchFact(teams, [{ start: 0, text: 'I’ll send a Teams invite for Thursday.' }], named)).toBe(true);
    expect(!!matchFact(teams, [{ start: 0, text: 'Our team will follow up on Thursday.' }], named)).toBe(false);
  });
  it('a place, product or first name said as the writer’s own is not the reader’s note', () => {
    const london = { text: 'Opening a London office in Q2, their first outside the US' };
    expect(uses('Our London team has worked with several US firms.', london)).toBe(false);
    expect(uses('How is the London office coming along ahead of Q2?', london)).toBe(true);
    expect(uses('I’m in Bristol next month for a conference.', { text: 'Studio in Bristol; remote artists in 4 countries' })).toBe(false);
    const graham = { text: 'Aisha took over from Graham in June' };
    expect(uses('Graham in our finance team will send the updated invoice.', graham)).toBe(false);
    // "Our team in Columbus" is ours, even in a sentence to them.
    expect(uses('Our operations team in Columbus would be happy to host you for lunch.', { text: 'Opening a cross-dock terminal in Columbus, Ohio in April' })).toBe(false);
    // A person the note names in full is theirs, whoever brings them in.
    expect(uses('I’ll loop in Karen on the billing question.', { text: 'Dr. Samuel Ito, medical director; Karen Boyd runs billing' })).toBe(true);
    // Our stand at a show in their town, and a second place named for the same trip of ours (round 41 research pairs).
    const aalsmeer = { text: '62 refrigerated trucks, main depot Aalsmeer' };
    expect(uses('We’ll have a stand at the Aalsmeer trade days in June if you fancy a coffee.', aalsmeer)).toBe(false);
    expect(uses('How many trucks run out of the Aalsmeer depot now?', aalsmeer)).toBe(true);
    const leeds = { text: '35 fee-earners, offices in Leeds and York' };
    expect(uses('I’ll be in Leeds on the 14th for the Yorkshire legal-tech breakfast; any chance you’re going?', leeds)).toBe(false);
    expect(uses('How is the York office settling in?', leeds)).toBe(true);
    // Where I am or our team is: "next time I'm in Cluj", "Our own team is at GITEX" (round 42 research pairs).
    expect(uses('I’d be glad to meet him next time I’m in Cluj.', { text: 'wants pallet scanning at Cluj warehouse' })).toBe(false);
    expect(uses('Our own team is at GITEX this October, on stand H7-B30.', { text: 'hosting GITEX side events in Oct' })).toBe(false);
    expect(uses('How are the GITEX side events shaping up?', { text: 'hosting GITEX side events in Oct' })).toBe(true);
  });
  it('a word of grammar is no start of a name the note gives', () => {
    const whatsapp = { text: 'Looking at WhatsApp for tenant communication' };
    expect(uses('I’d love to hear what’s top of the list for you this year.', whatsapp)).toBe(false);
    expect(uses('Are you on WhatsApp with tenants yet?', whatsapp)).toBe(true);
  });
  it('a claim about plenty of firms, or most of our customers, uses no note', () => {
    const upmarket = { text: 'Moving upmarket: enterprise deals now 35% of pipeline' };
    expect(uses('Plenty of SaaS companies are trying to move upmarket this year.', upmarket)).toBe(false);
    expect(uses('Quarterly reports are still the default for most of our customers.', { text: 'Ruth wants monthly usage reports, not quarterly' })).toBe(false);
    expect(uses('Now that enterprise deals are a third of your pipeline, how is the move upmarket going?', upmarket)).toBe(true);
  });
  it('a claim about every one of a trade, in the singular, uses no note', () => {
    const backlog = { text: 'Repairs backlog of about 3,000 jobs after the transfer' };
    expect(uses('Repairs are a hard job for every landlord.', backlog)).toBe(false);
    expect(uses('With three thousand repair jobs waiting after the transfer, where do you start?', backlog)).toBe(true);
  });
  it('what we are, have or supply, said of us alone, uses no note of theirs', () => {
    const seats = { text: 'Renewal due 31 January; 40 seats on the Pro plan' };
    const tesco = { text: 'Supplies Tesco and two regional chains' };
    expect(uses('We have 40 new integrations this quarter.', seats)).toBe(false);
    expect(uses('We already supply packhouses for Tesco growers across the Midlands.', tesco)).toBe(false);
    // What we are doing on their matter is no description of us.
    expect(uses('Our team is still working on the rate sync to Booking.com that has been dropping overnight updates.', { text: 'Rate sync to Booking.com dropping overnight updates' })).toBe(true);
    expect(uses('Getting your range into Tesco and two regional chains is no small feat.', tesco)).toBe(true);
  });
  it('the same clock times are the note\'s; a move off a system is its migration', () => {
    const harvest = { text: 'Harvest starts 20 September; bottling line runs 6am-10pm then' };
    expect(uses('Our engineers will be on call from 6am to 10pm for the whole of the harvest.', harvest)).toBe(true);
    expect(uses('Our engineers will be on call from 8am to 6pm for the whole of the harvest.', harvest)).toBe(false);
    const warehouse = { text: 'Migrating from Redshift to Snowflake this year' };
    expect(uses('How is the move off Redshift going?', warehouse)).toBe(true);
    // What we integrate with, with an adverb in the way, is still our catalogue.
    expect(uses('We integrate natively with Snowflake and Redshift.', warehouse)).toBe(false);
  });
  it('a number said roughly, or a share said as a fraction, is the note\'s number', () => {
    expect(uses('Roughly one patient in eight not turning up is a lot of empty chair time.', { text: 'Patient no-show rate is about 12%' })).toBe(true);
    expect(uses('With north of 60,000 members on your books, even small retention gains matter.', { text: 'About 62,000 active members' })).toBe(true);
    expect(uses('With what you pay to water the fields up nearly a third on last year, every drop counts.', { text: 'Irrigation water costs up 30% year over year' })).toBe(true);
    // Far from it, or said exactly otherwise, it is another number.
    expect(uses('With 40,000 members on your books, even small retention gains matter.', { text: 'About 62,000 active members' })).toBe(false);
    expect(uses('One patient in three not turning up is a lot of empty chair time.', { text: 'Patient no-show rate is about 12%' })).toBe(false);
  });
  it('the opposite deal misreads the note; a claim about what everyone hears uses none', () => {
    expect(uses('Your split from Ashby & Pratt must have been complicated.', { text: 'Merging with Ashby & Pratt effective July 1' })).toBe(false);
    expect(uses('Selling off five of your Arizona practices this year must free up capital.', { text: 'Acquiring 5 practices in Arizona in 2025' })).toBe(false);
    expect(uses('Losing track of kegs is one of the most common headaches we hear about from brewers.', { text: 'Head brewer Tomas Reyes complained that keg tracking is a mess' })).toBe(false);
  });
  it('a county named for its town is the same place', () => {
    const packhouse = { text: 'Planning a second packhouse near Hereford' };
    expect(uses('How are plans for the new packing site in Herefordshire coming along?', packhouse)).toBe(true);
    expect(uses('How are plans for the new packing site in Yorkshire coming along?', packhouse)).toBe(false);
  });
  it('a bound on a number holds the note\'s number on its side', () => {
    const drivers = { text: 'Runs ~1,400 drivers, turnover near 80% a year' };
    // "North of 1,200" is above 1,200: about 1,400 is that, though 17% off.
    expect(uses('Keeping north of 1,200 drivers on the road is a constant hiring job.', drivers)).toBe(true);
    expect(uses('Keeping under 1,200 drivers on the road is a constant hiring job.', drivers)).toBe(false);
    expect(uses('Keeping north of 2,000 drivers on the road is a constant hiring job.', drivers)).toBe(false);
  });
  it('a title in the note is its words in the draft; a round, a country code and a fall in a figure are the note\'s', () => {
    expect(uses('With a new finance chief who came over from Siemens, budgeting season will look different.', { text: 'New CFO Priya Nair (ex-Siemens), started in June' })).toBe(true);
    expect(uses('Well done on closing the Series C.', { text: 'Closed $42M Series C led by Balderton' })).toBe(true);
    expect(uses('Well done on closing the Series A.', { text: 'Closed $42M Series C led by Balderton' })).toBe(false);
    expect(uses('Bringing a second mill online in Brazil is a big step.', { text: 'Second mill in Curitiba, BR: first production run Q2' })).toBe(false);
    expect(uses('Bringing a second plant online in Mexico next spring is a big step.', { text: 'Second plant in Saltillo, MX — first production run Q2' })).toBe(true);
    expect(uses('I saw your Google rating has dipped this year.', { text: 'Google rating slipped from 4.7 to 4.3 this year' })).toBe(true);
    // Two capitals that are no place ("ER") make no key of their own.
    expect(uses('Best of luck getting everything ready for the spring opening.', { text: 'New ER wing opens spring 2027' })).toBe(true);
    expect(uses('With your dean stepping down in the summer, the search must be taking up time.', { text: 'Dean Hal Brooks retires in July; search under way' })).toBe(true);
    // A code with a digit ("FY28") is no other name in the note's place.
    expect(uses('With a new finance chief from Siemens and a plan to double revenue by FY28, budgeting will change.', { text: 'New CFO Priya Nair (ex-Siemens), started in June' })).toBe(true);
  });
  it('notes in CRM shorthand: an arrow is a move, a numeric date a month, a code of two capitals no name', () => {
    const infra = { text: 'Moving infra Azure → GCP H2' };
    expect(uses('As you move your infrastructure from Google Cloud over to Azure later this year, timing will matter.', infra)).toBe(false);
    expect(uses('As you move your infrastructure off Azure later this year, timing will matter.', infra)).toBe(true);
    const ground = { text: 'Clinic wing job in Tempe, breaking ground 5/1' };
    expect(uses('Good luck breaking ground on the Tempe clinic wing in September.', ground)).toBe(false);
    expect(uses('Good luck breaking ground on the Tempe clinic wing in May.', ground)).toBe(true);
    expect(uses('I know the portal outage during spring registration hurt.', { text: 'Portal outage during fall reg 2024 - still sore' })).toBe(false);
    expect(uses('I saw the churn spike in Q1 came mostly from your enterprise accounts.', { text: 'Churn spike in SMB segment Q1' })).toBe(false);
    expect(uses('Now that the Derby office has expanded onto a second floor, you may need more licences.', { text: 'Derby office downsized to 1 floor (Jan)' })).toBe(false);
    // "HQ" is no other name than the note's city; a country's adjective is the country.
    expect(uses('Will the new branch file its customs declarations itself or route them through Bremen?', { text: '~20 FTE in customs brokerage, Bremen HQ' })).toBe(true);
    expect(uses('Getting a Latvian licence to passport into the EU is a big step.', { text: 'Applying for Latvia EMI licence for EU passport' })).toBe(true);
  });
  it('currencies, ROI and a share said roughly are the note\'s in other words', () => {
    expect(uses("I've quoted every rate in dollars this time, as you asked.", { text: 'Asked for rates in USD not GBP' })).toBe(true);
    expect(uses('We will pull the return-on-investment figures your finance director wants by Q3.', { text: 'skeptic = CFO, wants ROI by Q3' })).toBe(true);
    expect(uses('With online now close to 40% of your sales, the website is your biggest store.', { text: 'E-com 38% of sales, up from 25%' })).toBe(true);
    expect(uses('With online now close to 60% of your sales, the website is your biggest store.', { text: 'E-com 38% of sales, up from 25%' })).toBe(false);
  });
  it('a talk or a grant on another subject, the opposite outcome, or work done for work delayed misreads the note', () => {
    const talk = { text: 'Denise presented at AHRMM 2024 on reducing expired inventory' };
    expect(uses('Your AHRMM talk on cutting overtime in sterile processing really stuck with me.', talk)).toBe(false);
    expect(uses('Your AHRMM talk on expired stock really stuck with me.', talk)).toBe(true);
    // The subject in other words is the same subject.
    expect(uses('Your AILA talk on work-visa backlogs was excellent.', { text: 'Sofia Castellano spoke at AILA conference on H-1B delays' })).toBe(true);
    const grant = { text: 'Awarded $38M federal PIDP grant for Berth 4 shore power / electrification, Nov 2023' };
    expect(uses('Congratulations on the $38M grant to deepen the main channel.', grant)).toBe(false);
    expect(uses('Congratulations on the $38M grant for shore power at Berth 4.', grant)).toBe(true);
    const bond = { text: '$142M bond passed Nov 2024 — funds 2 new elementary schools' };
    expect(uses('Sorry the $142M bond fell short in November.', bond)).toBe(false);
    expect(uses('Congrats on the Big Sioux merger going through.', { text: 'merger w/ Big Sioux Co-op voted down Mar 2024' })).toBe(false);
    expect(uses('Glad to hear the west side meters are all in and reading.', { text: 'AMI meter rollout phase 2 (west side) delayed to 2025' })).toBe(false);
  });
  it('a count said as a span, half a dozen, and the domain\'s words for a wing or an owner are the note\'s', () => {
    expect(uses('Getting sixty-some new beds stocked before the wing opens is no small job.', { text: 'Opening a 64-bed pediatric wing in March 2025' })).toBe(true);
    expect(uses('Getting ninety-some new beds stocked before the wing opens is no small job.', { text: 'Opening a 64-bed pediatric wing in March 2025' })).toBe(false);
    expect(uses("Congrats on the children's wing opening in March.", { text: 'Opening a 64-bed pediatric wing in March 2025' })).toBe(true);
    expect(uses("If you're still writing off a few hundred kegs a year, the tags pay for themselves.", { text: 'pain: losing ~300 kegs/yr to untracked distributors' })).toBe(true);
    expect(uses("If you're still writing off a few thousand kegs a year, the tags pay for themselves.", { text: 'pain: losing ~300 kegs/yr to untracked distributors' })).toBe(false);
    expect(uses('You mentioned service scores lagging at half a dozen of your stores.', { text: 'Service CSI below OEM target at 6 stores' })).toBe(true);
    expect(uses('Since your new private equity owners came in last August, costs must be under review.', { text: 'Bought by a PE firm, Aug 2024' })).toBe(true);
    expect(uses('Since your new owners came in last August, costs must be under review.', { text: 'Bought by a PE firm, Aug 2024' })).toBe(false);
  });
  it('a figure said in words, or moving the other way, and another chief in the note\'s place', () => {
    expect(uses('Getting restoration from three and a half hours down to two and a half is the number to track.', { text: 'avg time-to-restore 3.4 hrs (2024) -> board target 2.5' })).toBe(true);
    expect(uses('With a little over four percent of your customers leaving each month, retention is the priority.', { text: 'churn 4.1%/mo in Q2 (was 3.2% in Q1)' })).toBe(true);
    expect(uses('With a little over nine percent of your customers leaving each month, retention is the priority.', { text: 'churn 4.1%/mo in Q2 (was 3.2% in Q1)' })).toBe(false);
    expect(uses('Congrats on NPS climbing from 31 to 42 since v5 shipped.', { text: 'NPS 42 -> 31 after v5 release (Aug)' })).toBe(false);
    expect(uses('Sorry to see NPS drop from 42 to 31 after v5 shipped.', { text: 'NPS 42 -> 31 after v5 release (Aug)' })).toBe(true);
    expect(uses('Happy to walk Ben Hartley through it, since I know the CFO signs off on planning tools.', { text: 'Sofia reports to COO Ben Hartley; ex-Unilever' })).toBe(false);
    expect(uses('Happy to walk Ben Hartley through it, since I know the COO signs off on planning tools.', { text: 'Sofia reports to COO Ben Hartley; ex-Unilever' })).toBe(true);
  });
  it('a move the other way, another time of year or another year, or the date pushed back misreads the note', () => {
    const billing = { text: 'H2: moving invoicing off Zuora → Chargebee' };
    expect(uses('I hear you are moving invoicing from Chargebee over to Zuora this half.', billing)).toBe(false);
    expect(uses('I hear you are moving invoicing off Zuora this half.', billing)).toBe(true);
    const ground = { text: 'Won the $90M Eastgate library contract; breaks ground Oct' };
    expect(uses('Good luck breaking ground on the Eastgate library in April.', ground)).toBe(false);
    expect(uses('Good luck breaking ground on the Eastgate library this autumn.', ground)).toBe(true);
    expect(uses('Good luck breaking ground on the Eastgate library in October.', ground)).toBe(true);
    const cohort = { text: "Fall '24 intake ~1,800 students; applications down 9%" };
    expect(uses('With the fall 2027 intake of 1,800 students ahead, applications matter.', cohort)).toBe(false);
    expect(uses('With an intake of 1,800 students last fall, applications matter.', cohort)).toBe(true);
    const target = { text: 'Carbon-neutral target brought forward to 2032 (was 2038)' };
    expect(uses('I read that your carbon-neutral target has been pushed back to 2038.', target)).toBe(false);
    expect(uses('Bringing your carbon-neutral target forward to 2032 is bold.', target)).toBe(true);
  });
  it('reads jobs cut, bids, queues, closures and slowness in other words, and a sum said "a million and a half"', () => {
    // News of theirs the writer read: its place is theirs ("I read about…"), though the sentence says "I".
    const layoffs = { text: 'laid off 120 at Dayton plant, Aug 2025' };
    expect(uses('I read about the cuts in Dayton.', layoffs)).toBe(true);
    expect(uses('I read about the price cuts in Dayton.', layoffs)).toBe(false);
    expect(uses('I was in Dayton last week for a conference.', layoffs)).toBe(false);
    expect(uses('With no new hires allowed until next year, anything we suggest has to save staff time.', { text: 'hiring freeze through FY26; staff time stretched' })).toBe(true);
    expect(uses('Kindly let me know if your SCADA tender is still open.', { text: 'SCADA vendor contract ends Mar, RFP out' })).toBe(true);
    expect(uses('Front-desk queues keep coming up, so I would like to show you the mobile key pilot.', { text: 'guest complaints re check-in wait' })).toBe(true);
    expect(uses('You told us the report exports were crawling; the fix is live.', { text: 'raised complaint re slow report exports' })).toBe(true);
    expect(uses('How is Tom settling in as chief exec?', { text: 'Hired Tom Reyes as CEO' })).toBe(true);
    expect(uses('Going from just over a million meals to a million and a half in one year is a huge jump.', { text: 'served 1.2M meals FY24, goal 1.5M FY25' })).toBe(true);
    expect(uses('Going from 900 meals to 2,000 in one year is a huge jump.', { text: 'served 1.2M meals FY24, goal 1.5M FY25' })).toBe(false);
  });
  it('our own line that shares a title\'s words uses no note on the person', () => {
    const head = { text: 'Henrik Vogel = Head of Digital Transformation' };
    const ctxV = { accountName: 'Klinikum am See', names: ['Henrik Vogel'] };
    expect(!!matchFact(head, [{ start: 0, text: 'At Meridian Health Partners, we are a leading provider of end-to-end digital transformation solutions.' }], ctxV)).toBe(false);
    expect(!!matchFact(head, [{ start: 0, text: 'As the one leading digital transformation at the hospital, you will have seen the scheduling tender.' }], ctxV)).toBe(true);
  });
  it('CRM shorthand and an event said as its verb are the note\'s words ("pkgs", "mgmt", "the buyout" for "bought by")', () => {
    expect(uses('Cycling and hiking packages seem a smart answer.', { text: "occupancy summer '23 only 58%, want to grow summer (bike/hike pkgs)" })).toBe(true);
    expect(uses('Your management team wants a smaller fleet.', { text: 'fleet of 40 vans, mgmt wants fewer' })).toBe(true);
    expect(uses('Since the buyout in January, I imagine costs are under pressure.', { text: 'Rheinfeld was bought by Velden Capital in January, and there is a lot of cost pressure since.' })).toBe(true);
    // A city is no shorthand: Reno stays Reno.
    expect(uses('How is the new Reno warehouse settling in?', { text: 'New 200k sq ft warehouse in Reno opened in June' })).toBe(true);
    // Shorthand read as its word is still one word of the note: our own packages use nothing.
    expect(uses('Our packages start at £40 a month.', { text: "occupancy summer '23 only 58%, want to grow summer (bike/hike pkgs)" })).toBe(false);
  });
  it('a general claim is no research, unless it names two of the note’s places', () => {
    const clinic = { text: 'closing Riverside clinic end of Dec, consolidating into Main St' };
    expect(uses('Once Riverside shuts its doors and everyone moves over to Main Street, we will repoint the kiosks.', clinic)).toBe(true);
    expect(uses('Everyone in Riverside is talking about clinics closing.', clinic)).toBe(false);
    // The note's own words are no claim about everyone: "across all sites" is what the note records.
    const cfo = { text: 'new CFO Q1 - pushing cost-out across all sites' };
    expect(uses('I understand the new CFO is pushing cost-out across all sites this year.', cfo)).toBe(true);
    expect(uses('Most finance teams are pushing cost-out this year.', cfo)).toBe(false);
  });
  it('a system a note abbreviates is used when the email spells it out, and building works in other words', () => {
    const wms = { text: 'Current WMS contract with Manhattan ends in May' };
    expect(uses('With your warehouse system contract up for renewal in May, is now a good time to compare?', wms)).toBe(true);
    expect(uses('Our warehouse system is the fastest on the market.', wms)).toBe(false);
    const works = { text: 'Renovating 3 properties in 2025; rooms offline for 6 months' };
    expect(uses('With three of your hotels closed for refurbishment next year, occupancy forecasting gets tricky.', works)).toBe(true);
    expect(uses('Hotels like yours use our revenue tools.', works)).toBe(false);
  });
  it('where a person posted is no use of what they posted; our customers, our people and who uses us are ours', () => {
    const post = { text: 'Ben posted on LinkedIn about churn in mid-market accounts' };
    const ben = { accountName: 'Quarry Analytics', names: ['Ben Cole'] };
    expect(!!matchFact(post, [{ start: 0, text: 'I saw you on LinkedIn.' }], ben)).toBe(false);
    expect(!!matchFact(post, [{ start: 0, text: 'Your LinkedIn post on churn among mid-market customers hit home.' }], ben)).toBe(true);
    const rate = { text: 'no-show rate ~18% (Angela’s LinkedIn post, Feb)' };
    expect(uses('One of our customers, a six-clinic group in Fresno, cut no-shows from 22% to 9% in a year.', rate)).toBe(false);
    expect(uses('A no-show rate near 18% is costing your front desk hours every week.', rate)).toBe(true);
    const merger = { text: 'Merging with Hale Partners; combined firm 300 lawyers' };
    expect(uses('Law firms with 300 lawyers use our billing tool.', merger)).toBe(false);
    expect(uses('Bringing Hale Partners into the firm must be a huge project.', merger)).toBe(true);
    const promoted = { text: 'Priya promoted to managing partner in April' };
    const priya = { accountName: 'Moss & Lane LLP', names: ['Priya Rao'] };
    expect(!!matchFact(promoted, [{ start: 0, text: 'Our managing partner would love to meet you.' }], priya)).toBe(false);
    expect(!!matchFact(promoted, [{ start: 0, text: 'Congratulations on becoming managing partner this spring.' }], priya)).toBe(true);
  });
  it('found by a third probe: our office in their town, a case study of another customer, a rating said in figures, leave and nights in other words', () => {
    const cold = { text: 'Cold chain failure at Leeds depot cost £40k of stock' };
    const pioneer = { accountName: 'Pioneer Foods', names: ['Sam Cho'] };
    expect(!!matchFact(cold, [{ start: 0, text: 'Our Leeds office would be happy to host you.' }], pioneer)).toBe(false);
    expect(!!matchFact(cold, [{ start: 0, text: 'Losing £40k of stock at the Leeds depot is exactly what our sensors catch.' }], pioneer)).toBe(true);
    const lost = { text: 'Lost the Tesco contract in January; volumes down 30%' };
    expect(uses('We helped a haulier cut costs by 30%.', lost)).toBe(false);
    expect(uses('After losing the Tesco work, a 30% drop in volume must have changed your plans for the year.', lost)).toBe(true);
    const rating = { text: 'TripAdvisor rating slipped from 4.6 to 4.2' };
    expect(uses('Going from 4.6 to 4.2 on TripAdvisor usually comes down to a handful of recurring complaints.', rating)).toBe(true);
    expect(uses('Hotels with a rating under 4.5 usually lose bookings.', rating)).toBe(false);
    const leave = { text: 'Ella just returned from maternity leave in March' };
    expect(!!matchFact(leave, [{ start: 0, text: 'Welcome back, Ella — I hope the little one is sleeping through the night.' }], { accountName: 'Crane Dental', names: ['Ella Moss'] })).toBe(true);
    const clinic = { text: 'Opening an out-of-hours emergency clinic in May' };
    expect(uses('An overnight emergency service from May will need a rota that covers nights.', clinic)).toBe(true);
    expect(uses('Our emergency support line is open 24/7.', clinic)).toBe(false);
  });
  it('a remark about the whole field that shares two of the note\'s words uses nothing', () => {
    expect(uses('Driver turnover is the number one issue in trucking today.', { text: 'Driver turnover hit 40% last year' })).toBe(false);
    expect(uses('With driver turnover at 40% last year, onboarding must feel endless.', { text: 'Driver turnover hit 40% last year' })).toBe(true);
    expect(uses('Food safety audits can be stressful.', { text: 'Food safety audit failed in March' })).toBe(false);
    expect(uses('Claims processing is slow across the insurance industry.', { text: 'Claims processing time is 21 days on average' })).toBe(false);
    expect(uses('Three weeks to process a claim is longer than your customers expect.', { text: 'Claims processing time is 21 days on average' })).toBe(true);
  });
  it('a greeting that names the person a note names uses nothing', () => {
    const r = analyze(
      { body: 'Hi Marcus,\n\nI wanted to introduce our routing tool and see whether it could help your dispatch team this winter.', recipients: [{ name: 'Marcus Ortiz' }] },
      { role: 'prospecting', now: '2026-06-03T09:00:00Z', timeZone: 'UTC', account: { name: 'Ortiz Freight', facts: [{ text: 'Marcus Ortiz became VP Operations in September' }] } },
    );
    expect(r.hints.map((h) => h.kind)).not.toContain('account-reference');
    expect(r.hints.map((h) => h.kind)).toContain('no-account-reference');
  });
  it('a person of the note asked after by name uses it; a name of ours, a word like the name, or a line of the name alone does not', () => {
    const boss = { text: 'Megan Foster = champion; her boss Raj Mehta signs' };
    const to = { accountName: 'Brightline', names: ['Megan Foster'] };
    expect(!!matchFact(boss, [{ start: 0, text: 'Should we include Raj in Thursday’s call?' }], to)).toBe(true);
    expect(!!matchFact(boss, [{ start: 0, text: 'Raj on our side ran procurement at a bank for ten years.' }], to)).toBe(false);
    expect(!!matchFact(boss, [{ start: 0, text: 'Raj' }], to)).toBe(false);
    const letter = { text: 'FDA Complete Response Letter for NVX-101, June 2024' };
    expect(!!matchFact(letter, [{ start: 0, text: 'Clinical trials keep getting more complex to run.' }], { accountName: 'Novaris' })).toBe(false);
  });
});

describe('the role, guessed from the whole context, with its reason', () => {
  it('a reply to a complaint is support, and says so', () => {
    const g = roleGuess({ body: "Hi Rachel,\n\nI've reversed the duplicate payment.", quoted: 'You charged me twice this month. Can we get the second charge refunded?' });
    expect(g).toMatchObject({ role: 'support', reason: 'a reply to a complaint' });
  });
  it('a fault told in other words is a complaint: a leak, damaged goods, an order not arrived', () => {
    for (const quoted of ['Your crew replaced the tank on Friday. On Saturday it was leaking into the unit below.', 'The shipment arrived with 3 pallets crushed and damaged.', "We still haven't received the samples we sent on Monday."]) {
      expect(roleFeatures({ body: 'Hi Sam,\n\nThanks for the note.', quoted }), quoted).toContain('cue:complaint-reply');
    }
    expect(roleFeatures({ body: 'Hi Sam,\n\nThanks for the note.', quoted: 'Could you send the renewal quote for next year?' })).toContain('cue:reply');
  });
  it('who is greeted or named does not change the guess', () => {
    const draft = (name: string, company: string) => ({ body: `Hi ${name},\n\nquick update on the rollout at ${company}: 40 of your 55 stores are live, and Joe from ${company} has the rest.`, subject: "Re: the rollout" });
    expect(roleFeatures(draft('Priya', 'Verdant'))).toEqual(roleFeatures(draft('Marcus', 'Northwind')));
    // A name that starts a sentence is read as written: it cannot be told from any other first word.
    expect(roleFeatures({ body: 'Priya, here it is.' })).toContain('b:priya');
  });
  it('a draft’s words weigh the same in all, however long it is; a cue a reader would name counts whole', () => {
    const short = featureValues(['b:rollout', 'b:live', '2:the rest', 'b:store', 'cue:first']);
    expect(short).toEqual([2.5, 2.5, 2.5, 2.5, 1]);
    const long = featureValues([...Array.from({ length: 100 }, (_, i) => `b:w${i}`), 'cue:reply']);
    expect(long[0]).toBeCloseTo(0.5);
    expect(long.at(-1)).toBe(1);
    // So a short update is not read as prospecting for having few words (the learned bias leans that way).
    expect(roleGuess({ body: 'Hi Priya, the rest of your stores go live Monday.' }).role).toBe('account');
  });
  it('a reason from what the draft talks about quotes the draft’s own words, never words it does not hold', () => {
    // The draft of a support agent who wrote of frustration and policy was once told it "talks about a refund, a ticket or
    // an outage".
    const policy = roleGuess({ body: "Hello, I understand your frustration. That's our policy, and someone will get back to you soon." });
    expect(policy).toMatchObject({ role: 'support', reason: 'it talks about a problem of theirs (“frustration”, “our policy”)' });
    const update = roleGuess({ body: 'Hi Priya, quick update on the rollout: 40 of your 55 stores are live, the rest go live Monday.' });
    expect(update.reason).toBe('it updates a customer on their account (“quick update”, “rollout”)');
    // Below the model's confidence the rules answer, and quote the same way.
    const short = roleGuess({ body: "Hello, I understand your frustration. That's our policy." });
    expect(short.confidence).toBeLessThan(ROLE_MIN_CONFIDENCE);
    expect(short).toMatchObject({ role: 'support', reason: 'it talks about a problem of theirs (“frustration”, “our policy”)' });
  });
  it('a reason never shows the masked name the model reads ("xname"), only words of the draft', () => {
    for (const body of ['Hi Sam,\n\nThanks, see you then.\n\nAna', 'Hi Sam,\n\nGreat to see Priya and Joe at the Leeds event.\n\nAna']) {
      expect(roleGuess({ body }).reason, body).not.toMatch(/xname/);
    }
  });
  it('a reason shows words a writer would take for one, not "per" or "via"', () => {
    const g = roleGuess({ body: 'Hello, we charge per user per month and I understand your budget.' });
    expect(g.reason).toMatch(/^words like /);
    expect(g.reason).not.toMatch(/“(?:per|via)”/);
  });
  it('a reason shows no name, month or place the draft only writes with a capital, nor "whose"', () => {
    const g = roleGuess({ subject: 'Re: October VAT and November filing', body: "Hi Mike,\n\nOn the October VAT: the total in your purchase journal includes three suppliers whose invoices don't show their TIN, so BIR won't allow that input VAT. I've attached the list.\n\nJoy" });
    expect(g.reason).toMatch(/^words like /);
    expect(g.reason).not.toMatch(/october|whose|mike|joy/i);
  });
  it('a guess under ROLE_SURE is marked unsure, one above it sure', () => {
    const low = roleGuess({ body: 'Hi Sam,\n\nThanks, see you then.\n\nAna' });
    expect(low.confidence).toBeLessThan(ROLE_SURE);
    expect(low.sure).toBe(false);
    const high = roleGuess({ body: 'Hi Rachel,\n\nWe help payroll teams close the month in two days. How long does your close take today?' });
    expect(high.confidence).toBeGreaterThanOrEqual(ROLE_SURE);
    expect(high.sure).toBe(true);
  });
  it('a first email to someone new is prospecting; an update on their rollout is account work', () => {
    expect(roleGuess({ body: 'Hi Marcus, when teams grow fast, onboarding new reps becomes the bottleneck. How do you ramp hires today?' }).role).toBe('prospecting');
    expect(roleGuess({ body: 'Hi Priya, quick update on the rollout: 40 of your 55 stores are live, the rest go live Monday.' }).role).toBe('account');
  });
});

describe('a fix never lowers the score', () => {
  it('a rewrite that cuts words is checked too (a property test’s counterexample)', () => {
    const body = 'Thank you for your business.0Sorry for any inconvenience this may have caused.Hi Dana,';
    const c = { role: 'account' as const, now: '2026-06-03T09:00:00Z', timeZone: 'UTC' };
    const r = analyze({ body }, c);
    for (const h of r.hints) {
      if (h.replacement === undefined) continue;
      const after = analyze({ body: body.slice(0, h.start) + h.replacement + body.slice(h.end) }, c);
      expect(after.score, h.rule).toBeGreaterThanOrEqual(r.score);
    }
  });
  it('cutting a hedge never turns an answer into none (a property test’s counterexample)', () => {
    const draft = { body: 'Just checking in. Could we meet on Tuesday? I think maybe we could just try. Just checking in.', quoted: 'Could we meet on Tuesday?' };
    const c = { role: 'prospecting' as const, now: '2026-06-03T09:00:00Z', timeZone: 'UTC' };
    const r = analyze(draft, c);
    for (const h of r.hints) {
      if (h.replacement === undefined) continue;
      const after = analyze({ ...draft, body: draft.body.slice(0, h.start) + h.replacement + draft.body.slice(h.end) }, c);
      expect(after.score, h.rule).toBeGreaterThanOrEqual(r.score);
    }
  });
  it('a rewrite that drops a "you" is checked when it could make the email read as about us', () => {
    // Rewriting "Thank you for your business" drops a "your" and tips the we/you share, with a pitch in the email.
    const draft = { body: "Thank you for your business. Thank you for your business. How does your team close the books today? We are a leading provider of payroll software. You'll need to contact our billing department. That's our policy. I understand your frustration." };
    const c = { role: 'account' as const, now: '2026-06-03T09:00:00Z', timeZone: 'UTC' };
    const r = analyze(draft, c);
    for (const h of r.hints) {
      if (h.replacement === undefined) continue;
      const after = analyze({ ...draft, body: draft.body.slice(0, h.start) + h.replacement + draft.body.slice(h.end) }, c);
      expect(after.score, h.rule).toBeGreaterThanOrEqual(r.score);
    }
  });

});

describe('research: what a number counts', () => {
  it('a number the note counts things with is not the same number said of a length of time ("4 volunteers", "four hours")', () => {
    const ctx = { accountName: 'Kinloch Trust' };
    const volunteers = { text: 'On charity discount plan, 8 seats; wants to add 4 volunteers' };
    const outage = { text: 'Donation page outage 3 Dec (Giving Tuesday) - ~4 hrs, our fault' };
    const sorry = "I'm sorry again that our donation page went down for four hours on Giving Tuesday.";
    expect(!!matchFact(outage, [{ start: 0, text: sorry }], ctx)).toBe(true);
    expect(!!matchFact(volunteers, [{ start: 0, text: sorry }], ctx)).toBe(false);
    expect(!!matchFact(volunteers, [{ start: 0, text: 'The four volunteers can join at your discount rate.' }], ctx)).toBe(true);
    expect(!!matchFact(outage, [{ start: 0, text: 'The four volunteers can join at your discount rate.' }], ctx)).toBe(false);
  });

  it('a claim about a whole trade in a region, or "for manufacturers like you", uses no note', () => {
    const ctx = { accountName: 'Vetcare Group' };
    const clinics = { text: '14 clinics, acquiring 3 more in Co. Cork by end of yr' };
    expect(!!matchFact(clinics, [{ start: 0, text: 'Veterinary clinics across Ireland are being asked to see more patients, Cork included.' }], ctx)).toBe(false);
    expect(!!matchFact(clinics, [{ start: 0, text: 'Adding three clinics in Cork by the end of the year is a big step.' }], ctx)).toBe(true);
    const cfo = { text: 'New CFO Ernesto Salas pushing to cut logistics spend 10%' };
    expect(!!matchFact(cfo, [{ start: 0, text: "We've cut average logistics spend by 10% for manufacturers like you." }], { accountName: 'Mueblería Sol' })).toBe(false);
    expect(!!matchFact(cfo, [{ start: 0, text: 'Cutting logistics spend by 10% is a tall order for a new CFO.' }], { accountName: 'Mueblería Sol' })).toBe(true);
  });
});



/** Does a sentence use a note (no account or recipient names to set aside)? */
/** Does the sentence use the note, read with the account's and the recipient's names as the panel reads them? */
const usesNote = (fact: string, sentence: string, ctx: { accountName?: string; names?: string[] } = {}) => !!matchFact({ text: fact }, [{ start: 0, text: sentence }], ctx);

describe('research: where a note came from, and a day of the month', () => {
  it('the source a note cites ("per LinkedIn") names no place the sentence must share', () => {
    expect(usesNote('Expanding into KSA - Riyadh office opened Jan (per LinkedIn)', 'Congrats on opening the Riyadh office; happy to set up a separate account for the Saudi team.')).toBe(true);
    // Another place in the note's place still misreads it.
    expect(usesNote('Expanding into KSA - Riyadh office opened Jan (per LinkedIn)', 'Congrats on opening the Jeddah office.')).toBe(false);
  });
  it('a day of a month is a date, not another count of the note', () => {
    expect(usesNote('Agnieszka asked for Polish-language training - promised by end of Q1', 'The Polish-language training materials you asked for are ready, and I can run the first session on 18 March.')).toBe(true);
    expect(usesNote('Opening 15 new stores by May', 'Congrats on the 12 new stores.')).toBe(false);
  });
});

describe('research: a round, their own place in a claim, a source with its date', () => {
  it('the same funding round is the note\'s event; another round is not', () => {
    expect(usesNote('Series A EUR 9m led by Northvale Ventures, Mar', 'Congrats on closing the Series A in March.')).toBe(true);
    expect(usesNote('Series A EUR 9m led by Northvale Ventures, Mar', 'Congrats on closing the Series B.')).toBe(false);
  });
  it('"the Wollongong sites" in a claim are theirs; dealers in Wollongong are not', () => {
    expect(usesNote('Acquired Coastal Auto Wollongong in Aug = 2 more sites', 'Bringing the Wollongong sites onto one CRM is usually where groups feel the pain.')).toBe(true);
    expect(usesNote('Acquired Coastal Auto Wollongong in Aug = 2 more sites', 'Dealers in Wollongong usually feel the pain.')).toBe(false);
  });
  it('a source with its date ("(TechCabal, 3 Jun)") names no place a sentence must share', () => {
    expect(usesNote('raised USD 4.5M seed (TechCabal, 3 Jun) - plans Kampala expansion H1 next yr', 'Expanding into Kampala is a big step; how are you thinking about collecting payments on the Ugandan side?')).toBe(true);
  });
});

describe('research: regards sent to someone of theirs', () => {
  it('"Please pass my regards to James" uses no note that names James; news of James does', () => {
    const note = 'Olivia = practice manager; James Brown = founding partner';
    expect(usesNote(note, 'Please pass my regards to James.')).toBe(false);
    expect(usesNote('Sipho = asset manager; reports to Thandi (COO)', 'Warm regards to you and Thandi.')).toBe(false);
    expect(usesNote('Paolo = VP Operations; Trish Lim = workforce mgmt lead', 'Cheers, and say hello to Trish for me.')).toBe(false);
    expect(usesNote(note, 'James Brown tells me the founding partners want one dashboard.')).toBe(true);
  });
});

describe('research: a number of theirs after "all"', () => {
  it('"All 17 customers who were double-charged" is the note\'s 17, not a claim about all customers', () => {
    const note = 'Card terminal double-charged 17 customers on 3 Feb';
    expect(usesNote(note, 'All 17 customers who were double-charged have now been refunded.')).toBe(true);
    expect(usesNote(note, 'All seventeen customers who were charged twice on the third of February have now been refunded in full.')).toBe(true);
    expect(usesNote(note, 'Most customers who were double-charged get refunded.')).toBe(false);
  });
});

describe('research: a place of two words said as ours', () => {
  it('"our support office in Mato Grosso" is ours; "your soy storage in Mato Grosso" is theirs', () => {
    const note = 'Expanding soy storage to Mato Grosso next harvest';
    expect(usesNote(note, 'We recently opened a support office in Mato Grosso.')).toBe(false);
    expect(usesNote(note, 'How is the soy storage in Mato Grosso coming along?')).toBe(true);
    // A person named in full stays theirs.
    expect(usesNote('Caleb Dunn is taking over operations in 2025', 'We hear Caleb Dunn is taking over operations.')).toBe(true);
  });
});

describe('research: another ordinal of the same thing', () => {
  it('"a third shift" misreads "adding 2nd shift"; "a second shift" uses it', () => {
    const note = 'Greenville SC plant adding 2nd shift in Jan';
    expect(usesNote(note, "With Greenville adding a third shift in January, you'll need a few more licenses.")).toBe(false);
    expect(usesNote(note, "With Greenville adding a second shift in January, you'll need a few more licenses.")).toBe(true);
    // The thing counted may come a word or two later: "2nd cocoa processing line" against "your third processing line".
    expect(usesNote('2nd cocoa processing line commissioned Jan', "I saw you're about to commission your third processing line.")).toBe(false);
    expect(usesNote('2nd cocoa processing line commissioned Jan', 'Congrats on commissioning the second processing line.')).toBe(true);
  });
});

describe('research: a line about our own thing, with a quarter or a year', () => {
  it('"Our Q4 release…" and "Since 2021 our platform…" use no note; asking after theirs does', () => {
    expect(usesNote('Migrating document management to iManage in Q4', 'Our Q4 release will include faster document search.')).toBe(false);
    expect(usesNote('Ticketing client since 2021; 620-seat main house + 120-seat studio', 'Since 2021 our platform has sold more than 40 million tickets.')).toBe(false);
    expect(usesNote('New 5-axis line in Plant 2 (Aalen) - go-live slipped to Oct', 'Our new release adds better support for 5-axis CAM programs.')).toBe(false);
    expect(usesNote('Migrating document management to iManage in Q4', 'How is the Q4 document migration going?')).toBe(true);
  });
});

describe('research: congratulated on what the note says is still to be decided', () => {
  it('"Congratulations on winning…" misreads "tendering…, decision Jan"; won in the note, or asked after, it uses it', () => {
    expect(usesNote('tendering Bolton school rebuild, decision Jan', 'Congratulations on winning the Bolton school rebuild.')).toBe(false);
    expect(usesNote('applied for solar grant - decision due Nov', 'Congratulations on having the solar grant approved.')).toBe(false);
    expect(usesNote('tendering Bolton school rebuild, decision Jan', 'How is the Bolton school rebuild tender going?')).toBe(true);
    expect(usesNote('Won the airport terminal extension tender, Jan', 'Congratulations on winning the airport work earlier this year.')).toBe(true);
  });
});

describe('research: what we did or are opening, said as news of ours', () => {
  it('"We\'re opening a new office in December" uses no note on their December opening; asking after theirs does', () => {
    expect(usesNote('New gondola opening Dec 2025', "We're opening a new office in December, so I'll be much closer by.")).toBe(false);
    expect(usesNote('New gondola opening Dec 2025', 'Is the new gondola still on track for its December opening?')).toBe(true);
    expect(usesNote('Launched the loyalty app in March', 'We just launched a loyalty app for our own stores in March.')).toBe(false);
  });
});

describe('research: a word of their name, akin to a note', () => {
  it('"I came across Atlas Secure Systems" uses no note on their ISO 27001 plans; naming the plan does', () => {
    const atlas = { accountName: 'Atlas Secure Systems', names: ['Omar Haddad'] };
    const uses = (sentence: string) => !!matchFact({ text: 'Looking at ISO 27001 cert in 2025' }, [{ start: 0, text: sentence }], atlas);
    expect(uses('I came across Atlas Secure Systems and wanted to introduce myself.')).toBe(false);
    expect(uses('How is the ISO 27001 certification going for 2025?')).toBe(true);
  });
});

describe('research: our own date in a line about us', () => {
  it('"Our winter release ships on 23 November" uses no note that their season opens on 23 Nov; their dated event still counts', () => {
    expect(usesNote('Season opens 23 Nov; hiring 40 new instructors', 'Our winter release ships on 23 November and adds a new scheduling view for admins.')).toBe(false);
    expect(usesNote('Season opens 23 Nov; hiring 40 new instructors', 'How is hiring for the 23 November opening going?')).toBe(true);
    expect(usesNote('QBR Feb: Denise unhappy w/ parent-notification lag on snow-day closure (Jan 16, msgs went out 40 min late)', 'Our engineers traced the January 16 delay to a backed-up queue, and closure alerts now go out on their own priority lane.')).toBe(true);
  });
});

describe('research: a year alone', () => {
  it('"By 2025 everything changes" uses no note that names 2025; the note\'s thing in that year does', () => {
    expect(usesNote('New plant in Rayong, Thailand opening Apr 2025', 'Getting from 450 ppm to 200 ppm by FY2025 is an ambitious target.')).toBe(false);
    expect(usesNote('Hiring 12 SDRs in 2025', 'We hope to see you at the show in 2025.')).toBe(false);
    expect(usesNote('New plant in Rayong, Thailand opening Apr 2025', 'Is the new plant still opening in 2025?')).toBe(true);
    expect(usesNote('Channel manager contract signed Apr; 12 properties', "I'll run the same check across all twelve of your hotels.")).toBe(true);
  });
});

describe('research: a figure of the note said alone', () => {
  it('"around 400,000 cardholders" uses "~400k members"; a year, a small number or our own figure does not', () => {
    expect(usesNote("Loyalty card 'Zdrowy Punkt' ~400k members", 'With around 400,000 cardholders, data privacy must come up in every IT decision you make.')).toBe(true);
    expect(usesNote('Opened 2 new stores in 2024', 'A lot changed for retailers in 2024.')).toBe(false);
    expect(usesNote('12 stores across the Algarve', 'Most chains have 12 weeks of peak season.')).toBe(false);
    expect(usesNote("Loyalty card 'Zdrowy Punkt' ~400k members", 'Our platform already handles 400,000 transactions a day.')).toBe(false);
  });
});

describe('listening: times offered with a choice asked back, and a new one sent by express', () => {
  it('"I could visit on Tuesday 17 or Wednesday 18 June; which suits you better?" answers "when could you visit?"', () => {
    expect(answered('And when could you visit us?', 'I could visit you on Tuesday 17 or Wednesday 18 June; which suits you better?')).toEqual([true]);
    // A question back with no time offered answers nothing.
    expect(answered('And when could you visit us?', 'I would love to visit; which week suits you better?')).toEqual([false]);
  });
  it('"send a new one by express" is answered by a replacement sent next-day', () => {
    expect(answered('Can you send a new one by express, we will pay if needed.', 'I have sent a replacement on our cold-chain next-day service at no cost to you.')).toEqual([true]);
    expect(answered('Can you send a new one by express, we will pay if needed.', 'I understand your frustration and I am sorry for the worry this has caused.')).toEqual([false]);
  });
});

describe('research: a rank or an hour of the note is no count', () => {
  it('"three-star" uses no note on a "3rd gen" firm, "the two teams" none on calls "after 2pm"; "five generations" uses "5th gen"', () => {
    const ardmore = { accountName: 'Ardmore Smokehouse', names: ['Fiona MacLeod'] };
    expect(usesNote('Ardmore Smokehouse — family-run, 3rd gen, smokes over oak whisky casks (per website)', 'Congratulations on the Great Taste three-star for your hot-smoked salmon.', ardmore)).toBe(false);
    expect(usesNote('Won Great Taste 3-star 2023 for hot-smoked salmon', 'Congratulations on the Great Taste three-star for your hot-smoked salmon.', ardmore)).toBe(true);
    const brigid = { accountName: "St. Brigid's Hospice", names: ['Siobhan Kelly'] };
    expect(usesNote('Siobhan Kelly, Director of Nursing; prefers calls Tue/Thu after 2pm', "Before the new 6-bed unit in Castlebar opens in the spring, shall we set it up as a separate roster so the two teams don't overlap?", brigid)).toBe(false);
    expect(usesNote('Family brewery since 1890, Kenji = 5th gen', 'Five generations of brewing is a remarkable thing to carry on.', { accountName: 'Tanaka Brewing', names: ['Kenji Tanaka'] })).toBe(true);
  });
});

describe('listening: answers in round 32\'s words', () => {
  it('a date said after a bank named Chase, a ship date said as the day it ships, a "why" it keeps happening answered by what led to it', () => {
    expect(answered('Our payout for August ticket sales still hasn\'t landed. It was $42,318.50 per the dashboard. When should we expect it?', "The August payout was held by our bank's fraud screening. I had it released this morning and it will reach your Chase account on Thursday the 11th; you'll get the remittance email when it goes.")).toEqual([true]);
    expect(answered('Do you have a ship date yet? And if it\'s going to be after the 30th, could you let me know so I can warn Porto?', "The twill comes off the dye range on Tuesday 20 May and we ship it on Friday the 23rd, so it'll be in Porto around the 27th, well before the 30th.")).toEqual([true, true]);
    expect(answered('Three cafés got no buns this morning. Why does this keep happening?', "Since the new year a relief driver has covered your route two days a week, and on those days the van was loaded in route order, so the last cafés' crates were left on the rack.")).toEqual([true]);
    // A thank-you that names it answers nothing.
    expect(answered('Three cafés got no buns this morning. Why does this keep happening?', 'Thanks for telling us about the buns.')).toEqual([false]);
  });
  it('"whether I need to be present" is answered by "no need for you to be there"; beginners by first-timers', () => {
    expect(answered('I would also like to know whether I need to be present on the day.', 'The installation is planned for the week of 12 May. There is no need for you to be there, but you are very welcome.')).toEqual([true]);
    expect(answered('And is the resort suitable for complete beginners?', 'Passo Tonale is one of our favourite resorts for first-timers: wide, gentle nursery slopes right by the hotel.')).toEqual([true]);
  });
  it('"Third time this month - seriously?" asks nothing', () => {
    expect(extractQuotedPoints('Third time this month - seriously? Why does this keep happening?').map((p) => p.text)).toEqual(['Why does this keep happening?']);
  });
});

describe('listening: the asker in other languages\' headers and sign-offs', () => {
  it('names Johan from a Swedish Outlook header, and Reto, not his Swiss "Gruss"', () => {
    expect(extractQuotedPoints('Från: Johan Lindqvist <johan.lindqvist@kaffekompaniet.example>\nSkickat: den 14 januari 2025 06:32\nTill: Sara Ek <sara.ek@bagerietnorr.example>\nÄmne: Leveranser\n\nSara,\nWhy does this keep happening?\nJohan')[0]?.author).toBe('Johan');
    expect(extractQuotedPoints('Am 02.10.2025 um 18:20 schrieb Reto Caflisch <reto@berghaus.example>:\n> Can you send the invoice again?\n> Gruss\n> Reto')[0]?.author).toBe('Reto');
    expect(extractQuotedPoints('Can you send the invoice again?\n\nGruss\nReto')[0]?.author).toBe('Reto');
  });
});

describe('research: shorthand, a job posting as a source, and our own event in their city', () => {
  it('"Provisions International" is the note\'s "Provisions Intl", "a certified B Corporation" its "B Corp certified"', () => {
    const fromagerie = { accountName: 'Fromagerie Berthaut-Lenoir', names: ['Camille Roussel'] };
    const s = "I noticed you're hiring two export coordinators - is that to rebuild the US side after Provisions International went bankrupt?";
    expect(usesNote('lost US distributor last yr (Provisions Intl went bankrupt) - trade press', s, fromagerie)).toBe(true);
    expect(usesNote('hiring 2 export coordinators (Welcome to the Jungle posting)', s, fromagerie)).toBe(true);
    expect(usesNote('B Corp certified 2023', 'I imagine being a certified B Corporation helps with buyers in Tokyo.', { accountName: 'Tostadora Andina', names: ['Valentina Ríos'] })).toBe(true);
  });
  it('"We\'re sponsoring a competition in Bogotá" and "we\'ve opened an office in Campinas ourselves" use no note on their own openings there', () => {
    const andina = { accountName: 'Tostadora Andina', names: ['Valentina Ríos'] };
    expect(usesNote('opened 3rd café in Bogotá (Chapinero) last month - IG post', "We're sponsoring a barista competition in Bogotá next month, if you happen to be around.", andina)).toBe(false);
    expect(usesNote('opened 3rd café in Bogotá (Chapinero) last month - IG post', 'How is the new café in Bogotá doing after its first month?', andina)).toBe(true);
    expect(usesNote('18 clinics in SP; 4 opening in Campinas 2025', "We've just opened an office in Campinas ourselves, so visiting you will be much easier next year.", { accountName: 'Sorriso Total', names: ['Camila Souza'] })).toBe(false);
  });
});

describe('listening: round 33\'s everyday replies', () => {
  it('courtesies and a cry are no asks: "Would love to hear your thoughts.", "I do hope that makes sense?", ", do you people actually check…?"', () => {
    expect(extractQuotedPoints('Would love to hear your thoughts. Can you send the price list?').map((p) => p.text)).toEqual(['Can you send the price list?']);
    expect(extractQuotedPoints('I do hope that makes sense? When can you come?').map((p) => p.text)).toEqual(['When can you come?']);
    expect(extractQuotedPoints('Third time this year this has happened, do you people actually check orders before they go out? When will the right part arrive?').map((p) => p.text)).toEqual(['When will the right part arrive?']);
  });
  it('"I\'d be your contact", "no second subscription needed" and "There are 6 left" answer what was asked', () => {
    expect(answered('Who would be our contact day to day?', "Day to day, I'd be your contact, and each depot would also have its branch manager.")).toEqual([true]);
    expect(answered('Can I add it to the same delivery or does it need a separate subscription?', "It goes in the same box as Nell's food, no second subscription needed.")).toEqual([true]);
    expect(answered('How many sessions are left on the current block?', "That's lovely to hear. There are 6 left, the last one on Friday 28 March.")).toEqual([true]);
    // A count of something else, with no word of the ask, answers nothing.
    expect(answered('How many sessions are left on the current block?', 'We have 12 tutors on the team this year.')).toEqual([false]);
  });
});

describe('listening: a cause said as what was never done', () => {
  it('"it was never actually submitted to HMRC" answers "why was it late?"', () => {
    expect(answered('Why was it late, and who is paying this?', "Your return was prepared and approved internally, but it was never actually submitted to HMRC: it sat in the filing queue when Sarah went on leave. You won't pay the £100.")).toEqual([true]);
    expect(answered('Why was it late?', "I'm sorry it was late, and I'll make sure you don't pay the £100.")).toEqual([false]);
  });
});

describe('research: stopwords, months as notes write them, and a day said alone', () => {
  it('"and" is not the "Andes" of "Los Andes"; "12 Mar" is "12 March", beside "on the 14th"', () => {
    const pampas = { accountName: 'Pampas Vinos S.A.', names: ['Martín Aguirre'] };
    expect(usesNote('Replanting 40 ha in Uco Valley after 2023 hail (Los Andes article)', 'Pampas Vinos was on the wine list at a dinner I went to last month, and it got me reading about you.', pampas)).toBe(false);
    expect(usesNote('Replanting 40 ha in Uco Valley after 2023 hail (Los Andes article)', 'How is the replanting in the Uco Valley going since the hail?', pampas)).toBe(true);
    const hotels = { accountName: 'Pacific Harbour Hotels', names: ['Mereani Tuilau'] };
    expect(usesNote('Booking engine double-charged ~40 guests on 12 Mar (ticket HX-2204)', 'All 40 guests who were double-charged on 12 March have now been refunded, using the refund list you sent us on the 14th.', hotels)).toBe(true);
  });
});

describe('listening: a stage title before the asker\'s name', () => {
  it('"From: DJ Marco Bellini <…>" asks as Marco', () => {
    expect(extractQuotedPoints('From: DJ Marco Bellini <bookings@marcobellini.example>\nSent: 3 March 2025 10:02\nTo: Hall bookings\nSubject: Saturday\n\nCan I load in through the back door at 5pm?')[0]?.author).toBe('Marco');
  });
});

describe('research: a sum of money, a name written otherwise, and a place we are based (round 35)', () => {
  it('"CA$1,200 a month" is no "~1,200 seasonal staff"; a sum the note gives is still its sum ("$40k")', () => {
    expect(usesNote('~1,200 seasonal staff', 'For a resort your size, the plan would come to about CA$1,200 a month with every seasonal worker included.')).toBe(false);
    expect(usesNote('~1,200 seasonal staff', 'Rostering all 1,200 of your seasonal staff is a big job.')).toBe(true);
    expect(usesNote('Budget approved: $40k for new POS', 'With $40k set aside for the new tills, timing matters.')).toBe(true);
  });
  it('"price", read as "cost", is no "Costa" of "Costa Blanca"; "the river" is the "Riverside" of a note', () => {
    expect(usesNote('7 hotels Costa Blanca + 1 Mallorca', 'We can hold your price for three years instead of one.')).toBe(false);
    expect(usesNote('7 hotels Costa Blanca + 1 Mallorca', 'Seven hotels on the Costa Blanca is a lot of beds to fill.')).toBe(true);
    expect(usesNote('Won the Riverside library redesign bid', 'Congrats on landing the new library project by the river.')).toBe(true);
  });
  it('"Our Singapore team is based at Marina Bay" is where we are, every word of the name', () => {
    expect(usesNote('~90 lawyers, office at Marina Bay', 'Our Singapore team is based at Marina Bay, so meeting in person would be easy.')).toBe(false);
    expect(usesNote('~90 lawyers, office at Marina Bay', "We're based at Marina Bay ourselves, so meeting would be easy.")).toBe(false);
    expect(usesNote('~90 lawyers, office at Marina Bay', 'I could come to your Marina Bay office on Tuesday, if that suits.')).toBe(true);
  });
});

describe('listening: asks of round 35', () => {
  const asked = (q: string) => extractQuotedPoints(q).map((p) => p.text);
  it('"Second, what does it cost…" asks, without its question mark; "how is anyone supposed to…?" does not', () => {
    expect(asked('Members ask two things. First, can farmers be paid to M-Pesa? Second, what does it cost per transaction, because small charges matter.')).toEqual(['First, can farmers be paid to M-Pesa?', 'Second, what does it cost per transaction, because small charges matter.']);
    expect(asked('The windscreen was checked at 6 am. And honestly, how is anyone supposed to check a windshield in the dark at 6 am?')).toEqual([]);
  });
  it('", and I need to know if…" is an ask of its own; "I expect the charge reversed" asks', () => {
    const [point] = extractQuotedPoints('I need a definite time tonight when it will be in my inbox, and I need to know if the certificate will be included.');
    expect(point?.parts?.map((p) => p.text)).toEqual(['I need a definite time tonight when it will be in my inbox', 'I need to know if the certificate will be included.']);
    expect(asked('The chip was not there when I collected the car. If you can\'t show it, I expect the charge reversed.')).toEqual(["If you can't show it, I expect the charge reversed."]);
  });
  it('a line that opens a sentence after a list item is no part of the item', () => {
    expect(asked('What we need from your side:\n• the Q1 booking report\n• a quote for the Swahili page\nCan you send these by the end of next week?')).toContain('Can you send these by the end of next week?');
  });
  it('"how many…?" wants a count: "I\'ll pull the report" gives none', () => {
    expect(answered('Can you tell me how many Visio users actually signed in this year?', "I'll pull the Visio sign-in report from the admin centre.")).toEqual([false]);
    expect(answered('Can you tell me how many Visio users actually signed in this year?', 'Eleven Visio users signed in this year, four of them only once.')).toEqual([true]);
  });
});

describe('research: another matter\'s date, postal codes, acronyms, crore, and where we will be (round 36)', () => {
  it('a date in another clause is no other date of the note\'s; in the same clause it is', () => {
    expect(usesNote('QBR 10/9: wants dynamic pricing for day passes', "Before the season starts on 1 December, I'd like to show you the dynamic pricing for day passes that you asked about at the QBR.")).toBe(true);
    expect(usesNote("furnace rebuild planned summer '25", "You said gas costs had tripled since 2022 — has that changed how you're planning the furnace rebuild next summer?")).toBe(true);
    expect(usesNote('Riyadh office opened Jan', 'Congrats on opening the Riyadh office in March.')).toBe(false);
  });
  it('"NE + KS" and "SK + MB" are Nebraska, Kansas, Saskatchewan and Manitoba; "WA" stays Western Australia', () => {
    expect(usesNote('9 stores, NE + KS, ~140 staff', 'Do your Kansas stores run the same month-end close as the Nebraska ones?')).toBe(true);
    expect(usesNote('11 elevators, SK + MB', 'Are the Manitoba elevators on the same printer model?')).toBe(true);
    expect(usesNote('Expansion to WA paused until they consolidate vendors.', 'I understand the push into Western Australia is on hold while you cut down the number of suppliers.')).toBe(true);
  });
  it('an acronym is a thing, not a name that asks for a third word; EOFY, DOB and "cert" are read as what they stand for', () => {
    expect(usesNote('ticket: tachograph downloads failing since DST change', 'The tachograph downloads broke when the clocks went back last weekend.')).toBe(true);
    expect(usesNote('~60 users, renewal 30/6 (EOFY)', "As your licences come up for renewal at the end of the financial year, I'll send the paperwork by 15 May.")).toBe(true);
    expect(usesNote('ticket: fax intake OCR misreads DOB', "The intake scanner was reading patients' dates of birth wrong; I've corrected the rule.")).toBe(true);
  });
  it('"₹120 cr" is a round of 1.2 billion, not a fee of ₹120', () => {
    expect(usesNote('Series B ₹120 cr (Economic Times, Jun)', 'Our fleet plan starts at ₹120 per truck per month.')).toBe(false);
    expect(usesNote('Series B ₹120 cr (Economic Times, Jun)', 'Congratulations on the ₹120 crore Series B.')).toBe(true);
  });
  it('where we will be is ours ("I\'ll be at a trade fair in Germany", "Our team will be in Tallinn"), where we visit them is theirs', () => {
    expect(usesNote('starting export to Germany — needs DE labels', "I'll be at a trade fair in Germany next week, but I've booked a call with you for 9 am Tuesday.")).toBe(false);
    expect(usesNote('Helsinki–Tallinn ~2.1M pax/yr', 'Our team will be in Tallinn for the Baltic shipping expo in March.')).toBe(false);
    expect(usesNote('Opening a plant in Monterrey', "I'll be visiting your plant in Monterrey next week.")).toBe(true);
  });
});

describe('listening: a failure\'s why and an ask to explain (round 36)', () => {
  it('"why no one informed us" is answered by what went on; "Please explain the increase" by what the increase is', () => {
    expect(answered('Please arrange a technician this week. We would also like to understand why no one informed us the visit was cancelled.', "Faizal will be at Block B on Friday 7 February at 9:30 am. On Tuesday Faizal was pulled to a trapped-passenger call in Jurong, and our dispatcher moved your visit without phoning you.")).toEqual([true, true]);
    expect(answered('Please explain the increase.', 'Most of the increase is parts: the drive boards for your older controllers now cost about 40% more.')).toEqual([true]);
    expect(answered('Please explain the increase.', "I'm sorry the increase came as a surprise.")).toEqual([false]);
  });
});

describe('research: state codes as places, ordinals, days as notes write them, and weak words (round 37)', () => {
  it('"SC + GA" is a place a congratulation names ("getting into Georgia"); another state is not it', () => {
    expect(usesNote('Distribution into SC + GA via new distributor (Atlanta Beverage), spring', 'Congrats on getting into Georgia.')).toBe(true);
    expect(usesNote('Distribution into SC + GA via new distributor (Atlanta Beverage), spring', 'Congrats on getting into Texas.')).toBe(false);
  });
  it('"the second line" is the note\'s "2nd line"; "a third shift" still misreads "2nd shift"', () => {
    expect(usesNote('Board approved 2nd line, commissioning after rainy season', 'On the second line, do you have a rough start date yet?')).toBe(true);
    expect(usesNote('adding 2nd shift in March', 'How is hiring going for the third shift?')).toBe(false);
    // Not the "2" of "6,000 m2": "a second scanner fleet there in November" brings no date of another clause into it.
    expect(usesNote('Binh Duong DC expansion → +6,000 m2, done by Dec', 'With the extra floor space at Binh Duong coming online before year-end, would it help to add a second scanner fleet there in November?')).toBe(true);
  });
  it('"Sat" in a note is Saturday; "planning" is no subscription plan; "Finance Dir" is a title, not a name', () => {
    expect(usesNote('Complained: bookings double-booked Sat mornings', 'Have the Saturday morning bookings been clean since the fix?')).toBe(true);
    expect(usesNote('Subscription churn high per her podcast chat', 'Landing shelf space on the high street is a huge step; how are you planning stock between the shops?')).toBe(false);
    expect(usesNote('Fiona MacLeod, Finance Dir', "Our finance team will send the November invoice a few days early so it doesn't land on your month-end.")).toBe(false);
  });
  it('a label is a sticker, an update an upgrade, Diwali a festival, GST a tax', () => {
    expect(usesNote('Label printer driver crashes after v8.2 update', "Since last week's upgrade, none of your shops can print stickers without the software falling over.")).toBe(true);
    expect(usesNote('Wants GST e-invoice auto-filing before Diwali', 'Shall we have your tax invoices filing themselves before the festival rush?')).toBe(true);
  });
});

describe('listening: who pays, a call asked for, and a restatement of why it matters (round 37)', () => {
  it('"Who pays for the damaged parts?" is not answered by an apology for the damage; it is by who pays', () => {
    expect(answered('Who pays for the damaged parts?', 'We are very sorry that shipment TA-558120 reached you with two broken crates and damaged parts inside.')).toEqual([false]);
    expect(answered('Who pays for the damaged parts?', 'We are very sorry about the damaged parts. We will cover the cost of the replacement parts in full.')).toEqual([true]);
    // Nothing to pay, said as what the invoice will not show (round 44's blind threads).
    expect(answered('Who pays the extra storage day at your hub?', 'The extra day in Nuremberg is our mistake, and it will not appear on your invoice.')).toEqual([true]);
    expect(answered('Who pays the extra storage day at your hub?', 'The extra day in Nuremberg was needed because the pallet was loaded on the wrong line haul.')).toEqual([false]);
  });
  it('"Can someone call me tomorrow before 10?" is answered by a call, not by a dated sentence on the topic', () => {
    expect(answered('Can someone call me tomorrow morning before 10, I work afternoons.', "Your Pilot went into service in February 2019, so the 5 years ended in February 2024, and that's why the transmission work was billed.")).toEqual([false]);
    expect(answered('Can someone call me tomorrow morning before 10, I work afternoons.', 'I tried your mobile at 11:45 today and left a voicemail, and I will try again at 9 am tomorrow.')).toEqual([true]);
  });
  it('"direct or only via Sydney?": "via" is no choice of its own, Sydney is', () => {
    expect(answered('Do you ship to Melbourne direct or only via Sydney?', 'It all goes through Sydney first.')).toEqual([true]);
  });
});

describe('listening: a meeting asked for, and a document asked to be sent (round 38)', () => {
  it('"can we do a call this week?" and "can we lock in a date for the QBR?" are answered by a time offered or agreed', () => {
    expect(answered('Can we do a call this week about adding the Oakmont building?', "Thursday 9 am works, invite coming from me within the hour.")).toEqual([true]);
    expect(answered('Can we lock in a date for the Q3 QBR?', 'How about Thursday, August 28 at 1 pm for the Q3 QBR?')).toEqual([true]);
    // A time gone by is no time offered.
    expect(answered('Can we do a call about adding the Oakmont building?', 'Your last invoice was issued on 3 March.')).toEqual([false]);
  });
  it('"send me the new contract in Word" is answered by the contract sent, promised or where it is, not by a promise on its topic', () => {
    expect(answered('Please send me the new contract in Word so our lawyer can mark it up.', "If you'd rather spread it, I can do 7% a year on a three-year term instead of 12% on one year.")).toEqual([false]);
    expect(answered('Please send me the new contract in Word so our lawyer can mark it up.', "I'll email the Word version of the contract this afternoon.")).toEqual([true]);
    expect(answered('Please send me the claim form as well.', 'You can submit your claim at skyharbor-air.com/baggage-claim; the form takes about five minutes.')).toEqual([true]);
    // A file they must send themselves is no ask of ours to send it.
    expect(answered('We must send the file by 10 March to our tax adviser, so please tell me when you can fix it.', 'A correction will be live on Monday 9 March at 06:00, so you can run the export that morning.')).toEqual([true]);
  });
});

describe('listening: who asked, when the signature is set off, foreign, or a finance mailbox (round 38)', () => {
  const asker = (q: string) => extractQuotedPoints(q)[0]?.author;
  it('the name after a signature\'s "--" is theirs, not the job title under it', () => {
    expect(asker('On Thu, Mar 13, 2025 at 2:47 PM Dana Whitfield <dw@cvusd.org> wrote:\n> Hi there,\n> Can you put the student ID back in column A?\n>\n> -- \n> Dana Whitfield\n> Instructional Technology Coordinator\n> Cedar Valley Unified School District\n> (559) 555-0182')).toBe('Dana');
  });
  it('"Grazie" signs off like "Thanks"; "Orchid Labs Finance" is a mailbox, no one to name', () => {
    expect(asker('Il giorno ven 7 mar 2025 alle ore 10:02 Giulia Marchetti <giulia@perla.it> ha scritto:\n> Buongiorno,\n> Can you refund the shipping for the return?\n> Grazie\n> Giulia Marchetti – Boutique Perla, Lecce')).toBe('Giulia');
    expect(asker('From: Orchid Labs Finance <finance@orchidlabs.sg>\nSent: Tuesday, 25 February 2025 8:52 PM\nTo: help@kartu.sg\nSubject: Card declined\n\nCan you increase the limit on card ending 4417 to SGD 20,000?\n\nFinance Team\nOrchid Labs Pte Ltd')).toBeUndefined();
  });
});

describe('listening: reassurance in place of a fact (train\'s vague answers)', () => {
  it('"industry-standard security measures" is no answer to "Is the platform POPIA compliant?"; a yes is', () => {
    expect(answered('Is the platform POPIA compliant?', 'Learner information is protected by industry-standard security measures, and we work closely with every school to keep its data safe.')).toEqual([false]);
    expect(answered('Is the platform POPIA compliant?', 'Yes, we are POPIA compliant, and our information officer is registered with the Regulator.')).toEqual([true]);
  });
  it('"a number of Cape estates" gives no results; a result with its numbers does', () => {
    expect(answered('What results have you actually got for other wine estates?', "We've helped a number of Cape estates significantly grow their online presence and wine club sign-ups.")).toEqual([false]);
    expect(answered('What results have you actually got for other wine estates?', 'Delheim grew wine club sign-ups by 31% in six months with us.')).toEqual([true]);
  });
  it('"HMRC are generally understanding… I wouldn\'t worry" does not say whether they fine', () => {
    expect(answered('Will I get fined if it goes in late?', "On late filing, HMRC are generally understanding where there has been a technical problem, so I wouldn't worry too much.")).toEqual([false]);
  });
});

describe('listening: a sentence that is all the ask said back', () => {
  it('"I understand that your numbers are not working, and that you\'d like to know when…" answers nothing; what follows may', () => {
    const ask = 'When will our numbers work?';
    const back = 'I understand that your 12 office numbers, which were scheduled to port to us yesterday at 6pm, are not currently working, and that you would like to know when they will work again.';
    expect(answered(ask, back)).toEqual([false]);
    expect(answered(ask, `${back} They will be working by 3 pm today.`)).toEqual([true]);
  });
  it('"So I understand correctly: …", "I\'ve noted your team\'s question about…" and "I have noted the same" answer nothing', () => {
    expect(answered('Can you swap it this week?', "So I understand correctly: you received urea instead of MAP, and you'd like the swap done this week.")).toEqual([false]);
    expect(answered('What percentage of ingredients is sourced locally?', "I've also noted your sustainability team's question about what share of our ingredients comes from within 150 km.")).toEqual([false]);
    expect(answered('Can the payment be made in two instalments?', 'Regarding payment in two instalments, I have noted the same.')).toEqual([false]);
  });
});

describe('listening: who pays said as whose cost, photos "here" at a link, when it arrives, and a workaround (round 39)', () => {
  it('"The ceiling repair is the landlord\'s cost" says who pays', () => {
    expect(answered('Who pays for the ceiling repair?', "The ceiling repair is the landlord's cost, because the water is coming from the AC drain, which is part of the building maintenance.")).toEqual([true]);
  });
  it('"Daylight photos of the sample are here: drive.example.vn/…" sends the photos asked for', () => {
    expect(answered('Can you send updated photos of the pre-production sample?', 'Daylight photos of the sample are here, taken this morning in our yard: drive.hoasen.vn/gumleaf-pp.')).toEqual([true]);
  });
  it('"It should reach you in Cork by Thursday 20 March" answers how long it will take to get here', () => {
    expect(answered('How long will it take to get here?', 'It should reach you in Cork by Thursday 20 March.')).toEqual([true]);
    // Not a time the ask names itself, nor "shortly".
    expect(answered("When will the recording of Monday's session be available?", "The recording of Monday's session will be with you shortly.")).toEqual([false]);
  });
  it('"Until then, you can export them one at a time" answers "is there a workaround till then?"', () => {
    expect(answered('When will it be fixed? Is there a workaround till then?', 'The fix is in 4.2.1, which goes out tomorrow by 10:00 UK time. Until then, you can export those invoices one at a time from the invoice screen, which doesn\'t use the broken code path.')).toEqual([true, true]);
  });
});

describe('listening: a condition before the question is its scene, not its topic', () => {
  it('"if we signed for three years, could you take 30% off?" is not answered by "On a three-year term we do offer a discount"', () => {
    const quoted = 'Would you do a free three-month pilot for our 60 trainees? And if we signed for three years, could you take 30% off the list price?';
    const body = "I can't offer three months free. Setting up 60 trainees takes our team about two weeks, so we keep free pilots to 30 days. What I can do is a 30-day pilot at no cost.\n\nOn a three-year term we do offer a discount.";
    expect(answered(quoted, body)).toEqual([true, false]);
    expect(answered(quoted, `${body} On three years we can take 30% off the list price.`)).toEqual([true, true]);
  });
  it('"if I add a second lock, would that bring it down?" keeps the lock as its topic', () => {
    expect(answered('If I add a second lock to the back door, would that bring it down?', 'Yes, a second lock on the back door brings the premium down by £40 a year.')).toEqual([true]);
  });
});

describe('research: a date written day first with dots (round 40)', () => {
  it('"14.11.2024" is November: "the go-live now set for 14 November" uses "go-live pushed Sept -> 14.11.2024"', () => {
    expect(usesNote('Hamburg DC go-live pushed Sept -> 14.11.2024 (customs system delay)', "With the Hamburg go-live now set for 14 November, I'll have two of our onboarding people on site the week before.")).toBe(true);
    expect(usesNote('Hamburg DC go-live 14.11.2024', 'With the Hamburg go-live now set for March, we have time.')).toBe(false);
  });
});

describe('text messages and spreadsheets by their other names (round 44)', () => {
  it('a note on SMS reminders is used by a sentence on appointment texts; another note on texts is not', () => {
    expect(usesNote('ticket: SMS reminders going out at 3am', 'Patients getting their appointment texts in the middle of the night was caused by our scheduling bug.')).toBe(true);
    expect(usesNote('ticket: SMS reminders going out at 3am', 'Patients getting their appointment letters late was caused by the post.')).toBe(false);
  });
  it('"bring our client list across from Excel" is answered by a spreadsheet imported', () => {
    expect(answered('Can we bring our existing client list across from Excel?', "Our onboarding team imports the spreadsheet for you in the first week, with every client's history.")).toEqual([true]);
    expect(answered('Can we bring our existing client list across from Excel?', 'Our onboarding team runs two training sessions for you in the first week.')).toEqual([false]);
  });
});

describe('goods that need a licence, by their other names (round 45)', () => {
  it('"can you store hazardous goods?" is answered by a refusal on flammables', () => {
    const q = "We'd need to know whether you can store hazardous goods, as some of our perfumes are class 3 flammable.";
    expect(answered(q, "On the perfumes: our Kettering site isn't licensed for class 3 flammables, so we can't take those lines.")).toEqual([true]);
    expect(answered(q, 'On the perfumes: our Kettering site is open until 8 pm on weekdays.')).toEqual([false]);
  });
});

describe('research: where a note came from, and the US by its other names (round 45)', () => {
  it('"(Vinexpo chat)" is where the note came from, and "American" is the US: the share of exports said as two in five uses it', () => {
    const note = 'US = ~40% of export vol -> worried re: tariffs (Vinexpo chat)';
    expect(usesNote(note, 'With two in five of the bottles you export going to the States, any change in American import duties must feel very close to home.')).toBe(true);
    expect(usesNote(note, 'With two in five of your staff working from home, any change in commuting rules must feel very close to home.')).toBe(false);
  });
});

describe('research: a holiday is a time of year, and credit unions are others (round 46)', () => {
  it('"before the spring appeal" is another time than "before Christmas appeal"; "before Christmas" the same', () => {
    const note = 'CEO Declan Foley wants single donor view before Christmas appeal';
    expect(usesNote(note, 'I know Declan wants one view of every donor in place before the spring appeal.')).toBe(false);
    expect(usesNote(note, 'I know Declan wants one view of every donor in place before the December appeal.')).toBe(true);
  });
  it('what a lot of credit unions have seen is a claim about others, not the note', () => {
    const note = 'app rating 2.1★ after core banking migration (Temenos) in May';
    expect(usesNote(note, 'A lot of credit unions have watched their app ratings drop after a core banking migration.')).toBe(false);
    expect(usesNote(note, 'Your app ratings have dropped since the core banking migration in May.')).toBe(true);
  });
});

describe('research: a note that starts with its place', () => {
  it('"Rotterdam clinic piloting scanners" is not used by a line about the Utrecht clinic; "Expanding terminal capacity" names no place', () => {
    expect(usesNote('Rotterdam clinic piloting new intraoral scanners -> rollout decision June', 'How are the intraoral scanners working out at your Utrecht clinic?')).toBe(false);
    expect(usesNote('Rotterdam clinic piloting new intraoral scanners -> rollout decision June', 'How are the intraoral scanners working out at your Rotterdam clinic?')).toBe(true);
    expect(usesNote('Expanding terminal capacity by 30% with a new berth opening in 2026', 'After your years at Maersk, adding a berth and a third more capacity must feel familiar.')).toBe(true);
  });
});

describe('research: what the note rules out, said as ruled out', () => {
  it('"in NOK rather than EUR" uses "invoices in NOK not EUR"; invoices in EUR misread it', () => {
    expect(usesNote('asked for invoices in NOK not EUR [email 3 Feb]', 'From this month all your invoices will be issued in NOK rather than EUR, as you asked in February.')).toBe(true);
    expect(usesNote('asked for invoices in NOK not EUR [email 3 Feb]', 'All your invoices will be issued in EUR from now on.')).toBe(false);
  });
});
