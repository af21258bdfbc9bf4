// Today's minutes per limited site, live as the worker counts.
import type { DayUsage } from '@/utils/core/tracker';
import { currentDay } from '@/utils/store/today';
import { readDayUsage } from '@/utils/store/usage';
import { useLive } from './use-live';

export function useDayUsage(dayStartHour: number | undefined): Record<string, DayUsage> {
  const live = useLive(async () => readDayUsage(await currentDay()), [dayStartHour], ['usage']);
  return live.data ?? {};
}
