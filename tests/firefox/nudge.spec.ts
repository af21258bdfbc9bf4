// In Firefox ESR: the evening reminder set a minute ahead shows one
// notification on a day with no recap, none on a day with one or on a rest
// day, and its click opens the recap ready to type. Headless Firefox closes
// an alert as soon as it is shown, so what is observed is what the extension
// recorded when the browser took its notification (`nudgeLog`).
import type { Page } from 'puppeteer-core';
import { ADDON_ID, type Firefox, ORIGIN, tabUrls } from '../../scripts/lib/firefox';
import { expect, test } from './fixtures';
import { byRole, find, paste } from './pages/common';
import {
  clickNotificationScript,
  remindAMinuteAhead,
  setting,
  settleToday,
  stored,
  waitForReminderDecided,
} from './pages/nudge';

/** The tab the notification's click opened (puppeteer cannot read extension pages' URLs). */
async function recapTab(ff: Firefox): Promise<Page> {
  for (const page of await ff.browser.pages()) {
    const search = await page.evaluate(() => location.search).catch(() => '');
    if (search === '?recap=nudge') return page;
  }
  throw new Error('No tab shows the recap');
}

test('a reminder a minute ahead shows one notification, and its click opens the recap ready to type', async ({
  ff,
}) => {
  const options = await ff.openExt('options.html');
  const today = await settleToday(options);
  await remindAMinuteAhead(options);
  await waitForReminderDecided(options, today);
  expect(await stored(options, 'nudgeLog')).toEqual({ day: today, snoozed: false });

  await ff.chrome(clickNotificationScript(ADDON_ID, 'nudge'));
  await expect.poll(() => tabUrls(ff)).toContain(`${ORIGIN}/newtab.html?recap=nudge`);
  const recap = await recapTab(ff);
  await expect
    .poll(() => recap.evaluate(() => document.activeElement?.id ?? ''), { timeout: 10_000 })
    .toBe('recap-0');
  await recap.keyboard.type('Called my sister');
  expect(await recap.$eval('#recap-0', (el) => (el as HTMLInputElement).value)).toBe(
    'Called my sister',
  );

  // Firefox shows no buttons on notifications: the recap offers the same two.
  await (await find(recap, byRole('button', 'In an hour'))).click();
  await expect.poll(() => stored(options, 'nudgeLog')).toEqual({ day: today, snoozed: true });
  await (await find(recap, byRole('button', 'No more reminders'))).click();
  await expect.poll(() => setting(options, 'nudgeMinute')).toBe(null);
});

test('no reminder comes on a day that already has its recap', async ({ ff }) => {
  const options = await ff.openExt('options.html');
  const today = await settleToday(options);
  const recap = await ff.openExt('newtab.html?recap=nudge');
  await paste(await find(recap, byRole('textbox', 'Good thing 1')), 'Walked in the park');
  await (await find(recap, byRole('button', "Add to today's wins"))).click();
  await expect
    .poll(() => recap.evaluate(() => document.querySelector('.recap [role=status]')?.textContent))
    .toBe("Lovely. Your recap is on today's list.");

  await remindAMinuteAhead(options);
  await waitForReminderDecided(options, today);
  expect(await stored(options, 'nudgeLog')).toBeUndefined();
});

test('no reminder comes on a day marked as rest', async ({ ff }) => {
  const options = await ff.openExt('options.html');
  const today = await settleToday(options);
  const newtab = await ff.openExt('newtab.html?recap=nudge');
  await (await find(newtab, byRole('button', 'Make today a rest day'))).click();
  await find(newtab, byRole('button', 'Not a rest day after all'));

  await remindAMinuteAhead(options);
  await waitForReminderDecided(options, today);
  expect(await stored(options, 'nudgeLog')).toBeUndefined();
});
