// What the new tab's one card needs to know to show only what is true: how
// many wins the week and the wrap-up's year hold (index counts, no records
// read), and whether a short try has ended. The past win is picked by its
// own card's reader.
import { addDays, type DayKey } from '@/utils/core/day';
import type { Settings } from '@/utils/core/settings';
import { type Challenge, type SmallStep, tryProgress } from '@/utils/core/steps';
import { wrapYear } from '@/utils/core/wrap-up';
import { getDb } from './db';
import { listRange } from './history';

async function countBetween(from: DayKey, to: DayKey): Promise<number> {
  return (await getDb()).countFromIndex('wins', 'day', IDBKeyRange.bound(from, to));
}

type Trying = SmallStep & { challenge: Challenge };
const isTrying = (s: SmallStep): s is Trying => s.challenge !== undefined;

async function anyTryEnded(today: DayKey, settings: Settings, now: number): Promise<boolean> {
  const trying = settings.steps.filter(isTrying);
  const from = trying.map((s) => s.challenge.start).sort()[0];
  if (!from) return false;
  const wins = await listRange(from, today);
  return trying.some((step) => tryProgress(step, wins, now, settings.dayStartHour).ended);
}

export async function momentCounts(today: DayKey, settings: Settings, now: number) {
  const year = wrapYear(today);
  const [weekWins, yearWins, tryEnded] = await Promise.all([
    countBetween(addDays(today, -6), today),
    countBetween(`${year}-01-01`, `${year}-12-31`),
    anyTryEnded(today, settings, now),
  ]);
  return { weekWins, yearWins, tryEnded };
}
