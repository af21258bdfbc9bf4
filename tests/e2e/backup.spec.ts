// Your data stays yours: export to a file, import into a fresh profile
// once, and refuse broken files without changing anything.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { backupDocument } from '../../scripts/lib/backup-doc';
import { extensionIdOf, launchWithExtension, newProfileDir } from '../../scripts/lib/chromium';
import { tempFile } from '../../scripts/lib/temp-dir';
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options';
import { PopupPage } from './pages/popup';

const todayItems = (page: Page) => new PopupPage(page).todayTexts;
const addWins = (popup: Page, texts: string[]) => new PopupPage(popup).addWinsAndWait(...texts);
const exportBackup = (options: Page) => new OptionsPage(options).exportBackup();

/** Writes a reflection straight into the extension's real database. */
async function putReflection(page: Page, text = 'Be kind to myself') {
  await page.evaluate(
    (text) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('small-wins');
        open.onsuccess = () => {
          const tx = open.result.transaction('reflections', 'readwrite');
          tx.objectStore('reflections').put({
            id: 'intention:2026-11-20',
            kind: 'intention',
            day: '2026-11-20',
            text,
            at: new Date('2026-11-20T08:00:00').getTime(),
          });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    text,
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
  await new OptionsPage(options).limitSite('social.test', 7);
  await options.getByLabel(/more minutes/).selectOption('2');
  await putReflection(options);
  const file = await exportBackup(options);
  const backup = JSON.parse(readFileSync(file, 'utf8'));
  expect(backup).toMatchObject({ format: 'small-wins-backup', version: 4 });
  expect(backup.wins).toHaveLength(3);

  const fresh = await launchWithExtension({ profileDir: newProfileDir(), sitesPort: sites.port });
  try {
    const id = await extensionIdOf(fresh);
    const freshOptions = await fresh.newPage();
    await freshOptions.goto(`chrome-extension://${id}/options.html`);
    const importField = new OptionsPage(freshOptions).importField;
    await importField.setInputFiles(file);
    const status = new OptionsPage(freshOptions).status;
    await expect(status).toContainText(/^Imported: 3 wins, 1 note,.* and 1 limited site\./);
    await expect(status).not.toContainText('Already here');
    await expect(freshOptions.getByText('Up to 7 minutes a day')).toBeVisible();
    await expect(freshOptions.getByLabel(/more minutes/)).toHaveValue('2');
    expect(await reflectionTexts(freshOptions)).toEqual(['Be kind to myself']);

    // A different reflection for the same day is kept, and the words say so.
    await putReflection(freshOptions, 'Written here');
    await importField.setInputFiles(file);
    await expect(status).toContainText(/^Already here: 3 wins\b.*1 limited site\./);
    await expect(status).not.toContainText('Imported');
    await expect(status).toContainText(
      '1 skipped: you already wrote a different one for that day, and yours was kept.',
    );
    expect(await reflectionTexts(freshOptions)).toEqual(['Written here']);
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

  const valid = { ...backupDocument([]), wins: [] as unknown[] };
  const goodWin = {
    id: 'n1',
    text: 'New',
    day: '2026-11-20',
    at: Date.parse('2026-11-20T10:00:00'),
    kind: 'win',
    tags: [],
  };
  const huge = tempFile('huge.json');
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
    [
      'latin1.json',
      Buffer.from(JSON.stringify({ ...valid, wins: [{ ...goodWin, text: 'café win' }] }), 'latin1'),
      /isn't saved as UTF-8/,
    ],
    [
      'pauses.json',
      JSON.stringify({
        ...valid,
        version: 3,
        usage: [{ day: '2026-11-20', host: 'social.test', ms: 0, grantedMs: 0, pauses: 1.5 }],
      }),
      /Item 1 in “usage” has a problem with “pauses”/,
    ],
    [
      'newline.json',
      JSON.stringify({ ...valid, wins: [{ ...goodWin, text: 'two\nlines' }] }),
      /Item 1 in “wins” has a problem with “text”/,
    ],
  ];
  const optionsPage = new OptionsPage(options);
  for (const [name, content, message] of files) {
    await optionsPage.importFile(name, content);
    await expect(options.getByRole('alert')).toHaveText(message);
    await expect(options.getByRole('alert')).toContainText('Nothing was changed.');
  }
  await optionsPage.importField.setInputFiles(huge);
  await expect(options.getByRole('alert')).toHaveText(/larger than 50 MB/);

  const after = JSON.parse(readFileSync(await exportBackup(options), 'utf8'));
  expect(after.wins).toEqual(before.wins);
  expect(after.settings).toEqual(before.settings);
});
