// When a site's budget applies: optional active hours per site, as days of
// the week and a from–to time of day in local clock time. Outside them
// nothing is counted, no badge shows and no pause comes. A window may run
// overnight (22:00–02:00): it belongs to the day it starts on, so "Fridays,
// 22:00–02:00" includes Saturday 01:00. All arithmetic goes through local
// Date fields, so daylight-saving days stay right: an edge at a time that
// does not exist that night (02:30 in spring) falls at the first moment after
// (the jump, 03:00), an edge in an hour that repeats comes each time the clock
// reads it, and a window wholly inside a skipped hour is empty that night.
// Independent of the day start, which only decides which day usage goes to.

export interface ActiveHours {
  /** Weekdays the window starts on, 0 = Sunday, ascending, at least one. */
  days: number[];
  /** Minutes after local midnight, 0–1439; from ≠ to; from > to runs overnight. */
  from: number;
  to: number;
}

import { clockInstants, clockJumps } from './local-clock';

const MINUTES_A_DAY = 24 * 60;

const minuteOk = (n: unknown): n is number =>
  typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < MINUTES_A_DAY;

/** A stored value → valid active hours, or undefined (always active). */
export function normalizeActiveHours(value: unknown): ActiveHours | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (!Array.isArray(v.days) || !minuteOk(v.from) || !minuteOk(v.to) || v.from === v.to) {
    return undefined;
  }
  const days = [...new Set(v.days)]
    .filter((d): d is number => Number.isInteger(d) && d >= 0 && d <= 6)
    .sort((a, b) => a - b);
  return days.length === 0 ? undefined : { days, from: v.from, to: v.to };
}

/** Whether the budget applies at `now`; no active hours means always. */
export function isActive(hours: ActiveHours | undefined, now: number): boolean {
  if (!hours) return true;
  const d = new Date(now);
  const minute = d.getHours() * 60 + d.getMinutes();
  const today = d.getDay();
  const yesterday = (today + 6) % 7;
  if (hours.from < hours.to) {
    return hours.days.includes(today) && minute >= hours.from && minute < hours.to;
  }
  return (
    (hours.days.includes(today) && minute >= hours.from) ||
    (hours.days.includes(yesterday) && minute < hours.to)
  );
}

/** How far ahead an edge is looked for: a window that starts on one weekday recurs within 8 days. */
const DAYS_AHEAD = 8;

/**
 * The next instant after `now` when the budget starts or stops applying; null if never.
 * The answer is the first instant at which `isActive` changes. It changes only
 * when the clock reads `from` or `to` (each time it does: twice in a repeated
 * hour) or when the clock jumps (a window ending at 02:30 on a night that
 * skips from 02:00 to 03:00 ends at the jump, 03:00), so those instants are
 * the candidates, and the first whose state differs from now's is the edge.
 */
export function nextEdge(hours: ActiveHours | undefined, now: number): number | null {
  if (!hours) return null;
  const base = new Date(now);
  const activeNow = isActive(hours, now);
  const candidates: number[] = [];
  for (let k = -1; k <= DAYS_AHEAD; k++) {
    for (const minute of [hours.from, hours.to]) {
      candidates.push(
        ...clockInstants(base.getFullYear(), base.getMonth(), base.getDate() + k, minute),
      );
    }
  }
  const until = Math.max(...candidates);
  candidates.push(...clockJumps(now, until));
  const later = candidates.filter((c) => c > now).sort((a, b) => a - b);
  return later.find((c) => isActive(hours, c) !== activeNow) ?? null;
}
