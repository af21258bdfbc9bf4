// The wrap-up's story in Firefox: a month seeded relative to the
// extension's own day, the screen shown, its progress, and the visible text.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import type { Firefox } from '../../../scripts/lib/firefox';
import { fullMonth, monthBefore } from '../../../scripts/lib/story-seed';
import { tempDir } from '../../../scripts/lib/temp-dir';
import { Options } from './options';

/** Imports a full month (the one before the extension's today); returns where it lies. */
export async function seedLastMonth(ff: Firefox) {
  const options = await Options.open(ff);
  const today = await options.page.evaluate(() => {
    const d = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });
  const span = monthBefore(today);
  const file = join(tempDir('seed'), 'seed.json');
  writeFileSync(file, JSON.stringify(fullMonth(span.year, span.month)));
  await options.importFile(file);
  await expect.poll(() => options.status()).toMatch(/^Imported: 6 wins/);
  return span;
}

/** The headings of the screens on view, and the progress line. */
export const shownScreens = (page: Page) =>
  page.evaluate(() => ({
    headings: [...document.querySelectorAll('h2')]
      .filter((h) => (h as HTMLElement).offsetParent !== null)
      .map((h) => h.textContent),
    progress: document.querySelector('.story-progress')?.textContent ?? '',
  }));

export const visibleText = (page: Page) =>
  page.evaluate(() => document.querySelector('main')?.innerText ?? '');
