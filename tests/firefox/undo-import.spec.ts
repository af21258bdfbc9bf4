// Undoing an import in Firefox ESR: after the golden version-1 backup is
// imported over the person's own wins and site, "Undo import" puts every
// store and the settings back exactly as they were, also after a reload; a
// win saved after the import stays.
import { storedEverything } from '../../scripts/lib/stored-everything';
import { expect, test } from './fixtures';
import { byRole, find } from './pages/common';
import { Options } from './pages/options';
import { Popup } from './pages/popup';

test('an undone import leaves the data exactly as it was before', async ({ ff }) => {
  test.setTimeout(90_000);
  const popup = await Popup.open(ff);
  await popup.addWin('Mine, from before');
  await popup.addWin('Also mine');
  await expect.poll(() => popup.todayWins()).toHaveLength(2);
  const options = await Options.open(ff);
  await options.limitSite('social.test', 12);
  const before = await options.page.evaluate(storedEverything);

  await options.importFile('tests/fixtures/backup-v1.json');
  await expect.poll(() => options.status()).toMatch(/^Imported: /);
  expect(await options.page.evaluate(storedEverything)).not.toBe(before);

  await (await find(options.page, byRole('button', 'Undo import'))).click();
  await expect
    .poll(() => options.status())
    .toBe('What the import brought was taken back. Everything you wrote since is still here.');
  expect(await options.page.evaluate(storedEverything)).toBe(before);

  const again = await Options.open(ff);
  expect(await again.page.evaluate(storedEverything)).toBe(before);
  await find(again.page, byRole('button', 'Export')); // the data section is up
  expect(await again.page.$('::-p-aria([name="Undo import"][role="button"])')).toBeNull();
});

test('a win saved after an import stays when the import is undone', async ({ ff }) => {
  // The backup's day starts at 4 am: starting the person's day there too
  // keeps both wins in one "today" at any hour (between midnight and 4 am
  // the import would otherwise move today back a day, and its undo forward).
  const options = await Options.open(ff);
  await (await find(options.page, byRole('combobox', 'My day starts at'))).select('4');
  await expect.poll(() => options.status()).toBe('Saved.');
  const popup = await Popup.open(ff);
  await popup.addWin('Mine, from before');
  await expect.poll(() => popup.todayWins()).toHaveLength(1);
  await options.importFile('tests/fixtures/backup-v1.json');
  await expect.poll(() => options.status()).toMatch(/^Imported: /);
  await popup.addWin('Saved after the import');
  await expect.poll(() => popup.todayWins()).toHaveLength(2);

  await (await find(options.page, byRole('button', 'Undo import'))).click();
  await expect
    .poll(() => options.page.$('::-p-aria([name="Undo import"][role="button"])'))
    .toBeNull();
  const stored = JSON.parse(await options.page.evaluate(storedEverything)) as {
    stores: [{ text: string }[], unknown[], unknown[]];
  };
  expect(stored.stores[0].map((w) => w.text).sort()).toEqual([
    'Mine, from before',
    'Saved after the import',
  ]);
  await expect
    .poll(() => options.status())
    .toBe('What the import brought was taken back. Everything you wrote since is still here.');
});
