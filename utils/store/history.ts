// Reading the past: a range of days, per-day counts (index counts only, never
// loading 50,000 records), the first day, and search's full read in batches.
// Apart from wins.ts so the pages that show only today do not carry it.
import type { DayKey } from '@/utils/core/day';
import type { Win } from '@/utils/core/win-rules';
import { getDb } from './db';

/** Records read per step of a range: one short task each, even among 100,000 wins. */
export const RANGE_BATCH = 2000;

/**
 * The wins of the days `from` to `to`, in day order, read a batch at a time
 * so no single task unpacks the whole range (a year of 100,000 wins held the
 * page for most of a second in one read). Each batch goes to `onBatch` as it
 * arrives, in its own task, so a caller can fold it in and let the page
 * breathe between batches. A batch ends at a whole day: the last day of a
 * full batch is read again from its start by the next one, and a day holding
 * more than a batch is read whole.
 */
export async function listRange(
  from: DayKey,
  to: DayKey,
  onBatch?: (wins: readonly Win[]) => void,
  batchSize = RANGE_BATCH,
): Promise<Win[]> {
  const db = await getDb();
  const wins: Win[] = [];
  const take = (batch: readonly Win[]) => {
    for (const win of batch) wins.push(win);
    onBatch?.(batch);
  };
  let range = IDBKeyRange.bound(from, to);
  for (;;) {
    const batch = await db.getAllFromIndex('wins', 'day', range, batchSize);
    const lastDay = batch[batch.length - 1]?.day;
    if (batch.length < batchSize || lastDay === undefined) {
      take(batch);
      return wins;
    }
    const whole = batch[0]?.day === lastDay;
    take(
      whole
        ? await db.getAllFromIndex('wins', 'day', lastDay)
        : batch.filter((w) => w.day < lastDay),
    );
    if (whole && lastDay >= to) return wins;
    range = IDBKeyRange.bound(lastDay, to, whole);
  }
}

export async function countsByDay(days: readonly DayKey[]): Promise<Record<DayKey, number>> {
  const db = await getDb();
  const index = db.transaction('wins').store.index('day');
  const counts = await Promise.all(days.map((day) => index.count(day)));
  return Object.fromEntries(days.map((day, i) => [day, counts[i] ?? 0]));
}

/** The day of the oldest win, if any (one index step). */
export async function firstDay(): Promise<DayKey | undefined> {
  const db = await getDb();
  const cursor = await db.transaction('wins').store.index('day').openKeyCursor();
  return cursor?.key;
}

export async function countOn(day: DayKey): Promise<number> {
  return (await getDb()).countFromIndex('wins', 'day', day);
}

export async function countWins(): Promise<number> {
  return (await getDb()).count('wins');
}

/** Records read per step of `allWins`: small enough that no step holds the page up. */
const READ_BATCH = 1000;

/**
 * Every win, read in batches by id, one short task each: a single read of
 * 50,000 records would hold the page for half a second while they unpack.
 */
export async function allWins(): Promise<Win[]> {
  const db = await getDb();
  const wins: Win[] = [];
  let after: string | undefined;
  for (;;) {
    const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
    const batch = await db.getAll('wins', range, READ_BATCH);
    for (const win of batch) wins.push(win);
    if (batch.length < READ_BATCH) return wins;
    after = batch[batch.length - 1]?.id;
  }
}
