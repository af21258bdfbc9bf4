// What the popup and the new tab share, in every browser: the field to add a
// win, the polite line that says a save worked, today's rows, and a row's
// one "More for “…”" button with the actions it opens.
import { expect } from '@playwright/test';
import type { App } from '../fixtures';
import type { Tab } from '../tab';
import { openShowing } from './open';

const FIELD = '.win-form input[type=text]';
const ROWS = 'ul.wins[aria-labelledby="today-heading"] > li';

/** A row of today's list as it is now: its classes, whether it just arrived, its buttons. */
export interface Row {
  classes: string[];
  fresh: boolean;
  buttons: number;
  /** The background colour at rest, to tell a warm (proud) row from a plain one. */
  ground: string;
}

/** A CSS selector for the element with exactly this aria-label. */
export const labelled = (name: string) => `[aria-label=${JSON.stringify(name)}]`;
export const moreFor = (text: string) => `button${labelled(`More for “${text}”`)}`;

export class WinsView {
  private constructor(readonly tab: Tab) {}

  /** Opens the popup or the new tab and waits for its field. */
  static async open(app: App, view: 'popup' | 'newtab'): Promise<WinsView> {
    return new WinsView(await openShowing(app, view, FIELD, `the ${view}'s field`));
  }

  /** Types the win into the field as a person would, and presses Enter. */
  async addWin(text: string): Promise<void> {
    await this.tab.focus(FIELD);
    await this.tab.selectAll();
    await this.tab.type(text);
    await this.tab.press('Enter');
  }

  /** Adds the wins one by one and waits until today's list holds them all. */
  async addWinsAndWait(...texts: string[]): Promise<void> {
    const before = (await this.todayTexts()).length;
    for (const text of texts) await this.addWin(text);
    await expect.poll(async () => (await this.todayTexts()).length).toBe(before + texts.length);
  }

  /** The words of today's rows, in the order shown. */
  todayTexts(): Promise<string[]> {
    return this.tab.evaluate(
      (rows) =>
        [...document.querySelectorAll(`${rows} .win-text`)].map((el) => el.textContent ?? ''),
      ROWS,
    );
  }

  /** What the polite line under the field says now. */
  saveStatus(): Promise<string> {
    return this.tab.evaluate(
      () => document.querySelector('.win-form [role=status]')?.textContent?.trim() ?? '',
      null,
    );
  }

  /** The row of today's list with exactly these words, or undefined. */
  row(text: string): Promise<Row | undefined> {
    return this.tab.evaluate(
      ({ rows, words }) => {
        const li = [...document.querySelectorAll(rows)].find(
          (el) => el.querySelector('.win-text')?.textContent === words,
        );
        return (
          li && {
            classes: [...li.classList],
            fresh: li.hasAttribute('data-fresh'),
            buttons: li.querySelectorAll('button').length,
            ground: getComputedStyle(li).backgroundColor,
          }
        );
      },
      { rows: ROWS, words: text },
    );
  }

  /** The number of buttons in today's list, all rows together. */
  buttonsInList(): Promise<number> {
    return this.tab.evaluate((rows) => document.querySelectorAll(`${rows} button`).length, ROWS);
  }

  /** The text of the first element matching, or undefined. */
  textOf(selector: string): Promise<string | undefined> {
    return this.tab.evaluate(
      (s) => document.querySelector(s)?.textContent?.trim() ?? undefined,
      selector,
    );
  }

  /** An attribute of the first element matching, or null. */
  attributeOf(selector: string, name: string): Promise<string | null> {
    return this.tab.evaluate(({ s, n }) => document.querySelector(s)?.getAttribute(n) ?? null, {
      s: selector,
      n: name,
    });
  }

  /** The accessible label of the focused element. */
  focusedLabel(): Promise<string | null> {
    return this.tab.evaluate(
      () => document.activeElement?.getAttribute('aria-label') ?? null,
      null,
    );
  }

  /** Presses Tab until the focused element has this label (at most six times). */
  async tabTo(name: string): Promise<void> {
    for (let i = 0; i < 6; i++) {
      await this.tab.press('Tab');
      if ((await this.focusedLabel()) === name) return;
    }
    throw new Error(`Tab never reached “${name}”`);
  }
}
