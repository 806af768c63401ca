import type { Kind } from '../model/types';

/**
 * Names and one-line coaching tips for each hint kind, for the coaching view
 * and the printed summary. Names match the rules' titles (a test checks it);
 * the two team playbook kinds get generic names, since each playbook phrase is the team's own;
 * they live here so the summary page doesn't load the whole trust model just
 * to print a few labels. Tips speak to the writer, as a coach would in a 1:1.
 */
export const KIND_COACHING: Record<Kind, { label: string; tip: string }> = {
  'no-greeting-name': { label: 'No name in the greeting', tip: 'Open with their name: “Hi Dana,” shows the email was written for them.' },
  'wrong-name': { label: 'Wrong or misspelled name', tip: 'Copy the name from their signature before you send.' },
  'merge-field': { label: 'Unfilled merge field', tip: 'Search the draft for { or [ before sending a template.' },
  'generic-opener': { label: 'Generic opener', tip: 'Swap “Hope this finds you well” for one line about them or their last message.' },
  'self-focused': { label: 'About us, not them', tip: 'Rewrite one “we offer” sentence as “you get”.' },
  'about-us-first': { label: 'Opens with us', tip: 'Start with their goal or problem; introduce yourself later, briefly.' },
  'vague-timing': { label: 'Vague timing', tip: 'Replace “soon” with a day and time you can keep: “by Thursday at 3pm”.' },
  'unowned-promise': { label: 'Promise with no owner', tip: 'Say who will do it: “I’ll call you”, not “someone will be in touch”.' },
  'no-next-step': { label: 'No next step', tip: 'End with what happens next, who does it and when.' },
  'specific-commitment': { label: 'Specific commitment', tip: 'Keep it up: an owner, an action and a time make a promise believable.' },
  'no-company-mention': { label: 'Nothing about their company', tip: 'Name their company and one thing you know about it in the first lines.' },
  'no-question': { label: 'No question for them', tip: 'Ask one real question about their goals before you pitch.' },
  'pitch-before-question': { label: 'Pitch before question', tip: 'Move your question above the product talk.' },
  'unaddressed-point': { label: 'Unanswered question', tip: 'Reread their email and answer every question they asked, even with “I’ll find out by Friday”.' },
  'unreflected-issue': { label: 'Opening ignores their issue', tip: 'Start your reply by saying back their problem in a line, in their words.' },
  'no-account-reference': { label: 'Research not used', tip: 'Use one fact from your account notes to show you know their business.' },
  'account-reference': { label: 'Uses your research', tip: 'Keep it up: one line about their business shows you did the homework.' },
  'fake-empathy': { label: 'Scripted empathy', tip: 'Name their actual problem instead of “I understand your frustration”.' },
  'non-apology': { label: 'Non-apology', tip: 'Apologize for the specific thing that went wrong, not “any inconvenience”.' },
  'policy-speak': { label: 'Hiding behind policy', tip: 'Say what you can do for them, then explain the limit in plain words.' },
  'buck-passing': { label: 'Passing the buck', tip: 'Hand it over yourself: “I’ve asked Billing to call you today.”' },
  'blame-shifting': { label: 'Shifting blame', tip: 'Own it in the active voice: “I made a mistake”, not “mistakes were made”.' },
  hedging: { label: 'Heavy hedging', tip: 'Cut “just”, “maybe” and “I think” where you are sure.' },
  'no-prevention': { label: 'No prevention', tip: 'After an apology, say what changes so it won’t happen again.' },
  jargon: { label: 'Jargon and buzzwords', tip: 'Say what it does for them in everyday words.' },
  boasting: { label: 'Boasting and overclaims', tip: 'Let a customer result speak instead of “industry-leading”.' },
  'thanks-for-business': { label: '"Thank you for your business"', tip: 'Thank them for something specific, or commit to their project’s success.' },
  pressure: { label: 'Pressure and dollar signs', tip: 'Drop invented deadlines; give them the time their decision needs.' },
  'challenge-customer': { label: 'Challenging the customer', tip: 'Invite, don’t dare: ask what would make this worth their time.' },
  'too-long': { label: 'Too long', tip: 'Aim for 50–125 words: one point, one ask.' },
  'hard-to-read': { label: 'Hard to read', tip: 'Split long sentences in two and use shorter words.' },
  'long-subject': { label: 'Long subject', tip: 'Keep subjects to three or four words that say what it is about.' },
  'team-phrase': { label: 'Phrase your team avoids', tip: 'Use the wording your team’s playbook suggests instead.' },
  'team-required': { label: 'Phrase your team asks for', tip: 'Add the line your team’s playbook asks every email to include.' },
};

/** A kind added to the model after this list still gets a readable name: "no-next-step" reads "No next step". */
export const kindLabel = (kind: Kind): string => KIND_COACHING[kind]?.label ?? (kind.charAt(0).toUpperCase() + kind.slice(1)).replace(/-/g, ' ');
export const kindTip = (kind: Kind): string => KIND_COACHING[kind]?.tip ?? 'Open a recent email with this hint and talk through a better version.';
