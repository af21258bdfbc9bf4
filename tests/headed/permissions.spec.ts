// The shipped build holds no site access at install. Limiting a site asks
// the browser's own prompt for that one site: allowing it grants exactly that
// site, declining saves nothing and says so kindly, and removing the site
// gives the access back.
import type { Page } from '@playwright/test';
import type { browser } from 'wxt/browser';
import { expect, extensionWorker, test } from './fixtures';

declare const chrome: typeof browser;

test.use({ build: 'shipped' });

async function heldOrigins(page: Page) {
  const worker = await extensionWorker(page.context());
  return worker.evaluate(async () => (await chrome.permissions.getAll()).origins ?? []);
}

/**
 * Ask to limit a site and give the browser's prompt time to open. The prompt
 * is drawn inside the browser's own X window and keeps no X focus of its
 * own, so nothing outside the browser can see it open; the keys sent after
 * this wait are checked by their outcome, which only the prompt can produce.
 */
async function askToLimit(options: Page, site: string) {
  await options.getByRole('textbox', { name: 'Site' }).fill(site);
  await options.getByRole('spinbutton', { name: 'Daily minutes', exact: true }).fill('30');
  await options.getByRole('button', { name: 'Add' }).click();
  await options.waitForTimeout(1_000);
}

test('allowing the prompt limits the site with access to that site alone, and removing it gives the access back', async ({
  openPage,
  x,
}) => {
  const options = await openPage('options.html');
  expect(await heldOrigins(options)).toEqual([]);

  await askToLimit(options, 'news.test');
  x('key', 'Tab', 'Return'); // Deny has the focus; Allow is next

  await expect(options.getByRole('status').first()).toHaveText(
    'news.test is now limited to 30 minutes a day.',
  );
  const sites = options.getByRole('list', { name: 'Limited sites' }).getByRole('listitem');
  await expect(sites).toHaveCount(1);
  await expect(sites).toContainText('news.test');
  expect(await heldOrigins(options)).toEqual(['*://*.news.test/*']);

  await options.getByRole('button', { name: 'Remove news.test' }).click();
  await expect(options.getByText('No sites limited yet.')).toBeVisible();
  await expect.poll(() => heldOrigins(options)).toEqual([]);
});

test('declining the prompt saves nothing and says kindly why', async ({ openPage, x }) => {
  const options = await openPage('options.html');
  await askToLimit(options, 'social.test');
  x('key', 'Return'); // the focused button: Deny

  await expect(options.getByRole('alert')).toHaveText(/^Without access to social\.test/);
  await expect(options.getByRole('textbox', { name: 'Site' })).toHaveValue('social.test');
  await expect(options.getByText('No sites limited yet.')).toBeVisible();
  expect(await heldOrigins(options)).toEqual([]);
  await options.reload();
  await expect(options.getByText('No sites limited yet.')).toBeVisible();
});
