// A week starts where the person's language and region start it, and every
// weekly view counts from that day; a setting can choose another day.
import { describe, expect, it } from 'vitest';
import { checkSettings } from '../../../utils/core/backup-records';
import { reviewDue, yearGrid } from '../../../utils/core/insights';
import { normalizeSettings } from '../../../utils/core/settings';
import { rangeFor } from '../../../utils/core/share-range';
import {
  fallbackWeekStart,
  languageWeekStart,
  weekdaysFrom,
  weekStartOf,
} from '../../../utils/core/week-start';
import { weeksBetween } from '../../../utils/core/year-grid';

const NONE = { from: '', to: '' };

describe('the first day of the week for a language', () => {
  it.each([
    ['en-US', 0],
    ['ja', 0],
    ['pt-BR', 0],
    ['he-IL', 0],
    ['de', 1],
    ['fr', 1],
    ['es', 1],
    ['en-GB', 1],
    ['ar', 6],
    ['ar-EG', 6],
  ])('%s starts on weekday %i (0 = Sunday)', (language, day) => {
    expect(languageWeekStart(language)).toBe(day);
  });

  it('falls back to a table by region where the platform has no week info', () => {
    expect(['US', 'CA', 'JP', 'BR', 'IL'].map(fallbackWeekStart)).toEqual([0, 0, 0, 0, 0]);
    expect(['EG', 'AE', 'DZ'].map(fallbackWeekStart)).toEqual([6, 6, 6]);
    expect(['DE', 'FR', undefined].map(fallbackWeekStart)).toEqual([1, 1, 1]);
  });

  it('takes the setting over the language, and the language for -1', () => {
    expect(weekStartOf(1, 'en-US')).toBe(1);
    expect(weekStartOf(-1, 'en-US')).toBe(0);
    expect(weekdaysFrom(6)).toEqual([6, 0, 1, 2, 3, 4, 5]);
  });
});

describe('every weekly view counts the same week', () => {
  // Wednesday 25 November 2026.
  const today = '2026-11-25';
  it.each([
    [0, '2026-11-22', '2026-11-28'],
    [1, '2026-11-23', '2026-11-29'],
    [6, '2026-11-21', '2026-11-27'],
  ] as const)('a week from weekday %i runs %s to %s', (start, first, last) => {
    expect(rangeFor('week', today, NONE, start)).toEqual({ from: first, to: today });
    const grid = yearGrid(today, {}, start);
    expect(grid.at(-1)?.[0]?.day).toBe(first);
    expect(grid.at(-1)?.[6]?.day).toBe(last);
    expect(weeksBetween('2026-11-01', '2026-11-30', today, {}, start).at(-2)?.[0]?.day).toBe(first);
    // The weekly review comes on the week's last day by default.
    expect(reviewDue(last, -1, start)).toBe(true);
    expect(reviewDue(first, -1, start)).toBe(false);
  });
});

describe('the week-start setting', () => {
  it('is kept through settings and backups, and anything else is the language', () => {
    expect(normalizeSettings({ weekStart: 0 }).weekStart).toBe(0);
    expect(normalizeSettings({ weekStart: 9 }).weekStart).toBe(-1);
    expect(normalizeSettings({}).weekStart).toBe(-1);
    const imported = checkSettings({ sites: [], weekStart: 6 });
    expect(imported.ok && imported.settings.weekStart).toBe(6);
    expect(checkSettings({ sites: [], weekStart: 'Tuesday' }).ok).toBe(false);
  });
});
