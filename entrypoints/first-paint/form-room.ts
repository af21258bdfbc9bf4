// The popup's field before the app: the room its chips took last time, kept
// so nothing below them moves when they arrive, and the form of a language's
// popup page, whose field is in its HTML (scripts/lib/popup-locales.ts), made
// to hold early submits as a painted one does.
import { STEPS_HEIGHT_KEY, STEPS_UNSIZED, stepsHeightFrom } from '@/utils/core/today-snapshot';
import { holdEarlySubmits } from '@/utils/ui/early-input';

/** Keeps the room the chips took last time, or hides what lies below them. */
export function sizeStepsSlot(slot: HTMLElement, id: string): void {
  let px: number | undefined;
  try {
    px = stepsHeightFrom(localStorage.getItem(STEPS_HEIGHT_KEY), id);
  } catch {
    px = undefined; // storage switched off
  }
  const page = document.documentElement.classList;
  if (px) {
    slot.style.minHeight = `${px}px`;
    page.remove(STEPS_UNSIZED);
  }
  // Their room is not known yet (a first opening): what lies below them stays
  // unseen until they arrive, rather than appear and then move.
  else page.add(STEPS_UNSIZED);
}

/**
 * The popup's form as its language's page has it in its HTML
 * (scripts/lib/popup-locales.ts): it holds early submits and keeps the chips'
 * room, as a painted one does. False when the page holds something else.
 */
export function adoptWinForm(main: Element, id: string): boolean {
  const form = main.querySelector('.win-form > form');
  const field = document.getElementById(id);
  const slot = main.querySelector('.win-form > .steps-slot');
  if (!(form instanceof HTMLFormElement) || !(field instanceof HTMLInputElement)) return false;
  if (!(slot instanceof HTMLElement)) return false;
  holdEarlySubmits(form, field);
  sizeStepsSlot(slot, id);
  return true;
}
