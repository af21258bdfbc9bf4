// In Firefox ESR: the popup keeps every key typed from the moment its
// document is parsed, and the first paint of today's list (drawn from its
// copy by a classic script before the app's module runs) matches what the
// app renders over it and is never wrong after an edit, a delete, an undo,
// an import, "Delete everything", a copy from another day, or in another
// profile.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { backupDocument } from '../../scripts/lib/backup-doc';
import type { Firefox } from '../../scripts/lib/firefox';
import { tempDir } from '../../scripts/lib/temp-dir';
import { expect, test } from './fixtures';
import { byRole, fill, find } from './pages/common';
import { EMPTY_TODAY, NewTab } from './pages/newtab';
import { Options } from './pages/options';
import { Popup } from './pages/popup';
import { showActions } from './pages/win-rows';

const TODAY = 'ul[aria-labelledby="today-heading"] .win-text';
const todayWins = (page: Page) =>
  page.$$eval(TODAY, (els) => els.map((el) => (el.textContent ?? '').trim()));

interface Painted {
  texts: string[];
  date: string;
  /** Today's list as markup. */
  list: string;
}

/**
 * What the new tab's first paint draws now: its first-paint script run alone
 * (no app module) in a frame of the extension's blank page, with the new
 * tab's #app, on the same storage. Firefox runs no test script ahead of an
 * extension page's own, so this is how its first paint is seen before the
 * app could change it.
 */
async function nextFirstPaint(ff: Firefox): Promise<Painted> {
  const host = await ff.openExt('blank.html');
  await host.evaluate(
    () =>
      new Promise((resolve) => {
        const frame = document.createElement('iframe');
        frame.srcdoc =
          '<div id="app" data-page="newtab"></div><script src="/first-paint.js"></script>';
        frame.addEventListener('load', resolve, { once: true });
        document.body.append(frame);
      }),
  );
  const painted = await host.evaluate(() => {
    const doc = document.querySelector('iframe')?.contentDocument;
    if (!doc) throw new Error('the frame has no document');
    return {
      texts: [...doc.querySelectorAll('#app .win-text')].map((e) => e.textContent ?? ''),
      date: doc.querySelector('#app .date')?.textContent ?? '',
      list: doc.querySelector('#app ul.wins')?.outerHTML ?? '',
    };
  });
  await host.close();
  return painted;
}

async function addWins(ff: Firefox, texts: string[]) {
  const popup = await Popup.open(ff);
  for (const text of texts) {
    await popup.addWin(text);
    await expect.poll(async () => (await popup.todayWins())[0]).toBe(text);
  }
  await popup.page.close();
}

test('twenty popups opened one after another keep every key typed as soon as they are parsed', async ({
  ff,
}) => {
  test.setTimeout(150_000);
  const typed: string[] = [];
  for (let i = 1; i <= 20; i++) {
    const text = `Quick win number ${i} ✓`;
    const popup = await ff.openExt('popup.html', { wait: 'interactive' });
    await popup.keyboard.type(text);
    await popup.keyboard.press('Enter');
    await expect.poll(async () => (await todayWins(popup))[0]).toBe(text);
    typed.unshift(text);
    await popup.close();
  }
  const tab = await NewTab.open(ff);
  await expect.poll(() => tab.todayWins()).toEqual(typed);
});

test('the new tab paints today from the copy alone, and the app renders the same list over it', async ({
  ff,
}) => {
  await addWins(ff, ['Watered the plants #home', 'Wrote the summary']);
  const paint = await nextFirstPaint(ff);
  expect(paint.texts).toEqual(['Wrote the summary', 'Watered the plants #home']);
  expect(paint.date).not.toBe('');
  const app = await NewTab.open(ff);
  await expect.poll(() => app.todayWins()).toEqual(paint.texts);
  expect(await app.page.$eval('#app ul.wins', (el) => el.outerHTML)).toBe(paint.list);
});

test('an edit, a delete and an undo in another page show in the next first paint', async ({
  ff,
}) => {
  await addWins(ff, ['Old words', 'Kept as is', 'Soon gone']);
  const editor = (await NewTab.open(ff)).page;
  await showActions(editor, 'Old words');
  await (await find(editor, byRole('button', 'Edit “Old words”'))).click();
  const field = await find(editor, byRole('textbox', 'Edit win'));
  await fill(field, 'New words');
  await field.press('Enter');
  await expect.poll(() => todayWins(editor)).toEqual(['Soon gone', 'Kept as is', 'New words']);
  expect((await nextFirstPaint(ff)).texts).toEqual(['Soon gone', 'Kept as is', 'New words']);

  // Undo is offered for a few seconds: used at once, then the delete kept.
  await showActions(editor, 'Soon gone');
  await (await find(editor, byRole('button', 'Delete “Soon gone”'))).click();
  await expect.poll(() => todayWins(editor)).toEqual(['Kept as is', 'New words']);
  await (await find(editor, byRole('button', 'Undo deleting “Soon gone”'))).click();
  await expect.poll(() => todayWins(editor)).toEqual(['Soon gone', 'Kept as is', 'New words']);
  expect((await nextFirstPaint(ff)).texts).toEqual(['Soon gone', 'Kept as is', 'New words']);

  await showActions(editor, 'Soon gone');
  await (await find(editor, byRole('button', 'Delete “Soon gone”'))).click();
  await expect.poll(() => todayWins(editor)).toEqual(['Kept as is', 'New words']);
  expect((await nextFirstPaint(ff)).texts).toEqual(['Kept as is', 'New words']);
});

test('a copy written on another day is not believed', async ({ ff }) => {
  await addWins(ff, ['A win for today']);
  // The copy is changed from a page that never writes it: an open new tab
  // could write today's copy again after the change and make the test pass
  // or fail by its timing.
  const newtab = (await NewTab.open(ff)).page;
  await expect
    .poll(() => newtab.evaluate(() => localStorage.getItem('small-wins:today')))
    .toContain('A win for today');
  await newtab.close();
  const tab = await ff.openExt('blank.html');
  await tab.evaluate(() => {
    const copy = JSON.parse(localStorage.getItem('small-wins:today') ?? '{}') as {
      day: string;
      wins: { day: string }[];
    };
    copy.day = '2020-01-01';
    for (const win of copy.wins) win.day = '2020-01-01';
    localStorage.setItem('small-wins:today', JSON.stringify(copy));
  });
  expect((await nextFirstPaint(ff)).texts).toEqual([]);
});

test('an import, then "Delete everything", show in the next first paint', async ({ ff }) => {
  await addWins(ff, ['Typed here']);
  expect((await nextFirstPaint(ff)).texts).toEqual(['Typed here']);
  const file = join(tempDir('import'), 'backup.json');
  const brought = {
    id: 'imported-0',
    text: 'Brought from the laptop',
    date: new Date(Date.now() - 60_000),
  };
  writeFileSync(file, JSON.stringify(backupDocument([brought])));
  const options = await Options.open(ff);
  await options.importFile(file);
  await expect.poll(() => options.status()).toMatch(/^Imported: 1 win\b/);
  expect((await nextFirstPaint(ff)).texts).toEqual(['Typed here', 'Brought from the laptop']);

  await options.deleteEverything({ confirm: true });
  await expect.poll(() => options.status()).toMatch(/Everything was deleted/);
  const keys = await options.page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('small-wins')),
  );
  expect(keys).toEqual([]);
  // With no copy left, the first paint draws the frame alone.
  expect((await nextFirstPaint(ff)).texts).toEqual([]);
  const tab = await NewTab.open(ff);
  await expect.poll(() => tab.emptyText()).toBe(EMPTY_TODAY);
});

test('a second profile starts with an empty first paint', async ({ ff, launch }) => {
  await addWins(ff, ['Only in the first profile']);
  const other = await launch();
  expect((await nextFirstPaint(other)).texts).toEqual([]);
});
