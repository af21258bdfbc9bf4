// In Firefox ESR, where the notification permission is optional as shipped:
// the heads-up and the evening reminder share it, so turning one off keeps
// it while the other still uses it, and it goes back once neither does.
import type { Page } from 'puppeteer-core';
import type { browser } from 'wxt/browser';
import { expect, test } from './fixtures';
import { byRole, find, paste } from './pages/common';
import { setting } from './pages/nudge';

type Api = typeof browser;

const granted = (page: Page) =>
  page.evaluate(async () =>
    (globalThis as unknown as { browser: Api }).browser.permissions.contains({
      permissions: ['notifications'],
    }),
  );

test('turning the heads-up notification off keeps the permission the evening reminder uses', async ({
  ff,
}) => {
  const options = await ff.openExt('options.html');
  expect(await granted(options)).toBe(false);
  await (await find(options, byRole('checkbox', 'Also a gentle notification'))).click();
  await expect.poll(() => setting(options, 'headsUpNotify')).toBe(true);
  await paste(await find(options, '#nudge-time'), '21:30');
  await (await find(options, byRole('button', 'Save reminder'))).click();
  await expect.poll(() => setting(options, 'nudgeMinute')).toBe(21 * 60 + 30);
  expect(await granted(options)).toBe(true);

  await (await find(options, byRole('checkbox', 'Also a gentle notification'))).click();
  await expect.poll(() => setting(options, 'headsUpNotify')).toBe(false);
  // Still there for the reminder.
  await options.evaluate(() => new Promise((r) => setTimeout(r, 500)));
  expect(await granted(options)).toBe(true);

  await paste(await find(options, '#nudge-time'), '');
  await (await find(options, byRole('button', 'Save reminder'))).click();
  await expect.poll(() => setting(options, 'nudgeMinute')).toBe(null);
  await expect.poll(() => granted(options)).toBe(false);
});
