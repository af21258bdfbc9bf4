// The wrap-up's story as the tests drive it: the screen shown (its heading),
// the progress ("2 of 6"), Next and Back, and a seeded month placed relative
// to the extension's own day, so a test runs the same on 31 December,
// 1 January or a leap day.
import { expect, type Page } from '@playwright/test';
import { monthBefore } from '../../../scripts/lib/story-seed';
import { todayOf } from './nudge';

export class StoryPage {
  constructor(readonly page: Page) {}

  get progress() {
    return this.page.locator('.story-progress');
  }

  get next() {
    return this.page.getByRole('button', { name: 'Next' });
  }

  get back() {
    return this.page.getByRole('button', { name: 'Back' });
  }

  /** The heading of the screen on view (the only one shown in the story). */
  get shown() {
    return this.page.getByRole('heading', { level: 2 });
  }

  async expectScreen(title: string, step: string) {
    await expect(this.shown).toHaveText([title]);
    await expect(this.progress).toHaveText(step);
  }
}

/** The month before the extension's today (its own clock, a midnight day start). */
export async function lastMonthOf(page: Page) {
  return monthBefore(await todayOf(page, 0));
}
