// The evening reminder against the real worker and Chromium's notifications:
// set a minute ahead, one notification comes on a day with no recap, none on
// a day with one or on a rest day; its click opens the recap ready to type.
import type { Page } from '@playwright/test';
import type { browser } from 'wxt/browser';
import { expect, test } from './fixtures';
import {
  remindAMinuteAhead,
  setting,
  settleToday,
  shownNotifications,
  stored,
  waitForReminderDecided,
} from './pages/nudge';
import { inWorker } from './pages/worker';

type Api = typeof browser;

/** With the reminder set a minute ahead, the worker decides and shows nothing. */
async function expectNoReminder(options: Page, today: string): Promise<void> {
  await options.bringToFront();
  await remindAMinuteAhead(options);
  await waitForReminderDecided(options, today);
  expect(await shownNotifications(options)).toEqual([]);
  expect(await stored(options, 'nudgeLog')).toBeUndefined();
}

test('a reminder a minute ahead shows one notification, and its click opens the recap ready to type', async ({
  context,
  openOptions,
}) => {
  const options = await openOptions();
  const today = await settleToday(options);
  await remindAMinuteAhead(options);
  expect(await shownNotifications(options)).toEqual([]);
  await expect.poll(() => shownNotifications(options), { timeout: 30_000 }).toEqual(['nudge']);
  await waitForReminderDecided(options, today);
  expect(await stored(options, 'nudgeLog')).toEqual({ day: today, snoozed: false });

  // Headless Chromium shows no notification to click: the click goes through
  // the browser's own event, dispatched in the worker to the listeners the
  // extension registered, as a click on the notification would be.
  const opened = context.waitForEvent('page');
  await inWorker(
    options,
    () => {
      const api = (globalThis as unknown as { chrome: Api }).chrome;
      const event = api.notifications.onClicked as unknown as { dispatch(id: string): void };
      event.dispatch('nudge');
    },
    undefined,
  );
  const recapPage = await opened;
  const first = recapPage.getByRole('textbox', { name: 'Good thing 1' });
  await expect(first).toBeFocused();
  await expect(recapPage).toHaveURL(/newtab\.html\?recap=nudge$/);
  await recapPage.keyboard.type('Called my sister');
  await expect(first).toHaveValue('Called my sister');
  expect(await shownNotifications(options)).toEqual([]);
});

test('no reminder comes on a day that already has its recap', async ({ context, openOptions }) => {
  const options = await openOptions();
  const today = await settleToday(options);
  const recap = await context.newPage();
  await recap.goto(options.url().replace('options.html', 'newtab.html?recap=nudge'));
  await recap.getByRole('textbox', { name: 'Good thing 1' }).fill('Walked in the park');
  await recap.getByRole('button', { name: "Add to today's wins" }).click();
  await expect(recap.getByText("Lovely. Your recap is on today's list.")).toBeVisible();

  await expectNoReminder(options, today);
});

test('no reminder comes on a day marked as rest, and no recap is offered', async ({
  context,
  openOptions,
}) => {
  const options = await openOptions();
  const today = await settleToday(options);
  const newtab = await context.newPage();
  await newtab.goto(options.url().replace('options.html', 'newtab.html?recap=nudge'));
  await newtab.getByRole('button', { name: 'Make today a rest day' }).click();
  await expect(newtab.getByText('Today is a rest day. Resting counts too.')).toBeVisible();
  await expect(newtab.getByRole('textbox', { name: 'Good thing 1' })).toHaveCount(0);
  await newtab.goto(options.url().replace('options.html', 'lookback.html'));
  // The week shows today as rest, never as a day without wins.
  const week = newtab.getByRole('list', { name: 'Wins per day' });
  await expect(week.getByRole('listitem').last()).toHaveAccessibleName(/: a rest day$/);
  // So does the year of days.
  await expect(newtab.getByRole('gridcell', { name: /: a rest day$/ })).toHaveCount(1);

  await expectNoReminder(options, today);
});

test("the notification's buttons snooze for an hour or turn the reminder off", async ({
  openOptions,
}) => {
  const options = await openOptions();
  const today = await settleToday(options);
  await remindAMinuteAhead(options);
  await expect.poll(() => shownNotifications(options), { timeout: 30_000 }).toEqual(['nudge']);
  const press = (index: number) =>
    inWorker(
      options,
      (i) => {
        const api = (globalThis as unknown as { chrome: Api }).chrome;
        const event = api.notifications.onButtonClicked as unknown as {
          dispatch(id: string, index: number): void;
        };
        event.dispatch('nudge', i);
      },
      index,
    );

  await press(0);
  await expect.poll(() => stored(options, 'nudgeLog')).toEqual({ day: today, snoozed: true });
  await expect.poll(() => shownNotifications(options)).toEqual([]);
  const snooze = await options.evaluate(async () =>
    (globalThis as unknown as { chrome: Api }).chrome.alarms.get('nudge-snooze'),
  );
  expect(snooze?.scheduledTime).toBeGreaterThan(Date.now());

  await press(1);
  await expect.poll(() => setting(options, 'nudgeMinute')).toBe(null);
  const alarms = await options.evaluate(async () =>
    (await (globalThis as unknown as { chrome: Api }).chrome.alarms.getAll()).map((a) => a.name),
  );
  expect(alarms).not.toContain('nudge');
  expect(alarms).not.toContain('nudge-snooze');
  await expect(options.getByLabel('Reminder time (empty for none)')).toHaveValue('');
});
