// Your data stays yours: export to a file, import into a fresh profile,
// refuse broken files without changing anything, survive restarts and
// worker stops, and delete everything only after a second confirmation.
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { extensionIdOf, launchWithExtension, newProfileDir } from '../support/chromium';
import { expect, test } from './fixtures';

const todayItems = (page: Page) =>
  page.getByRole('list', { name: /Today/ }).getByRole('listitem').locator('.win-text');

async function addWins(popup: Page, texts: string[]) {
  const field = popup.getByRole('textbox', { name: /win/i });
  for (const text of texts) {
    await field.fill(text);
    await field.press('Enter');
  }
  await expect(todayItems(popup)).toHaveCount(texts.length);
}

async function exportBackup(options: Page): Promise<string> {
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  const path = join(tmpdir(), `backup-${Date.now()}-${Math.random()}.json`);
  await download.saveAs(path);
  return path;
}

/** Writes a reflection straight into the extension's real database. */
async function putReflection(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('small-wins');
        open.onsuccess = () => {
          const tx = open.result.transaction('reflections', 'readwrite');
          tx.objectStore('reflections').put({
            id: 'intention:2026-11-20',
            kind: 'intention',
            day: '2026-11-20',
            text: 'Be kind to myself',
            at: new Date('2026-11-20T08:00:00').getTime(),
          });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

async function reflectionTexts(page: Page) {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const open = indexedDB.open('small-wins');
        open.onsuccess = () => {
          const req = open.result.transaction('reflections').objectStore('reflections').getAll();
          req.onsuccess = () => {
            open.result.close();
            resolve(req.result.map((r: { text: string }) => r.text));
          };
        };
      }),
  );
}

const WINS = ['🎉 Ran 5k', 'שתיתי מים', 'Called mum #family'];

test('export, then import into a fresh profile brings everything back once', async ({
  openPopup,
  openOptions,
  sites,
}) => {
  const popup = await openPopup();
  await addWins(popup, WINS);
  const options = await openOptions();
  await options.getByRole('textbox', { name: 'Site' }).fill('social.test');
  await options.getByRole('spinbutton', { name: 'Daily minutes', exact: true }).fill('7');
  await options.getByRole('button', { name: 'Add' }).click();
  await options.getByLabel(/more minutes/).selectOption('2');
  await putReflection(options);
  const file = await exportBackup(options);
  const backup = JSON.parse(readFileSync(file, 'utf8'));
  expect(backup).toMatchObject({ format: 'small-wins-backup', version: 1 });
  expect(backup.wins).toHaveLength(3);

  const fresh = await launchWithExtension({ profileDir: newProfileDir(), sitesPort: sites.port });
  try {
    const id = await extensionIdOf(fresh);
    const freshOptions = await fresh.newPage();
    await freshOptions.goto(`chrome-extension://${id}/options.html`);
    const importField = freshOptions.getByLabel('Import a backup file');
    await importField.setInputFiles(file);
    await expect(freshOptions.getByRole('status').first()).toContainText(
      '3 wins imported, 0 already here.',
    );
    await expect(freshOptions.getByText('0 of 7 minutes today')).toBeVisible();
    await expect(freshOptions.getByLabel(/more minutes/)).toHaveValue('2');
    expect(await reflectionTexts(freshOptions)).toEqual(['Be kind to myself']);

    await importField.setInputFiles(file);
    await expect(freshOptions.getByRole('status').first()).toContainText(
      '0 wins imported, 3 already here.',
    );
    const newtab = await fresh.newPage();
    await newtab.goto('chrome://newtab/');
    await expect(todayItems(newtab)).toHaveText([...WINS].reverse());
  } finally {
    await fresh.close();
  }
});

test('every broken file is refused with a reason and changes nothing', async ({
  openPopup,
  openOptions,
}) => {
  const popup = await openPopup();
  await addWins(popup, ['Kept safe']);
  const options = await openOptions();
  const before = JSON.parse(readFileSync(await exportBackup(options), 'utf8'));

  const valid = { format: 'small-wins-backup', version: 1, wins: [] as unknown[] };
  const goodWin = {
    id: 'n1',
    text: 'New',
    day: '2026-11-20',
    at: Date.parse('2026-11-20T10:00:00'),
    kind: 'win',
    tags: [],
  };
  const huge = join(tmpdir(), `huge-${Date.now()}.json`);
  writeFileSync(huge, Buffer.alloc(51 * 1024 * 1024, 32));
  const files: [string, string | Buffer, RegExp][] = [
    ['notes.txt', 'just some notes', /isn't JSON/],
    ['other.json', JSON.stringify({ hello: 'world' }), /isn't a Small Wins backup/],
    [
      'future.json',
      JSON.stringify({ ...valid, version: 7 }),
      /newer version of Small Wins \(format 7\)/,
    ],
    [
      'types.json',
      JSON.stringify({ ...valid, wins: [goodWin, { ...goodWin, id: 'n2', text: 5 }] }),
      /Item 2 in “wins” has a problem with “text”/,
    ],
    [
      'dupes.json',
      JSON.stringify({ ...valid, wins: [goodWin, { ...goodWin }] }),
      /same id \(“n1”\)/,
    ],
    [
      'later.json',
      JSON.stringify({ ...valid, wins: [{ ...goodWin, day: '2099-01-01' }] }),
      /problem with “day”/,
    ],
    ['shape.json', JSON.stringify({ ...valid, wins: 'lots' }), /isn't in the expected form/],
  ];
  const field = options.getByLabel('Import a backup file');
  for (const [name, content, message] of files) {
    await field.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    await expect(options.getByRole('alert')).toHaveText(message);
    await expect(options.getByRole('alert')).toContainText('Nothing was changed.');
  }
  await field.setInputFiles(huge);
  await expect(options.getByRole('alert')).toHaveText(/larger than 50 MB/);

  const after = JSON.parse(readFileSync(await exportBackup(options), 'utf8'));
  expect(after.wins).toEqual(before.wins);
  expect(after.settings).toEqual(before.settings);
});

test('closing the browser in the middle of counted time keeps the minutes', async ({
  context,
  openOptions,
  relaunch,
  extensionId,
}) => {
  test.setTimeout(120_000);
  const options = await openOptions();
  await options.getByRole('textbox', { name: 'Site' }).fill('social.test');
  await options.getByRole('spinbutton', { name: 'Daily minutes', exact: true }).fill('5');
  await options.getByRole('button', { name: 'Add' }).click();
  await expect(options.getByText('0 of 5 minutes today')).toBeVisible();
  const site = await context.newPage();
  await site.bringToFront();
  await site.goto('http://social.test/');
  await site.waitForTimeout(65_000);

  const again = await relaunch();
  const reopened = await again.newPage();
  await reopened.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(reopened.getByText('1 of 5 minutes today')).toBeVisible();
});

test('stopping the worker while wins are being written loses none', async ({
  openPopup,
  openOptions,
  context,
}) => {
  const popup = await openPopup();
  const cdp = await context.newCDPSession(await openOptions());
  await cdp.send('ServiceWorker.enable');
  const field = popup.getByRole('textbox', { name: /win/i });
  for (let i = 0; i < 30; i++) {
    await field.fill(`steady ${i}`);
    await field.press('Enter');
    if (i % 5 === 0) await cdp.send('ServiceWorker.stopAllWorkers');
  }
  await expect(todayItems(popup)).toHaveCount(30);
  await popup.reload();
  await expect(todayItems(popup)).toHaveCount(30);
});

test('deleting everything asks twice and then leaves a fresh start', async ({
  openPopup,
  openOptions,
  openNewTab,
}) => {
  const popup = await openPopup();
  await addWins(popup, ['Something to keep']);
  const options = await openOptions();
  await options.getByRole('textbox', { name: 'Site' }).fill('social.test');
  await options.getByRole('button', { name: 'Add' }).click();

  await options.getByRole('button', { name: 'Delete all my data' }).click();
  await options.getByRole('button', { name: 'Keep my data' }).click();
  const newtab = await openNewTab();
  await expect(todayItems(newtab)).toHaveText(['Something to keep']);

  await options.getByRole('button', { name: 'Delete all my data' }).click();
  await expect(options.getByRole('group', { name: /can't be undone/ })).toBeVisible();
  await options.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(options.getByRole('status').first()).toHaveText(/Everything was deleted/);
  await expect(options.getByText('No sites limited yet.')).toBeVisible();
  await expect(newtab.getByText(/Even a glass of water counts/)).toBeVisible();
});

test('a gentle reminder appears when there are wins and no recent export', async ({
  openPopup,
  openOptions,
}) => {
  const options = await openOptions();
  await expect(options.getByText(/since your last backup/)).toHaveCount(0);
  await addWins(await openPopup(), ['Worth keeping']);
  await options.reload();
  await expect(options.getByText(/since your last backup/)).toBeVisible();
  await exportBackup(options);
  await expect(options.getByText(/since your last backup/)).toHaveCount(0);
  await options.reload();
  await expect(options.getByText(/since your last backup/)).toHaveCount(0);
});
