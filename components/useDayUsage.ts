// Today's minutes per limited site, live as the worker counts.
import { useEffect, useState } from 'preact/hooks';
import { dayKey } from '../utils/day';
import { listen } from '../utils/messages';
import type { DayUsage } from '../utils/tracker';
import { readDayUsage } from '../utils/usage';

export function useDayUsage(dayStartHour: number): Record<string, DayUsage> {
  const [usage, setUsage] = useState<Record<string, DayUsage>>({});
  useEffect(() => {
    const reload = () => void readDayUsage(dayKey(Date.now(), dayStartHour)).then(setUsage);
    reload();
    return listen((m) => {
      if (m.type === 'usage-changed') reload();
    });
  }, [dayStartHour]);
  return usage;
}
