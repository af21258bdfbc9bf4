// Sharing a year of hundreds of wins, in Chromium and Firefox alike, light
// and dark: copy, save and print are enabled on the first screen, above the
// list in reading order, and still in reach at the end of it; the boxes and
// Copy wear the theme's accent (not the browser's blue), and a box reached
// by keyboard shows its focus ring. axe audits the page (Chromium).
import type { Page } from '@playwright/test';
import { backupDocument, type WinSeed } from '../../scripts/lib/backup-doc';
import { seriousViolations } from '../e2e/axe';
import { expect, test } from './fixtures';
import { OptionsView } from './pages/options';
import { ShareView } from './pages/share';
import {
  ACTIONS,
  actions,
  boxCount,
  colours,
  copyBeforeList,
  ringAfterTab,
  scrollToListEnd,
} from './pages/share-reach';

/**
 * `count` wins over this year's days up to today, oldest day first (a day
 * before 1 January folds back onto today), and `last`: one more today at
 * 23:30, the year's newest.
 */
function yearSoFar(count: number, last: string): WinSeed[] {
  const now = new Date();
  const days = now.getMonth() * 31 + now.getDate();
  const wins: WinSeed[] = [];
  for (let i = 0; i < count; i++) {
    const back = i % days;
    const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() - back, 9);
    const day = d.getFullYear() === now.getFullYear() ? d : new Date(now);
    day.setHours(9, 0, 0, 0);
    wins.push({
      id: `seed-${i}`,
      text: `A small win ${i}`,
      date: new Date(day.getTime() + (i % 3600) * 1000),
    });
  }
  const late = new Date(now.getFullYear(), now.getMonth(), now.getDate(), 23, 30);
  wins.push({ id: 'seed-last', text: last, date: late });
  return wins;
}

const onScreen = ACTIONS.map((name) => ({ name, enabled: true, onScreen: true }));

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ theme });

    test('with hundreds of wins, the share actions are on the first screen and stay in reach', async ({
      app,
    }) => {
      const options = await OptionsView.open(app);
      expect(await options.importBackup(backupDocument(yearSoFar(400, 'The newest win')))).toMatch(
        /^Imported: 401 wins/,
      );
      const share = await ShareView.open(app);
      await share.chooseRange('This year');
      await expect.poll(() => share.status()).toBe('401 of 401 wins chosen.');
      // A page of days at a time.
      await expect.poll(() => boxCount(share.tab)).toBe(150);

      expect(await actions(share.tab)).toEqual(onScreen);
      // Before the list in reading (and Tab) order, too.
      expect(await copyBeforeList(share.tab)).toBe(true);

      // At the end of the list, still one press away.
      expect(await scrollToListEnd(share.tab)).toBeGreaterThan(0);
      expect(await actions(share.tab)).toEqual(onScreen);

      // Boxes and buttons in the theme's colours, not the browser's own.
      const { accent, box, copy } = await colours(share.tab);
      expect(box).toBe(accent);
      expect(copy).toBe(accent);

      // A visible focus ring on a box reached by keyboard.
      expect(await ringAfterTab(share.tab)).toMatchObject({
        box: true,
        style: 'solid',
        visible: true,
      });

      if (app.engine === 'chromium') {
        expect(await seriousViolations(share.tab.raw as Page)).toEqual([]);
      }
    });
  });
}
