// What the wrap-up and the share view read: the wins, usage and limited sites
// of a span of days, and the years that have any wins at all.
import type { DayKey } from '@/utils/core/day';
import { spanFigures } from '@/utils/core/wrap-up';
import { getDb } from './db';
import { listRange } from './history';
import { usageRange } from './usage';

export async function figuresFor(from: DayKey, to: DayKey) {
  // The limited sites (for the minutes log-offs took back) load with the
  // figures: the settings' rules are not needed to paint the page.
  const [wins, usage, settings] = await Promise.all([
    listRange(from, to),
    usageRange(from, to),
    import('./settings').then((m) => m.loadSettings()),
  ]);
  return { wins, figures: spanFigures(from, to, wins, usage, settings.sites) };
}

/** The years holding a win, newest first (two index steps, not a scan). */
export async function yearsWithWins(): Promise<number[]> {
  const index = (await getDb()).transaction('wins').store.index('day');
  const [first, last] = await Promise.all([
    index.openKeyCursor(),
    index.openKeyCursor(null, 'prev'),
  ]);
  if (!first || !last) return [];
  const years: number[] = [];
  for (let y = Number(last.key.slice(0, 4)); y >= Number(first.key.slice(0, 4)); y--) years.push(y);
  return years;
}
