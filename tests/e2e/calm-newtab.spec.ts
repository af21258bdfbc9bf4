// The new tab is one calm screen: the date, today's wins, the field, one card
// for the moment and a small way on. Measured at 1280×800 with the shared
// measure (scripts/lib/calm-measure.ts) on a first day and with a year of
// history and twelve wins today, a Sunday evening's worth of moments at once.
import type { Page } from '@playwright/test';
import { measurePage, SCREEN } from '../../scripts/lib/calm-measure';
import { putWins, yearOfWins } from '../../scripts/lib/year-seed';
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options';

/** The new tab once everything it loads has arrived, the mouse away and nothing focused. */
async function atRest(page: Page) {
  await page.setViewportSize(SCREEN);
  await expect(page.locator('main .settling')).toHaveCount(0);
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const measure = await page.evaluate(measurePage);
  test.info().annotations.push({ type: 'measure', description: JSON.stringify(measure) });
  return measure;
}

/** A year of wins and twelve today, on an evening that is also the weekly review's day. */
async function livedIn(openOptions: () => Promise<Page>) {
  const options = await openOptions();
  await new OptionsPage(options).makeEveningAndReviewDay();
  // The extension's own now and today, in its own zone: a fresh profile's day starts at midnight.
  const { now, today } = await options.evaluate(() => {
    const d = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return {
      now: d.getTime(),
      today: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
    };
  });
  await options.evaluate(putWins, yearOfWins(today, 12, now));
}

test('on a first day the new tab fits one screen', { tag: '@any-day' }, async ({ openNewTab }) => {
  const newtab = await openNewTab();
  await expect(newtab.getByText(/Even a glass of water counts/)).toBeVisible();
  const measure = await atRest(newtab);
  expect(measure.height).toBeLessThanOrEqual(SCREEN.height);
  expect(measure.blocks.length).toBeLessThanOrEqual(5);
});

test('with a year of history and twelve wins today the new tab stays within 1.4 screens and five blocks', async ({
  openOptions,
  openNewTab,
}) => {
  await livedIn(openOptions);
  const newtab = await openNewTab();
  await expect(newtab.getByRole('list', { name: /Today/ }).getByRole('listitem')).toHaveCount(12);
  const measure = await atRest(newtab);
  expect(measure.winRows).toBe(12);
  expect(measure.height).toBeLessThanOrEqual(1.4 * SCREEN.height);
  expect(measure.blocks.length).toBeLessThanOrEqual(5);
});

test('at rest, each of today’s wins shows at most one control', async ({
  openOptions,
  openNewTab,
}) => {
  await livedIn(openOptions);
  const newtab = await openNewTab();
  await expect(newtab.getByRole('list', { name: /Today/ }).getByRole('listitem')).toHaveCount(12);
  const measure = await atRest(newtab);
  expect(measure.controlsPerWin).toBeLessThanOrEqual(1);
});
