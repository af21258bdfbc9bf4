// A history of pauses for the end-to-end tests of the look back's "Your
// pauses" card: a version-3 backup (usage carrying `pauses`) with log-offs
// this week, a week ago and two weeks ago, and what the card says about it.

import { languageWeekStart } from '../../utils/core/week-start';
import { backupDocument, daysAgo, localDayKey } from './backup-doc';
import { TEST_MINUTE_MS } from './test-minute';

/** A budget minute of the test build the history is imported into. */
const M = TEST_MINUTE_MS;

/** The test browsers' language (en-US): its weeks start on Sunday. */
const TEST_WEEK_START = languageWeekStart('en-US');

/** The first day (0 = Sunday) of the week that holds `date`, in the test browsers' weeks. */
function firstDayOfWeek(date: Date, start: number = TEST_WEEK_START): Date {
  return new Date(
    date.getFullYear(),
    date.getMonth(),
    date.getDate() - ((date.getDay() - start + 7) % 7),
  );
}

export function pauseHistory() {
  const [today, weekAgo, twoWeeksAgo] = [daysAgo(0), daysAgo(7), daysAgo(14)];
  const logoff = (id: string, date: Date, site: string) => ({
    id,
    text: `Logged off ${site}`,
    date,
    kind: 'logoff' as const,
    site,
  });
  const usage = (date: Date, host: string, min: number, grantedMin: number, pauses: number) => ({
    day: localDayKey(date),
    host,
    ms: min * M,
    grantedMs: grantedMin * M,
    pauses,
  });
  const backup = backupDocument(
    [
      logoff('p1', today, 'social.test'),
      logoff('p2', today, 'social.test'),
      logoff('p3', weekAgo, 'news.test'),
    ],
    {
      version: 3,
      usage: [
        // 30 + 5 granted − 10 used: 25 minutes taken back today.
        usage(today, 'social.test', 10, 5, 2),
        // 10 − 9: 1 minute a week ago.
        usage(weekAgo, 'news.test', 9, 0, 1),
        // Pauses and no log-off: nothing taken back, nothing said about it.
        usage(twoWeeksAgo, 'social.test', 30, 0, 3),
      ],
      settings: {
        sites: [
          { host: 'social.test', dailyMinutes: 30 },
          { host: 'news.test', dailyMinutes: 10 },
        ],
      },
    },
  );
  const olderWeek = new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'long' }).format(
    firstDayOfWeek(twoWeeksAgo),
  );
  return {
    backup,
    /** The card's gentle line for this week. */
    line: 'This week you logged off 2 times and took back 25 minutes.',
    /** Each week's heading and its sites' lines, newest first. */
    weeks: [
      ['This week', 'social.test: 2 pauses · logged off 2 times · took back 25 minutes'],
      ['Last week', 'news.test: 1 pause · logged off once · took back 1 minute'],
      [`Week of ${olderWeek}`, 'social.test: 3 pauses'],
    ] as [week: string, line: string][],
  };
}
