// "Delete everything" in the shipped build gives back every permission the
// person granted through the browser's own prompts (a limited site's host
// access, saving files for daily backups and their quiet bubble,
// notifications), and says plainly where the backups it cannot delete are.
import type { Page } from '@playwright/test';
import type { browser } from 'wxt/browser';
import { expect, extensionWorker, test } from './fixtures';

declare const chrome: typeof browser;

test.use({ build: 'shipped' });

async function held(page: Page) {
  const worker = await extensionWorker(page.context());
  return worker.evaluate(async () => {
    const all = await chrome.permissions.getAll();
    return { permissions: all.permissions ?? [], origins: all.origins ?? [] };
  });
}

const OPTIONAL = ['downloads', 'downloads.ui', 'notifications'];

/** Presses what asks the browser's prompt, gives it time to open, and allows. */
async function allow(options: Page, press: () => Promise<void>, x: (...a: string[]) => string) {
  await press();
  await options.waitForTimeout(1_000);
  x('key', 'Tab', 'Return'); // Deny has the focus; Allow is next
}

test('deleting everything gives back every permission granted and says where saved backups stay', async ({
  openPage,
  x,
}) => {
  const options = await openPage('options.html');
  const status = options.getByRole('status').first();
  await allow(
    options,
    async () => {
      await options.getByRole('textbox', { name: 'Site' }).fill('news.test');
      await options.getByRole('spinbutton', { name: 'Daily minutes', exact: true }).fill('30');
      await options.getByRole('button', { name: 'Add' }).click();
    },
    x,
  );
  await expect(status).toHaveText('news.test is now limited to 30 minutes a day.');
  await allow(
    options,
    () => options.getByRole('checkbox', { name: 'Also a gentle notification' }).click(),
    x,
  );
  await expect(options.getByRole('checkbox', { name: 'Also a gentle notification' })).toBeChecked();
  await allow(
    options,
    () => options.getByRole('checkbox', { name: 'Save a backup every day' }).click(),
    x,
  );
  await expect(status).toContainText('Daily backups are on');
  await expect
    .poll(async () => (await held(options)).permissions)
    .toEqual(expect.arrayContaining(OPTIONAL));
  expect((await held(options)).origins).toEqual(['*://*.news.test/*']);

  await options.getByRole('button', { name: 'Delete all my data' }).click();
  await expect(
    options.getByText(
      /daily backups stay in the folder “Small Wins backups” in your downloads folder/,
    ),
  ).toBeVisible();
  await options.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(status).toHaveText(
    /^Everything was deleted.*Small Wins can't delete files already saved on your computer: daily backups stay in the folder “Small Wins backups” in your downloads folder \(named like small-wins-\d{4}-\d{2}-\d{2}\.json\)/,
  );
  const after = await held(options);
  expect(after.permissions.filter((p) => OPTIONAL.includes(p))).toEqual([]);
  expect(after.origins).toEqual([]);
});
