// A limited site is one host however it is written: the pause comes for
// every spelling, and the site is always shown as the host really limited.
import type { Page } from '@playwright/test';
import { backupDocument, localDayKey } from '../../scripts/lib/backup-doc';
import { minutes } from '../../scripts/lib/test-minute';
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options';
import { SiteTab } from './pages/pause';

/** Limits sites with their budget already used today, through the real import. */
async function limitWithBudgetUsed(options: Page, hosts: string[]) {
  const day = localDayKey(new Date());
  const backup = backupDocument([], {
    usage: hosts.map((host) => ({ day, host, ms: minutes(1) + 1_000, grantedMs: 0 })),
    settings: { sites: hosts.map((host) => ({ host, dailyMinutes: 1 })) },
  });
  await new OptionsPage(options).importFile('used.json', JSON.stringify(backup));
  await expect(
    options.getByRole('list', { name: 'Limited sites' }).getByRole('listitem'),
  ).toHaveCount(hosts.length);
}

test('a limited site pauses however its host is written, and is named as people write it', async ({
  context,
  openOptions,
  openNewTab,
}) => {
  // The fake sites' resolver knows "*.test", not "*.test." with its trailing
  // dot: answer those here so the tab really shows the dotted address.
  await context.route(/^http:\/\/[^/]*\.test\.(\/|:)/, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>site</title>' }),
  );
  const options = await openOptions();
  await limitWithBudgetUsed(options, ['social.test', 'xn--bcher-kva.test']);
  const sites = options.getByRole('list', { name: 'Limited sites' });
  await expect(sites).toContainText('bücher.test');
  await expect(sites).not.toContainText('xn--');

  for (const url of [
    'http://social.test./feed',
    'http://www.social.test./',
    'http://SOCIAL.test/x',
    'http://m.social.test./',
  ]) {
    const { page } = await SiteTab.open(context, url);
    await page.waitForURL(/\/pause\.html\?/, { timeout: 5_000 });
    await expect(page.getByText("You've spent 1 minute on social.test today.")).toBeVisible();
    await page.close();
  }

  const { page } = await SiteTab.open(context, 'http://bücher.test./');
  await page.waitForURL(/\/pause\.html\?/, { timeout: 5_000 });
  await expect(page.getByText("You've spent 1 minute on bücher.test today.")).toBeVisible();
  await Promise.all([
    page.waitForEvent('close'),
    page.getByRole('button', { name: 'Log off' }).click(),
  ]);
  const newtab = await openNewTab();
  await expect(newtab.getByRole('list', { name: /Today/ }).getByRole('listitem')).toHaveText([
    /Logged off bücher\.test after 1 min/,
  ]);
});

test('a site is shown as the host really limited, and a long name wraps', async ({
  openOptions,
}) => {
  const options = await openOptions();
  await new OptionsPage(options).limitSite('ｓｈｏｐ.test', 5, { shownAs: 'shop.test' });
  await new OptionsPage(options).limitSite('mail\u200b.test', 5, { shownAs: 'mail.test' });
  const long = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(56)}.test`;
  await new OptionsPage(options).limitSite(long, 5);
  const sites = options.getByRole('list', { name: 'Limited sites' });
  await expect(sites.getByRole('listitem').locator('strong')).toHaveText([
    'shop.test',
    'mail.test',
    long,
  ]);
  const overflow = await options.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
