// Small steps, in Chromium and Firefox alike: written in the settings
// (reordered by keyboard, edited, removed), they come first among the chips
// on the popup and the new tab and save, with one press, a win tagged with
// their goal; answering Low to today's energy brings the gentle ones first
// and lowers the bar, asked once a day and changeable after. From a backup
// seeded relative to today: a three-day try that began in the past ends with
// a celebration and an offer to keep going or stop; the week shows each
// day's energy beside its wins, a kind line and the goals. axe audits these
// screens (Chromium).
import type { Page } from '@playwright/test';
import { seededThisMonth, stepsBackup, UNKIND } from '../../scripts/lib/seed-steps';
import { seriousViolations } from '../e2e/axe';
import { expect, test } from './fixtures';
import { OptionsView } from './pages/options';
import { isShown, shownText } from './pages/page-text';
import { reload } from './pages/reload';
import {
  celebrations,
  chips,
  chooseEnergy,
  energy,
  lowLine,
  pressFirstChip,
  tagsOf,
  tries,
} from './pages/small-steps';
import { StepsSettings } from './pages/steps';
import { WeekView } from './pages/week';
import { WinsView } from './pages/wins';

const WRITE = 'Write 100 words · Write a book';
const LOW_LINE = 'One small thing is plenty today.';
const ENDED = 'Your 3-day try of “Stretch 5 minutes” is complete';
const DONE_ON_TWO = 'You did it on 2 days. Every one of them counts.';
const BEGUN = 'Stretch 5 minutes: your try has begun';

test('a small step written in the options is the first chip and saves a win tagged with its goal', async ({
  app,
}) => {
  const steps = new StepsSettings(await OptionsView.open(app));
  await steps.add('Write 100 words', { goal: 'Write a book' });
  await steps.add('Stretch 5 minutes', { gentle: true });
  await expect.poll(() => steps.names()).toEqual(['Write 100 words', 'Stretch 5 minutes']);

  // Reordering by keyboard: focus stays on the moved step.
  await steps.pressByKeyboard('Move down: Write 100 words');
  await expect.poll(() => steps.names()).toEqual(['Stretch 5 minutes', 'Write 100 words']);
  await expect.poll(() => steps.focusedLabel()).toBe('Move up: Write 100 words');
  await steps.tab.press('Enter');
  await expect.poll(() => steps.names()).toEqual(['Write 100 words', 'Stretch 5 minutes']);

  await steps.tab.clickButton('Edit: Stretch 5 minutes');
  await expect.poll(() => steps.fieldValue()).toBe('Stretch 5 minutes');
  await steps.tab.fill('Small step', 'Stretch 10 minutes');
  await steps.tab.clickButton('Save changes');
  await expect.poll(() => steps.options.status()).toBe('“Stretch 10 minutes” is updated.');
  await expect.poll(() => steps.names()).toEqual(['Write 100 words', 'Stretch 10 minutes']);

  const popup = await WinsView.open(app, 'popup');
  await expect
    .poll(async () => (await chips(popup.tab)).slice(0, 3))
    .toEqual([WRITE, 'Stretch 10 minutes', 'Drank water']);
  await pressFirstChip(popup.tab);
  // The goal's tag is shown beside the words, never pasted into them.
  await expect.poll(() => popup.todayTexts()).toEqual(['Write 100 words']);
  expect(await tagsOf(popup.tab, 'Write 100 words')).toEqual(['#write-a-book']);

  // The new tab offers the same chips below its field.
  const newtab = await WinsView.open(app, 'newtab');
  await expect.poll(async () => (await chips(newtab.tab))[0]).toBe(WRITE);
  await newtab.tab.clickButton('Stretch 10 minutes');
  await expect.poll(async () => (await newtab.todayTexts()).length).toBe(2);

  // (The settings were opened first: in front again before a click.)
  await steps.tab.toFront();
  await steps.tab.clickButton('Remove: Stretch 10 minutes');
  await expect.poll(() => steps.names()).toEqual(['Write 100 words']);
  await steps.turnOff('show-built-in');
  await expect.poll(() => chips(popup.tab)).toEqual([WRITE]);
});

test('answering Low brings the gentle steps first and lowers the bar, and stays a small choice', async ({
  app,
}) => {
  const steps = new StepsSettings(await OptionsView.open(app));
  await steps.add('Write 100 words', { goal: 'Write a book' });
  await steps.add('Stretch 5 minutes', { gentle: true });

  const popup = await WinsView.open(app, 'popup');
  await expect
    .poll(() => energy(popup.tab))
    .toEqual({ name: "How's your energy today?", chosen: null });
  await expect.poll(async () => (await chips(popup.tab))[0]).toBe(WRITE);
  await chooseEnergy(popup.tab, 'low');
  await expect
    .poll(() => chips(popup.tab))
    .toEqual([
      'Stretch 5 minutes',
      'Drank water',
      'Took a break',
      'Stepped outside',
      WRITE,
      'Asked for help',
      'Tidied one thing',
    ]);
  expect(await lowLine(popup.tab)).toBe(LOW_LINE);
  await expect.poll(() => energy(popup.tab)).toEqual({ name: 'Energy today', chosen: 'Low' });

  // Asked once a day: the new tab and a reloaded popup show the answer, changeable.
  const newtab = await WinsView.open(app, 'newtab');
  await expect.poll(() => energy(newtab.tab)).toEqual({ name: 'Energy today', chosen: 'Low' });
  await expect.poll(async () => (await chips(newtab.tab))[0]).toBe('Stretch 5 minutes');
  await chooseEnergy(newtab.tab, 'plenty');
  await expect.poll(() => energy(newtab.tab)).toEqual({ name: 'Energy today', chosen: 'Plenty' });
  await reload(popup.tab);
  await expect.poll(() => energy(popup.tab)).toEqual({ name: 'Energy today', chosen: 'Plenty' });
  await expect.poll(async () => (await chips(popup.tab))[0]).toBe(WRITE);
  expect(await lowLine(popup.tab)).toBeUndefined();

  // (The settings were opened first: in front again before a click.)
  await steps.tab.toFront();
  await steps.turnOff('ask-energy');
  await expect.poll(() => energy(popup.tab)).toBeUndefined();
});

test('a three-day try that began in the past ends with a celebration and an offer to keep going or stop', async ({
  app,
}) => {
  const options = await OptionsView.open(app);
  await options.importBackup(stepsBackup());

  const newtab = await WinsView.open(app, 'newtab');
  await expect.poll(async () => (await celebrations(newtab.tab)).join('\n')).toContain(ENDED);
  expect((await celebrations(newtab.tab))[0]).toContain(DONE_ON_TWO);
  expect(await tries(newtab.tab)).toEqual(['Write 100 words: 1 day so far']);
  expect(await shownText(newtab.tab, 'main')).not.toMatch(UNKIND);
  // The celebration is the moment: no other card is offered beside it.
  await expect.poll(() => isShown(newtab.tab, 'nav[aria-label="More of Small Wins"]')).toBe(true);
  expect(
    await newtab.tab.evaluate(() => document.querySelectorAll('main .card').length, null),
  ).toBe(0);

  const popup = await WinsView.open(app, 'popup');
  await expect
    .poll(async () => (await celebrations(popup.tab)).join('\n'))
    .toContain('You did it on 2 days.');

  // (The new tab was opened before the popup: in front again before a click.)
  await newtab.tab.toFront();
  await newtab.tab.clickButton('Keep going with Stretch 5 minutes');
  await expect
    .poll(() => newtab.saveStatus())
    .toBe('A new try of “Stretch 5 minutes” begins today.');
  await expect.poll(() => celebrations(newtab.tab)).toEqual([]);
  await expect.poll(() => tries(newtab.tab)).toContain(BEGUN);
  await expect.poll(() => celebrations(popup.tab)).toEqual([]);

  await options.tab.toFront();
  await options.tab.clickButton('Stop here with Write 100 words');
  await expect.poll(() => tries(newtab.tab)).toEqual([BEGUN]);
  await expect.poll(() => shownText(options.tab)).not.toMatch(/Trying it for 7 days/);
  expect(await shownText(options.tab)).toMatch(/Trying it for 3 days from/);
});

test('the week shows each day’s energy beside its wins, a kind line, and the goals', async ({
  app,
}) => {
  const options = await OptionsView.open(app);
  await options.importBackup(stepsBackup());
  const week = await WeekView.open(app);
  await expect.poll(() => week.text()).toContain('On 2 low-energy days you still did 4 things.');
  // Oldest first: today last, yesterday and the day before low, the day before that plenty.
  const bars = await week.bars();
  expect(bars).toHaveLength(7);
  expect(bars[5]).toMatch(/^2 wins on .*, energy Low$/);
  expect(bars[4]).toMatch(/^2 wins on .*, energy Low$/);
  expect(bars[3]).toMatch(/energy Plenty$/);
  expect(bars[6]).toMatch(/^No wins on (?!.*energy)/);

  // A month without a step yet (its first days) is left out, never "0 steps".
  const month = (tag: string) => {
    const n = seededThisMonth(tag);
    return n === 0 ? '' : `, ${n === 1 ? '1 step' : `${n} steps`} this month`;
  };
  await expect
    .poll(() => week.goals())
    .toEqual([
      `Move more: 2 steps in the last 7 days${month('move-more')}`,
      `Write a book: 1 step in the last 7 days${month('write-a-book')}`,
    ]);
  expect(await week.text()).not.toMatch(UNKIND);
  expect(await shownText(week.tab)).not.toMatch(UNKIND);
});

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ theme });

    test('steps, energy, tries and the week with energy pass axe', {
      tag: '@chromium',
    }, async ({ app }) => {
      test.setTimeout(150_000); // axe audits five pages
      const axe = async (page: unknown) =>
        expect(await seriousViolations(page as Page)).toEqual([]);
      const steps = new StepsSettings(await OptionsView.open(app));
      await steps.options.importBackup(stepsBackup());
      await steps.tab.clickButton('Edit: Write 100 words');
      await expect.poll(() => steps.goalHint()).toBe('Its wins get the tag #write-a-book.');
      await axe(steps.tab.raw);

      const popup = await WinsView.open(app, 'popup');
      await expect
        .poll(async () => (await energy(popup.tab))?.name)
        .toBe("How's your energy today?");
      await axe(popup.tab.raw);
      await chooseEnergy(popup.tab, 'low');
      await expect.poll(() => lowLine(popup.tab)).toBe(LOW_LINE);
      await expect.poll(async () => (await celebrations(popup.tab)).length).toBe(1);
      await axe(popup.tab.raw);

      const week = await WeekView.open(app);
      await expect.poll(async () => (await week.goals()).length).toBe(2);
      await expect.poll(() => week.text()).toMatch(/low-energy days you still did/);
      await axe(week.tab.raw);

      const newtab = await WinsView.open(app, 'newtab');
      await expect.poll(async () => (await celebrations(newtab.tab)).length).toBe(1);
      await axe(newtab.tab.raw);
    });
  });
}
