// Reading the past: day ranges for the week, per-day counts for the year
// (index counts only, never loading 50,000 records), one past win, and a
// search that reads everything only when the person asks.

import type { DayKey } from './day';
import type { UsageRecord } from './db';
import { getDb } from './db';
import type { Win } from './win-rules';

export async function listRange(from: DayKey, to: DayKey): Promise<Win[]> {
  const db = await getDb();
  return db.getAllFromIndex('wins', 'day', IDBKeyRange.bound(from, to));
}

export async function usageRange(from: DayKey, to: DayKey): Promise<UsageRecord[]> {
  const db = await getDb();
  return db.getAllFromIndex('usage', 'day', IDBKeyRange.bound(from, to));
}

export async function countsByDay(days: readonly DayKey[]): Promise<Record<DayKey, number>> {
  const db = await getDb();
  const index = db.transaction('wins').store.index('day');
  const counts = await Promise.all(days.map((day) => index.count(day)));
  return Object.fromEntries(days.map((day, i) => [day, counts[i] ?? 0]));
}

export async function countBefore(day: DayKey): Promise<number> {
  const db = await getDb();
  return db.countFromIndex('wins', 'day', IDBKeyRange.upperBound(day, true));
}

/** The `index`-th win (oldest first) among those before `day`. */
export async function winBefore(day: DayKey, index: number): Promise<Win | undefined> {
  const db = await getDb();
  let cursor = await db
    .transaction('wins')
    .store.index('day')
    .openCursor(IDBKeyRange.upperBound(day, true));
  if (cursor && index > 0) cursor = await cursor.advance(index);
  return cursor?.value;
}

export async function allWins(): Promise<Win[]> {
  return (await getDb()).getAll('wins');
}
