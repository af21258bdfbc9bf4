// A win's row is quiet at rest, in every browser: its one "More for “…”"
// button opens Proud, Keep private, Edit and Delete. Specs open it here, and
// read whether one of those toggles is pressed.
import { expect } from '@playwright/test';
import { labelled, moreFor, type WinsView } from './wins';

/**
 * Opens the win's actions, unless they are open already. A page drawn first
 * from its first-paint copy shows the button before the app takes the page
 * over, and a click in between does nothing: so it clicks again until the
 * actions are open.
 */
export async function showActions(view: WinsView, text: string): Promise<void> {
  const more = moreFor(text);
  await expect(async () => {
    if ((await view.attributeOf(more, 'aria-expanded')) !== 'true') await view.tab.click(more);
    await expect
      .poll(() => view.attributeOf(more, 'aria-expanded'), { timeout: 1_000 })
      .toBe('true');
  }).toPass({ timeout: 10_000 });
}

/** Whether the toggle with this label is pressed ("true" or "false"), or null while absent. */
export const pressed = (view: WinsView, label: string): Promise<string | null> =>
  view.attributeOf(labelled(label), 'aria-pressed');
