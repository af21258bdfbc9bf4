// One earlier win resurfaced: from a year ago today when there is one,
// otherwise a random older one that stays the same all day; proud wins first.
import { useLive } from '@/hooks/use-live';
import { aYearAgo, daySeed, pastDayCandidates } from '@/utils/core/insights';
import type { Win } from '@/utils/core/win-rules';
import { t } from '@/utils/i18n';
import { countOn, firstDay } from '@/utils/store/history';
import { listDay } from '@/utils/store/wins';
import { fullDate } from '@/utils/ui/format';

/** A day's proud wins come first; among them (or all) one stays put all day. Private wins never. */
function favourite(all: Win[], today: string): Win | undefined {
  const wins = all.filter((w) => !w.private);
  const proud = wins.filter((w) => w.proud);
  const pool = proud.length > 0 ? proud : wins;
  return pool[daySeed(today) % pool.length];
}

export async function pickPastWin(
  today: string,
): Promise<{ win: Win; yearAgo: boolean } | undefined> {
  const yearAgo = favourite(await listDay(aYearAgo(today)), today);
  if (yearAgo) return { win: yearAgo, yearAgo: true };
  for (const day of pastDayCandidates(today, await firstDay())) {
    if ((await countOn(day)) === 0) continue;
    const win = favourite(await listDay(day), today);
    if (win) return { win, yearAgo: false };
  }
  return undefined;
}

export type PickedWin = { win: Win; yearAgo: boolean };

/** Shows the win picked for today: read here, or handed in by a caller that already read it. */
export function PastWin({ today, picked }: { today: string; picked?: PickedWin }) {
  const read = useLive(async () => picked ?? pickPastWin(today), [today, picked]).data;
  const past = picked ?? read;
  if (!past) return null;
  return (
    <section class="card past" aria-labelledby="past-heading">
      <h2 id="past-heading">{t('pastHeading')}</h2>
      <p class="hint">
        {past.yearAgo ? t('pastYearAgo') : t('pastEarlier', fullDate(past.win.day))}
      </p>
      <blockquote class="past-win" dir="auto">
        {past.win.text}
      </blockquote>
    </section>
  );
}
