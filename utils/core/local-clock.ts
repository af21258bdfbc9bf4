// Local clock time against real instants, for rules written in clock time
// (active hours). A clock reading can happen once, never (the hour skipped
// when daylight saving starts) or twice (the hour repeated when it ends),
// and the clock jumps at each change of offset; a rule that asks "when does
// the clock next read 02:30" must see all three. Only Date's own local
// fields and offsets are used, so this follows the zone the runtime is in.
// Pure: no `now` of its own.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** No zone changes its offset twice within this span (the real minimum is months). */
const SAMPLE = HOUR;

const offsetAt = (t: number) => new Date(t).getTimezoneOffset();

/**
 * Every instant whose local clock reads `minute` (after midnight) on the
 * calendar day `year-month-day` (month from 0, day may overflow as in Date):
 * none when that time is skipped, two when it repeats.
 */
export function clockInstants(year: number, month: number, day: number, minute: number): number[] {
  const wall = Date.UTC(year, month, day, Math.floor(minute / 60), minute % 60);
  // The offsets in force around that reading; a reading exists under an
  // offset only if the instant it names really has that offset.
  const offsets = new Set([-36, 0, 36].map((h) => offsetAt(wall + h * HOUR)));
  return [...offsets]
    .map((offset) => wall + offset * MINUTE)
    .filter((t) => offsetAt(t) * MINUTE === t - wall)
    .sort((a, b) => a - b);
}

/** The first instant with a new offset, given offsets differ at `lo` and `hi` (lo < hi). */
function changeBetween(lo: number, hi: number): number {
  const before = offsetAt(lo);
  let a = Math.floor(lo / MINUTE);
  let b = Math.ceil(hi / MINUTE);
  while (b - a > 1) {
    const mid = Math.floor((a + b) / 2);
    if (offsetAt(mid * MINUTE) === before) a = mid;
    else b = mid;
  }
  return b * MINUTE;
}

/** The instants in (from, to] at which the local clock jumps (daylight saving starts or ends). */
export function clockJumps(from: number, to: number): number[] {
  const jumps: number[] = [];
  for (let t = from; t < to; t += SAMPLE) {
    const next = Math.min(t + SAMPLE, to);
    if (offsetAt(t) !== offsetAt(next)) jumps.push(changeBetween(t, next));
  }
  return jumps;
}
