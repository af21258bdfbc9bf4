// Looking back: edit/delete/undo and the evening recap on the new tab; the
// week, the year grid by keyboard, a win from the past and search on the Look
// back page — with history brought in through the real import.
import type { Page } from '@playwright/test';
import { backupDocument, daysAgo, type WinSeed, yearAgo } from '../../scripts/lib/backup-doc';
import { seriousViolations as serious } from './axe';
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options';
import { showActions } from './pages/win-actions';

const backupWith = (wins: WinSeed[]) => JSON.stringify(backupDocument(wins));
const importHistory = (options: Page, json: string) =>
  new OptionsPage(options).importBackup(JSON.parse(json));

test('edit, delete and undo on the new tab', async ({ openNewTab }) => {
  const newtab = await openNewTab();
  const field = newtab.getByRole('textbox', { name: 'Add a win for today' });
  for (const text of ['Made tea', 'Wrote a page #writing']) {
    await field.fill(text);
    await field.press('Enter');
  }
  const today = newtab.getByRole('list', { name: /Today/ });
  // The tag is read in the words, not shown a second time beside them.
  await expect(today.getByRole('list', { name: 'Tags' })).toHaveCount(0);

  await showActions(newtab, 'Made tea');
  await newtab.getByRole('button', { name: 'Edit “Made tea”' }).click();
  const edit = newtab.getByRole('textbox', { name: 'Edit win' });
  await expect(edit).toBeFocused();
  await edit.fill('   ');
  await edit.press('Enter');
  await expect(newtab.getByRole('alert')).toContainText('Type a few words');
  await edit.fill('Made green tea #calm');
  await edit.press('Enter');
  await expect(today.locator('.win-text')).toHaveText([
    'Wrote a page #writing',
    'Made green tea #calm',
  ]);

  await showActions(newtab, 'Wrote a page #writing');
  await newtab.getByRole('button', { name: 'Delete “Wrote a page #writing”' }).click();
  await expect(today.locator('.win-text')).toHaveText(['Made green tea #calm']);
  await newtab.getByRole('button', { name: 'Undo' }).click();
  await expect(today.locator('.win-text')).toHaveText([
    'Wrote a page #writing',
    'Made green tea #calm',
  ]);
  await newtab.reload();
  await expect(today.locator('.win-text')).toHaveText([
    'Wrote a page #writing',
    'Made green tea #calm',
  ]);
});

test('the evening recap saves three wins tagged recap', async ({ openOptions, openNewTab }) => {
  const options = await openOptions();
  await new OptionsPage(options).makeEveningAndReviewDay();
  const newtab = await openNewTab();
  const recap = newtab.getByRole('region', { name: 'Three things that went well today' });
  await recap.getByRole('button', { name: 'Write them down' }).click();
  await expect(recap.getByLabel('Good thing 1')).toBeFocused();
  await recap.getByRole('button', { name: "Add to today's wins" }).click();
  await expect(recap.getByRole('alert')).toContainText('at least one good thing');
  await recap.getByLabel('Good thing 1').fill('Lunch outside');
  await recap.getByLabel('Good thing 2').fill('Helped a colleague');
  await recap.getByLabel('Good thing 3').fill('Slept well');
  await recap.getByRole('button', { name: "Add to today's wins" }).click();
  await expect(recap.getByRole('status')).toHaveText(/Lovely/);
  const items = newtab
    .getByRole('list', { name: /Today/ })
    .getByRole('listitem')
    .filter({ has: newtab.getByText('Recap', { exact: true }) });
  await expect(items).toHaveCount(3);
  await expect(items.first().getByRole('list', { name: 'Tags' })).toHaveText('#recap');
  await newtab.reload();
  await expect(
    newtab.getByRole('region', { name: 'Three things that went well today' }),
  ).toHaveText(/Lovely/);
});

test('the year grid moves by keyboard and shows a chosen day', async ({
  openOptions,
  openLookBack,
}) => {
  const options = await openOptions();
  const weekAgo = daysAgo(7);
  await importHistory(options, backupWith([{ id: 'wk', text: 'Planted tomatoes', date: weekAgo }]));
  const newtab = await openLookBack();
  const grid = newtab.getByRole('grid', { name: 'A year of days' });
  const todayCell = grid.locator('[role="gridcell"][tabindex="0"]');
  await expect(todayCell).toHaveAttribute('aria-label', /^No wins on /);
  await todayCell.focus();
  await newtab.keyboard.press('ArrowLeft');
  const focused = grid.locator('[role="gridcell"]:focus');
  await expect(focused).toHaveAttribute('aria-label', /^1 win on /);
  await newtab.keyboard.press('Enter');
  await expect(newtab.getByRole('heading', { name: /^Wins on / })).toBeVisible();
  await expect(newtab.getByRole('list', { name: /^Wins on / })).toHaveText(/Planted tomatoes/);
  await newtab.keyboard.press('ArrowRight');
  await newtab.keyboard.press('ArrowRight'); // cannot move into the future
  await expect(grid.locator('[role="gridcell"]:focus')).toHaveAttribute(
    'aria-label',
    /^No wins on /,
  );
});

test('the week, a year ago today and search look back gently', async ({
  openOptions,
  openLookBack,
}) => {
  const options = await openOptions();
  await importHistory(
    options,
    backupWith([
      { id: 'a', text: 'Ran in the rain #health', date: daysAgo(1), tags: ['health'] },
      { id: 'b', text: 'Cooked soup #health', date: daysAgo(3), tags: ['health'] },
      { id: 'c', text: 'Finished the garden bed #garden', date: yearAgo(), tags: ['garden'] },
    ]),
  );
  const newtab = await openLookBack();
  const week = newtab.getByRole('region', { name: 'The last 7 days' });
  await expect(week).toContainText('Days with a win: 2 of 7');
  await expect(week).toContainText('#health: 2');
  await expect(week.getByRole('list', { name: 'Wins per day' }).getByRole('listitem')).toHaveCount(
    7,
  );

  const past = newtab.getByRole('region', { name: 'From the past' });
  await expect(past).toContainText('A year ago today you:');
  await expect(past).toContainText('Finished the garden bed');

  await newtab.getByRole('searchbox', { name: 'Search wins' }).fill('#garden');
  const search = newtab.getByRole('region', { name: 'Search your wins' });
  await expect(search.getByRole('status')).toHaveText('Wins found: 1');
  await expect(search.getByRole('listitem').first()).toContainText('Finished the garden bed');
  await newtab.getByRole('searchbox', { name: 'Search wins' }).fill('nothing like this');
  await expect(search.getByRole('status')).toHaveText(/No wins match/);
});

for (const theme of ['light', 'dark'] as const) {
  test.describe(theme, () => {
    test.use({ theme });
    test(`the new tab's evening card and the Look back page with every section showing pass axe (${theme})`, async ({
      openOptions,
      openNewTab,
      openLookBack,
    }) => {
      const options = await openOptions();
      await new OptionsPage(options).makeEveningAndReviewDay();
      await importHistory(
        options,
        backupWith([
          { id: 'x', text: 'A year-old win #old', date: yearAgo(), tags: ['old'] },
          { id: 'y', text: 'Yesterday #fine', date: daysAgo(1), tags: ['fine'] },
        ]),
      );
      const newtab = await openNewTab();
      await newtab.getByRole('textbox', { name: 'Add a win for today' }).fill('Today #now');
      await newtab.getByRole('textbox', { name: 'Add a win for today' }).press('Enter');
      const recap = newtab.getByRole('region', { name: 'Three things that went well today' });
      await recap.getByRole('button', { name: 'Write them down' }).click();
      await expect(recap.getByLabel('Good thing 1')).toBeVisible();
      await expect(newtab.getByRole('link', { name: 'Look back' })).toBeVisible();
      expect(await serious(newtab)).toEqual([]);

      const lookBack = await openLookBack();
      await expect(lookBack.getByRole('region', { name: 'The last 7 days' })).toBeVisible();
      await expect(lookBack.getByRole('region', { name: 'From the past' })).toBeVisible();
      await lookBack.getByRole('searchbox', { name: 'Search wins' }).fill('win');
      await lookBack.getByRole('grid').locator('[tabindex="0"]').press('Enter');
      await expect(lookBack.getByRole('heading', { name: /^Wins on / })).toBeVisible();
      expect(await serious(lookBack)).toEqual([]);
    });
  });
}
