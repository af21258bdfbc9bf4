// Upgrades proven in Firefox ESR, as tests/e2e/upgrade.spec.ts does in
// Chromium and with the same old data (scripts/lib/old-versions.ts): from
// the blank page, with the background page stopped so it cannot open the
// database, versions 1 and 2 are made as they shipped and the settings
// stored in their oldest form. Then Firefox runs the current build on them:
// as an update (the add-on installed again over itself, which Firefox starts
// as "ADDON_UPGRADE": onInstalled's "update"), or in the background page while
// a page still holds the old database open. Every win, reflection, usage
// record and setting must be there, and an update opens no welcome page.
import type { Page } from 'puppeteer-core';
import {
  type Firefox,
  reinstall,
  startupReason,
  stopBackground,
  tabUrls,
} from '../../scripts/lib/firefox';
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
import { NewTab } from './pages/newtab';
import { Options } from './pages/options';

/** The blank page, which never opens the database, with the background page stopped. */
async function blankPage(ff: Firefox): Promise<Page> {
  const page = await ff.openExt('blank.html');
  await new Promise((resolve) => setTimeout(resolve, 500)); // the background's work for this tab is done
  expect(await stopBackground(ff, { now: true })).toBe('stopped');
  return page;
}

async function expectSettingsKept(ff: Firefox) {
  const options = await Options.open(ff);
  await expect.poll(() => options.limitedSites()).toEqual([expect.stringContaining('social.test')]);
  const minutes = await options.page.$eval(
    'ul.sites[aria-labelledby="sites-heading"] input[type=number]',
    (el) => (el as HTMLInputElement).value,
  );
  expect(minutes).toBe('25');
  const { settings } = await options.page.evaluate(readStores);
  expect(settings).toMatchObject({ snoozeMinutes: 7, dayStartHour: 3, showBadge: false });
}

for (const version of [1, 2] as const) {
  test(`a version ${version} database and the first settings come through an update into the current build`, async ({
    ff,
  }) => {
    const data = oldData(today());
    const blank = await blankPage(ff);
    // The settings first: their change wakes the background page, stopped
    // again before the database is made, so that only the update opens it.
    // They take the place of all else stored, the record of the welcome too,
    // as in a version from before there was one.
    await blank.evaluate(storeOldSettings, data);
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Stopped even if its work for the change is still pending, which on a
    // busy machine it can be for longer than that: left running, it would
    // open the database made next and upgrade it before the update.
    expect(await stopBackground(ff, { now: true })).toBe('stopped');
    // Kept open, as a page of the old version would: Firefox closes the old
    // version's pages before the new one starts.
    await blank.evaluate(makeOldDatabase, { version, data, keepOpen: true } satisfies OldVersion);
    expect((await blank.evaluate(readStores)).version).toBe(version);

    await reinstall(ff);
    expect(await startupReason(ff)).toBe('ADDON_UPGRADE');
    await expect
      .poll(async () => (await tabUrls(ff)).filter((url) => url.endsWith('/blank.html')))
      .toEqual([]);

    await expectSettingsKept(ff);
    const newtab = await NewTab.open(ff);
    await expect
      .poll(() => newtab.todayWins())
      .toEqual([...data.wins].reverse().map((w) => w.text));
    const after = await newtab.page.evaluate(readStores);
    expect(after.version).toBe(3);
    expect(after.stores).toEqual(['reflections', 'snapshots', 'usage', 'wins']);
    expect(byId(after.wins)).toEqual(byId(data.wins));
    expect(after.usage).toEqual(version === 2 ? data.usage : []);
    expect(after.reflections).toEqual(version === 2 ? data.reflections : []);
    // An update opens no welcome page, even with no record of one.
    expect((await tabUrls(ff)).filter((url) => url.endsWith('/welcome.html'))).toEqual([]);
  });
}

test('the background page upgrades a version 2 database while a page holds it open', async ({
  ff,
}) => {
  const data = oldData(today());
  const old = await blankPage(ff);
  await old.evaluate(makeOldDatabase, { version: 2, data, keepOpen: true } satisfies OldVersion);
  await old.evaluate(storeOldSettings, data);

  // The background page wakes for the settings change or a tab's event, and meets the old database.
  await ff.openSite('http://social.test/');
  await expect.poll(() => old.evaluate(upgradedTo)).toBe(3);

  const after = await old.evaluate(readStores);
  expectVersion2Kept(after, data);
  await expectSettingsKept(ff);
});
