/**
 * Two worked examples a manager can start from (New → from a sample), and the
 * blank template. They double as test fixtures and as documentation of what a
 * real playbook looks like, so they use most fields.
 */
import { PLAYBOOK_FORMAT, PLAYBOOK_SCHEMA_VERSION, type Playbook } from './schema';

/** A sales team: plain follow-ups with a next step, research first when prospecting. */
export const SALES_PLAYBOOK: Playbook = {
  format: PLAYBOOK_FORMAT,
  schemaVersion: PLAYBOOK_SCHEMA_VERSION,
  name: 'Northwind sales playbook',
  version: '2026.11',
  description: 'How the Northwind sales team writes to prospects and customers: show we did our homework, skip the filler, and always leave a clear next step.',
  defaultRole: 'prospecting',
  weights: {
    prospecting: { research: 0.35, personalization: 0.25 },
  },
  rules: {
    'no-next-step': { severity: 'risk' },
    jargon: { severity: 'risk' },
  },
  phrases: [
    {
      id: 'no-touch-base',
      type: 'avoid',
      pattern: 'touch base',
      message: '“Touch base” doesn’t say what you want to talk about.',
      suggestion: 'Name the topic and offer a time, e.g. “Could we spend 15 minutes on your Q3 rollout on Tuesday at 10?”',
      replacement: 'talk',
      dimension: 'personalization',
      severity: 'warn',
    },
    {
      id: 'no-just-checking-in',
      type: 'avoid',
      pattern: 'just checking in',
      message: '“Just checking in” asks for their time without giving them a reason to reply.',
      suggestion: 'Bring something new: an answer, a useful resource, or a question about their goals.',
      replacement: 'following up',
      dimension: 'personalization',
    },
    {
      id: 'no-circle-back',
      type: 'avoid',
      pattern: 'circle back',
      message: '“Circle back” sounds like a delay with no date.',
      suggestion: 'Say who will get back to them and when, e.g. “I’ll send the pricing by Thursday at noon.”',
      replacement: 'follow up',
      dimension: 'commitments',
    },
  ],
  coachNotes: [
    { kind: 'no-next-step', note: 'Remember: always offer a time for the next call.', author: 'Priya' },
    {
      kind: 'no-account-reference',
      note: 'Open with something from their world: a recent announcement, a new hire, or their own words from the last call.',
      author: 'Priya',
      roles: ['prospecting'],
    },
  ],
};

/** A support desk: case numbers in every reply, ownership over policy-speak. */
export const SUPPORT_PLAYBOOK: Playbook = {
  format: PLAYBOOK_FORMAT,
  schemaVersion: PLAYBOOK_SCHEMA_VERSION,
  name: 'Support desk playbook',
  version: '1.2.0',
  description: 'For the support desk: own the problem, give the case number every time, and never hide behind policy.',
  defaultRole: 'support',
  weights: {
    support: { ownership: 0.35, commitments: 0.25 },
  },
  rules: {
    'policy-speak': { severity: 'risk', locked: true },
    'non-apology': { severity: 'risk' },
    'no-prevention': { locked: true },
  },
  phrases: [
    {
      id: 'case-number',
      type: 'require',
      anyOf: ['case #', 'case number', 'ticket #'],
      message: 'Mention the case number: “case #…”.',
      suggestion: 'Add the case number so the customer can quote it if they write back, e.g. “Your case # is 48213.”',
      dimension: 'commitments',
      roles: ['support'],
    },
    {
      id: 'no-per-our-policy',
      type: 'avoid',
      pattern: 'per our policy',
      message: '“Per our policy” puts a rulebook between you and the customer.',
      suggestion: 'Say what you can do and why, in your own words, e.g. “We refund within 30 days, so I’ve started yours today.”',
      severity: 'risk',
      dimension: 'ownership',
    },
    {
      id: 'no-you-will-need-to-contact',
      type: 'avoid',
      pattern: 'you will need to contact',
      message: 'Sending the customer to another team makes them do the work.',
      suggestion: 'Contact the other team yourself and tell the customer when they’ll hear back.',
      dimension: 'ownership',
      roles: ['support'],
    },
  ],
  coachNotes: [
    { kind: 'policy-speak', note: 'Policies are ours to explain, not to hide behind. Start with what you can do today.', author: 'Marcus' },
    { kind: 'vague-timing', note: 'Give a real time for the next update, even if it’s “by 5pm today, with or without news”.', author: 'Marcus', roles: ['support'] },
  ],
};

export interface PlaybookTemplate {
  id: 'blank' | 'sales' | 'support';
  /** What the "New playbook" picker shows. */
  label: string;
  playbook: Playbook;
}

/** The smallest valid playbook: a name and a version. */
export function blankPlaybook(): Playbook {
  return { format: PLAYBOOK_FORMAT, schemaVersion: PLAYBOOK_SCHEMA_VERSION, name: 'My team’s playbook', version: '1' };
}

/** What a new playbook can start from; each call returns fresh copies, safe to edit. */
export function playbookTemplates(): PlaybookTemplate[] {
  return [
    { id: 'blank', label: 'A blank playbook', playbook: blankPlaybook() },
    { id: 'sales', label: `Sample: ${SALES_PLAYBOOK.name}`, playbook: structuredClone(SALES_PLAYBOOK) },
    { id: 'support', label: `Sample: ${SUPPORT_PLAYBOOK.name}`, playbook: structuredClone(SUPPORT_PLAYBOOK) },
  ];
}
