// Active hours as a rule of local clock time: window edges, overnight
// windows, and daylight-saving nights (the tests run in Europe/Berlin).
import { describe, expect, it } from 'vitest';
import { isActive, nextEdge, normalizeActiveHours } from '../../../utils/core/active-hours';
import { normalizeSettings } from '../../../utils/core/settings';

const WEEKDAYS = [1, 2, 3, 4, 5];
const nineToFive = { days: WEEKDAYS, from: 9 * 60, to: 17 * 60 };
const lateNight = { days: [5], from: 22 * 60, to: 2 * 60 }; // Fridays 22:00–02:00
// 2026-11-20 is a Friday.
const at = (day: number, h: number, m = 0) => new Date(2026, 10, day, h, m).getTime();

describe('active hours', () => {
  it.each([
    [at(20, 8, 59), false],
    [at(20, 9, 0), true],
    [at(20, 16, 59), true],
    [at(20, 17, 0), false],
    [at(21, 12, 0), false], // Saturday
  ])('weekdays 9:00–17:00 at %s: %s', (now, active) => {
    expect(isActive(nineToFive, now)).toBe(active);
  });

  it.each([
    [at(20, 21, 59), false],
    [at(20, 22, 0), true],
    [at(21, 1, 59), true], // Saturday night belongs to Friday's window
    [at(21, 2, 0), false],
    [at(21, 23, 0), false], // Saturday 22:00 is not a window start
    [at(20, 1, 0), false], // Friday 01:00 would be Thursday's window
  ])('Fridays 22:00–02:00 at %s: %s', (now, active) => {
    expect(isActive(lateNight, now)).toBe(active);
  });

  it('is always active without hours, and then has no edges', () => {
    expect(isActive(undefined, at(21, 3))).toBe(true);
    expect(nextEdge(undefined, at(21, 3))).toBeNull();
  });

  it('finds the next start and end, across the weekend and overnight', () => {
    expect(nextEdge(nineToFive, at(20, 12))).toBe(at(20, 17));
    expect(nextEdge(nineToFive, at(20, 17))).toBe(at(23, 9)); // Friday evening → Monday
    expect(nextEdge(lateNight, at(20, 23))).toBe(at(21, 2));
    expect(nextEdge(lateNight, at(21, 2))).toBe(at(27, 22));
  });

  it('keeps clock times over daylight-saving nights', () => {
    const always = { days: [0, 1, 2, 3, 4, 5, 6], from: 60, to: 4 * 60 }; // 01:00–04:00
    // Spring: 2026-03-29 has no 02:00–03:00; the window is two real hours.
    const spring = new Date(2026, 2, 29, 0, 30).getTime();
    expect(nextEdge(always, spring)).toBe(new Date(2026, 2, 29, 1).getTime());
    expect(nextEdge(always, new Date(2026, 2, 29, 1).getTime())).toBe(
      new Date(2026, 2, 29, 4).getTime(),
    );
    expect(new Date(2026, 2, 29, 4).getTime() - new Date(2026, 2, 29, 1).getTime()).toBe(
      2 * 3600_000,
    );
    // Autumn: 2026-10-25 repeats 02:00–03:00; 04:00 local still ends it.
    const autumnEnd = nextEdge(always, new Date(2026, 9, 25, 1, 30).getTime());
    expect(new Date(autumnEnd ?? 0).getHours()).toBe(4);
    // An edge at a time that does not exist falls at the jump: 03:00 is
    // already past 02:30 on the clock.
    const halfPastTwo = { days: [0], from: 2 * 60 + 30, to: 5 * 60 };
    expect(nextEdge(halfPastTwo, new Date(2026, 2, 29, 1).getTime())).toBe(
      new Date(2026, 2, 29, 3, 0).getTime(),
    );
  });

  it('repairs or drops what is stored', () => {
    expect(normalizeActiveHours({ days: [5, 1, 1, 9], from: 540, to: 1020 })).toEqual({
      days: [1, 5],
      from: 540,
      to: 1020,
    });
    expect(normalizeActiveHours({ days: [], from: 540, to: 1020 })).toBeUndefined();
    expect(normalizeActiveHours({ days: [1], from: 540, to: 540 })).toBeUndefined();
    expect(normalizeActiveHours({ days: [1], from: 540, to: 1440 })).toBeUndefined();
    expect(normalizeActiveHours('9-5')).toBeUndefined();
  });

  it('goes through the settings: kept when valid, dropped (every hour) when not', () => {
    const settings = normalizeSettings({
      sites: [
        { host: 'a.test', label: 'a.test', dailyMinutes: 5, activeHours: nineToFive },
        { host: 'b.test', label: 'b.test', dailyMinutes: 5, activeHours: { days: [] } },
      ],
    });
    expect(settings.sites).toEqual([
      { host: 'a.test', label: 'a.test', dailyMinutes: 5, activeHours: nineToFive },
      { host: 'b.test', label: 'b.test', dailyMinutes: 5 },
    ]);
  });
});
