// The Look back page's week and goals, in every browser, read as a screen
// reader meets them: the region "The last 7 days" by its heading, each day's
// bar by its label (the wins, and the energy when it was told), and each
// goal's line under "Your goals".
import { expect } from '@playwright/test';
import type { App } from '../fixtures';
import type { Tab } from '../tab';
import { regionText, textsIn } from './page-text';

export class WeekView {
  private constructor(readonly tab: Tab) {}

  /** Opens the Look back page and waits until it shows the week. */
  static async open(app: App): Promise<WeekView> {
    const view = new WeekView(await app.open('lookback'));
    await expect
      .poll(() => view.text(), { message: 'the week on the Look back page' })
      .toBeDefined();
    return view;
  }

  /** The words of "The last 7 days", as shown. */
  text(): Promise<string | undefined> {
    return regionText(this.tab, 'The last 7 days');
  }

  /** Each day's bar, oldest first, by its label. */
  bars(): Promise<string[]> {
    return this.tab.evaluate(
      () =>
        [...document.querySelectorAll('ol.bars[aria-label="Wins per day"] > li')].map(
          (li) => li.getAttribute('aria-label') ?? '',
        ),
      null,
    );
  }

  /** Each goal's line under "Your goals". */
  goals(): Promise<string[]> {
    return textsIn(this.tab, 'Your goals', 'li');
  }
}
