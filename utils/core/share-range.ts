// The ranges a person can share, as day keys, from "today". Pure.
import { addDays, type DayKey, dateOfDay, isDayKey } from './day';
import type { Weekday } from './week-start';

export type RangeChoice = 'week' | 'twoWeeks' | 'month' | 'year' | 'custom';

/** The days of a chosen range; a custom one is the two dates in either order. */
export function rangeFor(
  choice: RangeChoice,
  today: DayKey,
  custom: { from: string; to: string },
  weekStart: Weekday = 1,
): { from: DayKey; to: DayKey } | undefined {
  const d = dateOfDay(today);
  switch (choice) {
    case 'week':
      return { from: addDays(today, -((d.getDay() - weekStart + 7) % 7)), to: today };
    case 'twoWeeks':
      return { from: addDays(today, -13), to: today };
    case 'month':
      return { from: `${today.slice(0, 8)}01`, to: today };
    case 'year':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
    case 'custom': {
      if (!isDayKey(custom.from) || !isDayKey(custom.to)) return undefined;
      return custom.from <= custom.to
        ? { from: custom.from, to: custom.to }
        : { from: custom.to, to: custom.from };
    }
  }
}
