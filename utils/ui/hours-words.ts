// A site's active hours in words for the site list: "weekdays, 9:00–17:00",
// "every day, 22:00–2:00", "Mon, Wed, 8:00–9:30", or "at every hour".
import type { ActiveHours } from '@/utils/core/active-hours';
import { t } from '@/utils/i18n';
import { weekdayShort } from './calendar-format';

/** Minutes after midnight as a 24-hour clock time: 540 → "9:00". */
export function clockText(minute: number): string {
  return `${Math.floor(minute / 60)}:${String(minute % 60).padStart(2, '0')}`;
}

/** "HH:MM" of an <input type="time"> → minutes after midnight, or null. */
export function parseClock(value: string): number | null {
  const m = /^(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const [h, min] = [Number(m[1]), Number(m[2])];
  return h < 24 && min < 60 ? h * 60 + min : null;
}

/** Minutes after midnight as the value of an <input type="time">. */
export function timeValue(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

function daysText(days: readonly number[]): string {
  const key = days.join(',');
  if (key === '0,1,2,3,4,5,6') return t('hoursEveryDay');
  if (key === '1,2,3,4,5') return t('hoursWeekdays');
  if (key === '0,6') return t('hoursWeekends');
  // Monday first, as a week is read.
  return [...days]
    .sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7))
    .map(weekdayShort)
    .join(', ');
}

export function hoursText(hours: ActiveHours | undefined): string {
  if (!hours) return t('hoursAlways');
  return t('hoursSummary', daysText(hours.days), clockText(hours.from), clockText(hours.to));
}
