// Share with 100,000 wins in the year: the view draws a bounded page of days
// at a time, every win is still reachable through the pages, what is ticked
// is kept by id across pages, and copying the year takes every chosen win,
// from the last page too. (How fast is the benchmark's to say: bench:views.)
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { SharePage } from './pages/share';

const COUNT = 100_000;
const LAST = 'The newest win of the year so far';

test('a year of 100,000 wins is shared a page at a time, and copying takes them all', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(240_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  let share = await SharePage.open(await context.newPage(), extensionId);
  await share.seedYear(COUNT, LAST);
  share = await SharePage.open(share.page, extensionId);
  await share.page.getByLabel('This year').check();
  await expect(share.status).toHaveText('100,001 of 100,001 wins chosen.', { timeout: 60_000 });

  // A bounded page on screen, never the whole year.
  await expect(share.checkboxes).toHaveCount(150);
  await expect(share.pager).toBeVisible();
  // Every win is on some page: 100,001 wins, 150 to a page.
  await expect(share.pageChoice.locator('option')).toHaveCount(Math.ceil((COUNT + 1) / 150));
  await expect(share.page.getByText(LAST)).toHaveCount(0);

  // An untick on the first page is kept while moving through the pages.
  const first = share.checkboxes.first();
  const firstText = await share.page.locator('.share-list li label').first().innerText();
  await first.uncheck();
  await expect(share.status).toHaveText('100,000 of 100,001 wins chosen.');
  await share.lastPage();
  await expect(share.page.getByText(LAST)).toBeVisible();
  await share.pager.getByRole('button', { name: 'Earlier days' }).click();
  await expect(share.checkboxes).toHaveCount(150);
  await share.pageChoice.selectOption('0');
  await expect(share.checkboxes.first()).not.toBeChecked();

  await share.page.getByRole('button', { name: 'Copy' }).click();
  await expect(share.status).toContainText('Copied 100,000 wins', { timeout: 60_000 });
  const copied = await share.page.evaluate(() => navigator.clipboard.readText());
  const lines = copied.split('\n').filter((line) => line.startsWith('- '));
  expect(lines).toHaveLength(COUNT);
  expect(lines.at(-1)).toBe(`- ${LAST}`);
  expect(lines).not.toContain(`- ${firstText}`);
});

test('printing a range of many pages prints every chosen win, not only the page on screen', async ({
  context,
  extensionId,
}) => {
  let share = await SharePage.open(await context.newPage(), extensionId);
  await share.seedYear(400, LAST);
  share = await SharePage.open(share.page, extensionId);
  await share.page.getByLabel('This year').check();
  await expect(share.status).toHaveText('401 of 401 wins chosen.');
  const firstText = await share.page.locator('.share-list li label').first().innerText();
  await share.checkboxes.first().uncheck();
  await expect(share.page.getByText(LAST)).toHaveCount(0);
  // The pages of days are named, labelled and pass axe.
  await expect(share.pager.getByRole('button', { name: 'Earlier days' })).toBeDisabled();
  await expect(share.pageChoice.locator('option')).toHaveCount(3);
  expect(await seriousViolations(share.page)).toEqual([]);
  // The browser's print dialog cannot be answered here: note the call instead.
  await share.page.evaluate(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
  });
  await share.page.getByRole('button', { name: 'Print or save as PDF' }).click();
  await expect(share.page.locator('html')).toHaveAttribute('data-printed', 'yes');

  await share.page.emulateMedia({ media: 'print' });
  await expect(share.page.getByText(LAST)).toBeVisible();
  await expect(share.page.locator('.print-sheet li')).toHaveCount(400);
  await expect(share.page.getByText(firstText, { exact: true })).toBeHidden();
  await expect(share.page.getByRole('checkbox')).toHaveCount(0);

  // After printing, the sheet goes; the screen shows its page again.
  await share.page.evaluate(() => dispatchEvent(new Event('afterprint')));
  await expect(share.page.locator('.print-sheet li')).toHaveCount(0);
});
