// The figures a person reads, true and kind, in Firefox ESR: a pause whose
// site is no longer limited does not say it is time for a pause, and minutes
// used past a budget are told as what was used, never as "129 of 30".
import { minutes } from '../../scripts/lib/test-minute';
import { expect, test } from './fixtures';
import { byRole, find, textOf } from './pages/common';
import { seedUsage } from './pages/extension';
import { Options } from './pages/options';
import { Pause, waitForPause } from './pages/pause';

const heading = (pause: Pause) => textOf(pause.page, 'h1');

test('a pause whose site is no longer limited does not say it is time for a pause', async ({
  ff,
}) => {
  const options = await Options.open(ff);
  await options.limitSite('social.test', 1);
  await seedUsage(options.page, 'social.test', minutes(1));
  const url = 'http://social.test/feed';
  const site = await ff.openSite(url);
  await waitForPause(ff, url, 10_000);
  const pause = new Pause(site);
  await expect.poll(() => heading(pause)).toBe('Time for a pause');

  await (await find(options.page, byRole('button', 'Remove social.test'))).click();
  await expect
    .poll(() => pause.lead())
    .toBe(
      'social.test is no longer limited, so there is nothing to pause. You can go back to the page.',
    );
  expect(await heading(pause)).toBe('No pause needed');
});

test('minutes used past the budget are told as what was used, never as N of M', async ({ ff }) => {
  const options = await Options.open(ff);
  await options.limitSite('news.test', 30);
  await expect
    .poll(() => options.limitedSites())
    .toEqual([expect.stringContaining('Up to 30 minutes a day')]);
  await seedUsage(options.page, 'news.test', minutes(129));
  const again = await Options.open(ff);
  await expect
    .poll(() => again.limitedSites())
    .toEqual([expect.stringContaining('129 minutes today, more than the 30 you planned')]);
  expect((await again.limitedSites()).join(' ')).not.toMatch(/\b129 of 30\b/);
});
