// The promise that nothing leaves the device, as a test guard: every request
// a browser context makes is checked, and any that could reach off the
// machine is collected for the test to fail on.
import type { BrowserContext } from '@playwright/test';

const OWN_SCHEMES = /^(chrome-extension|chrome|data|blob|about):/;

export function watchNetwork(context: BrowserContext, outside: string[]) {
  context.on('request', (request) => {
    const url = request.url();
    if (OWN_SCHEMES.test(url)) return;
    // Tabs (the tests, or the pause page sending the tab back) may navigate
    // to the fake sites. Any other request reaches off the device: a fetch,
    // image or script from an extension page or the worker, or any host
    // outside *.test.
    // A host may be written with its trailing dot ("social.test.").
    const toFakeSite = new URL(url).hostname.replace(/\.$/, '').endsWith('.test');
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
