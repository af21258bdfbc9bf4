// A computer in the sync tests: a browser profile with the extension, its
// options page (the switch, the name, the meter), and its sync area read and
// written from an extension page; `carry` (scripts/lib/sync-carry.ts) plays
// the browser's sync service between two of them.
import { type BrowserContext, expect, type Page } from '@playwright/test';
import type { browser } from 'wxt/browser';
import { extensionIdOf, launchWithExtension, newProfileDir } from '../../../scripts/lib/chromium';
import { watchNetwork } from '../../../scripts/lib/network';
import { type Area, carry, type SyncEnd, sent } from '../../../scripts/lib/sync-carry';
import { NewTabPage } from './newtab';
import { WelcomePage } from './welcome';

export class SyncComputer implements SyncEnd {
  private constructor(
    readonly context: BrowserContext,
    readonly extensionId: string,
    readonly options: Page,
  ) {}

  static async of(context: BrowserContext): Promise<SyncComputer> {
    const id = await extensionIdOf(context);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    return new SyncComputer(context, id, options);
  }

  /** Another computer: a fresh profile, its welcome page closed, watched for requests. */
  static async launch(sitesPort: number, outside: string[]): Promise<SyncComputer> {
    const context = await launchWithExtension({ profileDir: newProfileDir(), sitesPort });
    watchNetwork(context, outside);
    await (await WelcomePage.find(context))?.page.close();
    return SyncComputer.of(context);
  }

  get switch() {
    return this.options.getByRole('switch', { name: 'Keep my wins on every computer' });
  }

  get meter() {
    return this.options.getByText(/KB of the 100 KB your browser keeps for sync are in use/);
  }

  /** Turns sync on under `name` and waits until the first sync has written. */
  async turnOn(name: string): Promise<void> {
    await this.switch.check();
    const field = this.options.getByRole('textbox', { name: /This computer.s name/ });
    await field.fill(name);
    await this.options.getByRole('button', { name: 'Save name' }).click();
    await expect(this.meter).toBeVisible({ timeout: 20_000 });
  }

  async newTab(): Promise<NewTabPage> {
    const page = await this.context.newPage();
    await page.goto('chrome://newtab/');
    return new NewTabPage(page);
  }

  async area(): Promise<Area> {
    return this.options.evaluate(() =>
      (globalThis as unknown as { chrome: typeof browser }).chrome.storage.sync.get(null),
    );
  }

  async ownId(): Promise<string> {
    return this.options.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: typeof browser }).chrome;
      const { sync } = await chrome.storage.local.get('sync');
      return (sync as { id: string }).id;
    });
  }

  async write(set: Area, remove: string[]): Promise<void> {
    await this.options.evaluate(
      async ({ set, remove }) => {
        const chrome = (globalThis as unknown as { chrome: typeof browser }).chrome;
        if (Object.keys(set).length > 0) await chrome.storage.sync.set(set);
        if (remove.length > 0) await chrome.storage.sync.remove(remove);
      },
      { set, remove },
    );
  }

  /** Waits until this computer's own keys hold `text` (its latest change has been written). */
  async expectSent(text: string): Promise<void> {
    const id = await this.ownId();
    await expect
      .poll(async () => sent(await this.area(), id, text), { timeout: 20_000 })
      .toBe(true);
  }
}

export { carry };
