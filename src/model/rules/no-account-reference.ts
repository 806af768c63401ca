import type { Rule } from '../rule';
import { q } from '../phrase-rule';
import { usedFacts } from '../account';

const rule: Rule = {
  id: 'no-account-reference',
  kind: 'no-account-reference',
  dimension: 'research',
  roles: ['prospecting', 'account'],
  title: 'Research not used',
  flags: 'You have notes on this account, but the draft uses none of them.',
  why: 'Research only earns trust when the customer sees it: an email that could go to any company reads as generic (seeds 002, 003).',
  severity: 'warn',
  document(doc) {
    const facts = doc.account?.facts ?? [];
    if (facts.length === 0 || doc.contentWords < 15) return [];
    if (usedFacts(doc).length > 0) return [];
    const sample = facts[0]!.text;
    return [{
      start: 0, end: 0, penalty: 35,
      message: `You have ${facts.length} note${facts.length === 1 ? '' : 's'} on ${doc.account?.name ?? 'this account'}, and the draft uses none.`,
      suggestion: `Tie the email to what you know, e.g. ${q(sample, 80)}.`,
    }];
  },
  examples: {
    flag: [{
      body: 'Hi Dana,\n\nHow is the new quarter going? I have some ideas for your hiring plans this year.',
      account: { name: 'Northwind', facts: [{ text: 'Expanding into Brazil in Q2' }, { text: 'CFO said cash visibility is her top priority' }] },
    }, {
      // A first email that names the company but none of the notes: research not used (and with no company named,
      // no-company-mention says so too, in personalization).
      body: 'Hi Priya,\n\nMany logistics teams like Acme Logistics lose hours every week to manual dock scheduling. Our tool books slots automatically. Could we find 20 minutes next week?',
      recipients: [{ name: 'Priya Shah', email: 'priya@acmelogistics.com' }],
      account: { name: 'Acme Logistics', facts: [{ text: 'Opened two cross-dock sites in Oct' }] },
      role: 'prospecting',
    }],
    pass: [
      {
        body: 'Hi Dana,\n\nYou said cash visibility is your top priority this year. Could I show you a daily cash view?',
        account: { name: 'Northwind', facts: [{ text: 'Expanding into Brazil in Q2' }, { text: 'CFO said cash visibility is her top priority' }] },
      },
      'Hi Dana,\n\nHow is the new quarter going? I have some ideas for your hiring plans this year.',
    ],
  },
};
export default rule;
