// Active hours against the real worker: set in the site list and shown there
// in words; outside them a used-up site is never paused and shows no badge;
// with the hours removed the same tab pauses at once.
import type { BrowserContext } from '@playwright/test';
import type { browser } from 'wxt/browser';
import { minutes } from '../../scripts/lib/test-minute';
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options';
import { SiteTab } from './pages/pause';
import { inExtension, seedUsage } from './pages/worker';

async function badgeOf(context: BrowserContext, url: string) {
  return inExtension(
    context,
    async (u: string) => {
      const api = (globalThis as unknown as { chrome: typeof browser }).chrome;
      const [tab] = await api.tabs.query({ url: u });
      return api.action.getBadgeText({ tabId: tab?.id });
    },
    url,
  );
}

const hhmm = (d: Date) =>
  `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
const words = (d: Date) => `${d.getHours()}:${String(d.getMinutes()).padStart(2, '0')}`;

test('a used-up site outside its active hours is never paused, and pauses once they are removed', async ({
  context,
  openOptions,
}) => {
  const options = await openOptions();
  await new OptionsPage(options).limitSite('social.test', 1);
  const item = options.getByRole('listitem').filter({ hasText: 'social.test' });
  await expect(item.getByText('at every hour')).toBeVisible();

  // Every day, in a window two to three hours from now: never now.
  const from = new Date(Date.now() + 2 * 3600_000);
  const to = new Date(Date.now() + 3 * 3600_000);
  await item.getByText('Active hours', { exact: true }).click();
  for (const day of ['Saturday', 'Sunday']) await item.getByLabel(day).check();
  await item.getByLabel('From').fill(hhmm(from));
  await item.getByLabel('To').fill(hhmm(to));
  await item.getByRole('button', { name: 'Save hours' }).click();
  const summary = `every day, ${words(from)}–${words(to)}`;
  await expect(options.getByRole('status').first()).toHaveText(`social.test counts ${summary}.`);
  await expect(item.getByText(summary, { exact: true })).toBeVisible();

  await seedUsage(context, 'social.test', minutes(2));
  const site = await SiteTab.open(context, 'http://social.test/feed');
  await site.page.waitForTimeout(3_000);
  expect(site.page.url()).toBe('http://social.test/feed');
  expect(await badgeOf(context, 'http://social.test/feed')).toBe('');

  // The budget applies at every hour again: the open tab pauses at once.
  await options.bringToFront();
  await item.getByText('Active hours', { exact: true }).click();
  await item.getByRole('button', { name: 'Every hour' }).click();
  await expect(item.getByText('at every hour')).toBeVisible();
  await site.page.bringToFront();
  await site.waitForPause(5_000);
});
