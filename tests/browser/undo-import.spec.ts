// An import can be undone from the settings, in Chromium and Firefox alike:
// with nothing written since, every store and the stored settings come back
// exactly as they were before, and stay so on the next visit; a win saved
// after the import stays. The offer says what it will do and (in Chromium,
// where axe runs) passes axe in light and dark.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { storedEverything } from '../../scripts/lib/stored-everything';
import { seriousViolations } from '../e2e/axe';
import { expect, test } from './fixtures';
import { OptionsView } from './pages/options';
import { WinsView } from './pages/wins';

const BACKUP = 'tests/fixtures/backup-v1.json';
const BACKUP_DAY_START: number = JSON.parse(readFileSync(BACKUP, 'utf8')).settings.dayStartHour;
const TAKEN_BACK =
  'What the import brought was taken back. Everything you wrote since is still here.';
const OFFER =
  /You imported a backup on .* Until .* you can take back what it brought .* Everything you've written since stays as it is\./;

/** Imports the golden backup and waits until the page says it came in. */
async function importBackup(options: OptionsView) {
  await options.importFile(BACKUP);
  await expect.poll(() => options.status()).toMatch(/^Imported: /);
}

const undoShown = (options: OptionsView) =>
  options.tab.evaluate(
    () =>
      [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Undo import'),
    null,
  );

for (const theme of ['light', 'dark'] as const) {
  test.describe(theme, () => {
    test.use({ theme });
    // Firefox proves it in the light theme; Chromium in both, with axe.
    const tag = theme === 'dark' ? ['@chromium'] : [];
    test(`an undone import leaves the data exactly as it was before (${theme})`, {
      tag,
    }, async ({ app }) => {
      const popup = await WinsView.open(app, 'popup');
      await popup.addWinsAndWait('Mine, from before', 'Also mine');
      const options = await OptionsView.open(app);
      await options.limitSite('social.test', 12);
      const before = await options.tab.evaluate(storedEverything, null);

      await importBackup(options);
      expect(await options.tab.evaluate(storedEverything, null)).not.toBe(before);
      await expect.poll(() => undoShown(options)).toBe(true);
      expect(await options.tab.evaluate(() => document.body.innerText, null)).toMatch(OFFER);
      if (app.engine === 'chromium') {
        expect(await seriousViolations(options.tab.raw as Page)).toEqual([]);
      }

      await options.tab.clickButton('Undo import');
      await expect.poll(() => options.status()).toBe(TAKEN_BACK);
      await expect.poll(() => undoShown(options)).toBe(false);
      expect(await options.tab.evaluate(storedEverything, null)).toBe(before);

      // The next visit finds the same data, and no offer.
      const again = await OptionsView.open(app);
      await expect.poll(() => again.dataRead()).toBe(true);
      expect(await again.tab.evaluate(storedEverything, null)).toBe(before);
      expect(await undoShown(again)).toBe(false);
    });
  });
}

test('a win saved after an import stays when the import is undone', async ({ app }) => {
  // The backup's day starts at 4 am: starting the person's day there too
  // keeps both wins in one "today" at any hour (between midnight and 4 am
  // the import would otherwise move today back a day, and its undo forward).
  const options = await OptionsView.open(app);
  await options.tab.select('My day starts at', String(BACKUP_DAY_START));
  await expect.poll(() => options.status()).toBe('Saved.');
  const popup = await WinsView.open(app, 'popup');
  await popup.addWinsAndWait('Mine, from before');
  await importBackup(options);
  await popup.addWinsAndWait('Saved after the import');

  await options.tab.toFront();
  await options.tab.clickButton('Undo import');
  await expect.poll(() => undoShown(options)).toBe(false);
  const stored = JSON.parse(await options.tab.evaluate(storedEverything, null)) as {
    stores: [{ text: string }[], unknown[], unknown[]];
  };
  expect(stored.stores[0].map((w) => w.text).sort()).toEqual([
    'Mine, from before',
    'Saved after the import',
  ]);
  await expect.poll(() => options.status()).toBe(TAKEN_BACK);
  const again = await WinsView.open(app, 'popup');
  await expect
    .poll(() => again.todayTexts())
    .toEqual(['Saved after the import', 'Mine, from before']);
});
