// Log off is always acknowledged, in Chromium and Firefox alike: whatever
// other tabs are open, the pause page says "Logged off … That's a win." in
// its live region, shown, before the tab goes, with the win recorded; under
// reduced motion too.
import { minutes } from '../../scripts/lib/test-minute';
import { loadMessages, say } from '../e2e/words';
import { type App, expect, test } from './fixtures';
import { OptionsView } from './pages/options';
import { PauseView } from './pages/pause';
import { WinsView } from './pages/wins';

const en = loadMessages('en');
const moment = say(en, 'logoffMoment', 'Logged off social.test after 1 min');
const url = 'http://social.test/feed';

/** Limits social.test to a minute with three other tabs open, and lets its minute run out. */
async function pausedWithOtherTabs(app: App): Promise<PauseView> {
  const options = await OptionsView.open(app);
  await options.limitSite('social.test', 1);
  // Three other tabs (with the settings, four), opened before the site.
  await app.open('newtab');
  await app.openSite('http://calm.test/one');
  await app.openSite('http://calm.test/two');
  const pause = new PauseView(await app.openSite(url));
  await app.waitForPause(url, minutes(1) + 15_000);
  await expect.poll(() => pause.buttons()).toContain('Log off');
  return pause;
}

/** Logs off and hears the moment on the pause page while it is there; then the win is listed. */
async function logOffAndHear(app: App, pause: PauseView) {
  const tabs = (await app.tabUrls()).length;
  await pause.logOff();
  await expect.poll(() => pause.moment(), { intervals: [50] }).toBe(moment);
  await app.waitForPauseGone(url, 15_000);
  // The tab closed (the window had others), rather than going anywhere else.
  expect((await app.tabUrls()).length).toBe(tabs - 1);
  const newtab = await WinsView.open(app, 'newtab');
  await expect.poll(() => newtab.todayTexts()).toEqual(['Logged off social.test after 1 min']);
}

test('with three other tabs open, Log off says the win on the pause page before the tab closes', async ({
  app,
}) => {
  await logOffAndHear(app, await pausedWithOtherTabs(app));
});

test('under reduced motion the log-off line is still shown and said before the tab closes', async ({
  app,
}) => {
  await app.reduceMotion();
  await logOffAndHear(app, await pausedWithOtherTabs(app));
});
