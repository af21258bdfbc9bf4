// An import can be undone from the options page: the data comes back byte
// for byte as it was before (every record and the stored settings), and the
// offer passes axe in light and dark.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { storedEverything } from '../../scripts/lib/stored-everything';
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options';
import { PopupPage } from './pages/popup';

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

      await options.importBackup(JSON.parse(readFileSync('tests/fixtures/backup-v1.json', 'utf8')));
      expect(await options.page.evaluate(storedEverything)).not.toBe(before);
      const undo = options.page.getByRole('button', { name: 'Undo import' });
      await expect(undo).toBeVisible();
      await expect(
        options.page.getByText(/You imported a backup on .* Until .* you can put/),
      ).toBeVisible();
      expect(await seriousViolations(options.page)).toEqual([]);

      await undo.click();
      await expect(options.status).toHaveText('Your data is back as it was before the import.');
      await expect(undo).toBeHidden();
      expect(await options.page.evaluate(storedEverything)).toBe(before);
      await options.page.reload();
      expect(await options.page.evaluate(storedEverything)).toBe(before);
      await expect(options.page.getByRole('button', { name: 'Undo import' })).toBeHidden();
    });
  });
}
