// The year's wrap-up and sharing with someone safe, against the built
// extension: a seeded year reads as sentences of effort, a win marked proud
// is gathered in "Your year", and an unticked win is in no output — not the
// copied text, not the Markdown file, not the printed page.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { backupDocument } from '../../scripts/lib/backup-doc';
import { expect, test } from './fixtures';
import { NewTabPage } from './pages/newtab';
import { OptionsPage } from './pages/options';
import { showActions } from './pages/win-actions';

const SEED = [
  { id: 'a', text: 'Walked to the lake', date: new Date(2025, 2, 3, 9) },
  { id: 'b', text: 'Called grandma', date: new Date(2025, 2, 3, 18) },
  { id: 'c', text: 'Private appointment', date: new Date(2025, 2, 10, 9) },
  { id: 'd', text: 'Finished the quilt #craft', date: new Date(2025, 5, 10, 9), tags: ['craft'] },
  { id: 'e', text: 'Read a chapter #craft', date: new Date(2025, 2, 17, 9), tags: ['craft'] },
];

async function seed(openOptions: () => Promise<Page>) {
  const options = await openOptions();
  await new OptionsPage(options).importBackup(backupDocument(SEED));
  return options;
}

async function serious(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('a seeded year reads as sentences of effort, with its months and grid', async ({
  openOptions,
  context,
  extensionId,
}) => {
  await seed(openOptions);
  const year = await context.newPage();
  // Every screen of the story at once: the one-page view.
  await year.goto(`chrome-extension://${extensionId}/review.html?year=2025&view=all`);
  await expect(year.getByRole('heading', { level: 1 })).toHaveText('Your 2025 in small wins');
  await expect(year.getByText('You kept showing up: 4 days with a win.')).toBeVisible();
  await expect(year.getByText('You had a win on 4 days.')).toBeVisible();
  await expect(year.getByText('You noted 5 small wins.')).toBeVisible();
  await expect(
    year.getByText(/Your first win of the year, on .*3.*2025: “Walked to the lake”/),
  ).toBeVisible();
  await expect(year.getByText('March held the most wins: 4.')).toBeVisible();
  await expect(year.getByText('#craft: 2')).toBeVisible();
  // Months with wins are linked; a month without is not mentioned at all.
  const months = year.getByRole('navigation', { name: 'Month by month' }).getByRole('link');
  await expect(months).toHaveText(['March: 4 wins', 'June: one win']);
  await expect(year.getByText(/April/)).toHaveCount(0);
  await expect(year.getByText(/without|missed|failed/i)).toHaveCount(0);
  // The grid labels months and speaks each day's count.
  await expect(
    year.getByRole('gridcell', { name: /^2 wins on Monday,? (3 March|March 3)$/ }),
  ).toHaveCount(1);

  await months.first().click();
  await expect(year.getByRole('heading', { level: 1 })).toHaveText('Your March 2025 in small wins');
  await expect(year.getByText('You noted 4 small wins.')).toBeVisible();
  await expect(year.getByText(/Your first win of the month/)).toBeVisible();
  await expect(year.getByRole('link', { name: 'Back to 2025' })).toBeVisible();

  const quiet = await context.newPage();
  await quiet.goto(`chrome-extension://${extensionId}/review.html?year=2024`);
  await expect(quiet.getByText(/This year was a quiet one here, and that is fine/)).toBeVisible();
  await quiet.getByRole('button', { name: 'Next' }).click();
  await expect(quiet.getByText(/This year has been quiet here, and that is fine/)).toBeVisible();
});

test('a win marked proud on the new tab is gathered in Your year', async ({
  openNewTab,
  context,
  extensionId,
}) => {
  const newtab = new NewTabPage(await openNewTab());
  await newtab.addWinsAndWait('Asked for help', 'Ran 5k');
  await showActions(newtab.page, 'Ran 5k');
  const toggle = newtab.page.getByRole('button', { name: 'Proud of this: Ran 5k' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');

  const year = await context.newPage();
  await year.goto(`chrome-extension://${extensionId}/review.html?view=all`);
  const proud = year.getByRole('region', { name: 'Proud moments' });
  await expect(proud.locator('.win-text')).toHaveText(['Ran 5k']);
  // The year page is reachable from the new tab's Look back page by a link
  // named "Your year", whatever the month.
  await newtab.page.getByRole('link', { name: 'Look back' }).click();
  const lookBack = newtab.page;
  await expect(
    lookBack
      .getByRole('link', { name: 'Your year' })
      .and(lookBack.locator('[href="/review.html"]')),
  ).toBeVisible();
  // Its neighbour, the link to sharing, stands apart from it, never run together.
  const foot = lookBack.getByRole('navigation', { name: 'Your year' });
  const [yours, share] = await Promise.all(
    ['Your year', 'Share with someone safe'].map((name) =>
      foot.getByRole('link', { name }).boundingBox(),
    ),
  );
  expect(yours && share && share.x - (yours.x + yours.width)).toBeGreaterThanOrEqual(12);
});

test('an unticked win is in no output: copy, Markdown or print', async ({
  openOptions,
  context,
  extensionId,
}) => {
  await seed(openOptions);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const share = await context.newPage();
  await share.goto(`chrome-extension://${extensionId}/share.html?from=2025-03-01&to=2025-03-31`);
  await expect(share.getByRole('checkbox')).toHaveCount(4);
  await share.getByRole('checkbox', { name: 'Private appointment' }).uncheck();
  await share.getByLabel('A note to go with it (optional)').fill('For our Thursday session');
  await expect(share.getByRole('status')).toHaveText('3 of 4 wins chosen.');

  await share.getByRole('button', { name: 'Copy' }).click();
  await expect(share.getByRole('status')).toContainText('Copied 3 wins');
  const copied = await share.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('Walked to the lake');
  expect(copied).toContain('Note: For our Thursday session');
  expect(copied).not.toContain('Private appointment');

  const [file] = await Promise.all([
    share.waitForEvent('download'),
    share.getByRole('button', { name: 'Save as Markdown' }).click(),
  ]);
  const markdown = readFileSync((await file.path()) ?? '', 'utf8');
  // A tag inside a line is no heading: the person's words stay as written.
  expect(markdown).toContain('- Read a chapter #craft');
  expect(markdown).not.toContain('Private appointment');

  await share.emulateMedia({ media: 'print' });
  await expect(share.getByText('Private appointment')).toBeHidden();
  await expect(share.getByText('Walked to the lake')).toBeVisible();
  await expect(share.getByText('For our Thursday session')).toBeVisible();
  await expect(share.getByRole('button')).toHaveCount(0);
  await expect(share.getByRole('checkbox')).toHaveCount(0);
  expect(await serious(share)).toEqual([]);

  await share.emulateMedia({ media: 'screen' });
  await share.getByLabel('This year').check();
  await share.getByLabel('Between two dates').check();
  await share.getByLabel('From', { exact: true }).fill('2024-01-01');
  await share.getByLabel('To', { exact: true }).fill('2024-01-31');
  await expect(share.getByText(/No wins in these days/)).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
  test.describe(theme, () => {
    test.use({ theme });
    test(`Your year and the share view pass axe (${theme})`, async ({
      openOptions,
      context,
      extensionId,
    }) => {
      test.setTimeout(90_000);
      await seed(openOptions);
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/review.html?year=2025`);
      await expect(page.getByText('You noted 5 small wins.')).toBeVisible();
      expect(await serious(page)).toEqual([]);
      await page.goto(`chrome-extension://${extensionId}/share.html?from=2025-03-01&to=2025-03-31`);
      await expect(page.getByRole('checkbox')).toHaveCount(4);
      expect(await serious(page)).toEqual([]);
    });
  });
}
