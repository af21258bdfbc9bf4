// The keyboard shortcut really binds on a fresh install, in both browsers:
// Chromium refuses a suggested key it uses itself, so a fresh install is the
// honest check. The popup then names the key the browser bound, not the
// fallback hint, and speaks the browser's language.
import type { browser } from 'wxt/browser';
import { expect, test } from './fixtures';
import { WinsView } from './pages/wins';

test('a fresh install binds Alt+Shift+K to open the popup, and the popup says so', async ({
  app,
}) => {
  const popup = await WinsView.open(app, 'popup');
  const bound = await popup.tab.evaluate(async () => {
    const scope = globalThis as unknown as { browser?: typeof browser; chrome: typeof browser };
    const commands = await (scope.browser ?? scope.chrome).commands.getAll();
    return commands.find((c) => c.name === '_execute_action')?.shortcut;
  }, null);
  expect(bound).toBe('Alt+Shift+K');
  await expect.poll(() => popup.textOf('.shortcut')).toBe('Shortcut: Alt+Shift+K');
  expect(await popup.tab.evaluate(() => document.body.innerText, null)).not.toMatch(
    /No keyboard shortcut yet/,
  );
  expect(await popup.tab.evaluate(() => document.documentElement.lang, null)).toMatch(/^en/);
});
