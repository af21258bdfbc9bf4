// Day keys under the person's own day start, across midnight, DST and leap years.
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayKey,
  dayStart,
  isDayKey,
  msUntilNextDay,
  nextDayStart,
} from '../../../utils/core/day';

// The suite runs in Europe/Berlin (vitest.config.ts): DST starts 2026-03-29
// 02:00 -> 03:00 and ends 2026-10-25 03:00 -> 02:00.
const local = (y: number, mo: number, d: number, h = 0, mi = 0) =>
  new Date(y, mo - 1, d, h, mi).getTime();

describe('dayKey', () => {
  it('uses the local calendar date', () => {
    expect(dayKey(local(2026, 11, 22, 0, 0))).toBe('2026-11-22');
    expect(dayKey(local(2026, 11, 22, 23, 59))).toBe('2026-11-22');
    expect(dayKey(local(2026, 11, 22, 23, 59) + 60_000)).toBe('2026-11-23');
  });

  it('is not UTC: 00:30 local is still the new local day', () => {
    // 00:30 in Berlin is 23:30 UTC of the previous day.
    const t = local(2026, 1, 10, 0, 30);
    expect(new Date(t).toISOString().slice(0, 10)).toBe('2026-01-09');
    expect(dayKey(t)).toBe('2026-01-10');
  });

  it('keeps the early hours on the previous day with a later day start', () => {
    expect(dayKey(local(2026, 11, 22, 3, 59), 4)).toBe('2026-11-21');
    expect(dayKey(local(2026, 11, 22, 4, 0), 4)).toBe('2026-11-22');
    expect(dayKey(local(2026, 1, 1, 1, 0), 4)).toBe('2025-12-31');
    expect(dayKey(local(2024, 3, 1, 2, 0), 4)).toBe('2024-02-29');
  });

  it('handles the spring-forward night', () => {
    expect(dayKey(local(2026, 3, 29, 1, 59))).toBe('2026-03-29');
    expect(dayKey(local(2026, 3, 29, 3, 0))).toBe('2026-03-29');
    expect(dayKey(local(2026, 3, 28, 23, 30) + 60 * 60_000)).toBe('2026-03-29');
    // a 23-hour day: its start plus 23 h is the next day
    expect(dayKey(dayStart('2026-03-29') + 23 * 3600_000)).toBe('2026-03-30');
    expect(dayKey(dayStart('2026-03-29') + 23 * 3600_000 - 1)).toBe('2026-03-29');
  });

  it('handles the fall-back night', () => {
    // a 25-hour day: 24 h after its start is still the same day
    expect(dayKey(dayStart('2026-10-25') + 24 * 3600_000)).toBe('2026-10-25');
    expect(dayKey(dayStart('2026-10-25') + 25 * 3600_000)).toBe('2026-10-26');
  });
});

describe('day arithmetic', () => {
  it('adds calendar days across months, years, leap days and DST', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-25', -1)).toBe('2026-10-24');
    expect(addDays('2026-11-22', -365)).toBe('2025-11-22');
  });

  it('finds the next day start with and without a day-start hour', () => {
    expect(nextDayStart(local(2026, 11, 22, 15))).toBe(local(2026, 11, 23));
    expect(nextDayStart(local(2026, 11, 22, 2), 4)).toBe(local(2026, 11, 22, 4));
    expect(nextDayStart(local(2026, 3, 28, 12))).toBe(local(2026, 3, 29));
    expect(nextDayStart(local(2026, 3, 29, 12)) - local(2026, 3, 29)).toBe(23 * 3600_000);
  });

  it('says how long a page waits for the next day, across a short daylight-saving night', () => {
    expect(msUntilNextDay(local(2026, 11, 22, 23, 59))).toBe(60_000);
    expect(msUntilNextDay(local(2026, 11, 23, 3, 30), 4)).toBe(30 * 60_000);
    expect(msUntilNextDay(local(2026, 3, 28, 23))).toBe(3600_000);
    expect(msUntilNextDay(local(2026, 3, 29, 1))).toBe(22 * 3600_000);
  });

  it('recognises only real calendar days', () => {
    expect(isDayKey('2024-02-29')).toBe(true);
    expect(isDayKey('2025-02-29')).toBe(false);
    expect(isDayKey('2026-13-01')).toBe(false);
    expect(isDayKey('2026-1-01')).toBe(false);
    expect(isDayKey(20261122)).toBe(false);
  });
});
