// The toolbar popup at its real size, in every browser: its own width and
// the tallest a browser lets a popup be, and what a person sees of it there
// (its height, Settings in view, any list scrolling inside it). Both browsers
// open the popup as a tab here, so the tab is sized as the popup would be.
import type { Page as PlaywrightPage } from '@playwright/test';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { Tab } from '../tab';

export const POPUP = { width: 360, height: 600 };

/** Gives the tab the popup's frame. */
export async function sizeAsPopup(tab: Tab): Promise<void> {
  if (tab.engine === 'chromium') await (tab.raw as PlaywrightPage).setViewportSize(POPUP);
  else await (tab.raw as PuppeteerPage).setViewport(POPUP);
}

/** What a person sees of the popup's size. */
export function measure(tab: Tab) {
  return tab.evaluate(() => {
    const settings = [...document.querySelectorAll('nav.links a')].find((a) =>
      a.getAttribute('href')?.includes('options'),
    );
    return {
      // The page's own height (the frame may be taller than what it holds).
      height: Math.ceil(
        (document.querySelector('#app main')?.getBoundingClientRect().bottom ?? 0) + scrollY,
      ),
      scrolled: document.documentElement.scrollHeight > innerHeight,
      settingsBottom: settings?.getBoundingClientRect().bottom ?? Number.POSITIVE_INFINITY,
      scrollers: [...document.querySelectorAll('#app *')]
        .filter((el) => /auto|scroll/.test(getComputedStyle(el).overflowY))
        .filter((el) => el.scrollHeight > el.clientHeight)
        .map((el) => el.className || el.localName),
    };
  }, null);
}
