// The settings page in every browser: limiting a site, reading the limited
// sites' lines, changing a budget, removing a site, importing a backup (for
// seeding wins), and writing usage into the extension's own database (for
// seeding a day's minutes).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { tempDir } from '../../../scripts/lib/temp-dir';
import { type UsageRequest, usageTodayInPage } from '../../../scripts/lib/usage-in-page';
import type { App } from '../fixtures';
import type { Tab } from '../tab';
import { openShowing } from './open';

export class OptionsView {
  private constructor(readonly tab: Tab) {}

  static async open(app: App): Promise<OptionsView> {
    return new OptionsView(
      await openShowing(app, 'options', 'ul.sites, form', 'the settings page'),
    );
  }

  /** What the page said last: the first live status with words in it. */
  status(): Promise<string | undefined> {
    return this.tab.evaluate(
      () =>
        [...document.querySelectorAll('[role=status]')]
          .map((el) => el.textContent?.trim() ?? '')
          .find((text) => text !== ''),
      null,
    );
  }

  async limitSite(site: string, minutes: number): Promise<void> {
    await this.tab.fill('Site', site);
    await this.tab.fill('Daily minutes', String(minutes), 'spinbutton');
    await this.tab.clickButton('Add');
    await expect.poll(() => this.status()).toContain(`${site} is now limited`);
  }

  /** The limited sites' lines, as shown. */
  limitedSites(): Promise<string[]> {
    return this.tab.evaluate(
      () =>
        [...document.querySelectorAll('ul.sites[aria-labelledby="sites-heading"] > li')].map(
          (li) => li.textContent?.trim() ?? '',
        ),
      null,
    );
  }

  async setBudget(site: string, minutes: number): Promise<void> {
    await this.tab.fill(`Daily minutes for ${site}`, String(minutes), 'spinbutton');
    await this.tab.clickButton(`Save budget for ${site}`);
  }

  removeSite(site: string): Promise<void> {
    return this.tab.clickButton(`Remove ${site}`);
  }

  /** Imports a backup file (a path from the project's root) through the labelled file field. */
  async importFile(path: string): Promise<void> {
    // The data section, with its file field, may be drawn after the sites' form.
    await expect
      .poll(
        () =>
          this.tab.evaluate(
            () =>
              (document.querySelector('input#import') as HTMLInputElement | null)?.labels?.[0]
                ?.textContent,
            null,
          ),
        { message: 'the labelled file field' },
      )
      .toBe('Import a backup file');
    await this.tab.upload('input#import[type=file]', path);
  }

  /** Imports a backup document through the file field, as a person would; returns what the page said. */
  async importBackup(document: unknown): Promise<string> {
    const file = join(tempDir('seed'), 'backup.json');
    writeFileSync(file, JSON.stringify(document));
    await this.importFile(file);
    await expect.poll(() => this.status(), { message: 'the import' }).toMatch(/^Imported: /);
    return (await this.status()) ?? '';
  }

  /** Whether the data section has read what it shows (the backup reminder among it). */
  async dataRead(): Promise<boolean> {
    return this.tab.evaluate(
      () => document.querySelector('.data')?.getAttribute('aria-busy') === 'false',
      null,
    );
  }

  /** Writes today's counted milliseconds of `host`, as the worker would have. */
  async seedUsage(host: string, ms: number): Promise<void> {
    const request: UsageRequest = { host, write: { ms, grantedMs: 0 } };
    await this.tab.evaluate(usageTodayInPage, request);
  }
}
