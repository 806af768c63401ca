import type { AccountRecord } from '../../src/accounts/types';

export const T0 = '2026-11-20T09:00:00.000Z';

/** A researched account, as the writer would keep it. */
export function northwind(extra: Partial<AccountRecord> = {}): AccountRecord {
  return {
    key: 'northwind.com',
    name: 'Northwind Traders',
    strategy: 'Expanding into Brazil in Q2\n- Moving finance to one ERP',
    news: 'Opened a São Paulo office in October',
    people: [
      { name: 'Dana Reyes', role: 'CFO', said: 'Cash visibility is my top priority this year' },
      { name: 'Lee Park', role: 'Head of Ops' },
    ],
    lastInteraction: 'Met Dana at SaaStr on 3 Nov; she asked about multi-currency',
    checklist: { site: true, news: true, profiles: false, posts: false },
    updatedAt: T0,
    ...extra,
  };
}

export function kestrel(extra: Partial<AccountRecord> = {}): AccountRecord {
  return {
    key: 'kestrel.co.uk',
    name: 'Kestrel Labs',
    strategy: 'Hiring 40 engineers in Leeds',
    news: '',
    people: [],
    lastInteraction: '',
    checklist: { site: false, news: false, profiles: false, posts: false },
    updatedAt: T0,
    ...extra,
  };
}

/** An export file with these accounts; `patch` edits the parsed object before it is written back. */
export function fileText(accounts: unknown[], patch: (file: Record<string, unknown>) => void = () => {}): string {
  const file: Record<string, unknown> = { format: 'trust-coach-accounts', version: 1, exportedAt: '2026-11-21T10:00:00.000Z', accounts };
  patch(file);
  return JSON.stringify(file, null, 2);
}
