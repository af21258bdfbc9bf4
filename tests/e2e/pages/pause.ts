// A tab on a limited site and the pause page it turns into.
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { loadSite } from '../../../scripts/lib/site-open';
import { PAUSE_LATENESS_MS } from '../../../scripts/lib/test-minute';
import { readUsage } from './worker';

export class SiteTab {
  private constructor(
    readonly page: Page,
    readonly openedAt: number,
  ) {}

  /** Opens a site in a new, active tab of the focused window. */
  static async open(context: BrowserContext, url: string): Promise<SiteTab> {
    const page = await context.newPage();
    await page.bringToFront();
    await loadSite(() => page.goto(url));
    return new SiteTab(page, Date.now());
  }

  /** A tab already showing a limited site (e.g. after the intention page). */
  static of(page: Page): SiteTab {
    return new SiteTab(page, Date.now());
  }

  /** Waits until the tab shows the pause page; returns when that happened. */
  async waitForPause(timeout: number): Promise<number> {
    await this.page.waitForURL(/\/pause\.html\?/, { timeout });
    return Date.now();
  }

  get logOff() {
    return this.page.getByRole('button', { name: 'Log off' });
  }

  /** The small steps away from the screen offered beside "Log off". */
  get kindSteps() {
    return this.page
      .getByRole('region', { name: 'Or log off with a small step away from the screen' })
      .getByRole('button');
  }

  moreMinutes(minutes: number) {
    return this.page.getByRole('button', {
      name: minutes === 1 ? '1 more minute' : `${minutes} more minutes`,
    });
  }
}

/**
 * The pause came on time, by the extension's own count: what it recorded for
 * the site when it paused is the budget, and at most 2 s more. The test's own
 * clock only bounds it from below (a busy machine makes it later, never sooner).
 */
export async function expectPausedOnTime(
  context: BrowserContext,
  host: string,
  budgetMs: number,
  elapsed: number,
) {
  const counted = async () => (await readUsage(context, host))?.ms ?? 0;
  await expect.poll(counted).toBeGreaterThanOrEqual(budgetMs - 1_000);
  const ms = await counted();
  test.info().annotations.push({ type: 'counted at the pause (ms)', description: String(ms) });
  expect(ms).toBeLessThanOrEqual(budgetMs + PAUSE_LATENESS_MS);
  expect(elapsed).toBeGreaterThanOrEqual(budgetMs - 1_000);
}
