// The intention page ("What are you here for?") a tab shows before a limited
// site that asks for one, and the options toggle that turns it on.
import { expect, type Page } from '@playwright/test';

export class IntentionPage {
  constructor(readonly page: Page) {}

  /** Waits until the tab shows the intention page for `url`. */
  async waitFor(url: string, timeout = 10_000) {
    await this.page.waitForURL((u) => u.pathname === '/intention.html', { timeout });
    expect(new URL(this.page.url()).hash).toBe(`#${url}`);
    await expect(this.heading).toBeVisible();
  }

  get heading() {
    return this.page.getByRole('heading', { name: 'What are you here for?' });
  }

  field(site: string) {
    return this.page.getByRole('textbox', { name: `What you came to ${site} for` });
  }

  get continue() {
    return this.page.getByRole('button', { name: 'Continue' });
  }

  get skip() {
    return this.page.getByRole('button', { name: 'Skip' });
  }
}

/** Turns "Ask what I'm here for" on for a limited site on the options page. */
export async function askIntention(options: Page, site: string) {
  const toggle = options.getByRole('checkbox', { name: `Ask what I'm here for before ${site}` });
  await toggle.check();
  await expect(options.getByRole('status').first()).toHaveText(
    `${site} will ask what you're here for.`,
  );
  await expect(toggle).toBeChecked();
}

/** Goes to `url` in an active tab without waiting for it to load anything. */
export async function visit(page: Page, url: string) {
  await page.bringToFront();
  await page.goto(url).catch(() => {}); // the redirect may interrupt the first load
}
