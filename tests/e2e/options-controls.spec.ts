// The options page's controls: a setting changed there holds the person's
// choice from the click on (the render that follows at once, the write's own
// busy flag, must not put the old value back while the write is on its way),
// and the choice is what is saved; and the page does not jump as its
// sections arrive.
import type { Page } from '@playwright/test';
import { layoutShift } from '../../scripts/lib/bench-measure';
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options';

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
  ['week-start', '6'],
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

test('the options page does not jump as its sections arrive', async ({
  context,
  extensionId,
  openOptions,
}) => {
  const options = new OptionsPage(await openOptions());
  await options.addStep('Write 100 words', { goal: 'Write a book' });
  await options.limitSite('social.test', 20);
  const shift = await layoutShift(
    context,
    `chrome-extension://${extensionId}/options.html`,
    (page) =>
      Promise.all([
        expect(page.getByRole('button', { name: 'Delete all my data' })).toBeVisible(),
        expect(page.getByRole('checkbox', { name: /built-in tiny wins/ })).toBeVisible(),
        expect(page.getByText('social.test', { exact: true })).toBeVisible(),
      ]),
  );
  // Before the sections waited for each other this was 0.19 (0.186 measured),
  // and 0.037 in one loaded run while the site list was left out of the wait.
  // It is 0 now; the bound leaves room for a browser's late tweak, not for a
  // section arriving on its own.
  expect(shift).toBeLessThan(0.05);
});
