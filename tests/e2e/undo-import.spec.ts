// An import can be undone from the options page: with nothing written
// since, the data comes back byte for byte as it was before (every record
// and the stored settings); a win saved after the import stays; the offer
// says what it will do and passes axe in light and dark.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { storedEverything } from '../../scripts/lib/stored-everything';
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options';
import { PopupPage } from './pages/popup';

const BACKUP = JSON.parse(readFileSync('tests/fixtures/backup-v1.json', 'utf8'));
const BACKUP_DAY_START: number = BACKUP.settings.dayStartHour;

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ theme });

    test('an undone import leaves the data exactly as it was before', async ({
      openPopup,
      openOptions,
    }) => {
      await new PopupPage(await openPopup()).addWinsAndWait('Mine, from before', 'Also mine');
      const options = new OptionsPage(await openOptions());
      await options.limitSite('social.test', 12);
      const before = await options.page.evaluate(storedEverything);

      await options.importBackup(BACKUP);
      expect(await options.page.evaluate(storedEverything)).not.toBe(before);
      const undo = options.page.getByRole('button', { name: 'Undo import' });
      await expect(undo).toBeVisible();
      await expect(
        options.page.getByText(
          /You imported a backup on .* Until .* you can take back what it brought .* Everything you've written since stays as it is\./,
        ),
      ).toBeVisible();
      expect(await seriousViolations(options.page)).toEqual([]);

      await undo.click();
      await expect(options.status).toHaveText(
        'What the import brought was taken back. Everything you wrote since is still here.',
      );
      await expect(undo).toBeHidden();
      expect(await options.page.evaluate(storedEverything)).toBe(before);
      await options.page.reload();
      expect(await options.page.evaluate(storedEverything)).toBe(before);
      await expect(options.page.getByRole('button', { name: 'Undo import' })).toBeHidden();
    });
  });
}

test('a win saved after an import stays when the import is undone', async ({
  openPopup,
  openOptions,
}) => {
  // The backup's day starts at 4 am: starting the person's day there too
  // keeps both wins in one "today" at any hour (between midnight and 4 am
  // the import would otherwise move today back a day, and its undo forward).
  const options = new OptionsPage(await openOptions());
  await options.page.getByLabel('My day starts at').selectOption(String(BACKUP_DAY_START));
  await expect(options.status).toHaveText('Saved.');
  const popup = new PopupPage(await openPopup());
  await popup.addWinsAndWait('Mine, from before');
  await options.importBackup(BACKUP);
  await popup.addWinsAndWait('Saved after the import');

  const undo = options.page.getByRole('button', { name: 'Undo import' });
  await undo.click();
  await expect(undo).toBeHidden();
  const stored = JSON.parse(await options.page.evaluate(storedEverything)) as {
    stores: [{ text: string }[], unknown[], unknown[]];
  };
  expect(stored.stores[0].map((w) => w.text).sort()).toEqual([
    'Mine, from before',
    'Saved after the import',
  ]);
  await expect(options.status).toHaveText(
    'What the import brought was taken back. Everything you wrote since is still here.',
  );
  await popup.page.reload();
  await expect(popup.todayTexts).toHaveText(['Saved after the import', 'Mine, from before']);
});
