// The Look back page and the way to it: a small link and the L key on the new
// tab (never while typing), a kind sentence on a first day instead of empty
// charts, the way back to today, axe clean light and dark, and the weekly
// review offered on the new tab on its day.
import type { BrowserContext, Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { installBrowserTime } from './pages/clock';

const EMPTY = /^Nothing to look back on yet, and that's fine\./;

async function addWin(newtab: Page, text: string) {
  const field = newtab.getByRole('textbox', { name: 'Add a win for today' });
  await field.fill(text);
  await field.press('Enter');
  await expect(newtab.locator('.win-text', { hasText: text })).toBeVisible();
}

/** The browser's own today at `hour`, on every page opened after. */
const at = (context: BrowserContext, hour: number) => installBrowserTime(context, hour);

test('on a first day the Look back page says so kindly, with no empty charts', {
  tag: '@any-day',
}, async ({ openLookBack }) => {
  const lookBack = await openLookBack();
  await expect(lookBack).toHaveTitle('Look back · Small Wins');
  await expect(lookBack.getByRole('heading', { level: 1, name: 'Look back' })).toBeVisible();
  await expect(lookBack.getByText(EMPTY)).toBeVisible();
  await expect(lookBack.getByRole('grid')).toHaveCount(0);
  await expect(lookBack.getByRole('list', { name: 'Wins per day' })).toHaveCount(0);
  await lookBack.getByRole('link', { name: 'Back to today' }).click();
  await expect(lookBack.getByRole('heading', { name: "Today's wins" })).toBeVisible();
});

test('L opens the Look back page from the new tab, but types an L in the field', async ({
  openNewTab,
}) => {
  const newtab = await openNewTab();
  const field = newtab.getByRole('textbox', { name: 'Add a win for today' });
  const ways = newtab.getByRole('navigation', { name: 'More of Small Wins' });
  await expect(ways.getByRole('link', { name: 'Look back' })).toHaveAttribute(
    'aria-keyshortcuts',
    'L',
  );
  await expect(ways.getByRole('link', { name: 'Settings' })).toHaveAttribute(
    'href',
    '/options.html',
  );
  await field.focus();
  await newtab.keyboard.type('Lunch walk');
  await expect(field).toHaveValue('Lunch walk');
  await field.press('Enter');
  await expect(newtab.locator('.win-text')).toHaveText(['Lunch walk']);

  await field.blur();
  await newtab.keyboard.press('l');
  await expect(newtab).toHaveURL(/\/lookback\.html$/);
  await expect(newtab.getByRole('region', { name: 'The last 7 days' })).toContainText(
    'Days with a win: 1 of 7',
  );
});

test('the Look back page works by keyboard alone: from the new tab’s link to search', async ({
  openNewTab,
}) => {
  const newtab = await openNewTab();
  await addWin(newtab, 'Fixed the shelf #home');
  const link = newtab.getByRole('link', { name: 'Look back' });
  await link.focus();
  await newtab.keyboard.press('Enter');
  await expect(newtab).toHaveURL(/\/lookback\.html$/);
  const search = newtab.getByRole('searchbox', { name: 'Search wins' });
  await expect(search).toBeVisible();
  // Tab moves from the way back to today into the cards, and on to search.
  await newtab.getByRole('link', { name: 'Back to today' }).focus();
  for (let i = 0; i < 30; i++) {
    await newtab.keyboard.press('Tab');
    if (await search.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(search).toBeFocused();
  await newtab.keyboard.type('shelf');
  await expect(
    newtab.getByRole('region', { name: 'Search your wins' }).getByRole('status'),
  ).toHaveText('Wins found: 1');
});

test('on the weekly review’s day, an afternoon with wins this week offers the review', async ({
  context,
  openOptions,
  openNewTab,
}) => {
  await at(context, 15);
  const options = await openOptions();
  const weekday = await options.evaluate(() => new Date().getDay());
  await options.getByLabel('Weekly review on').selectOption(String(weekday));
  const newtab = await openNewTab();
  await addWin(newtab, 'Wrote the plan');
  await newtab.reload();
  const review = newtab.getByRole('region', { name: 'Weekly review' });
  await expect(review).toBeVisible();
  await expect(newtab.locator('main .card')).toHaveCount(1);
});

for (const theme of ['light', 'dark'] as const) {
  test.describe(theme, () => {
    test.use({ theme });
    test(`the Look back page passes axe, empty and lived in (${theme})`, async ({
      openNewTab,
      openLookBack,
    }) => {
      // Three audits, one over a year of days: more than a loaded machine's minute.
      test.setTimeout(150_000);
      const lookBack = await openLookBack();
      await expect(lookBack.getByText(EMPTY)).toBeVisible();
      expect(await seriousViolations(lookBack)).toEqual([]);

      const newtab = await openNewTab();
      await addWin(newtab, 'Called a friend #kin');
      await expect(newtab.getByRole('link', { name: 'Look back' })).toBeVisible();
      expect(await seriousViolations(newtab)).toEqual([]);
      await lookBack.reload();
      await expect(lookBack.getByRole('grid', { name: 'A year of days' })).toBeVisible();
      await expect(lookBack.getByRole('link', { name: 'Your year' })).toBeVisible();
      expect(await seriousViolations(lookBack)).toEqual([]);
    });
  });
}
