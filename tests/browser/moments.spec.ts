// The moments around a win, in Chromium and Firefox alike: a save is said
// with a kind line that takes turns and the new row arrives warm (not under
// reduced motion); rows are quiet at rest, one "more" button each, and
// Proud, Edit, Delete and Undo work by keyboard alone; marking proud is
// said, glows once and the row stays warm.
import type { Page } from '@playwright/test';
import { seriousViolations } from '../e2e/axe';
import { loadMessages, say } from '../e2e/words';
import { expect, test } from './fixtures';
import { labelled, moreFor, WinsView } from './pages/wins';

const en = loadMessages('en');
const kindLines = Object.keys(en)
  .filter((key) => /^kindLine\d$/.test(key))
  .map((key) => say(en, key));
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "Saved: <words>." and then one of the kind lines. */
const savedLine = (text: string) =>
  new RegExp(`^${literal(say(en, 'savedStatus', text))} (${kindLines.map(literal).join('|')})$`);

/** Saves the win and waits until the line says so; returns the kind line it chose. */
async function saveAndHear(view: WinsView, text: string): Promise<string> {
  await view.addWin(text);
  await expect.poll(() => view.saveStatus()).toMatch(savedLine(text));
  return (await view.saveStatus()).replace(say(en, 'savedStatus', text), '');
}

test('a win saved on the popup and on the new tab is said with a kind line that varies, and arrives warm', async ({
  app,
}) => {
  expect(kindLines.length).toBeGreaterThanOrEqual(5);
  const popup = await WinsView.open(app, 'popup');
  const first = await saveAndHear(popup, 'Fed the cat');
  await expect.poll(async () => (await popup.row('Fed the cat'))?.classes).toContain('fresh');
  const second = await saveAndHear(popup, 'Stretched');
  expect(second).not.toBe(first);
  await expect.poll(async () => (await popup.row('Stretched'))?.fresh).toBe(true);

  const newtab = await WinsView.open(app, 'newtab');
  // An earlier win, not saved on this page, arrives as it is.
  await expect.poll(async () => (await newtab.row('Fed the cat'))?.classes).toBeDefined();
  expect((await newtab.row('Fed the cat'))?.classes).not.toContain('fresh');
  await saveAndHear(newtab, 'Tidied the desk');
  await expect.poll(async () => (await newtab.row('Tidied the desk'))?.classes).toContain('fresh');
  // A chip's save is said and arrives the same way.
  const words = (await newtab.textOf('fieldset.chips button.chip')) ?? '';
  expect(words).not.toBe('');
  await newtab.tab.click('fieldset.chips button.chip');
  await expect.poll(() => newtab.saveStatus()).toMatch(savedLine(words));
  await expect.poll(async () => (await newtab.row(words))?.classes).toContain('fresh');
});

test('under reduced motion a saved win is said, and arrives without a highlight', async ({
  app,
}) => {
  await app.reduceMotion();
  for (const where of ['popup', 'newtab'] as const) {
    const view = await WinsView.open(app, where);
    const text = `Quiet save ${where}`;
    await saveAndHear(view, text);
    await expect.poll(async () => (await view.row(text))?.classes).toBeDefined();
    const row = await view.row(text);
    expect(row?.classes).not.toContain('fresh');
    expect(row?.fresh).toBe(false);
  }
});

test('twelve wins show twelve quiet controls, one per row, each naming its win', async ({
  app,
}) => {
  const newtab = await WinsView.open(app, 'newtab');
  const texts = Array.from({ length: 12 }, (_, i) => `Small thing ${i + 1}`);
  await newtab.addWinsAndWait(...texts);
  expect(await newtab.buttonsInList()).toBe(12);
  for (const text of texts) {
    expect((await newtab.row(text))?.buttons).toBe(1);
    expect(await newtab.attributeOf(moreFor(text), 'aria-expanded')).toBe('false');
  }
  // The popup's rows (the latest three) are for reading: no controls at all.
  const popup = await WinsView.open(app, 'popup');
  await expect.poll(async () => (await popup.todayTexts()).length).toBe(3);
  expect(await popup.textOf('p.more a')).toBe('+ 9 more today');
  expect(await popup.buttonsInList()).toBe(0);
});

test('Proud, Edit, Delete and Undo work by keyboard alone, and proud is said and stays warm', async ({
  app,
}) => {
  const newtab = await WinsView.open(app, 'newtab');
  await newtab.addWinsAndWait('Made tea', 'Called Mum');
  const { tab } = newtab;

  // Proud: the row's one button, Enter, Tab to Proud, Enter.
  await tab.focus(moreFor('Called Mum'));
  await tab.press('Enter');
  await expect.poll(() => newtab.attributeOf(moreFor('Called Mum'), 'aria-expanded')).toBe('true');
  await newtab.tabTo('Proud of this: Called Mum');
  await tab.press('Enter');
  await expect.poll(() => newtab.textOf('.undo-bar')).toBe(say(en, 'proudMarkedStatus'));
  await expect.poll(async () => (await newtab.row('Called Mum'))?.classes).toContain('proud');
  expect((await newtab.row('Called Mum'))?.classes).toContain('glow');
  expect(await newtab.attributeOf(labelled('Proud of this: Called Mum'), 'aria-pressed')).toBe(
    'true',
  );
  // Escape closes, focus goes back, and at rest the row is warm with a star that is no button.
  await tab.press('Escape');
  await expect.poll(() => newtab.focusedLabel()).toBe('More for “Called Mum”');
  expect(await newtab.attributeOf(moreFor('Called Mum'), 'aria-expanded')).toBe('false');
  expect(await newtab.textOf('ul.wins > li.proud .proud-mark')).toContain('★');
  const proud = await newtab.row('Called Mum');
  expect(proud?.buttons).toBe(1);
  expect(proud?.ground).not.toBe((await newtab.row('Made tea'))?.ground);

  // Edit: open, Tab to Edit, Enter, type over, Enter; focus returns to the row.
  await tab.focus(moreFor('Made tea'));
  await tab.press('Enter');
  await newtab.tabTo('Edit “Made tea”');
  await tab.press('Enter');
  await expect
    .poll(() => tab.evaluate(() => document.activeElement?.id.startsWith('edit-'), null))
    .toBe(true);
  await tab.selectAll();
  await tab.type('Made green tea');
  await tab.press('Enter');
  await expect.poll(() => newtab.todayTexts()).toEqual(['Called Mum', 'Made green tea']);
  await expect.poll(() => newtab.focusedLabel()).toBe('More for “Made green tea”');

  // Delete, then Undo, without the mouse.
  await tab.press('Enter');
  await newtab.tabTo('Delete “Made green tea”');
  await tab.press('Enter');
  await expect.poll(() => newtab.todayTexts()).toEqual(['Called Mum']);
  await expect.poll(() => newtab.focusedLabel()).toBe('Undo deleting “Made green tea”');
  await tab.press('Enter');
  await expect.poll(() => newtab.todayTexts()).toEqual(['Called Mum', 'Made green tea']);
});

for (const theme of ['light', 'dark'] as const) {
  test.describe(theme, () => {
    test.use({ theme });
    test(`quiet rows, a proud row and open actions pass axe (${theme})`, {
      tag: '@chromium',
    }, async ({ app }) => {
      const newtab = await WinsView.open(app, 'newtab');
      await newtab.addWinsAndWait('Made tea #calm', 'Called Mum');
      await newtab.tab.click(moreFor('Called Mum'));
      await newtab.tab.clickButton('Proud of this: Called Mum');
      await expect.poll(async () => (await newtab.row('Called Mum'))?.classes).toContain('proud');
      await newtab.tab.click(moreFor('Made tea #calm'));
      await expect
        .poll(() => newtab.attributeOf(moreFor('Made tea #calm'), 'aria-expanded'))
        .toBe('true');
      expect(await seriousViolations(newtab.tab.raw as Page)).toEqual([]);
    });
  });
}
