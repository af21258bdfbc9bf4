// axe-core on every page, empty and with wins, in light and dark themes.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ theme: colorScheme });

    test('popup, new tab and options pass axe, empty and with wins', async ({
      openPopup,
      openNewTab,
      openOptions,
    }) => {
      const popup = await openPopup();
      expect(await seriousViolations(popup)).toEqual([]);
      const newtab = await openNewTab();
      expect(await seriousViolations(newtab)).toEqual([]);

      const field = popup.getByRole('textbox', { name: /win/i });
      await field.fill('Wrote the first line');
      await field.press('Enter');
      await field.press('Enter'); // an empty save shows the gentle alert too
      await expect(popup.getByRole('alert')).toBeVisible();
      await expect(newtab.getByRole('list', { name: /Today/ })).toBeVisible();
      expect(await seriousViolations(popup)).toEqual([]);
      expect(await seriousViolations(newtab)).toEqual([]);

      const options = await openOptions();
      expect(await seriousViolations(options)).toEqual([]);

      // The theme follows the system, and the page background is painted from CSS.
      const background = await newtab.evaluate(
        () => getComputedStyle(document.documentElement).backgroundColor,
      );
      expect(background).toBe(colorScheme === 'dark' ? 'rgb(27, 29, 28)' : 'rgb(250, 247, 242)');
    });
  });
}
