// Sync between computers in Chromium: two (then three) browser profiles, the
// sync area carried between them by the test (see pages/sync.ts). What one
// computer writes arrives on the other; edits and deletions travel; minutes
// from both add up to one pause; the same win edited on both settles the same;
// a new computer receives everything without overwriting; a full sync area is
// reported and nothing is lost.

import { minutes, PAUSE_LATENESS_MS } from '../../scripts/lib/test-minute';
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options';
import { SiteTab } from './pages/pause';
import { carry, SyncComputer } from './pages/sync';
import { showActions } from './pages/win-actions';
import { readUsage } from './pages/worker';

const ARRIVAL = { timeout: 20_000 };

test('a win, an edit, a deletion, a proud mark and a limited site with its budget arrive on the other computer', async ({
  context,
  sites,
  outsideRequests,
}) => {
  test.setTimeout(120_000);
  const laptop = await SyncComputer.of(context);
  const desk = await SyncComputer.launch(sites.port, outsideRequests);
  try {
    await new OptionsPage(laptop.options).limitSite('news.test', 7);
    const here = await laptop.newTab();
    await here.addWinsAndWait('Walked the dog', 'Tidied the desk');
    await laptop.turnOn('Laptop');
    await desk.turnOn('Desk');

    await carry(laptop, desk);
    const there = await desk.newTab();
    // Newest first, as on the laptop.
    await expect(there.todayTexts).toHaveText(['Tidied the desk', 'Walked the dog'], ARRIVAL);
    const deskSites = desk.options.getByRole('list', { name: /limited sites/i });
    await expect(deskSites).toContainText('news.test', ARRIVAL);
    await expect(deskSites).toContainText('7', ARRIVAL);

    await showActions(here.page, 'Walked the dog');
    await here.page.getByRole('button', { name: 'Edit “Walked the dog”' }).click();
    const edit = here.page.getByRole('textbox', { name: 'Edit win' });
    await edit.fill('Walked the dog in the rain');
    await edit.press('Enter');
    await showActions(here.page, 'Tidied the desk');
    await here.page.getByRole('button', { name: 'Delete “Tidied the desk”' }).click();
    await showActions(here.page, 'Walked the dog in the rain');
    await here.page
      .getByRole('button', { name: 'Proud of this: Walked the dog in the rain' })
      .click();
    await laptop.expectSent('Walked the dog in the rain');
    await laptop.expectSent('"proud":true');

    await carry(laptop, desk);
    await expect(there.todayTexts).toHaveText(['Walked the dog in the rain'], ARRIVAL);
    await showActions(there.page, 'Walked the dog in the rain');
    await expect(
      there.page.getByRole('button', { name: 'Proud of this: Walked the dog in the rain' }),
    ).toHaveAttribute('aria-pressed', 'true', ARRIVAL);
    // Carried again, the desk's copy brings nothing back to the laptop.
    await carry(desk, laptop);
    await carry(laptop, desk);
    await expect(here.todayTexts).toHaveText(['Walked the dog in the rain']);
  } finally {
    await desk.context.close();
  }
});

test('minutes from both computers add up to one pause', async ({
  context,
  sites,
  outsideRequests,
}) => {
  test.setTimeout(120_000);
  const budget = minutes(3);
  const laptop = await SyncComputer.of(context);
  const desk = await SyncComputer.launch(sites.port, outsideRequests);
  try {
    await new OptionsPage(laptop.options).limitSite('news.test', 3);
    await laptop.turnOn('Laptop');
    await desk.turnOn('Desk');
    // Some of the budget spent on the laptop, then the tab closed.
    const visit = await SiteTab.open(laptop.context, 'http://news.test/');
    await visit.page.waitForTimeout(budget / 2);
    await visit.page.close();
    // Closing the tab ends the visit; the worker writes its minutes after.
    let laptopMs = 0;
    await expect
      .poll(async () => {
        laptopMs = (await readUsage(laptop.context, 'news.test'))?.ms ?? 0;
        return laptopMs;
      }, ARRIVAL)
      .toBeGreaterThan(budget / 3);
    await laptop.expectSent(`"ms":${laptopMs}`);

    await carry(laptop, desk);
    await expect(desk.options.getByRole('list', { name: /limited sites/i })).toContainText(
      'news.test',
      ARRIVAL,
    );
    await expect
      .poll(async () => {
        const { syncOthers } = await desk.options.evaluate(() =>
          (
            globalThis as unknown as {
              chrome: {
                storage: { local: { get: (k: string) => Promise<Record<string, unknown>> } };
              };
            }
          ).chrome.storage.local.get('syncOthers'),
        );
        return JSON.stringify(syncOthers ?? {});
      }, ARRIVAL)
      .toContain(String(laptopMs));

    const deskVisit = await SiteTab.open(desk.context, 'http://news.test/');
    await deskVisit.waitForPause(budget);
    // The desk paused after only its share: the budget less the laptop's minutes.
    const deskMs = (await readUsage(desk.context, 'news.test'))?.ms ?? 0;
    expect(deskMs + laptopMs).toBeGreaterThanOrEqual(budget - 1_000);
    expect(deskMs + laptopMs).toBeLessThanOrEqual(budget + PAUSE_LATENESS_MS);
  } finally {
    await desk.context.close();
  }
});

test('the same win edited on both computers settles the same on both, and a third receives everything without overwriting', async ({
  context,
  sites,
  outsideRequests,
}) => {
  test.setTimeout(150_000);
  const laptop = await SyncComputer.of(context);
  const desk = await SyncComputer.launch(sites.port, outsideRequests);
  const spare = await SyncComputer.launch(sites.port, outsideRequests);
  try {
    const onLaptop = await laptop.newTab();
    await onLaptop.addWinsAndWait('Read a chapter');
    await laptop.turnOn('Laptop');
    await desk.turnOn('Desk');
    await carry(laptop, desk);
    const onDesk = await desk.newTab();
    await expect(onDesk.todayTexts).toHaveText(['Read a chapter'], ARRIVAL);

    for (const [page, words, computer] of [
      [onLaptop, 'Read two chapters', laptop],
      [onDesk, 'Read a whole chapter', desk],
    ] as const) {
      await showActions(page.page, 'Read a chapter');
      await page.page.getByRole('button', { name: 'Edit “Read a chapter”' }).click();
      const edit = page.page.getByRole('textbox', { name: 'Edit win' });
      await edit.fill(words);
      await edit.press('Enter');
      await computer.expectSent(words);
    }
    await carry(laptop, desk);
    await carry(desk, laptop);
    const settled = async () => [
      await onLaptop.todayTexts.allTextContents(),
      await onDesk.todayTexts.allTextContents(),
    ];
    await expect.poll(async () => new Set((await settled()).map(String)).size, ARRIVAL).toBe(1);
    const [both] = await settled();
    expect([['Read two chapters'], ['Read a whole chapter']]).toContainEqual(both);

    // A third computer with a win of its own joins and receives everything.
    const onSpare = await spare.newTab();
    await onSpare.addWinsAndWait('Watered the plants');
    await spare.turnOn('Spare');
    await carry(laptop, spare);
    await carry(desk, spare);
    const sorted = async (list: typeof onSpare) => (await list.todayTexts.allTextContents()).sort();
    const everything = [...(both ?? []), 'Watered the plants'].sort();
    await expect.poll(() => sorted(onSpare), ARRIVAL).toEqual(everything);
    await spare.expectSent('Watered the plants');
    await carry(spare, laptop);
    await expect.poll(() => sorted(onLaptop), ARRIVAL).toEqual(everything);
    // The desk's settled text was not overwritten by the spare's join.
    await carry(spare, desk);
    await expect.poll(() => sorted(onDesk), ARRIVAL).toEqual(everything);
  } finally {
    await desk.context.close();
    await spare.context.close();
  }
});

test('a full sync area is reported kindly and nothing here is lost, and what waited travels once there is room', async ({
  context,
}) => {
  test.setTimeout(90_000);
  const laptop = await SyncComputer.of(context);
  const onLaptop = await laptop.newTab();
  await onLaptop.addWinsAndWait('Called my sister');
  await laptop.turnOn('Laptop');
  // Another extension's data (or a bigger computer) fills the area to the brim.
  const filler: Record<string, string> = {};
  const own = Object.entries(await laptop.area()).reduce(
    (sum, [k, v]) => sum + k.length + JSON.stringify(v).length,
    0,
  );
  let room = 102_400 - own - 40;
  for (let i = 0; room > 20; i++) {
    const size = Math.min(8_000, room - 12);
    filler[`other-${i}`] = 'x'.repeat(size);
    room -= `other-${i}`.length + size + 2;
  }
  await laptop.write(filler, []);
  await onLaptop.addWinsAndWait('Stretched for five minutes');
  // No room is left for any day: the days stay here, and the person is told kindly.
  const short = laptop.options.getByText(/Space is getting short, so your oldest/);
  await expect(short).toBeVisible(ARRIVAL);
  await expect(onLaptop.todayTexts).toHaveText(['Stretched for five minutes', 'Called my sister']);

  // Space comes back: what waited travels, and the note goes away.
  await laptop.write({}, Object.keys(filler));
  await laptop.expectSent('Stretched for five minutes');
  await expect(short).toBeHidden(ARRIVAL);
});

test('delete everything asks whether to remove the data from sync too, and does so only when asked', async ({
  context,
}) => {
  test.setTimeout(60_000);
  const laptop = await SyncComputer.of(context);
  await (await laptop.newTab()).addWinsAndWait('Made the bed');
  await laptop.turnOn('Laptop');
  await laptop.expectSent('Made the bed');
  const ours = async () => Object.keys(await laptop.area()).filter((k) => k.startsWith('sw:'));

  const page = laptop.options;
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  const fromSync = page.getByRole('checkbox', {
    name: /Also remove my wins from my browser.s sync/,
  });
  await expect(fromSync).not.toBeChecked();
  await fromSync.check();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect.poll(ours).toEqual([]);
});
