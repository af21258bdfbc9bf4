// In Firefox ESR: a fresh install binds the suggested shortcut, and the popup
// names it.
import { expect, test } from './fixtures';
import { byRole, find } from './pages/common';

test('a fresh profile binds Alt+Shift+K to the popup, and the popup says so', async ({ ff }) => {
  const popup = await ff.openExt('popup.html');
  await find(popup, byRole('textbox', "What's your win?"));
  const commands = await popup.evaluate(async () => {
    const api = (globalThis as unknown as { browser: typeof import('wxt/browser').browser })
      .browser;
    return api.commands.getAll();
  });
  expect(commands.find((c) => c.name === '_execute_action')?.shortcut).toBe('Alt+Shift+K');
  await expect
    .poll(() => popup.$eval('.shortcut', (el) => el.textContent ?? ''))
    .toContain('Alt+Shift+K');
});
