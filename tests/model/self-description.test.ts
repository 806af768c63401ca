import { describe, expect, it } from 'vitest';
import { boastsAboutUs, describesUs } from '../../src/model/self-description';

describe('describesUs: a sentence whose subject and verb describe us', () => {
  it.each([
    'We have trucks available right now for your lanes.',
    'Our rates are the lowest in the region and our service is unmatched.',
    'We are a family-run print shop in Leeds.',
    "We've spent twelve years building scheduling tools.",
    'We offer several packages, any of which can be tailored.',
    'Also, our team specialises in cold-chain audits.',
    'Our engineers have built connectors for every major ERP.',
    'We were founded in 2009 by two former auditors.',
    'I am a consultant working with Conoco on its downstream business.',
    "I'm Dan Hughes, a partner at Northway Benefits.",
    'I handle partnerships at PetPath.',
    'Allow me to briefly introduce myself.',
    'HaulRight is a freight brokerage for mid-size shippers.',
    'GlobalVision International, Inc. is a software and localization specialist.',
    'Datek offers customers a number of distinct advantages.',
    // Our side named in more words: where we sit, what we call it, a modifier before the noun.
    'My team at Ledgerly has spent six years building spend tools.',
    'We at Orbis Consulting are a team of 200 specialists.',
    'Ours is a Bengaluru-based fintech regulated as a payment aggregator.',
    'Our AI-powered engine integrates with every major ERP.',
    'My company specialises in cold-chain audits.',
    // News of our product, told unasked.
    'We just launched our new expense module.',
    "We've recently released an all-new mobile app.",
    // Where we are from, before the subject that is us (a thirteenth round of blind emails).
    'At Meridian Health Partners, we are a leading provider of end-to-end digital transformation solutions.',
  ])('flags "%s"', (text) => {
    expect(describesUs(text)).toBe(true);
  });

  it.each([
    // About their message or their matter, not a description of us.
    'We are sorry to hear the March run slipped.',
    "We're glad to hear the rollout went well.",
    'We have received your invoice and passed it to finance.',
    'We have refunded the duplicate charge.',
    'We have a few questions about the contract.',
    "We're looking into why the export failed.",
    // What we will do for them, and questions.
    "We'll send the revised quote by Friday.",
    'We can set up a call next week.',
    'Are we a fit for your team?',
    'Do you offer a trial?',
    // Not our side as the subject.
    'Monday is a holiday here, so the pay run moves.',
    'Your team has grown fast this year.',
    "I'm a big fan of your podcast.",
    'I saw your post about the Lisbon office.',
    'If we offer a discount, would that help?',
    'Northwind opened two new sites this spring.',
    // A release they asked for is news of their matter; "we at least" names no company.
    "We've just released the new dashboard you asked for.",
    'We at least have the invoice now.',
  ])('passes "%s"', (text) => {
    expect(describesUs(text)).toBe(false);
  });
});

describe('describesUs: pronouns and days are no company', () => {
  it.each(['This is a great platform for teams like yours.', 'It is a service we can set up in a week.', 'Today is a busy day for the warehouse.'])('passes "%s"', (text) => {
    expect(describesUs(text)).toBe(false);
  });
});

describe('boastsAboutUs: a superlative or a scale in a line that describes us', () => {
  it.each([
    ['Our rates are the lowest in the region.', 'the lowest'],
    ['We have helped thousands of dealerships sell more cars.', 'thousands of dealerships'],
    ['We are now in 25 million homes across the country.', '25 million homes'],
    ['Our platform is the most trusted tool for clinics.', 'the most trusted'],
    ['My team at Ledgerly has spent six years building the most complete spend suite on the market.', 'the most complete'],
    // "#1" after a space (round 25 blind emails: the word boundary before "#" never held).
    ['We are the #1 payroll app in Ohio.', '#1'],
    ['LeaseLoop is the #1 rated tenant platform for property managers.', '#1'],
    // The news after a lead-in, a rank in the top ten, a crowd that trusts us.
    ['I wanted to share some exciting news: Cascade Federal has been named a top-10 commercial bank for the fourth year.', 'top-10'],
    ['Thousands of property managers trust us to automate rent reminders.', 'Thousands of property managers trust us'],
    ['Over 4,000 teams trust VelocityStack, and we were named a leader this year.', 'Over 4,000 teams trust VelocityStack'],
  ])('flags "%s" at "%s"', (text, claim) => {
    const m = boastsAboutUs(text);
    expect(m && text.slice(m.start, m.end)).toBe(claim);
  });

  it.each([
    'The lowest rates in your region come with a lock-in.',
    'Your team is the fastest-growing in the county.',
    'We have two specialists in Ohio who know your forms.',
    "We'll send the best option by Friday.",
    // Buzzwords are jargon's to flag (the rubric's list), not a claim of rank.
    'Our cutting-edge platform gives your team a world-class dashboard.',
    // A crowd that uses the product, said to put the reader down, is not us boasting of a crowd that trusts us.
    'Thousands of customers use this exact router every day.',
    'Quick update: we have fixed the sync and sent the invoice.',
    'We have worked through your top 3 priorities.',
  ])('passes "%s"', (text) => {
    expect(boastsAboutUs(text)).toBeUndefined();
  });
});
