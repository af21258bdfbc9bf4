// In Firefox ESR: the real event page counts time on a limited fake site, the
// alarm fires at the budget (also after the event page was stopped), "Log
// off" records a win, and "more minutes" sends the tab back until they end.
import { stopBackground } from '../../scripts/lib/firefox';
import { minutes } from '../../scripts/lib/test-minute';
import { expect, test } from './fixtures';
import { withWorkerView } from './pages/extension';
import { NewTab } from './pages/newtab';
import { Options } from './pages/options';
import {
  countedMs,
  expectPausedOnTime,
  Pause,
  stayFor,
  waitForPause,
  waitForPauseGone,
  waitForSite,
} from './pages/pause';

test('a 1-minute limit pauses the site when its minute is counted, and Log off is recorded as a win on the new tab', async ({
  ff,
}) => {
  const options = await Options.open(ff);
  await options.limitSite('social.test', 1);

  const url = 'http://social.test/feed';
  const site = await ff.openSite(url);
  const loaded = Date.now();
  const paused = await waitForPause(ff, url, minutes(1) + 15_000);
  test.info().annotations.push({ type: 'pause after ms', description: String(paused - loaded) });
  await expectPausedOnTime(options.page, 'social.test', minutes(1), paused - loaded);

  const pause = new Pause(site);
  await expect.poll(() => pause.lead()).toBe("You've spent 1 minute on social.test today.");
  // The default "more minutes" length is 5.
  await expect.poll(() => pause.buttons()).toEqual(['Log off', '5 more minutes']);
  await pause.logOff();
  await waitForPauseGone(ff, site, url);

  const newtab = await NewTab.open(ff);
  await expect.poll(() => newtab.todayWins()).toEqual(['Logged off social.test after 1 min']);
});

test.describe('a store-like build (the real minute, alarms clamped to 30 s)', () => {
  test.use({ build: 'clamped' });

  test('stopping the background page at 30 s still pauses the site at 60 s', async ({ ff }) => {
    test.setTimeout(150_000);
    const options = await Options.open(ff);
    await options.limitSite('video.test', 1);

    const url = 'http://video.test/watch';
    await ff.openSite(url);
    const loaded = Date.now();
    await stayFor(ff, 30_000 - (Date.now() - loaded));
    expect(await stopBackground(ff, { now: true })).toBe('stopped');

    const paused = await waitForPause(ff, url, 45_000);
    test
      .info()
      .annotations.push({ type: 'pause after ms (stopped)', description: String(paused - loaded) });
    await expectPausedOnTime(options.page, 'video.test', 60_000, paused - loaded);
  });
});

test('more minutes send the tab back to the site, and the pause comes back when they end', async ({
  ff,
}) => {
  const options = await Options.open(ff);
  await options.limitSite('news.test', 1);
  expect(await options.snoozeChoice()).toEqual({
    value: '5',
    labels: ['1', '2', '5', '10', '15'],
  });
  await options.chooseSnooze(1);

  const url = 'http://news.test/story?id=7';
  const site = await ff.openSite(url);
  await waitForPause(ff, url, minutes(1) + 15_000);
  await expect
    .poll(() => countedMs(options.page, 'news.test'))
    .toBeGreaterThanOrEqual(minutes(1) - 1_000);
  const usedBefore = await countedMs(options.page, 'news.test');
  const pause = new Pause(site);
  await expect.poll(() => pause.buttons()).toEqual(['Log off', '1 more minute']);
  await pause.moreMinutes('1 more minute');

  const back = await waitForSite(ff, url, 10_000);
  // Time on the pause page did not count, and the granted minute does.
  const pausedAgain = await waitForPause(ff, url, minutes(1) + 15_000).catch(
    withWorkerView(ff, 'news.test'),
  );
  test
    .info()
    .annotations.push({ type: 'second pause after ms', description: String(pausedAgain - back) });
  const secondMinute = async () => (await countedMs(options.page, 'news.test')) - usedBefore;
  await expect.poll(secondMinute).toBeGreaterThanOrEqual(minutes(1) - 1_000);
  expect(await secondMinute()).toBeLessThanOrEqual(minutes(1) + 2_000);
  expect(pausedAgain - back).toBeGreaterThanOrEqual(minutes(1) - 1_000);
});
