// One page, as a spec of the browser suite sees it, whichever browser drives
// it: Playwright's Page in Chromium, puppeteer-core's over WebDriver BiDi in
// Firefox ESR. A spec reads the page through its own DOM (`evaluate`) and
// acts through each driver's real keyboard and mouse, so the same words
// prove the same behaviour in both browsers.
import type { Page as PlaywrightPage } from '@playwright/test';
import type { ElementHandle, Page as PuppeteerPage } from 'puppeteer-core';
import { clickButton as clickInPage } from '../firefox/pages/common';

export type Engine = 'chromium' | 'firefox';

export interface Tab {
  readonly engine: Engine;
  /** Runs a function in the page with one argument that survives JSON. */
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /** Presses one key ("Enter", "Tab", "Escape", "ArrowRight"…) where focus is. */
  press(key: string): Promise<void>;
  /** Types the text key by key where focus is. */
  type(text: string): Promise<void>;
  /** Puts the text in where focus is at once, as a paste does: one input event, no keys. */
  paste(text: string): Promise<void>;
  /** Selects all of the focused field's text, as Ctrl+A does. */
  selectAll(): Promise<void>;
  /** Clicks the first element matching the CSS selector, once it is there. */
  click(selector: string): Promise<void>;
  /** Clicks the button with exactly this accessible name, once it is there. */
  clickButton(name: string): Promise<void>;
  /** Moves focus to the first element matching the CSS selector. */
  focus(selector: string): Promise<void>;
  /**
   * Types over the field with this role and exactly this accessible name,
   * key by key, as a person selecting all and typing would.
   */
  fill(name: string, text: string, role?: 'textbox' | 'spinbutton'): Promise<void>;
  /** Brings the tab to the front, as a person switching to it does. */
  toFront(): Promise<void>;
  /** Chooses the option with this value in the list box (select) with exactly this accessible name. */
  select(name: string, value: string): Promise<void>;
  /** Chooses a file (a path from the project's root) in the file field matching the selector. */
  upload(selector: string, path: string): Promise<void>;
  /** The page as it is now, for the failure record and the guards. */
  readonly raw: PlaywrightPage | PuppeteerPage;
}

export function playwrightTab(page: PlaywrightPage): Tab {
  return {
    engine: 'chromium',
    raw: page,
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => unknown, arg) as never,
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    paste: (text) => page.keyboard.insertText(text),
    selectAll: () => page.keyboard.press('ControlOrMeta+a'),
    click: (selector) => page.locator(selector).first().click(),
    clickButton: (name) => page.getByRole('button', { name, exact: true }).first().click(),
    focus: (selector) => page.locator(selector).first().focus(),
    async fill(name, text, role = 'textbox') {
      await page.getByRole(role, { name, exact: true }).focus();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(text);
    },
    toFront: () => page.bringToFront(),
    async select(name, value) {
      await page.getByRole('combobox', { name, exact: true }).selectOption(value);
    },
    upload: (selector, path) => page.locator(selector).setInputFiles(path),
  };
}

const aria = (name: string, role: string) =>
  `::-p-aria([name=${JSON.stringify(name)}][role=${JSON.stringify(role)}])`;

export function puppeteerTab(page: PuppeteerPage): Tab {
  return {
    engine: 'firefox',
    raw: page,
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => unknown, arg) as never,
    press: (key) => page.keyboard.press(key as Parameters<PuppeteerPage['keyboard']['press']>[0]),
    type: (text) => page.keyboard.type(text),
    // What puppeteer's sendCharacter does, for the whole text at once.
    async paste(text) {
      await page.evaluate((t) => {
        document.execCommand('insertText', false, t);
      }, text);
    },
    async selectAll() {
      await page.keyboard.down('Control');
      await page.keyboard.press('a');
      await page.keyboard.up('Control');
    },
    click: (selector) => page.locator(selector).click(),
    // A real click, as a person's: the browser only grants a permission asked
    // for inside one. In a tab the extension moved (a site sent to the pause
    // page), puppeteer's query helpers keep the old page's sandbox and fail;
    // there the button is pressed from inside the page, looked for again until
    // it is there and enabled.
    async clickButton(name) {
      try {
        await page.locator(aria(name, 'button')).setTimeout(10_000).click();
        return;
      } catch (error) {
        if (!/XrayWrapper|sandbox|Permission denied/i.test(String(error))) throw error;
      }
      await clickInPage(page, name, 'page');
    },
    async focus(selector) {
      const handle = await page.waitForSelector(selector, { timeout: 10_000 });
      await handle?.focus();
    },
    async fill(name, text, role = 'textbox') {
      const handle = await page.waitForSelector(aria(name, role), { timeout: 10_000 });
      if (!handle) throw new Error(`No ${role} named “${name}”`);
      await handle.focus();
      await handle.evaluate((el) => (el as HTMLInputElement).select());
      await page.keyboard.type(text);
    },
    toFront: () => page.bringToFront(),
    async select(name, value) {
      const handle = await page.waitForSelector(aria(name, 'combobox'), { timeout: 10_000 });
      if (!handle) throw new Error(`No list box named “${name}”`);
      await handle.select(value);
    },
    async upload(selector, path) {
      const input = await page.waitForSelector(selector, { timeout: 10_000 });
      await (input as ElementHandle<HTMLInputElement> | null)?.uploadFile(path);
    },
  };
}
