// The figures a person reads, true and kind, in Chromium and Firefox alike:
// a pause whose site is no longer limited does not say it is time for a
// pause, and minutes used past a budget (the budget as it was, or more
// minutes chosen) are told as what was used, never as "129 of 30".
import { minutes } from '../../scripts/lib/test-minute';
import { expect, test } from './fixtures';
import { OptionsView } from './pages/options';
import { PauseView } from './pages/pause';

test('a pause whose site is no longer limited does not say it is time for a pause', async ({
  app,
}) => {
  const options = await OptionsView.open(app);
  await options.limitSite('social.test', 1);
  await options.seedUsage('social.test', minutes(1));
  const url = 'http://social.test/feed';
  const pause = new PauseView(await app.openSite(url));
  await app.waitForPause(url, 10_000);
  await expect.poll(() => pause.heading()).toBe('Time for a pause');

  await options.removeSite('social.test');
  await expect
    .poll(() => pause.lead())
    .toBe(
      'social.test is no longer limited, so there is nothing to pause. You can go back to the page.',
    );
  expect(await pause.heading()).toBe('No pause needed');
  expect(await pause.text()).not.toContain('Time for a pause');
});

test('minutes used past the budget are told as what was used, never as N of M', async ({ app }) => {
  const options = await OptionsView.open(app);
  await options.limitSite('news.test', 30);
  await expect
    .poll(() => options.limitedSites())
    .toEqual([expect.stringContaining('Up to 30 minutes a day')]);
  await options.seedUsage('news.test', minutes(129));
  const again = await OptionsView.open(app);
  await expect
    .poll(() => again.limitedSites())
    .toEqual([expect.stringContaining('129 minutes today, more than the 30 you planned')]);

  await again.setBudget('news.test', 200);
  await expect
    .poll(() => again.limitedSites())
    .toEqual([expect.stringContaining('129 of 200 minutes today')]);
  expect((await again.limitedSites()).join(' ')).not.toMatch(/\b129 of 30\b/);
});
