// Dates and counts for the look-back views, in the browser's language.
import { dateOfDay } from '../../utils/day';
import { t, uiLanguage } from '../../utils/i18n';

export function longDay(day: string): string {
  return new Intl.DateTimeFormat(uiLanguage(), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(dateOfDay(day));
}

export function fullDate(day: string): string {
  return new Intl.DateTimeFormat(uiLanguage(), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(dateOfDay(day));
}

export function shortWeekday(day: string): string {
  return new Intl.DateTimeFormat(uiLanguage(), { weekday: 'short' }).format(dateOfDay(day));
}

export function dayCountLabel(count: number, day: string): string {
  const date = longDay(day);
  if (count === 0) return t('yearDayNone', date);
  return count === 1 ? t('yearDayOne', date) : t('yearDayMany', count, date);
}
