// Which day "today" is for the person: their own day start, read from the
// stored settings without the rest of the settings' rules, so the new tab
// and the popup stay light. Watching it lets a page move to a new day.
import { dayKey } from '@/utils/core/day';
import { dayStartHourOf } from '@/utils/core/day-start';
import { settingsItem } from './items';

export async function dayStartHour(): Promise<number> {
  return dayStartHourOf(await settingsItem.getValue());
}

/** The person's current day, under their own day start. */
export async function currentDay(now = Date.now()): Promise<string> {
  return dayKey(now, await dayStartHour());
}

/** The current day and the hour it started at, for a page that waits for the next one. */
export async function currentDayAndStart(
  now = Date.now(),
): Promise<{ day: string; dayStartHour: number }> {
  const hour = await dayStartHour();
  return { day: dayKey(now, hour), dayStartHour: hour };
}

/** Calls `onChange` whenever the settings (and so perhaps the day start) change. */
export function watchDayStart(onChange: (dayStartHour: number) => void): () => void {
  return settingsItem.watch((value) => onChange(dayStartHourOf(value)));
}
