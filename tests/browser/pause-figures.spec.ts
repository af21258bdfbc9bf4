// The Look back's "Your pauses" card, in Chromium and Firefox alike: the
// figures of a history brought in through the real import (a version-3
// backup), a calm line while a limited site has had no pause, and a real
// pause shown by the worker counted once, also when the pause page is
// reloaded and the worker stopped; the card passes axe in light and dark
// (axe runs in Chromium).
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { pauseHistory } from '../../scripts/lib/pause-history';
import { minutes } from '../../scripts/lib/test-minute';
import { seriousViolations } from '../e2e/axe';
import { type App, expect, test } from './fixtures';
import { OptionsView } from './pages/options';
import { PauseView } from './pages/pause';
import { LookBackView } from './pages/pauses-card';
import { reload } from './pages/reload';
import { usageOf } from './pages/stored';

/** Imports the history of pauses through the settings page's file field, as a person would. */
async function importHistory(app: App) {
  const history = pauseHistory();
  const path = test.info().outputPath('pauses.json');
  writeFileSync(path, JSON.stringify(history.backup));
  const options = await OptionsView.open(app);
  await options.importFile(path);
  await expect.poll(() => options.status()).toMatch(/^Imported: 3 wins/);
  return history;
}

test('the card says what the imported pauses added up to, week by week', async ({ app }) => {
  const history = await importHistory(app);
  const lookBack = await LookBackView.open(app);
  await expect.poll(async () => (await lookBack.pausesCard())?.line).toBe(history.line);
  const card = await lookBack.pausesCard();
  expect(card?.weeks).toEqual(history.weeks);
  // Numbers say what was done: no "2 of 6", no zeros.
  expect(card?.text).not.toMatch(/ of \d|\b0 /);
});

test('with a site limited and no pauses yet, the card says so calmly', async ({ app }) => {
  const options = await OptionsView.open(app);
  const empty = await LookBackView.open(app);
  // Nothing yet to look back on: a kind sentence, no pauses card.
  await expect.poll(() => empty.emptySentence()).toMatch(/^Nothing to look back on yet/);
  expect(await empty.pausesCard()).toBeUndefined();
  await options.limitSite('social.test', 30);
  await reload(empty.tab);
  await expect
    .poll(async () => (await empty.pausesCard())?.text)
    .toMatch(/^Your pauses\s*No pauses yet\./);
});

test('a pause shown by the worker is counted once, through a reload and a worker stop', async ({
  app,
}) => {
  test.setTimeout(90_000);
  const options = await OptionsView.open(app);
  // A 1-minute budget already used today: the worker pauses the site at once.
  await options.limitSite('social.test', 1);
  await options.seedUsage('social.test', minutes(1) + 1_000);
  expect((await usageOf(options.tab, 'social.test'))?.pauses).toBeUndefined();
  const pauses = async () => (await usageOf(options.tab, 'social.test'))?.pauses;

  const url = 'http://social.test/feed';
  const pause = new PauseView(await app.openSite(url));
  await app.waitForPause(url, 10_000);
  await expect.poll(pauses).toBe(1);

  await reload(pause.tab);
  await expect.poll(() => pause.buttons()).toContain('Log off');
  await app.stopWorker();
  await reload(pause.tab);
  await expect.poll(() => pause.buttons()).toContain('Log off');
  expect(await pauses()).toBe(1);

  // The site opened again is a new pause. The worker handles events in the
  // order they came, so a pause the reloads counted again would come before
  // this one, and the card would say 3.
  const againUrl = 'http://social.test/again';
  const again = new PauseView(await app.openSite(againUrl));
  await app.waitForPause(againUrl, 10_000);
  await expect.poll(pauses).toBe(2);
  await again.logOff();
  await app.waitForPauseGone(againUrl, 15_000);

  const lookBack = await LookBackView.open(app);
  await expect
    .poll(async () => (await lookBack.pausesCard())?.weeks)
    .toEqual([['This week', 'social.test: 2 pauses · logged off once']]);
  expect((await lookBack.pausesCard())?.line).toBe('This week you logged off once.');
});

for (const theme of ['light', 'dark'] as const) {
  test.describe(theme, () => {
    test.use({ theme });
    test(`the pauses card passes axe (${theme})`, { tag: '@chromium' }, async ({ app }) => {
      await importHistory(app);
      const lookBack = await LookBackView.open(app);
      await expect.poll(async () => (await lookBack.pausesCard())?.weeks.length).toBe(3);
      expect(await seriousViolations(lookBack.tab.raw as Page)).toEqual([]);
    });
  });
}
