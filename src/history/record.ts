import { DIMENSIONS, type Dimension, type Report } from '../model/types';
import type { Site } from '../settings/settings';
import type { SentRecord } from './types';

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

/**
 * What the history keeps of a report at send: the scores and the kinds of
 * hints that cost points (positive findings such as a specific commitment have
 * no impact and are left out). The text is copied only when the writer opted
 * in, so by default nothing they wrote is stored.
 */
export function recordFromReport(report: Report, meta: RecordMeta): SentRecord {
  const dimensions = Object.fromEntries(DIMENSIONS.map((d) => [d, report.dimensions[d].score])) as Record<Dimension, number>;
  const record: SentRecord = {
    id: meta.id ?? globalThis.crypto.randomUUID(),
    sentAt: meta.sentAt.toISOString(),
    site: meta.site,
    role: report.role,
    score: report.score,
    band: report.band,
    dimensions,
    kinds: report.hints.filter((h) => h.impact > 0).map((h) => h.kind),
    words: report.stats.words,
    promises: report.commitments.filter((c) => c.owner === 'me' || c.owner === 'we').length,
  };
  if (meta.keepText && meta.body) record.text = meta.body;
  return record;
}
