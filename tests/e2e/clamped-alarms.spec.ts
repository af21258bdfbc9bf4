// A store (packed) build cannot set an alarm sooner than 30 s ahead. The
// clamped test build behaves the same, and the pause must still come on time
// when less than 30 s of budget is left.
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options';
import { SiteTab } from './pages/pause';
import { seedUsage } from './pages/worker';

test.use({ build: 'clamped' });

test('with 20 s of budget left the pause comes within 2 s of the end', async ({
  context,
  openOptions,
}) => {
  test.setTimeout(90_000);
  const options = await openOptions();
  await new OptionsPage(options).limitSite('social.test', 1);
  await seedUsage(context, 'social.test', 40_000);

  const site = await SiteTab.open(context, 'http://social.test/feed');
  const elapsed = (await site.waitForPause(45_000)) - site.openedAt;
  test.info().annotations.push({ type: 'pause after ms', description: String(elapsed) });
  expect(elapsed).toBeGreaterThan(18_000);
  expect(elapsed).toBeLessThan(22_000);
});
