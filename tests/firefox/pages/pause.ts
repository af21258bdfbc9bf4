// The mindful pause on a limited site: wait until a tab is sent there (read
// from Firefox itself, as puppeteer does not see extension URLs), then choose
// "Log off" or "more minutes".
import { expect, test } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { type Firefox, ORIGIN, resetIdle, tabUrls } from '../../../scripts/lib/firefox';
import { PAUSE_LATENESS_MS } from '../../../scripts/lib/test-minute';
import { usageTodayInPage } from '../../../scripts/lib/usage-in-page';
import { clickButton } from './common';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Keeps the person "present" (see resetIdle) while polling, every 5 s. */
export async function waitUntil(
  ff: Firefox,
  check: () => Promise<boolean>,
  timeoutMs: number,
): Promise<number> {
  const end = Date.now() + timeoutMs;
  let lastReset = 0;
  while (Date.now() < end) {
    if (Date.now() - lastReset > 5_000) {
      await resetIdle(ff);
      lastReset = Date.now();
    }
    if (await check()) return Date.now();
    await sleep(200);
  }
  throw new Error(`Still waiting after ${timeoutMs} ms`);
}

const isPauseFor = (tabUrl: string, siteUrl: string) =>
  tabUrl.startsWith(`${ORIGIN}/pause.html?`) && new URL(tabUrl).searchParams.get('url') === siteUrl;

/** Waits until the tab that showed siteUrl shows the pause; returns when. */
export const waitForPause = (ff: Firefox, siteUrl: string, timeoutMs: number) =>
  waitUntil(ff, async () => (await tabUrls(ff)).some((u) => isPauseFor(u, siteUrl)), timeoutMs);

/**
 * For a wait's failure: rethrows it with the open tabs and what `page` showed,
 * so a test that waited in vain says what there was instead.
 */
export function withWhatShowed(ff: Firefox, page: Page) {
  return async (error: Error): Promise<never> => {
    const shown = await page
      .evaluate(() => {
        const buttons = [...document.querySelectorAll('button')].map(
          (b) => `${b.textContent?.trim()}${b.disabled ? ' (disabled)' : ''}`,
        );
        return `${document.body.innerText}\nbuttons: ${buttons.join(' | ')}`;
      })
      .catch(() => '(unreadable)');
    throw new Error(`${error.message}; tabs: ${(await tabUrls(ff)).join(', ')}; page: ${shown}`);
  };
}

/**
 * Waits until no tab shows the pause for siteUrl any more: a choice saves its
 * win before the pause leaves, so what comes next can look for it. Should the
 * pause stay, says what it showed.
 */
export const waitForPauseGone = (ff: Firefox, pause: Page, siteUrl: string) =>
  waitUntil(ff, async () => !(await tabUrls(ff)).some((u) => isPauseFor(u, siteUrl)), 15_000).catch(
    withWhatShowed(ff, pause),
  );

/** Waits until a tab is back on siteUrl; returns when. */
export const waitForSite = (ff: Firefox, siteUrl: string, timeoutMs: number) =>
  waitUntil(ff, async () => (await tabUrls(ff)).includes(siteUrl), timeoutMs);

/** Keeps the person present for a while without checking anything. */
export const stayFor = (ff: Firefox, ms: number) =>
  waitUntil(ff, async () => false, ms).catch(() => Date.now());

/**
 * The pause page, in the tab the extension sent there. puppeteer's query
 * helpers keep the web page's sandbox after that cross-origin move and fail
 * with an XrayWrapper error, so this reads the page with plain evaluate and
 * clicks its buttons from inside the page.
 */
export class Pause {
  constructor(readonly page: Page) {}

  lead() {
    return this.page.evaluate(() => document.querySelector('p.lead')?.textContent?.trim());
  }

  buttons() {
    return this.page.evaluate(() =>
      [...document.querySelectorAll('.choices button')].map((el) => (el.textContent ?? '').trim()),
    );
  }

  private click(label: string) {
    return clickButton(this.page, label, 'pause page');
  }

  logOff() {
    return this.click('Log off');
  }

  /** The small steps away from the screen offered beside "Log off". */
  kindSteps() {
    return this.page.evaluate(() =>
      [...document.querySelectorAll('.kind-steps button')].map((el) =>
        (el.textContent ?? '').trim(),
      ),
    );
  }

  /** Chooses one small step: it logs off as "Log off" does. */
  chooseStep(label: string) {
    return this.click(label);
  }

  moreMinutes(label: string) {
    return this.click(label);
  }
}

/** Today's counted ms on `host`, read through an open extension page. */
export const countedMs = async (extensionPage: Page, host: string) =>
  (await extensionPage.evaluate(usageTodayInPage, { host }))?.ms ?? 0;

/**
 * The pause came on time, by the extension's own count: what it recorded for
 * the site when it paused is the budget, and at most 2 s more. The test's own
 * clock only bounds it from below (a busy machine makes it later, never sooner).
 */
export async function expectPausedOnTime(
  extensionPage: Page,
  host: string,
  budgetMs: number,
  elapsed: number,
) {
  await expect.poll(() => countedMs(extensionPage, host)).toBeGreaterThanOrEqual(budgetMs - 1_000);
  const ms = await countedMs(extensionPage, host);
  test.info().annotations.push({ type: 'counted at the pause (ms)', description: String(ms) });
  expect(ms).toBeLessThanOrEqual(budgetMs + PAUSE_LATENESS_MS);
  expect(elapsed).toBeGreaterThanOrEqual(budgetMs - 1_000);
}
