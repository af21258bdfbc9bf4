// The wrap-up told as a paced story, against the built extension: a month
// steps through its screens with Next, Back and the arrow keys (mirrored in a
// right-to-left page), says where it is politely, keeps focus sensible, draws
// a real calendar with the month's day numbers, shows every screen on one
// page (and in print), tells a quiet year warmly, and passes axe in light
// and dark. The month is seeded relative to the extension's own day.
import type { Page } from '@playwright/test';
import { fullMonth } from '../../scripts/lib/story-seed';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options';
import { lastMonthOf, StoryPage } from './pages/story';

const SCREENS = [
  'Days with a win',
  'Proud moments',
  'What came up most',
  'The month, day by day',
  'Choosing to log off',
  'Looking back',
] as const;

async function seededMonth(openOptions: () => Promise<Page>) {
  const options = await openOptions();
  const span = await lastMonthOf(options);
  await new OptionsPage(options).importBackup(fullMonth(span.year, span.month));
  const page = await options.context().newPage();
  const url = (query: string) =>
    options
      .url()
      .replace(/options\.html.*/, `review.html?year=${span.year}&month=${span.month}${query}`);
  return { page, span, url, options };
}

test('a month steps through its story with Next, Back and the arrow keys, one screen at a time', {
  tag: '@any-day',
}, async ({ openOptions }) => {
  const { page, url } = await seededMonth(openOptions);
  await page.goto(url(''));
  const story = new StoryPage(page);
  await story.expectScreen(SCREENS[0], '1 of 6');
  await expect(story.progress).toHaveAttribute('aria-live', 'polite');
  await expect(page.getByText('You had a win on 5 days.')).toBeVisible();
  await expect(story.back).toBeDisabled();

  await story.next.click();
  await story.expectScreen(SCREENS[1], '2 of 6');
  await expect(story.next).toBeFocused();
  await expect(page.locator('.proud-wins .win-text')).toHaveText([
    'Walked to the lake',
    'Finished the quilt',
  ]);
  await page.keyboard.press('ArrowRight');
  await story.expectScreen(SCREENS[2], '3 of 6');
  await expect(page.getByText('#outside: 2')).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await story.expectScreen(SCREENS[1], '2 of 6');
  await story.back.click();
  await story.expectScreen(SCREENS[0], '1 of 6');
  // Back went away under the focus: it moves to the screen's heading.
  await expect(page.getByRole('heading', { name: SCREENS[0] })).toBeFocused();

  for (const [i, title] of SCREENS.entries()) {
    await story.expectScreen(title, `${i + 1} of 6`);
    if (title === 'Choosing to log off') {
      // No minutes were taken back (no limited site): the sentence leaves them out.
      await expect(page.locator('main')).toContainText('You chose to log off once.');
      await expect(page.getByText(/minutes/)).toHaveCount(0);
    }
    if (i < SCREENS.length - 1) await page.keyboard.press('ArrowRight');
  }
  await expect(story.next).toBeDisabled();
  await page.keyboard.press('ArrowRight');
  await story.expectScreen(SCREENS[5], '6 of 6');
  await expect(page.getByText(/without|missed|failed/i)).toHaveCount(0);

  // In a right-to-left page the Left arrow goes forward.
  await page.evaluate(() => {
    document.documentElement.dir = 'rtl';
  });
  await page.keyboard.press('ArrowRight');
  await story.expectScreen(SCREENS[4], '5 of 6');
  await page.keyboard.press('ArrowLeft');
  await story.expectScreen(SCREENS[5], '6 of 6');
});

test('the month is a real calendar: its day numbers in weeks, days with a win warm and chosen to see their wins', {
  tag: '@any-day',
}, async ({ openOptions }) => {
  const { page, url, span } = await seededMonth(openOptions);
  await page.goto(url(''));
  const story = new StoryPage(page);
  for (let i = 0; i < 3; i++) await story.next.click();
  await story.expectScreen('The month, day by day', '4 of 6');
  const calendar = page.getByRole('table', { name: 'The month, day by day' });
  const numbers = Array.from({ length: span.days }, (_, i) => String(i + 1));
  await expect(calendar.locator('.day-number')).toHaveText(numbers);
  // Seven days a row, as many rows as the weeks the month touches.
  await expect(calendar.getByRole('columnheader')).toHaveCount(7);
  const rows = await calendar.locator('tbody tr').count();
  expect(rows).toBeGreaterThanOrEqual(4);
  expect(rows).toBeLessThanOrEqual(6);
  await expect(calendar.getByRole('button')).toHaveCount(5);
  // The rest day the person keeps is marked gently; no other day is marked at all.
  await expect(calendar.getByRole('cell', { name: '5 a rest day' })).toHaveCount(1);
  await expect(calendar.getByText('a rest day')).toHaveCount(1);
  const first = calendar.getByRole('button', { name: /^2 wins on / });
  await expect(first).toHaveText('1');
  await first.click();
  await expect(first).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('list', { name: /Wins on/ }).locator('li.win')).toHaveText([
    /Called grandma/,
    /Walked to the lake/,
  ]);
});

test('the one-page view shows every screen, and print shows them all from the story too', {
  tag: '@any-day',
}, async ({ openOptions }) => {
  const { page, url } = await seededMonth(openOptions);
  await page.goto(url(''));
  await page.getByRole('link', { name: 'See it all on one page' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(SCREENS);
  await expect(page.getByRole('button', { name: 'Next' })).toHaveCount(0);
  await expect(page.getByText('You had a win on 5 days.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'The month, day by day' })).toBeVisible();
  await page.getByRole('link', { name: 'See it one step at a time' }).click();
  await new StoryPage(page).expectScreen(SCREENS[0], '1 of 6');

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(SCREENS);
  await expect(page.getByRole('button', { name: 'Next' })).toBeHidden();
});

test('a quiet year tells a short, warm story', { tag: '@any-day' }, async ({ openOptions }) => {
  const { page, span, options } = await seededMonth(openOptions);
  await page.goto(
    options.url().replace(/options\.html.*/, `review.html?year=${span.thisYear - 2}`),
  );
  const story = new StoryPage(page);
  await story.expectScreen('A quiet year', '1 of 2');
  await expect(page.getByText(/This year was a quiet one here, and that is fine/)).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await story.expectScreen('Looking back', '2 of 2');
  await expect(page.getByText(/This year has been quiet here, and that is fine/)).toBeVisible();
  expect(await page.locator('main').innerText()).not.toMatch(/\b0\b|without|missed|failed/i);
});

for (const theme of ['light', 'dark'] as const) {
  test.describe(theme, () => {
    test.use({ theme });
    test(`the month's story and its one-page view pass axe (${theme})`, async ({ openOptions }) => {
      test.setTimeout(90_000);
      const { page, url } = await seededMonth(openOptions);
      await page.goto(url(''));
      const story = new StoryPage(page);
      await story.expectScreen(SCREENS[0], '1 of 6');
      expect(await seriousViolations(page)).toEqual([]);
      await page.goto(url('&view=all'));
      await expect(page.getByRole('heading', { level: 2 })).toHaveText(SCREENS);
      await page.getByRole('table').getByRole('button').first().click();
      await expect(page.getByRole('list', { name: /Wins on/ })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}
