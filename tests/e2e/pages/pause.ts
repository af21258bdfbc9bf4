// A tab on a limited site and the pause page it turns into.
import type { BrowserContext, Page } from '@playwright/test';

export class SiteTab {
  private constructor(
    readonly page: Page,
    readonly openedAt: number,
  ) {}

  /** Opens a site in a new, active tab of the focused window. */
  static async open(context: BrowserContext, url: string): Promise<SiteTab> {
    const page = await context.newPage();
    await page.bringToFront();
    await page.goto(url);
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
