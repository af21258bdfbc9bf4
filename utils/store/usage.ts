// Stored time on limited sites: one record per (day, site). The worker adds
// to it on every transition so nothing is lost when it is stopped, and counts
// each pause shown there.
import type { DayKey } from '@/utils/core/day';
import type { DayUsage } from '@/utils/core/tracker';
import type { UsageRecord } from '@/utils/core/usage';
import { announce } from '@/utils/messages';
import { getDb } from './db';

export async function readDayUsage(day: DayKey): Promise<Record<string, DayUsage>> {
  const db = await getDb();
  const records = await db.getAllFromIndex('usage', 'day', day);
  return Object.fromEntries(records.map((r) => [r.host, { ms: r.ms, grantedMs: r.grantedMs }]));
}

export async function usageRange(from: DayKey, to: DayKey): Promise<UsageRecord[]> {
  const db = await getDb();
  return db.getAllFromIndex('usage', 'day', IDBKeyRange.bound(from, to));
}

/** Changes one day's record of a site in one transaction, so no other write is lost. */
async function updateUsage(
  day: DayKey,
  host: string,
  change: (record: UsageRecord) => UsageRecord,
): Promise<void> {
  const db = await getDb();
  const tx = db.transaction('usage', 'readwrite');
  const current = await tx.store.get([day, host]);
  await tx.store.put(change(current ?? { day, host, ms: 0, grantedMs: 0 }));
  await tx.done;
  announce('usage');
}

export async function addUsage(day: DayKey, host: string, ms: number): Promise<void> {
  if (ms <= 0) return;
  await updateUsage(day, host, (record) => ({ ...record, ms: record.ms + ms }));
}

/** One more pause shown for the site that day. */
export async function countPause(day: DayKey, host: string): Promise<void> {
  await updateUsage(day, host, (record) => ({ ...record, pauses: (record.pauses ?? 0) + 1 }));
}

/** The time and grant of a day (more minutes), keeping the day's pauses. */
export async function setDayUsage(day: DayKey, host: string, usage: DayUsage): Promise<void> {
  await updateUsage(day, host, (record) => ({
    ...record,
    ms: usage.ms,
    grantedMs: usage.grantedMs,
  }));
}
