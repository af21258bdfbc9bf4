// In Firefox ESR: the wrap-up told as a paced story. A month (seeded
// relative to the extension's own day) steps through its screens with the
// arrow keys and Next/Back, draws a calendar with the month's day numbers,
// shows every screen on one page, and a quiet year tells its short story.
import { expect, test } from './fixtures';
import { byRole, find, texts } from './pages/common';
import { seedLastMonth, shownScreens, visibleText } from './pages/story';

const SCREENS = [
  'Days with a win',
  'Proud moments',
  'What came up most',
  'The month, day by day',
  'Choosing to log off',
  'Looking back',
];

const on = (i: number) => ({ headings: [SCREENS[i]], progress: `${i + 1} of 6` });

test('a month steps through its story with the arrow keys and Next and Back, and its calendar shows the day numbers', async ({
  ff,
}) => {
  const span = await seedLastMonth(ff);
  const page = await ff.openExt(`review.html?year=${span.year}&month=${span.month}`);
  await expect.poll(() => shownScreens(page)).toEqual(on(0));
  await (await find(page, byRole('button', 'Next'))).click();
  await expect.poll(() => shownScreens(page)).toEqual(on(1));
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => shownScreens(page)).toEqual(on(2));
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => shownScreens(page)).toEqual(on(1));
  await (await find(page, byRole('button', 'Back'))).click();
  await expect.poll(() => shownScreens(page)).toEqual(on(0));
  // Back went away under the focus: it is on the screen's heading now (moved
  // there once the screen has rendered).
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.textContent))
    .toBe(SCREENS[0]);

  for (let i = 1; i <= 3; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(() => shownScreens(page)).toEqual(on(3));
  const numbers = Array.from({ length: span.days }, (_, i) => String(i + 1));
  expect(await texts(page, '.month-calendar .day-number')).toEqual(numbers);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => visibleText(page)).toContain('You chose to log off once.');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => shownScreens(page)).toEqual(on(5));
});

test('the one-page view shows every screen', async ({ ff }) => {
  const span = await seedLastMonth(ff);
  const page = await ff.openExt(`review.html?year=${span.year}&month=${span.month}`);
  await expect.poll(() => shownScreens(page)).toEqual(on(0));
  await (await find(page, byRole('link', 'See it all on one page'))).click();
  await expect.poll(async () => (await shownScreens(page)).headings).toEqual(SCREENS);
  const text = await visibleText(page);
  for (const sentence of ['You had a win on 5 days.', 'Finished the quilt', '#outside: 2']) {
    expect(text).toContain(sentence);
  }
  expect(text).not.toContain('Next');
});

test('a quiet year tells a short, warm story', async ({ ff }) => {
  const span = await seedLastMonth(ff);
  const page = await ff.openExt(`review.html?year=${span.thisYear - 2}`);
  await expect
    .poll(() => shownScreens(page))
    .toEqual({ headings: ['A quiet year'], progress: '1 of 2' });
  await page.keyboard.press('ArrowRight');
  await expect
    .poll(() => shownScreens(page))
    .toEqual({ headings: ['Looking back'], progress: '2 of 2' });
  expect(await visibleText(page)).toContain('This year has been quiet here, and that is fine');
});
