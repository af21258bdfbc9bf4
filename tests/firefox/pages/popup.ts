// The toolbar popup (opened as a tab: Firefox has no scriptable popup): type
// a win, press Enter, read today's list; the chips and today's energy.
import type { Page } from 'puppeteer-core';
import type { Firefox } from '../../../scripts/lib/firefox';
import { byRole, find, textOf, texts } from './common';

export class Popup {
  private constructor(readonly page: Page) {}

  static async open(ff: Firefox) {
    const popup = new Popup(await ff.openExt('popup.html'));
    await find(popup.page, popup.fieldSelector);
    return popup;
  }

  readonly fieldSelector = byRole('textbox', "What's your win?");

  field() {
    return find(this.page, this.fieldSelector);
  }

  /** Types the text and presses Enter. */
  async addWin(text: string) {
    const field = await this.field();
    await field.type(text);
    await field.press('Enter');
  }

  /** The one-press chips, in the order shown. */
  chips() {
    return texts(this.page, 'fieldset.chips button');
  }

  async pressChip(name: string) {
    await (await find(this.page, byRole('button', name))).click();
  }

  /** Answers (or changes) today's energy: "Low", "Some" or "Plenty". */
  async chooseEnergy(name: string) {
    await (await find(this.page, byRole('radio', name))).click();
  }

  /** The energy group's name: the question, or "Energy today" once answered. */
  energyName() {
    return textOf(this.page, '.energy-legend');
  }

  todayWins() {
    return texts(this.page, 'ul[aria-labelledby="today-heading"] .win-text');
  }
}
