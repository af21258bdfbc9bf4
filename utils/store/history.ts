// Reading the past: a range of days, per-day counts (index counts only, never
// loading 50,000 records), the first day, and search's full read in batches.
// Apart from wins.ts so the pages that show only today do not carry it.
import type { DayKey } from '@/utils/core/day';
import type { Win } from '@/utils/core/win-rules';
import { getDb } from './db';

/** Records read per step of a range: one short task each, even among 100,000 wins. */
export const RANGE_BATCH = 2000;

type Take = (wins: readonly Win[]) => void;

/**
 * Wins in the order of an index ('day' or 'at'), from `lower` to `upper`
 * (either open-ended), read a batch at a time so no single task unpacks them
 * all (a year of 100,000 wins held the page for most of a second in one
 * read). Each batch goes to `take` as it arrives, in its own task. A batch
 * ends at a whole key: the last key of a full batch is read again from its
 * start by the next batch, and a key holding more than a batch is read whole.
 */
async function inIndexOrder<I extends 'day' | 'at'>(
  index: I,
  lower: Win[I] | undefined,
  upper: Win[I] | undefined,
  take: Take,
  batchSize: number,
): Promise<void> {
  const db = await getDb();
  const from = (low: Win[I] | undefined, open: boolean) => {
    if (low === undefined) return upper === undefined ? undefined : IDBKeyRange.upperBound(upper);
    return upper === undefined
      ? IDBKeyRange.lowerBound(low, open)
      : IDBKeyRange.bound(low, upper, open);
  };
  let range = from(lower, false);
  for (;;) {
    const batch = await db.getAllFromIndex('wins', index, range, batchSize);
    const last = batch[batch.length - 1]?.[index] as Win[I] | undefined;
    if (batch.length < batchSize || last === undefined) {
      take(batch);
      return;
    }
    const whole = batch[0]?.[index] === last;
    take(
      whole
        ? await db.getAllFromIndex('wins', index, IDBKeyRange.only(last))
        : batch.filter((w) => (w[index] as Win[I]) < last),
    );
    if (whole && upper !== undefined && last >= upper) return;
    range = from(last, whole);
  }
}

/**
 * The wins of the days `from` to `to`, in day order, a batch at a time; each
 * batch (whole days only) goes to `onBatch` as it arrives, in its own task,
 * so a caller can fold it in and let the page breathe between batches.
 */
export async function listRange(
  from: DayKey,
  to: DayKey,
  onBatch?: Take,
  batchSize = RANGE_BATCH,
): Promise<Win[]> {
  const wins: Win[] = [];
  await inIndexOrder(
    'day',
    from,
    to,
    (batch) => {
      for (const win of batch) wins.push(win);
      onBatch?.(batch);
    },
    batchSize,
  );
  return wins;
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

/**
 * Every win, oldest first, read in batches (one short task each: a single
 * read of 100,000 records would hold the page for most of a second); each
 * batch goes to `onBatch` as it arrives.
 */
export async function allWins(onBatch?: Take, batchSize = RANGE_BATCH): Promise<Win[]> {
  const wins: Win[] = [];
  await inIndexOrder(
    'at',
    undefined,
    undefined,
    (batch) => {
      for (const win of batch) wins.push(win);
      onBatch?.(batch);
    },
    batchSize,
  );
  return wins;
}
