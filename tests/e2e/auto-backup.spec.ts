// Daily backups in Chromium: turned on in the options, they save a full
// backup into "Small Wins backups" in the downloads folder; a day later a
// changed collection is saved again when a page opens; only the newest seven
// days stay; the options page says when and where; axe passes in both themes.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import type { browser } from 'wxt/browser';
import { newProfileDir } from '../../scripts/lib/chromium';
import { tempDir } from '../../scripts/lib/temp-dir';
import { seriousViolations } from './axe';
import { test as base, expect } from './fixtures';
import { PopupPage } from './pages/popup';

const FOLDER = 'Small Wins backups';

/**
 * Downloads go where the profile says, by their own names: Playwright's own
 * download handling (which renames files) is switched back to the browser's.
 */
async function browserDownloads(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });
}

/** Turns daily backups on in the options page and waits for the first file. */
async function turnOn(options: Page): Promise<void> {
  await options.getByRole('checkbox', { name: 'Save a backup every day' }).check();
  await expect(options.getByRole('status').first()).toContainText('Daily backups are on');
}

/** Moves the newest backup (and the last look at the data) two days back. */
async function twoDaysLater(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const local = (globalThis as unknown as { chrome: typeof browser }).chrome.storage.local;
    const { autoBackup } = await local.get('autoBackup');
    const state = autoBackup as { lastAt: number; checkedAt: number };
    const back = 2 * 86_400_000;
    await local.set({
      autoBackup: { ...state, lastAt: state.lastAt - back, checkedAt: state.checkedAt - back },
    });
  });
}

const winTexts = (file: string): string[] =>
  JSON.parse(readFileSync(file, 'utf8'))
    .wins.map((w: { text: string }) => w.text)
    .sort();

const test = base.extend<{ downloadDir: string }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies first
  downloadDir: async ({}, use) => {
    await use(tempDir('downloads'));
  },
  profileDir: async ({ downloadDir }, use) => {
    const dir = newProfileDir();
    mkdirSync(join(dir, 'Default'), { recursive: true });
    writeFileSync(
      join(dir, 'Default', 'Preferences'),
      JSON.stringify({
        download: { default_directory: downloadDir, prompt_for_download: false },
        savefile: { default_directory: downloadDir },
      }),
    );
    await use(dir);
  },
});

const backupsIn = (dir: string) =>
  existsSync(join(dir, FOLDER)) ? readdirSync(join(dir, FOLDER)).sort() : [];

test('turning daily backups on saves every win to the downloads folder', async ({
  context,
  openPopup,
  openOptions,
  downloadDir: dir,
}) => {
  const popup = await openPopup();
  await new PopupPage(popup).addWinsAndWait('Walked to work', 'Called a friend');
  const options = await openOptions();
  await browserDownloads(context, options);
  await options.getByRole('checkbox', { name: 'Save a backup every day' }).check();
  await expect(options.getByRole('status').first()).toContainText('The first one was just saved');
  await expect(
    options.getByText(/Newest backup: .*small-wins-\d{4}-\d{2}-\d{2}\.json/),
  ).toBeVisible();
  await expect.poll(() => backupsIn(dir)).toHaveLength(1);
  const [name] = backupsIn(dir);
  const backup = JSON.parse(readFileSync(join(dir, FOLDER, name as string), 'utf8'));
  expect(backup.format).toBe('small-wins-backup');
  expect(backup.wins.map((w: { text: string }) => w.text).sort()).toEqual([
    'Called a friend',
    'Walked to work',
  ]);
});

test('a day later, a new win is in the backup saved when the new tab opens', async ({
  context,
  openPopup,
  openOptions,
  openNewTab,
  downloadDir: dir,
}) => {
  const options = await openOptions();
  await browserDownloads(context, options);
  await new PopupPage(await openPopup()).addWinsAndWait('First win');
  await turnOn(options);
  await expect.poll(() => backupsIn(dir)).toHaveLength(1);
  const file = join(dir, FOLDER, backupsIn(dir)[0] as string);
  expect(winTexts(file)).toEqual(['First win']);

  // The same day: a new win waits for tomorrow's backup.
  await new PopupPage(await openPopup()).addWinsAndWait('Second win');
  await openNewTab();
  await options.waitForTimeout(1500);
  expect(winTexts(file)).toEqual(['First win']);

  await twoDaysLater(options);
  await openNewTab();
  await expect.poll(() => winTexts(file), { timeout: 15_000 }).toEqual(['First win', 'Second win']);
});

test('only the newest seven days of backups are kept, and exports are left alone', async ({
  context,
  openOptions,
  downloadDir: dir,
}) => {
  const options = await openOptions();
  await browserDownloads(context, options);
  // Eight older daily backups and one export, saved by the browser as before.
  await options.evaluate(async () => {
    const downloads = (globalThis as unknown as { chrome: typeof browser }).chrome.downloads;
    const names = [
      ...Array.from(
        { length: 8 },
        (_, i) => `Small Wins backups/small-wins-2026-01-0${i + 1}.json`,
      ),
      'small-wins-2026-01-01.json',
    ];
    for (const filename of names) {
      const id = await downloads.download({ url: 'data:application/json,{}', filename });
      for (;;) {
        const [item] = await downloads.search({ id });
        if (item?.state !== 'in_progress') break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  });
  expect(backupsIn(dir)).toHaveLength(8);

  await turnOn(options);
  await expect.poll(() => backupsIn(dir)).toHaveLength(7);
  const kept = backupsIn(dir);
  expect(kept.slice(0, 6)).toEqual([3, 4, 5, 6, 7, 8].map((d) => `small-wins-2026-01-0${d}.json`));
  expect(kept[6]).toMatch(/^small-wins-20\d\d-\d\d-\d\d\.json$/);
  expect(existsSync(join(dir, 'small-wins-2026-01-01.json'))).toBe(true);
});

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ theme });
    test('a backup that could not be written is said kindly, changes nothing, and passes axe', async ({
      context,
      openOptions,
      openPopup,
      downloadDir: dir,
    }) => {
      const options = await openOptions();
      await browserDownloads(context, options);
      await new PopupPage(await openPopup()).addWinsAndWait('Still here');
      await turnOn(options);
      await expect(options.getByText(/Newest backup:/)).toBeVisible();
      expect(await seriousViolations(options)).toEqual([]);

      // The folder can no longer be written: a file now stands where it was.
      rmSync(join(dir, FOLDER), { recursive: true });
      writeFileSync(join(dir, FOLDER), 'not a folder');
      await new PopupPage(await openPopup()).addWinsAndWait('One more');
      await twoDaysLater(options);
      await options.reload();
      const notice = options.getByRole('alert');
      await expect(notice).toContainText("couldn't be saved");
      await expect(notice).toContainText('Your data is safe here');
      await expect(notice).not.toContainText(/fail|error|lost/i);
      await expect(
        options.getByRole('checkbox', { name: 'Save a backup every day' }),
      ).toBeChecked();
      expect(await seriousViolations(options)).toEqual([]);
    });
  });
}
