// The look back's "Your pauses" card: the figures of a history brought in
// through the real import (a version-3 backup), a real pause shown by the
// worker counted once (also when the pause page is reloaded and the worker
// stopped), and the card passing axe in light and dark.
import type { Page } from '@playwright/test';
import { backupDocument, localDayKey } from '../../scripts/lib/backup-doc';
import { pauseHistory } from '../../scripts/lib/pause-history';
import { minutes } from '../../scripts/lib/test-minute';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options';
import { SiteTab } from './pages/pause';
import { readUsage, stopWorker } from './pages/worker';

const pausesCard = (newtab: Page) => newtab.getByRole('region', { name: 'Your pauses' });

test('the card says what the imported pauses added up to, week by week', async ({
  openOptions,
  openLookBack,
}) => {
  const history = pauseHistory();
  await new OptionsPage(await openOptions()).importBackup(history.backup);
  const newtab = await openLookBack();
  const card = pausesCard(newtab);
  await expect(card.locator('p.big')).toHaveText(history.line);
  await expect(card.getByRole('heading', { level: 3 })).toHaveText(history.weeks.map(([w]) => w));
  for (const [week, line] of history.weeks) {
    await expect(card.getByRole('list', { name: week })).toHaveText(line);
  }
  // Numbers say what was done: no "2 of 6", no zeros.
  await expect(card).not.toContainText(/ of \d|\b0 /);
});

test('with a site limited and no pauses yet, the card says so calmly', async ({
  openOptions,
  openLookBack,
}) => {
  const options = new OptionsPage(await openOptions());
  const newtab = await openLookBack();
  // Nothing yet to look back on: a kind sentence, no pauses card.
  await expect(newtab.getByText(/^Nothing to look back on yet/)).toBeVisible();
  await expect(pausesCard(newtab)).toHaveCount(0);
  await options.limitSite('social.test', 30);
  await newtab.reload();
  await expect(pausesCard(newtab)).toHaveText(/Your pauses\s*No pauses yet\./);
});

test('a pause shown by the worker is counted once, through a reload and a worker stop', async ({
  context,
  openOptions,
  openLookBack,
}) => {
  test.setTimeout(90_000);
  const options = await openOptions();
  // A 1-minute budget already used today: the worker pauses the site at once.
  const used = backupDocument([], {
    usage: [
      { day: localDayKey(new Date()), host: 'social.test', ms: minutes(1) + 1_000, grantedMs: 0 },
    ],
    settings: { sites: [{ host: 'social.test', dailyMinutes: 1 }] },
  });
  await new OptionsPage(options).importFile('used.json', JSON.stringify(used));
  await expect(
    options.getByRole('list', { name: 'Limited sites' }).getByRole('listitem'),
  ).toHaveCount(1);
  expect((await readUsage(context, 'social.test'))?.pauses).toBeUndefined();

  const site = await SiteTab.open(context, 'http://social.test/feed');
  await site.waitForPause(10_000);
  await expect.poll(async () => (await readUsage(context, 'social.test'))?.pauses).toBe(1);

  await site.page.reload();
  await expect(site.logOff).toBeVisible();
  await stopWorker(context, options);
  await site.page.reload();
  await expect(site.logOff).toBeVisible();
  await site.page.bringToFront();
  await site.page.waitForTimeout(2_000);
  expect((await readUsage(context, 'social.test'))?.pauses).toBe(1);

  // The site opened again is a new pause.
  const again = await SiteTab.open(context, 'http://social.test/again');
  await again.waitForPause(10_000);
  await expect.poll(async () => (await readUsage(context, 'social.test'))?.pauses).toBe(2);
  await Promise.all([again.page.waitForEvent('close'), again.logOff.click()]);

  const newtab = await openLookBack();
  await expect(pausesCard(newtab).getByRole('list', { name: 'This week' })).toHaveText(
    'social.test: 2 pauses · logged off once',
  );
  await expect(pausesCard(newtab).locator('p.big')).toHaveText('This week you logged off once.');
});

for (const theme of ['light', 'dark'] as const) {
  test.describe(theme, () => {
    test.use({ theme });
    test(`the pauses card passes axe (${theme})`, async ({ openOptions, openLookBack }) => {
      await new OptionsPage(await openOptions()).importBackup(pauseHistory().backup);
      const newtab = await openLookBack();
      await expect(pausesCard(newtab).getByRole('heading', { level: 3 })).toHaveCount(3);
      expect(await seriousViolations(newtab)).toEqual([]);
    });
  });
}
