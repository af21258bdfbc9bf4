// In Firefox ESR: the new tab is one calm screen, measured at 1280×800 with
// the same measure as in Chromium (scripts/lib/calm-measure.ts): on a first
// day it fits one screen; with a year of history and twelve wins today, on an
// evening (a zone where it is 8 pm, the recap offered), it stays within 1.4 screens
// and five blocks, with at most one control per win at rest.
import type { Page } from 'puppeteer-core';
import { measurePage, SCREEN } from '../../scripts/lib/calm-measure';
import { zoneAtHour } from '../../scripts/lib/clock';
import { putWins, yearOfWins } from '../../scripts/lib/year-seed';
import { expect, type Launch, test } from './fixtures';
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

/**
 * A year of wins and twelve today, in a Firefox living 8 pm of its own day
 * (a zone where it is that hour now), when the evening recap is offered.
 */
async function livedIn(launch: Launch): Promise<NewTab> {
  const ff = await launch({ zone: zoneAtHour(20, Date.now()) });
  const options = await ff.openExt('options.html');
  // The extension's own today, in its own zone: a fresh profile's day starts at midnight.
  const today = await options.evaluate(() => {
    const d = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });
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
  launch,
}) => {
  const newtab = await livedIn(launch);
  const measure = await atRest(newtab.page);
  expect(measure.winRows).toBe(12);
  expect(measure.height).toBeLessThanOrEqual(1.4 * SCREEN.height);
  expect(measure.blocks.length).toBeLessThanOrEqual(5);
});

test('at rest, each of today’s wins shows at most one control', async ({ launch }) => {
  const newtab = await livedIn(launch);
  const measure = await atRest(newtab.page);
  expect(measure.controlsPerWin).toBeLessThanOrEqual(1);
});
