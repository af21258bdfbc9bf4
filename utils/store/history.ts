// Reading the past: a range of days, per-day counts (index counts only, never
// loading 50,000 records), the first day, and search's full read in batches.
// Apart from wins.ts so the pages that show only today do not carry it.
import type { DayKey } from '@/utils/core/day';
import type { Win } from '@/utils/core/win-rules';
import { getDb } from './db';

export async function listRange(from: DayKey, to: DayKey): Promise<Win[]> {
  const db = await getDb();
  return db.getAllFromIndex('wins', 'day', IDBKeyRange.bound(from, to));
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
