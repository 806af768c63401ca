import type { Rule } from '../rule';
import { usedFacts } from '../account';
import { q } from '../phrase-rule';

const rule: Rule = {
  id: 'account-reference',
  kind: 'account-reference',
  dimension: 'research',
  roles: ['prospecting', 'account', 'support'],
  title: 'Uses your research',
  flags: 'A positive finding: the draft uses a fact from your notes on the account (its strategy, news, people, last interaction).',
  why: 'Showing you know their business is what separates a trusted advisor from a vendor (seed 002; seed 003: the executive replied after the email quoted his own vision).',
  severity: 'info',
  document(doc) {
    if (!doc.account) return [];
    return usedFacts(doc).map((m) => ({ start: m.start, end: m.end, penalty: 0, message: `Uses your research: ${q(m.fact.text)}.`, suggestion: 'Good: tie it to what you propose.' }));
  },
  examples: {
    flag: [{
      body: 'Hi Dana,\n\nHow is your Brazil expansion going? I have ideas for staffing the São Paulo team.',
      account: { name: 'Northwind', facts: [{ text: 'Expanding into Brazil in Q2', source: 'news' }] },
    }, {
      // Used without its place name, but in three of its words.
      body: 'Hi Dana,\n\nHow are the new cross-dock sites working out? I have ideas for staffing them.',
      account: { name: 'Northwind', facts: [{ text: 'Opened two cross-dock sites in Ohio (Sept)', source: 'news' }] },
    }, {
      // In a line that opens in stock words: what follows them is the note.
      body: 'Hi Dana,\n\nI hope this email finds you well after the Leeds clinic opening. Could we talk about staffing it?',
      account: { name: 'Northwind Dental', facts: [{ text: 'Opening a clinic in Leeds in March', source: 'news' }] },
    }, {
      // A country by its code in the note and by its people in the draft.
      body: 'Hi Dana,\n\nIs the German storefront seeing the same checkout errors? I can look at its logs today.',
      account: { name: 'Northwind', facts: [{ text: 'Shopify Plus; 3 storefronts (UK, DE, NL)', source: 'call' }] },
    }, {
      // The move in another tense: "moved to" for "migrating".
      body: 'Hi Dana,\n\nOnce you have moved to GCP, the same webhook endpoints keep working. I will check them with you on Friday.',
      account: { name: 'Northwind', facts: [{ text: 'migrating AWS us-east-1 -> GCP in Q3', source: 'call' }] },
    }, {
      // A system of theirs asked about by its own name, though the note names another of its kind beside it.
      body: 'Hi Dana,\n\nHow long do you expect to keep Meditech? I can plan the interface work around it.',
      account: { name: 'Bayline Health', facts: [{ text: 'Epic at main campus; legacy Meditech at 2 rural sites', source: 'call' }] },
    }],
    pass: [{
      // What others near them did is no news of theirs, whatever words it shares with the note.
      body: 'Hi Dana,\n\nSeveral districts near you passed facilities bonds last November. Could we talk about your plans?',
      account: { name: 'Riverside Unified', facts: [{ text: 'Facilities bond passed Nov, $180M', source: 'news' }] },
    }, {
      body: 'Hi Dana,\n\nAcross the co-ops we serve, outage minutes came in around 150 last year. Could we talk about yours?',
      account: { name: 'Valley Electric Co-op', facts: [{ text: 'Outage minutes 212 in 2024 vs 150 target', source: 'report' }] },
    }, {
      // Two common words ("dock", "sites") about something else are not the note.
      body: 'Hi Dana,\n\nHow do you handle dock scheduling at the Brazilian sites? I have ideas for it.',
      account: { name: 'Northwind', facts: [{ text: 'Opened two cross-dock sites in Ohio (Sept)', source: 'news' }] },
    }, {
      body: 'Hi Dana,\n\nHow is the new quarter going? I have ideas for your hiring.',
      account: { name: 'Northwind', facts: [{ text: 'Expanding into Brazil in Q2', source: 'news' }] },
    }],
  },
};
export default rule;
