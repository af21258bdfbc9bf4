// What the wrap-up and the share view read: the wins, usage and limited sites
// of a span of days, and the years that have any wins at all.
import type { DayKey } from '@/utils/core/day';
import { addWins, spanFiguresOf, spanTally } from '@/utils/core/span-tally';
import { getDb } from './db';
import { listRange } from './history';
import { usageRange } from './usage';

export async function figuresFor(from: DayKey, to: DayKey) {
  // The figures are folded in a batch at a time as the wins arrive, each in
  // its own short task: a year of 100,000 wins never holds the page.
  // The limited sites (for the minutes log-offs took back) load with the
  // figures: the settings' rules are not needed to paint the page.
  const tally = spanTally(from, to);
  const [wins, usage, settings] = await Promise.all([
    listRange(from, to, (batch) => addWins(tally, batch)),
    usageRange(from, to),
    import('./settings').then((m) => m.loadSettings()),
  ]);
  const rest = { weekdays: settings.restWeekdays, days: settings.restDays };
  return { wins, figures: spanFiguresOf(tally, usage, settings.sites), rest };
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
