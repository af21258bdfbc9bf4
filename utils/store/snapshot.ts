// Keeps the synchronous copy of today's list (utils/core/today-snapshot.ts)
// true. Every write of wins calls `beginWinWrite` before it touches the
// database (the copy is dropped and the write is marked in flight) and
// `endWinWrite` after (the mark is lifted). Any read of today's list may write
// the copy back, but only if no write was in flight and none finished while it
// read, so a slow read never puts back a deleted win or an old text. A page
// that closes mid-write leaves no copy at all: the next page paints a moment
// later instead of wrongly. The worker has no such storage and writes no wins.
import { dayKey } from '@/utils/core/day';
import {
  encodeSnapshot,
  SCREEN_SAFE_KEY,
  SNAPSHOT_KEY,
  STEPS_HEIGHT_KEY,
  STEPS_UNSIZED,
  stepsHeightFrom,
  type TodayWins,
  todayFromSnapshot,
  WRITES_KEY,
} from '@/utils/core/today-snapshot';
import type { Win } from '@/utils/core/win-rules';

/** A write that never ended (its page closed) stops counting after this. */
const WRITE_LIFETIME_MS = 60_000;

interface Writes {
  seq: number;
  open: Record<string, number>;
}

const area = (): Storage | undefined =>
  typeof localStorage === 'undefined' ? undefined : localStorage;

function readWrites(store: Storage, now: number): Writes {
  try {
    const parsed = JSON.parse(store.getItem(WRITES_KEY) ?? 'null') as Writes | null;
    if (parsed && typeof parsed.seq === 'number' && typeof parsed.open === 'object') {
      const open = Object.fromEntries(
        Object.entries(parsed.open).filter(([, at]) => now - at < WRITE_LIFETIME_MS),
      );
      return { seq: parsed.seq, open };
    }
  } catch {
    // damaged: start again; the copy is dropped below by whoever writes next
  }
  return { seq: 0, open: {} };
}

function saveWrites(store: Storage, writes: Writes): void {
  store.setItem(WRITES_KEY, JSON.stringify(writes));
}

/** Marks a write of wins as started and drops the copy. Returns its ticket. */
export function beginWinWrite(now = Date.now()): string | undefined {
  const store = area();
  if (!store) return undefined;
  const token = `${now}-${Math.random().toString(36).slice(2)}`;
  const writes = readWrites(store, now);
  writes.seq++;
  writes.open[token] = now;
  store.removeItem(SNAPSHOT_KEY);
  saveWrites(store, writes);
  return token;
}

/** Marks a write as finished (whether it succeeded or not). */
export function endWinWrite(token: string | undefined, now = Date.now()): void {
  const store = area();
  if (!store || token === undefined) return;
  const writes = readWrites(store, now);
  writes.seq++;
  delete writes.open[token];
  saveWrites(store, writes);
}

/** Drops the copy and makes reads already under way discard what they read. */
export function invalidateSnapshot(now = Date.now()): void {
  const store = area();
  if (!store) return;
  const writes = readWrites(store, now);
  writes.seq++;
  store.removeItem(SNAPSHOT_KEY);
  saveWrites(store, writes);
}

/** Removes every key the copy uses ("Delete everything"). */
export function forgetSnapshot(): void {
  const store = area();
  if (!store) return;
  store.removeItem(SNAPSHOT_KEY);
  store.removeItem(WRITES_KEY);
  store.removeItem(STEPS_HEIGHT_KEY);
}

/** The room a form's chips took last time (0 when unknown). */
export function stepsHeight(id: string): number {
  return stepsHeightFrom(area()?.getItem(STEPS_HEIGHT_KEY) ?? null, id) ?? 0;
}

/** Remembers the room a form's chips take, for the next opening. */
/** Shows what the first paint kept unseen below the chips while their room was unknown. */
export function revealBelowSteps(): void {
  document.documentElement.classList.remove(STEPS_UNSIZED);
}

export function rememberStepsHeight(id: string, px: number): void {
  const store = area();
  if (!store || stepsHeight(id) === Math.round(px)) return;
  try {
    const all = JSON.parse(store.getItem(STEPS_HEIGHT_KEY) ?? '{}') as Record<string, number>;
    store.setItem(STEPS_HEIGHT_KEY, JSON.stringify({ ...all, [id]: Math.round(px) }));
  } catch {
    store.setItem(STEPS_HEIGHT_KEY, JSON.stringify({ [id]: Math.round(px) }));
  }
}

/** Taken before reading a day's wins: -1 when a write is in flight. */
export function readTicket(now = Date.now()): number {
  const store = area();
  if (!store) return -1;
  const writes = readWrites(store, now);
  return Object.keys(writes.open).length > 0 ? -1 : writes.seq;
}

/**
 * Writes the copy from a read of `day` that started with `ticket`, if that
 * day is today under `dayStartHour` and nothing was written meanwhile.
 */
export function rememberDay(
  ticket: number,
  day: string,
  dayStartHour: number,
  wins: readonly Win[],
  now = Date.now(),
): boolean {
  const store = area();
  if (!store || ticket < 0 || dayKey(now, dayStartHour) !== day) return false;
  if (readTicket(now) !== ticket) return false;
  try {
    store.setItem(SNAPSHOT_KEY, encodeSnapshot(day, dayStartHour, wins));
    return true;
  } catch {
    // Full: no copy is better than an old one.
    store.removeItem(SNAPSHOT_KEY);
    return false;
  }
}

/** Today's wins as the copy has them, if it may be believed now. */
export function snapshotToday(now = Date.now()): TodayWins | undefined {
  const store = area();
  return store ? todayFromSnapshot(store.getItem(SNAPSHOT_KEY), now) : undefined;
}

/** Whether this context keeps a copy at all (pages do, the worker does not). */
export function keepsSnapshot(): boolean {
  return area() !== undefined;
}

/** Remembers whether the new tab opens hidden, where its first paint can read it at once. */
export function rememberScreenSafe(on: boolean): void {
  try {
    const store = area();
    if (on) store?.setItem(SCREEN_SAFE_KEY, '1');
    else store?.removeItem(SCREEN_SAFE_KEY);
  } catch {
    // storage switched off: the page hides itself once the settings are read
  }
}
