// Day keys ('YYYY-MM-DD') in the user's local time, with a configurable start
// of day for night owls: a win at 01:30 with a 04:00 day start belongs to the
// day before. Calendar arithmetic goes through local Date fields, never by
// adding 24 h, so daylight-saving days of 23 or 25 hours stay one day.

export type DayKey = string;

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function keyOfLocalDate(d: Date): DayKey {
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The user's day that the instant `now` belongs to. */
export function dayKey(now: number, dayStartHour = 0): DayKey {
  const d = new Date(now);
  if (d.getHours() < dayStartHour) {
    return keyOfLocalDate(new Date(d.getFullYear(), d.getMonth(), d.getDate() - 1));
  }
  return keyOfLocalDate(d);
}

export function isDayKey(value: unknown): value is DayKey {
  if (typeof value !== 'string') return false;
  const m = DAY_KEY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(y, mo - 1, d);
  return date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d;
}

/** Local midnight of the calendar date a key names (noon-safe parsing). */
export function dateOfDay(key: DayKey): Date {
  const m = DAY_KEY.exec(key);
  if (!m) throw new RangeError(`not a day key: ${key}`);
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

export function addDays(key: DayKey, n: number): DayKey {
  const d = dateOfDay(key);
  return keyOfLocalDate(new Date(d.getFullYear(), d.getMonth(), d.getDate() + n));
}

/** The instant the user's day `key` starts (its local day-start hour). */
export function dayStart(key: DayKey, dayStartHour = 0): number {
  const d = dateOfDay(key);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate(), dayStartHour).getTime();
}

/** The instant the next user day starts after `now`. */
export function nextDayStart(now: number, dayStartHour = 0): number {
  return dayStart(addDays(dayKey(now, dayStartHour), 1), dayStartHour);
}

/** How long until the next user day starts: what a page waits before turning the page. */
export function msUntilNextDay(now: number, dayStartHour = 0): number {
  return Math.max(0, nextDayStart(now, dayStartHour) - now);
}
