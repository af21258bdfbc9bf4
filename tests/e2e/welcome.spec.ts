// The welcome page: opened by the worker on a first install and never again
// on the same profile (a restart, a new version); it restores a backup with
// the options page's import, takes an optional first site, and passes axe in
// light and dark.
import { appendFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import type { browser } from 'wxt/browser';
import { EXTENSION_DIR, extensionIdOf, launchWithExtension } from '../../scripts/lib/chromium';
import { watchNetwork } from '../../scripts/lib/network';
import { tempDir } from '../../scripts/lib/temp-dir';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options';
import { PopupPage } from './pages/popup';
import { isWelcome, WelcomePage } from './pages/welcome';

test.use({ keepWelcome: true });

async function storedWinTexts(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('small-wins');
        open.onsuccess = () => {
          const request = open.result.transaction('wins').objectStore('wins').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result.map((w: { text: string }) => w.text).sort());
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

test('a first install opens the welcome page, and starting the browser again does not', async ({
  context,
  relaunch,
}) => {
  const welcome = await WelcomePage.find(context);
  if (!welcome) throw new Error('the welcome page did not open');
  await expect(welcome.heading).toHaveText('Welcome to Small Wins');
  await expect(welcome.page.getByText(/keep the new tab page/)).toBeVisible();
  await expect(welcome.page.getByText(/Alt\+Shift\+K/)).toBeVisible();
  await expect(welcome.page.getByText(/nothing sent anywhere/)).toBeVisible();

  // Closed first, so a restored session cannot bring it back.
  await welcome.page.close();
  const again = await relaunch();
  expect(await WelcomePage.find(again, 4000)).toBeUndefined();
  expect(again.pages().filter(isWelcome)).toEqual([]);
});

/**
 * A copy of the test build, loaded by its path as the test build is, whose
 * worker also notes what onInstalled said (in session storage, as `installedAs`).
 */
function copyOfBuild(): string {
  const dir = tempDir('build');
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  appendFileSync(
    join(dir, 'background.js'),
    '\n;chrome.runtime.onInstalled.addListener((d) => chrome.storage.session.set({ installedAs: d.reason }));\n',
  );
  return dir;
}

/** The version running and what onInstalled said, read in an extension page. */
const versionAndReason = (page: Page) =>
  page.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: typeof browser }).chrome;
    const { installedAs } = await api.storage.session.get('installedAs');
    return { version: api.runtime.getManifest().version, installedAs };
  });

// Chromium reports "install" at every start for an extension loaded by its
// path, a new version included (runtime.reload() unloads it for good), so a
// real "update" cannot be made here; the new version still must not welcome.
test('a new version on the same profile opens no welcome page and keeps the wins', async ({
  profileDir,
  sites,
  outsideRequests,
  pageErrors,
}) => {
  const dir = copyOfBuild();
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const version: string = manifest.version;
  const bumped = version.replace(/\d+$/, (last) => String(Number(last) + 1));
  const started: BrowserContext[] = [];
  const start = async () => {
    const context = await launchWithExtension({
      profileDir,
      sitesPort: sites.port,
      extensionDir: dir,
    });
    watchNetwork(context, outsideRequests);
    context.on('weberror', (error) => pageErrors.push(String(error.error())));
    started.push(context);
    return context;
  };
  try {
    const first = await start();
    const welcome = await WelcomePage.find(first);
    if (!welcome) throw new Error('the welcome page did not open');
    await welcome.page.close();
    const id = await extensionIdOf(first);
    const popup = await first.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await new PopupPage(popup).addWinsAndWait('Before the new version');
    await expect.poll(() => versionAndReason(popup)).toEqual({ version, installedAs: 'install' });
    await first.close();

    manifest.version = bumped;
    writeFileSync(manifestPath, JSON.stringify(manifest));

    const second = await start();
    expect(await extensionIdOf(second)).toBe(id);
    const again = await second.newPage();
    await again.goto(`chrome-extension://${id}/popup.html`);
    await expect
      .poll(() => versionAndReason(again))
      .toEqual({ version: bumped, installedAs: 'install' });
    await expect(new PopupPage(again).todayTexts).toHaveText(['Before the new version']);
    expect(await WelcomePage.find(second, 4000)).toBeUndefined();
  } finally {
    for (const context of started) await context.close();
  }
});

test('restoring a backup on the welcome page brings every win back', async ({ context }) => {
  const welcome = (await WelcomePage.find(context)) as WelcomePage;
  await welcome.importField.setInputFiles('tests/fixtures/backup-v1.json');
  await expect(welcome.status).toContainText('Imported: 5 wins');
  const file = JSON.parse(readFileSync('tests/fixtures/backup-v1.json', 'utf8'));
  const texts = file.wins.map((w: { text: string }) => w.text).sort();
  expect(await storedWinTexts(welcome.page)).toEqual(texts);
});

test('a first limited site can be added on the welcome page, with the keyboard', async ({
  context,
  openOptions,
}) => {
  const { page } = (await WelcomePage.find(context)) as WelcomePage;
  await page.getByRole('textbox', { name: 'Site' }).fill('social.test');
  await page.getByRole('spinbutton', { name: 'Daily minutes', exact: true }).fill('15');
  await page.getByRole('spinbutton', { name: 'Daily minutes', exact: true }).press('Enter');
  await expect(page.getByRole('status').first()).toContainText('social.test is now limited');
  const options = new OptionsPage(await openOptions());
  await expect(options.page.getByRole('list', { name: 'Limited sites' })).toContainText(
    'social.test',
  );
});

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ theme });
    test('the welcome page passes axe, before and after a restore', async ({ context }) => {
      const welcome = (await WelcomePage.find(context)) as WelcomePage;
      await expect(welcome.heading).toBeVisible();
      expect(await seriousViolations(welcome.page)).toEqual([]);
      await welcome.importField.setInputFiles({
        name: 'not-a-backup.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"hello": 1}'),
      });
      await expect(welcome.page.getByRole('alert')).toBeVisible();
      expect(await seriousViolations(welcome.page)).toEqual([]);
      await welcome.importField.setInputFiles('tests/fixtures/backup-v1.json');
      await expect(welcome.status).toContainText('Imported: ');
      expect(await seriousViolations(welcome.page)).toEqual([]);
    });
  });
}
