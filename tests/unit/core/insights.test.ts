// The look back's pure figures: the week, the year grid, a past win, search, due dates.
import { describe, expect, it } from 'vitest';
import {
  aYearAgo,
  firstWins,
  lastDays,
  level,
  moveInGrid,
  pastDayCandidates,
  recapDue,
  reviewDue,
  searchWins,
  weekSummary,
  yearGrid,
} from '../../../utils/core/insights';
import type { Win } from '../../../utils/core/win-rules';

let n = 0;
const win = (day: string, text: string, extra: Partial<Win> = {}): Win => ({
  id: `w${++n}`,
  text,
  day,
  at: new Date(`${day}T12:00:00`).getTime() + n,
  kind: 'win',
  tags: [],
  ...extra,
});

describe('the last seven days', () => {
  it('spans a daylight-saving change as seven calendar days', () => {
    expect(lastDays('2026-03-31')).toEqual([
      '2026-03-25',
      '2026-03-26',
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
      '2026-03-30',
      '2026-03-31',
    ]);
  });

  it('counts days with a win, kinds, tags, log-offs and site minutes', () => {
    const wins = [
      win('2026-11-22', 'Ran #health'),
      win('2026-11-22', 'Logged off social', {
        kind: 'logoff',
        site: 'social.example',
        minutes: 20,
      }),
      win('2026-11-20', 'Salad #health #food'),
      win('2026-11-15', 'Outside the week #old'),
    ];
    wins[0] = { ...(wins[0] as Win), tags: ['health'] };
    wins[2] = { ...(wins[2] as Win), tags: ['health', 'food'] };
    const summary = weekSummary(
      '2026-11-22',
      wins,
      [
        { day: '2026-11-22', host: 'social.example', ms: 20 * 60_000 },
        { day: '2026-11-18', host: 'social.example', ms: 10 * 60_000 },
        { day: '2026-11-01', host: 'social.example', ms: 99 * 60_000 },
      ],
      [{ host: 'social.example', label: 'social.example', dailyMinutes: 30 }],
    );
    expect(summary.perDay.map((d) => d.count)).toEqual([0, 0, 0, 0, 1, 0, 2]);
    expect(summary.daysWithWin).toBe(2);
    expect(summary.byKind).toEqual({ win: 2, logoff: 1 });
    expect(summary.topTags).toEqual([
      { tag: 'health', count: 2 },
      { tag: 'food', count: 1 },
    ]);
    expect(summary.logoffs).toBe(1);
    expect(summary.sites).toEqual([
      { host: 'social.example', label: 'social.example', usedMinutes: 30, budgetMinutes: 210 },
    ]);
  });

  it('is calm for an empty history', () => {
    const summary = weekSummary('2026-11-22', [], [], []);
    expect(summary.daysWithWin).toBe(0);
    expect(summary.perDay).toHaveLength(7);
    expect(summary.topTags).toEqual([]);
  });
});

describe('a year of days', () => {
  it('is 53 Monday-first weeks ending in the week of today', () => {
    const grid = yearGrid('2026-11-22', { '2026-11-22': 3, '2025-11-17': 1 }); // a Sunday
    expect(grid).toHaveLength(53);
    expect(grid.every((w) => w.length === 7)).toBe(true);
    expect(grid[52]?.[6]).toEqual({ day: '2026-11-22', count: 3, level: 2, future: false });
    expect(grid[0]?.[0]).toEqual({ day: '2025-11-17', count: 1, level: 1, future: false });
  });

  it('marks days after today in the last week as future', () => {
    const grid = yearGrid('2026-11-18', {}); // a Wednesday
    expect(grid[52]?.map((c) => c.future)).toEqual([false, false, false, true, true, true, true]);
  });

  it('handles leap years', () => {
    const grid = yearGrid('2024-03-03', {});
    expect(grid.flat().some((c) => c.day === '2024-02-29')).toBe(true);
    expect(aYearAgo('2024-02-29')).toBe('2023-02-28');
    expect(aYearAgo('2026-11-22')).toBe('2025-11-22');
  });

  it('shades by count', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 40].map(level)).toEqual([0, 1, 2, 2, 3, 3, 4, 4]);
  });

  it('moves by arrow keys within bounds', () => {
    const at = { week: 52, weekday: 6 };
    expect(moveInGrid(53, at, 'ArrowRight')).toEqual(at);
    expect(moveInGrid(53, at, 'ArrowLeft')).toEqual({ week: 51, weekday: 6 });
    expect(moveInGrid(53, at, 'ArrowUp')).toEqual({ week: 52, weekday: 5 });
    expect(moveInGrid(53, at, 'ArrowDown')).toEqual(at);
    expect(moveInGrid(53, at, 'Home')).toEqual({ week: 0, weekday: 6 });
  });
});

describe('a past win', () => {
  it('tries a few days between the first win and yesterday, the same all day', () => {
    const days = pastDayCandidates('2026-11-22', '2024-01-10');
    expect(days).toHaveLength(13);
    expect(days.every((d) => d >= '2024-01-10' && d < '2026-11-22')).toBe(true);
    expect(days.at(-1)).toBe('2024-01-10');
    expect(new Set(days).size).toBeGreaterThan(5);
    expect(pastDayCandidates('2026-11-22', '2024-01-10')).toEqual(days);
    expect(pastDayCandidates('2026-11-23', '2024-01-10')).not.toEqual(days);
  });

  it('has nothing to offer in an empty history or one that starts today', () => {
    expect(pastDayCandidates('2026-11-22', undefined)).toEqual([]);
    expect(pastDayCandidates('2026-11-22', '2026-11-22')).toEqual([]);
  });
});

describe('search', () => {
  const wins = [
    win('2025-06-01', 'Finished the garden bed', { tags: ['garden'] }),
    win('2026-11-20', 'Watered the plants #garden', { tags: ['garden'] }),
    win('2026-11-21', 'Called the bank'),
  ];
  it('matches every word in text or tags, grouped by day, newest first', () => {
    expect(searchWins(wins, 'garden').map((g) => g.day)).toEqual(['2026-11-20', '2025-06-01']);
    expect(searchWins(wins, '#garden finished').map((g) => g.wins[0]?.text)).toEqual([
      'Finished the garden bed',
    ]);
    expect(searchWins(wins, 'BANK')).toHaveLength(1);
    expect(searchWins(wins, '   ')).toEqual([]);
  });

  it('gives one page of results at a time, still grouped by day', () => {
    const many = Array.from({ length: 250 }, (_, i) =>
      win(`2026-11-${String(1 + (i % 20)).padStart(2, '0')}`, `Walked ${i}`),
    );
    const groups = searchWins(many, 'walked');
    const page = firstWins(groups, 100);
    expect(page.reduce((n, g) => n + g.wins.length, 0)).toBe(100);
    expect(page.map((g) => g.day)).toEqual(groups.slice(0, page.length).map((g) => g.day));
    expect(firstWins(groups, 1000)).toEqual(groups);
  });

  it('finds every one of 50,000 matching wins, newest day first', () => {
    const many = Array.from({ length: 50_000 }, (_, i) =>
      win(`2026-${String(1 + (i % 12)).padStart(2, '0')}-10`, `Seeded win ${i} #bench`, {
        tags: ['bench'],
      }),
    );
    const groups = searchWins(many, 'e');
    expect(groups.reduce((n, g) => n + g.wins.length, 0)).toBe(50_000);
    expect(groups.map((g) => g.day)).toEqual([...groups.map((g) => g.day)].sort().reverse());
  });
});

describe('when the recap and review are offered', () => {
  it('offers the recap from the recap hour until the day ends', () => {
    const at = (h: number) => new Date(2026, 10, 22, h).getTime();
    expect(recapDue(at(17), 18, 0)).toBe(false);
    expect(recapDue(at(18), 18, 0)).toBe(true);
    expect(recapDue(at(2), 18, 4)).toBe(true); // still yesterday for a night owl
    expect(recapDue(at(5), 18, 4)).toBe(false);
  });

  it('offers the review on the chosen weekday', () => {
    expect(reviewDue('2026-11-22', 0)).toBe(true); // a Sunday
    expect(reviewDue('2026-11-23', 0)).toBe(false);
  });
});
