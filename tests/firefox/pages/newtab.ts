// The new tab: today's wins first, the field, one card for the moment and a
// small way on to the Look back page (see ./lookback.ts).
import type { Page } from 'puppeteer-core';
import type { Firefox } from '../../../scripts/lib/firefox';
import { find, textOf, texts } from './common';

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
}
