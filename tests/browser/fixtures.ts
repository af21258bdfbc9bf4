// The browser suite's fixtures: every spec here runs in Chromium (project
// `e2e`, Playwright) and in Firefox ESR (project `firefox`, puppeteer-core
// over WebDriver BiDi), each with the built extension as on a fresh install
// and the fake *.test sites. The browser is the worker's, lent from test to
// test and reset between them as in the Chromium and Firefox fixtures (the
// same lenders). A spec asks for `app` and gets the same page objects in
// both; what differs between the browsers lives here and in ./tab.ts.
// The guards hold in both: nothing leaves the device, and (in Chromium, which
// reports them) no page throws or leaves a rejection unhandled. A test that
// only one browser can run says so with a tag (`@chromium`, `@firefox`).
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { type BrowserContext, expect, mergeTests, type Page } from '@playwright/test';
import { EXTENSION_DIR, extensionIdOf, launchWithExtension } from '../../scripts/lib/chromium';
import { failed, recordContexts } from '../../scripts/lib/failure-record';
import { FIREFOX_BUILD, launchFirefox, stopBackground, tabUrls } from '../../scripts/lib/firefox';
import { outsideRequests, pageErrors } from '../../scripts/lib/guard-fixtures';
import { guardContext } from '../../scripts/lib/network';
import { loadSite } from '../../scripts/lib/site-open';
import { chromiumWorker } from '../e2e/fixtures';
import { stopWorker } from '../e2e/pages/worker';
import { firefoxWorker, recordFirefox } from '../firefox/fixtures';
import { waitForPause, waitUntil } from '../firefox/pages/pause';
import { type SavedFile, savedInto } from './saved-file';
import { type Engine, playwrightTab, puppeteerTab, type Tab } from './tab';

/** The extension's pages a spec opens by name. */
export type View =
  | 'popup'
  | 'newtab'
  | 'options'
  | 'lookback'
  | 'welcome'
  | 'review'
  | 'share'
  | 'pause';

export interface App {
  readonly engine: Engine;
  /** Opens one of the extension's pages in a new tab, with `query` ("?year=2025") after its name. */
  open(view: View, query?: string): Promise<Tab>;
  /** Opens a page of a fake site in a new, active tab. */
  openSite(url: string): Promise<Tab>;
  /**
   * Waits until a tab that showed `siteUrl` shows the pause instead (the
   * person counted as present meanwhile); returns when it saw it.
   */
  waitForPause(siteUrl: string, timeoutMs: number): Promise<number>;
  /** Waits until no tab shows the pause for `siteUrl` any more (a choice was made). */
  waitForPauseGone(siteUrl: string, timeoutMs: number): Promise<void>;
  /** The address of every open tab. */
  tabUrls(): Promise<string[]>;
  /** What the fake sites were asked for in this test so far ("social.test/linked?from=calm"). */
  siteRequests(): string[];
  /** From now on the browser asks its pages for reduced motion. */
  reduceMotion(): Promise<void>;
  /** Stops the extension's worker (Firefox's event page), as the browser does when idle. */
  stopWorker(): Promise<void>;
  /** Runs `save` (what makes `tab` save a file) and returns the file the browser saved. */
  download(tab: Tab, save: () => Promise<void>): Promise<SavedFile>;
  /** Closes the browser and starts it again on the same profile (Chromium only: see Firefox's). */
  relaunch(): Promise<void>;
  /** What the network guard saw leave the device in this test so far. */
  offDevice(): string[];
  /** Forgets what the guard saw: only for the test that proves it notices. */
  forgetOffDevice(): void;
}

const isPauseFor = (tabUrl: string, siteUrl: string) =>
  /\/pause\.html\?/.test(tabUrl) && new URL(tabUrl).searchParams.get('url') === siteUrl;

interface Fixtures {
  theme: 'light' | 'dark';
  outsideRequests: string[];
  pageErrors: string[];
  app: App;
}

export const test = mergeTests(chromiumWorker, firefoxWorker).extend<Fixtures, { engine: Engine }>({
  engine: ['chromium', { option: true, scope: 'worker' }],
  theme: ['light', { option: true }],
  outsideRequests,
  pageErrors,
  app: async (
    {
      engine,
      theme,
      outsideRequests,
      pageErrors,
      workerSites,
      lender,
      ffSites,
      ffGuard,
      ffDownloads,
      ffLender,
    },
    use,
    info,
  ) => {
    if (engine === 'chromium') {
      workerSites.requests.length = 0;
      const lent = await lender.borrow({ colorScheme: theme, extensionDir: EXTENSION_DIR });
      // The guards charge what happens to this test only.
      const watch = (context: BrowserContext) => guardContext(context, outsideRequests, pageErrors);
      let context = lent.context;
      let unwatch = watch(context);
      let id = await extensionIdOf(context);
      // After a relaunch: the test's own browser, on the lent one's profile.
      let own: BrowserContext | undefined;
      let reduced = false;
      await use({
        engine,
        async open(view, query = '') {
          const page = await context.newPage();
          if (reduced) await page.emulateMedia({ reducedMotion: 'reduce' });
          await page.goto(
            view === 'newtab'
              ? 'chrome://newtab/'
              : `chrome-extension://${id}/${view}.html${query}`,
          );
          return playwrightTab(page);
        },
        async openSite(url) {
          const page = await context.newPage();
          await page.bringToFront();
          await loadSite(() => page.goto(url));
          return playwrightTab(page);
        },
        async waitForPause(siteUrl, timeoutMs) {
          await expect
            .poll(() => context.pages().some((page) => isPauseFor(page.url(), siteUrl)), {
              timeout: timeoutMs,
              message: `the pause for ${siteUrl}`,
            })
            .toBe(true);
          return Date.now();
        },
        async waitForPauseGone(siteUrl, timeoutMs) {
          await expect
            .poll(() => context.pages().some((page) => isPauseFor(page.url(), siteUrl)), {
              timeout: timeoutMs,
              message: `the pause for ${siteUrl} to go`,
            })
            .toBe(false);
        },
        tabUrls: async () => context.pages().map((page) => page.url()),
        siteRequests: () => [...workerSites.requests],
        async reduceMotion() {
          reduced = true;
          for (const page of context.pages()) await page.emulateMedia({ reducedMotion: 'reduce' });
        },
        async stopWorker() {
          await stopWorker(context, context.pages()[0] ?? (await context.newPage()));
        },
        async download(tab, save) {
          const [file] = await Promise.all([(tab.raw as Page).waitForEvent('download'), save()]);
          return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
        },
        async relaunch() {
          unwatch();
          await (own ? own.close() : lender.discard(lent));
          own = await launchWithExtension({
            profileDir: lent.profileDir,
            sitesPort: workerSites.port,
            colorScheme: theme,
          });
          context = own;
          unwatch = watch(context);
          id = await extensionIdOf(context);
        },
        offDevice: () => [...outsideRequests],
        forgetOffDevice: () => {
          outsideRequests.length = 0;
        },
      });
      if (failed(info)) await recordContexts(info, [context]);
      unwatch();
      await (own ? own.close() : lender.giveBack(lent));
      return;
    }
    // The worker's sites, guard and folder record for this test only.
    const { sites, sink } = ffSites;
    sites.requests.length = 0;
    sink.outside = outsideRequests;
    ffGuard.requests.length = 0;
    rmSync(ffDownloads, { recursive: true, force: true });
    mkdirSync(ffDownloads);
    // The same build name as the Firefox fixtures', so a worker's Firefox serves both.
    const ff = await ffLender.borrow('test', theme, () =>
      launchFirefox({
        sitesPort: sites.port,
        guardPort: ffGuard.port,
        downloadDir: ffDownloads,
        theme,
        extensionDir: FIREFOX_BUILD,
      }),
    );
    await use({
      engine,
      open: async (view, query = '') => puppeteerTab(await ff.openExt(`${view}.html${query}`)),
      openSite: async (url) => puppeteerTab(await ff.openSite(url)),
      waitForPause: (siteUrl, timeoutMs) => waitForPause(ff, siteUrl, timeoutMs),
      async waitForPauseGone(siteUrl, timeoutMs) {
        await waitUntil(
          ff,
          async () => !(await tabUrls(ff)).some((u) => isPauseFor(u, siteUrl)),
          timeoutMs,
        );
      },
      tabUrls: () => tabUrls(ff),
      siteRequests: () => [...sites.requests],
      async reduceMotion() {
        await ff.chrome(`Services.prefs.setIntPref('ui.prefersReducedMotion', 1)`);
      },
      async stopWorker() {
        expect(await stopBackground(ff, { now: true })).toBe('stopped');
      },
      download: (_tab, save) => savedInto(ffDownloads, save),
      // Firefox holds the test build as a temporary add-on, which goes with
      // the browser: a Firefox started again would be a new install.
      relaunch: () =>
        Promise.reject(new Error('Firefox cannot keep a temporary add-on over a restart')),
      offDevice: () => [...ffGuard.requests, ...outsideRequests],
      forgetOffDevice: () => {
        ffGuard.requests.length = 0;
        outsideRequests.length = 0;
      },
    });
    if (failed(info)) await recordFirefox(info, 'firefox', ff);
    // A pref is the browser's, not the extension's: the reset would keep it.
    await ff.chrome(`Services.prefs.clearUserPref('ui.prefersReducedMotion')`);
    await ffLender.giveBack(ff, !failed(info));
    outsideRequests.push(...ffGuard.requests);
    ffGuard.requests.length = 0;
    sink.outside = [];
  },
});

export { expect };
