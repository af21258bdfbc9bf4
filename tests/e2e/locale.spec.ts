// The popup tells the keyboard shortcut the browser really bound, or how to
// set one. (Headless Chromium binds none, so this run sees the second case;
// the manifest's suggested key is checked in build.spec.ts.)
import { expect, test } from './fixtures';

test('the popup shows the bound shortcut or how to set one', async ({ openPopup }) => {
  const popup = await openPopup();
  await expect(
    popup.getByText(/^(Shortcut: Alt\+Shift\+W|No keyboard shortcut yet)/),
  ).toBeVisible();
  expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^en/);
});
