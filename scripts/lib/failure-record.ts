// What a failed browser test leaves behind, so it explains itself: for every
// open tab, a screenshot and the page's text (with its address), under the
// test's own output folder (test-results/<test>/). Playwright's own
// screenshot and trace options only reach the browsers it launches itself;
// these tests launch theirs with the extension, so they keep this record.
// One shape for both drivers: a tab is its address, its text and a picture.
import { writeFileSync } from 'node:fs';
import type { BrowserContext, TestInfo } from '@playwright/test';

export interface RecordableTab {
  url(): string;
  text(): Promise<string>;
  screenshot(path: string): Promise<unknown>;
}

/** Whether the test ended other than expected (failed, timed out, interrupted). */
export const failed = (info: TestInfo) => info.status !== info.expectedStatus;

/** Writes each tab's picture and text; a tab that cannot be read says why. */
export async function recordTabs(info: TestInfo, prefix: string, tabs: RecordableTab[]) {
  const lines: string[] = [];
  for (const [i, tab] of tabs.entries()) {
    const name = `${prefix}-tab-${i + 1}`;
    const text = await tab.text().catch((error) => `(unreadable: ${String(error)})`);
    lines.push(`# ${name}: ${tab.url()}\n\n${text}\n`);
    const path = info.outputPath(`${name}.png`);
    await Promise.race([
      tab
        .screenshot(path)
        .then(() => info.attachments.push({ name, path, contentType: 'image/png' })),
      new Promise((done) => setTimeout(done, 5_000)),
    ]).catch(() => undefined);
  }
  const textPath = info.outputPath(`${prefix}-pages.md`);
  writeFileSync(textPath, lines.join('\n'));
  info.attachments.push({ name: `${prefix}-pages`, path: textPath, contentType: 'text/markdown' });
}

/** A failed test's tabs, as pictures and text (see scripts/lib/failure-record.ts). */
export async function recordContexts(info: TestInfo, contexts: BrowserContext[]) {
  for (const [i, context] of contexts.entries()) {
    await recordTabs(
      info,
      `browser-${i + 1}`,
      context.pages().map((page) => ({
        url: () => page.url(),
        text: () => page.evaluate(() => document.body?.innerText ?? ''),
        screenshot: (path: string) => page.screenshot({ path }),
      })),
    ).catch(() => undefined);
  }
}
