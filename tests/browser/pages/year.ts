// "Your year" in every browser: the wrap-up of a year or of one of its
// months, read as a person reads it (the words shown, the months linked,
// what each day of the grid says, the proud wins gathered), moved through
// with Next and the month links; and the way to it from the Look back page.
import { expect } from '@playwright/test';
import type { App } from '../fixtures';
import type { Tab } from '../tab';
import { allText, follow, linkNamed, shownText, textsIn } from './page-text';

/** A link as laid out: its name, where it goes, whether it shows, and its edges. */
export interface LaidLink {
  name: string;
  href: string | null;
  shown: boolean;
  left: number;
  right: number;
}

export class YearView {
  private constructor(readonly tab: Tab) {}

  /** Opens the year page with `query` ("?year=2025&view=all") and waits until it has told its span. */
  static async open(app: App, query = ''): Promise<YearView> {
    const view = new YearView(await app.open('review', query));
    await expect.poll(() => view.heading(), { message: 'the year page' }).toMatch(/\S/);
    return view;
  }

  heading(): Promise<string> {
    return this.tab.evaluate(() => document.querySelector('h1')?.textContent?.trim() ?? '', null);
  }

  /** The words shown in the page's main part. */
  shown(): Promise<string> {
    return shownText(this.tab, 'main');
  }

  /** Every word of the page, shown or not (the story's other screens too). */
  all(): Promise<string> {
    return allText(this.tab);
  }

  /** The month links, as said, under "Month by month". */
  monthLinks(): Promise<string[]> {
    return textsIn(this.tab, 'Month by month', 'a');
  }

  /** The proud wins told under "Proud moments" (on screen or on a later screen of the story). */
  proud(): Promise<string[]> {
    return textsIn(this.tab, 'Proud moments', '.win-text');
  }

  /** What each day of the grid says. */
  dayLabels(): Promise<string[]> {
    return this.tab.evaluate(
      () =>
        [...document.querySelectorAll('[role=gridcell][aria-label]')].map(
          (cell) => cell.getAttribute('aria-label') ?? '',
        ),
      null,
    );
  }

  /** Whether a link with this name shows on the page. */
  async linkShown(name: string): Promise<boolean> {
    const link = await linkNamed(this.tab, name);
    return link !== undefined && (await laidLinks(this.tab, link))[0]?.shown === true;
  }

  /** Follows the link with this name. */
  async follow(name: string): Promise<void> {
    const link = await linkNamed(this.tab, name);
    if (!link) throw new Error(`No link named “${name}”`);
    await follow(this.tab, link);
  }

  /** The story's next screen. */
  next(): Promise<void> {
    return this.tab.clickButton('Next');
  }
}

/** The links matching `selector`, as laid out (none while the page is between documents). */
export function laidLinks(tab: Tab, selector: string): Promise<LaidLink[]> {
  return tab
    .evaluate(
      (s) =>
        [...document.querySelectorAll(s)].map((a) => {
          const box = a.getBoundingClientRect();
          return {
            name: a.getAttribute('aria-label') ?? a.textContent?.trim() ?? '',
            href: a.getAttribute('href'),
            shown: box.width > 0 && box.height > 0 && getComputedStyle(a).visibility !== 'hidden',
            left: box.left,
            right: box.right,
          };
        }),
      selector,
    )
    .catch(() => []);
}

/** The Look back page's links to the wrap-up and to sharing, in the list named "Your year". */
export const wrapLinks = (tab: Tab) => laidLinks(tab, 'nav[aria-label="Your year"] a');
