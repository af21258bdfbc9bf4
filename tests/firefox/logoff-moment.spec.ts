// In Firefox ESR: with three other tabs open, Log off says "Logged off …
// That's a win." on the pause page, in a live region, before the tab closes,
// and the win is recorded.
import { minutes } from '../../scripts/lib/test-minute';
import { loadMessages, say } from '../e2e/words';
import { expect, test } from './fixtures';
import { NewTab } from './pages/newtab';
import { Options } from './pages/options';
import { Pause, waitForPause, waitForPauseGone } from './pages/pause';

const en = loadMessages('en');
const moment = say(en, 'logoffMoment', 'Logged off social.test after 1 min');

test('with three other tabs open, Log off says the win on the pause page before the tab closes', async ({
  ff,
}) => {
  const options = await Options.open(ff);
  await options.limitSite('social.test', 1);
  // Three other tabs (with the options page, four), opened before the site.
  await NewTab.open(ff);
  await ff.openSite('http://calm.test/one');
  await ff.openSite('http://calm.test/two');

  const url = 'http://social.test/feed';
  const site = await ff.openSite(url);
  await waitForPause(ff, url, minutes(1) + 15_000);
  const pause = new Pause(site);
  await expect.poll(() => pause.buttons()).toContain('Log off');
  await pause.logOff();
  // Said in the page's live region, and shown, while the tab is still there.
  await expect
    .poll(() =>
      site.evaluate(() => {
        const region = document.querySelector('.moment[role="status"]');
        const shown = region ? region.getBoundingClientRect().height > 0 : false;
        return shown ? region?.textContent : undefined;
      }),
    )
    .toBe(moment);
  await waitForPauseGone(ff, site, url);

  const newtab = await NewTab.open(ff);
  await expect.poll(() => newtab.todayWins()).toEqual(['Logged off social.test after 1 min']);
});
