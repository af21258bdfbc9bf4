// What the popup and the new tab share, in every browser: the field to add a
// win (typed or pasted, and what it says when it refuses one), the chips,
// the polite line that says a save worked, today's rows or the empty line,
// and a row's one "More for “…”" button with the actions it opens.
import { expect } from '@playwright/test';
import type { App } from '../fixtures';
import type { Tab } from '../tab';
import { openShowing } from './open';

const FIELD = '.win-form input[type=text]';
const ROWS = 'ul.wins[aria-labelledby="today-heading"] > li';

/** What today's list says while it is empty. */
export const EMPTY_TODAY = "Nothing here yet, and that's fine. Even a glass of water counts.";

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

  /** Puts the text in the field at once, as a paste does, and presses Enter. */
  async pasteWin(text: string): Promise<void> {
    await this.tab.focus(FIELD);
    await this.tab.selectAll();
    await this.tab.paste(text);
    await this.tab.press('Enter');
  }

  /** Moves focus to the chip with these words, once it is there, and presses Enter. */
  async pressChip(words: string): Promise<void> {
    const focused = () =>
      this.tab.evaluate((w) => {
        const chips = [...document.querySelectorAll<HTMLElement>('fieldset.chips button.chip')];
        chips.find((chip) => chip.textContent === w)?.focus();
        return document.activeElement?.textContent === w;
      }, words);
    await expect.poll(focused, { message: `the chip “${words}”` }).toBe(true);
    await this.tab.press('Enter');
  }

  /** The field as it is now: its text, whether it has focus, whether it is marked invalid. */
  field(): Promise<{ value: string; focused: boolean; invalid: boolean }> {
    return this.tab.evaluate((s) => {
      const input = document.querySelector<HTMLInputElement>(s);
      return {
        value: input?.value ?? '',
        focused: input !== null && input === document.activeElement,
        invalid: input?.getAttribute('aria-invalid') === 'true',
      };
    }, FIELD);
  }

  /** What the field's refusal says, or undefined while there is none. */
  alert(): Promise<string | undefined> {
    return this.textOf('[role=alert]');
  }

  /** The line today's list shows while it is empty, or undefined once it has a win. */
  emptyLine(): Promise<string | undefined> {
    return this.textOf('section.today .empty');
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

  /** How many elements matching the selector today's list holds ("img, b": markup a win made). */
  elementsInList(selector: string): Promise<number> {
    return this.tab.evaluate(({ rows, s }) => document.querySelectorAll(`${rows} ${s}`).length, {
      rows: ROWS,
      s: selector,
    });
  }

  /** How far the page, a win or a tag reaches past the right edge (0 or less: nothing does). */
  overflowRight(): Promise<number> {
    return this.tab.evaluate(() => {
      const root = document.documentElement;
      const rights = [...document.querySelectorAll('.win, .tag')].map(
        (e) => e.getBoundingClientRect().right - innerWidth,
      );
      return Math.max(root.scrollWidth - root.clientWidth, ...rights);
    }, null);
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
