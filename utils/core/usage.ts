// Time on one limited site on one day, as stored and as exported: the time
// counted, the extra minutes granted by "more minutes", and how many times
// the pause page was shown for it. Pure type, and the rule for merging two
// records of the same day and site.
import type { DayUsage } from './tracker';

export interface UsageRecord extends DayUsage {
  day: string;
  host: string;
  /** Times the pause page was shown for the site that day; absent when none. */
  pauses?: number;
}

/**
 * The same day counted on two devices (an import): keep the larger of each
 * figure, never add twice. `pauses` stays absent when neither has any.
 */
export function mergeUsage(record: UsageRecord, here: UsageRecord | undefined): UsageRecord {
  const pauses = Math.max(record.pauses ?? 0, here?.pauses ?? 0);
  return {
    day: record.day,
    host: record.host,
    ms: Math.max(record.ms, here?.ms ?? 0),
    grantedMs: Math.max(record.grantedMs, here?.grantedMs ?? 0),
    ...(pauses > 0 ? { pauses } : {}),
  };
}
