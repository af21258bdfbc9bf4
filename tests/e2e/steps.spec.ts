// Small steps in Chromium: written in the options, first among the chips in
// the popup and on the new tab, saved with one press as goal-tagged wins;
// today's energy reorders them; a try that began in the past ends with a
// celebration; the week shows energy beside the wins.
import type { Page } from '@playwright/test';
import { seededThisMonth, stepsBackup, UNKIND } from '../../scripts/lib/seed-steps';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { NewTabPage } from './pages/newtab';
import { OptionsPage } from './pages/options';
import { PopupPage } from './pages/popup';

const textOf = (page: Page) => page.locator('main').innerText();

test('a small step written in the options is the first chip and saves a win tagged with its goal', async ({
  openOptions,
  openPopup,
  openNewTab,
}) => {
  const options = new OptionsPage(await openOptions());
  await options.addStep('Write 100 words', { goal: 'Write a book' });
  await options.addStep('Stretch 5 minutes', { gentle: true });
  await expect(options.steps).toHaveText(['Write 100 words', 'Stretch 5 minutes']);

  // Reordering by keyboard: focus stays on the moved step.
  await options.page.getByRole('button', { name: 'Move down: Write 100 words' }).focus();
  await options.page.keyboard.press('Enter');
  await expect(options.steps).toHaveText(['Stretch 5 minutes', 'Write 100 words']);
  await expect(
    options.page.getByRole('button', { name: 'Move up: Write 100 words' }),
  ).toBeFocused();
  await options.page.keyboard.press('Enter');
  await expect(options.steps).toHaveText(['Write 100 words', 'Stretch 5 minutes']);

  await options.page.getByRole('button', { name: 'Edit: Stretch 5 minutes' }).click();
  await expect(options.page.getByRole('textbox', { name: 'Small step' })).toHaveValue(
    'Stretch 5 minutes',
  );
  await options.page.getByRole('textbox', { name: 'Small step' }).fill('Stretch 10 minutes');
  await options.page.getByRole('button', { name: 'Save changes' }).click();
  await expect(options.status).toHaveText('“Stretch 10 minutes” is updated.');
  await expect(options.steps).toHaveText(['Write 100 words', 'Stretch 10 minutes']);

  const popup = new PopupPage(await openPopup());
  await expect(popup.chips.first()).toHaveText('Write 100 words · Write a book');
  await expect(popup.chips.nth(1)).toHaveText('Stretch 10 minutes');
  await expect(popup.chips.nth(2)).toHaveText('Drank water');
  await popup.chips.first().focus();
  await popup.page.keyboard.press('Enter');
  // The goal's tag is shown beside the words, never pasted into them.
  await expect(popup.todayTexts).toHaveText(['Write 100 words']);
  await expect(popup.todayItems.first().getByRole('listitem')).toHaveText(['#write-a-book']);

  // The new tab offers the same chips below its field.
  const newtab = new NewTabPage(await openNewTab());
  await expect(newtab.chips.first()).toHaveText('Write 100 words · Write a book');
  await newtab.chips.nth(1).click();
  await expect(newtab.todayTexts).toHaveCount(2);

  await options.page.getByRole('button', { name: 'Remove: Stretch 10 minutes' }).click();
  await expect(options.steps).toHaveText(['Write 100 words']);
  await options.page.getByRole('checkbox', { name: /built-in tiny wins/ }).uncheck();
  await expect(popup.chips).toHaveText(['Write 100 words · Write a book']);
});

test('answering Low brings the gentle steps first and lowers the bar, and stays a small choice', async ({
  openOptions,
  openPopup,
  openNewTab,
}) => {
  const options = new OptionsPage(await openOptions());
  await options.addStep('Write 100 words', { goal: 'Write a book' });
  await options.addStep('Stretch 5 minutes', { gentle: true });

  const popup = new PopupPage(await openPopup());
  await expect(popup.energy).toHaveAccessibleName("How's your energy today?");
  await expect(popup.chips.first()).toHaveText('Write 100 words · Write a book');
  await popup.energy.getByRole('radio', { name: 'Low' }).click();
  await expect(popup.chips).toHaveText([
    'Stretch 5 minutes',
    'Drank water',
    'Took a break',
    'Stepped outside',
    'Write 100 words · Write a book',
    'Asked for help',
    'Tidied one thing',
  ]);
  await expect(popup.page.getByText('One small thing is plenty today.')).toBeVisible();
  await expect(popup.energy).toHaveAccessibleName('Energy today');

  // Asked once a day: the new tab and a reopened popup show the answer, changeable.
  const newtab = new NewTabPage(await openNewTab());
  await expect(newtab.energy).toHaveAccessibleName('Energy today');
  await expect(newtab.energy.getByRole('radio', { name: 'Low' })).toBeChecked();
  await expect(newtab.chips.first()).toHaveText('Stretch 5 minutes');
  await newtab.energy.getByRole('radio', { name: 'Plenty' }).check();
  await popup.page.reload();
  await expect(popup.energy.getByRole('radio', { name: 'Plenty' })).toBeChecked();
  await expect(popup.chips.first()).toHaveText('Write 100 words · Write a book');
  await expect(popup.page.getByText('One small thing is plenty today.')).toHaveCount(0);

  await options.page.getByRole('checkbox', { name: /How's your energy today/ }).uncheck();
  await expect(popup.energy).toHaveCount(0);
});

test('a three-day try that began in the past ends with a celebration and an offer to keep going or stop', async ({
  openOptions,
  openNewTab,
  openPopup,
}) => {
  const options = new OptionsPage(await openOptions());
  await options.importBackup(stepsBackup());

  const newtab = await openNewTab();
  const done = newtab.locator('.try-done');
  await expect(done).toContainText('Your 3-day try of “Stretch 5 minutes” is complete');
  await expect(done).toContainText('You did it on 2 days. Every one of them counts.');
  await expect(newtab.getByRole('list', { name: 'Your tries' })).toHaveText([
    'Write 100 words: 1 day so far',
  ]);
  expect(await textOf(newtab)).not.toMatch(UNKIND);
  // The celebration is the moment: no other card is offered beside it.
  await expect(newtab.getByRole('navigation', { name: 'More of Small Wins' })).toBeVisible();
  await expect(newtab.locator('main .card')).toHaveCount(0);

  const popup = await openPopup();
  await expect(popup.locator('.try-done')).toContainText('You did it on 2 days.');

  await newtab.getByRole('button', { name: 'Keep going with Stretch 5 minutes' }).click();
  await expect(newtab.getByRole('status').filter({ hasText: 'begins today' })).toHaveText(
    'A new try of “Stretch 5 minutes” begins today.',
  );
  await expect(done).toHaveCount(0);
  await expect(newtab.getByRole('list', { name: 'Your tries' })).toContainText(
    'Stretch 5 minutes: your try has begun',
  );
  await expect(popup.locator('.try-done')).toHaveCount(0);

  await options.page.getByRole('button', { name: 'Stop here with Write 100 words' }).click();
  await expect(newtab.getByRole('list', { name: 'Your tries' })).toHaveText([
    'Stretch 5 minutes: your try has begun',
  ]);
  await expect(options.page.getByText(/Trying it for 3 days from/)).toBeVisible();
});

test('the week shows each day’s energy beside its wins, a kind line, and the goals', async ({
  openOptions,
  openLookBack,
}) => {
  const options = new OptionsPage(await openOptions());
  await options.importBackup(stepsBackup());
  const newtab = await openLookBack();
  const week = newtab.getByRole('region', { name: 'The last 7 days' });
  await expect(week).toContainText('On 2 low-energy days you still did 4 things.');
  const chart = week.getByRole('list', { name: 'Wins per day' });
  await expect(chart.getByRole('listitem').nth(5)).toHaveAccessibleName(
    /^2 wins on .*, energy Low$/,
  );
  await expect(chart.getByRole('listitem').nth(4)).toHaveAccessibleName(
    /^2 wins on .*, energy Low$/,
  );
  await expect(chart.getByRole('listitem').nth(3)).toHaveAccessibleName(/energy Plenty$/);
  await expect(chart.getByRole('listitem').nth(6)).toHaveAccessibleName(/^No wins on (?!.*energy)/);

  const goals = newtab.getByRole('region', { name: 'Your goals' });
  // A month without a step yet (its first days) is left out, never "0 steps".
  const month = (tag: string) => {
    const n = seededThisMonth(tag);
    return n === 0 ? '' : `, ${n === 1 ? '1 step' : `${n} steps`} this month`;
  };
  await expect(goals.getByRole('listitem')).toHaveText([
    `Move more: 2 steps in the last 7 days${month('move-more')}`,
    `Write a book: 1 step in the last 7 days${month('write-a-book')}`,
  ]);
  expect(await week.innerText()).not.toMatch(UNKIND);
});

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ theme });

    test('steps, energy, tries and the week with energy pass axe', async ({
      openOptions,
      openPopup,
      openNewTab,
      openLookBack,
    }) => {
      test.setTimeout(150_000); // axe audits five pages
      const options = new OptionsPage(await openOptions());
      await options.importBackup(stepsBackup());
      await options.page.getByRole('button', { name: 'Edit: Write 100 words' }).click();
      await expect(options.page.getByText('Its wins get the tag #write-a-book.')).toBeVisible();
      expect(await seriousViolations(options.page)).toEqual([]);

      const popup = new PopupPage(await openPopup());
      await expect(popup.energy).toHaveAccessibleName("How's your energy today?");
      expect(await seriousViolations(popup.page)).toEqual([]);
      await popup.energy.getByRole('radio', { name: 'Low' }).click();
      await expect(popup.page.getByText('One small thing is plenty today.')).toBeVisible();
      await expect(popup.page.locator('.try-done')).toBeVisible();
      expect(await seriousViolations(popup.page)).toEqual([]);

      const lookBack = await openLookBack();
      await expect(lookBack.getByRole('region', { name: 'Your goals' })).toBeVisible();
      await expect(lookBack.getByText(/low-energy days you still did/)).toBeVisible();
      expect(await seriousViolations(lookBack)).toEqual([]);

      const newtab = await openNewTab();
      await expect(newtab.locator('.try-done')).toBeVisible();
      expect(await seriousViolations(newtab)).toEqual([]);
    });
  });
}
