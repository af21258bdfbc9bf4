// A limited site browsed only by its trailing-dot name ("social.test.") is
// the same site: the intention page comes before it, its time is counted and
// it pauses at its budget, in Chromium as in Firefox (tests/firefox).
import { minutes } from '../../scripts/lib/test-minute';
import { expect, test } from './fixtures';
import { askIntention, IntentionPage, visit } from './pages/intention';
import { OptionsPage } from './pages/options';
import { expectPausedOnTime, SiteTab } from './pages/pause';

test('a limited site browsed only by its trailing-dot name asks first and pauses at its 1-minute budget', async ({
  context,
  sites,
  openOptions,
}) => {
  const options = await openOptions();
  await new OptionsPage(options).limitSite('social.test', 1);
  await askIntention(options, 'social.test');

  const address = 'http://social.test./feed';
  const page = await context.newPage();
  await visit(page, address);
  const intention = new IntentionPage(page);
  await intention.waitFor(address);
  expect(sites.requests).toEqual([]);
  await intention.skip.click();
  await page.waitForURL(address);
  const opened = Date.now();
  expect(sites.requests).toEqual(['social.test./feed']);

  const paused = await SiteTab.of(page).waitForPause(minutes(1) + 15_000);
  test.info().annotations.push({ type: 'pause after ms', description: String(paused - opened) });
  await expectPausedOnTime(context, 'social.test', minutes(1), paused - opened);
  await expect(page.getByText("You've spent 1 minute on social.test today.")).toBeVisible();
});
