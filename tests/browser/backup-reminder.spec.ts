// The backup reminder speaks only when it is true and useful: in Chromium
// and Firefox alike, a profile minutes old with its first win hears nothing
// about backups. (A week of wins bringing the reminder, and an export
// quieting it, is proven in Chromium: tests/e2e/backup-reminder.spec.ts.)
import { expect, test } from './fixtures';
import { OptionsView } from './pages/options';
import { WinsView } from './pages/wins';

test('a fresh profile with its first win hears nothing about backups', async ({ app }) => {
  await (await WinsView.open(app, 'popup')).addWinsAndWait('My very first win');
  const options = await OptionsView.open(app);
  await expect.poll(() => options.dataRead()).toBe(true);
  const said = await options.tab.evaluate(() => document.body.innerText, null);
  expect(said).not.toMatch(/since your last backup/);
});
