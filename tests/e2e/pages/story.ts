// The wrap-up's story as the tests drive it: the screen shown (its heading),
// the progress ("2 of 6"), Next and Back, and a seeded month placed relative
// to the extension's own day, so a test runs the same on 31 December,
// 1 January or a leap day.
import { expect, type Page } from '@playwright/test';
import { backupDocument, type WinSeed, winRecord } from '../../../scripts/lib/backup-doc';
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

/** The month before the extension's today: its year, month (0 = January) and length. */
export async function lastMonthOf(page: Page) {
  const today = await todayOf(page, 0);
  const [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1];
  const year = m === 0 ? y - 1 : y;
  const month = m === 0 ? 11 : m - 1;
  return { year, month, days: new Date(year, month + 1, 0).getDate(), thisYear: y };
}

/** A full month: wins on five days, two proud, two tags, one log-off. */
export function fullMonth(year: number, month: number) {
  const at = (day: number, hour = 9) => new Date(year, month, day, hour);
  const seeds: (WinSeed & { proud?: boolean })[] = [
    { id: 'a', text: 'Walked to the lake', date: at(1), tags: ['outside'], proud: true },
    { id: 'b', text: 'Called grandma', date: at(1, 18) },
    { id: 'c', text: 'Read a chapter #books', date: at(2), tags: ['books'] },
    {
      id: 'd',
      text: 'Logged off social.test after 20 min',
      date: at(3),
      kind: 'logoff',
      site: 'social.test',
    },
    { id: 'e', text: 'Finished the quilt', date: at(10), proud: true },
    { id: 'f', text: 'Tidied the desk', date: at(20), tags: ['outside'] },
  ];
  const doc = backupDocument(seeds, { version: 3 });
  doc.wins = seeds.map((s) => ({ ...winRecord(s), ...(s.proud ? { proud: true } : {}) }));
  return doc;
}
