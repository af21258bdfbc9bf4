// A site's daily budget in numbers: what is left, where the next alarm goes,
// how an interval splits at day starts, and what "more minutes" grants. Pure;
// the tracker (tracker.ts) decides when these apply.
import { dayKey, nextDayStart } from './day';
import { MINUTE_MS, minutesMs } from './minute';
import type { SiteRule } from './sites';

/** Usage is saved at least this often while a limited site is counted. */
export const CHECKPOINT_MS = MINUTE_MS;
/** Idle detection interval; an alarm this late means the machine slept. */
export const SLEEP_GAP_MS = 60_000;
/** Packed extensions cannot set an alarm sooner than this. */
export const MIN_ALARM_MS = 30_000;
/** Less budget than this left counts as used up. */
export const PAUSE_TOLERANCE_MS = 1_000;

export interface DayUsage {
  ms: number;
  grantedMs: number;
}

/** [from, to) cut at the user's day starts: [{ day, ms }]. */
export function splitByDay(from: number, to: number, dayStartHour: number) {
  const parts: { day: string; ms: number }[] = [];
  for (let t = from; t < to; ) {
    const end = Math.min(to, nextDayStart(t, dayStartHour));
    parts.push({ day: dayKey(t, dayStartHour), ms: end - t });
    t = end;
  }
  return parts;
}

export function remainingMs(rule: SiteRule, usage: DayUsage | undefined): number {
  return minutesMs(rule.dailyMinutes) + (usage?.grantedMs ?? 0) - (usage?.ms ?? 0);
}

/** The next alarm: a checkpoint a minute on, or the budget's end, or the day's. */
export function nextAlarm(now: number, remaining: number, dayStartHour: number): number {
  const exhaustion = now + remaining;
  const checkpoint = remaining >= CHECKPOINT_MS + MIN_ALARM_MS ? now + CHECKPOINT_MS : exhaustion;
  return Math.min(checkpoint, exhaustion, nextDayStart(now, dayStartHour));
}

/**
 * "More minutes": from what is used now, allow `snoozeMinutes` more today.
 * Grants never stack: while the site still has time left (an earlier grant
 * not yet used, e.g. pressed in a second paused tab of the same site), a
 * grant adds nothing and the usage comes back unchanged.
 */
export function grantSnooze(
  rule: SiteRule,
  usage: DayUsage | undefined,
  snoozeMinutes: number,
): DayUsage {
  const ms = usage?.ms ?? 0;
  const granted = usage?.grantedMs ?? 0;
  if (remainingMs(rule, usage) > PAUSE_TOLERANCE_MS) return { ms, grantedMs: granted };
  return {
    ms,
    grantedMs: Math.max(granted, ms - minutesMs(rule.dailyMinutes)) + minutesMs(snoozeMinutes),
  };
}
