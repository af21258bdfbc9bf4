// In Firefox ESR: a limited site that asks "What are you here for?" shows
// the intention page before the site (its server never hears of the visit
// first), the site then opens at the address, and Log off at the pause
// records a win carrying the intention. Continue goes through even when
// Firefox suspends the event page just as the page asks it to let the site be.

import { setTimeout as sleep } from 'node:timers/promises';
import { type Firefox, stopBackground, tabUrls } from '../../scripts/lib/firefox';
import { minutes } from '../../scripts/lib/test-minute';
import { expect, test } from './fixtures';
import { find } from './pages/common';
import { withWorkerView } from './pages/extension';
import { Intention, waitForIntention } from './pages/intention';
import { NewTab } from './pages/newtab';
import { Options } from './pages/options';
import {
  expectPausedOnTime,
  Pause,
  waitForPause,
  waitForPauseGone,
  waitForSite,
  withWhatShowed,
} from './pages/pause';

const url = 'http://social.test/feed?thread=7&from=mail';

/** Limits social.test to a minute, asking what for, and goes to `url`: the intention page shows. */
async function openIntention(ff: Firefox) {
  const options = await Options.open(ff);
  await options.limitSite('social.test', 1);
  await (
    await find(
      options.page,
      `::-p-aria([name="Ask what I'm here for before social.test"][role="checkbox"])`,
    )
  ).click();
  await expect.poll(() => options.status()).toBe("social.test will ask what you're here for.");

  const page = await ff.browser.newPage();
  await page.bringToFront();
  await ff.startLoading(page, url);
  await waitForIntention(ff, url, 10_000);
  const intention = new Intention(page);
  await expect.poll(() => intention.heading()).toBe('What are you here for?');
  await expect
    .poll(() => intention.field())
    .toEqual({ label: 'What you came to social.test for', focused: true });
  return { page, intention, options };
}

test('the intention page comes before the site, and the log-off win carries the intention', async ({
  ff,
  sites,
}) => {
  test.setTimeout(90_000);
  const { page, intention, options } = await openIntention(ff);
  expect(sites.requests.filter((r) => r.startsWith('social.test'))).toEqual([]);
  await intention.type('reply to Sam');
  // Time on the page is not counted: more than the budget here first.
  await sleep(minutes(1.5));
  await intention.click('Continue');
  // Should this ever fail, it says what the tabs and the page showed.
  const opened = await waitForSite(ff, url, 30_000).catch(withWhatShowed(ff, page));
  expect(sites.requests).toEqual(['social.test/feed?thread=7&from=mail']);

  const paused = await waitForPause(ff, url, minutes(1) + 15_000).catch(
    withWorkerView(ff, 'social.test'),
  );
  test.info().annotations.push({ type: 'pause after ms', description: String(paused - opened) });
  await expectPausedOnTime(options.page, 'social.test', minutes(1), paused - opened);
  const pause = new Pause(page);
  await expect.poll(() => pause.buttons()).toEqual(['Log off', '5 more minutes']);
  await pause.logOff();
  await waitForPauseGone(ff, page, url);

  const newtab = await NewTab.open(ff);
  await expect
    .poll(() => newtab.todayWins(), {
      message: `today's wins on the new tab (tabs: ${(await tabUrls(ff)).join(', ')})`,
    })
    .toEqual(['Logged off social.test after 1 min — came to reply to Sam']);
});

// Firefox stops an event page left idle for 30 s; a message arriving as it
// stops was lost ("Receiving end does not exist") and the page said "try again".
test('Continue goes through while Firefox suspends the event page', async ({ ff, sites }) => {
  const { page, intention } = await openIntention(ff);
  await intention.type('reply to Sam');
  const pressed = intention.click('Continue');
  // Stopped again and again for 150 ms, so the message meets a stopping page.
  for (const started = Date.now(); Date.now() - started < 150; ) {
    await stopBackground(ff);
    await sleep(10);
  }
  await pressed;
  await waitForSite(ff, url, 15_000).catch(withWhatShowed(ff, page));
  expect(sites.requests).toEqual(['social.test/feed?thread=7&from=mail']);
});
