// Daily backups save quietly: the shipped build asks for the downloads
// permission in the click that turns them on, and the backup then lands in
// the downloads folder without opening the browser's downloads bubble. The
// person's own downloads still show it: an export right after does.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { newProfileDir } from '../../scripts/lib/chromium';
import { tempDir } from '../../scripts/lib/temp-dir';
import { coloursIn, screenOf } from '../../scripts/lib/x-screen';
import { test as base, expect } from './fixtures';

const FOLDER = 'Small Wins backups';

// Where the bubble opens, under the toolbar's downloads button: right of the
// options page's column, so only page background is there when it is closed.
const BUBBLE = { x: 975, y: 95, width: 200, height: 60 };

const test = base.extend<{ downloadDir: string }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies first
  downloadDir: async ({}, use) => {
    const dir = tempDir('downloads');
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  profileDir: async ({ downloadDir }, use) => {
    const dir = newProfileDir();
    mkdirSync(join(dir, 'Default'), { recursive: true });
    writeFileSync(
      join(dir, 'Default', 'Preferences'),
      JSON.stringify({ download: { default_directory: downloadDir, prompt_for_download: false } }),
    );
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
});

test.use({ build: 'shipped' });

/** Downloads go where the profile says, by their own names, as for a person. */
async function browserDownloads(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });
}

test('a daily backup is saved without opening the downloads bubble; an export still opens it', async ({
  openPage,
  display,
  x,
  downloadDir,
}) => {
  const options = await openPage('options.html');
  await browserDownloads(options);
  await options.bringToFront();
  const box = options.getByRole('checkbox', { name: 'Save a backup every day' });
  await box.scrollIntoViewIfNeeded();
  expect(coloursIn(screenOf(display), BUBBLE)).toBe(1);

  await box.click();
  await options.waitForTimeout(1_000); // the browser's prompt opens
  x('key', 'Tab', 'Return'); // Deny has the focus; Allow is next
  await expect(options.getByRole('status').first()).toContainText('The first one was just saved');
  const backups = () =>
    existsSync(join(downloadDir, FOLDER)) ? readdirSync(join(downloadDir, FOLDER)) : [];
  await expect.poll(backups).toHaveLength(1);
  await options.waitForTimeout(1_500); // the bubble would be open by now
  expect(coloursIn(screenOf(display), BUBBLE), 'the bubble stayed closed').toBe(1);

  await options.getByRole('button', { name: 'Export', exact: true }).click();
  await expect
    .poll(() => readdirSync(downloadDir).filter((f) => f.endsWith('.json')))
    .toHaveLength(1);
  await expect
    .poll(() => coloursIn(screenOf(display), BUBBLE), { message: 'the bubble opened' })
    .toBeGreaterThan(1);
});
