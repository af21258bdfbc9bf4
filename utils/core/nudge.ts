// The evening nudge as a pure rule: when the next one is due (a local clock
// time on the chosen days, through daylight-saving changes and the person's
// own day start), and whether it may show when its alarm fires. It shows at
// most once a day (once more after "in an hour"), only on a day the browser
// was used, with no recap yet, and never on a rest day. Pure: `now` is passed in.
import { addDays, type DayKey, dateOfDay, dayKey } from './day';

/** Minutes in a day: a nudge time is minutes after local midnight. */
export const DAY_MINUTES = 24 * 60;
export const EVERY_WEEKDAY: readonly number[] = [0, 1, 2, 3, 4, 5, 6];

export interface NudgeSettings {
  /** Local clock time in minutes after midnight, or null when off. */
  nudgeMinute: number | null;
  /** Weekdays (0 = Sunday) of the person's day on which it may come. */
  nudgeWeekdays: readonly number[];
  /** Weekdays that are always rest days. */
  restWeekdays: readonly number[];
  dayStartHour: number;
}

/** What the extension remembers of today's nudge. */
export interface NudgeLog {
  /** The day a nudge was last shown. */
  day: DayKey | null;
  /** Whether "in an hour" was chosen for that day (one more is then allowed). */
  snoozed: boolean;
}

export const NO_NUDGE_YET: NudgeLog = { day: null, snoozed: false };

/** The weekday of a day key (0 = Sunday). */
export const weekdayOf = (day: DayKey) => dateOfDay(day).getDay();

/** A rest day: one of the person's rest weekdays, or a day they marked as rest. */
export function isRestDay(
  day: DayKey,
  restWeekdays: readonly number[],
  markedRest: readonly DayKey[],
): boolean {
  return restWeekdays.includes(weekdayOf(day)) || markedRest.includes(day);
}

/** The instant of the nudge's clock time on a calendar date (a skipped time comes just after the jump). */
function slotOn(key: DayKey, minute: number): number {
  const d = dateOfDay(key);
  return new Date(
    d.getFullYear(),
    d.getMonth(),
    d.getDate(),
    Math.floor(minute / 60),
    minute % 60,
  ).getTime();
}

/**
 * The next instant after `now` at which a nudge is due, on a day whose
 * weekday is chosen and not a rest weekday; null when the nudge is off or no
 * day is chosen. A time before the day start belongs to the day before.
 */
export function nextNudgeAt(now: number, s: NudgeSettings): number | null {
  if (s.nudgeMinute === null) return null;
  const start = dayKey(now, 0);
  for (let i = -1; i <= 8; i++) {
    const at = slotOn(addDays(start, i), s.nudgeMinute);
    if (at <= now) continue;
    const day = dayKey(at, s.dayStartHour);
    if (!s.nudgeWeekdays.includes(weekdayOf(day))) continue;
    if (s.restWeekdays.includes(weekdayOf(day))) continue;
    return at;
  }
  return null;
}

/** A nudge more than this late (the browser was closed at the time) is left out. */
export const LATE_MS = 2 * 60 * 60_000;

export interface NudgeFacts {
  now: number;
  settings: NudgeSettings;
  /** The person's day the alarm was set for. */
  plannedDay: DayKey;
  /** When the alarm was set to fire (it may fire late: the machine slept, the browser was closed). */
  scheduledAt: number;
  /** 'time' at the chosen time, 'snooze' an hour after "in an hour". */
  reason: 'time' | 'snooze';
  /** The day has a recap, or the person said "Not today" to it. */
  recapDone: boolean;
  /** Days the person marked as rest. */
  markedRest: readonly DayKey[];
  /** The last day the person used the browser, if any. */
  usedDay: DayKey | null;
  log: NudgeLog;
}

export type NudgeDecision =
  | { show: true; day: DayKey }
  | {
      show: false;
      why: 'off' | 'late' | 'notChosen' | 'rest' | 'recapDone' | 'unused' | 'alreadyShown';
    };

/** Whether the nudge shows now. */
export function decideNudge(f: NudgeFacts): NudgeDecision {
  const s = f.settings;
  if (s.nudgeMinute === null) return { show: false, why: 'off' };
  const day = dayKey(f.now, s.dayStartHour);
  // A browser started the next morning gets no nudge meant for last evening.
  if (day !== f.plannedDay || f.now - f.scheduledAt > LATE_MS) return { show: false, why: 'late' };
  if (!s.nudgeWeekdays.includes(weekdayOf(day))) return { show: false, why: 'notChosen' };
  if (isRestDay(day, s.restWeekdays, f.markedRest)) return { show: false, why: 'rest' };
  if (f.recapDone) return { show: false, why: 'recapDone' };
  if (f.usedDay !== day) return { show: false, why: 'unused' };
  const again = f.reason === 'snooze' && f.log.snoozed;
  if (f.log.day === day && !again) return { show: false, why: 'alreadyShown' };
  return { show: true, day };
}

/** What is remembered once a nudge was shown. */
export const shownLog = (day: DayKey): NudgeLog => ({ day, snoozed: false });

/** How many kind sentences the nudge takes turns with. */
export const NUDGE_WORDS = 5;

/** Which of the kind sentences a day uses: a different one from one day to the next. */
export function nudgeWordsIndex(day: DayKey): number {
  const days = Math.round(dateOfDay(day).getTime() / 86_400_000);
  return ((days % NUDGE_WORDS) + NUDGE_WORDS) % NUDGE_WORDS;
}
