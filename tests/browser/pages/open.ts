// Opening one of the extension's pages for a page object: the page in a new
// tab, waited for until what the person came to it for is there (its field,
// its cards, its heading), in every browser alike.
import { expect } from '@playwright/test';
import type { App, View } from '../fixtures';
import type { Tab } from '../tab';

/** Opens `view` (with `query`) and waits until an element matching `selector` is on it. */
export async function openShowing(
  app: App,
  view: View,
  selector: string,
  what: string,
  query = '',
): Promise<Tab> {
  const tab = await app.open(view, query);
  await expect
    .poll(() => tab.evaluate((s) => document.querySelector(s) !== null, selector), {
      message: what,
    })
    .toBe(true);
  return tab;
}
