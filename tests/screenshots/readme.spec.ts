// `npm run screenshots`: pictures for the README, taken from the real
// extension with a few wins typed in, in light and dark.
import { expect, test } from '../e2e/fixtures';

const WINS = ['Drank water', 'Replied to the email I was avoiding', 'Stretched for 5 minutes'];

for (const theme of ['light', 'dark'] as const) {
  test.describe(theme, () => {
    test.use({ theme });

    test(`popup and new tab (${theme})`, async ({ openPopup, openNewTab }) => {
      const popup = await openPopup();
      await popup.setViewportSize({ width: 360, height: 520 });
      const field = popup.getByRole('textbox', { name: /win/i });
      for (const text of WINS) {
        await field.fill(text);
        await field.press('Enter');
      }
      await expect(popup.getByRole('list', { name: /Today/ }).getByRole('listitem')).toHaveCount(3);
      await popup.screenshot({ path: `docs/screenshots/popup-${theme}.png` });

      const newtab = await openNewTab();
      await newtab.setViewportSize({ width: 1000, height: 640 });
      await expect(newtab.getByRole('list', { name: /Today/ }).getByRole('listitem')).toHaveCount(
        3,
      );
      await newtab.screenshot({ path: `docs/screenshots/newtab-${theme}.png` });
    });
  });
}
