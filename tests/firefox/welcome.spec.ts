// In Firefox ESR: a first install opens the welcome page, an update never
// does, and restoring a backup from it brings every win back.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Firefox, reinstall, startupReason, tabUrls } from '../../scripts/lib/firefox';
import { expect, test } from './fixtures';
import { NewTab } from './pages/newtab';
import { Options } from './pages/options';
import { Popup } from './pages/popup';
import { Welcome } from './pages/welcome';

test('a first install opens the welcome page', async ({ launch }) => {
  const ff = await launch({ keepWelcome: true });
  await expect
    .poll(async () => (await tabUrls(ff)).some((url) => url.endsWith('/welcome.html')))
    .toBe(true);
  const welcome = await Welcome.open(ff);
  expect(await welcome.heading()).toBe('Welcome to Small Wins');
});

const welcomeTabs = async (ff: Firefox) =>
  (await tabUrls(ff)).filter((url) => url.endsWith('/welcome.html'));

test('an update opens no welcome page, and keeps the wins', async ({ launch }) => {
  const ff = await launch({ keepWelcome: true });
  await expect.poll(() => welcomeTabs(ff)).toHaveLength(1);
  await ff.chrome(`(() => {
    for (const tab of gBrowser.tabs.filter((t) => t.linkedBrowser.currentURI.spec.endsWith('/welcome.html'))) {
      gBrowser.removeTab(tab);
    }
  })()`);
  await expect.poll(() => welcomeTabs(ff)).toEqual([]);
  const popup = await Popup.open(ff);
  await popup.addWin('Before the update');
  await expect.poll(() => popup.todayWins()).toEqual(['Before the update']);

  await reinstall(ff);
  // What Firefox tells onInstalled: "update".
  expect(await startupReason(ff)).toBe('ADDON_UPGRADE');
  const newtab = await NewTab.open(ff);
  await expect.poll(() => newtab.todayWins()).toEqual(['Before the update']);
  // The background page is up (the new tab read through it); give it time to open a tab.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  expect(await welcomeTabs(ff)).toEqual([]);
});

test('restoring a backup on the welcome page brings every win back', async ({
  ff,
  downloadDir,
}) => {
  const welcome = await Welcome.open(ff);
  const golden = resolve('tests/fixtures/backup-v1.json');
  await welcome.restore(golden);
  await expect.poll(() => welcome.status()).toMatch(/^Imported: 5 wins/);

  // Every win of the file is in the next full backup.
  const options = await Options.open(ff);
  const saved = JSON.parse(readFileSync(await options.exportBackup(downloadDir), 'utf8'));
  const texts = (list: { text: string }[]) => list.map((w) => w.text).sort();
  expect(texts(saved.wins)).toEqual(texts(JSON.parse(readFileSync(golden, 'utf8')).wins));
});
