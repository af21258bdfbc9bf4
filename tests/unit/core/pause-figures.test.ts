// What the pauses added up to per site and week: pauses shown, times logged
// off, and minutes taken back (the budget left unused on days with a log-off).
import { describe, expect, it } from 'vitest';
import {
  minutesTakenBack,
  pauseSpan,
  pauseWeeks,
  unusedBudgetMs,
} from '../../../utils/core/pause-figures';
import type { SiteRule } from '../../../utils/core/sites';
import type { UsageRecord } from '../../../utils/core/usage';
import type { Win } from '../../../utils/core/win-rules';

const M = 60_000;
// Wednesday 25 November 2026, mid-afternoon; the week began on Monday the 23rd.
const NOW = new Date(2026, 10, 25, 15).getTime();
const social: SiteRule = { host: 'social.test', label: 'social.test', dailyMinutes: 30 };
const news: SiteRule = { host: 'news.test', label: 'news.test', dailyMinutes: 10 };

let n = 0;
const logoff = (day: string, site: string): Win => ({
  id: `w${n++}`,
  text: `Logged off ${site}`,
  day,
  at: new Date(`${day}T20:00:00`).getTime(),
  kind: 'logoff',
  tags: [],
  site,
});
const use = (day: string, host: string, min: number, grantedMin = 0, pauses?: number) =>
  ({
    day,
    host,
    ms: min * M,
    grantedMs: grantedMin * M,
    ...(pauses === undefined ? {} : { pauses }),
  }) satisfies UsageRecord;

const wins: Win[] = [
  logoff('2026-11-25', 'social.test'),
  logoff('2026-11-25', 'social.test'), // a second log-off the same day takes nothing more back
  logoff('2026-11-24', 'social.test'),
  logoff('2026-11-22', 'news.test'),
  logoff('2026-11-16', 'news.test'), // no usage that day: the whole budget
  logoff('2026-11-25', 'video.test'), // not limited: no budget, not shown
  { ...logoff('2026-11-25', 'social.test'), kind: 'win' }, // not a log-off
  logoff('2026-11-01', 'social.test'), // before the four weeks
];
const usage: UsageRecord[] = [
  use('2026-11-25', 'social.test', 10, 5, 2), // 30 + 5 − 10 = 25 taken back
  use('2026-11-24', 'social.test', 45, 10, 3), // over budget: 0, never less
  use('2026-11-23', 'social.test', 5, 0, 1), // no log-off: nothing taken back
  use('2026-11-22', 'news.test', 4, 0, 1), // Sunday, last week: 6
  use('2026-11-02', 'news.test', 1, 0, 4), // the first day of the fourth week
  use('2026-11-01', 'news.test', 1, 0, 9), // the day before it
];

describe('minutes taken back', () => {
  it('is the budget with granted minutes, less the minutes counted, never below 0', () => {
    expect(unusedBudgetMs(social, { day: 'd', host: 'h', ms: 10 * M, grantedMs: 5 * M })).toBe(
      25 * M,
    );
    expect(unusedBudgetMs(social, { day: 'd', host: 'h', ms: 45 * M, grantedMs: 10 * M })).toBe(0);
    expect(unusedBudgetMs(social, undefined)).toBe(30 * M);
  });

  it('counts each day with a log-off once, for sites limited now only', () => {
    // 25 (social, 25th) + 0 (24th) + 6 (news, 22nd) + 10 (news, 16th) + 30 (social, 1st, no usage).
    expect(minutesTakenBack(wins, usage, [social, news])).toBe(71);
    expect(minutesTakenBack(wins, usage, [news])).toBe(16);
  });
});

describe('the weeks of pauses', () => {
  it('gives each week from its first day, the week under way first', () => {
    const weeks = pauseWeeks({ now: NOW, dayStartHour: 0 }, [social, news], wins, usage);
    expect(weeks.map((w) => [w.from, w.to])).toEqual([
      ['2026-11-23', '2026-11-25'],
      ['2026-11-16', '2026-11-22'],
      ['2026-11-09', '2026-11-15'],
      ['2026-11-02', '2026-11-08'],
    ]);
    expect(weeks[0]?.sites).toEqual([
      { host: 'social.test', label: 'social.test', pauses: 6, logoffs: 3, minutesTakenBack: 25 },
    ]);
    expect(weeks[1]?.sites).toEqual([
      { host: 'news.test', label: 'news.test', pauses: 1, logoffs: 2, minutesTakenBack: 16 },
    ]);
    expect(weeks[2]?.sites).toEqual([]);
    // The fourth week's first day is in; the day before it is not.
    expect(weeks[3]?.sites).toEqual([
      { host: 'news.test', label: 'news.test', pauses: 4, logoffs: 0, minutesTakenBack: 0 },
    ]);
  });

  it('shows a site with pauses only when it is limited now', () => {
    const weeks = pauseWeeks({ now: NOW, dayStartHour: 0 }, [news], wins, usage);
    expect(weeks[0]?.sites).toEqual([]);
    expect(pauseWeeks({ now: NOW, dayStartHour: 0 }, [], wins, usage)[0]?.sites).toEqual([]);
  });

  it('reads weeks that start on Sunday when asked', () => {
    const weeks = pauseWeeks(
      { now: NOW, dayStartHour: 0, weekStart: 0, weeks: 2 },
      [news],
      wins,
      usage,
    );
    expect(weeks.map((w) => w.from)).toEqual(['2026-11-22', '2026-11-15']);
    // Sunday the 22nd now opens the week under way.
    expect(weeks[0]?.sites).toEqual([
      { host: 'news.test', label: 'news.test', pauses: 1, logoffs: 1, minutesTakenBack: 6 },
    ]);
    expect(weeks[1]?.sites).toEqual([
      { host: 'news.test', label: 'news.test', pauses: 0, logoffs: 1, minutesTakenBack: 10 },
    ]);
  });

  it('keeps the small hours of Monday in the week before under a later day start', () => {
    const monday2am = new Date(2026, 10, 23, 2).getTime();
    expect(pauseSpan({ now: monday2am, dayStartHour: 4, weeks: 1 })).toEqual({
      from: '2026-11-16',
      to: '2026-11-22',
    });
    expect(pauseSpan({ now: monday2am, dayStartHour: 0, weeks: 1 })).toEqual({
      from: '2026-11-23',
      to: '2026-11-23',
    });
    const late = pauseWeeks({ now: monday2am, dayStartHour: 4, weeks: 1 }, [news], wins, usage);
    expect(late[0]?.sites[0]).toMatchObject({ pauses: 1, logoffs: 2, minutesTakenBack: 16 });
  });
});
