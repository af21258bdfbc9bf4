// Reloading a tab in every browser, as a person's reload does: the page is
// loaded again from its address, and the call returns once the new document
// has loaded. Asked from inside the page, so it holds also in a tab the
// extension moved (a site sent to the pause page). In Firefox puppeteer's
// query helpers (fill, a located click) no longer find the reloaded page's
// elements: read it through evaluate, or open the page again instead.
import { expect } from '@playwright/test';
import type { Tab } from '../tab';

export async function reload(tab: Tab): Promise<void> {
  const origin = () =>
    tab
      .evaluate(
        () => (document.readyState === 'complete' ? performance.timeOrigin : undefined),
        null,
      )
      .catch(() => undefined);
  const before = await tab.evaluate(() => performance.timeOrigin, null);
  // After the call has answered: a page leaving under a running call fails it.
  await tab.evaluate(() => {
    setTimeout(() => location.reload(), 0);
  }, null);
  await expect
    .poll(
      async () => {
        const now = await origin();
        return now !== undefined && now !== before;
      },
      { message: 'the page loaded again' },
    )
    .toBe(true);
}
