// The options page: limit a site, choose the "more minutes" length, export,
// import and delete everything.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import type { Firefox } from '../../../scripts/lib/firefox';
import { byRole, find, paste, textOf, texts } from './common';

export class Options {
  private constructor(readonly page: Page) {}

  static async open(ff: Firefox) {
    const options = new Options(await ff.openExt('options.html'));
    await find(options.page, byRole('textbox', 'Site'));
    return options;
  }

  /**
   * What the page said last: the first live status with words in it (the
   * page's own line, or the one beside the import field after an import).
   */
  async status() {
    return (await texts(this.page, '[role=status]')).find((text) => text !== '');
  }

  alert() {
    return textOf(this.page, '[role=alert]');
  }

  async limitSite(site: string, minutes: number) {
    await (await find(this.page, byRole('textbox', 'Site'))).type(site);
    const budget = await find(this.page, byRole('spinbutton', 'Daily minutes'));
    await budget.evaluate((el) => {
      (el as HTMLInputElement).select();
    });
    await budget.type(String(minutes));
    await (await find(this.page, byRole('button', 'Add'))).click();
    await expect.poll(() => this.status()).toContain(`${site} is now limited`);
  }

  /** Turns "Ask what I'm here for" on for a limited site. */
  async askIntention(site: string) {
    const name = `Ask what I'm here for before ${site}`;
    await (await find(this.page, byRole('checkbox', name))).click();
    await expect.poll(() => this.status()).toBe(`${site} will ask what you're here for.`);
  }

  /** Adds one of the person's small steps through the form. */
  async addStep(text: string, opts: { goal?: string; gentle?: boolean } = {}) {
    await (await find(this.page, byRole('textbox', 'Small step'))).type(text);
    if (opts.goal) await (await find(this.page, byRole('textbox', 'Goal'))).type(opts.goal);
    if (opts.gentle) {
      await (
        await find(this.page, byRole('checkbox', 'Gentle enough for a low-energy day'))
      ).click();
    }
    await (await find(this.page, byRole('button', 'Save step'))).click();
    await expect.poll(() => this.status()).toBe(`“${text}” is one of your small steps now.`);
  }

  /** Sets a limited site's active hours to every day, `from`–`to` ("HH:MM"). */
  async setActiveHours(site: string, from: string, to: string) {
    const editor = `details.hours:has([id="hours-${site}-from"])`;
    await (await find(this.page, `${editor} summary`)).click();
    // Every weekday ticked (the editor starts with Monday to Friday).
    await this.page.$$eval(`${editor} .days input[type=checkbox]`, (boxes) => {
      for (const box of boxes as HTMLInputElement[]) if (!box.checked) box.click();
    });
    await paste(await find(this.page, `[id="hours-${site}-from"]`), from);
    await paste(await find(this.page, `[id="hours-${site}-to"]`), to);
    await (await find(this.page, `${editor} button[type=submit]`)).click();
  }

  /** Gives a site's budget back to every hour. */
  async clearActiveHours(site: string) {
    const editor = `details.hours:has([id="hours-${site}-from"])`;
    await find(this.page, `${editor} button[type=button]`);
    await this.page.$eval(editor, (details) => {
      const button = [...details.querySelectorAll('button')].find(
        (b) => b.textContent?.trim() === 'Every hour',
      );
      if (!button) throw new Error('No "Every hour" button');
      button.click();
    });
  }

  limitedSites() {
    return texts(this.page, 'ul.sites[aria-labelledby="sites-heading"] > li');
  }

  /** The choices offered for "more minutes" and the one selected. */
  snoozeChoice() {
    return this.page.$eval('#snooze', (el) => {
      const select = el as HTMLSelectElement;
      return { value: select.value, labels: [...select.options].map((o) => o.text) };
    });
  }

  async chooseSnooze(minutes: number) {
    const select = await find(
      this.page,
      byRole('combobox', 'Minutes for “more minutes” on the pause page'),
    );
    await select.select(String(minutes));
    await expect.poll(() => this.status()).toBe('Saved.');
  }

  /** Clicks Export and returns the path of the file Firefox saved. */
  async exportBackup(downloadDir: string): Promise<string> {
    const before = new Set(readdirSync(downloadDir));
    await (await find(this.page, byRole('button', 'Export'))).click();
    let saved = '';
    await expect
      .poll(() => {
        // Firefox writes to a .part file first, then renames it.
        const done = readdirSync(downloadDir).find(
          (name) => !before.has(name) && name.endsWith('.json'),
        );
        saved = done ? join(downloadDir, done) : '';
        return saved !== '' && (statSync(saved, { throwIfNoEntry: false })?.size ?? 0) > 0;
      })
      .toBe(true);
    return saved;
  }

  /** Picks a file in the "Import a backup file" field. */
  async importFile(path: string) {
    const input = await find(this.page, 'input#import[type=file]');
    const label = await input.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent);
    expect(label).toBe('Import a backup file');
    await (input as import('puppeteer-core').ElementHandle<HTMLInputElement>).uploadFile(path);
  }

  async deleteEverything({ confirm }: { confirm: boolean }) {
    await (await find(this.page, byRole('button', 'Delete all my data'))).click();
    await find(this.page, 'fieldset.confirm legend');
    const choice = confirm ? 'Yes, delete everything' : 'Keep my data';
    await (await find(this.page, byRole('button', choice))).click();
  }

  confirmationText() {
    return textOf(this.page, 'fieldset.confirm legend');
  }
}
