// The look back's figures for a whole host and a part of it: each rule has
// its own pauses, log-offs and minutes taken back, and is named as written.
import { describe, expect, it } from 'vitest';
import { minutesTakenBack, pauseWeeks } from '../../../utils/core/pause-figures';
import { parseSite, type SiteRule } from '../../../utils/core/sites';
import type { Win } from '../../../utils/core/win-rules';

const M = 60_000;
const NOW = new Date(2026, 10, 25, 15).getTime();
const typed = (text: string, dailyMinutes: number): SiteRule => {
  const parsed = parseSite(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return { host: parsed.host, label: parsed.label, dailyMinutes };
};
const video = typed('video.test', 60);
const shorts = typed('https://www.Video.test/Shorts/', 15);
const logoff = (site: string): Win => ({
  id: site,
  text: `Logged off ${site}`,
  day: '2026-11-25',
  at: NOW - M,
  kind: 'logoff',
  tags: [],
  site,
});

describe('the figures of a part of a site', () => {
  it('counts a part and its whole host apart, each named as written', () => {
    const usage = [
      { day: '2026-11-25', host: 'video.test/shorts', ms: 10 * M, grantedMs: 0, pauses: 2 },
      { day: '2026-11-25', host: 'video.test', ms: 40 * M, grantedMs: 0, pauses: 0 },
    ];
    const wins = [logoff('video.test/shorts')];
    const [week] = pauseWeeks({ now: NOW, dayStartHour: 0 }, [video, shorts], wins, usage);
    expect(week?.sites).toEqual([
      {
        host: 'video.test/shorts',
        label: 'video.test/shorts',
        pauses: 2,
        logoffs: 1,
        minutesTakenBack: 5,
      },
    ]);
    expect(minutesTakenBack(wins, usage, [video, shorts])).toBe(5);
  });
});
