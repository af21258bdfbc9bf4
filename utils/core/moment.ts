// The one card the new tab offers below today's wins, chosen for the moment
// and for what the person has: a card shows only when it has something true
// to show (no weekly review or year wrap-up without wins to look back on, no
// win from the past when there is none). Pure: the hour, today, the settings
// and the facts the page read are passed in; at most one card, or none.
import type { DayKey } from './day';
import { recapDue, reviewDue } from './insights';
import { isRestDay } from './nudge';
import type { Settings } from './settings';
import type { Weekday } from './week-start';
import { yearEndSeason } from './wrap-up';

export type Moment =
  /** Opened from the evening reminder: the recap ready to type, with the reminder's choices. */
  | 'nudge'
  /** Today is a rest day: said kindly, with a way to change it. */
  | 'rest'
  /** A short try has come to its end: its celebration (shown with the small steps). */
  | 'try'
  | 'recap'
  | 'review'
  | 'intention'
  | 'wrap'
  | 'past';

export interface MomentFacts {
  /** Opened from the evening reminder (?recap=nudge). */
  fromNudge: boolean;
  /** Wins in the last seven days, today included. */
  weekWins: number;
  /** Wins in the year the wrap-up would tell. */
  yearWins: number;
  /** An earlier win could be shown (not private, before today). */
  pastWin: boolean;
  /** A short try has ended and waits for its celebration. */
  tryEnded: boolean;
}

export interface MomentInput {
  now: number;
  today: DayKey;
  settings: Pick<
    Settings,
    'recapHour' | 'dayStartHour' | 'reviewWeekday' | 'restWeekdays' | 'restDays'
  >;
  weekStart: Weekday;
  facts: MomentFacts;
}

/** Before noon (and after the day's start) the day is still ahead: the morning intention. */
export const NOON = 12;

function morning(now: number, dayStartHour: number): boolean {
  const hour = new Date(now).getHours();
  return hour >= dayStartHour && hour < NOON;
}

/** The card for this moment, or undefined when nothing true fits. */
export function momentOf({
  now,
  today,
  settings,
  weekStart,
  facts,
}: MomentInput): Moment | undefined {
  if (facts.fromNudge) return 'nudge';
  if (isRestDay(today, settings.restWeekdays, settings.restDays)) return 'rest';
  if (facts.tryEnded) return 'try';
  if (recapDue(now, settings.recapHour, settings.dayStartHour)) return 'recap';
  if (facts.weekWins > 0 && reviewDue(today, settings.reviewWeekday, weekStart)) return 'review';
  if (morning(now, settings.dayStartHour)) return 'intention';
  if (facts.yearWins > 0 && yearEndSeason(today)) return 'wrap';
  if (facts.pastWin) return 'past';
  return 'intention';
}
