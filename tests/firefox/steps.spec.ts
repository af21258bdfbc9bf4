// In Firefox ESR: a small step written in the options is the first chip in
// the popup and saves a goal-tagged win; answering Low brings the gentle steps
// first; a three-day try imported from the past ends with a celebration; the
// week shows energy beside the wins.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newTempDir } from '../../scripts/lib/firefox';
import { stepsBackup, UNKIND } from '../../scripts/lib/seed-steps';
import { expect, test } from './fixtures';
import { textOf } from './pages/common';
import { LookBack } from './pages/lookback';
import { NewTab } from './pages/newtab';
import { Options } from './pages/options';
import { Popup } from './pages/popup';

test('a step written in the options is the first chip and saves a win tagged with its goal', async ({
  ff,
}) => {
  const options = await Options.open(ff);
  await options.addStep('Write 100 words', { goal: 'Write a book' });
  await options.addStep('Stretch 5 minutes', { gentle: true });

  const popup = await Popup.open(ff);
  await expect
    .poll(async () => (await popup.chips()).slice(0, 3))
    .toEqual(['Write 100 words · Write a book', 'Stretch 5 minutes', 'Drank water']);
  await popup.pressChip('Write 100 words · Write a book');
  // The goal's tag goes beside the words (in the win's tags), never into them.
  await expect.poll(() => popup.todayWins()).toEqual(['Write 100 words']);

  // Answering Low brings the gentle ones first and lowers the bar.
  expect(await popup.energyName()).toBe("How's your energy today?");
  await popup.chooseEnergy('Low');
  await expect
    .poll(async () => (await popup.chips()).slice(0, 3))
    .toEqual(['Stretch 5 minutes', 'Drank water', 'Took a break']);
  expect(await textOf(popup.page, '.low-line')).toBe('One small thing is plenty today.');
  expect(await popup.energyName()).toBe('Energy today');
});

test('a three-day try from the past ends with a celebration, and the week shows energy', async ({
  ff,
}) => {
  const path = join(newTempDir('steps'), 'steps.json');
  writeFileSync(path, JSON.stringify(stepsBackup()));
  const options = await Options.open(ff);
  await options.importFile(path);
  await expect.poll(() => options.status()).toContain('Imported: ');

  const newtab = await NewTab.open(ff);
  await expect
    .poll(() => textOf(newtab.page, '.try-done'))
    .toContain('Your 3-day try of “Stretch 5 minutes” is complete');
  expect(await textOf(newtab.page, '.try-done')).toContain(
    'You did it on 2 days. Every one of them counts.',
  );
  expect(await textOf(newtab.page, '.try-list')).toBe('Write 100 words: 1 day so far');

  const lookBack = await LookBack.open(ff);
  await expect
    .poll(() => lookBack.regionText('The last 7 days'))
    .toContain('On 2 low-energy days you still did 4 things.');
  const bars = await lookBack.page.$$eval('ol.bars > li', (els) =>
    els.map((el) => el.getAttribute('aria-label') ?? ''),
  );
  expect(bars.filter((label) => label.endsWith(', energy Low'))).toHaveLength(2);
  expect(await lookBack.regionText('Your goals')).toContain(
    'Move more: 2 steps in the last 7 days',
  );
  expect(await lookBack.page.evaluate(() => document.body.innerText)).not.toMatch(UNKIND);
});
