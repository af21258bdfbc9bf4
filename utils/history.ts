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

/** The day of the oldest win, if any (one index step). */
export async function firstDay(): Promise<DayKey | undefined> {
  const db = await getDb();
  const cursor = await db.transaction('wins').store.index('day').openKeyCursor();
  return cursor?.key;
}

export async function countOn(day: DayKey): Promise<number> {
  return (await getDb()).countFromIndex('wins', 'day', day);
}

export async function allWins(): Promise<Win[]> {
  return (await getDb()).getAll('wins');
}
