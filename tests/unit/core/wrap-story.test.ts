// The wrap-up's story as a table: which screens a year or a month gets (each
// only when it has something true to show), and the closing line chosen for
// what the span held — a busy one, a proud one, many log-offs, a quiet one.
import { describe, expect, it } from 'vitest';
import type { Win } from '../../../utils/core/win-rules';
import { type StorySpan, storyScreens, storyStep } from '../../../utils/core/wrap-story';
import { closingFor } from '../../../utils/core/wrap-up';

const proud = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `p${i}` }) as Win);
const none = {
  wins: 0,
  daysWithWin: 0,
  proud: [],
  kinds: [],
  tags: [],
  logoffs: 0,
  perMonth: Array(12).fill(0),
  bestMonth: undefined,
};
const year = (f: Partial<StorySpan['figures']>): StorySpan => ({
  span: 'year',
  from: '2025-01-01',
  to: '2025-12-31',
  figures: { ...none, ...f },
});
const month = (f: Partial<StorySpan['figures']>, from = '2025-03-01'): StorySpan => ({
  span: 'month',
  from,
  to: `${from.slice(0, 8)}31`,
  figures: { ...none, ...f },
});
const perMonth = (...counts: [number, number][]) => {
  const months = Array(12).fill(0);
  for (const [m, n] of counts) months[m] = n;
  return months;
};

describe('the screens of the story', () => {
  it.each<[string, StorySpan, string[]]>([
    [
      'a full year',
      year({
        wins: 40,
        daysWithWin: 30,
        proud: proud(2),
        kinds: [
          { kind: 'win', count: 30 },
          { kind: 'logoff', count: 10 },
        ],
        tags: [{ tag: 'craft', count: 4 }],
        logoffs: 10,
        perMonth: perMonth([2, 20], [5, 20]),
      }),
      ['days', 'proud', 'most', 'calendar', 'months', 'logoffs', 'closing'],
    ],
    ['a year with no wins', year({}), ['quiet', 'closing']],
    [
      'a quiet year with two days of wins, one proud',
      year({ wins: 2, daysWithWin: 2, proud: proud(1), perMonth: perMonth([3, 2]) }),
      ['quiet', 'days', 'proud', 'closing'],
    ],
    ['an empty month', month({}), ['quiet', 'closing']],
    [
      'only log-offs',
      month({
        wins: 5,
        daysWithWin: 4,
        kinds: [{ kind: 'logoff', count: 5 }],
        logoffs: 5,
        perMonth: perMonth([2, 5]),
      }),
      ['days', 'calendar', 'logoffs', 'closing'],
    ],
    [
      'a quiet month with one log-off',
      month({ wins: 1, daysWithWin: 1, kinds: [{ kind: 'logoff', count: 1 }], logoffs: 1 }),
      ['quiet', 'days', 'logoffs', 'closing'],
    ],
    [
      'a month of plain wins: nothing "came up most"',
      month({ wins: 6, daysWithWin: 5, kinds: [{ kind: 'win', count: 6 }] }),
      ['days', 'calendar', 'closing'],
    ],
    [
      'a month that has not begun: no calendar of days to come',
      month({ wins: 3, daysWithWin: 3, tags: [{ tag: 'run', count: 3 }] }, '2026-12-01'),
      ['days', 'most', 'closing'],
    ],
  ])('%s', (_, span, screens) => {
    expect(storyScreens(span, '2026-06-15')).toEqual(screens);
  });
});

describe('the closing line', () => {
  const f = (wins: number, daysWithWin: number, proudWins = 0, logoffs = 0) => ({
    wins,
    daysWithWin,
    proud: proud(proudWins),
    logoffs,
  });
  it.each([
    ['a quiet year', f(0, 0), 365, { kind: 'quiet' }],
    ['a single win', f(1, 1), 365, { kind: 'single' }],
    ['a gentle year of a few days', f(4, 2), 365, { kind: 'gentle' }],
    ['a proud year', f(50, 40, 3), 365, { kind: 'proud', count: 3 }],
    ['many log-offs', f(30, 20, 0, 15), 365, { kind: 'logoffs', count: 15 }],
    ['a busy year', f(400, 200), 365, { kind: 'busy', days: 200 }],
    ['a busy month', f(30, 16), 31, { kind: 'busy', days: 16 }],
    ['a year of showing up', f(60, 40), 365, { kind: 'showingUp', days: 40 }],
  ])('%s', (_, figures, spanDays, closing) => {
    expect(closingFor(figures, spanDays)).toEqual(closing);
  });
});

describe('the arrow keys', () => {
  it.each([
    ['ArrowRight', false, 1],
    ['ArrowLeft', false, -1],
    ['ArrowLeft', true, 1],
    ['ArrowRight', true, -1],
    ['ArrowUp', false, 0],
    ['Enter', true, 0],
  ] as const)('%s in a page read right to left: %s moves by %i', (key, rtl, by) => {
    expect(storyStep(key, rtl)).toBe(by);
  });
});
