// The first day of the week chosen in Options is the one every weekly view
// counts from: the Look back page's year grid's first row, "this week" in Share, and the
// weekly review's default day (the week's last).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The date a week starting on `start` (0 = Sunday) began, as Share writes it. */
const weekBegan = (page: Page, start: number) =>
  page.evaluate((start) => {
    const now = new Date();
    const back = (now.getDay() - start + 7) % 7;
    const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() - back, 12);
    return new Intl.DateTimeFormat(navigator.language, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(d);
  }, start);

for (const [start, first, last] of [
  [6, 'Saturday', 'Friday'],
  [1, 'Monday', 'Sunday'],
] as const) {
  test(`with weeks starting on ${first}, the year grid, Share and the weekly review all count from ${first}`, {
    tag: '@any-day',
  }, async ({ openOptions, context, extensionId }) => {
    const options = await openOptions();
    await options.getByLabel('Weeks start on').selectOption(String(start));
    const review = options.getByLabel('Weekly review on');
    await expect(review.locator('option:checked')).toHaveText(
      `The last day of your week (${last})`,
    );
    // The review's days are listed in the order of the week.
    await expect(review.locator('option').nth(1)).toHaveText(first);

    const lookBack = await context.newPage();
    await lookBack.goto(`chrome-extension://${extensionId}/newtab.html`);
    const field = lookBack.getByRole('textbox', { name: 'Add a win for today' });
    await field.fill('Watered the plants');
    await field.press('Enter');
    await expect(lookBack.locator('.win-text')).toHaveText(['Watered the plants']);
    await lookBack.goto(`chrome-extension://${extensionId}/lookback.html`);
    const firstRow = lookBack.getByRole('grid').getByRole('row').first();
    await expect(firstRow.getByRole('gridcell').first()).toHaveAccessibleName(
      new RegExp(`\\b${first}\\b`),
    );

    const share = await context.newPage();
    await share.goto(`chrome-extension://${extensionId}/share.html`);
    await expect(share.locator('#sheet-heading')).toContainText(await weekBegan(share, start));
  });
}
