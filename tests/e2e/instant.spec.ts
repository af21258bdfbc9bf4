// Today's wins paint with the page: the first-paint script draws the new tab
// and the popup from a synchronous copy of today's list before the app's
// module runs, the app adopts that markup, and the copy is never wrong after
// an edit, a delete, an undo, a new day, an import or "Delete everything".
// The popup keeps every key typed from the moment its document exists.
import type { BrowserContext } from '@playwright/test';
import { extensionIdOf, launchWithExtension, newProfileDir } from '../../scripts/lib/chromium';
import { expect, test } from './fixtures';
import {
  addWins,
  firstPaintOf,
  openRecording,
  paintedStillThere,
  todayTexts,
} from './pages/first-paint';
import { showActions } from './pages/win-actions';

async function newTab(context: BrowserContext) {
  const page = await openRecording(context, 'chrome://newtab/');
  await expect(page.getByRole('heading', { name: /Today/ })).toBeVisible();
  return page;
}

test('the new tab paints today from the copy before its module runs, and the app adopts it unchanged', async ({
  context,
  openPopup,
}) => {
  const popup = await openPopup();
  await addWins(popup, ['Watered the plants #home', 'Wrote the summary']);
  const tab = await newTab(context);
  const paint = await firstPaintOf(tab);
  expect(paint.texts).toEqual(['Wrote the summary', 'Watered the plants #home']);
  expect(paint.date).not.toBe('');
  expect(paint.rendered).toBe(true);
  expect(paint.adopted).toBe(paint.painted);
  await expect(todayTexts(tab)).toHaveText(['Wrote the summary', 'Watered the plants #home']);
  expect(await paintedStillThere(tab, '#app ul.wins')).toBe(true);
  expect(await paintedStillThere(tab, '#app .date')).toBe(true);
});

test('an edit, a delete and an undo in another page show in the next first paint', async ({
  context,
  openPopup,
}) => {
  const popup = await openPopup();
  await addWins(popup, ['Old words', 'Kept as is', 'Soon gone']);
  const editor = await newTab(context);

  await showActions(editor, 'Old words');
  await editor.getByRole('button', { name: 'Edit “Old words”' }).click();
  await editor.getByRole('textbox', { name: /Edit/ }).fill('New words');
  await editor.getByRole('button', { name: 'Save', exact: true }).first().click();
  await expect(todayTexts(editor)).toHaveText(['Soon gone', 'Kept as is', 'New words']);
  expect((await firstPaintOf(await newTab(context))).texts).toEqual([
    'Soon gone',
    'Kept as is',
    'New words',
  ]);

  await showActions(editor, 'Soon gone');
  await editor.getByRole('button', { name: 'Delete “Soon gone”' }).click();
  await expect(todayTexts(editor)).toHaveText(['Kept as is', 'New words']);
  expect((await firstPaintOf(await newTab(context))).texts).toEqual(['Kept as is', 'New words']);

  await editor.getByRole('button', { name: 'Undo' }).click();
  await expect(todayTexts(editor)).toHaveText(['Soon gone', 'Kept as is', 'New words']);
  expect((await firstPaintOf(await newTab(context))).texts).toEqual([
    'Soon gone',
    'Kept as is',
    'New words',
  ]);
});

test('a new day paints none of the day before as today', async ({ context, openPopup }) => {
  await context.clock.install({ time: new Date(2026, 10, 20, 23, 58) });
  const popup = await openPopup();
  await addWins(popup, ['Late evening win']);
  const before = await firstPaintOf(await newTab(context));
  expect(before.texts).toEqual(['Late evening win']);

  await context.clock.setSystemTime(new Date(2026, 10, 21, 0, 1));
  const after = await newTab(context);
  const paint = await firstPaintOf(after);
  expect(paint.texts).toEqual([]);
  // The pages still open may already have read the new day and kept its
  // (empty) copy; then the first paint may name the new day, never the old.
  expect(paint.date).toMatch(/^$|21/);
  await expect(after.getByText(/Even a glass of water counts/)).toBeVisible();
  await expect(after.locator('.date')).toHaveText(/21/);
});

test('a copy written on another day is not believed', async ({ context, openPopup }) => {
  const popup = await openPopup();
  await addWins(popup, ['A win for today']);
  await popup.evaluate(() => {
    const raw = localStorage.getItem('small-wins:today') ?? '{}';
    const copy = JSON.parse(raw) as { day: string; wins: { day: string }[] };
    copy.day = '2020-01-01';
    for (const win of copy.wins) win.day = '2020-01-01';
    localStorage.setItem('small-wins:today', JSON.stringify(copy));
  });
  const paint = await firstPaintOf(await newTab(context));
  expect(paint.texts).toEqual([]);
});

function backupOfToday(texts: string[]) {
  const now = Date.now();
  const pad = (n: number) => String(n).padStart(2, '0');
  const d = new Date(now);
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  const wins = texts.map((text, i) => ({
    id: `imported-${i}`,
    text,
    day,
    at: now - (texts.length - i) * 60_000,
    kind: 'win',
    tags: [],
  }));
  return Buffer.from(JSON.stringify({ format: 'small-wins-backup', version: 1, wins }));
}

test('an import shows in the next first paint', async ({ context, openPopup, openOptions }) => {
  const popup = await openPopup();
  await addWins(popup, ['Typed here']);
  expect((await firstPaintOf(await newTab(context))).texts).toEqual(['Typed here']);
  const options = await openOptions();
  await options.getByLabel('Import a backup file').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: backupOfToday(['Brought from the laptop']),
  });
  await expect(options.getByText(/^Imported: 1 win\b/)).toBeVisible();
  expect((await firstPaintOf(await newTab(context))).texts).toEqual([
    'Typed here',
    'Brought from the laptop',
  ]);
});

test('after delete everything the first paint shows no win and the copy is gone', async ({
  context,
  openPopup,
  openOptions,
}) => {
  const popup = await openPopup();
  await addWins(popup, ['Something private']);
  await popup.close();
  const tab = await newTab(context);
  expect((await firstPaintOf(tab)).texts).toEqual(['Something private']);
  await tab.close();

  const options = await openOptions();
  await options.getByRole('button', { name: 'Delete all my data' }).click();
  await options.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(options.getByRole('status').first()).toHaveText(/Everything was deleted/);
  const keys = await options.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('small-wins')),
  );
  expect(keys).toEqual([]);

  const after = await newTab(context);
  expect((await firstPaintOf(after)).texts).toEqual([]);
  await expect(after.getByText(/Even a glass of water counts/)).toBeVisible();
});

test('a second profile starts with an empty first paint', async ({ openPopup }) => {
  const popup = await openPopup();
  await addWins(popup, ['Only in the first profile']);
  const other = await launchWithExtension({ profileDir: newProfileDir() });
  try {
    await extensionIdOf(other);
    const tab = await newTab(other);
    const paint = await firstPaintOf(tab);
    expect(paint.texts).toEqual([]);
    await expect(tab.getByText(/Even a glass of water counts/)).toBeVisible();
    await expect(todayTexts(tab)).toHaveCount(0);
  } finally {
    await other.close();
  }
});
