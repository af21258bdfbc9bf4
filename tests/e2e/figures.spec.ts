// The figures a person reads, true and kind, in Chromium: a pause whose site
// is no longer limited does not say it is time for a pause, and minutes used
// past a budget (more minutes chosen, or the budget lowered) are told as what
// was used, never as "129 of 7".
import { minutes } from '../../scripts/lib/test-minute';
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options';
import { SiteTab } from './pages/pause';
import { seedUsage } from './pages/worker';

test('a pause whose site is no longer limited does not say it is time for a pause', async ({
  context,
  openOptions,
}) => {
  const options = await openOptions();
  await new OptionsPage(options).limitSite('social.test', 1);
  await seedUsage(context, 'social.test', minutes(1));
  const site = await SiteTab.open(context, 'http://social.test/feed');
  await site.waitForPause(5_000);
  await expect(site.page.getByRole('heading', { level: 1 })).toHaveText('Time for a pause');

  await options.getByRole('button', { name: 'Remove social.test' }).click();
  await expect(
    site.page.getByText('social.test is no longer limited, so there is nothing to pause.'),
  ).toBeVisible();
  await expect(site.page.getByRole('heading', { level: 1 })).toHaveText('No pause needed');
  await expect(site.page.getByText('Time for a pause')).toHaveCount(0);
});

test('minutes used past the budget are told as what was used, never as N of M', async ({
  context,
  openOptions,
}) => {
  const options = await openOptions();
  const page = new OptionsPage(options);
  await page.limitSite('news.test', 30);
  await expect(options.getByText('Up to 30 minutes a day')).toBeVisible();
  await seedUsage(context, 'news.test', minutes(129));
  await options.reload();
  await expect(options.getByText('129 minutes today, more than the 30 you planned')).toBeVisible();

  await options.getByRole('spinbutton', { name: 'Daily minutes for news.test' }).fill('200');
  await options.getByRole('button', { name: 'Save budget for news.test' }).click();
  await expect(options.getByText('129 of 200 minutes today')).toBeVisible();
  await expect(options.getByText(/\b129 of 30\b/)).toHaveCount(0);
});
