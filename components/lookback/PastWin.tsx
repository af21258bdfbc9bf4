// One earlier win resurfaced: from a year ago today when there is one,
// otherwise a random older one that stays the same all day.
import { useEffect, useState } from 'preact/hooks';
import { countOn, firstDay } from '../../utils/history';
import { t } from '../../utils/i18n';
import { aYearAgo, daySeed, pastDayCandidates } from '../../utils/insights';
import type { Win } from '../../utils/win-rules';
import { listDay } from '../../utils/wins';
import { fullDate } from './format';

export function PastWin({ today }: { today: string }) {
  const [past, setPast] = useState<{ win: Win; yearAgo: boolean } | undefined>(undefined);
  useEffect(() => {
    void (async () => {
      const yearAgo = await listDay(aYearAgo(today));
      if (yearAgo.length > 0) {
        const win = yearAgo[daySeed(today) % yearAgo.length];
        return setPast(win ? { win, yearAgo: true } : undefined);
      }
      for (const day of pastDayCandidates(today, await firstDay())) {
        if ((await countOn(day)) === 0) continue;
        const wins = await listDay(day);
        const win = wins[daySeed(today) % wins.length];
        return setPast(win ? { win, yearAgo: false } : undefined);
      }
      setPast(undefined);
    })();
  }, [today]);

  if (!past) return null;
  return (
    <section class="card past" aria-labelledby="past-heading">
      <h2 id="past-heading">{t('pastHeading')}</h2>
      <p class="hint">
        {past.yearAgo ? t('pastYearAgo') : t('pastEarlier', fullDate(past.win.day))}
      </p>
      <blockquote class="past-win">{past.win.text}</blockquote>
    </section>
  );
}
