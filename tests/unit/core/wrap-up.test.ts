// The wrap-up's figures on seeded years: a leap year, a 04:00 day start, a
// year with no wins and one with a single win; the grid's months and the
// closing line chosen for what the year held.
import { describe, expect, it } from 'vitest';
import { makeWin, type Win } from '../../../utils/core/win-rules';
import { minutesTakenBack, spanFigures } from '../../../utils/core/wrap-up';
import {
  calendarYear,
  daysBetween,
  monthStarts,
  weeksBetween,
} from '../../../utils/core/year-grid';

let n = 0;
function win(at: Date, extra: Partial<Win> = {}, dayStartHour = 0): Win {
  const made = makeWin(
    { text: extra.text ?? `win ${n}` },
    { now: at.getTime(), id: `w${n++}`, dayStartHour },
  );
  if (!made.ok) throw new Error('bad seed');
  return { ...made.win, ...extra };
}

const year = (y: number, wins: Win[], usage = [], rules = []) => {
  const { from, to } = calendarYear(y);
  return spanFigures(from, to, wins, usage, rules);
};

describe('a year of small wins', () => {
  it('counts days with a win, wins, kinds, tags, the first win and the busiest month and weekday', () => {
    const wins = [
      win(new Date(2024, 0, 3, 9), { text: 'First #health', tags: ['health'] }),
      win(new Date(2024, 1, 29, 9), { text: 'Leap day #health', tags: ['health'] }),
      win(new Date(2024, 1, 29, 18), { kind: 'recap', tags: ['recap', 'family'] }),
      win(new Date(2024, 2, 5, 9), { proud: true, tags: ['work'] }),
      win(new Date(2024, 2, 12, 9)),
      win(new Date(2024, 2, 19, 9), { kind: 'logoff', site: 'social.test', minutes: 20 }),
      win(new Date(2023, 11, 31, 9), { text: 'Last year' }),
    ];
    const f = year(2024, wins);
    expect(f.wins).toBe(6);
    expect(f.daysWithWin).toBe(5);
    expect(f.firstWin?.text).toBe('First #health');
    expect(f.proud).toHaveLength(1);
    expect(f.kinds).toEqual([
      { kind: 'win', count: 4 },
      { kind: 'logoff', count: 1 },
      { kind: 'recap', count: 1 },
    ]);
    expect(f.tags).toEqual([
      { tag: 'health', count: 2 },
      { tag: 'family', count: 1 },
      { tag: 'work', count: 1 },
    ]);
    expect(f.perMonth.slice(0, 3)).toEqual([1, 2, 3]);
    expect(f.bestMonth).toEqual({ month: 2, count: 3 });
    // 5, 12 and 19 March 2024 were Tuesdays.
    expect(f.bestWeekday).toEqual({ weekday: 2, count: 3 });
    expect(f.logoffs).toBe(1);
    expect(f.closing).toEqual({ kind: 'showingUp', days: 5 });
  });

  it('files a win made before a 04:00 day start under the day before, and so the year before', () => {
    const late = win(new Date(2025, 0, 1, 2, 30), { text: 'New year night' }, 4);
    expect(late.day).toBe('2024-12-31');
    expect(year(2024, [late]).wins).toBe(1);
    expect(year(2025, [late]).wins).toBe(0);
  });

  it('has a warm word for a quiet year and for a year with one win', () => {
    expect(year(2024, []).closing).toEqual({ kind: 'quiet' });
    expect(year(2024, []).bestMonth).toBeUndefined();
    expect(year(2024, [win(new Date(2024, 5, 1, 9))]).closing).toEqual({ kind: 'single' });
  });

  it('closes on proud moments when there were several', () => {
    const wins = [1, 2, 3].map((d) => win(new Date(2024, 4, d, 9), { proud: true }));
    expect(year(2024, wins).closing).toEqual({ kind: 'proud', count: 3 });
  });

  it('counts the minutes log-offs took back: budget left on those days, for sites still limited', () => {
    const wins = [
      win(new Date(2024, 4, 1, 9), { kind: 'logoff', site: 'social.test' }),
      win(new Date(2024, 4, 1, 10), { kind: 'logoff', site: 'social.test' }),
      win(new Date(2024, 4, 2, 9), { kind: 'logoff', site: 'gone.test' }),
    ];
    const usage = [
      { day: '2024-05-01', host: 'social.test', ms: 12 * 60_000, grantedMs: 5 * 60_000 },
    ];
    const rules = [{ host: 'social.test', label: 'social.test', dailyMinutes: 30 }];
    expect(minutesTakenBack(wins, usage, rules)).toBe(23);
  });
});

describe('the year as a grid', () => {
  it('covers every day of a leap year in Monday-first weeks and labels each month once', () => {
    const { from, to } = calendarYear(2024);
    expect(daysBetween(from, to)).toHaveLength(366);
    const weeks = weeksBetween(from, to, '2024-06-30', { '2024-02-29': 2 });
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    const inside = weeks.flat().filter((c) => !c.outside);
    expect(inside).toHaveLength(366);
    expect(inside.find((c) => c.day === '2024-02-29')).toMatchObject({ count: 2, level: 2 });
    expect(inside.find((c) => c.day === '2024-07-01')?.future).toBe(true);
    // 1 January 2024 was a Monday: the first column starts the year.
    expect(weeks[0]?.[0]?.day).toBe('2024-01-01');
    const starts = monthStarts(weeks);
    expect(starts.map((s) => s.month)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(starts[0]?.week).toBe(0);
  });
});
