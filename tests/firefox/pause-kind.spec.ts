// In Firefox ESR, against the real event page: the heads-up before the pause
// turns the badge calm a minute before a 2-minute budget ends (read through
// browser.action in an extension page); a small step chosen on the pause page
// logs off and records two wins; and a used-up site outside its active hours
// is never paused, until the hours are removed.
import { tabUrls } from '../../scripts/lib/firefox';
import { minutes } from '../../scripts/lib/test-minute';
import { expect, test } from './fixtures';
import { badgeOf, seedUsage } from './pages/extension';
import { NewTab } from './pages/newtab';
import { Options } from './pages/options';
import { Pause, stayFor, waitForPause, waitForPauseGone, waitUntil } from './pages/pause';

const SITE = 'http://social.test/feed';
const CALM = '1m 47,125,109,255';

test('the badge turns calm a minute before a 2-minute budget ends, before the pause', async ({
  ff,
}) => {
  const options = await Options.open(ff);
  await options.limitSite('social.test', 2);
  expect(await options.page.$eval('#heads-up', (el) => (el as HTMLSelectElement).value)).toBe('1');

  await ff.openSite(SITE);
  const loaded = Date.now();
  // The person is present from the start (a Firefox kept from earlier tests
  // may already count them as away), so the site is counted at once.
  await waitUntil(
    ff,
    async () => (await badgeOf(options.page, SITE)) === '2m 74,85,104,255',
    20_000,
  );
  const calm = await waitUntil(
    ff,
    async () => (await badgeOf(options.page, SITE)) === CALM,
    minutes(2),
  );
  // Calm once a minute is left, not sooner (the test's clock can only be
  // later than the extension's), and the pause after it.
  test.info().annotations.push({ type: 'heads-up after ms', description: String(calm - loaded) });
  expect(calm - loaded).toBeGreaterThanOrEqual(minutes(1) - 1_000);
  const paused = await waitForPause(ff, SITE, minutes(2));
  expect(paused).toBeGreaterThan(calm);
});

test('a small step chosen on the pause page logs off and records two wins', async ({ ff }) => {
  const options = await Options.open(ff);
  await options.limitSite('social.test', 1);
  await seedUsage(options.page, 'social.test', minutes(1));

  const site = await ff.openSite(SITE);
  await waitForPause(ff, SITE, 10_000);
  const pause = new Pause(site);
  await expect
    .poll(() => pause.kindSteps())
    .toEqual(['Stretch for a minute', 'Drink a glass of water', 'Step outside']);
  await pause.chooseStep('Stretch for a minute');
  await waitForPauseGone(ff, site, SITE);

  const newtab = await NewTab.open(ff);
  await expect
    .poll(() => newtab.todayWins())
    .toEqual(['Stretched for a minute', 'Logged off social.test after 1 min']);
  // Logged off: no tab shows the site or its pause any more.
  expect((await tabUrls(ff)).filter((url) => url.includes('social.test'))).toEqual([]);
});

const hhmm = (d: Date) =>
  `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
const words = (d: Date) => `${d.getHours()}:${String(d.getMinutes()).padStart(2, '0')}`;

test('a used-up site outside its active hours is never paused, and pauses once they are removed', async ({
  ff,
}) => {
  test.setTimeout(60_000);
  const options = await Options.open(ff);
  await options.limitSite('social.test', 1);
  // Every day, in a window two to three hours from now: never now.
  const from = new Date(Date.now() + 2 * 3600_000);
  const to = new Date(Date.now() + 3 * 3600_000);
  await options.setActiveHours('social.test', hhmm(from), hhmm(to));
  await expect
    .poll(() => options.status())
    .toBe(`social.test counts every day, ${words(from)}–${words(to)}.`);
  await seedUsage(options.page, 'social.test', minutes(2));

  await ff.openSite(SITE);
  await stayFor(ff, 5_000);
  const urls = await tabUrls(ff);
  expect(urls).toContain(SITE);
  expect(urls.filter((url) => url.includes('pause.html'))).toEqual([]);
  expect(await badgeOf(options.page, SITE)).toMatch(/^ /); // no text

  // The budget applies at every hour again: the open tab pauses at once.
  await options.clearActiveHours('social.test');
  await expect.poll(() => options.status()).toBe('social.test counts at every hour.');
  await waitForPause(ff, SITE, 10_000);
});
