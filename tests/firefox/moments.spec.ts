// In Firefox ESR: a save is said with a kind line and the new row arrives
// warm; rows are quiet at rest (one "more" button each); Proud, Edit, Delete
// and Undo work by keyboard alone, and proud is said and stays warm.
import type { Page } from 'puppeteer-core';
import { loadMessages, say } from '../e2e/words';
import { expect, test } from './fixtures';
import { byRole, find, textOf } from './pages/common';
import { NewTab } from './pages/newtab';
import { Popup } from './pages/popup';

const en = loadMessages('en');
const kindLines = Object.keys(en)
  .filter((key) => /^kindLine\d$/.test(key))
  .map((key) => say(en, key));
const saidFor = (text: string) =>
  kindLines.map((line) => `${say(en, 'savedStatus', text)} ${line}`);

/** The row of a win on today's list: its classes and how many buttons it shows. */
const row = (page: Page, text: string) =>
  page.evaluate((words) => {
    const li = [...document.querySelectorAll('ul.wins > li')].find(
      (el) => el.querySelector('.win-text')?.textContent === words,
    );
    return li && { classes: li.className, buttons: li.querySelectorAll('button').length };
  }, text);

const saveStatus = (page: Page) => textOf(page, '.win-form [role=status]');
/** Whether the save's live line is "Saved: <words>." and one of the kind lines. */
const heard = async (page: Page, text: string) =>
  saidFor(text).includes((await saveStatus(page)) ?? '');
const focusedLabel = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label'));

async function tabTo(page: Page, name: string) {
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    if ((await focusedLabel(page)) === name) return;
  }
  throw new Error(`Tab never reached “${name}”`);
}

test('a win saved on the popup and the new tab is said with a kind line and arrives warm', async ({
  ff,
}) => {
  const popup = await Popup.open(ff);
  await popup.addWin('Fed the cat');
  await expect.poll(() => heard(popup.page, 'Fed the cat')).toBe(true);
  await expect.poll(async () => (await row(popup.page, 'Fed the cat'))?.classes).toContain('fresh');
  const first = (await saveStatus(popup.page))?.replace('Fed the cat', '');
  await popup.addWin('Stretched');
  await expect.poll(() => heard(popup.page, 'Stretched')).toBe(true);
  expect((await saveStatus(popup.page))?.replace('Stretched', '')).not.toBe(first);
  // The popup's rows are for reading: no controls.
  expect((await row(popup.page, 'Stretched'))?.buttons).toBe(0);

  const newtab = await NewTab.open(ff);
  const field = await find(newtab.page, byRole('textbox', 'Add a win for today'));
  await field.type('Tidied the desk');
  await field.press('Enter');
  await expect.poll(() => heard(newtab.page, 'Tidied the desk')).toBe(true);
  await expect
    .poll(async () => (await row(newtab.page, 'Tidied the desk'))?.classes)
    .toContain('fresh');
  expect((await row(newtab.page, 'Fed the cat'))?.classes).not.toContain('fresh');
});

test('rows show one control at rest; Proud, Edit, Delete and Undo work by keyboard alone', async ({
  ff,
}) => {
  const newtab = await NewTab.open(ff);
  const page = newtab.page;
  const field = await find(page, byRole('textbox', 'Add a win for today'));
  for (const text of ['Made tea', 'Called Mum']) {
    await field.type(text);
    await field.press('Enter');
  }
  await expect.poll(() => newtab.todayWins()).toEqual(['Called Mum', 'Made tea']);
  expect((await row(page, 'Made tea'))?.buttons).toBe(1);
  expect((await row(page, 'Called Mum'))?.buttons).toBe(1);

  const focusMore = (text: string) =>
    page.evaluate((name) => {
      const more = [...document.querySelectorAll<HTMLButtonElement>('button.more')].find(
        (b) => b.getAttribute('aria-label') === name,
      );
      more?.focus();
    }, `More for “${text}”`);

  await focusMore('Called Mum');
  await page.keyboard.press('Enter');
  await tabTo(page, 'Proud of this: Called Mum');
  await page.keyboard.press('Enter');
  await expect.poll(() => textOf(page, '.undo-bar')).toBe(say(en, 'proudMarkedStatus'));
  await expect.poll(async () => (await row(page, 'Called Mum'))?.classes).toContain('proud');
  await page.keyboard.press('Escape');
  await expect.poll(() => focusedLabel(page)).toBe('More for “Called Mum”');
  expect((await row(page, 'Called Mum'))?.buttons).toBe(1);
  expect(await textOf(page, 'ul.wins > li.proud .proud-mark')).toContain('★');

  await focusMore('Made tea');
  await page.keyboard.press('Enter');
  await tabTo(page, 'Edit “Made tea”');
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.id.startsWith('edit-')))
    .toBe(true);
  await page.evaluate(() => (document.activeElement as HTMLInputElement).select());
  await page.keyboard.type('Made green tea');
  await page.keyboard.press('Enter');
  await expect.poll(() => newtab.todayWins()).toEqual(['Called Mum', 'Made green tea']);
  await expect.poll(() => focusedLabel(page)).toBe('More for “Made green tea”');

  await page.keyboard.press('Enter');
  await tabTo(page, 'Delete “Made green tea”');
  await page.keyboard.press('Enter');
  await expect.poll(() => newtab.todayWins()).toEqual(['Called Mum']);
  await expect.poll(() => focusedLabel(page)).toBe('Undo deleting “Made green tea”');
  await page.keyboard.press('Enter');
  await expect.poll(() => newtab.todayWins()).toEqual(['Called Mum', 'Made green tea']);
});
