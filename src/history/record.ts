import { DIMENSIONS, TEAM_KINDS, type Dimension, type Hint, type Report, type TeamKind } from '../model/types';
import type { Site } from '../settings/settings';
import { TEAM_LABEL_MAX, type SentRecord, type TeamHintLabel } from './types';

export interface RecordMeta {
  site: Site;
  sentAt: Date;
  /** The email's own words; stored only when keepText is true. */
  body?: string;
  /** The writer's "Keep the email text" setting. */
  keepText: boolean;
  /** Defaults to a random UUID. */
  id?: string;
}

const isTeamKind = (kind: string): kind is TeamKind => (TEAM_KINDS as readonly string[]).includes(kind);

/**
 * A team hint's phrase by name: the playbook's message for it, else the
 * phrase id its rule carries ("playbook:no-touch-base"). Both come from the
 * playbook, not from the email; the words the hint points at are not kept.
 */
export function teamHintLabel(hint: Pick<Hint, 'message' | 'rule'>): string {
  const message = hint.message.replace(/\s+/g, ' ').trim();
  const label = message || hint.rule.replace(/^playbook:/, '');
  return label.length > TEAM_LABEL_MAX ? `${label.slice(0, TEAM_LABEL_MAX - 1)}…` : label;
}

/**
 * What the history keeps of a report at send: the scores and the kinds of
 * hints that cost points (positive findings such as a specific commitment have
 * no impact and are left out), with the team playbook phrase of each team
 * hint by name. The text is copied only when the writer opted in, so by
 * default nothing they wrote is stored.
 */
export function recordFromReport(report: Report, meta: RecordMeta): SentRecord {
  const costly = report.hints.filter((h) => h.impact > 0);
  const teamHints = costly.flatMap((h): TeamHintLabel[] => (isTeamKind(h.kind) ? [{ kind: h.kind, label: teamHintLabel(h) }] : []));
  const dimensions = Object.fromEntries(DIMENSIONS.map((d) => [d, report.dimensions[d].score])) as Record<Dimension, number>;
  const record: SentRecord = {
    id: meta.id ?? globalThis.crypto.randomUUID(),
    sentAt: meta.sentAt.toISOString(),
    site: meta.site,
    role: report.role,
    score: report.score,
    band: report.band,
    dimensions,
    kinds: costly.map((h) => h.kind),
    words: report.stats.words,
    promises: report.commitments.filter((c) => c.owner === 'me' || c.owner === 'we').length,
  };
  if (teamHints.length > 0) record.teamHints = teamHints;
  if (meta.keepText && meta.body) record.text = meta.body;
  return record;
}
