// The options page: limiting sites, and taking data out and back in.

import { expect, type Page } from '@playwright/test';
import { tempFile } from '../../../scripts/lib/temp-dir';
import { installBrowserTime } from './clock';
import { setting } from './nudge';

export class OptionsPage {
  constructor(readonly page: Page) {}

  get siteField() {
    return this.page.getByRole('textbox', { name: 'Site' });
  }

  get minutesField() {
    return this.page.getByRole('spinbutton', { name: 'Daily minutes', exact: true });
  }

  get importField() {
    return this.page.getByLabel('Import a backup file');
  }

  /**
   * What the page said last: the first live status with words in it (the
   * page's own line, or the one beside the import field after an import).
   */
  get status() {
    return this.page.getByRole('status').filter({ hasText: /\S/ }).first();
  }

  /** Fills the form and presses Add; waits for the confirmation unless told not to. */
  async limitSite(
    site: string,
    minutes?: number,
    opts: { shownAs?: string; confirm?: boolean } = {},
  ) {
    await this.siteField.fill(site);
    if (minutes !== undefined) await this.minutesField.fill(String(minutes));
    await this.page.getByRole('button', { name: 'Add' }).click();
    if (opts.confirm !== false) {
      await expect(this.page.getByRole('status').first()).toContainText(
        `${opts.shownAs ?? site} is now limited`,
      );
    }
  }

  /** Adds one of the person's small steps through the form. */
  async addStep(text: string, opts: { goal?: string; gentle?: boolean } = {}) {
    await this.page.getByRole('textbox', { name: 'Small step' }).fill(text);
    await this.page.getByRole('textbox', { name: 'Goal' }).fill(opts.goal ?? '');
    await this.page
      .getByRole('checkbox', { name: 'Gentle enough for a low-energy day' })
      .setChecked(opts.gentle ?? false);
    await this.page.getByRole('button', { name: 'Save step' }).click();
    await expect(this.status).toContainText(`“${text}” is one of your small steps now.`);
  }

  /** The person's steps, as listed under "Your small steps". */
  get steps() {
    return this.page.getByRole('list', { name: 'Your small steps' }).locator(':scope > li strong');
  }

  /** Offers a file to the import field, as if chosen in the file dialog. */
  async importFile(name: string, content: string | Buffer): Promise<void> {
    await this.importField.setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(content),
    });
  }

  /** Imports a backup document and waits until it is in. */
  async importBackup(document: unknown): Promise<void> {
    await this.importFile('backup.json', JSON.stringify(document));
    await expect(this.status).toContainText('Imported: ');
  }

  /** Exports the JSON backup; returns the path of the saved file. */
  async exportBackup(): Promise<string> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Export', exact: true }).click(),
    ]);
    const path = tempFile('backup.json');
    await download.saveAs(path);
    return path;
  }

  /** Asks to delete everything and confirms the second step. */
  async deleteEverything(): Promise<void> {
    await this.page.getByRole('button', { name: 'Delete all my data' }).click();
    await this.page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect(this.status).toHaveText(/Everything was deleted/);
  }

  /**
   * Makes the evening recap and the weekly review due, whatever the hour the
   * test runs at: the context's pages live at 20:30 today from now on (their
   * clocks run on from there; the worker keeps real time, the same day), the
   * recap is offered from 20:00 and the review falls on today's weekday.
   */
  async makeEveningAndReviewDay(): Promise<void> {
    const weekday = await installBrowserTime(this.page.context(), 20, 30);
    await this.page.getByLabel('Offer the evening recap from').selectOption('20');
    await this.page.getByLabel('Weekly review on').selectOption(String(weekday));
    // Both saves are stored, and said, before the test goes on: a "Saved."
    // coming late on a busy machine replaced what the page said next (an
    // import's count), which the test then waited for in vain.
    await expect
      .poll(async () => [
        await setting(this.page, 'recapHour'),
        await setting(this.page, 'reviewWeekday'),
      ])
      .toEqual([20, weekday]);
    await expect(this.status).toHaveText('Saved.');
  }
}
