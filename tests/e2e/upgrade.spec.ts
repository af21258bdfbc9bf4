// Upgrades proven in the browser. The way chosen: from a page of the current
// build that never opens the database itself (the benchmark's blank page),
// the database is made exactly as versions 1 and 2 shipped it, with raw
// IndexedDB and those versions' own upgrade steps, and filled; the settings
// are stored in their oldest form (a bare object under "settings", as before
// storage items existed). Then the current build's own code opens it: after
// a browser restart on the same profile, or in the worker while a page of
// the old version still holds the old database open (and closes it when
// asked, as every version did). Every win, reflection, usage record and
// setting must be there.
import type { BrowserContext, Page } from '@playwright/test';
import {
  byId,
  expectVersion2Kept,
  makeOldDatabase,
  type OldVersion,
  oldData,
  readStores,
  storeOldSettings,
  today,
  upgradedTo,
} from '../../scripts/lib/old-versions';
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options';

/** A page that never opens the database; the worker is stopped so it cannot either. */
async function blankPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/blank.html`);
  await page.waitForTimeout(500); // the worker's work for this tab is done
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  return page;
}

async function expectSettingsKept(options: OptionsPage) {
  const sites = options.page.getByRole('list', { name: 'Limited sites' });
  await expect(sites).toContainText('social.test');
  await expect(sites.getByRole('spinbutton')).toHaveValue('25');
  const { settings } = await options.page.evaluate(readStores);
  expect(settings).toMatchObject({ snoozeMinutes: 7, dayStartHour: 3, showBadge: false });
}

test('a version 1 database and the first settings come through a restart into the current build', async ({
  context,
  extensionId,
  relaunch,
}) => {
  const data = oldData(today());
  const blank = await blankPage(context, extensionId);
  await blank.evaluate(makeOldDatabase, {
    version: 1,
    data,
    keepOpen: false,
  } satisfies OldVersion);
  await blank.evaluate(storeOldSettings, data);

  const again = await relaunch();
  const options = await again.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expectSettingsKept(new OptionsPage(options));
  const after = await options.evaluate(readStores);
  expect(after.version).toBe(3);
  expect(after.stores).toEqual(['reflections', 'snapshots', 'usage', 'wins']);
  expect(byId(after.wins)).toEqual(byId(data.wins));
  const newtab = await again.newPage();
  await newtab.goto('chrome://newtab/');
  const todayList = newtab.getByRole('list', { name: /Today/ });
  for (const win of data.wins) await expect(todayList).toContainText(win.text);
});

test('the worker upgrades a version 2 database while a page of the old version holds it open', async ({
  context,
  extensionId,
  openOptions,
}) => {
  const data = oldData(today());
  const old = await blankPage(context, extensionId);
  await old.evaluate(makeOldDatabase, {
    version: 2,
    data,
    keepOpen: true,
  } satisfies OldVersion);
  // Last: a settings change may wake the worker, which then meets the old database.
  await old.evaluate(storeOldSettings, data);

  // The worker wakes for the settings change or a tab's event, and meets the old database.
  const site = await context.newPage();
  await site.goto('http://social.test/');
  await expect.poll(() => old.evaluate(upgradedTo)).toBe(3);

  const after = await old.evaluate(readStores);
  expectVersion2Kept(after, data);
  await expectSettingsKept(new OptionsPage(await openOptions()));
});
