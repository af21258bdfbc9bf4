// Today's wins for a page, kept current: read again when any page changes a
// win or the settings (the day start), when the page is shown again, and by
// itself when the next day starts while the page stays open (one timer for
// that moment, set again whenever the day or the day start changes). The
// store decides which day "today" is.
import { useEffect } from 'preact/hooks';
import { dayKey, msUntilNextDay } from '@/utils/core/day';
import type { Win } from '@/utils/core/win-rules';
import { currentDayAndStart, watchDayStart } from '@/utils/store/today';
import { listDay } from '@/utils/store/wins';
import { useLive } from './use-live';

/** A sleeping computer holds timers back: look again at least this often. */
const LOOK_AGAIN_MS = 10 * 60_000;

export interface TodayWins {
  day: string;
  dayStartHour: number;
  wins: Win[];
}

async function loadToday(): Promise<TodayWins> {
  const { day, dayStartHour } = await currentDayAndStart();
  return { day, dayStartHour, wins: await listDay(day) };
}

export function useTodayWins() {
  const live = useLive(loadToday, [], ['wins']);
  const { reload, data } = live;
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') reload();
    };
    document.addEventListener('visibilitychange', onVisible);
    const stop = watchDayStart(reload);
    return () => {
      stop();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);

  useEffect(() => {
    if (!data) return;
    const { day, dayStartHour } = data;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const look = () => {
      const now = Date.now();
      if (dayKey(now, dayStartHour) !== day) return reload();
      timer = setTimeout(look, Math.min(msUntilNextDay(now, dayStartHour), LOOK_AGAIN_MS));
    };
    look();
    return () => clearTimeout(timer);
  }, [data?.day, data?.dayStartHour]);
  return live;
}
