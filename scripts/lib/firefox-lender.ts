// A Playwright worker's Firefox ESR: a start costs ~6 s of a 2-core machine,
// so one is launched with the extension and lent to test after test, reset
// to a fresh install (scripts/lib/firefox-reset.ts) between them. The theme
// each test asks for is a pref Firefox reads live, set as it is lent, so
// light and dark tests share one browser. A test that asks for another build
// gets it replaced by one launched so, which the next tests asking the same
// then reuse. Shared by the Firefox fixtures and the browser suite's, so both
// lend the same way.
import { type Firefox, setTheme } from './firefox';
import { resetFirefox } from './firefox-reset';

export class FirefoxLender {
  private ff: Firefox | undefined;
  /** The build the lent Firefox holds. */
  private build = '';
  /** Whether it is as fresh as a new one (just launched, or reset after its last test). */
  private fresh = true;

  /**
   * The worker's Firefox for a test wanting `build` in `theme`, launched by
   * `launch` when the one lent holds another build.
   */
  async borrow(
    build: string,
    theme: 'light' | 'dark',
    launch: () => Promise<Firefox>,
  ): Promise<Firefox> {
    if (this.ff && this.build !== build) await this.close();
    if (!this.ff) {
      this.ff = await launch();
      this.build = build;
      this.fresh = true;
    }
    if (!this.fresh) await resetFirefox(this.ff);
    this.fresh = false;
    await setTheme(this.ff, theme);
    return this.ff;
  }

  /**
   * Takes it back after a test that passed: reset now (a reset that finds
   * anything left fails that test). After a failure it is not used again:
   * Playwright replaces the worker, and the lender closes it.
   */
  async giveBack(ff: Firefox, passed: boolean): Promise<void> {
    if (!passed || ff !== this.ff) return;
    await resetFirefox(ff);
    this.fresh = true;
  }

  async close(): Promise<void> {
    await this.ff?.close().catch(() => undefined);
    this.ff = undefined;
  }
}
