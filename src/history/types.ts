/**
 * The coaching history's data shapes. A SentRecord is what Trust Coach keeps
 * about one sent email: numbers and hint kinds only, so a manager and a rep can
 * review trends together without the history ever holding what was written
 * (unless the writer opts in to keep the text).
 */
import type { Band, Dimension, Kind, Role } from '../model/types';
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
  /** The email's text: present only when the writer turned on "Keep the email text". */
  text?: string;
}

/** How long the history keeps an email, in days; 0 keeps it until cleared. */
export const RETENTION_DAYS = [30, 90, 180, 365, 0] as const;
export type RetentionDays = (typeof RETENTION_DAYS)[number];

export interface HistorySettings {
  retentionDays: RetentionDays;
  /** Off by default: keeping text means the history holds customer conversations. */
  keepText: boolean;
}

export const DEFAULT_HISTORY_SETTINGS: HistorySettings = { retentionDays: 90, keepText: false };

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
