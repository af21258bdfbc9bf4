// Kinder ways out of the pause, against the real worker: beside "Log off",
// small steps away from the screen (built-in ones, or the person's own,
// gentlest first); choosing one closes the tab as "Log off" does and records
// two wins, the log-off and the step (with its goal's tag, as its chip would).
// The page with its steps passes axe in light and dark.

import { minutes } from '../../scripts/lib/test-minute';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { NewTabPage } from './pages/newtab';
import { OptionsPage } from './pages/options';
import { SiteTab } from './pages/pause';
import { seedUsage } from './pages/worker';

const SITE = 'http://social.test/feed';

test('with no steps of their own, the pause offers three built-in ones; one logs off and records both wins', async ({
  context,
  openOptions,
  openNewTab,
}) => {
  const options = await openOptions();
  await new OptionsPage(options).limitSite('social.test', 1);
  await seedUsage(context, 'social.test', minutes(1));
  const site = await SiteTab.open(context, SITE);
  await site.waitForPause(5_000);
  await expect(site.kindSteps).toHaveText([
    'Stretch for a minute',
    'Drink a glass of water',
    'Step outside',
  ]);
  await expect(site.kindSteps.first()).toHaveAccessibleDescription(
    'Choosing one logs off too; both count as wins.',
  );
  await expect(site.logOff).toBeVisible();

  await Promise.all([
    site.page.waitForEvent('close'),
    site.page.getByRole('button', { name: 'Drink a glass of water' }).click(),
  ]);
  const newtab = new NewTabPage(await openNewTab());
  await expect(newtab.todayTexts).toHaveText([
    'Drank a glass of water',
    'Logged off social.test after 1 min',
  ]);
  // Logged off: the tab is gone, and the site still pauses at once.
  expect(context.pages().some((p) => p.url().startsWith('http://social.test/'))).toBe(false);
  const again = await SiteTab.open(context, SITE);
  await again.waitForPause(5_000);
});

test('the person’s own steps are offered, gentlest first; one records a win tagged with its goal', async ({
  context,
  openOptions,
  openNewTab,
}) => {
  const options = new OptionsPage(await openOptions());
  await options.addStep('Write 100 words', { goal: 'Write a book' });
  await options.addStep('Stretch 5 minutes', { gentle: true });
  await options.limitSite('social.test', 1);
  await seedUsage(context, 'social.test', minutes(1));

  const site = await SiteTab.open(context, SITE);
  await site.waitForPause(5_000);
  await expect(site.kindSteps).toHaveText(['Stretch 5 minutes', 'Write 100 words']);
  await Promise.all([
    site.page.waitForEvent('close'),
    site.page.getByRole('button', { name: 'Write 100 words' }).click(),
  ]);

  const newtab = new NewTabPage(await openNewTab());
  await expect(newtab.todayTexts).toHaveText([
    'Write 100 words',
    'Logged off social.test after 1 min',
  ]);
  await expect(newtab.todayItems.first().getByRole('listitem')).toHaveText(['#write-a-book']);
});

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ theme });

    test('the pause page with its small steps passes axe', async ({ context, openOptions }) => {
      const options = await openOptions();
      await new OptionsPage(options).limitSite('social.test', 1);
      await seedUsage(context, 'social.test', minutes(1));
      const site = await SiteTab.open(context, SITE);
      await site.waitForPause(5_000);
      await expect(site.kindSteps).toHaveCount(3);
      expect(await seriousViolations(site.page)).toEqual([]);
      // Held at the breath's turn, where one word has stepped back the most.
      await site.page.evaluate(() => {
        for (const animation of document.getAnimations()) {
          animation.pause();
          animation.currentTime = 4_000;
        }
      });
      expect(await seriousViolations(site.page)).toEqual([]);
    });
  });
}
