// A calendar year (or any span of days) as a grid of weeks, each starting on
// the person's first day of the week (Monday unless told),
// with the column where each month starts, so any grid can label its months.
// Pure: `today` is passed in, so days after it are marked as the future.
import { addDays, type DayKey, dateOfDay } from './day';
import { level, type YearCell } from './insights';
import type { Weekday } from './week-start';

/** The weeks (columns of 7 days from `weekStart`, 0 = Sunday) covering `from`..`to`. */
export function weeksBetween(
  from: DayKey,
  to: DayKey,
  today: DayKey,
  counts: Readonly<Record<DayKey, number>>,
  weekStart: Weekday = 1,
): YearCell[][] {
  const start = addDays(from, -((dateOfDay(from).getDay() - weekStart + 7) % 7));
  const weeks: YearCell[][] = [];
  for (let first = start; first <= to; first = addDays(first, 7)) {
    const week: YearCell[] = [];
    for (let d = 0; d < 7; d++) {
      const day = addDays(first, d);
      const count = counts[day] ?? 0;
      week.push({
        day,
        count,
        level: level(count),
        future: day > today,
        outside: day < from || day > to,
      });
    }
    weeks.push(week);
  }
  return weeks;
}

/** 1 January to 31 December of `year`. */
export function calendarYear(year: number): { from: DayKey; to: DayKey } {
  return {
    from: `${String(year).padStart(4, '0')}-01-01`,
    to: `${String(year).padStart(4, '0')}-12-31`,
  };
}

/** Every day of a span, in order. */
export function daysBetween(from: DayKey, to: DayKey): DayKey[] {
  const days: DayKey[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** For each month that begins inside the grid: the week column it starts in. */
export function monthStarts(
  weeks: readonly YearCell[][],
): { week: number; month: number; year: number }[] {
  const starts: { week: number; month: number; year: number }[] = [];
  weeks.forEach((week, w) => {
    for (const cell of week) {
      const date = dateOfDay(cell.day);
      if (date.getDate() === 1 && !cell.outside) {
        starts.push({ week: w, month: date.getMonth(), year: date.getFullYear() });
      }
    }
  });
  return starts;
}
