// Active hours' next edge across every daylight-saving change of 2026 in six
// zones: skipped hours (an edge there falls at the jump), repeated hours (an
// edge there comes each time the clock reads it), windows wholly inside a gap
// (empty that night), half-hour (Lord Howe) and 45-minute (Chatham) offsets.
// Node follows the TZ variable when it is set at run time; each zone's block
// sets it, checks that it took, and puts Berlin (vitest.config.ts) back.
// Times are written with their offset, so the table reads the same anywhere.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ActiveHours, isActive, nextEdge } from '../../../utils/core/active-hours';

const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];
const hm = (clock: string) => {
  const [h = 0, m = 0] = clock.split(':').map(Number);
  return h * 60 + m;
};
const win = (from: string, to: string, days = EVERY_DAY): ActiveHours => ({
  days,
  from: hm(from),
  to: hm(to),
});
const t = (iso: string) => Date.parse(iso);
const MINUTE = 60_000;

/** The oracle: minute by minute, the first instant whose state differs from now's. */
function edgeByScan(hours: ActiveHours, now: number, limit = 2 * 1440): number | null {
  const state = isActive(hours, now);
  let m = Math.floor(now / MINUTE) * MINUTE + MINUTE;
  for (let i = 0; i < limit; i++, m += MINUTE) if (isActive(hours, m) !== state) return m;
  return null;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

interface Case {
  what: string;
  hours: ActiveHours;
  now: string;
  edge: string;
}

/** Each zone: its two changes in 2026 (the first instant on the new offset) and hand-made cases. */
const ZONES: Record<string, { jumps: string[]; cases: Case[] }> = {
  'America/New_York': {
    jumps: ['2026-03-08T07:00Z', '2026-11-01T06:00Z'],
    cases: [
      {
        what: 'a window ending in the skipped hour ends at the jump, not half an hour late',
        hours: win('23:00', '02:30', [6]),
        now: '2026-03-07T23:30-05:00',
        edge: '2026-03-08T03:00-04:00',
      },
      {
        what: 'a window wholly inside the skipped hour is empty that night; the next one starts',
        hours: win('02:10', '02:40'),
        now: '2026-03-08T01:00-05:00',
        edge: '2026-03-09T02:10-04:00',
      },
      {
        what: 'a window in the repeated hour starts again when the clock reads it again',
        hours: win('01:00', '01:30'),
        now: '2026-11-01T01:40-04:00',
        edge: '2026-11-01T01:00-05:00',
      },
      {
        what: 'and ends the second time too',
        hours: win('01:00', '01:30'),
        now: '2026-11-01T01:10-05:00',
        edge: '2026-11-01T01:30-05:00',
      },
    ],
  },
  'Europe/Berlin': {
    jumps: ['2026-03-29T01:00Z', '2026-10-25T01:00Z'],
    cases: [
      {
        what: 'a window ending at 02:30 on the spring night ends at 03:00',
        hours: win('01:00', '02:30'),
        now: '2026-03-29T01:30+01:00',
        edge: '2026-03-29T03:00+02:00',
      },
      {
        what: 'a window starting at 02:30 on the spring night starts at 03:00',
        hours: win('02:30', '05:00', [0]),
        now: '2026-03-29T01:00+01:00',
        edge: '2026-03-29T03:00+02:00',
      },
      {
        what: 'a window in the repeated hour comes back after the clock goes back',
        hours: win('02:15', '02:45'),
        now: '2026-10-25T02:50+02:00',
        edge: '2026-10-25T02:15+01:00',
      },
    ],
  },
  'America/Santiago': {
    jumps: ['2026-04-05T03:00Z', '2026-09-06T04:00Z'],
    cases: [
      {
        what: 'a 23:59 edge the first time the hour passes',
        hours: win('22:00', '23:59', [6]),
        now: '2026-04-04T23:30-03:00',
        edge: '2026-04-04T23:59-03:00',
      },
      {
        what: 'the clock going back to 23:00 starts the window again',
        hours: win('22:00', '23:59', [6]),
        now: '2026-04-04T23:59:30-03:00',
        edge: '2026-04-04T23:00-04:00',
      },
      {
        what: 'a 23:59 edge in the repeated hour is not skipped',
        hours: win('22:00', '23:59', [6]),
        now: '2026-04-04T23:30-04:00',
        edge: '2026-04-04T23:59-04:00',
      },
      {
        what: 'a window at the skipped midnight ends at the jump to 01:00',
        hours: win('23:00', '00:30', [6]),
        now: '2026-09-05T23:45-04:00',
        edge: '2026-09-06T01:00-03:00',
      },
    ],
  },
  'Asia/Beirut': {
    jumps: ['2026-03-28T22:00Z', '2026-10-24T21:00Z'],
    cases: [
      {
        what: 'a 23:59 edge in the repeated hour is not skipped',
        hours: win('23:00', '23:59', [6]),
        now: '2026-10-24T23:10+02:00',
        edge: '2026-10-24T23:59+02:00',
      },
      {
        what: 'an overnight window ending in the skipped hour ends at the jump',
        hours: win('23:00', '00:30', [6]),
        now: '2026-03-28T23:30+02:00',
        edge: '2026-03-29T01:00+03:00',
      },
      {
        what: 'a window wholly inside the skipped hour waits for next week',
        hours: win('00:00', '00:30', [0]),
        now: '2026-03-28T23:00+02:00',
        edge: '2026-04-05T00:00+03:00',
      },
    ],
  },
  'Australia/Lord_Howe': {
    jumps: ['2026-04-04T15:00Z', '2026-10-03T15:30Z'],
    cases: [
      {
        what: 'a half-hour jump cuts a window ending at 02:15 at 02:30',
        hours: win('01:00', '02:15'),
        now: '2026-10-04T01:30+10:30',
        edge: '2026-10-04T02:30+11:00',
      },
      {
        what: 'a half-hour repeat brings a window back',
        hours: win('01:40', '01:50'),
        now: '2026-04-05T01:55+11:00',
        edge: '2026-04-05T01:40+10:30',
      },
    ],
  },
  'Pacific/Chatham': {
    jumps: ['2026-04-04T14:00Z', '2026-09-26T14:00Z'],
    cases: [
      {
        what: 'a window wholly inside the skipped hour is empty that night',
        hours: win('03:00', '03:30'),
        now: '2026-09-27T02:00+12:45',
        edge: '2026-09-28T03:00+13:45',
      },
      {
        what: 'a window ending in the skipped hour ends at the jump to 03:45',
        hours: win('02:30', '03:00'),
        now: '2026-09-27T02:40+12:45',
        edge: '2026-09-27T03:45+13:45',
      },
      {
        what: 'a window in the repeated hour comes back at its second 03:00',
        hours: win('03:00', '03:30'),
        now: '2026-04-05T03:40+13:45',
        edge: '2026-04-05T03:00+12:45',
      },
    ],
  },
};

for (const [zone, { jumps, cases }] of Object.entries(ZONES)) {
  describe(`active hours in ${zone}`, () => {
    let before: string | undefined;
    beforeAll(() => {
      before = process.env.TZ;
      process.env.TZ = zone;
    });
    afterAll(() => {
      process.env.TZ = before;
    });

    it('runs in that zone: the clock changes its offset at each listed instant', () => {
      for (const jump of jumps.map(t)) {
        expect(new Date(jump - 1).getTimezoneOffset()).not.toBe(new Date(jump).getTimezoneOffset());
      }
    });

    it.each(cases)('$what', ({ hours, now, edge }) => {
      expect(iso(nextEdge(hours, t(now)))).toBe(iso(t(edge)));
    });

    it('finds the same edge as a minute-by-minute look, around each change', () => {
      for (const jump of jumps.map(t)) {
        const clock = (ms: number) => {
          const d = new Date(ms);
          return d.getHours() * 60 + d.getMinutes();
        };
        // Edge times on each side of the jump, inside a gap or repeat, and at midnight.
        const before = clock(jump - MINUTE) + 1;
        const after = clock(jump);
        const minutes = [
          ...new Set(
            [before - 30, before, before + 15, after, after + 15, 1439, 0].map(
              (m) => (m + 1440) % 1440,
            ),
          ),
        ];
        const mismatches: string[] = [];
        for (const from of minutes) {
          for (const to of minutes) {
            if (from === to) continue;
            const hours = { days: EVERY_DAY, from, to };
            for (let now = jump - 2 * 3600_000; now <= jump + 2 * 3600_000; now += 20 * MINUTE) {
              const got = iso(nextEdge(hours, now));
              const want = iso(edgeByScan(hours, now));
              if (got !== want) mismatches.push(`${from}–${to} at ${iso(now)}: ${got} ≠ ${want}`);
            }
          }
        }
        expect(mismatches).toEqual([]);
      }
    });
  });
}
