// Today's minutes per limited site, live as the worker counts.
import type { DayUsage } from '@/utils/core/tracker';
import { readSharedDayUsage } from '@/utils/store/sync/day-usage';
import { currentDay } from '@/utils/store/today';
import { useLive } from './use-live';

export function useDayUsage(dayStartHour: number | undefined): Record<string, DayUsage> {
  const live = useLive(
    async () => readSharedDayUsage(await currentDay()),
    [dayStartHour],
    ['usage'],
  );
  return live.data ?? {};
}
