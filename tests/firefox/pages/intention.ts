// The intention page ("What are you here for?") in Firefox, in the tab the
// redirect sent there. As with the pause page, puppeteer's query helpers
// fail after that move, so it is read with plain evaluate, typed into with
// the keyboard (its field has focus) and its buttons clicked from inside the page.
import type { Page } from 'puppeteer-core';
import { type Firefox, ORIGIN, tabUrls } from '../../../scripts/lib/firefox';
import { clickButton } from './common';
import { waitUntil } from './pause';

/** Waits until a tab shows the intention page for siteUrl; returns when. */
export const waitForIntention = (ff: Firefox, siteUrl: string, timeoutMs: number) =>
  waitUntil(
    ff,
    async () => (await tabUrls(ff)).includes(`${ORIGIN}/intention.html#${siteUrl}`),
    timeoutMs,
  );

export class Intention {
  constructor(readonly page: Page) {}

  heading() {
    return this.page.evaluate(() => document.querySelector('h1')?.textContent?.trim());
  }

  /** The field's label, and whether the field has focus. */
  field() {
    return this.page.evaluate(() => {
      const input = document.querySelector('input[type=text]');
      const label = input?.id ? document.querySelector(`label[for="${input.id}"]`) : null;
      return { label: label?.textContent?.trim(), focused: document.activeElement === input };
    });
  }

  async type(text: string) {
    await this.page.keyboard.type(text);
  }

  click(label: 'Continue' | 'Skip') {
    return clickButton(this.page, label, 'intention page');
  }
}
