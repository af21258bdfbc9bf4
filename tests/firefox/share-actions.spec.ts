// In Firefox ESR too: sharing a week of hundreds of wins, copy, save and print
// are on the first screen, above the list, and still in reach at its end.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { backupDocument, daysAgo } from '../../scripts/lib/backup-doc';
import { newTempDir } from '../../scripts/lib/firefox';
import { expect, test } from './fixtures';
import { byRole, find } from './pages/common';
import { Options } from './pages/options';

const COUNT = 300;

test('with hundreds of wins, the share actions are on the first screen and stay in reach', async ({
  ff,
}) => {
  const path = join(newTempDir('share'), 'many.json');
  const wins = Array.from({ length: COUNT }, (_, i) => ({
    id: `many-${i}`,
    text: `A small win ${i}`,
    date: new Date(daysAgo(0).getTime() + i * 1000),
  }));
  writeFileSync(path, JSON.stringify(backupDocument(wins)));
  const options = await Options.open(ff);
  await options.importFile(path);
  await expect.poll(() => options.status()).toMatch(/300/);

  const share = await ff.openExt('share.html');
  await find(share, byRole('button', 'Copy'));
  await expect
    .poll(() => share.$$eval('.share-list li input[type=checkbox]', (boxes) => boxes.length))
    .toBeGreaterThan(100);
  const onScreen = () =>
    share.evaluate(() =>
      [...document.querySelectorAll('button')]
        .filter((b) =>
          ['Copy', 'Save as Markdown', 'Print or save as PDF'].includes(b.textContent ?? ''),
        )
        .map((b) => {
          const box = b.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight;
        }),
    );
  expect(await onScreen()).toEqual([true, true, true]);
  await share.evaluate(() => document.querySelector('.share-list li:last-child')?.scrollIntoView());
  expect(await onScreen()).toEqual([true, true, true]);
});
