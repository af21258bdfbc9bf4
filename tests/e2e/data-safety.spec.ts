// Your data survives: restarts and worker stops lose nothing, and "delete
// everything" asks twice and then leaves nothing at all.
import type { Page } from '@playwright/test';
import type { browser } from 'wxt/browser';
import { minutes } from '../../scripts/lib/test-minute';
import { expect, test } from './fixtures';
import { NewTabPage } from './pages/newtab';
import { OptionsPage } from './pages/options';
import { PopupPage } from './pages/popup';

const todayItems = (page: Page) => new PopupPage(page).todayTexts;
const addWins = (popup: Page, texts: string[]) => new PopupPage(popup).addWinsAndWait(...texts);

test('closing the browser in the middle of counted time keeps the minutes', async ({
  context,
  openOptions,
  relaunch,
  extensionId,
}) => {
  const options = await openOptions();
  await new OptionsPage(options).limitSite('social.test', 10);
  await expect(options.getByText('Up to 10 minutes a day')).toBeVisible();
  const site = await context.newPage();
  await site.bringToFront();
  await site.goto('http://social.test/');
  // Past the worker's first checkpoint, a budget minute in.
  await site.waitForTimeout(minutes(1) + 2_000);

  const again = await relaunch();
  const reopened = await again.newPage();
  await reopened.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(reopened.getByText('1 of 10 minutes today')).toBeVisible();
});

test('stopping the worker while wins are being written loses none', async ({
  openPopup,
  openOptions,
  openNewTab,
  context,
}) => {
  const popup = await openPopup();
  const cdp = await context.newCDPSession(await openOptions());
  await cdp.send('ServiceWorker.enable');
  const field = popup.getByRole('textbox', { name: /win/i });
  for (let i = 0; i < 30; i++) {
    await field.fill(`steady ${i}`);
    await field.press('Enter');
    if (i % 5 === 0) await cdp.send('ServiceWorker.stopAllWorkers');
  }
  // The popup shows the latest three and counts the rest; the new tab lists all.
  await expect(popup.getByRole('link', { name: '+ 27 more today' })).toBeVisible();
  await popup.reload();
  await expect(popup.getByRole('link', { name: '+ 27 more today' })).toBeVisible();
  await expect(todayItems(await openNewTab())).toHaveCount(30);
});

test('deleting everything asks twice and then leaves a fresh start', async ({
  openPopup,
  openOptions,
  openNewTab,
}) => {
  const popup = await openPopup();
  await addWins(popup, ['Something to keep']);
  const options = await openOptions();
  await new OptionsPage(options).limitSite('social.test');

  await options.getByRole('button', { name: 'Delete all my data' }).click();
  await options.getByRole('button', { name: 'Keep my data' }).click();
  const newtab = await openNewTab();
  await expect(todayItems(newtab)).toHaveText(['Something to keep']);

  await options.getByRole('button', { name: 'Delete all my data' }).click();
  await expect(options.getByRole('group', { name: /can't be undone/ })).toBeVisible();
  await options.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(options.getByRole('status').first()).toHaveText(/Everything was deleted/);
  await expect(options.getByText('No sites limited yet.')).toBeVisible();
  await expect(new NewTabPage(newtab).emptyState).toBeVisible();

  // Nothing remains: no stored key in either area, no record in any store.
  const left = await options.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: typeof browser }).chrome;
    const records = await new Promise<number>((resolve, reject) => {
      const open = indexedDB.open('small-wins');
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction([...db.objectStoreNames]);
        const counts = [...db.objectStoreNames].map((name) => tx.objectStore(name).count());
        tx.oncomplete = () => {
          db.close();
          resolve(counts.reduce((sum, request) => sum + request.result, 0));
        };
        tx.onerror = () => reject(tx.error);
      };
    });
    return {
      local: await api.storage.local.get(null),
      session: await api.storage.session.get(null),
      records,
    };
  });
  expect(left).toEqual({ local: {}, session: {}, records: 0 });
});
