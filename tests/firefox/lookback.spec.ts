// In Firefox ESR: the Look back page — the last 7 days, a year of days, a win
// from a year ago and search — with history brought in through the real
// import; and before anything, its kind sentence.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  backupDocument,
  daysAgo,
  localDayKey,
  type WinSeed,
  yearAgo,
} from '../../scripts/lib/backup-doc';
import { tempDir } from '../../scripts/lib/temp-dir';
import { yearGrid } from '../../utils/core/insights';
import { languageWeekStart } from '../../utils/core/week-start';
import { expect, test } from './fixtures';
import { LookBack } from './pages/lookback';
import { Options } from './pages/options';

function historyFile(wins: WinSeed[]) {
  const path = join(tempDir('history'), 'history.json');
  writeFileSync(path, JSON.stringify(backupDocument(wins)));
  return path;
}

test('the Look back page looks back over the week, the year and a search', async ({ ff }) => {
  const options = await Options.open(ff);
  await options.importFile(
    historyFile([
      { id: 'a', text: 'Ran in the rain #health', date: daysAgo(1), tags: ['health'] },
      { id: 'b', text: 'Cooked soup #health', date: daysAgo(3), tags: ['health'] },
      { id: 'c', text: 'Finished the garden bed #garden', date: yearAgo(), tags: ['garden'] },
    ]),
  );
  await expect.poll(() => options.status()).toMatch(/^Imported: 3 wins/);

  const newtab = await LookBack.open(ff);
  await expect
    .poll(() => newtab.regionText('The last 7 days'))
    .toContain('Days with a win: 2 of 7');
  expect(await newtab.regionText('The last 7 days')).toContain('#health: 2');

  await expect.poll(() => newtab.regionText('From the past')).toContain('A year ago today you:');
  expect(await newtab.regionText('From the past')).toContain('Finished the garden bed');

  // The year grid: 53 weeks from the language's first weekday (Sunday in
  // en-US), ending with this week. Yesterday and three days ago had one win
  // each, and so did a year ago today, which is in the first week unless
  // that week begins after it.
  // Today, the grid's focusable day, had none.
  await expect.poll(async () => (await newtab.yearDays()).length).toBe(53 * 7);
  const days = await newtab.yearDays();
  const shown = yearGrid(localDayKey(new Date()), {}, languageWeekStart('en-US')).flat();
  const seeded = [daysAgo(1), daysAgo(3), yearAgo()].map(localDayKey);
  const withWins = days.filter((label) => /^\d+ wins? on /.test(label));
  expect(withWins).toHaveLength(seeded.filter((day) => shown.some((c) => c.day === day)).length);
  expect(withWins.every((label) => label.startsWith('1 win on '))).toBe(true);
  expect(await newtab.focusableDay()).toMatch(/^No wins on /);

  await newtab.search('#garden');
  await expect.poll(() => newtab.searchStatus()).toBe('Wins found: 1');
  expect((await newtab.searchResults()).join(' ')).toContain('Finished the garden bed');
});

test('on a first day the Look back page says so kindly, with no empty grid', async ({ ff }) => {
  const lookBack = await LookBack.open(ff);
  await expect
    .poll(() => lookBack.emptyText())
    .toBe("Nothing to look back on yet, and that's fine. Your first small win starts the story.");
  expect(await lookBack.yearDays()).toEqual([]);
});
