// A small copy of today's list that pages can read synchronously, so the new
// tab and the popup paint today's wins with the page instead of after the
// database opens. Pure: the store decides when to write or forget it, this
// module says what it holds and when it may be believed. It is believed only
// for the day and the day-start hour it was made for, and only in its own
// format version; anything else means "paint nothing yet", never a guess.
import { type DayKey, dayKey, isDayKey } from './day';
import type { Win, WinKind } from './win-rules';

/** Where the copy lives in each page's synchronous key/value storage. */
export const SNAPSHOT_KEY = 'small-wins:today';
/** The writes in flight and a counter of finished ones (see utils/store/snapshot.ts). */
export const WRITES_KEY = 'small-wins:writes';
/** The height the chips took last time, per form, so the page keeps room for them. */
export const STEPS_HEIGHT_KEY = 'small-wins:steps-height';
/** The page's class while the chips' room is unknown (see components/wins/wins.css). */
export const STEPS_UNSIZED = 'steps-unsized';
/** Set (to '1') while the new tab should open with personal text hidden: read by the first paint. */
export const SCREEN_SAFE_KEY = 'smallWins.screenSafe';
/** The class on <html> that hides every personal text on the new tab. */
export const SCREEN_SAFE = 'screen-safe';

/** The reserved height for a form's chips from the stored value, if any. */
export function stepsHeightFrom(raw: string | null, id: string): number | undefined {
  try {
    const value = (JSON.parse(raw ?? '{}') as Record<string, unknown>)[id];
    return typeof value === 'number' && value > 0 && value < 2000 ? Math.round(value) : undefined;
  } catch {
    return undefined;
  }
}
export const SNAPSHOT_VERSION = 1;

export interface TodaySnapshot {
  v: typeof SNAPSHOT_VERSION;
  day: DayKey;
  dayStartHour: number;
  wins: Win[];
}

export interface TodayWins {
  day: DayKey;
  wins: Win[];
}

const KINDS: readonly WinKind[] = ['win', 'logoff', 'pause', 'recap'];

function isWin(value: unknown): value is Win {
  if (typeof value !== 'object' || value === null) return false;
  const w = value as Record<string, unknown>;
  return (
    typeof w.id === 'string' &&
    typeof w.text === 'string' &&
    typeof w.at === 'number' &&
    isDayKey(w.day) &&
    KINDS.includes(w.kind as WinKind) &&
    Array.isArray(w.tags) &&
    w.tags.every((tag) => typeof tag === 'string')
  );
}

export function encodeSnapshot(day: DayKey, dayStartHour: number, wins: readonly Win[]): string {
  const snapshot: TodaySnapshot = { v: SNAPSHOT_VERSION, day, dayStartHour, wins: [...wins] };
  return JSON.stringify(snapshot);
}

/**
 * Today's wins from a stored copy, or undefined when the copy is missing,
 * damaged, of another version, or made for a day that is not today under the
 * day start it was made with.
 */
export function todayFromSnapshot(raw: string | null, now: number): TodayWins | undefined {
  if (!raw) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const s = parsed as Record<string, unknown>;
  if (s.v !== SNAPSHOT_VERSION || !isDayKey(s.day)) return undefined;
  const hour = s.dayStartHour;
  if (typeof hour !== 'number' || !Number.isInteger(hour) || hour < 0 || hour > 23)
    return undefined;
  if (dayKey(now, hour) !== s.day) return undefined;
  if (!Array.isArray(s.wins) || !s.wins.every(isWin)) return undefined;
  const wins = (s.wins as Win[]).filter((w) => w.day === s.day).sort((a, b) => a.at - b.at);
  return { day: s.day, wins };
}
