// The content floor: the new tab's and the popup's first screen written out
// as plain HTML with no script at all, so the no-debugger run can time what
// drawing that content costs by itself. Each page is opened in a copy that
// never starts its app, its document is taken as first-paint.js left it
// (today's wins, language, classes), and the scripts are dropped. What is
// left above this floor is the cost of drawing with a script; what the floor
// is above the blank page is the content's own style, layout and paint.
// Written into the unpacked test build the bench loads, never into a source.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { EXTENSION_DIR } from './chromium';

/** The pages whose first screen gets a script-free copy. */
export const CONTENT_PAGES = ['newtab', 'popup'] as const;
export const contentPage = (page: string) => `content-${page}`;

/** Writes `content-newtab.html` and `content-popup.html` for the wins stored now. */
export async function writeContentPages(context: BrowserContext, base: string): Promise<void> {
  for (const page of CONTENT_PAGES) {
    const html = readFileSync(join(EXTENSION_DIR, `${page}.html`), 'utf8');
    const noApp = `bench-no-app-${page}.html`;
    // The same page, its first-paint script told of no app to start.
    writeFileSync(join(EXTENSION_DIR, noApp), html.replace(/ data-app="[^"]*"/, ''));
    const tab = await context.newPage();
    try {
      await tab.goto(`${base}/${noApp}`);
      await tab.waitForFunction(() => document.getElementById('app')?.firstChild);
      const painted = await tab.evaluate(() => document.documentElement.outerHTML);
      const scriptFree = painted.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
      if (!scriptFree.includes('id="app"') || /<script/i.test(scriptFree))
        throw new Error(`The ${page} page could not be written without its script`);
      writeFileSync(
        join(EXTENSION_DIR, `${contentPage(page)}.html`),
        `<!DOCTYPE html>${scriptFree}`,
      );
    } finally {
      await tab.close();
      rmSync(join(EXTENSION_DIR, noApp), { force: true });
    }
  }
}
