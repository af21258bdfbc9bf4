// Sync between computers in Firefox ESR: two (then three) profiles, the sync
// area carried between them by the test (Firefox Sync cannot run here; see
// scripts/lib/sync-carry.ts). A win, an edit, a deletion, a proud mark and a
// limited site arrive; minutes from both add up to one pause; the same win
// edited on both settles the same; a new computer receives everything
// without overwriting; a full sync area is reported kindly.
import type { Page } from 'puppeteer-core';
import { carry } from '../../scripts/lib/sync-carry';
import { minutes, PAUSE_LATENESS_MS } from '../../scripts/lib/test-minute';
import { expect, test } from './fixtures';
import { byRole, fill, find } from './pages/common';
import { NewTab } from './pages/newtab';
import { countedMs, stayFor, waitForPause } from './pages/pause';
import { Popup } from './pages/popup';
import { SyncFirefox } from './pages/sync';
import { showActions } from './pages/win-rows';

const ARRIVAL = { timeout: 20_000 };

async function editWin(page: Page, from: string, to: string) {
  await showActions(page, from);
  await (await find(page, byRole('button', `Edit “${from}”`))).click();
  const field = await find(page, byRole('textbox', 'Edit win'));
  await fill(field, to);
  await field.press('Enter');
}

test('a win, an edit, a deletion, a proud mark and a limited site with its budget arrive on the other computer', async ({
  ff,
  launch,
}) => {
  test.setTimeout(150_000);
  const laptop = await SyncFirefox.open(ff);
  await laptop.options.limitSite('news.test', 7);
  const popup = await Popup.open(ff);
  await popup.addWin('Walked the dog');
  await popup.addWin('Tidied the desk');
  await laptop.turnOn('Laptop');
  const desk = await SyncFirefox.open(await launch());
  await desk.turnOn('Desk');

  await carry(laptop, desk);
  const there = await NewTab.open(desk.ff);
  await expect
    .poll(() => there.todayWins(), ARRIVAL)
    .toEqual(['Tidied the desk', 'Walked the dog']);
  await expect
    .poll(() => desk.limitedSites(), ARRIVAL)
    .toEqual([expect.stringContaining('7 minutes')]);
  expect((await desk.limitedSites())[0]).toContain('news.test');

  const here = await NewTab.open(ff);
  await editWin(here.page, 'Walked the dog', 'Walked the dog in the rain');
  await expect.poll(() => here.todayWins()).toContain('Walked the dog in the rain');
  await showActions(here.page, 'Tidied the desk');
  await (await find(here.page, byRole('button', 'Delete “Tidied the desk”'))).click();
  await showActions(here.page, 'Walked the dog in the rain');
  await (
    await find(here.page, byRole('button', 'Proud of this: Walked the dog in the rain'))
  ).click();
  await laptop.expectSent('"proud":true');

  await carry(laptop, desk);
  await expect.poll(() => there.todayWins(), ARRIVAL).toEqual(['Walked the dog in the rain']);
  await showActions(there.page, 'Walked the dog in the rain');
  const proud = async () =>
    (
      await find(there.page, byRole('button', 'Proud of this: Walked the dog in the rain'))
    ).evaluate((el) => el.getAttribute('aria-pressed'));
  await expect.poll(proud, ARRIVAL).toBe('true');

  // The same win edited on both computers before either hears of the other.
  await editWin(here.page, 'Walked the dog in the rain', 'Walked the dog at dawn');
  await editWin(there.page, 'Walked the dog in the rain', 'Walked the dog by the river');
  await laptop.expectSent('Walked the dog at dawn');
  await desk.expectSent('Walked the dog by the river');
  await carry(laptop, desk);
  await carry(desk, laptop);
  const both = async () => [String(await here.todayWins()), String(await there.todayWins())];
  await expect.poll(async () => new Set(await both()).size, ARRIVAL).toBe(1);
  expect(['Walked the dog at dawn', 'Walked the dog by the river']).toContain((await both())[0]);
});

test('minutes from both computers add up to one pause', async ({ ff, launch }) => {
  test.setTimeout(150_000);
  const budget = minutes(3);
  const laptop = await SyncFirefox.open(ff);
  await laptop.options.limitSite('news.test', 3);
  await laptop.turnOn('Laptop');
  const desk = await SyncFirefox.open(await launch());
  await desk.turnOn('Desk');

  const visit = await ff.openSite('http://news.test/');
  await stayFor(ff, budget / 2);
  await visit.close();
  await expect.poll(() => countedMs(laptop.page, 'news.test')).toBeGreaterThan(budget / 3);
  const laptopMs = await countedMs(laptop.page, 'news.test');
  await laptop.expectSent(`"ms":${laptopMs}`);

  await carry(laptop, desk);
  await expect
    .poll(() => desk.limitedSites(), ARRIVAL)
    .toEqual([expect.stringContaining('news.test')]);
  // The desk's options list the site's minutes today, the laptop's included.
  await expect
    .poll(() => desk.limitedSites(), ARRIVAL)
    .not.toEqual([expect.stringContaining('Up to 3 minutes a day')]);

  await desk.ff.openSite('http://news.test/');
  await waitForPause(desk.ff, 'http://news.test/', budget);
  const deskMs = await countedMs(desk.page, 'news.test');
  expect(deskMs + laptopMs).toBeGreaterThanOrEqual(budget - 1_000);
  expect(deskMs + laptopMs).toBeLessThanOrEqual(budget + PAUSE_LATENESS_MS);
});

test('a third computer receives everything without overwriting, and a full sync area is reported kindly', async ({
  ff,
  launch,
}) => {
  test.setTimeout(150_000);
  const laptop = await SyncFirefox.open(ff);
  await (await Popup.open(ff)).addWin('Read a chapter');
  await laptop.turnOn('Laptop');
  const spare = await SyncFirefox.open(await launch());
  await (await Popup.open(spare.ff)).addWin('Watered the plants');
  await spare.turnOn('Spare');
  await carry(laptop, spare);
  const onSpare = await NewTab.open(spare.ff);
  const sorted = async (tab: NewTab) => (await tab.todayWins()).sort();
  const everything = ['Read a chapter', 'Watered the plants'];
  await expect.poll(() => sorted(onSpare), ARRIVAL).toEqual(everything);
  await spare.expectSent('Watered the plants');
  await carry(spare, laptop);
  const onLaptop = await NewTab.open(ff);
  await expect.poll(() => sorted(onLaptop), ARRIVAL).toEqual(everything);

  // Other data fills the area almost to the brim (Firefox counts a little more
  // than key and JSON, so some room is left): no day has room, and nothing is lost.
  const own = Object.entries(await laptop.area()).reduce(
    (sum, [k, v]) => sum + k.length + JSON.stringify(v).length,
    0,
  );
  const filler: Record<string, string> = {};
  let room = 102_400 - own - 1_500;
  for (let i = 0; room > 20; i++) {
    const size = Math.min(8_000, room - 12);
    filler[`other-${i}`] = 'x'.repeat(size);
    room -= `other-${i}`.length + size + 2;
  }
  await laptop.write(filler, []);
  await (await Popup.open(ff)).addWin('Stretched for five minutes');
  await expect
    .poll(() => laptop.page.evaluate(() => document.body.innerText), ARRIVAL)
    .toContain('Space is getting short, so your oldest');
  await expect
    .poll(() => sorted(onLaptop))
    .toEqual([...everything, 'Stretched for five minutes'].sort());
});
