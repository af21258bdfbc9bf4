// Daily backups in Firefox ESR: turned on in the options, Firefox's own
// download saves a full backup into "Small Wins backups" in the downloads
// folder; a day later a changed collection is saved again when a page opens,
// over the same day's file name, and only the newest seven days stay
// (an export beside them is left alone); none of it opens the downloads panel.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { byRole, find } from './pages/common';
import { NewTab } from './pages/newtab';
import { Options } from './pages/options';
import { Popup } from './pages/popup';

const FOLDER = 'Small Wins backups';

/**
 * Finished backups only: Firefox writes a .part file first, then renames it.
 * A file listed may be gone a moment later (the extension removes old
 * backups meanwhile): it is not counted.
 */
const backupsIn = (dir: string) =>
  existsSync(join(dir, FOLDER))
    ? readdirSync(join(dir, FOLDER))
        .filter(
          (name) =>
            name.endsWith('.json') &&
            (statSync(join(dir, FOLDER, name), { throwIfNoEntry: false })?.size ?? 0) > 0,
        )
        .sort()
    : [];

const winTexts = (file: string): string[] => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
      .wins.map((w: { text: string }) => w.text)
      .sort();
  } catch {
    return []; // caught mid-write; the poll asks again
  }
};

async function turnOn(options: Options) {
  await (await find(options.page, byRole('checkbox', 'Save a backup every day'))).click();
  await expect.poll(() => options.status()).toContain('Daily backups are on');
}

/** Moves the newest backup (and the last look at the data) two days back. */
async function twoDaysLater(options: Options) {
  await options.page.evaluate(async () => {
    const local = (globalThis as unknown as { browser: typeof import('wxt/browser').browser })
      .browser.storage.local;
    const { autoBackup } = await local.get('autoBackup');
    const state = autoBackup as { lastAt: number; checkedAt: number };
    const back = 2 * 86_400_000;
    await local.set({
      autoBackup: { ...state, lastAt: state.lastAt - back, checkedAt: state.checkedAt - back },
    });
  });
}

test('daily backups save every win, and a day later the new ones too', async ({
  ff,
  downloadDir: dir,
}) => {
  test.setTimeout(90_000);
  const popup = await Popup.open(ff);
  await popup.addWin('Walked to work');
  await popup.addWin('Called a friend');
  await expect.poll(() => popup.todayWins()).toHaveLength(2);

  const options = await Options.open(ff);
  await turnOn(options);
  await expect.poll(() => backupsIn(dir)).toHaveLength(1);
  const [name] = backupsIn(dir);
  expect(name).toMatch(/^small-wins-\d{4}-\d{2}-\d{2}\.json$/);
  const file = join(dir, FOLDER, name as string);
  await expect.poll(() => winTexts(file)).toEqual(['Called a friend', 'Walked to work']);
  expect(JSON.parse(readFileSync(file, 'utf8')).format).toBe('small-wins-backup');

  const again = await Popup.open(ff);
  await again.addWin('Read a chapter');
  await expect.poll(() => again.todayWins()).toHaveLength(3);
  await twoDaysLater(options);
  await NewTab.open(ff);
  await expect
    .poll(() => winTexts(file), { timeout: 20_000 })
    .toEqual(['Called a friend', 'Read a chapter', 'Walked to work']);
  expect(backupsIn(dir)).toEqual([name]);
});

test('only the newest seven days of backups are kept, and exports are left alone', async ({
  ff,
  downloadDir: dir,
}) => {
  test.setTimeout(90_000);
  const options = await Options.open(ff);
  await turnOn(options);
  await expect.poll(() => backupsIn(dir)).toHaveLength(1);
  const [today] = backupsIn(dir);

  // Eight older daily backups and one export, saved by Firefox as before.
  await options.page.evaluate(async () => {
    const downloads = (globalThis as unknown as { browser: typeof import('wxt/browser').browser })
      .browser.downloads;
    const names = [
      ...Array.from(
        { length: 8 },
        (_, i) => `Small Wins backups/small-wins-2026-01-0${i + 1}.json`,
      ),
      'small-wins-2026-01-01.json',
    ];
    for (const filename of names) {
      const url = URL.createObjectURL(new Blob(['{}'], { type: 'application/json' }));
      const id = await downloads.download({ url, filename });
      for (;;) {
        const [item] = await downloads.search({ id });
        if (item?.state !== 'in_progress') break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  });
  await expect.poll(() => backupsIn(dir)).toHaveLength(9);

  // The next daily backup (something changed) keeps the newest seven days.
  const popup = await Popup.open(ff);
  await popup.addWin('Tidied the desk');
  await expect.poll(() => popup.todayWins()).toHaveLength(1);
  await twoDaysLater(options);
  await NewTab.open(ff);
  await expect.poll(() => backupsIn(dir), { timeout: 20_000 }).toHaveLength(7);
  expect(backupsIn(dir)).toEqual([
    ...[3, 4, 5, 6, 7, 8].map((d) => `small-wins-2026-01-0${d}.json`),
    today,
  ]);
  expect(existsSync(join(dir, 'small-wins-2026-01-01.json'))).toBe(true);
});

test("backups never open Firefox's downloads panel; an export still does", async ({
  launch,
  downloadDir: dir,
}) => {
  test.setTimeout(90_000);
  // Firefox's own settings for someone who has downloaded before: the panel
  // opens for each new download (the test profile turns that off elsewhere).
  const ff = await launch({
    prefs: { 'browser.download.alwaysOpenPanel': true, 'browser.download.panel.shown': true },
  });
  const panelOpen = () => ff.chrome<boolean>('DownloadsPanel.isPanelShowing');
  const options = await Options.open(ff);
  await turnOn(options);
  await expect.poll(() => backupsIn(dir)).toHaveLength(1);
  const file = join(dir, FOLDER, backupsIn(dir)[0] as string);
  expect(await panelOpen()).toBe(false); // the first, saved in the click that turned them on

  const popup = await Popup.open(ff);
  await popup.addWin('Fed the cat');
  await expect.poll(() => popup.todayWins()).toHaveLength(1);
  await twoDaysLater(options);
  await NewTab.open(ff);
  await expect.poll(() => winTexts(file), { timeout: 20_000 }).toEqual(['Fed the cat']);
  await new Promise((resolve) => setTimeout(resolve, 1_500)); // the panel would be open by now
  expect(await panelOpen()).toBe(false);

  await (await find(options.page, byRole('button', 'Export'))).click();
  await expect.poll(panelOpen).toBe(true);
});
