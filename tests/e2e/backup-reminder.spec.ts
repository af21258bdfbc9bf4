// The backup reminder speaks only when it is true and useful: a week of wins
// with no backup brings the gentle reminder, and an export quiets it. (A
// first win on a fresh profile hearing nothing runs in both browsers:
// tests/browser/backup-reminder.spec.ts.)
import type { Page } from '@playwright/test';
import type { browser } from 'wxt/browser';
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options';
import { PopupPage } from './pages/popup';

const REMINDER = /since your last backup/;

/** The data section has read what the reminder depends on. */
async function dataRead(options: Page): Promise<void> {
  await expect(options.locator('.data')).toHaveAttribute('aria-busy', 'false');
}

/** A win eight days back in this browser's own calendar, and the install as long ago. */
async function aWeekAgo(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const then = new Date();
    then.setDate(then.getDate() - 8);
    then.setHours(9, 0, 0, 0);
    const pad = (n: number) => String(n).padStart(2, '0');
    const day = `${then.getFullYear()}-${pad(then.getMonth() + 1)}-${pad(then.getDate())}`;
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('small-wins');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('wins', 'readwrite');
        tx.objectStore('wins').put({
          id: 'a-week-ago',
          text: 'Started keeping wins',
          day,
          at: then.getTime(),
          kind: 'win',
          tags: [],
        });
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
    const local = (globalThis as unknown as { chrome: typeof browser }).chrome.storage.local;
    await local.set({ welcomedAt: then.getTime() });
  });
}

test('a week of wins with no backup brings the gentle reminder, and an export quiets it', async ({
  openPopup,
  openOptions,
}) => {
  await new PopupPage(await openPopup()).addWinsAndWait('Worth keeping');
  const options = await openOptions();
  await aWeekAgo(options);
  await options.reload();
  await expect(options.getByText(REMINDER)).toBeVisible();
  await new OptionsPage(options).exportBackup();
  await expect(options.getByText(REMINDER)).toHaveCount(0);
  await options.reload();
  await dataRead(options);
  await expect(options.getByText(REMINDER)).toHaveCount(0);
});
