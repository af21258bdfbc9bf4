// A setting changed in the options holds the person's choice from the click
// on: the render that follows at once (the write's own busy flag) must not
// put the old value back while the write is on its way, and the choice is
// what is saved.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Changes a control as a click would, and reads it back after the renders that follow. */
function changeAndReadBack(page: Page, id: string, value: string | boolean) {
  return page.evaluate(
    async ({ id, value }) => {
      const control = document.getElementById(id) as HTMLInputElement | HTMLSelectElement;
      if (typeof value === 'boolean') (control as HTMLInputElement).click();
      else {
        control.value = value;
        control.dispatchEvent(new Event('change', { bubbles: true }));
      }
      await new Promise((frame) => requestAnimationFrame(frame));
      await new Promise((later) => setTimeout(later));
      return control instanceof HTMLInputElement ? control.checked : control.value;
    },
    { id, value },
  );
}

const CHOICES: [id: string, value: string | boolean][] = [
  ['badge', false],
  ['show-built-in', false],
  ['ask-energy', false],
  ['snooze', '10'],
  ['heads-up', '5'],
];

test('every settings control keeps the choice from the click on, and saves it', async ({
  openOptions,
}) => {
  const options = await openOptions();
  for (const [id, value] of CHOICES) {
    await expect(options.locator(`#${id}`)).toBeEnabled();
    expect(await changeAndReadBack(options, id, value), id).toBe(value);
  }
  // Another options page reads what was saved (and follows any write still on its way).
  const other = await openOptions();
  for (const [id, value] of CHOICES) {
    const control = other.locator(`#${id}`);
    if (typeof value === 'boolean') await expect(control, id).toBeChecked({ checked: value });
    else await expect(control, id).toHaveValue(value);
  }
});
