import { DIMENSIONS, type Dimension } from '../../src/model/types';
import type { SentRecord } from '../../src/history/types';

let next = 0;

/** A sent email's record: every dimension at `score` unless given. */
export function rec(sentAt: string, overrides: Partial<Omit<SentRecord, 'dimensions'>> & { dimensions?: Partial<Record<Dimension, number>> } = {}): SentRecord {
  const score = overrides.score ?? 80;
  const { dimensions, ...rest } = overrides;
  return {
    id: `r${++next}`,
    sentAt: new Date(sentAt).toISOString(),
    site: 'gmail',
    role: 'support',
    score,
    band: score >= 85 ? 'great' : score >= 70 ? 'good' : score >= 50 ? 'fair' : 'low',
    kinds: [],
    words: 100,
    promises: 1,
    ...rest,
    dimensions: { ...(Object.fromEntries(DIMENSIONS.map((d) => [d, score])) as Record<Dimension, number>), ...dimensions },
  };
}
