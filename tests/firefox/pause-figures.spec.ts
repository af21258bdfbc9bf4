// In Firefox ESR: the look back's "Your pauses" card shows what a history of
// pauses brought in through the real import (a version-3 backup) added up to.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newTempDir } from '../../scripts/lib/firefox';
import { pauseHistory } from '../../scripts/lib/pause-history';
import { expect, test } from './fixtures';
import { LookBack } from './pages/lookback';
import { Options } from './pages/options';

test('the pauses card says what the imported pauses added up to, week by week', async ({ ff }) => {
  const history = pauseHistory();
  const path = join(newTempDir('pauses'), 'pauses.json');
  writeFileSync(path, JSON.stringify(history.backup));
  const options = await Options.open(ff);
  await options.importFile(path);
  await expect.poll(() => options.status()).toMatch(/^Imported: 3 wins/);

  const newtab = await LookBack.open(ff);
  await expect.poll(async () => (await newtab.pauseWeeks()).line).toBe(history.line);
  expect((await newtab.pauseWeeks()).weeks).toEqual(history.weeks);
});
