// The mindful pause against the built extension and fake *.test sites: the
// budget is counted by the real worker, alarms fire for real, and the pause
// page's choices do what they say.
import type { BrowserContext } from '@playwright/test';
import type { browser } from 'wxt/browser';
import { minutes, PAUSE_LATENESS_MS } from '../../scripts/lib/test-minute';
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options';
import { expectPausedOnTime, SiteTab } from './pages/pause';
import { inExtension, readUsage, stopWorker } from './pages/worker';

async function badgeOfActiveTab(context: BrowserContext) {
  // Runs inside the extension, where `chrome` is the real API.
  return inExtension(
    context,
    async () => {
      const api = (globalThis as unknown as { chrome: typeof browser }).chrome;
      const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      return api.action.getBadgeText({ tabId: tab?.id });
    },
    undefined,
  );
}

test('a 1-minute limit pauses when its minute is counted; Log off records a win; the site pauses at once after', async ({
  context,
  limitAndVisit,
  openNewTab,
}) => {
  const { site } = await limitAndVisit('social.test', 1, 'http://social.test/feed');
  const { page, openedAt: start } = site;
  await expect.poll(() => badgeOfActiveTab(context)).toBe('1m');
  const elapsed = (await site.waitForPause(minutes(1) + 15_000)) - start;
  test.info().annotations.push({ type: 'pause after ms', description: String(elapsed) });
  await expectPausedOnTime(context, 'social.test', minutes(1), elapsed);

  await expect(page.getByText("You've spent 1 minute on social.test today.")).toBeVisible();
  await expect(page.getByRole('button', { name: '1 more minute' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '5 more minutes' })).toBeVisible();
  await Promise.all([
    page.waitForEvent('close'),
    page.getByRole('button', { name: 'Log off' }).click(),
  ]);

  const newtab = await openNewTab();
  await expect(newtab.getByRole('list', { name: /Today/ }).getByRole('listitem')).toHaveText([
    /Logged off social\.test after 1 min\s*Logged off/,
  ]);

  // The budget is used: the site (and its subdomains) pause at once.
  for (const url of ['http://social.test/again', 'http://m.social.test/']) {
    const again = await SiteTab.open(context, url);
    await again.waitForPause(5_000);
    expect(new URL(again.page.url()).searchParams.get('url')).toBe(url);
  }

  // A site that is not limited is never paused.
  const calm = await SiteTab.open(context, 'http://calm.test/');
  await calm.page.waitForTimeout(3_000);
  expect(calm.page.url()).toBe('http://calm.test/');
});

test('stopping the worker half-way through the minute still pauses on time', async ({
  context,
  limitAndVisit,
}) => {
  const { options, site } = await limitAndVisit('video.test', 1, 'http://video.test/watch');
  const { page, openedAt: start } = site;

  await page.waitForTimeout(minutes(1) / 2);
  await stopWorker(context, options);

  const elapsed = (await site.waitForPause(minutes(1) + 15_000)) - start;
  test
    .info()
    .annotations.push({ type: 'pause after ms (worker stopped)', description: String(elapsed) });
  await expectPausedOnTime(context, 'video.test', minutes(1), elapsed);
});

test('more minutes return to the page and the pause comes back when they end', async ({
  context,
  openOptions,
}) => {
  const options = await openOptions();
  await new OptionsPage(options).limitSite('news.test', 1);
  await options.getByLabel(/more minutes/).selectOption('1');
  await expect(options.getByRole('status').first()).toHaveText('Saved.');

  const site = await SiteTab.open(context, 'http://news.test/story?id=7');
  const { page } = site;
  await site.waitForPause(minutes(1) + 15_000);
  const before = await readUsage(context, 'news.test');
  await page.getByRole('button', { name: '1 more minute' }).click();
  await page.waitForURL('http://news.test/story?id=7');
  const back = Date.now();
  // Time on the pause page did not count, and the granted minute does: the
  // second pause comes when the usage reaches the minute the grant added.
  const elapsed = (await site.waitForPause(minutes(1) + 15_000)) - back;
  test.info().annotations.push({ type: 'second pause after ms', description: String(elapsed) });
  const usedBefore = before?.ms ?? 0;
  const secondMinute = async () => ((await readUsage(context, 'news.test'))?.ms ?? 0) - usedBefore;
  await expect.poll(secondMinute).toBeGreaterThanOrEqual(minutes(1) - 1_000);
  expect(await secondMinute()).toBeLessThanOrEqual(minutes(1) + PAUSE_LATENESS_MS);
  expect((await readUsage(context, 'news.test'))?.grantedMs).toBe(
    Math.max(0, usedBefore - minutes(1)) + minutes(1),
  );
  expect(elapsed).toBeGreaterThanOrEqual(minutes(1) - 1_000);
});

test('a mindful pause from the popup can be logged as a win', async ({ context, openPopup }) => {
  const popup = await openPopup();
  const [pause] = await Promise.all([
    context.waitForEvent('page'),
    popup.getByRole('button', { name: 'Take a pause' }).click(),
  ]);
  await expect(pause.getByRole('heading', { name: 'A mindful minute' })).toBeVisible();
  await pause.getByRole('button', { name: 'Skip the breathing' }).click();
  await expect(pause.getByText('Take one slow breath in, and let it out.')).toBeVisible();
  await Promise.all([
    pause.waitForEvent('close'),
    pause.getByRole('button', { name: 'Log this pause as a win' }).click(),
  ]);
  await popup.reload();
  await expect(popup.getByRole('list', { name: /Today/ }).getByRole('listitem')).toHaveText([
    /Took a mindful pause/,
  ]);
});

test('the options page explains bad sites and budgets and changes nothing', async ({
  openOptions,
}) => {
  const options = await openOptions();
  const site = options.getByRole('textbox', { name: 'Site' });
  const minutes = options.getByRole('spinbutton', { name: 'Daily minutes', exact: true });
  const add = options.getByRole('button', { name: 'Add' });
  const cases: [string, string, RegExp][] = [
    ['', '30', /Type a site/],
    ['not a site', '30', /doesn't look like a site/],
    ['192.168.1.10', '30', /IP addresses/],
    ['[::1]', '30', /IP addresses/],
    ['localhost:3000', '30', /localhost/],
    ['ftp://files.test', '30', /Only web sites/],
    ['user:pw@mail.test', '30', /Leave out the name and password/],
    [`${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.test`, '30', /253/],
    ['social.test', '0', /from 1 to 1440/],
    ['social.test', '1441', /from 1 to 1440/],
    ['social.test', '2.5', /from 1 to 1440/],
    // A limit is a place: a link's query or fragment is explained, not kept.
    ['https://www.social.test/feed?ref=1', '30', /Please leave it out/],
    ['social.test/#top', '30', /Please leave it out/],
  ];
  for (const [siteText, minutesText, message] of cases) {
    await site.fill(siteText);
    await minutes.fill(minutesText);
    await add.click();
    await expect(options.getByRole('alert')).toHaveText(message);
  }
  await expect(options.getByText('No sites limited yet.')).toBeVisible();

  // A pasted link with a port is fine; www. and subdomains are one site.
  await new OptionsPage(options).limitSite('https://www.social.test:8443/', 5, {
    shownAs: 'social.test',
  });
  await expect(
    options.getByRole('list', { name: 'Limited sites' }).getByRole('listitem'),
  ).toHaveCount(1);
  await site.fill('m.social.test');
  await minutes.fill('5');
  await add.click();
  await expect(options.getByRole('alert')).toHaveText(/already limited/);
  await expect(site).toHaveAttribute('aria-invalid', 'true');
  await expect(
    options.getByRole('list', { name: 'Limited sites' }).getByRole('listitem'),
  ).toHaveCount(1);

  // Edit the budget, then remove the site.
  await options.getByRole('spinbutton', { name: 'Daily minutes for social.test' }).fill('45');
  await options.getByRole('button', { name: 'Save budget for social.test' }).click();
  await expect(options.getByText('Up to 45 minutes a day')).toBeVisible();
  await options.reload();
  await expect(options.getByText('Up to 45 minutes a day')).toBeVisible();
  await options.getByRole('button', { name: 'Remove social.test' }).click();
  await expect(options.getByText('No sites limited yet.')).toBeVisible();
});
