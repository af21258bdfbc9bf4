// The browser's clock and zone as a test input. A run can start Chromium at a
// chosen wall time in a chosen zone (23:59:30 on 31 December; a minute before
// a daylight-saving change), so the views that depend on the day are proven
// on the nights the calendar turns, not only on the day the suite happens to
// run. The clock is moved for the whole browser (worker and pages alike) by
// libfaketime, preloaded into it with a fixed offset from the real clock, so
// it keeps ticking at the real rate and every process of the browser agrees.
// The test process keeps the real clock: a test that reads its own clock for
// "today" instead of asking the extension shows up as a failure here.
import { existsSync } from 'node:fs';

/** A wall time in a zone, e.g. { at: '2026-12-31T23:59:30', zone: 'Pacific/Auckland' }. */
export interface BrowserClock {
  at: string;
  zone: string;
}

const LIBRARIES = [
  '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1',
  '/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1',
];

/** The zone's offset from UTC (ms, east positive) at an instant. */
function zoneOffset(zone: string, at: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(at);
  const field = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(
    field('year'),
    field('month') - 1,
    field('day'),
    field('hour'),
    field('minute'),
    field('second'),
  );
  return wall - Math.floor(at / 1000) * 1000;
}

/** The instant at which the zone's clocks read `at` (the earlier one where a reading repeats). */
export function instantOf({ at, zone }: BrowserClock): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/.exec(at);
  if (!match) throw new Error(`A browser clock reads YYYY-MM-DDTHH:MM:SS, not "${at}"`);
  const [y, mo, d, h, mi, s] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  const candidates = [wall - zoneOffset(zone, wall - 86_400_000), wall - zoneOffset(zone, wall)];
  const exact = candidates.filter((t) => t + zoneOffset(zone, t) === wall).sort((a, b) => a - b);
  if (exact.length === 0) throw new Error(`${at} never shows on the clocks of ${zone}`);
  return exact[0] as number;
}

/** Where libfaketime is on this machine, if it is. */
export function fakeTimeLibrary(): string | undefined {
  return LIBRARIES.find((path) => existsSync(path));
}

/** The environment that starts a browser on `clock`, given the real time now. */
export function clockEnv(clock: BrowserClock, now: number): Record<string, string> {
  const library = fakeTimeLibrary();
  if (!library) {
    throw new Error(
      'A run on a chosen clock needs libfaketime: install it (sudo apt-get install faketime).',
    );
  }
  const seconds = Math.round((instantOf(clock) - now) / 1000);
  return {
    LD_PRELOAD: library,
    FAKETIME: `${seconds >= 0 ? '+' : ''}${seconds}`,
    TZ: clock.zone,
  };
}

/**
 * A fixed-offset zone (Etc/GMT±N) whose clocks read `hour` o'clock at `now`:
 * a browser started in it lives that hour of its own day, whatever the hour
 * the suite runs at, with no clock moved.
 */
export function zoneAtHour(hour: number, now: number): string {
  const utcHour = new Date(now).getUTCHours();
  let east = (((hour - utcHour) % 24) + 24) % 24;
  if (east > 14) east -= 24;
  // The Etc zones count the other way: Etc/GMT-5 is five hours east of UTC.
  return east === 0 ? 'Etc/GMT' : `Etc/GMT${east > 0 ? '-' : '+'}${Math.abs(east)}`;
}
