// The year's wrap-up and sharing with someone safe, in Chromium and Firefox
// alike: a seeded year reads as sentences of effort, with its months linked
// and each day of its grid spoken; a win marked proud on the new tab is
// gathered in "Your year", which Look back links to; and an unticked win is
// in no output — not the copied text, not the Markdown file, not the printed
// page. axe audits the year and the share view (Chromium).
import type { Page } from '@playwright/test';
import { backupDocument } from '../../scripts/lib/backup-doc';
import { seriousViolations } from '../e2e/axe';
import { type App, expect, test } from './fixtures';
import { OptionsView } from './pages/options';
import { follow, shownText } from './pages/page-text';
import { ShareView } from './pages/share';
import { pressed, showActions } from './pages/win-actions';
import { WinsView } from './pages/wins';
import { wrapLinks, YearView } from './pages/year';

const SEED = [
  { id: 'a', text: 'Walked to the lake', date: new Date(2025, 2, 3, 9) },
  { id: 'b', text: 'Called grandma', date: new Date(2025, 2, 3, 18) },
  { id: 'c', text: 'Private appointment', date: new Date(2025, 2, 10, 9) },
  { id: 'd', text: 'Finished the quilt #craft', date: new Date(2025, 5, 10, 9), tags: ['craft'] },
  { id: 'e', text: 'Read a chapter #craft', date: new Date(2025, 2, 17, 9), tags: ['craft'] },
];
const MARCH = '?from=2025-03-01&to=2025-03-31';

async function seed(app: App): Promise<void> {
  const options = await OptionsView.open(app);
  expect(await options.importBackup(backupDocument(SEED))).toMatch(/^Imported: 5 wins/);
}

test('a seeded year reads as sentences of effort, with its months and grid', async ({ app }) => {
  await seed(app);
  // Every screen of the story at once: the one-page view.
  const year = await YearView.open(app, '?year=2025&view=all');
  expect(await year.heading()).toBe('Your 2025 in small wins');
  const shown = await year.shown();
  for (const sentence of [
    'You kept showing up: 4 days with a win.',
    'You had a win on 4 days.',
    'You noted 5 small wins.',
    'March held the most wins: 4.',
    '#craft: 2',
  ]) {
    expect(shown).toContain(sentence);
  }
  expect(shown).toMatch(/Your first win of the year, on .*3.*2025: “Walked to the lake”/);
  // Months with wins are linked; a month without is not mentioned at all.
  expect(await year.monthLinks()).toEqual(['March: 4 wins', 'June: one win']);
  expect(await year.all()).not.toMatch(/April|without|missed|failed/i);
  // The grid speaks each day's count.
  const labels = await year.dayLabels();
  expect(
    labels.filter((label) => /^2 wins on Monday,? (3 March|March 3)$/.test(label)),
  ).toHaveLength(1);

  await year.follow('March: 4 wins');
  await expect.poll(() => year.heading()).toBe('Your March 2025 in small wins');
  const month = await year.shown();
  expect(month).toContain('You noted 4 small wins.');
  expect(month).toMatch(/Your first win of the month/);
  expect(await year.linkShown('Back to 2025')).toBe(true);

  const quiet = await YearView.open(app, '?year=2024');
  expect(await quiet.shown()).toMatch(/This year was a quiet one here, and that is fine/);
  await quiet.next();
  await expect.poll(() => quiet.shown()).toMatch(/This year has been quiet here, and that is fine/);
});

test('a win marked proud on the new tab is gathered in Your year', async ({ app }) => {
  const newtab = await WinsView.open(app, 'newtab');
  await newtab.addWinsAndWait('Asked for help', 'Ran 5k');
  await showActions(newtab, 'Ran 5k');
  const toggle = 'Proud of this: Ran 5k';
  expect(await pressed(newtab, toggle)).toBe('false');
  await newtab.tab.clickButton(toggle);
  await expect.poll(() => pressed(newtab, toggle)).toBe('true');

  // On the one page and in the story alike.
  const onePage = await YearView.open(app, '?view=all');
  await expect.poll(() => onePage.proud()).toEqual(['Ran 5k']);
  const story = await YearView.open(app);
  await expect.poll(() => story.proud()).toEqual(['Ran 5k']);

  // The year page is reachable from the new tab's Look back page by a link
  // named "Your year", whatever the month; its neighbour, the link to
  // sharing, stands apart from it, never run together. (A new tab in front:
  // Firefox draws no frame for a tab behind others, and a click waits for one.)
  const { tab } = await WinsView.open(app, 'newtab');
  await follow(tab, 'nav.ways a[href="/lookback.html"]');
  await expect
    .poll(async () =>
      (await wrapLinks(tab)).map(({ name, href, shown }) => ({ name, href, shown })),
    )
    .toEqual([
      { name: 'Your year', href: '/review.html', shown: true },
      { name: 'Share with someone safe', href: '/share.html', shown: true },
    ]);
  const [yours, share] = await wrapLinks(tab);
  expect(yours && share && share.left - yours.right).toBeGreaterThanOrEqual(12);
});

test('an unticked win is in no output: copy, Markdown or print', async ({ app }) => {
  await seed(app);
  const share = await ShareView.open(app, MARCH);
  await expect.poll(async () => (await share.boxes()).length).toBe(4);
  await share.toggle('Private appointment');
  await share.writeNote('For our Thursday session');
  await expect.poll(() => share.status()).toBe('3 of 4 wins chosen.');

  await share.watchClipboard();
  await share.tab.clickButton('Copy');
  await expect.poll(() => share.status()).toContain('Copied 3 wins');
  const copied = await share.copied();
  expect(copied).toContain('Walked to the lake');
  expect(copied).toContain('Note: For our Thursday session');
  expect(copied).not.toContain('Private appointment');

  const file = await share.saveMarkdown(app);
  expect(file.name).toBe('small-wins-2025-03-01-2025-03-31.md');
  // A tag inside a line is no heading: the person's words stay as written.
  expect(file.text).toContain('- Read a chapter #craft');
  expect(file.text).toContain('Called grandma');
  expect(file.text).not.toContain('Private appointment');

  // Printed: the chosen wins and the note; no button, no box, nothing unticked.
  await share.media('print');
  expect(await share.shownItems()).toEqual([
    'Walked to the lake',
    'Called grandma',
    'Read a chapter #craft',
  ]);
  const printed = await shownText(share.tab);
  expect(printed).toContain('For our Thursday session');
  expect(printed).not.toContain('Private appointment');
  if (app.engine === 'chromium') {
    expect(await seriousViolations(share.tab.raw as Page)).toEqual([]);
  }

  // On screen again, days without wins say so kindly.
  await share.media('screen');
  await share.chooseRange('This year');
  await share.chooseRange('Between two dates');
  await share.typeDay('from', '2024-01-01');
  await share.typeDay('to', '2024-01-31');
  await expect.poll(() => shownText(share.tab)).toMatch(/No wins in these days/);
});

for (const theme of ['light', 'dark'] as const) {
  test.describe(theme, () => {
    test.use({ theme });
    test(`Your year and the share view pass axe (${theme})`, {
      tag: '@chromium',
    }, async ({ app }) => {
      test.setTimeout(90_000);
      await seed(app);
      const year = await YearView.open(app, '?year=2025');
      await expect.poll(() => year.shown()).toContain('You noted 5 small wins.');
      expect(await seriousViolations(year.tab.raw as Page)).toEqual([]);
      const share = await ShareView.open(app, MARCH);
      await expect.poll(async () => (await share.boxes()).length).toBe(4);
      expect(await seriousViolations(share.tab.raw as Page)).toEqual([]);
    });
  });
}
