// The browser suite's fixtures: every spec here runs in Chromium (project
// `e2e`, Playwright) and in Firefox ESR (project `firefox`, puppeteer-core
// over WebDriver BiDi), each with the built extension in a fresh profile and
// the fake *.test sites. A spec asks for `app` and gets the same page objects
// in both; what differs between the browsers lives here and in ./tab.ts.
// The guards hold in both: nothing leaves the device, and (in Chromium, which
// reports them) no page throws or leaves a rejection unhandled. A test that
// only one browser can run says so with a tag (`@chromium`, `@firefox`).
import { test as base, expect } from '@playwright/test';
import {
  EXTENSION_DIR,
  extensionIdOf,
  launchWithExtension,
  newProfileDir,
} from '../../scripts/lib/chromium';
import { failed, recordContexts } from '../../scripts/lib/failure-record';
import {
  FIREFOX_BUILD,
  launchFirefox,
  newTempDir,
  startOutsideGuard,
  tabUrls,
} from '../../scripts/lib/firefox';
import { outsideRequests, pageErrors } from '../../scripts/lib/guard-fixtures';
import { watchNetwork } from '../../scripts/lib/network';
import { serveSites } from '../../scripts/lib/sites';
import { WelcomePage } from '../e2e/pages/welcome';
import { madeByCode, recordFirefox } from '../firefox/fixtures';
import { waitForPause, waitUntil } from '../firefox/pages/pause';
import { type Engine, playwrightTab, puppeteerTab, type Tab } from './tab';

/** The extension's pages a spec opens by name. */
export type View = 'popup' | 'newtab' | 'options' | 'lookback';

export interface App {
  readonly engine: Engine;
  /** Opens one of the extension's pages in a new tab. */
  open(view: View): Promise<Tab>;
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
  /** From now on the browser asks its pages for reduced motion. */
  reduceMotion(): Promise<void>;
}

const isPauseFor = (tabUrl: string, siteUrl: string) =>
  /\/pause\.html\?/.test(tabUrl) && new URL(tabUrl).searchParams.get('url') === siteUrl;

interface Fixtures {
  theme: 'light' | 'dark';
  outsideRequests: string[];
  pageErrors: string[];
  app: App;
}

export const test = base.extend<Fixtures, { engine: Engine }>({
  engine: ['chromium', { option: true, scope: 'worker' }],
  theme: ['light', { option: true }],
  outsideRequests,
  pageErrors,
  app: async ({ engine, theme, outsideRequests, pageErrors }, use, info) => {
    if (engine === 'chromium') {
      const sites = await serveSites();
      const context = await launchWithExtension({
        profileDir: newProfileDir(),
        sitesPort: sites.port,
        colorScheme: theme,
        extensionDir: EXTENSION_DIR,
      });
      watchNetwork(context, outsideRequests);
      context.on('weberror', (error) => pageErrors.push(String(error.error())));
      await (await WelcomePage.find(context))?.page.close();
      const id = await extensionIdOf(context);
      let reduced = false;
      await use({
        engine,
        async open(view) {
          const page = await context.newPage();
          if (reduced) await page.emulateMedia({ reducedMotion: 'reduce' });
          await page.goto(
            view === 'newtab' ? 'chrome://newtab/' : `chrome-extension://${id}/${view}.html`,
          );
          return playwrightTab(page);
        },
        async openSite(url) {
          const page = await context.newPage();
          await page.bringToFront();
          await page.goto(url);
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
        async reduceMotion() {
          reduced = true;
          for (const page of context.pages()) await page.emulateMedia({ reducedMotion: 'reduce' });
        },
      });
      if (failed(info)) await recordContexts(info, [context]);
      await context.close();
      await sites.close();
      return;
    }
    const sites = await serveSites({
      onRequest: (req) => {
        const made = madeByCode(req);
        if (made) outsideRequests.push(made);
      },
    });
    const guard = await startOutsideGuard();
    const ff = await launchFirefox({
      sitesPort: sites.port,
      guardPort: guard.port,
      downloadDir: newTempDir('downloads'),
      theme,
      extensionDir: FIREFOX_BUILD,
    });
    await use({
      engine,
      open: async (view) => puppeteerTab(await ff.openExt(`${view}.html`)),
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
      async reduceMotion() {
        await ff.chrome(`Services.prefs.setIntPref('ui.prefersReducedMotion', 1)`);
      },
    });
    if (failed(info)) await recordFirefox(info, 'firefox', ff);
    await ff.close().catch(() => undefined);
    await guard.close();
    outsideRequests.push(...guard.requests);
    await sites.close();
  },
});

export { expect };
