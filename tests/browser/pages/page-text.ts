// Reading a page as a person sees it, in every browser: the words shown (what
// is hidden is not read), every word the page holds (to prove something is
// nowhere, shown or not), whether an element shows, and the parts a screen
// reader names: a region or a list of links by its label, a link by its name;
// and following a link, by the keyboard once it shows, until the page it leads to has loaded.
import { expect } from '@playwright/test';
import type { Tab } from '../tab';

/** The words shown inside the first element matching (the whole page by default). */
export const shownText = (tab: Tab, selector = 'body'): Promise<string> =>
  tab.evaluate((s) => (document.querySelector(s) as HTMLElement | null)?.innerText ?? '', selector);

/** Every word inside the first element matching, shown or hidden. */
export const allText = (tab: Tab, selector = 'body'): Promise<string> =>
  tab.evaluate((s) => document.querySelector(s)?.textContent ?? '', selector);

/** Whether the first element matching takes room on the screen and is not made invisible. */
export const isShown = (tab: Tab, selector: string): Promise<boolean> =>
  tab.evaluate((s) => {
    const el = document.querySelector(s);
    if (!el) return false;
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  }, selector);

/**
 * The texts of what matches `inner` inside the first element whose
 * accessible name (aria-label, or the text of what aria-labelledby names) is
 * `name`; empty while there is none.
 */
export const textsIn = (tab: Tab, name: string, inner: string): Promise<string[]> =>
  tab.evaluate(
    ({ name, inner }) => {
      const nameOf = (el: Element) =>
        el.getAttribute('aria-label') ??
        document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent?.trim();
      const named = [...document.querySelectorAll('[aria-label], [aria-labelledby]')].find(
        (el) => nameOf(el) === name,
      );
      return [...(named?.querySelectorAll(inner) ?? [])].map((el) => el.textContent?.trim() ?? '');
    },
    { name, inner },
  );

/** A selector for the first link named `name` (its label, or its words), or undefined. */
export const linkNamed = (tab: Tab, name: string): Promise<string | undefined> =>
  tab.evaluate((n) => {
    const link = [...document.querySelectorAll('a[href]')].find(
      (a) => (a.getAttribute('aria-label') ?? a.textContent?.trim()) === n,
    );
    return link && `a[href=${JSON.stringify(link.getAttribute('href'))}]`;
  }, name);

/**
 * Follows the link matching `selector` as a keyboard does, once it is shown
 * (the new tab keeps its foot unseen while the card above it arrives), and
 * waits until the page it leads to has loaded. Not a click: a click aims at
 * a point, and on a slow machine a part arriving after the new tab has shown
 * its foot can still move the link from under that point.
 */
export async function follow(tab: Tab, selector: string): Promise<void> {
  const from = await tab.evaluate(() => location.href, null);
  await expect.poll(() => isShown(tab, selector), { message: `${selector} shown` }).toBe(true);
  await tab.focus(selector);
  await tab.press('Enter');
  await expect
    .poll(
      () =>
        tab
          .evaluate(
            (before) => location.href !== before && document.readyState === 'complete',
            from,
          )
          .catch(() => false),
      { message: `the page ${selector} leads to` },
    )
    .toBe(true);
}

/** The words shown in the region named by this heading, or undefined while there is none. */
export const regionText = (tab: Tab, heading: string): Promise<string | undefined> =>
  tab.evaluate((name) => {
    const section = [...document.querySelectorAll('section[aria-labelledby]')].find(
      (s) =>
        document.getElementById(s.getAttribute('aria-labelledby') ?? '')?.textContent?.trim() ===
        name,
    );
    return (section as HTMLElement | undefined)?.innerText;
  }, heading);
