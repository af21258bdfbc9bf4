// In Firefox ESR: a part of a site on the single-page fake site video.test,
// whose links change the address with history.pushState and load nothing.
// A 1-minute limit on video.test/shorts counts no time on /watch, counts from
// the in-page move to /shorts/…, pauses at its budget by the extension's own
// count, and Log off records a win naming the part. The intention page asks
// before /shorts opens, also when a link inside the page leads there.
import type { Page } from 'puppeteer-core';
import { tabUrls } from '../../scripts/lib/firefox';
import { minutes } from '../../scripts/lib/test-minute';
import { expect, test } from './fixtures';
import { Intention, waitForIntention } from './pages/intention';
import { LookBack } from './pages/lookback';
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

const PART = 'video.test/shorts';

/** Follows a link inside the single-page site: the address changes, nothing loads. */
async function follow(page: Page, href: string) {
  await page.evaluate((h) => {
    const link = document.querySelector<HTMLAnchorElement>(`a[href="${h}"]`);
    if (!link) throw new Error(`no link to ${h}`);
    link.click();
  }, href);
}

test('a 1-minute limit on video.test/shorts counts no time on /watch, counts after an in-page move to /shorts, pauses on time, and Log off names the part', async ({
  ff,
  sites,
}) => {
  test.setTimeout(90_000);
  const options = await Options.open(ff);
  await options.limitSite(PART, 1);

  const site = await ff.openSite('http://video.test/watch?v=1');
  // Most of the budget on /watch, which is outside the part.
  await stayFor(ff, minutes(1) * 0.75);
  expect(await countedMs(options.page, PART)).toBe(0);

  await follow(site, '/shorts/1');
  const movedIn = Date.now();
  await waitForSite(ff, 'http://video.test/shorts/1', 5_000);
  await stayFor(ff, minutes(1) / 2);
  await follow(site, '/shorts/2');
  const url = 'http://video.test/shorts/2';
  const paused = await waitForPause(ff, url, minutes(1) + 15_000);
  test.info().annotations.push({
    type: 'pause after the move in (ms)',
    description: String(paused - movedIn),
  });
  // Only the first page was ever loaded: the moves were inside the page.
  expect(sites.requests.filter((r) => r.startsWith('video.test'))).toEqual([
    'video.test/watch?v=1',
  ]);
  await expectPausedOnTime(options.page, PART, minutes(1), paused - movedIn);

  const pause = new Pause(site);
  await expect.poll(() => pause.lead()).toBe(`You've spent 1 minute on ${PART} today.`);
  await expect
    .poll(() => pause.buttons())
    .toEqual(['Log off', 'Back to video.test', '5 more minutes']);
  await pause.logOff();
  await waitForPauseGone(ff, site, url);

  const newtab = await NewTab.open(ff);
  await expect.poll(() => newtab.todayWins()).toEqual([`Logged off ${PART} after 1 min`]);
  // The Look back page names the part as it was written.
  const lookBack = await LookBack.open(ff);
  await expect
    .poll(async () => (await lookBack.pauseWeeks()).weeks[0]?.slice(1))
    .toEqual([expect.stringMatching(/^video\.test\/shorts: 1 pause · logged off once/)]);
});

test('the intention page asks before /shorts opens, also when a link inside the page leads there, and not before /watch', async ({
  ff,
  sites,
}) => {
  const options = await Options.open(ff);
  await options.limitSite(PART, 5);
  await options.askIntention(PART);

  const site = await ff.openSite('http://video.test/watch?v=1');
  await stayFor(ff, 1_000);
  expect(await tabUrls(ff)).toContain('http://video.test/watch?v=1');

  // Typed in the address bar: asked before any request reaches the site.
  const typed = await ff.browser.newPage();
  await typed.bringToFront();
  await ff.startLoading(typed, 'http://video.test/shorts/9');
  await waitForIntention(ff, 'http://video.test/shorts/9', 10_000);
  await typed.close();

  // A link inside the page: no request at all, still asked.
  await site.bringToFront();
  await follow(site, '/shorts/1');
  const url = 'http://video.test/shorts/1';
  await waitForIntention(ff, url, 10_000);
  expect(sites.requests.filter((r) => r.startsWith('video.test/shorts'))).toEqual([]);
  const intention = new Intention(site);
  await expect
    .poll(() => intention.field())
    .toEqual({ label: `What you came to ${PART} for`, focused: true });
  await intention.click('Skip');
  await waitForSite(ff, url, 10_000);
  expect(sites.requests).toContain('video.test/shorts/1');
});
