// What sits below the win field of the popup and the new tab, in every
// browser: today's energy question (or its answer), the chips in the order
// that fits it, the line that lowers the bar on a low day, the tries under
// way and the celebration of one that ended; and a saved win's own tags.
import type { Tab } from '../tab';
import { textsIn } from './page-text';

const CHIP = 'fieldset.chips button.chip';

/** The energy group as a screen reader meets it: its name, and the answer chosen. */
export interface EnergyGroup {
  name: string;
  chosen: string | null;
}

/** The chips' words, in the order shown. */
export const chips = (tab: Tab): Promise<string[]> =>
  tab.evaluate(
    (s) => [...document.querySelectorAll(s)].map((el) => el.textContent?.trim() ?? ''),
    CHIP,
  );

/** Focuses the first chip and presses Enter, as a person on the keyboard does. */
export async function pressFirstChip(tab: Tab): Promise<void> {
  await tab.focus(CHIP);
  await tab.press('Enter');
}

/** The energy group, or undefined while none is shown. */
export const energy = (tab: Tab): Promise<EnergyGroup | undefined> =>
  tab.evaluate(() => {
    const group = document.querySelector('[role=radiogroup].energy');
    if (!group) return undefined;
    const legend = document.getElementById(group.getAttribute('aria-labelledby') ?? '');
    const chosen = group.querySelector('input:checked')?.closest('label');
    return {
      name: legend?.textContent?.trim() ?? '',
      chosen: chosen?.textContent?.trim() ?? null,
    };
  }, null);

/** Answers (or changes) today's energy with a click on its circle. */
export const chooseEnergy = (tab: Tab, value: 'low' | 'some' | 'plenty'): Promise<void> =>
  tab.click(`[role=radiogroup].energy input[value="${value}"]`);

/** The line that lowers the bar on a low day, or undefined. */
export const lowLine = (tab: Tab): Promise<string | undefined> =>
  tab.evaluate(() => document.querySelector('fieldset.chips .low-line')?.textContent?.trim(), null);

/** The tags listed beside the words of today's row with exactly these words. */
export const tagsOf = (tab: Tab, text: string): Promise<string[]> =>
  tab.evaluate((words) => {
    const row = [...document.querySelectorAll('ul[aria-labelledby="today-heading"] > li')].find(
      (li) => li.querySelector('.win-text')?.textContent === words,
    );
    return [...(row?.querySelectorAll('ul.tags > li') ?? [])].map(
      (li) => li.textContent?.trim() ?? '',
    );
  }, text);

/** The lines of the tries under way, as listed under "Your tries". */
export const tries = (tab: Tab): Promise<string[]> => textsIn(tab, 'Your tries', 'li');

/** The celebrations of tries that ended, as shown (one string each). */
export const celebrations = (tab: Tab): Promise<string[]> =>
  tab.evaluate(
    () =>
      [...document.querySelectorAll('.try-done')]
        .filter((el) => el.getBoundingClientRect().height > 0)
        .map((el) => (el as HTMLElement).innerText.trim()),
    null,
  );
