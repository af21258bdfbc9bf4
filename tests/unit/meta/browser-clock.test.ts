// The clock a browser run can be started on: a wall time in a zone becomes
// the right instant, including around daylight-saving changes, and the
// environment moves the browser's clock by exactly the distance to it.
import { describe, expect, it } from 'vitest';
import { clockEnv, instantOf } from '../../../scripts/lib/clock';

describe('a browser clock', () => {
  it('finds the instant a zone reads a wall time', () => {
    expect(instantOf({ at: '2026-12-31T23:59:30', zone: 'UTC' })).toBe(
      Date.UTC(2026, 11, 31, 23, 59, 30),
    );
    // Auckland is 13 hours ahead in its summer.
    expect(instantOf({ at: '2026-12-31T23:59:30', zone: 'Pacific/Auckland' })).toBe(
      Date.UTC(2026, 11, 31, 10, 59, 30),
    );
  });

  it('refuses a reading a zone skips, and takes the first of one it repeats', () => {
    // Berlin skips 02:00–03:00 on 28 March 2027 and repeats it on 31 October 2027.
    expect(() => instantOf({ at: '2027-03-28T02:30:00', zone: 'Europe/Berlin' })).toThrow(
      /never shows/,
    );
    expect(instantOf({ at: '2027-03-28T01:59:30', zone: 'Europe/Berlin' })).toBe(
      Date.UTC(2027, 2, 28, 0, 59, 30),
    );
    expect(instantOf({ at: '2027-10-31T02:30:00', zone: 'Europe/Berlin' })).toBe(
      Date.UTC(2027, 9, 31, 0, 30, 0),
    );
  });

  it('refuses a reading written another way', () => {
    expect(() => instantOf({ at: '31/12/2026 23:59', zone: 'UTC' })).toThrow(/YYYY-MM-DD/);
  });

  it('moves the browser by the distance to the reading, in its zone', () => {
    const now = Date.UTC(2026, 11, 6, 17, 0, 0);
    const env = clockEnv({ at: '2026-12-31T23:59:30', zone: 'UTC' }, now);
    expect(env.FAKETIME).toBe(`+${(Date.UTC(2026, 11, 31, 23, 59, 30) - now) / 1000}`);
    expect(env.TZ).toBe('UTC');
    expect(env.LD_PRELOAD).toMatch(/libfaketime\.so\.1$/);
    const past = clockEnv({ at: '2026-12-06T16:59:00', zone: 'UTC' }, now);
    expect(past.FAKETIME).toBe('-60');
  });
});
