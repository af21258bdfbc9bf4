// Safe on a shared screen, in every browser: the new tab's H key (pressed
// with the focus on the page, not in a field), whether the page is marked
// hidden, the card for the moment, the settings' choice to open every new
// tab hidden, and a reload (to see the page as it opens).
import { expect } from '@playwright/test';
import type { App } from '../fixtures';
import type { Tab } from '../tab';
import { OptionsView } from './options';

const SETTING = 'Open the new tab with personal text hidden (safe on a shared screen)';

/** Presses H on the new tab, with the focus on the page (a click on the date), not in the field. */
export async function pressH(tab: Tab): Promise<void> {
  await tab.click('.date');
  await tab.press('h');
}

/** Whether the page is marked safe on a shared screen. */
export const markedHidden = (tab: Tab): Promise<boolean> =>
  tab.evaluate(() => document.documentElement.classList.contains('screen-safe'), null);

/** How many cards for the moment the new tab holds. */
export const momentCards = (tab: Tab): Promise<number> =>
  tab.evaluate(() => document.querySelectorAll('main .card.moment').length, null);

/** Ticks "open hidden" in the settings and waits until they say it is saved. */
export async function openHiddenFromNowOn(app: App): Promise<void> {
  const options = await OptionsView.open(app);
  await expect
    .poll(() =>
      options.tab.evaluate(
        () =>
          (document.querySelector('input#hide-on-start') as HTMLInputElement | null)?.labels?.[0]
            ?.textContent,
        null,
      ),
    )
    .toBe(SETTING);
  await options.tab.click('input#hide-on-start');
  await expect.poll(() => options.status()).toBe('Saved.');
}

/** Reloads the page and waits until the new one has loaded (its first frame long drawn). */
export async function reload(tab: Tab): Promise<void> {
  type Marked = { before?: boolean };
  await tab.evaluate(() => {
    (window as unknown as Marked).before = true;
    setTimeout(() => location.reload());
  }, null);
  await expect
    .poll(
      () =>
        tab
          .evaluate(
            () =>
              (window as unknown as Marked).before !== true && document.readyState === 'complete',
            null,
          )
          .catch(() => false),
      { message: 'the page loaded again' },
    )
    .toBe(true);
}
