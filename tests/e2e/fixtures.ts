// Playwright fixtures: a real Chromium with the built extension in a fresh
// profile, the fake *.test sites, and a guard that fails any test in which an
// extension page or the worker touches the network.
import { type BrowserContext, test as base, expect, type Page } from '@playwright/test';
import { extensionIdOf, launchWithExtension, newProfileDir } from '../support/chromium';
import { type Sites, serveSites } from '../support/sites';

interface Fixtures {
  sites: Sites;
  profileDir: string;
  theme: 'light' | 'dark';
  context: BrowserContext;
  extensionId: string;
  /** Close the browser and start it again on the same profile. */
  relaunch: () => Promise<BrowserContext>;
  openPopup: () => Promise<Page>;
  openNewTab: () => Promise<Page>;
  openOptions: () => Promise<Page>;
  outsideRequests: string[];
  launched: { launch: () => Promise<BrowserContext> };
}

const OWN_SCHEMES = /^(chrome-extension|chrome|data|blob|about):/;

function watchNetwork(context: BrowserContext, outside: string[]) {
  context.on('request', (request) => {
    const url = request.url();
    if (OWN_SCHEMES.test(url)) return;
    // Tabs (the tests, or the pause page sending the tab back) may navigate
    // to the fake sites. Any other request reaches off the device: a fetch,
    // image or script from an extension page or the worker, or any host
    // outside *.test.
    const toFakeSite = new URL(url).hostname.endsWith('.test');
    const fromSite = (() => {
      try {
        return request.frame().url().startsWith('http');
      } catch {
        return false; // a service-worker request has no frame
      }
    })();
    if (!toFakeSite || !(request.isNavigationRequest() || fromSite)) outside.push(url);
  });
}

export const test = base.extend<Fixtures>({
  theme: ['light', { option: true }],
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
  launched: async ({ profileDir, sites, theme, outsideRequests }, use) => {
    const contexts: BrowserContext[] = [];
    await use({
      launch: async () => {
        const context = await launchWithExtension({
          profileDir,
          sitesPort: sites.port,
          colorScheme: theme,
        });
        watchNetwork(context, outsideRequests);
        contexts.push(context);
        return context;
      },
    });
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
  openNewTab: async ({ context }, use) => {
    await use(async () => {
      const page = await context.newPage();
      await page.goto('chrome://newtab/');
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
