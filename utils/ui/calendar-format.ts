// Calendar words for the grids, the wrap-up and the settings: month and
// weekday names, an hour as a clock time. Apart from format.ts, so the pages
// that only list today's wins do not carry them.
import { lazyDateFormat as format } from './format';

const monthShortOf = format({ month: 'short' });
const monthLongOf = format({ month: 'long' });
const shortWeekdayName = format({ weekday: 'short' });
const monthYearOf = format({ month: 'long', year: 'numeric' });
const longWeekdayOf = format({ weekday: 'long' });
const clock = format({ hour: 'numeric', minute: '2-digit' });

/** Month `m` (0 = January), short: "Mar". */
export function monthShort(m: number): string {
  return monthShortOf(new Date(2024, m, 1));
}

/** Month `m` (0 = January), in full: "March". */
export function monthLong(m: number): string {
  return monthLongOf(new Date(2024, m, 1));
}

/** "March 2026" for month `m` (0 = January) of `year`. */
export function monthYear(year: number, m: number): string {
  return monthYearOf(new Date(year, m, 1));
}

/** Weekday `d` (0 = Sunday), short: "Mon". */
export function weekdayShort(d: number): string {
  return shortWeekdayName(new Date(2023, 0, 1 + d));
}

/** Weekday `d` by name (0 = Sunday); 2023-01-01 was a Sunday. */
export function weekdayName(d: number): string {
  return longWeekdayOf(new Date(2023, 0, 1 + d));
}

/** An hour of the day as a clock time. */
export function hourLabel(hour: number): string {
  return clock(new Date(2000, 0, 1, hour));
}
