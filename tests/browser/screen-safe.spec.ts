// Safe on a shared screen, in Chromium and Firefox alike: H on the new tab
// hides every personal text, leaving the date and how many wins today, and
// shows it again; set as the default it holds from the first frame after a
// reload. A win kept private (carried by a backup, or marked on the new tab)
// never comes back as "a win from the past", is never told in the wrap-up,
// and starts unticked in Share. In the morning the intention typed is hidden
// too (Chromium, whose pages' clock a test can set to an hour).
import type { Page } from '@playwright/test';
import { backupDocument, daysAgo, winRecord, yearAgo } from '../../scripts/lib/backup-doc';
import { installBrowserTime } from '../e2e/pages/clock';
import { type App, expect, test } from './fixtures';
import { OptionsView } from './pages/options';
import { allText, isShown, shownText, textsIn } from './pages/page-text';
import {
  markedHidden,
  momentCards,
  openHiddenFromNowOn,
  pressH,
  reload,
} from './pages/screen-safe';
import { ShareView } from './pages/share';
import { pressed, showActions } from './pages/win-actions';
import { WinsView } from './pages/wins';
import { YearView } from './pages/year';

const PERSONAL = ['Ran 5k', 'Called my sister', 'Fixed the bike'];

/**
 * With three wins today: H hides `personal` (and the field and the card for
 * the moment) and shows it again; then the settings make the new tab open
 * hidden, and after a reload it is hidden from its first frame.
 */
async function hideShowThenOpenHidden(app: App, newtab: WinsView, personal: string[]) {
  const { tab } = newtab;
  await pressH(tab);
  await expect.poll(() => shownText(tab)).toContain('3 wins today');
  const hidden = await shownText(tab);
  for (const text of personal) expect(hidden).not.toContain(text);
  expect(await isShown(tab, '.win-form input[type=text]')).toBe(false);
  expect(await isShown(tab, 'main .card.moment')).toBe(false);
  expect(await isShown(tab, '.date')).toBe(true);

  await tab.press('h');
  await expect.poll(() => shownText(tab)).toContain('Ran 5k');
  expect(await shownText(tab)).not.toContain('3 wins today');

  await openHiddenFromNowOn(app);
  await reload(tab);
  // Hidden from the first frame: marked as soon as the page has loaded.
  expect(await markedHidden(tab)).toBe(true);
  await expect.poll(() => shownText(tab)).toContain('3 wins today');
  const afterReload = await shownText(tab);
  for (const text of personal) expect(afterReload).not.toContain(text);
}

test('H hides every personal text on the new tab, and the default survives a reload', async ({
  app,
}) => {
  const newtab = await WinsView.open(app, 'newtab');
  await newtab.addWinsAndWait(...PERSONAL);
  // The card for the moment has arrived (whichever the hour calls for).
  await expect.poll(() => momentCards(newtab.tab)).toBe(1);
  await hideShowThenOpenHidden(app, newtab, PERSONAL);
});

test('in the morning H hides the intention too, and it stays hidden after a reload', {
  tag: '@chromium',
}, async ({ app }) => {
  // A morning, so the card for the moment is the intention.
  const options = await app.open('options');
  await installBrowserTime((options.raw as Page).context(), 10);
  const newtab = await WinsView.open(app, 'newtab');
  await newtab.addWinsAndWait(...PERSONAL);
  await newtab.tab.fill("What's one win you'd like to look back on today?", 'Finish the chapter');
  await newtab.tab.clickButton('Save intention');
  await expect.poll(() => shownText(newtab.tab)).toMatch(/Saved\. It'll be here/);
  await hideShowThenOpenHidden(app, newtab, [...PERSONAL, 'Finish the chapter']);
});

test('a win kept private never comes back from the past nor in the wrap-up, and starts unticked in Share', async ({
  app,
}) => {
  const secretDate = yearAgo();
  const secret = winRecord({ id: 's', text: 'Secret appointment', date: secretDate });
  const doc = backupDocument([{ id: 'a', text: 'Walked to the lake', date: daysAgo(400) }], {
    version: 3,
  });
  doc.wins.push({ ...secret, proud: true, private: true } as (typeof doc.wins)[number]);
  const options = await OptionsView.open(app);
  expect(await options.importBackup(doc)).toMatch(/^Imported: 2 wins/);

  const lookBack = await app.open('lookback');
  await expect
    .poll(async () => (await textsIn(lookBack, 'From the past', 'blockquote')).join(' '))
    .toContain('Walked to the lake');
  expect(await allText(lookBack)).not.toContain('Secret appointment');

  const year = await YearView.open(app, `?year=${secretDate.getFullYear()}`);
  expect(await year.shown()).toContain('small wins');
  expect(await year.all()).not.toContain('Secret appointment');

  // Share starts with it unticked (and it can be ticked back).
  const share = await ShareView.open(app, `?from=${secret.day}&to=${secret.day}`);
  await expect.poll(() => share.boxes()).toEqual([{ text: 'Secret appointment', checked: false }]);
  await share.toggle('Secret appointment');
  await expect.poll(() => share.boxes()).toEqual([{ text: 'Secret appointment', checked: true }]);

  // Marked on the new tab too: today's private win stays out of the wrap-up.
  const newtab = await WinsView.open(app, 'newtab');
  await newtab.addWinsAndWait('Private call');
  await showActions(newtab, 'Private call');
  await newtab.tab.clickButton('Keep private: Private call');
  await expect.poll(() => pressed(newtab, 'Keep private: Private call')).toBe('true');
  const thisYear = await YearView.open(app);
  expect(await thisYear.shown()).toContain('win');
  expect(await thisYear.all()).not.toContain('Private call');
});
