// In Firefox ESR: the look back on the new tab — the last 7 days, a year of
// days, a win from a year ago and search — with history brought in through
// the real import.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { backupDocument, daysAgo, type WinSeed } from '../../scripts/lib/backup-doc';
import { newTempDir } from '../../scripts/lib/firefox';
import { expect, test } from './fixtures';
import { NewTab } from './pages/newtab';
import { Options } from './pages/options';

const yearAgo = () => {
  const d = new Date();
  return new Date(d.getFullYear() - 1, d.getMonth(), d.getDate(), 12);
};

function historyFile(wins: WinSeed[]) {
  const path = join(newTempDir('history'), 'history.json');
  writeFileSync(path, JSON.stringify(backupDocument(wins)));
  return path;
}

test('the new tab looks back over the week, the year and a search', async ({ ff }) => {
  const options = await Options.open(ff);
  await options.importFile(
    historyFile([
      { id: 'a', text: 'Ran in the rain #health', date: daysAgo(1), tags: ['health'] },
      { id: 'b', text: 'Cooked soup #health', date: daysAgo(3), tags: ['health'] },
      { id: 'c', text: 'Finished the garden bed #garden', date: yearAgo(), tags: ['garden'] },
    ]),
  );
  await expect.poll(() => options.status()).toMatch(/^3 wins imported, 0 already here\./);

  const newtab = await NewTab.open(ff);
  await expect
    .poll(() => newtab.regionText('The last 7 days'))
    .toContain('Days with a win: 2 of 7');
  expect(await newtab.regionText('The last 7 days')).toContain('#health: 2');

  await expect.poll(() => newtab.regionText('From the past')).toContain('A year ago today you:');
  expect(await newtab.regionText('From the past')).toContain('Finished the garden bed');

  // The year grid: yesterday and three days ago each had one win, today (the grid's focusable day) none.
  await expect.poll(async () => (await newtab.yearDays()).length).toBeGreaterThan(300);
  const days = await newtab.yearDays();
  expect(days.filter((label) => label.startsWith('1 win on '))).toHaveLength(2);
  expect(days.filter((label) => /^\d+ wins? on /.test(label))).toHaveLength(2);
  expect(await newtab.focusableDay()).toMatch(/^No wins on /);

  await newtab.search('#garden');
  await expect.poll(() => newtab.searchStatus()).toBe('Wins found: 1');
  expect((await newtab.searchResults()).join(' ')).toContain('Finished the garden bed');
});
