// The promise that nothing leaves the device, as a test guard: every request
// a browser context makes is checked, and any that could reach off the
// machine is collected for the test to fail on. The watch can be ended, so a
// browser lent to test after test charges each request to its own test.
import type { BrowserContext, Request } from '@playwright/test';

const OWN_SCHEMES = /^(chrome-extension|chrome|data|blob|about):/;

/** Collects the context's outside requests into `outside`; returns how to stop. */
export function watchNetwork(context: BrowserContext, outside: string[]): () => void {
  const listener = (request: Request) => {
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
  };
  context.on('request', listener);
  return () => context.off('request', listener);
}

/**
 * Both guards on a Chromium context for one test: its outside requests into
 * `outside`, and the errors its pages throw or leave unhandled into `errors`.
 * Returns how to stop, so a lent browser charges each test its own.
 */
export function guardContext(
  context: BrowserContext,
  outside: string[],
  errors: string[],
): () => void {
  const unwatchNetwork = watchNetwork(context, outside);
  const onError = (error: { error(): Error }) => errors.push(String(error.error()));
  context.on('weberror', onError);
  return () => {
    unwatchNetwork();
    context.off('weberror', onError);
  };
}
