// What every screen helper shares: finding elements by role and accessible
// name (puppeteer's ARIA selector needs the exact name), reading text, and
// waiting without fixed sleeps.
import { expect } from '@playwright/test';
import type { ElementHandle, Page } from 'puppeteer-core';

export const byRole = (role: string, name: string) =>
  `::-p-aria([name=${JSON.stringify(name)}][role=${JSON.stringify(role)}])`;

export async function find(page: Page, selector: string): Promise<ElementHandle<Element>> {
  const handle = await page.waitForSelector(selector, { timeout: 10_000 });
  if (!handle) throw new Error(`Nothing matches ${selector}`);
  return handle as ElementHandle<Element>;
}

/** The text of every element matching a CSS selector, trimmed. */
export const texts = (page: Page, selector: string) =>
  page.$$eval(selector, (els) => els.map((el) => (el.textContent ?? '').trim()));

/** The text of the first element matching, or undefined. */
export const textOf = async (page: Page, selector: string) => (await texts(page, selector))[0];

/** Types into a field as a paste would: the whole value at once, one input event. */
export async function paste(field: ElementHandle<Element>, value: string) {
  await field.evaluate((el, text) => {
    const input = el as HTMLInputElement;
    input.focus();
    input.value = text;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, value);
}

/** Replaces a field's text by typing, like a person selecting all and typing over. */
export async function fill(field: ElementHandle<Element>, value: string) {
  await field.click({ count: 3 });
  await field.evaluate((el) => {
    (el as HTMLInputElement).select();
  });
  if (value === '') await field.press('Backspace');
  else await field.type(value);
}

/**
 * Clicks the enabled button of that name (its words or its label) in a page the extension moved a tab
 * to (the pause and intention pages), where puppeteer's query helpers fail.
 * The page may still be settling after the move, so the button is looked for
 * again until it is there, for up to 10 s; the click is the button's own.
 */
export async function clickButton(page: Page, label: string, where: string) {
  await expect
    .poll(
      () =>
        page
          .evaluate((name) => {
            const button = [...document.querySelectorAll('button')].find(
              (b) =>
                !b.disabled &&
                (b.textContent?.trim() === name || b.getAttribute('aria-label') === name),
            );
            button?.click();
            return button !== undefined;
          }, label)
          .catch(() => false),
      { timeout: 10_000, message: `No "${label}" button on the ${where}` },
    )
    .toBe(true);
}
