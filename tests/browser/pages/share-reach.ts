// Where the share page puts its actions and how they look, in every browser:
// whether Copy, Save and Print are enabled and whole on the screen as it is,
// whether they come before the list in reading (and Tab) order, the list
// scrolled to its end, the theme's accent on the boxes and on Copy, and the
// focus ring of a box reached by keyboard.
import type { Tab } from '../tab';

export const ACTIONS = ['Copy', 'Save as Markdown', 'Print or save as PDF'];

const BOXES = '.share-list:not(.print-sheet) li input[type=checkbox]';

/** An action's button as shown. */
export interface Action {
  name: string;
  enabled: boolean;
  /** Whole on the screen as it is, without scrolling the page. */
  onScreen: boolean;
}

/** The three actions, in the order of ACTIONS (a missing one is neither enabled nor shown). */
export function actions(tab: Tab): Promise<Action[]> {
  return tab.evaluate(
    (names) =>
      names.map((name) => {
        const button = [...document.querySelectorAll('button')].find(
          (b) => b.textContent?.trim() === name,
        );
        const box = button?.getBoundingClientRect();
        return {
          name,
          enabled: !!button && !button.disabled,
          onScreen: !!box && box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight,
        };
      }),
    ACTIONS,
  );
}

/** How many wins of the page of days have a box. */
export const boxCount = (tab: Tab): Promise<number> =>
  tab.evaluate((boxes) => document.querySelectorAll(boxes).length, BOXES);

/** Whether Copy comes before the list's first line in the document (reading and Tab order). */
export const copyBeforeList = (tab: Tab): Promise<boolean> =>
  tab.evaluate(() => {
    const copy = [...document.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Copy',
    );
    const line = document.querySelector('.share-list li');
    return (
      !!copy && !!line && !!(copy.compareDocumentPosition(line) & Node.DOCUMENT_POSITION_FOLLOWING)
    );
  }, null);

/** Scrolls the list's last box into the middle of the screen; returns how far the page scrolled. */
export const scrollToListEnd = (tab: Tab): Promise<number> =>
  tab.evaluate((boxes) => {
    const last = [...document.querySelectorAll(boxes)].at(-1);
    last?.scrollIntoView({ block: 'center', behavior: 'instant' });
    return window.scrollY;
  }, BOXES);

/** The theme's accent, and the colours of a box's tick and of Copy's ground. */
export const colours = (tab: Tab) =>
  tab.evaluate((boxes) => {
    const root = getComputedStyle(document.documentElement);
    const probe = document.createElement('span');
    probe.style.color = root.getPropertyValue('--accent');
    document.body.append(probe);
    const accent = getComputedStyle(probe).color;
    probe.remove();
    const box = document.querySelector(boxes) as Element;
    const copy = [...document.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Copy',
    );
    return {
      accent,
      box: getComputedStyle(box).accentColor,
      copy: copy ? getComputedStyle(copy).backgroundColor : '',
    };
  }, BOXES);

/**
 * Puts focus on the list's first box, presses Tab once (onto the next box)
 * and reads the focused element's outline: the ring a keyboard user sees.
 */
export async function ringAfterTab(tab: Tab) {
  await tab.focus(BOXES);
  await tab.press('Tab');
  return tab.evaluate((boxes) => {
    const el = document.activeElement as Element;
    const style = getComputedStyle(el);
    return {
      box: el.matches(boxes),
      style: style.outlineStyle,
      width: style.outlineWidth,
      visible: el.matches(':focus-visible'),
    };
  }, BOXES);
}
