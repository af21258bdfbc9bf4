// A computer in the Firefox sync tests: a Firefox profile with the
// extension, its options page (the switch, the name, the meter), and its
// sync area read and written from that page; `carry`
// (scripts/lib/sync-carry.ts) plays Firefox Sync between two of them.
import { expect } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import type { browser } from 'wxt/browser';
import type { Firefox } from '../../../scripts/lib/firefox';
import { type Area, type SyncEnd, sent } from '../../../scripts/lib/sync-carry';
import { byRole, fill, find } from './common';
import { Options } from './options';

type Api = typeof browser;

export class SyncFirefox implements SyncEnd {
  private constructor(
    readonly ff: Firefox,
    readonly options: Options,
  ) {}

  static async open(ff: Firefox): Promise<SyncFirefox> {
    return new SyncFirefox(ff, await Options.open(ff));
  }

  get page(): Page {
    return this.options.page;
  }

  private text() {
    return this.page.evaluate(() => document.body.innerText);
  }

  /** Turns sync on under `name` and waits until the first sync has written. */
  async turnOn(name: string): Promise<void> {
    await (await find(this.page, byRole('switch', 'Keep my wins on every computer'))).click();
    await fill(await find(this.page, byRole('textbox', "This computer's name")), name);
    await (await find(this.page, byRole('button', 'Save name'))).click();
    await expect
      .poll(() => this.text(), { timeout: 20_000 })
      .toContain('KB your browser keeps for sync are in use');
  }

  area(): Promise<Area> {
    return this.page.evaluate(() =>
      (globalThis as unknown as { browser: Api }).browser.storage.sync.get(null),
    );
  }

  ownId(): Promise<string> {
    return this.page.evaluate(async () => {
      const api = (globalThis as unknown as { browser: Api }).browser;
      const { sync } = await api.storage.local.get('sync');
      return (sync as { id: string }).id;
    });
  }

  async write(set: Area, remove: string[]): Promise<void> {
    await this.page.evaluate(
      async (set, remove) => {
        const api = (globalThis as unknown as { browser: Api }).browser;
        if (Object.keys(set).length > 0) await api.storage.sync.set(set);
        if (remove.length > 0) await api.storage.sync.remove(remove);
      },
      set,
      remove,
    );
  }

  async expectSent(text: string): Promise<void> {
    const id = await this.ownId();
    await expect
      .poll(async () => sent(await this.area(), id, text), { timeout: 20_000 })
      .toBe(true);
  }

  /** The limited sites as the options page lists them. */
  limitedSites() {
    return this.options.limitedSites();
  }
}
