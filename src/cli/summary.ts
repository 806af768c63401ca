/** --summary: what a mailbox's coaching shows, as text or CSV. */
import { ROLES, type Report, type Role } from '../model/index';

export interface Summary {
  emails: number;
  failed: number;
  totalScore: number;
  byRole: Map<Role, { emails: number; totalScore: number }>;
  /** Hint kind → how many emails show it (positive findings not counted). */
  hints: Map<string, number>;
  promises: { total: number; specific: number };
}

const TOP_HINTS = 10;

export function newSummary(): Summary {
  return { emails: 0, failed: 0, totalScore: 0, byRole: new Map(), hints: new Map(), promises: { total: 0, specific: 0 } };
}

export function addReport(summary: Summary, report: Report): void {
  summary.emails++;
  summary.totalScore += report.score;
  const role = summary.byRole.get(report.role) ?? { emails: 0, totalScore: 0 };
  role.emails++;
  role.totalScore += report.score;
  summary.byRole.set(report.role, role);
  for (const kind of new Set(report.hints.filter((h) => h.impact > 0).map((h) => h.kind))) summary.hints.set(kind, (summary.hints.get(kind) ?? 0) + 1);
  summary.promises.total += report.commitments.length;
  summary.promises.specific += report.commitments.filter((c) => c.specific).length;
}

const average = (total: number, n: number): number => (n ? Math.round((total / n) * 10) / 10 : 0);

function roles(summary: Summary): [Role, { emails: number; totalScore: number }][] {
  return ROLES.flatMap((r) => {
    const s = summary.byRole.get(r);
    return s ? [[r, s] as [Role, typeof s]] : [];
  });
}

/** Most frequent first; ties by name, so the output is stable. */
export function topHints(summary: Summary, limit = TOP_HINTS): [string, number][] {
  return [...summary.hints].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit);
}

export function formatSummary(summary: Summary): string {
  const lines = ['Summary', `  Emails scored    ${summary.emails}${summary.failed ? ` (${summary.failed} could not be scored)` : ''}`];
  if (summary.emails) {
    lines.push(`  Average score    ${average(summary.totalScore, summary.emails)}`);
    lines.push('  By role', ...roles(summary).map(([r, s]) => `    ${r.padEnd(12)} ${String(average(s.totalScore, s.emails)).padStart(5)}  (${s.emails} email${s.emails === 1 ? '' : 's'})`));
    const top = topHints(summary);
    if (top.length) {
      const width = Math.max(...top.map(([k]) => k.length));
      lines.push('  Most frequent hints', ...top.map(([k, n]) => `    ${k.padEnd(width)}  ${n} email${n === 1 ? '' : 's'}`));
    }
    lines.push(`  Promises made    ${summary.promises.total} (${summary.promises.specific} specific, ${summary.promises.total - summary.promises.specific} vague)`);
  }
  return `${lines.join('\n')}\n`;
}

export function summaryJson(summary: Summary): Record<string, unknown> {
  return {
    emails: summary.emails,
    failed: summary.failed,
    averageScore: average(summary.totalScore, summary.emails),
    byRole: Object.fromEntries(roles(summary).map(([r, s]) => [r, { emails: s.emails, averageScore: average(s.totalScore, s.emails) }])),
    topHints: topHints(summary).map(([kind, emails]) => ({ kind, emails })),
    promises: { total: summary.promises.total, specific: summary.promises.specific, vague: summary.promises.total - summary.promises.specific },
  };
}

const cell = (v: string | number): string => (typeof v === 'string' && /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : String(v));

/** One row per figure: section,name,count,average_score (count: emails, or promises for the promises rows). */
export function summaryCsv(summary: Summary): string {
  const rows = [['section', 'name', 'count', 'average_score'].join(',')];
  rows.push(['total', 'all', summary.emails, average(summary.totalScore, summary.emails)].join(','));
  rows.push(['total', 'not scored', summary.failed, ''].join(','));
  for (const [r, s] of roles(summary)) rows.push(['role', r, s.emails, average(s.totalScore, s.emails)].join(','));
  for (const [k, n] of topHints(summary, Infinity)) rows.push(['hint', cell(k), n, ''].join(','));
  rows.push(['promises', 'specific', summary.promises.specific, ''].join(','));
  rows.push(['promises', 'vague', summary.promises.total - summary.promises.specific, ''].join(','));
  return `${rows.join('\n')}\n`;
}
