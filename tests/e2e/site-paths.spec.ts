// A part of a site against the built extension in Chromium: video.test is a
// single-page app whose links change the address with history.pushState and
// load nothing. A 1-minute limit on video.test/shorts counts no time on
// /watch, counts from the in-page move to /shorts/…, pauses at its budget by
// the extension's own count, and Log off records a win naming the part. The
// intention page asks before /shorts opens, also when a link inside the page
// leads there; the pause offers the rest of the site.
import { minutes } from '../../scripts/lib/test-minute';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { askIntention, IntentionPage, visit } from './pages/intention';
import { OptionsPage } from './pages/options';
import { expectPausedOnTime, SiteTab } from './pages/pause';
import { readUsage, seedUsage } from './pages/worker';

const PART = 'video.test/shorts';

test('a 1-minute limit on video.test/shorts counts no time on /watch, counts after an in-page move to /shorts, pauses on time, and Log off names the part', async ({
  context,
  sites,
  openOptions,
  openNewTab,
  openLookBack,
}) => {
  const options = new OptionsPage(await openOptions());
  await options.limitSite('https://www.Video.test/Shorts/', 1, { shownAs: PART });

  const site = await SiteTab.open(context, 'http://video.test/watch?v=1');
  const { page } = site;
  // Most of the budget on /watch, which is outside the part.
  await page.waitForTimeout(minutes(1) * 0.75);
  expect(await readUsage(context, PART)).toBeNull();

  await page.getByRole('link', { name: 'Shorts', exact: true }).click();
  const movedIn = Date.now();
  await expect(page).toHaveURL('http://video.test/shorts/1');
  // A move within the part, half-way through.
  await page.waitForTimeout(minutes(1) / 2);
  await page.getByRole('link', { name: 'Next short' }).click();
  const elapsed = (await site.waitForPause(minutes(1) + 15_000)) - movedIn;
  test
    .info()
    .annotations.push({ type: 'pause after the move in (ms)', description: String(elapsed) });
  // Only the first page was ever loaded: the moves were inside the page.
  expect(sites.requests.filter((r) => r.startsWith('video.test'))).toEqual([
    'video.test/watch?v=1',
  ]);
  await expectPausedOnTime(context, PART, minutes(1), elapsed);
  expect(new URL(page.url()).searchParams.get('url')).toBe('http://video.test/shorts/2');

  await expect(page.getByText(`You've spent 1 minute on ${PART} today.`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Back to video.test' })).toBeVisible();
  await Promise.all([page.waitForEvent('close'), site.logOff.click()]);
  const newtab = await openNewTab();
  await expect(newtab.getByRole('list', { name: /Today/ }).getByRole('listitem')).toHaveText([
    /Logged off video\.test\/shorts after 1 min\s*Logged off/,
  ]);
  // The look back names the part as it was written.
  const lookBack = await openLookBack();
  await expect(lookBack.getByRole('region', { name: 'Your pauses' })).toContainText(
    /video\.test\/shorts: 1 pause · logged off once/,
  );
});

test('the pause of a part offers the rest of the site: Back to video.test records the win and opens its top page', async ({
  context,
  openOptions,
  openNewTab,
}) => {
  const options = new OptionsPage(await openOptions());
  await options.limitSite(PART, 1);
  await seedUsage(context, PART, minutes(1));

  const site = await SiteTab.open(context, 'http://video.test/watch?v=1');
  await site.page.waitForTimeout(1_000);
  await expect(site.page).toHaveURL('http://video.test/watch?v=1');
  await site.page.getByRole('link', { name: 'Shorts', exact: true }).click();
  await site.waitForPause(10_000);
  const back = site.page.getByRole('button', { name: 'Back to video.test' });
  await expect(back).toBeVisible();
  expect(await seriousViolations(site.page)).toEqual([]);
  await back.click();
  await site.page.waitForURL('http://video.test/');
  // The rest of the site is not paused.
  await site.page.waitForTimeout(2_000);
  expect(site.page.url()).toBe('http://video.test/');

  const newtab = await openNewTab();
  await expect(newtab.getByRole('list', { name: /Today/ }).getByRole('listitem')).toHaveText([
    /Logged off video\.test\/shorts after 1 min/,
  ]);
});

test('a whole host and a part of it both count where they apply, each against its own budget', async ({
  context,
  openOptions,
}) => {
  const options = new OptionsPage(await openOptions());
  await options.limitSite('video.test', 10);
  await options.limitSite(PART, 1);
  await expect(options.page.getByRole('list', { name: 'Limited sites' })).toContainText(PART);

  const site = await SiteTab.open(context, 'http://video.test/watch?v=1');
  await site.page.waitForTimeout(minutes(1) / 2);
  await site.page.getByRole('link', { name: 'Shorts', exact: true }).click();
  const movedIn = Date.now();
  const elapsed = (await site.waitForPause(minutes(1) + 15_000)) - movedIn;
  // The part paused at its own minute; the host counted the time on /watch too.
  await expectPausedOnTime(context, PART, minutes(1), elapsed);
  const host = (await readUsage(context, 'video.test'))?.ms ?? 0;
  expect(host).toBeGreaterThanOrEqual(minutes(1.5) - 1_000);
  expect(host).toBeLessThan(minutes(10));
});

test('the intention page asks before /shorts opens, also when a link inside the page leads there, and not before /watch', async ({
  context,
  sites,
  openOptions,
}) => {
  const options = await openOptions();
  await new OptionsPage(options).limitSite(PART, 5);
  await askIntention(options, PART);

  const watch = await SiteTab.open(context, 'http://video.test/watch?v=1');
  await expect(watch.page).toHaveURL('http://video.test/watch?v=1');

  // Typed in the address bar: asked before any request reaches the site.
  const typed = await context.newPage();
  await visit(typed, 'http://video.test/shorts/9');
  await new IntentionPage(typed).waitFor('http://video.test/shorts/9');
  expect(sites.requests.filter((r) => r.startsWith('video.test/shorts'))).toEqual([]);
  await typed.close();

  // A link inside the page: no request at all, still asked.
  await watch.page.bringToFront();
  await watch.page.getByRole('link', { name: 'Shorts', exact: true }).click();
  const intention = new IntentionPage(watch.page);
  await intention.waitFor('http://video.test/shorts/1');
  await expect(intention.field(PART)).toBeVisible();
  await intention.skip.click();
  await watch.page.waitForURL('http://video.test/shorts/1');
  await expect(watch.page.getByText('Path /shorts/1')).toBeVisible();
});

test('a query or fragment in a typed site is refused with a kind word, and the text stays', async ({
  openOptions,
}) => {
  const options = new OptionsPage(await openOptions());
  await options.limitSite('video.test/watch?v=1', 5, { confirm: false });
  await expect(options.page.getByRole('alert')).toHaveText(
    "A limit covers a site or a part of it, such as youtube.com/shorts, so the part from “?” or “#” on isn't needed. Please leave it out.",
  );
  await expect(options.siteField).toHaveValue('video.test/watch?v=1');
  await expect(options.siteField).toHaveAttribute('aria-invalid', 'true');
  await expect(options.siteField).toHaveAccessibleDescription(
    /A whole site, such as youtube\.com, or just a part of it, such as youtube\.com\/shorts\./,
  );
  expect(await seriousViolations(options.page)).toEqual([]);
});
