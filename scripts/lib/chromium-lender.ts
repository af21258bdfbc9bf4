// A Playwright worker's Chromiums (scripts/lib/chromium-reuse.ts), each
// launched when a test first asks for one launched like it and lent to every
// later test asking the same. The launch settings (theme, language, build)
// stay test options, since Playwright refuses worker options inside a
// describe block (where specs set a theme): the lender keeps a browser for
// each of the last two settings it met, so the light and dark halves of a
// spec each reuse theirs. Shared by the Chromium fixtures and the browser
// suite's, so both lend the same way.
import { ReusableBrowser, type ReuseOptions } from './chromium-reuse';

/** How a lent browser is launched; a browser serves only tests that want the same. */
export type LaunchSettings = Omit<ReuseOptions, 'sitesPort'>;

/** How many lent browsers a worker keeps open at once. */
const KEPT = 2;
/** A reset takes 1–2 s; one still running after this is given up for a new browser. */
const RESET_BOUND_MS = 20_000;

export class ChromiumLender {
  /** By launch settings, the most recently lent last. */
  private readonly kept = new Map<string, ReusableBrowser>();

  constructor(private readonly sitesPort: number) {}

  async borrow(settings: LaunchSettings): Promise<ReusableBrowser> {
    const key = JSON.stringify(settings);
    const browser =
      this.kept.get(key) ??
      (await ReusableBrowser.launch({ ...settings, sitesPort: this.sitesPort }));
    this.kept.delete(key);
    this.kept.set(key, browser);
    for (const old of [...this.kept.keys()].slice(0, -KEPT)) await this.close(old);
    return browser;
  }

  /** Closes one (tainted, or closed by a relaunch); the next test gets a new one. */
  async discard(browser: ReusableBrowser): Promise<void> {
    for (const [key, one] of this.kept) if (one === browser) await this.close(key);
    await browser.close();
  }

  /**
   * Takes a browser back after its test: reset to a fresh install for the
   * next, or closed when tainted. A reset that leaves anything behind fails
   * the test that left it. A reset still running after RESET_BOUND_MS (a
   * test that filled the database, on a busy machine) costs more than a new
   * browser: the browser is closed instead, and the next test gets a new one.
   */
  async giveBack(browser: ReusableBrowser): Promise<void> {
    if (browser.tainted) return this.discard(browser);
    const resetting = browser.reset().then(() => 'reset' as const);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slow = new Promise<'slow'>((resolve) => {
      timer = setTimeout(resolve, RESET_BOUND_MS, 'slow');
    });
    try {
      if ((await Promise.race([resetting, slow])) === 'slow') {
        // Closing the browser ends the reset too: its outcome no longer matters.
        resetting.catch(() => undefined);
        await this.discard(browser);
      }
    } catch (error) {
      await this.discard(browser);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  async closeAll(): Promise<void> {
    for (const key of [...this.kept.keys()]) await this.close(key);
  }

  private async close(key: string): Promise<void> {
    await this.kept.get(key)?.close();
    this.kept.delete(key);
  }
}
