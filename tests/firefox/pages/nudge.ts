// The evening reminder as the Firefox tests drive it: the day start moved
// away from the coming minutes, the reminder set a minute ahead of the
// extension's clock (a test build's minute lasts seconds), the notifications
// the extension shows, and what it stored.
import { expect } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import type { browser } from 'wxt/browser';
import { decidedAfter, reminderTimeAMinuteAhead } from '../../../scripts/lib/nudge-plan';
import { byRole, find, paste } from './common';

type Api = typeof browser;

/** What the extension stored under a storage.local key. */
export const stored = (page: Page, key: string) =>
  page.evaluate(
    async (k) =>
      (await (globalThis as unknown as { browser: Api }).browser.storage.local.get(k))[
        k
      ] as unknown,
    key,
  );

export const setting = async (page: Page, name: string) =>
  ((await stored(page, 'settings')) as Record<string, unknown> | undefined)?.[name] ?? null;

/** Moves the day start away from the coming minutes; returns today's day key. */
export async function settleToday(options: Page): Promise<string> {
  const dayStart = await options.evaluate(() => (new Date().getHours() < 6 ? 10 : 2));
  await find(options, byRole('combobox', 'My day starts at'));
  await options.select('#day-start', String(dayStart));
  await expect.poll(() => setting(options, 'dayStartHour')).toBe(dayStart);
  return options.evaluate((start) => {
    const d = new Date();
    if (d.getHours() < start) d.setDate(d.getDate() - 1);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }, dayStart);
}

/** Sets the reminder a minute ahead of the page's clock (reminderTimeAMinuteAhead), on the options page. */
export async function remindAMinuteAhead(options: Page): Promise<void> {
  const time = await options.evaluate(reminderTimeAMinuteAhead);
  await paste(await find(options, '#nudge-time'), time);
  await (await find(options, byRole('button', 'Save reminder'))).click();
  await expect.poll(() => setting(options, 'nudgeMinute'), { timeout: 10_000 }).not.toBe(null);
}

/** The notifications the extension shows now, read from one of its pages. */
export const shownNotifications = (page: Page) =>
  page.evaluate(async () => {
    const api = (globalThis as unknown as { browser: Api }).browser;
    return Object.keys(await api.notifications.getAll());
  });

/** Waits until the reminder's alarm for `day` was decided (scripts/lib/nudge-plan.ts). */
export async function waitForReminderDecided(page: Page, day: string) {
  await expect
    .poll(async () => decidedAfter(await stored(page, 'nudgePlan'), day), { timeout: 30_000 })
    .toBe(true);
}

/**
 * A click on the extension's notification, as Firefox delivers one: headless
 * Firefox has no alert to click (the alert closes at once), so the click is
 * emitted where the alert's "alertclickcallback" emits it, on the
 * extension's own notifications API in the parent process; Firefox then
 * wakes the event page and calls the listeners it registered.
 */
export const clickNotificationScript = (extensionId: string, id: string) => `(async () => {
  const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
  const ext = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(extensionId)});
  const api = await ext.apiManager.asyncGetAPI('notifications', ext);
  api.notificationsMap.emit('clicked', ${JSON.stringify(id)});
  return true;
})()`;
