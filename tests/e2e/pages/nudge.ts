// The evening reminder as the tests drive it: its time set on the options
// page a minute ahead of the extension's own clock (a test build's minute
// lasts seconds, so it comes within seconds while the day and the clock stay
// real), the notifications the extension shows, and what it remembers.
import { expect, type Page } from '@playwright/test';
import type { browser } from 'wxt/browser';
import { decidedAfter, reminderTimeAMinuteAhead } from '../../../scripts/lib/nudge-plan';

type Api = typeof browser;

/**
 * Moves the day start away from the coming minutes, so "today" cannot turn
 * over during the test whatever the hour it runs at. Returns today's day key.
 */
export async function settleToday(options: Page): Promise<string> {
  const dayStart = await options.evaluate(() => (new Date().getHours() < 6 ? 10 : 2));
  await options.getByLabel('My day starts at').selectOption(String(dayStart));
  await expect.poll(() => setting(options, 'dayStartHour')).toBe(dayStart);
  return todayOf(options, dayStart);
}

/** Sets the reminder a minute ahead of the page's clock (reminderTimeAMinuteAhead), on the options page. */
export async function remindAMinuteAhead(options: Page): Promise<void> {
  const time = await options.evaluate(reminderTimeAMinuteAhead);
  await options.getByLabel('Reminder time (empty for none)').fill(time);
  await options.getByRole('button', { name: 'Save reminder' }).click();
  await expect(options.getByRole('status').first()).toHaveText('Saved.');
  await expect.poll(() => setting(options, 'nudgeMinute')).not.toBe(null);
}

/** The person's day now, under a day start. */
export const todayOf = (page: Page, dayStart: number) =>
  page.evaluate((start) => {
    const d = new Date();
    if (d.getHours() < start) d.setDate(d.getDate() - 1);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }, dayStart);

/** The notifications the extension shows now, read from one of its pages. */
export const shownNotifications = (page: Page) =>
  page.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: Api }).chrome;
    return Object.keys(await api.notifications.getAll());
  });

/** What the extension stored under a storage.local key. */
export const stored = (page: Page, key: string) =>
  page.evaluate(
    async (k) => (await (globalThis as unknown as { chrome: Api }).chrome.storage.local.get(k))[k],
    key,
  );

/** One of the stored settings. */
export const setting = async (page: Page, name: string) =>
  ((await stored(page, 'settings')) as Record<string, unknown> | undefined)?.[name] ?? null;

/**
 * Waits until the reminder's alarm for `day` has fired and been decided: the
 * worker then sets the next one, for a later day (scripts/lib/nudge-plan.ts).
 */
export async function waitForReminderDecided(page: Page, day: string) {
  await expect
    .poll(async () => decidedAfter(await stored(page, 'nudgePlan'), day), { timeout: 30_000 })
    .toBe(true);
}
