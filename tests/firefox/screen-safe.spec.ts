// In Firefox ESR: H on the new tab hides every personal text, leaving the
// date and how many wins today; set as the default it survives a reload
// from the first frame. A win kept private (carried by a backup) never comes
// back as "a win from the past" and is never told in the wrap-up.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { backupDocument, daysAgo, winRecord, yearAgo } from '../../scripts/lib/backup-doc';
import { newTempDir } from '../../scripts/lib/firefox';
import { expect, test } from './fixtures';
import { byRole, find } from './pages/common';
import { Options } from './pages/options';

const PERSONAL = ['Ran 5k', 'Called my sister', 'Fixed the bike'];
const seen = (page: Page) => page.evaluate(() => document.body.innerText);
const hiddenClass = (page: Page) =>
  page.evaluate(() => document.documentElement.classList.contains('screen-safe'));

test('H hides every personal text on the new tab, and the default survives a reload', async ({
  ff,
}) => {
  const newtab = await ff.openExt('newtab.html');
  const field = await find(newtab, byRole('textbox', 'Add a win for today'));
  for (const text of PERSONAL) {
    await field.type(text);
    await field.press('Enter');
    await expect.poll(() => seen(newtab)).toContain(text);
  }
  // The card for the moment has arrived (whichever the hour calls for).
  await find(newtab, 'nav.ways');
  expect(await newtab.$$eval('main .card.moment', (els) => els.length)).toBe(1);

  await (await find(newtab, '.date')).click();
  await newtab.keyboard.press('h');
  await expect.poll(() => seen(newtab)).toContain('3 wins today');
  const hidden = await seen(newtab);
  for (const text of PERSONAL) expect(hidden).not.toContain(text);
  expect(await newtab.$eval('main .card.moment', (el) => (el as HTMLElement).offsetParent)).toBe(
    null,
  );
  await newtab.keyboard.press('h');
  await expect.poll(() => seen(newtab)).toContain('Ran 5k');

  const options = await Options.open(ff);
  await (
    await find(
      options.page,
      byRole('checkbox', 'Open the new tab with personal text hidden (safe on a shared screen)'),
    )
  ).click();
  await expect.poll(() => options.status()).toBe('Saved.');
  await newtab.evaluate(() => location.reload());
  await expect.poll(() => hiddenClass(newtab).catch(() => false)).toBe(true);
  await expect.poll(() => seen(newtab)).toContain('3 wins today');
  const afterReload = await seen(newtab);
  for (const text of PERSONAL) expect(afterReload).not.toContain(text);
});

test('a win kept private never comes back from the past nor in the wrap-up', async ({ ff }) => {
  const secretDate = yearAgo();
  const doc = backupDocument([{ id: 'a', text: 'Walked to the lake', date: daysAgo(400) }], {
    version: 3,
  });
  const secret = winRecord({ id: 's', text: 'Secret appointment', date: secretDate });
  doc.wins.push({ ...secret, proud: true, private: true } as (typeof doc.wins)[number]);
  const file = join(newTempDir('seed'), 'seed.json');
  writeFileSync(file, JSON.stringify(doc));
  const options = await Options.open(ff);
  await options.importFile(file);
  await expect.poll(() => options.status()).toMatch(/^Imported: 2 wins/);

  const newtab = await ff.openExt('lookback.html');
  await expect.poll(() => seen(newtab)).toContain('Walked to the lake');
  expect(await seen(newtab)).not.toContain('Secret appointment');

  const year = await ff.openExt(`review.html?year=${secretDate.getFullYear()}`);
  await expect.poll(() => seen(year)).toContain('small wins');
  expect(await seen(year)).not.toContain('Secret appointment');
});
