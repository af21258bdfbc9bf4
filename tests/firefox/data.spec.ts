// In Firefox ESR: a backup saved by Firefox's own download imports into a
// fresh profile with the same wins, a broken file is refused with an alert
// and changes nothing, and deleting everything (once confirmed) leaves no wins.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../scripts/lib/temp-dir';
import { expect, test } from './fixtures';
import { EMPTY_TODAY, NewTab } from './pages/newtab';
import { Options } from './pages/options';
import { Popup } from './pages/popup';

const WINS = ['🎉 Ran 5k', 'שתיתי מים', 'Called mum #family'];

async function addWins(popup: Popup, texts: string[]) {
  for (const text of texts) await popup.addWin(text);
  await expect.poll(() => popup.todayWins()).toEqual([...texts].reverse());
}

test('an exported backup imported into a fresh profile gives the same wins', async ({
  ff,
  launch,
  downloadDir,
}) => {
  test.setTimeout(90_000);
  await addWins(await Popup.open(ff), WINS);
  const options = await Options.open(ff);
  await options.limitSite('social.test', 7);
  const file = await options.exportBackup(downloadDir);
  await expect.poll(() => options.status()).toBe('Your backup was downloaded.');
  const backup = JSON.parse(readFileSync(file, 'utf8'));
  expect(backup).toMatchObject({ format: 'small-wins-backup', version: 4 });
  expect(backup.wins.map((w: { text: string }) => w.text).sort()).toEqual([...WINS].sort());

  const fresh = await launch();
  const freshTab = await NewTab.open(fresh);
  await expect.poll(() => freshTab.emptyText()).toBe(EMPTY_TODAY);
  const freshOptions = await Options.open(fresh);
  await freshOptions.importFile(file);
  await expect.poll(() => freshOptions.status()).toMatch(/^Imported: 3 wins and 1 limited site\./);
  await expect
    .poll(() => freshOptions.limitedSites())
    .toEqual([expect.stringContaining('social.test')]);

  // Importing the same file again adds nothing.
  await freshOptions.importFile(file);
  await expect
    .poll(() => freshOptions.status())
    .toMatch(/^Already here: 3 wins\b.*1 limited site\./);

  const newtab = await NewTab.open(fresh);
  await expect.poll(() => newtab.todayWins()).toEqual([...WINS].reverse());
});

test('a broken file is refused with an alert and nothing changes', async ({ ff, downloadDir }) => {
  await addWins(await Popup.open(ff), ['Kept safe']);
  const options = await Options.open(ff);
  const before = JSON.parse(readFileSync(await options.exportBackup(downloadDir), 'utf8'));

  const dir = tempDir('broken');
  const files: [string, string, RegExp][] = [
    ['notes.json', 'just some notes', /isn't JSON/],
    ['other.json', JSON.stringify({ hello: 'world' }), /isn't a Small Wins backup/],
    [
      'types.json',
      JSON.stringify({
        format: 'small-wins-backup',
        version: 1,
        wins: [{ id: 'n1', text: 5, day: '2026-11-20', at: 0, kind: 'win', tags: [] }],
      }),
      /Item 1 in “wins” has a problem with “text”/,
    ],
  ];
  for (const [name, content, reason] of files) {
    const path = join(dir, name);
    writeFileSync(path, content);
    await options.importFile(path);
    await expect.poll(() => options.alert()).toMatch(reason);
    expect(await options.alert()).toContain('Nothing was changed.');
  }

  const after = JSON.parse(readFileSync(await options.exportBackup(downloadDir), 'utf8'));
  expect(after.wins).toEqual(before.wins);
  expect(after.settings).toEqual(before.settings);
  const newtab = await NewTab.open(ff);
  await expect.poll(() => newtab.todayWins()).toEqual(['Kept safe']);
});

test('deleting everything asks for confirmation first and then leaves no wins', async ({ ff }) => {
  await addWins(await Popup.open(ff), ['Something to keep']);
  const options = await Options.open(ff);
  await options.limitSite('social.test', 30);
  await expect.poll(() => options.limitedSites()).toHaveLength(1);
  const newtab = await NewTab.open(ff);
  await expect.poll(() => newtab.todayWins()).toEqual(['Something to keep']);

  await options.deleteEverything({ confirm: false });
  await expect.poll(() => newtab.todayWins()).toEqual(['Something to keep']);

  await options.deleteEverything({ confirm: true });
  await expect.poll(() => options.status()).toMatch(/Everything was deleted/);
  await expect.poll(() => options.limitedSites()).toEqual([]);
  await expect.poll(() => newtab.emptyText()).toBe(EMPTY_TODAY);
  expect(await newtab.todayWins()).toEqual([]);

  // Still nothing after reading the database afresh.
  const again = await NewTab.open(ff);
  await expect.poll(() => again.emptyText()).toBe(EMPTY_TODAY);
});
