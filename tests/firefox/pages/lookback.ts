// The Look back page: the last 7 days, pauses, goals, a win from the past,
// the year grid, search, and the links to the wrap-up and sharing.
import type { Page } from 'puppeteer-core';
import type { Firefox } from '../../../scripts/lib/firefox';
import { byRole, find, textOf, texts } from './common';

export class LookBack {
  private constructor(readonly page: Page) {}

  static async open(ff: Firefox) {
    const tab = new LookBack(await ff.openExt('lookback.html'));
    await find(tab.page, 'main h1');
    return tab;
  }

  /** The kind sentence shown before there is anything to look back on. */
  emptyText() {
    return textOf(this.page, '.look-back-empty');
  }

  /** The whole text of a region named by its heading (e.g. "The last 7 days"). */
  regionText(name: string) {
    return this.page.evaluate((heading) => {
      const section = [...document.querySelectorAll('section')].find(
        (s) => s.querySelector('h2')?.textContent?.trim() === heading,
      );
      return section?.textContent ?? '';
    }, name);
  }

  /** The accessible label of every day in the year grid. */
  yearDays() {
    return this.page.$$eval('[role=grid][aria-labelledby="year-heading"] [role=gridcell]', (els) =>
      els.map((el) => el.getAttribute('aria-label') ?? ''),
    );
  }

  /** The label of the grid's one focusable day: today. */
  focusableDay() {
    return this.page.$eval('[role=grid] [role=gridcell][tabindex="0"]', (el) =>
      el.getAttribute('aria-label'),
    );
  }

  async search(query: string) {
    const box = await find(this.page, byRole('searchbox', 'Search wins'));
    await box.type(query);
  }

  searchStatus() {
    return textOf(this.page, 'section.search [role=status]');
  }

  searchResults() {
    return texts(this.page, 'section.search li');
  }

  /** The pauses card: its gentle line, then each week's heading and site lines. */
  pauseWeeks() {
    return this.page.evaluate(() => {
      const card = document.querySelector('section.pause-weeks');
      const text = (el: Element | null | undefined) => el?.textContent?.trim() ?? '';
      return {
        line: text(card?.querySelector('p.big')),
        weeks: [...(card?.querySelectorAll('h3') ?? [])].map((h) => [
          text(h),
          ...[...(h.nextElementSibling?.querySelectorAll('li') ?? [])].map(text),
        ]),
      };
    });
  }
}
