// An hour of the browser's own day, for a test about the time of day.
// Playwright's clock (page.clock, context.clock) counts in the test process's
// frame: a page sees the installed time moved by the distance between the
// browser's clock and the test process's. The browser's clock can be set
// apart from the test process's (the year-end and clock-change runs,
// scripts/lib/clock.ts), so the hour is taken on the browser's own clock and
// in its own zone, then installed in the test process's frame.
import type { BrowserContext, Page } from '@playwright/test';

/**
 * Installs the clock at `hour`:`minute` of the browser's own today, for the
 * context's pages or one page (before it loads), and returns that day's
 * weekday (0 = Sunday).
 */
export async function installBrowserTime(
  target: BrowserContext | Page,
  hour: number,
  minute = 0,
): Promise<number> {
  const probe = 'newPage' in target ? await target.newPage() : target;
  const { now, at, weekday } = await probe.evaluate(
    ([h, m]) => {
      const day = new Date();
      const now = day.getTime();
      day.setHours(h, m, 0, 0);
      return { now, at: day.getTime(), weekday: day.getDay() };
    },
    [hour, minute] as const,
  );
  if (probe !== target) await probe.close();
  await target.clock.install({ time: Date.now() + (at - now) });
  return weekday;
}
