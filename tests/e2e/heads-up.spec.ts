// The heads-up before the pause against the real worker: with the default
// one minute, the badge of a 2-minute budget turns calm when a minute is left,
// before the pause comes; with notifications on, one gentle notification goes,
// and no second one for the same pause, not even after the worker was stopped.
import type { BrowserContext, Page } from '@playwright/test';
import type { browser } from 'wxt/browser';
import { minutes } from '../../scripts/lib/test-minute';
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options';
import { SiteTab } from './pages/pause';
import { inExtension, seedUsage, stopWorker } from './pages/worker';

type Api = typeof browser;

async function badgeOf(context: BrowserContext, url: string) {
  return inExtension(
    context,
    async (u: string) => {
      const api = (globalThis as unknown as { chrome: Api }).chrome;
      const [tab] = await api.tabs.query({ url: u });
      const tabId = tab?.id;
      const [text, colour] = await Promise.all([
        api.action.getBadgeText({ tabId }),
        api.action.getBadgeBackgroundColor({ tabId }),
      ]);
      return `${text} ${colour.join(',')}`;
    },
    url,
  );
}

/** The notifications the extension shows now, read from one of its pages. */
const notifications = (page: Page) =>
  page.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: Api }).chrome;
    return Object.keys(await api.notifications.getAll());
  });

const clearNotifications = (page: Page) =>
  page.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: Api }).chrome;
    for (const id of Object.keys(await api.notifications.getAll())) {
      await api.notifications.clear(id);
    }
  });

test('the badge turns calm a minute before a 2-minute budget ends, before the pause', async ({
  context,
  openOptions,
}) => {
  const options = await openOptions();
  await new OptionsPage(options).limitSite('social.test', 2);
  await expect(options.getByLabel('Heads-up before the pause')).toHaveValue('1');

  const url = 'http://social.test/feed';
  const site = await SiteTab.open(context, url);
  await expect.poll(() => badgeOf(context, url)).toBe('2m 74,85,104,255');
  await expect.poll(() => badgeOf(context, url), { timeout: minutes(2) }).toBe('1m 47,125,109,255');
  // Calm once a minute is left, not sooner (the test's clock can only be
  // later than the extension's), and before the pause.
  const calmAt = Date.now() - site.openedAt;
  test.info().annotations.push({ type: 'heads-up after ms', description: String(calmAt) });
  expect(calmAt).toBeGreaterThanOrEqual(minutes(1) - 1_000);
  expect(site.page.url()).toBe(url);
  await site.waitForPause(minutes(2));
});

test('with notifications turned on, one gentle notification comes with the heads-up, never a second for the same pause', async ({
  context,
  openOptions,
}) => {
  const options = await openOptions();
  // A 10-minute budget with a 5-minute heads-up: the pause is far enough
  // behind the notification for the worker to be stopped and woken between.
  await new OptionsPage(options).limitSite('social.test', 10);
  await options.getByLabel('Heads-up before the pause').selectOption('5');
  await expect(options.getByRole('status').first()).toHaveText('Saved.');
  // The test build holds the permission, so the request in the click is
  // answered at once (a headless browser cannot show the prompt).
  const notify = options.getByRole('checkbox', { name: 'Also a gentle notification' });
  await expect(notify).not.toBeChecked();
  await notify.check();
  await expect(options.getByRole('status').first()).toHaveText('Saved.');
  await expect(notify).toBeChecked();
  const ahead = 4_000;
  await seedUsage(context, 'social.test', minutes(10) - minutes(5) - ahead);

  const url = 'http://social.test/feed';
  const site = await SiteTab.open(context, url);
  expect(await notifications(options)).toEqual([]);
  await expect
    .poll(() => notifications(options), { timeout: 15_000 })
    .toEqual(['heads-up-social.test']);
  const notifiedAt = Date.now() - site.openedAt;
  test.info().annotations.push({ type: 'notified after ms', description: String(notifiedAt) });
  expect(notifiedAt).toBeGreaterThanOrEqual(ahead - 1_000);
  await expect.poll(() => badgeOf(context, url)).toBe('5m 47,125,109,255');

  // The person saw it. Away to another tab and back, then the worker stopped
  // and woken again: the same pause is still coming, and nothing is sent again.
  await clearNotifications(options);
  await options.bringToFront();
  await site.page.bringToFront();
  const statuses = await stopWorker(context, options);
  await options.bringToFront();
  await site.page.bringToFront();
  await expect.poll(() => statuses.at(-1)).toBe('running');
  await site.page.waitForTimeout(5_000);
  expect(await notifications(options)).toEqual([]);
  expect(site.page.url()).toBe(url);
});
