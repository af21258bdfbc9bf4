// Today's wins for a page, kept current: re-read when any page announces a
// change, and when the page becomes visible again after the day rolled over.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { dayKey } from '../utils/day';
import { listen } from '../utils/messages';
import type { Win } from '../utils/win-rules';
import { listDay } from '../utils/wins';

export interface TodayWins {
  day: string;
  wins: Win[] | undefined;
}

/** `dayStartHour` is undefined until settings are read; nothing loads before. */
export function useTodayWins(dayStartHour: number | undefined): TodayWins {
  const [day, setDay] = useState(() => dayKey(Date.now(), dayStartHour ?? 0));
  const [wins, setWins] = useState<Win[] | undefined>(undefined);

  const reload = useCallback(() => {
    if (dayStartHour === undefined) return;
    const today = dayKey(Date.now(), dayStartHour);
    setDay(today);
    listDay(today).then(setWins, (error: unknown) => {
      console.error('Small Wins: could not read today', error);
      setWins([]);
    });
  }, [dayStartHour]);

  useEffect(() => {
    reload();
    const stop = listen((message) => {
      if (message.type === 'wins-changed') reload();
    });
    const onVisible = () => {
      if (document.visibilityState === 'visible') reload();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stop();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [reload]);

  return { day, wins };
}
