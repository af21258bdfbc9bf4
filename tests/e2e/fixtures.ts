// Playwright fixtures: a real Chromium with the built extension, the fake
// *.test sites, and two guards: one fails any test in which an extension
// page or the worker touches the network, the other any test in which a page
// throws or leaves a promise rejection unhandled.
//
// Each worker launches one Chromium (scripts/lib/chromium-reuse.ts) and lends
// it to test after test (scripts/lib/chromium-lender.ts), resetting the
// extension to a fresh install between them.
// A test gets a browser and profile of its own when it asks for what a shared
// one cannot give: the welcome page of a first install (keepWelcome), a clock
// of its own (clock), a profile made by the spec (a profileDir fixture of its
// own). A relaunch closes the lent browser and goes on with its profile in a
// browser of the test's own.
import { type BrowserContext, test as base, expect, type Page } from '@playwright/test';
import {
  CLAMPED_EXTENSION_DIR,
  EXTENSION_DIR,
  extensionIdOf,
  launchWithExtension,
  newProfileDir,
} from '../../scripts/lib/chromium';
import { ChromiumLender } from '../../scripts/lib/chromium-lender';
import type { ReusableBrowser } from '../../scripts/lib/chromium-reuse';
import { type BrowserClock, clockEnv } from '../../scripts/lib/clock';
import { failed, recordContexts } from '../../scripts/lib/failure-record';
import { outsideRequests, pageErrors } from '../../scripts/lib/guard-fixtures';
import { guardContext } from '../../scripts/lib/network';
import { type Sites, serveSites } from '../../scripts/lib/sites';
import { OptionsPage } from './pages/options';
import { SiteTab } from './pages/pause';
import { WelcomePage } from './pages/welcome';

interface LimitedVisit {
  options: Page;
  site: SiteTab;
}

export interface ChromiumWorker {
  workerSites: Sites;
  lender: ChromiumLender;
}

/** The profiles the default profileDir fixture made: a spec's own one means a fresh browser. */
const defaultProfiles = new Set<string>();

interface Fixtures {
  /** Which test build: 'clamped' fires no alarm sooner than 30 s, as a store build. */
  build: 'test' | 'clamped';
  theme: 'light' | 'dark';
  /** The browser's UI language (LANGUAGE in its environment), or the machine's own. */
  language: string | undefined;
  /** The fake sites; `requests` holds this test's only. */
  sites: Sites;
  profileDir: string;
  /** Whether the welcome page a first install opens stays open for the test. */
  keepWelcome: boolean;
  /** The browser's wall clock and zone when the test starts (scripts/lib/clock.ts), or the machine's. */
  clock: BrowserClock | undefined;
  context: BrowserContext;
  extensionId: string;
  /** Close the browser and start it again on the same profile. */
  relaunch: () => Promise<BrowserContext>;
  openPopup: () => Promise<Page>;
  openNewTab: () => Promise<Page>;
  openOptions: () => Promise<Page>;
  /** The Look back page: the week, pauses, goals, a year of days, search. */
  openLookBack: () => Promise<Page>;
  /** Limits a site on the options page, then opens a page of it in an active tab. */
  limitAndVisit: (site: string, minutes: number, url: string) => Promise<LimitedVisit>;
  outsideRequests: string[];
  pageErrors: string[];
  launched: { launch: () => Promise<BrowserContext> };
}

/** A worker's fake sites and Chromium lender, for every Chromium fixture file. */
export const chromiumWorker = base.extend<object, ChromiumWorker>({
  workerSites: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies first
    async ({}, use) => {
      const sites = await serveSites();
      await use(sites);
      await sites.close();
    },
    { scope: 'worker' },
  ],
  lender: [
    async ({ workerSites }, use) => {
      const lender = new ChromiumLender(workerSites.port);
      await use(lender);
      await lender.closeAll();
    },
    { scope: 'worker' },
  ],
});

export const test = chromiumWorker.extend<Fixtures>({
  theme: ['light', { option: true }],
  language: [undefined, { option: true }],
  build: ['test', { option: true }],
  keepWelcome: [false, { option: true }],
  clock: [undefined, { option: true }],
  sites: async ({ workerSites }, use) => {
    workerSites.requests.length = 0;
    await use(workerSites);
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies first
  profileDir: async ({}, use) => {
    const dir = newProfileDir();
    defaultProfiles.add(dir);
    await use(dir);
    defaultProfiles.delete(dir);
  },
  outsideRequests,
  pageErrors,
  launched: async (
    {
      build,
      profileDir,
      sites,
      theme,
      language,
      keepWelcome,
      clock,
      outsideRequests,
      pageErrors,
      lender,
    },
    use,
    info,
  ) => {
    const own: BrowserContext[] = [];
    let lent: ReusableBrowser | undefined;
    const unwatch: (() => void)[] = [];
    // The guards charge what happens to this test only: they stop watching when it ends.
    const guard = (context: BrowserContext) => {
      unwatch.push(guardContext(context, outsideRequests, pageErrors));
    };
    const shareable = !keepWelcome && !clock && defaultProfiles.has(profileDir);
    // One offset for the whole test: a relaunch goes on from the same clock.
    const timeEnv = clock ? clockEnv(clock, Date.now()) : undefined;
    await use({
      launch: async () => {
        const first = !lent && own.length === 0;
        if (first && shareable) {
          lent = await lender.borrow({
            colorScheme: theme,
            ...(language ? { language } : {}),
            extensionDir: build === 'clamped' ? CLAMPED_EXTENSION_DIR : EXTENSION_DIR,
          });
          guard(lent.context);
          return lent.context;
        }
        // A relaunch of a lent browser: it is closed, and its profile goes on here.
        let dir = profileDir;
        if (lent) {
          dir = lent.profileDir;
          await lender.discard(lent);
          lent = undefined;
        }
        const context = await launchWithExtension({
          profileDir: dir,
          sitesPort: sites.port,
          colorScheme: theme,
          ...(language ? { language } : {}),
          ...(timeEnv ? { env: timeEnv } : {}),
          extensionDir: build === 'clamped' ? CLAMPED_EXTENSION_DIR : EXTENSION_DIR,
        });
        guard(context);
        // A fresh profile is a first install: the worker opens the welcome page,
        // which every other test closes before it starts.
        if (first && !keepWelcome) {
          await (await WelcomePage.find(context))?.page.close();
        }
        own.push(context);
        return context;
      },
    });
    const contexts = lent ? [lent.context, ...own] : own;
    if (failed(info)) await recordContexts(info, contexts);
    for (const stop of unwatch) stop();
    for (const context of own) await context.close();
    if (lent) await lender.giveBack(lent);
  },
  context: async ({ launched }, use) => {
    await use(await launched.launch());
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
  },
  relaunch: async ({ context, launched }, use) => {
    await use(async () => {
      await context.close();
      return launched.launch();
    });
  },
  openPopup: async ({ context, extensionId }, use) => {
    await use(async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      return page;
    });
  },
  limitAndVisit: async ({ context, openOptions }, use) => {
    await use(async (site, minutes, url) => {
      const options = await openOptions();
      await new OptionsPage(options).limitSite(site, minutes);
      return { options, site: await SiteTab.open(context, url) };
    });
  },
  openNewTab: async ({ context }, use) => {
    await use(async () => {
      const page = await context.newPage();
      await page.goto('chrome://newtab/');
      return page;
    });
  },
  openLookBack: async ({ context, extensionId }, use) => {
    await use(async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/lookback.html`);
      return page;
    });
  },
  openOptions: async ({ context, extensionId }, use) => {
    await use(async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      return page;
    });
  },
});

export { expect };
