// Playwright fixtures: a real Chromium with the built extension in a fresh
// profile, the fake *.test sites, and two guards: one fails any test in which
// an extension page or the worker touches the network, the other any test in
// which a page throws or leaves a promise rejection unhandled.
import { type BrowserContext, test as base, expect, type Page } from '@playwright/test';
import {
  CLAMPED_EXTENSION_DIR,
  EXTENSION_DIR,
  extensionIdOf,
  launchWithExtension,
  newProfileDir,
} from '../../scripts/lib/chromium';
import { type BrowserClock, clockEnv } from '../../scripts/lib/clock';
import { failed, recordContexts } from '../../scripts/lib/failure-record';
import { watchNetwork } from '../../scripts/lib/network';
import { type Sites, serveSites } from '../../scripts/lib/sites';
import { OptionsPage } from './pages/options';
import { SiteTab } from './pages/pause';
import { WelcomePage } from './pages/welcome';

interface LimitedVisit {
  options: Page;
  site: SiteTab;
}

interface Fixtures {
  /** Which test build: 'clamped' fires no alarm sooner than 30 s, as a store build. */
  build: 'test' | 'clamped';
  sites: Sites;
  profileDir: string;
  theme: 'light' | 'dark';
  /** The browser's UI language (LANGUAGE in its environment), or the machine's own. */
  language: string | undefined;
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

export const test = base.extend<Fixtures>({
  theme: ['light', { option: true }],
  language: [undefined, { option: true }],
  keepWelcome: [false, { option: true }],
  clock: [undefined, { option: true }],
  build: ['test', { option: true }],
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies first
  sites: async ({}, use) => {
    const sites = await serveSites();
    await use(sites);
    await sites.close();
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies first
  profileDir: async ({}, use) => {
    await use(newProfileDir());
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies first
  outsideRequests: async ({}, use) => {
    const outside: string[] = [];
    await use(outside);
    expect(outside, 'requests that left the device').toEqual([]);
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies first
  pageErrors: async ({}, use) => {
    const errors: string[] = [];
    await use(errors);
    expect(errors, 'uncaught errors and unhandled rejections in pages').toEqual([]);
  },
  launched: async (
    { build, profileDir, sites, theme, language, keepWelcome, clock, outsideRequests, pageErrors },
    use,
    info,
  ) => {
    const contexts: BrowserContext[] = [];
    // One offset for the whole test: a relaunch goes on from the same clock.
    const timeEnv = clock ? clockEnv(clock, Date.now()) : undefined;
    await use({
      launch: async () => {
        const context = await launchWithExtension({
          profileDir,
          sitesPort: sites.port,
          colorScheme: theme,
          ...(language ? { language } : {}),
          ...(timeEnv ? { env: timeEnv } : {}),
          extensionDir: build === 'clamped' ? CLAMPED_EXTENSION_DIR : EXTENSION_DIR,
        });
        watchNetwork(context, outsideRequests);
        context.on('weberror', (error) => pageErrors.push(String(error.error())));
        // A fresh profile is a first install: the worker opens the welcome page,
        // which every other test closes before it starts.
        if (contexts.length === 0 && !keepWelcome) {
          await (await WelcomePage.find(context))?.page.close();
        }
        contexts.push(context);
        return context;
      },
    });
    if (failed(info)) await recordContexts(info, contexts);
    for (const context of contexts) await context.close();
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
