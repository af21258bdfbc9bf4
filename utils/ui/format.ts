// Every date, time and count shown on screen, in the browser's language, in
// one place.
import { dateOfDay } from '@/utils/core/day';
import { t, uiLanguage } from '@/utils/i18n';
import { categoryOf, plural } from '@/utils/ui/plural';

// Each formatter is made once, on first use: making one costs far more than using it.
export const lazyDateFormat = (options: Intl.DateTimeFormatOptions) => {
  let formatter: Intl.DateTimeFormat | undefined;
  return (date: Date | number) => {
    formatter ??= new Intl.DateTimeFormat(uiLanguage(), options);
    return formatter.format(date);
  };
};
const format = lazyDateFormat;

const weekdayDayMonth = format({ weekday: 'long', day: 'numeric', month: 'long' });
const dayMonthYear = format({ day: 'numeric', month: 'long', year: 'numeric' });
const shortWeekdayOf = format({ weekday: 'short' });
const clock = format({ hour: 'numeric', minute: '2-digit' });

/** "Tuesday 4 March" for a day key. */
export function longDay(day: string): string {
  return weekdayDayMonth(dateOfDay(day));
}

/** "4 March 2026" for a day key. */
export function fullDate(day: string): string {
  return dayMonthYear(dateOfDay(day));
}

export function shortWeekday(day: string): string {
  return shortWeekdayOf(dateOfDay(day));
}

/** The time of an instant: "09:30" or "9:30 AM". */
export function timeOf(at: number): string {
  return clock(at);
}

/** "1 minute" / "12 minutes". */
export function minutesText(minutes: number): string {
  return plural('minutes', minutes, minutes);
}

export function dayCountLabel(count: number, day: string): string {
  const date = longDay(day);
  // A language with a form for zero (Arabic) says it; the others say "No wins".
  if (count === 0 && categoryOf(0) !== 'zero') return t('yearDayNone', date);
  return plural('yearDay', count, count, date);
}
