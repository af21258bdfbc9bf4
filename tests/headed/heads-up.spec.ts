// The shipped build asks for the notification permission only in the click
// that turns the heads-up notification on, with the browser's own prompt:
// allowed, the choice is kept and the permission held; turned off, the
// permission goes back; declined, nothing is kept and the page says kindly
// that the heads-up stays on the badge.
import type { Page } from '@playwright/test';
import type { browser } from 'wxt/browser';
import { expect, extensionWorker, test } from './fixtures';

declare const chrome: typeof browser;

test.use({ build: 'shipped' });

async function mayNotify(page: Page) {
  const worker = await extensionWorker(page.context());
  return worker.evaluate(() => chrome.permissions.contains({ permissions: ['notifications'] }));
}

/** Tick the box and give the browser's prompt time to open (see permissions.spec.ts). */
async function askToNotify(options: Page) {
  const box = options.getByRole('checkbox', { name: 'Also a gentle notification' });
  await expect(box).not.toBeChecked();
  await box.click();
  await options.waitForTimeout(1_000);
  return box;
}

test('allowing the prompt turns the notification on; turning it off gives the permission back', async ({
  openPage,
  x,
}) => {
  const options = await openPage('options.html');
  expect(await mayNotify(options)).toBe(false);

  const box = await askToNotify(options);
  x('key', 'Tab', 'Return'); // Deny has the focus; Allow is next
  await expect(options.getByRole('status').first()).toHaveText('Saved.');
  await expect(box).toBeChecked();
  expect(await mayNotify(options)).toBe(true);

  await box.click();
  await expect(box).not.toBeChecked();
  await expect.poll(() => mayNotify(options)).toBe(false);
});

test('declining the prompt keeps the notification off and says the heads-up stays on the badge', async ({
  openPage,
  x,
}) => {
  const options = await openPage('options.html');
  const box = await askToNotify(options);
  x('key', 'Return'); // the focused button: Deny

  await expect(options.getByRole('alert')).toHaveText(
    'Without permission to show notifications, the heads-up stays on the badge.',
  );
  await expect(box).not.toBeChecked();
  expect(await mayNotify(options)).toBe(false);
  await options.reload();
  await expect(
    options.getByRole('checkbox', { name: 'Also a gentle notification' }),
  ).not.toBeChecked();
});
