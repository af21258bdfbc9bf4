// What the evening nudge's rule needs from storage, gathered in one place:
// the settings, whether the day has its recap, which days were used, what was
// shown, and what the alarm was set for. The worker decides with
// core/nudge.ts and writes back only through these verbs.
import { type DayKey, dayKey } from '@/utils/core/day';
import { type NudgeFacts, type NudgeLog, shownLog } from '@/utils/core/nudge';
import type { Settings } from '@/utils/core/settings';
import {
  nudgeLogItem,
  nudgePlanItem,
  recapDismissedItem,
  retiredUseDayItem,
  usedAtItem,
} from './items';
import { getReflection } from './reflections';
import { loadSettings, updateSettings } from './settings';

/** What an alarm was set for: the person's day and the clock time's instant. */
export type NudgePlan = { day: DayKey; at: number };

export const readPlan = () => nudgePlanItem.getValue();
export const setPlan = (plan: NudgePlan | null) =>
  plan ? nudgePlanItem.setValue(plan) : nudgePlanItem.removeValue();

/** Everything the rule needs to decide at `now`, for an alarm set for `day`. */
export async function nudgeFacts(
  now: number,
  alarm: { day: DayKey; reason: NudgeFacts['reason']; scheduledAt: number },
): Promise<NudgeFacts> {
  const settings = await loadSettings();
  const day = dayKey(now, settings.dayStartHour);
  const [recap, dismissed, usedAt, log] = await Promise.all([
    getReflection(`recap:${day}`),
    recapDismissedItem.getValue(),
    usedAtItem.getValue(),
    nudgeLogItem.getValue(),
  ]);
  return {
    now,
    settings,
    plannedDay: alarm.day,
    scheduledAt: alarm.scheduledAt,
    reason: alarm.reason,
    recapDone: recap !== undefined || dismissed === day,
    markedRest: settings.restDays,
    usedDay: usedAt === null ? null : dayKey(usedAt, settings.dayStartHour),
    log,
  };
}

export const readLog = () => nudgeLogItem.getValue();
export const markShown = (day: DayKey) => nudgeLogItem.setValue(shownLog(day));

/** "In an hour": one more nudge is allowed today. */
export async function markSnoozed(): Promise<NudgeLog> {
  const log = await nudgeLogItem.getValue();
  const next = { day: log.day, snoozed: true };
  await nudgeLogItem.setValue(next);
  return next;
}

/**
 * Notes that the browser is in use at `now`; writes only when that is a new
 * day under the day start in force (so at most once a day).
 */
export async function noteUsed(now: number, dayStartHour: number): Promise<void> {
  const last = await usedAtItem.getValue();
  if (last === null || dayKey(last, dayStartHour) !== dayKey(now, dayStartHour)) {
    await usedAtItem.setValue(now);
  }
}

/** An update forgets the day of use older versions kept (now `usedAt`). */
export const forgetRetiredUseDay = () => retiredUseDayItem.removeValue();

/** Turns the evening nudge off. */
export const turnNudgeOff = () => updateSettings((s: Settings) => ({ ...s, nudgeMinute: null }));
