// A win's row is quiet at rest: one "More for “…”" button reveals its Proud,
// Keep private, Edit and Delete. Specs open it here before pressing those.
import { expect, type Locator, type Page } from '@playwright/test';

/** The row's one control at rest (the first row with these words on the page). */
export function moreButton(page: Page | Locator, text: string): Locator {
  return page.getByRole('button', { name: `More for “${text}”`, exact: true }).first();
}

/**
 * Opens the win's actions, unless they are open already. A page drawn first
 * from its first-paint copy shows the button before the app takes the page
 * over, and a click in between does nothing: so it clicks again until the
 * actions are open.
 */
export async function showActions(page: Page | Locator, text: string): Promise<void> {
  const more = moreButton(page, text);
  await expect(async () => {
    if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click();
    await expect(more).toHaveAttribute('aria-expanded', 'true', { timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
}
