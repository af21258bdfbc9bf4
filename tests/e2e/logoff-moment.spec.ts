// Log off is always acknowledged: whatever other tabs are open, the pause
// page says "Logged off … That's a win." in a live region for a beat before
// the tab closes, with the win already recorded; under reduced motion too.
import type { BrowserContext, Page } from '@playwright/test';
import { minutes } from '../../scripts/lib/test-minute';
import { expect, test } from './fixtures';
import { NewTabPage } from './pages/newtab';
import type { SiteTab } from './pages/pause';
import { loadMessages, say } from './words';

const en = loadMessages('en');
const moment = say(en, 'logoffMoment', 'Logged off social.test after 1 min');

/** Three other tabs in the window, opened before the site so the site's tab stays in front. */
async function openThreeOtherTabs(context: BrowserContext, openNewTab: () => Promise<Page>) {
  await openNewTab();
  for (let i = 0; i < 2; i++) await (await context.newPage()).goto('about:blank');
}

/** Everything the pause page's live regions say, caught as it is said. */
async function listenToStatus(page: Page): Promise<string[]> {
  const said: string[] = [];
  await page.exposeFunction('__said', (text: string) => said.push(text));
  await page.evaluate(() => {
    const tell = (window as unknown as { __said: (text: string) => void }).__said;
    new MutationObserver(() => {
      for (const region of document.querySelectorAll('[role="status"]')) {
        if (region.textContent) tell(region.textContent);
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return said;
}

async function logOffAndWatch(site: SiteTab) {
  const { page } = site;
  await site.waitForPause(minutes(1) + 15_000);
  await expect(site.logOff).toBeVisible();
  const said = await listenToStatus(page);
  const closed = page.waitForEvent('close', { timeout: 30_000 });
  await site.logOff.click();
  // Said and seen on the pause page itself, while the tab is still there.
  await expect(page.getByRole('status').filter({ hasText: moment })).toHaveText(moment);
  await expect(page.getByText(moment)).toBeVisible();
  await closed;
  expect(said).toContain(moment);
}

test('with three other tabs open, Log off says the win on the pause page before the tab closes', async ({
  context,
  limitAndVisit,
  openNewTab,
}) => {
  await openThreeOtherTabs(context, openNewTab);
  const { site } = await limitAndVisit('social.test', 1, 'http://social.test/feed');
  await logOffAndWatch(site);
  const newtab = new NewTabPage(await openNewTab());
  await expect(newtab.todayTexts).toHaveText(['Logged off social.test after 1 min']);
});

test('under reduced motion the log-off line is still shown and said before the tab closes', async ({
  context,
  limitAndVisit,
  openNewTab,
}) => {
  await openThreeOtherTabs(context, openNewTab);
  const { site } = await limitAndVisit('social.test', 1, 'http://social.test/feed');
  await site.page.emulateMedia({ reducedMotion: 'reduce' });
  await logOffAndWatch(site);
  const newtab = new NewTabPage(await openNewTab());
  await expect(newtab.todayTexts).toHaveText(['Logged off social.test after 1 min']);
});
