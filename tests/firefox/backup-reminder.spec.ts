// In Firefox ESR too, a profile minutes old with its first win hears nothing
// about backups: the reminder waits for a week of wins with no backup.
import { expect, test } from './fixtures';
import { find } from './pages/common';
import { Options } from './pages/options';
import { Popup } from './pages/popup';

test('a fresh profile with its first win hears nothing about backups', async ({ ff }) => {
  const popup = await Popup.open(ff);
  await popup.addWin('My very first win');
  await expect.poll(() => popup.todayWins()).toEqual(['My very first win']);
  const options = await Options.open(ff);
  // The data section has read what the reminder depends on.
  await find(options.page, '.data[aria-busy="false"]');
  const said = await options.page.$eval('.data', (el) => el.textContent ?? '');
  expect(said).not.toMatch(/since your last backup/);
});
