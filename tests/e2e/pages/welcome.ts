// The welcome page a first install opens, found among the browser's tabs.
import type { BrowserContext, Page } from '@playwright/test';

export const isWelcome = (page: Page) => /\/welcome\.html/.test(page.url());

export class WelcomePage {
  constructor(readonly page: Page) {}

  /** Waits (up to `timeout` ms) for the tab the worker opens; undefined if none came. */
  static async find(context: BrowserContext, timeout = 15_000): Promise<WelcomePage | undefined> {
    const until = Date.now() + timeout;
    while (Date.now() < until) {
      const page = context.pages().find(isWelcome);
      if (page) {
        // Let it finish loading: closing a page mid-start can leave the
        // extension's next pages without their words in Chromium.
        await page.waitForLoadState('load');
        return new WelcomePage(page);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return undefined;
  }

  get heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  get importField() {
    return this.page.getByLabel('Import a backup file');
  }

  /**
   * What the page said last: the first live status with words in it (the
   * page's own line, or the one beside the import field after an import).
   */
  get status() {
    return this.page.getByRole('status').filter({ hasText: /\S/ }).first();
  }
}
