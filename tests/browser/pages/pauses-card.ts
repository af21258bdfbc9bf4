// The Look back page's "Your pauses" card, in every browser, read as a
// person's screen reader meets it: the region named by its heading, its
// gentle line for the week, and each week's list named by the week's own
// heading; and the kind sentence the page shows before there is anything to
// look back on.
import type { App } from '../fixtures';
import type { Tab } from '../tab';
import { openShowing } from './open';

/** The card as shown: undefined while there is none. */
export interface Card {
  /** Its whole text, as it reads. */
  text: string;
  /** The gentle line for the week under way. */
  line: string;
  /** Each week's heading, then the lines of the list it names, newest week first. */
  weeks: string[][];
}

export class LookBackView {
  private constructor(readonly tab: Tab) {}

  /** Opens the Look back page and waits until its cards (or its kind sentence) are drawn. */
  static async open(app: App): Promise<LookBackView> {
    return new LookBackView(
      await openShowing(app, 'lookback', '.look-back', 'the Look back cards'),
    );
  }

  /** The "Your pauses" region, or undefined while the page shows none. */
  pausesCard(): Promise<Card | undefined> {
    return this.tab.evaluate((name) => {
      const text = (el: Element | null | undefined) =>
        (el as HTMLElement | null | undefined)?.innerText?.trim() ?? '';
      const card = [...document.querySelectorAll('section[aria-labelledby]')].find(
        (s) => text(document.getElementById(s.getAttribute('aria-labelledby') ?? '')) === name,
      );
      if (!card) return undefined;
      return {
        text: text(card),
        line: text(card.querySelector('p.big')),
        weeks: [...card.querySelectorAll('h3')].map((h) => [
          text(h),
          ...[...card.querySelectorAll(`ul[aria-labelledby="${h.id}"] > li`)].map(text),
        ]),
      };
    }, 'Your pauses');
  }

  /** The kind sentence shown before there is anything to look back on, while it is in view. */
  emptySentence(): Promise<string | undefined> {
    return this.tab.evaluate(() => {
      const el = document.querySelector('.look-back-empty');
      return el && el.getBoundingClientRect().height > 0
        ? (el.textContent?.trim() ?? undefined)
        : undefined;
    }, null);
  }
}
