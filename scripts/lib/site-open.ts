// A test opens a limited site and the extension may send the tab on (to the
// pause or the intention page) before the site has finished loading: that is
// the behaviour under test, not a failed open, and on a busy machine it comes
// sooner. Each driver reports the replaced load as an error of its own:
// Playwright's "interrupted by another navigation" or net::ERR_ABORTED in
// Chromium, NS_BINDING_ABORTED from Firefox over BiDi. The test goes on to
// check where the tab went, as it would have anyway.
const REPLACED = /interrupted by another navigation|net::ERR_ABORTED|NS_BINDING_ABORTED/;

/** Runs a tab's load of a site, taking a load the extension replaced as opened. */
export async function loadSite(goto: () => Promise<unknown>): Promise<void> {
  try {
    await goto();
  } catch (error) {
    if (!REPLACED.test(String(error))) throw error;
  }
}
