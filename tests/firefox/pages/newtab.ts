// The new tab: today's wins first, then the look back (week, pauses, year
// grid, a win from the past, search).
import type { Page } from 'puppeteer-core';
import type { Firefox } from '../../../scripts/lib/firefox';
import { byRole, find, textOf, texts } from './common';

export const EMPTY_TODAY = "Nothing here yet, and that's fine. Even a glass of water counts.";

export class NewTab {
  private constructor(readonly page: Page) {}

  static async open(ff: Firefox) {
    const tab = new NewTab(await ff.openExt('newtab.html'));
    await find(tab.page, 'section.today h1');
    return tab;
  }

  /** Today's wins, newest first, read from the list named by "Today's wins". */
  todayWins() {
    return texts(this.page, 'ul[aria-labelledby="today-heading"] .win-text');
  }

  /** The empty state's text, when today has no wins. */
  emptyText() {
    return textOf(this.page, 'section.today .empty');
  }

  title() {
    return this.page.evaluate(() => document.title);
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
