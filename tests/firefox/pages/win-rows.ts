// A win's row is quiet at rest: one "More for “…”" button reveals its Proud,
// Keep private, Edit and Delete. Specs open it here before pressing those.
import type { Page } from 'puppeteer-core';
import { byRole, find } from './common';

/** The row's one control at rest. */
export const moreButton = (page: Page, text: string) =>
  find(page, byRole('button', `More for “${text}”`));

/** Opens the win's actions, unless they are open already. */
export async function showActions(page: Page, text: string): Promise<void> {
  const more = await moreButton(page, text);
  if ((await more.evaluate((el) => el.getAttribute('aria-expanded'))) !== 'true') {
    await more.click();
  }
  await page.waitForFunction(
    (name) =>
      [...document.querySelectorAll('button.more')].some(
        (b) => b.getAttribute('aria-label') === name && b.getAttribute('aria-expanded') === 'true',
      ),
    { timeout: 10_000 },
    `More for “${text}”`,
  );
}
