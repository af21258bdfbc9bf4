// "What are you here for?" in every browser: the settings' toggle that makes
// a limited site ask first, the intention page a tab shows before that site
// (read through its DOM and answered with the keyboard: in Firefox the tab
// was moved there by the extension, where puppeteer's query helpers no
// longer reach), and what a web page gets when it tries to load or frame one
// of the extension's files.
import type { Page as PlaywrightPage } from '@playwright/test';
import { expect } from '@playwright/test';
import type { Tab } from '../tab';
import type { OptionsView } from './options';

/** Turns "Ask what I'm here for" on for a limited site, and waits until it is saved. */
export async function askIntention(options: OptionsView, site: string): Promise<void> {
  const toggle = `input[type=checkbox][aria-label=${JSON.stringify(`Ask what I'm here for before ${site}`)}]`;
  await options.tab.click(toggle);
  await expect.poll(() => options.status()).toBe(`${site} will ask what you're here for.`);
  expect(
    await options.tab.evaluate(
      (s) => (document.querySelector(s) as HTMLInputElement).checked,
      toggle,
    ),
  ).toBe(true);
}

/** Whether the tab shows `url` (a whole address), loaded. */
export const shows = (tab: Tab, url: string): Promise<boolean> =>
  tab
    .evaluate((u) => location.href === u && document.readyState === 'complete', url)
    .catch(() => false);

export class IntentionView {
  private constructor(readonly tab: Tab) {}

  /** Waits until the tab shows the intention page for `siteUrl`, its question drawn. */
  static async waitFor(tab: Tab, siteUrl: string): Promise<IntentionView> {
    await expect
      .poll(
        () =>
          tab
            .evaluate(
              (url) =>
                location.pathname === '/intention.html' &&
                location.hash === `#${url}` &&
                document.querySelector('main h1') !== null,
              siteUrl,
            )
            .catch(() => false),
        { message: `the intention page for ${siteUrl}` },
      )
      .toBe(true);
    return new IntentionView(tab);
  }

  heading(): Promise<string | undefined> {
    return this.tab.evaluate(() => document.querySelector('h1')?.textContent?.trim(), null);
  }

  /** The field's label, and whether the field has focus. */
  field(): Promise<{ label?: string; focused: boolean }> {
    return this.tab.evaluate(() => {
      const input = document.querySelector('input[type=text]') as HTMLInputElement | null;
      return {
        label: input?.labels?.[0]?.textContent?.trim(),
        focused: document.activeElement === input,
      };
    }, null);
  }

  /** Types into the field, which has focus. */
  type(text: string): Promise<void> {
    return this.tab.type(text);
  }

  choose(button: 'Continue' | 'Skip'): Promise<void> {
    return this.tab.clickButton(button);
  }
}

/** What a page gets when it tries to load `url` in every way a page can. */
export function tryToLoad(tab: Tab, url: string) {
  return tab.evaluate(async (target) => {
    const element = (make: () => HTMLElement & { onload: unknown; onerror: unknown }) =>
      new Promise<string>((done) => {
        const el = make();
        el.onload = () => done('loaded');
        el.onerror = () => done('refused');
        document.body.append(el);
      });
    const fetched = await fetch(target).then(
      (r) => `loaded ${r.status}`,
      () => 'refused',
    );
    const script = await element(() =>
      Object.assign(document.createElement('script'), { src: target }),
    );
    const image = await element(() =>
      Object.assign(document.createElement('img'), { src: target }),
    );
    const style = await element(() =>
      Object.assign(document.createElement('link'), { rel: 'stylesheet', href: target }),
    );
    return { fetched, script, image, style };
  }, url);
}

/**
 * The addresses of the frames Chromium reports for the page after it framed
 * `url`. (Firefox fires no load for a frame it refuses, and a page cannot see
 * a refused frame's address, so this is Chromium's.)
 */
export async function framesAfterFraming(tab: Tab, url: string): Promise<string[]> {
  await tab.evaluate(
    (target) =>
      new Promise<void>((done) => {
        const frame = Object.assign(document.createElement('iframe'), { src: target });
        frame.onload = () => done();
        document.body.append(frame);
      }),
    url,
  );
  return (tab.raw as PlaywrightPage).frames().map((f) => f.url());
}
