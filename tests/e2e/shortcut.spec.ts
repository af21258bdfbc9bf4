// The keyboard shortcut really binds on a fresh install: Chromium refuses a
// suggested key it uses itself, so a new profile is the honest check. The
// popup then shows the key the browser bound, not the fallback hint.
import type { browser } from 'wxt/browser';
import { expect, test } from './fixtures';

test('a new profile binds Alt+Shift+K to open the popup, and the popup shows it', async ({
  context,
  extensionId,
  openPopup,
}) => {
  expect(extensionId).toBeTruthy();
  const [worker] = context.serviceWorkers();
  const commands = await worker?.evaluate(() =>
    (globalThis as unknown as { chrome: typeof browser }).chrome.commands.getAll(),
  );
  expect(commands?.find((c) => c.name === '_execute_action')?.shortcut).toBe('Alt+Shift+K');

  const popup = await openPopup();
  await expect(popup.getByText('Shortcut: Alt+Shift+K')).toBeVisible();
  await expect(popup.getByText(/No keyboard shortcut yet/)).toHaveCount(0);
  expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^en/);
});
