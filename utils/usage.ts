// Stored time on limited sites: one record per (day, site). The worker adds
// to it on every transition so nothing is lost when it is stopped.
import type { UsageRecord } from './db';
import { getDb } from './db';
import { announce } from './messages';
import type { DayUsage } from './tracker';

export async function readDayUsage(day: string): Promise<Record<string, DayUsage>> {
  const db = await getDb();
  const records = await db.getAllFromIndex('usage', 'day', day);
  return Object.fromEntries(records.map((r) => [r.host, { ms: r.ms, grantedMs: r.grantedMs }]));
}

export async function addUsage(day: string, host: string, ms: number): Promise<void> {
  if (ms <= 0) return;
  const db = await getDb();
  const tx = db.transaction('usage', 'readwrite');
  const current = await tx.store.get([day, host]);
  const record: UsageRecord = current ?? { day, host, ms: 0, grantedMs: 0 };
  await tx.store.put({ ...record, ms: record.ms + ms });
  await tx.done;
  announce({ type: 'usage-changed', day });
}

export async function setDayUsage(day: string, host: string, usage: DayUsage): Promise<void> {
  const db = await getDb();
  await db.put('usage', { day, host, ms: usage.ms, grantedMs: usage.grantedMs });
  announce({ type: 'usage-changed', day });
}
