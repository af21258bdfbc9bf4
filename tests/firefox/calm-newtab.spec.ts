// In Firefox ESR: the new tab is one calm screen, measured at 1280×800 with
// the same measure as in Chromium (scripts/lib/calm-measure.ts): on a first
// day it fits one screen; with a year of history and twelve wins today, on an
// evening (the recap offered from midnight on), it stays within 1.4 screens
// and five blocks, with at most one control per win at rest.
import type { Page } from 'puppeteer-core';
import { measurePage, SCREEN } from '../../scripts/lib/calm-measure';
import type { Firefox } from '../../scripts/lib/firefox';
import { putWins, yearOfWins } from '../../scripts/lib/year-seed';
import { dayKey } from '../../utils/core/day';
import { expect, test } from './fixtures';
import { byRole, find } from './pages/common';
import { NewTab } from './pages/newtab';

/** The new tab once the card and the way on have arrived, the mouse away and nothing focused. */
async function atRest(page: Page) {
  await page.setViewport(SCREEN);
  await find(page, 'nav.ways');
  await expect.poll(() => page.$$eval('main .settling', (els) => els.length)).toBe(0);
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const measure = await page.evaluate(measurePage);
  test.info().annotations.push({ type: 'measure', description: JSON.stringify(measure) });
  return measure;
}

/** A year of wins and twelve today, on a day whose recap is offered all day. */
async function livedIn(ff: Firefox): Promise<NewTab> {
  const options = await ff.openExt('options.html');
  const recapFrom = await find(options, byRole('combobox', 'Offer the evening recap from'));
  await recapFrom.select('0');
  // The extension's own today: a fresh profile's day starts at midnight.
  const today = dayKey(await options.evaluate(() => Date.now()), 0);
  await options.evaluate(putWins, yearOfWins(today, 12));
  const newtab = await NewTab.open(ff);
  await expect.poll(async () => (await newtab.todayWins()).length).toBe(12);
  await find(newtab.page, byRole('heading', 'Three things that went well today'));
  return newtab;
}

test('on a first day the new tab fits one screen', async ({ ff }) => {
  const newtab = await NewTab.open(ff);
  const measure = await atRest(newtab.page);
  expect(measure.height).toBeLessThanOrEqual(SCREEN.height);
  expect(measure.blocks.length).toBeLessThanOrEqual(5);
});

test('with a year of history and twelve wins today the new tab stays within 1.4 screens and five blocks', async ({
  ff,
}) => {
  const newtab = await livedIn(ff);
  const measure = await atRest(newtab.page);
  expect(measure.winRows).toBe(12);
  expect(measure.height).toBeLessThanOrEqual(1.4 * SCREEN.height);
  expect(measure.blocks.length).toBeLessThanOrEqual(5);
});

test('at rest, each of today’s wins shows at most one control', async ({ ff }) => {
  const newtab = await livedIn(ff);
  const measure = await atRest(newtab.page);
  expect(measure.controlsPerWin).toBeLessThanOrEqual(1);
});
