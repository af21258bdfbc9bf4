// Starts Debian's Firefox ESR headless with the Firefox test build installed as
// a temporary add-on, driven by puppeteer-core over WebDriver BiDi (Playwright
// cannot drive the system Firefox). The add-on gets a fixed UUID, *.test hosts
// reach the local fake sites through a PAC file, every other host goes to a
// local guard that records it, and downloads land in a folder without asking.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { firefoxPath } from './browsers';
import { bidiOf, inChrome, inTab } from './firefox-bidi';
import {
  ADDON_ID,
  COLOR_SCHEME_PREF,
  colorSchemeValue,
  testProfilePrefs,
  UUID,
} from './firefox-prefs';
import { loadSite } from './site-open';

export { type OutsideGuard, startOutsideGuard } from './firefox-guard';
export { ADDON_ID, UUID } from './firefox-prefs';

export const ORIGIN = `moz-extension://${UUID}`;
export const FIREFOX_BUILD = resolve('.output-test/firefox-mv3');
/** The store-like test build: the real budget minute, alarms no sooner than 30 s. */
export const CLAMPED_FIREFOX_BUILD = resolve('.output-test-clamped/firefox-mv3');

export interface LaunchOptions {
  sitesPort: number;
  guardPort: number;
  /** A profile to reuse; a temporary one (deleted on close) when not given. */
  profileDir?: string;
  downloadDir: string;
  theme?: 'light' | 'dark';
  /** Leave open the welcome page a first install opens (closed by default). */
  keepWelcome?: boolean;
  /** Prefs that replace the test profile's own (e.g. Firefox's defaults back). */
  prefs?: Record<string, unknown>;
  /** Which build to install: the test build (6-second minute) unless given. */
  extensionDir?: string;
  /** The browser's time zone (an IANA name, e.g. "Etc/GMT-5"), or the machine's. */
  zone?: string;
}

export interface OpenOptions {
  /** Return once the document is parsed ("interactive") or loaded ("complete", the default). */
  wait?: 'interactive' | 'complete';
}

export interface Firefox {
  browser: Browser;
  /** The build installed (the test build or the clamped one). */
  extensionDir: string;
  /** Opens an extension page (e.g. "popup.html") in a new tab. */
  openExt: (path: string, opts?: OpenOptions) => Promise<Page>;
  /** Opens a web page (e.g. a fake site) in a new tab. */
  openSite: (url: string) => Promise<Page>;
  /**
   * Starts loading `url` in the tab and returns at once, as a person typing
   * an address does not wait: a limited site that asks first ends that load
   * with its redirect to the intention page, which page.goto() would wait out
   * for its whole 30 s timeout.
   */
  startLoading: (page: Page, url: string) => Promise<void>;
  /** Evaluates an expression in Firefox's privileged chrome scope. */
  chrome: <T>(expression: string) => Promise<T>;
  /** Evaluates an expression in a tab the extension opened (see firefox-bidi.ts). */
  inTab: <T>(ending: string, expression: string) => Promise<T | undefined>;
  close: () => Promise<void>;
}

export async function launchFirefox(opts: LaunchOptions): Promise<Firefox> {
  const build = opts.extensionDir ?? FIREFOX_BUILD;
  if (!existsSync(join(build, 'manifest.json'))) {
    throw new Error(`No Firefox test build at ${build}: run "npm run build:test:firefox" first.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    userDataDir: opts.profileDir,
    // Lets BiDi open moz-extension:// pages and reach the chrome scope.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { ...testProfilePrefs(opts), ...opts.prefs },
    env: {
      ...process.env,
      MOZ_REMOTE_SETTINGS_DEVTOOLS: '1',
      ...(opts.zone ? { TZ: opts.zone } : {}),
    },
  });
  try {
    await browser.installExtension(build);
  } catch (error) {
    await browser.close();
    throw error;
  }
  // puppeteer's BiDi connection and frame ids are internal (not in its types);
  // both are stable in the pinned 24.43.1.
  const bidi = bidiOf(browser);

  // page.goto() waits for load events Firefox does not send for extension
  // pages; BiDi's own navigate waits in the parent process and returns.
  // A tab that just closed itself (the pause page after Log off) can still be
  // the reference for the next new tab; Firefox then says it no longer exists.
  const newPage = async (): Promise<Page> => {
    try {
      return await browser.newPage();
    } catch (error) {
      if (!/no such frame|DiscardedBrowsingContext/.test(String(error))) throw error;
      return browser.newPage();
    }
  };
  const navigate = async (page: Page, url: string, wait: 'none' | OpenOptions['wait']) => {
    const context = (page.mainFrame() as unknown as { _id: string })._id;
    await bidi.send('browsingContext.navigate', { context, url, wait });
  };
  const openExt = async (path: string, opts: OpenOptions = {}): Promise<Page> => {
    const page = await newPage();
    await navigate(page, `${ORIGIN}/${path}`, opts.wait ?? 'complete');
    return page;
  };

  const startLoading = (page: Page, url: string): Promise<void> => navigate(page, url, 'none');

  // A site too loads through BiDi's navigate: page.goto() never settled when
  // the extension sent the tab on to its pause page mid-load (the extension
  // page's load is one it does not see), and waited out its 30 s timeout.
  const openSite = async (url: string): Promise<Page> => {
    const page = await newPage();
    await page.bringToFront();
    await loadSite(() => navigate(page, url, 'complete'));
    return page;
  };

  const ff: Firefox = {
    browser,
    extensionDir: build,
    openExt,
    openSite,
    startLoading,
    chrome: (expression) => inChrome(bidi, expression),
    inTab: (ending, expression) => inTab(bidi, ending, expression),
    close: () => browser.close(),
  };
  // A first install opens the welcome page; most tests start without it.
  if (!opts.keepWelcome) await closeWelcome(ff);
  return ff;
}

/**
 * Closes the welcome page a first install opens, waiting up to 10 s for it
 * (the event page opens it once Firefox has told it of the install).
 */
export async function closeWelcome(ff: Firefox): Promise<boolean> {
  const until = Date.now() + 10_000;
  const closeIt = `(() => {
    const tab = gBrowser.tabs.find((t) => t.linkedBrowser.currentURI.spec.endsWith('/welcome.html'));
    if (tab) gBrowser.removeTab(tab);
    return Boolean(tab);
  })()`;
  while (Date.now() < until) {
    if (await ff.chrome<boolean>(closeIt)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

/** Runs code in the chrome scope with `ext`, the extension's parent-side object. */
export const withExtension = (body: string) =>
  `(async () => {
    const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
    const ext = ExtensionParent.GlobalManager.getExtension('${ADDON_ID}');
    ${body}
  })()`;

/** "running" or "stopped": whether the event page is alive. */
export const backgroundState = (ff: Firefox) =>
  ff.chrome<string>(withExtension('return String(ext.backgroundState);'));

/**
 * Suspends the event page, as Firefox does by itself after 30 s idle, and
 * resolves to its state after ("stopped" unless it stayed up). As Firefox's
 * own idle stop, by default it leaves running a page whose listeners still
 * have work pending (Firefox then only starts its idle time again): on a busy
 * machine that is often so for a while after an event woke it. `now` stops
 * the page whatever it is doing, as a test's setup needs when nothing may
 * run meanwhile. A page still starting (woken a moment ago) is let finish
 * first, else it would come up running after the stop.
 */
export const stopBackground = (ff: Firefox, { now = false } = {}) =>
  ff.chrome<string>(
    withExtension(`
      for (let i = 0; i < 200 && String(ext.backgroundState) === 'starting'; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await ext.terminateBackground({ disableResetIdleForTest: ${now} });
      return String(ext.backgroundState);`),
  );

/** Sets the pages' colour scheme, live, as the browser's appearance setting does. */
export const setTheme = (ff: Firefox, theme: 'light' | 'dark') =>
  ff.chrome(`Services.prefs.setIntPref('${COLOR_SCHEME_PREF}', ${colorSchemeValue(theme)})`);

/**
 * Headless Firefox counts only real OS input as activity, so after 60 s the
 * extension hears "idle" and stops counting. Tests that wait for a budget call
 * this every few seconds, as a person at the keyboard would.
 */
export const resetIdle = (ff: Firefox) =>
  ff.chrome(
    `Cc['@mozilla.org/widget/useridleservice;1'].getService(Ci.nsIUserIdleServiceInternal).resetIdleTimeOut(0)`,
  );

/**
 * Installs the test build again over the running one. Firefox treats a
 * temporary add-on installed again with the same id as an update: the old
 * code stops, and the new one starts with onInstalled's reason "update".
 */
export const reinstall = async (ff: Firefox) => {
  await ff.browser.installExtension(ff.extensionDir);
};

/** Why the add-on last started ("ADDON_INSTALL", "ADDON_UPGRADE", ...): what onInstalled is told. */
export const startupReason = (ff: Firefox) =>
  ff.chrome<string>(withExtension('return String(ext.startupReason);'));

/** The URL of every tab in the browser, read from the chrome scope. */
export const tabUrls = async (ff: Firefox): Promise<string[]> =>
  JSON.parse(
    await ff.chrome<string>(
      'JSON.stringify(gBrowser.tabs.map((tab) => tab.linkedBrowser.currentURI.spec))',
    ),
  );
