// One earlier win resurfaced: from a year ago today when there is one,
// otherwise a random older one that stays the same all day.
import { useEffect, useState } from 'preact/hooks';
import { countBefore, winBefore } from '../../utils/history';
import { t } from '../../utils/i18n';
import { aYearAgo, pickPastWin } from '../../utils/insights';
import type { Win } from '../../utils/win-rules';
import { listDay } from '../../utils/wins';
import { fullDate } from './format';

export function PastWin({ today }: { today: string }) {
  const [past, setPast] = useState<{ win: Win; yearAgo: boolean } | undefined>(undefined);
  useEffect(() => {
    void (async () => {
      const [yearAgo, older] = await Promise.all([listDay(aYearAgo(today)), countBefore(today)]);
      const pick = pickPastWin(today, yearAgo, older);
      if (!pick) return setPast(undefined);
      const win =
        pick.from === 'yearAgo' ? yearAgo[pick.index] : await winBefore(today, pick.index);
      setPast(win ? { win, yearAgo: pick.from === 'yearAgo' } : undefined);
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
