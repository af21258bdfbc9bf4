// Time accounting against the real worker: a single-page site changing its
// address twice a second writes no usage, two paused tabs of one site cannot
// stack their "more minutes", and a pause whose site was removed meanwhile
// offers the way back.
import { minutes } from '../../scripts/lib/test-minute';
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options';
import { SiteTab } from './pages/pause';
import { readUsage, seedUsage } from './pages/worker';

test('a page changing its address twice a second for 10 s writes usage only at its checkpoints', async ({
  context,
  limitAndVisit,
}) => {
  test.setTimeout(60_000);
  const { options, site } = await limitAndVisit('news.test', 30, 'http://news.test/watch');
  // The options page hears every usage write, as every extension page does.
  const listening = Date.now();
  await options.evaluate(() => {
    const seen = { usage: 0 };
    (globalThis as unknown as { seen: typeof seen }).seen = seen;
    const channel = new BroadcastChannel('small-wins');
    channel.onmessage = (event: MessageEvent<{ store?: string }>) => {
      if (event.data.store === 'usage') seen.usage += 1;
    };
  });
  await site.page.bringToFront();
  await site.page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let n = 0;
        const timer = setInterval(() => {
          n += 1;
          history.replaceState(null, '', `/watch?t=${n}`);
          if (n === 20) {
            clearInterval(timer);
            resolve();
          }
        }, 500);
      }),
  );
  await site.page.waitForTimeout(1_000);
  expect(site.page.url()).toBe('http://news.test/watch?t=20');
  const writes = await options.evaluate(
    () => (globalThis as unknown as { seen: { usage: number } }).seen.usage,
  );
  // The worker saves the counted time once a budget minute (its checkpoint),
  // however often the address changes: never one write per change. A window
  // of T ms holds at most T / minute + 1 checkpoints.
  const checkpoints = Math.floor((Date.now() - listening) / minutes(1)) + 1;
  test.info().annotations.push({ type: 'usage writes in 10 s', description: String(writes) });
  expect(writes).toBeLessThanOrEqual(checkpoints);

  // All of it counts once the person leaves.
  await options.bringToFront();
  await expect
    .poll(async () => (await readUsage(context, 'news.test'))?.ms ?? 0)
    .toBeGreaterThan(10_000);
});

test('two paused tabs of one site grant more minutes once, not twice', async ({
  context,
  openOptions,
}) => {
  const options = await openOptions();
  await new OptionsPage(options).limitSite('social.test', 1);
  await seedUsage(context, 'social.test', minutes(1));

  const first = await SiteTab.open(context, 'http://social.test/a');
  await first.waitForPause(5_000);
  const second = await SiteTab.open(context, 'http://social.test/b');
  await second.waitForPause(5_000);

  await first.page.bringToFront();
  await first.moreMinutes(5).click();
  await first.page.waitForURL('http://social.test/a');
  await second.page.bringToFront();
  await second.moreMinutes(5).click();
  await second.page.waitForURL('http://social.test/b');

  await options.bringToFront();
  await expect
    .poll(async () => (await readUsage(context, 'social.test'))?.grantedMs)
    .toBe(minutes(5));
  await options.waitForTimeout(1_000);
  expect((await readUsage(context, 'social.test'))?.grantedMs).toBe(minutes(5));
});

test('a pause whose site was removed meanwhile says so and goes back to the page', async ({
  context,
  openOptions,
}) => {
  const options = await openOptions();
  await new OptionsPage(options).limitSite('social.test', 1);
  await seedUsage(context, 'social.test', minutes(1));
  const site = await SiteTab.open(context, 'http://social.test/feed?x=1');
  await site.waitForPause(5_000);
  await expect(site.moreMinutes(5)).toBeVisible();

  await options.getByRole('button', { name: 'Remove social.test' }).click();
  await expect(options.getByText('No sites limited yet.')).toBeVisible();

  const { page } = site;
  await expect(
    page.getByText('social.test is no longer limited, so there is nothing to pause.'),
  ).toBeVisible();
  await expect(site.moreMinutes(5)).toHaveCount(0);
  await page.getByRole('button', { name: 'Back to the page' }).click();
  await page.waitForURL('http://social.test/feed?x=1');
  await page.waitForTimeout(2_000);
  expect(page.url()).toBe('http://social.test/feed?x=1');
});
