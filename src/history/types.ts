/**
 * The coaching history's data shapes. A SentRecord is what Trust Coach keeps
 * about one sent email: numbers, hint kinds and the team playbook phrases it
 * tripped (by the playbook's own words) only, so a manager and a rep can
 * review trends together without the history ever holding what was written
 * (unless the writer opts in to keep the text).
 */
import type { Band, Dimension, Kind, Role, TeamKind } from '../model/types';
import type { Site } from '../settings/settings';

export interface SentRecord {
  /** Unique per record; lets a watcher or a CSV row refer to one email. */
  id: string;
  /** ISO date-time the email was sent (UTC, as Date#toISOString gives it). */
  sentAt: string;
  site: Site;
  role: Role;
  /** The overall trust score at send, 0..100. */
  score: number;
  band: Band;
  /** Each dimension's score at send, 0..100. */
  dimensions: Record<Dimension, number>;
  /** Kinds of the hints that cost points (impact > 0): one entry per hint, so repeats count. */
  kinds: Kind[];
  words: number;
  /** Promises the writer or their team owned in the email ("I'll…", "we'll…"). */
  promises: number;
  /**
   * For each team playbook hint that cost points, which phrase it was: the
   * playbook's own message for it (never the email's words). Left out when
   * there were none, and in records made before it was kept (history v1).
   */
  teamHints?: TeamHintLabel[];
  /** The email's text: present only when the writer turned on "Keep the email text". */
  text?: string;
}

/** A team playbook phrase by name, as the coaching view lists it: "in 2 emails: “Say ‘follow up’, not ‘touch base’”". */
export interface TeamHintLabel {
  kind: TeamKind;
  /** The playbook's message for the phrase (or its id when it has no message), at most TEAM_LABEL_MAX characters. */
  label: string;
}

export const TEAM_LABEL_MAX = 200;

/** How long the history keeps an email, in days; 0 keeps it until cleared. */
export const RETENTION_DAYS = [30, 90, 180, 365, 0] as const;
export type RetentionDays = (typeof RETENTION_DAYS)[number];

export interface HistorySettings {
  retentionDays: RetentionDays;
  /** Off by default: keeping text means the history holds customer conversations. */
  keepText: boolean;
  /** The name the printed summary says it was prepared for, as the writer last typed it; empty by default. */
  preparedFor: string;
}

export const PREPARED_FOR_MAX = 80;

export const DEFAULT_HISTORY_SETTINGS: HistorySettings = { retentionDays: 90, keepText: false, preparedFor: '' };

/** The ranges the coaching view offers ("last 7 / 30 / 90 days"). */
export const RANGE_DAYS = [7, 30, 90] as const;
export type RangeDays = (typeof RANGE_DAYS)[number];

/**
 * The least the coaching view needs to know about a promise. The promises
 * tracker owns the full shape; taking only this keeps the two decoupled.
 */
export interface PromiseItem {
  status: 'open' | 'kept';
  /** ISO date-time with offset, or a date only ('YYYY-MM-DD': due by the end of that day). */
  due?: string;
  /** ISO date-time the promise was marked kept. */
  keptAt?: string;
}

/** A period of whole calendar days in the writer's time zone, ending today. */
export interface StatsRange {
  days: number;
  now: Date;
  /** IANA zone the days are counted in, e.g. "Europe/Berlin". */
  timeZone: string;
}
